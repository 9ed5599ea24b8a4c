import Foundation

/// The RNE register of deputies (Répertoire national des élus) set against the Assemblée's own
/// seat mandates, seat by seat.
///
/// The register has no Assemblée id, so a row is linked through its seat — (department,
/// constituency), department codes normalized by ``DepartmentCode/normalized(_:)`` — and then
/// checked by name (case, accents, hyphens ignored), else by birth date. Nothing is guessed
/// silently: every row that is not an exact match is listed with what differs.
public enum RegisterReconciliation {
    /// How a register row (or an Assemblée seat) compares.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Same seat, same name as written.
        case matched
        /// Same seat and same person, but the names are written differently (accents, case,
        /// hyphens, or a changed name with the same birth date).
        case spellingDiffers = "spelling_differs"
        /// The seat exists but the register names someone the Assemblée does not list on it
        /// (typically a deputy replaced by their substitute, *suppléant*, or the reverse).
        case holderDiffers = "holder_differs"
        /// The register names a seat the Assemblée has no mandate for in the legislature.
        case unknownSeat = "unknown_seat"
        /// A seat held today according to the Assemblée that the register does not list.
        case notInRegister = "not_in_register"
    }

    /// One line of the comparison.
    public struct Entry: Sendable, Hashable {
        /// How the row compares.
        public var status: Status
        /// The seat: normalized department code and constituency number.
        public var departmentCode: String, constituency: Int
        /// The register's line, name and mandate start, when the entry comes from the register.
        public var registerLine: Int?, registerName: String?, registerStart: String?
        /// The Assemblée deputy linked (or holding the seat), and their mandate's dates.
        public var deputyRef: String?, deputyName: String?, seatStart: CalendarDate?, seatEnd: CalendarDate?
        /// What differs, as facts (``Note``; the report layer words them).
        public var note: Note

        /// An entry from its parts (see the properties).
        public init(status: Status, departmentCode: String, constituency: Int, registerLine: Int? = nil, registerName: String? = nil,
                    registerStart: String? = nil, deputyRef: String? = nil, deputyName: String? = nil, seatStart: CalendarDate? = nil,
                    seatEnd: CalendarDate? = nil, note: Note) {
            (self.status, self.departmentCode, self.constituency) = (status, departmentCode, constituency)
            (self.registerLine, self.registerName, self.registerStart) = (registerLine, registerName, registerStart)
            (self.deputyRef, self.deputyName, self.seatStart, self.seatEnd, self.note) = (deputyRef, deputyName, seatStart, seatEnd, note)
        }
    }

    /// What differs between a register row and the Assemblée's seat, as facts to be worded.
    public enum Note: Sendable, Hashable {
        /// Nothing differs.
        case none
        /// The Assemblée has no such seat in the legislature.
        case noSeat(legislature: Int)
        /// The same person, spelt differently by the register and the Assemblée.
        case spelling(register: String, assemblee: String)
        /// Names differ, but the seat and the birth date (ISO) are the same.
        case sameBirthDate(register: String, assemblee: String, birthDate: String)
        /// The register names someone (since its mandate start) the Assemblée does not list on the seat.
        case otherHolders(register: String, since: String, holders: [Holder])
        /// A seat held (since the date) that the register lacks.
        case notInRegister(since: CalendarDate?)
    }

    /// One holder of a seat as the Assemblée lists it: name, mandate dates (nil end: today) and
    /// the cause of its start as published.
    public struct Holder: Sendable, Hashable {
        public var name: String, start: CalendarDate?, end: CalendarDate?, cause: String?

        /// A holder from its parts (see the properties).
        public init(name: String, start: CalendarDate?, end: CalendarDate?, cause: String?) {
            (self.name, self.start, self.end, self.cause) = (name, start, end, cause)
        }
    }

    /// The comparison key of a person's name: folded (no case, no accents), every run of
    /// non-letters one space, words sorted (the register and the Assemblée order compound names
    /// differently).
    public static func nameKey(_ name: String) -> String {
        let folded = TextFolding.fold(name)
        let words = folded.unicodeScalars.split { !CharacterSet.alphanumerics.contains($0) }.map { String(String.UnicodeScalarView($0)) }
        return words.sorted().joined(separator: " ")
    }

    /// Compares the register with the seat mandates of one legislature.
    ///
    /// - Parameters:
    ///   - register: the register's rows.
    ///   - seats: seat mandates (all legislatures; those of `legislature` are used).
    ///   - deputies: the persons of the store by uid (names and birth dates).
    ///   - legislature: the legislature the register describes.
    public static func reconcile(register: [RNEDeputyRow], seats: [SeatMandate], deputies: [String: Deputy], legislature: Int) -> [Entry] {
        struct Seat: Hashable { var department: String; var number: Int }
        var bySeat: [Seat: [SeatMandate]] = [:]
        for s in seats where s.legislature == legislature {
            bySeat[Seat(department: s.departmentCode, number: s.constituency), default: []].append(s)
        }
        var entries: [Entry] = []
        var listedSeats = Set<Seat>()
        for row in register {
            let seat = Seat(department: row.departmentCode, number: row.constituency)
            listedSeats.insert(seat)
            let registerName = "\(row.firstName) \(row.lastName)"
            var entry = Entry(status: .unknownSeat, departmentCode: row.departmentCode, constituency: row.constituency,
                              registerLine: row.line, registerName: registerName, registerStart: row.mandateStart, note: .none)
            guard let mandates = bySeat[seat], !mandates.isEmpty else {
                entry.note = .noSeat(legislature: legislature)
                entries.append(entry)
                continue
            }
            func link(_ m: SeatMandate) {
                entry.deputyRef = m.deputyRef
                entry.deputyName = deputies[m.deputyRef]?.fullName
                entry.seatStart = m.startDate
                entry.seatEnd = m.endDate
            }
            let key = nameKey(registerName)
            if let m = mandates.last(where: { deputies[$0.deputyRef].map { nameKey($0.fullName) == key } ?? false }) {
                link(m)
                let anName = deputies[m.deputyRef]?.fullName ?? ""
                let same = anName.lowercased() == registerName.lowercased()
                entry.status = same ? .matched : .spellingDiffers
                entry.note = same ? .none : .spelling(register: registerName, assemblee: anName)
            } else if let m = mandates.last(where: { deputies[$0.deputyRef]?.birthDate?.description == row.birthDate }) {
                link(m)
                entry.status = .spellingDiffers
                entry.note = .sameBirthDate(register: registerName, assemblee: entry.deputyName ?? m.deputyRef, birthDate: row.birthDate)
            } else {
                entry.status = .holderDiffers
                let current = mandates.filter { $0.endDate == nil }.last ?? mandates.last
                if let current { link(current) }
                let holders = mandates.map { m in
                    Holder(name: deputies[m.deputyRef]?.fullName ?? m.deputyRef, start: m.startDate, end: m.endDate, cause: m.startCause)
                }
                entry.note = .otherHolders(register: registerName, since: row.mandateStart, holders: holders)
            }
            entries.append(entry)
        }
        for (seat, mandates) in bySeat.sorted(by: { ($0.key.department, $0.key.number) < ($1.key.department, $1.key.number) }) where !listedSeats.contains(seat) {
            guard let current = mandates.last(where: { $0.endDate == nil }) else { continue }
            entries.append(Entry(status: .notInRegister, departmentCode: seat.department, constituency: seat.number,
                                 deputyRef: current.deputyRef, deputyName: deputies[current.deputyRef]?.fullName,
                                 seatStart: current.startDate, seatEnd: nil, note: .notInRegister(since: current.startDate)))
        }
        return entries
    }
}
