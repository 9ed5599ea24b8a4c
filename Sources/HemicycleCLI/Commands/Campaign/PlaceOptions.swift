import Foundation
import ArgumentParser
import HemicycleImport
import HemicycleModel
import HemicycleStore

/// A constituency (*circonscription*) a place covers: the normalized department code, the number,
/// and — for a town — whether the town lies wholly or partly in it.
struct PlaceSeat: Hashable, Comparable {
    var departmentCode: String
    var number: Int
    /// Nil for a department or constituency asked directly; true when the town is split.
    var isPartial: Bool?
    /// The communes of the place in this constituency: `Lille (59350)`.
    var communes: [String] = []

    var label: String { "\(departmentCode)-\(number)" }
    var coverage: String { isPartial.map { $0 ? "partial" : "whole" } ?? "" }

    static func < (lhs: PlaceSeat, rhs: PlaceSeat) -> Bool { (lhs.departmentCode, lhs.number) < (rhs.departmentCode, rhs.number) }
}

/// Where the user lives: `--town`, `--insee`, `--postcode` or `--department` (with an optional
/// `--constituency`), resolved to constituencies through the registers.
struct PlaceOptions: ParsableArguments {
    @Option(help: "A commune name, however written (Lille, saint-etienne, ST ETIENNE).")
    var town: String?

    @Option(help: "A commune's INSEE code (59350).")
    var insee: String?

    @Option(help: "A postcode (59000).")
    var postcode: String?

    @Option(help: "A department code (59, 2A, 971, 099 or ZZ for French people abroad).")
    var department: String?

    @Option(help: "A constituency number (with --department, or to keep one constituency of a town).")
    var constituency: Int?

    /// Whether no place was given.
    var isEmpty: Bool { town == nil && insee == nil && postcode == nil && department == nil }

    func validate() throws {
        let given = [town, insee, postcode, department].compactMap { $0 }.count
        if given > 1 { throw ValidationError("give one of --town, --insee, --postcode, --department") }
        if constituency != nil && given == 0 { throw ValidationError("--constituency needs --department (or a town)") }
    }

    /// What the user asked for, in words.
    var description: String {
        var text = "everywhere"
        if let town {
            text = "town \"\(town)\""
        } else if let insee {
            text = "INSEE \(insee)"
        } else if let postcode {
            text = "postcode \(postcode)"
        } else if let department {
            text = "department \(DepartmentCode.normalized(department))"
        }
        if let constituency { text += ", constituency \(constituency)" }
        return text
    }

    /// The constituencies of the place, sorted.
    ///
    /// - Throws: ``UnknownPlaceError`` with the closest known names for an unknown town; an error
    ///   naming the code for an unknown INSEE code, postcode or department.
    func seats(in database: HemicycleDatabase, seatMandates: [SeatMandate]) throws -> [PlaceSeat] {
        var seats: [PlaceSeat]
        if let department {
            let code = DepartmentCode.normalized(department)
            let numbers = Set(seatMandates.filter { $0.departmentCode == code }.map(\.constituency))
            guard !numbers.isEmpty else {
                throw StoreError.notFound("no constituency of department \(department) (normalized \(code)) in the Assemblée's records")
            }
            seats = numbers.map { PlaceSeat(departmentCode: code, number: $0) }
        } else {
            let codes: [String]
            if let town {
                codes = try database.communeCodes(nameKey: PlaceNameMatching.normalized(town))
                if codes.isEmpty {
                    throw UnknownPlaceError(name: town, suggestions: PlaceNameMatching.closestNames(to: town, in: try database.knownCommuneNames()))
                }
            } else if let insee {
                codes = [insee.trimmingCharacters(in: .whitespaces).uppercased()]
            } else if let postcode {
                codes = try database.communeCodes(postcode: postcode.trimmingCharacters(in: .whitespaces))
                if codes.isEmpty { throw StoreError.notFound("unknown postcode \(postcode) (not in La Poste's table)") }
            } else {
                return []
            }
            let links = try database.constituencyLinks(inseeCodes: codes)
            guard !links.isEmpty else {
                let name = try codes.first.flatMap { try database.communeName(inseeCode: $0) }
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
            seats = Array(byKey.values)
        }
        if let constituency {
            seats = seats.filter { $0.number == constituency }
            if seats.isEmpty { throw ValidationError("\(description): no such constituency for this place") }
        }
        return seats.sorted()
    }
}

/// The words for a recorded key where the deputy is on no list: `absent`, or `not a deputy then`
/// for `not_in_office` (no seat that day); any other key as it is.
func recordedLabel(_ key: String) -> String {
    key == "not_in_office" ? "not a deputy then" : key
}

/// How a deputy is recorded on a ballot, in words and as a stable key: `for`, `against`,
/// `abstention`, `non_voting` (with the published cause), `absent` (in office, not listed), or
/// `not_in_office`.
func recordedPosition(_ vote: Vote?, inOffice: Bool) -> (key: String, label: String) {
    guard let vote else {
        let key = inOffice ? "absent" : "not_in_office"
        return (key, recordedLabel(key))
    }
    var label = vote.position.label
    if vote.position == .nonVoting {
        if let cause = vote.cause { label += " (\(cause.label))" } else if let code = vote.causeCode { label += " (\(code))" }
    }
    if vote.byProxy { label += " (by proxy)" }
    return (vote.position.rawValue, label)
}
