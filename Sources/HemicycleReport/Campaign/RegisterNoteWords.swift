import HemicycleModel

/// The words of a register comparison's note (``HemicycleModel/RegisterReconciliation/Note``),
/// in English (also the JSON's `note`) or French.
public enum RegisterNoteWords {
    /// What differs on `entry`'s line, in `language`; empty when nothing differs.
    public static func text(_ entry: RegisterReconciliation.Entry, language: NumberFormatting.Language = .english) -> String {
        let fr = language == .french
        switch entry.note {
        case .none:
            return ""
        case .noSeat(let legislature):
            let seat = "\(entry.departmentCode)-\(entry.constituency)"
            return fr ? "l'Assemblée n'a pas de siège \(seat) dans la \(legislature)e législature"
                      : "the Assemblée has no seat \(seat) in legislature \(legislature)"
        case .spelling(let register, let assemblee):
            return fr ? "registre « \(register) », Assemblée « \(assemblee) »" : "register \"\(register)\", Assemblée \"\(assemblee)\""
        case .sameBirthDate(let register, let assemblee, let birthDate):
            return fr ? "noms différents (registre « \(register) », Assemblée « \(assemblee) ») ; même siège et même date de naissance \(birthDate)"
                      : "names differ (register \"\(register)\", Assemblée \"\(assemblee)\"); same seat and birth date \(birthDate)"
        case .otherHolders(let register, let since, let holders):
            let listed = holders.map { h in
                let start = h.start?.description ?? "?"
                let period = fr ? (h.end.map { "du \(start) au \($0)" } ?? "depuis le \(start)")
                                : "\(start) to \(h.end?.description ?? "today")"
                return "\(h.name) (\(period)\(h.cause.map { ", \($0)" } ?? ""))"
            }.joined(separator: "; ")
            return fr ? "le registre nomme \(register) (depuis le \(since)) ; l'Assemblée indique \(listed)"
                      : "register names \(register) (since \(since)); the Assemblée lists \(listed)"
        case .notInRegister(let since):
            let date = since?.description ?? "?"
            return fr ? "siège occupé depuis le \(date) mais absent du registre" : "seat held since \(date) but absent from the register"
        }
    }
}
