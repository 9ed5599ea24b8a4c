import HemicycleModel

/// JSON forms with stable snake_case keys for the model values the legislation commands print.
enum LegislationJSON {
    struct Source: Encodable, Hashable {
        let dump, entry: String
        let dump_sha256, entry_sha256: String
        init(_ s: SourceReference) { (dump, entry, dump_sha256, entry_sha256) = (s.dump, s.entry, s.dumpSHA256, s.entrySHA256) }
    }

    struct Decision: Encodable, Hashable {
        let reference, number: String
        let year, ruling, url: String?
        init(_ d: ConstitutionalDecision) { (reference, number, year, ruling, url) = (d.reference, d.number, d.year, d.ruling, d.url) }
    }

    struct Law: Encodable, Hashable {
        let law_number: String
        let title, journal_date, journal_number, nor, legifrance_url: String?
        init(_ p: Promulgation) {
            (law_number, title, journal_date, journal_number, nor, legifrance_url) =
                (p.lawNumber, p.title, p.journalDate?.description, p.journalNumber, p.nor, p.legifranceURL)
        }
    }
}
