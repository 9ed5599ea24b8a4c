import HemicycleModel

/// The RNE register of deputies compared with the Assemblée's seats (`hemicycle registers
/// check`): the entries that differ (or all of them), with the count of each status; as a
/// document and as JSON.
public struct RegistersCheckReport: Sendable {
    /// One entry in JSON (absent values left out).
    public struct Row: Encodable, Sendable {
        /// ``HemicycleModel/RegisterReconciliation/Status`` raw value.
        public let status: String
        public let departmentCode: String
        public let constituency: Int
        /// The register's line, name and mandate start, where the register has the seat.
        public let registerLine: Int?, registerName: String?, registerStart: String?
        /// The Assemblée's deputy and seat dates (ISO), where it has the seat.
        public let deputyID: String?, deputyName: String?, seatStart: String?, seatEnd: String?
        public let note: String
    }

    /// The legislature compared.
    public let legislature: Int
    /// Every entry of the comparison.
    public let entries: [RegisterReconciliation.Entry]
    /// Whether exact matches are listed too.
    public let listsMatches: Bool

    /// The report of `entries` for `legislature`; exact matches listed when `listsMatches`.
    public init(legislature: Int, entries: [RegisterReconciliation.Entry], listsMatches: Bool) {
        (self.legislature, self.entries, self.listsMatches) = (legislature, entries, listsMatches)
    }

    /// The entries shown: all, or those that are not exact matches.
    public var shown: [RegisterReconciliation.Entry] { listsMatches ? entries : entries.filter { $0.status != .matched } }

    /// One table of the entries shown, with the count of each status under it, in `language`.
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        let statuses: [RegisterReconciliation.Status: String] = fr
            ? [.matched: "identique", .spellingDiffers: "graphie_différente", .holderDiffers: "titulaire_différent",
               .unknownSeat: "siège_inconnu", .notInRegister: "absent_du_registre"]
            : [:]
        func status(_ s: RegisterReconciliation.Status) -> String { statuses[s] ?? s.rawValue }
        var table = ReportTable(title: fr ? "Registre RNE et sièges de l'Assemblée (\(legislature)e législature)"
                                          : "RNE register vs Assemblée seats (legislature \(legislature))", columns: [
            .init(fr ? "Statut" : "Status", key: "status"), .init(fr ? "Siège" : "Seat", key: "seat"),
            .init(fr ? "Ligne" : "Line", key: "register_line", alignment: .right), .init(fr ? "Registre" : "Register", key: "register_name"),
            .init("Assemblée", key: "deputy_name"), .init(fr ? "Remarque" : "Note", key: "note"),
        ])
        for e in shown {
            table.append([status(e.status), "\(e.departmentCode)-\(e.constituency)", e.registerLine.map(String.init) ?? "",
                          e.registerName ?? "", e.deputyName ?? e.deputyRef ?? "", RegisterNoteWords.text(e, language: language)])
        }
        table.footnote = RegisterReconciliation.Status.allCases.map { s in
            "\(status(s))\(fr ? " :" : ":") \(entries.filter { $0.status == s }.count)"
        }.joined(separator: ", ")
        var document = ReportDocument()
        document.table(table)
        return document
    }

    /// The JSON: one object per entry shown.
    public var payload: [Row] {
        shown.map {
            Row(status: $0.status.rawValue, departmentCode: $0.departmentCode, constituency: $0.constituency, registerLine: $0.registerLine,
                registerName: $0.registerName, registerStart: $0.registerStart, deputyID: $0.deputyRef, deputyName: $0.deputyName,
                seatStart: $0.seatStart?.description, seatEnd: $0.seatEnd?.description, note: RegisterNoteWords.text($0))
        }
    }
}
