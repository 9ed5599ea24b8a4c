import HemicycleModel

/// JSON forms with stable snake_case keys for the model values the legislation commands print.
public enum LegislationJSON {
    /// JSON of a source.
    public struct Source: Encodable, Hashable, Sendable {
        let dump, entry: String
        let dump_sha256, entry_sha256: String
        public init(_ s: SourceReference) { (dump, entry, dump_sha256, entry_sha256) = (s.dump, s.entry, s.dumpSHA256, s.entrySHA256) }
    }

    /// JSON of a decision.
    public struct Decision: Encodable, Hashable, Sendable {
        let reference, number: String
        let year, ruling, url: String?
        public init(_ d: ConstitutionalDecision) { (reference, number, year, ruling, url) = (d.reference, d.number, d.year, d.ruling, d.url) }
    }

    /// JSON of a law.
    public struct Law: Encodable, Hashable, Sendable {
        let law_number: String
        let title, journal_date, journal_number, nor, legifrance_url: String?
        public init(_ p: Promulgation) {
            (law_number, title, journal_date, journal_number, nor, legifrance_url) =
                (p.lawNumber, p.title, p.journalDate?.description, p.journalNumber, p.nor, p.legifranceURL)
        }
    }
}
