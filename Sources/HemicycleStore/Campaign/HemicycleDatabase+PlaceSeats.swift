import Foundation
import HemicycleModel

/// A place a user names: a town, an INSEE code, a postcode or a department, with an optional
/// constituency number.
public struct PlaceQuery: Sendable, Hashable {
    /// How the place is named.
    public enum Kind: Sendable, Hashable {
        /// A commune name, however written (Lille, saint-etienne, ST ETIENNE).
        case town(String)
        /// A commune's INSEE code (59350).
        case insee(String)
        /// A postcode (59000).
        case postcode(String)
        /// A department code (59, 2A, 971, 099 or ZZ for French people abroad).
        case department(String)
    }

    /// The place; nil for "everywhere".
    public var kind: Kind?
    /// Keep only this constituency of the place.
    public var constituency: Int?

    /// A place, and optionally one of its constituencies.
    public init(_ kind: Kind?, constituency: Int? = nil) {
        self.kind = kind
        self.constituency = constituency
    }

    /// What the user asked for, in words: `postcode 59000`, `town "Lille", constituency 1`.
    public var description: String {
        var text: String
        switch kind {
        case .town(let town): text = "town \"\(town)\""
        case .insee(let insee): text = "INSEE \(insee)"
        case .postcode(let postcode): text = "postcode \(postcode)"
        case .department(let department): text = "department \(DepartmentCode.normalized(department))"
        case nil: text = "everywhere"
        }
        if let constituency { text += ", constituency \(constituency)" }
        return text
    }
}

extension HemicycleDatabase {
    /// The constituencies of a place, sorted, through the registers (La Poste's postcodes, INSEE's
    /// commune → constituency table) and the seat mandates.
    ///
    /// - Throws: ``UnknownPlaceError`` with the closest known names for an unknown town;
    ///   ``StoreError/notFound(_:)`` naming the code for an unknown INSEE code, postcode or
    ///   department, or a constituency the place does not have.
    public func seats(of place: PlaceQuery, seatMandates: [SeatMandate]) throws -> [PlaceSeat] {
        var seats: [PlaceSeat]
        switch place.kind {
        case nil:
            return []
        case .department(let department):
            let code = DepartmentCode.normalized(department)
            let numbers = Set(seatMandates.filter { $0.departmentCode == code }.map(\.constituency))
            guard !numbers.isEmpty else {
                throw StoreError.notFound("no constituency of department \(department) (normalized \(code)) in the Assemblée's records")
            }
            seats = numbers.map { PlaceSeat(departmentCode: code, number: $0) }
        case .town(let town):
            let codes = try communeCodes(nameKey: PlaceNameMatching.normalized(town))
            if codes.isEmpty {
                throw UnknownPlaceError(name: town, suggestions: PlaceNameMatching.closestNames(to: town, in: try knownCommuneNames()))
            }
            seats = try communeSeats(codes)
        case .insee(let insee):
            seats = try communeSeats([insee.trimmingCharacters(in: .whitespaces).uppercased()])
        case .postcode(let postcode):
            let codes = try communeCodes(postcode: postcode.trimmingCharacters(in: .whitespaces))
            if codes.isEmpty { throw StoreError.notFound("unknown postcode \(postcode) (not in La Poste's table)") }
            seats = try communeSeats(codes)
        }
        if let constituency = place.constituency {
            seats = seats.filter { $0.number == constituency }
            if seats.isEmpty { throw StoreError.invalidReference("\(place.description): no such constituency for this place") }
        }
        return seats.sorted()
    }

    /// The constituencies of communes (INSEE codes), each with the communes it covers and whether
    /// one of them is split.
    private func communeSeats(_ codes: [String]) throws -> [PlaceSeat] {
        let links = try constituencyLinks(inseeCodes: codes)
        guard !links.isEmpty else {
            let name = try codes.first.flatMap { try communeName(inseeCode: $0) }
            throw StoreError.notFound("no constituency known for \(name.map { "\($0) (\(codes.joined(separator: ", ")))" } ?? "INSEE \(codes.joined(separator: ", "))"): the commune → constituency table has no such commune (it lacks Mayotte, the overseas collectivities and French people abroad; use --department)")
        }
        var byKey: [String: PlaceSeat] = [:]
        for link in links {
            let key = "\(link.departmentCode)-\(link.constituency)"
            var seat = byKey[key] ?? PlaceSeat(departmentCode: link.departmentCode, number: link.constituency, isPartial: false)
            if link.isPartial { seat.isPartial = true }
            let commune = "\(link.communeName) (\(link.inseeCode))"
            if !seat.communes.contains(commune) { seat.communes.append(commune) }
            byKey[key] = seat
        }
        return Array(byKey.values)
    }
}

extension HemicycleDatabase {
    /// Every seat mandate and the days each deputy is listed on a ballot: who held which seat
    /// when. It reads every vote, so a server computes it once per import.
    public func seatOccupancy() throws -> SeatOccupancy {
        SeatOccupancy(mandates: try seatMandates(), listedDays: try listedDays())
    }

    /// A place's seats with every mandate, person and group membership needed to say who
    /// represents it on `date` (nil: today); `occupancy` when already read (``seatOccupancy()``).
    public func representatives(of place: PlaceQuery, on date: CalendarDate?, occupancy: SeatOccupancy? = nil) throws -> PlaceRepresentatives {
        let occupancy = try occupancy ?? seatOccupancy()
        let seats = try seats(of: place, seatMandates: occupancy.mandates)
        let codes = Set(seats.map(\.label))
        return PlaceRepresentatives(
            seats: seats, occupancy: occupancy,
            latestDay: try ballots(BallotFilter(limit: 1)).first?.date,
            deputies: try deputiesWithContacts(uids: Set(occupancy.mandates.filter { codes.contains($0.constituencyLabel) }.map(\.deputyRef))),
            groups: try groupMemberships(on: date))
    }
}
