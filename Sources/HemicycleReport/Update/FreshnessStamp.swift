import Foundation
import HemicycleModel

/// "Data as of": the date of the latest ballot the store holds for a legislature (the dump's own
/// date, as far as its content says), and when its dump was last fetched, so that a reader knows
/// how old the figures are.
///
/// Every face says it in one place: the command line's output (``footer(_:language:)``, added by
/// the emission of every document), the web server's page frame and response header, and the
/// share card (``cardLine(_:language:)``).
public enum FreshnessStamp {
    /// One line per legislature, e.g. `Data as of 2026-07-02 (legislature 17, last ballot);
    /// checked 2026-12-07T09:30:00Z, downloaded 2026-12-07T09:30:00Z from https://…
    /// (Last-Modified Thu, 02 Jul 2026 22:00:00 GMT)`. Legislatures never updated say where their
    /// data was imported from instead.
    public static func lines(_ freshness: StoreFreshness, language: NumberFormatting.Language = .english) -> [String] {
        freshness.legislatures.map { legislature in
            let label = language == .french ? "Données au" : "Data as of"
            return "\(label) \(description(of: legislature, in: freshness, language: language))"
        }
    }

    /// The block that ends every document: "Data as of" and, per legislature held, its last
    /// ballot's date and where its dump came from. Nil for an empty store.
    public static func footer(_ freshness: StoreFreshness, language: NumberFormatting.Language) -> ReportDocument.Block? {
        guard !freshness.legislatures.isEmpty else { return nil }
        let key = language == .french ? "Données au" : "Data as of"
        return .keyValues(freshness.legislatures.map {
            ReportDocument.KeyValue(key, description(of: $0, in: freshness, language: language))
        })
    }

    /// The short form of a card, for one legislature: `Data as of 2026-07-02 (legislature 17,
    /// last ballot); downloaded 2026-12-07T09:30:00Z` (without where from, which the card has no
    /// room for), or `…; imported from files, never updated`. Nil when the store holds nothing of
    /// that legislature.
    public static func line(_ freshness: StoreFreshness, legislature: Int, language: NumberFormatting.Language) -> String? {
        guard let held = freshness.legislatures.first(where: { $0.legislature == legislature }) else { return nil }
        let label = language == .french ? "Données au" : "Data as of"
        return "\(label) \(description(of: held, in: freshness, language: language, source: false))"
    }

    /// The date, the legislature, and the provenance of its ballots' dump.
    private static func description(of legislature: StoreFreshness.Legislature, in freshness: StoreFreshness,
                                    language: NumberFormatting.Language, source: Bool = true) -> String {
        let french = language == .french
        var text = french
            ? "\(legislature.lastBallotDate) (\(legislature.legislature)e législature, dernier scrutin)"
            : "\(legislature.lastBallotDate) (legislature \(legislature.legislature), last ballot)"
        let separator = french ? "\(NumberFormatting.narrowNoBreakSpace); " : "; "
        if let dump = freshness.updatedDumps.first(where: { $0.legislature == legislature.legislature && $0.kind == DumpKind.ballots.rawValue }) {
            guard source else {
                if let downloaded = dump.lastDownloadedAt {
                    return text + separator + (french ? "téléchargées le \(downloaded)" : "downloaded \(downloaded)")
                }
                return text + separator + (french ? "vérifiées le \(dump.lastCheckedAt)" : "checked \(dump.lastCheckedAt)")
            }
            text += separator + (french ? "vérifiées le \(dump.lastCheckedAt)" : "checked \(dump.lastCheckedAt)")
            if let downloaded = dump.lastDownloadedAt { text += french ? ", téléchargées le \(downloaded)" : ", downloaded \(downloaded)" }
            text += french ? " depuis \(dump.location)" : " from \(dump.location)"
            if let lastModified = dump.lastModified { text += " (Last-Modified \(lastModified))" }
        } else {
            text += separator + (french ? "importées de fichiers, jamais mises à jour" : "imported from files, never updated")
        }
        return text
    }
}
