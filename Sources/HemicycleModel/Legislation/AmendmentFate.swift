import Foundation

/// What became of an amendment (*sort* of the amendment, in the Assemblée's words).
///
/// The Assemblée publishes the outcome as a French label in `cycleDeVie.sort` ("Adopté",
/// "Rejeté", "Tombé"…). When an amendment never reached a vote, `sort` is null and the
/// processing state (`etatDesTraitements`) tells why, e.g. "Irrecevable" (inadmissible).
public enum AmendmentFate: Hashable, Sendable, Codable, CustomStringConvertible {
    /// *Adopté*: the house voted it.
    case adopted
    /// *Rejeté*: the house voted it down.
    case rejected
    /// *Tombé* (fell): it became moot, usually because an earlier amendment or a deletion of
    /// the article it targets was adopted.
    case fell
    /// *Retiré*: its author withdrew it.
    case withdrawn
    /// *Non soutenu* (not moved): nobody defended it when it was called.
    case notMoved
    /// *Irrecevable*: declared inadmissible (article 40 or 45 of the Constitution, duplicate…),
    /// so never discussed.
    case inadmissible
    /// Not (yet) examined: no outcome is published.
    case notExamined
    /// A label this library does not know, kept verbatim.
    case other(String)

    /// Reads the Assemblée's label (`"Adopté"`, `"Non soutenu"`…), ignoring case and accents.
    /// `processingState` (`etatDesTraitements.etat.libelle`) is consulted when `label` is nil.
    public init(label: String?, processingState: String? = nil) {
        func fold(_ text: String) -> String {
            text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let label, !label.isEmpty {
            let folded = fold(label)
            switch folded {
            case let f where f.hasPrefix("adopt"): self = .adopted
            case let f where f.hasPrefix("rejet"): self = .rejected
            case let f where f.hasPrefix("tomb"): self = .fell
            case let f where f.hasPrefix("retir"): self = .withdrawn
            case let f where f.hasPrefix("non soutenu"): self = .notMoved
            case let f where f.hasPrefix("irrecevable"): self = .inadmissible
            case let f where f.hasPrefix("non examin"): self = .notExamined
            default: self = .other(label)
            }
            return
        }
        let state = processingState.map(fold) ?? ""
        if state.hasPrefix("irrecevable") { self = .inadmissible }
        else if state.hasPrefix("retir") { self = .withdrawn }
        else { self = .notExamined }
    }

    /// A short English label.
    public var description: String {
        switch self {
        case .adopted: return "adopted"
        case .rejected: return "rejected"
        case .fell: return "fell"
        case .withdrawn: return "withdrawn"
        case .notMoved: return "not moved"
        case .inadmissible: return "inadmissible"
        case .notExamined: return "not examined"
        case .other(let label): return label
        }
    }
}


