import Foundation

/// The English labels a French document must not contain.
///
/// Every document (terminal, Markdown, HTML, card) must render fully in French with `--lang fr`.
/// The official data are French, so any of these words found in a French rendering is a label the
/// report layer forgot to translate. The list holds words that are English only (never French, never
/// found in the Assemblée's titles or names): "Abstention", "Absent", "Participation", "Date" or
/// "Source" are the same in both languages and are not listed.
///
/// Tests call ``leftovers(in:)`` on a French rendering and expect an empty list; to test a new
/// document, render it in French and add the call, and when a new English label appears in the
/// code, add its distinctive word here.
public enum EnglishLabels {
    /// English-only words and phrases, matched case-sensitively on word boundaries.
    public static let forbidden: [String] = [
        // Outcomes and ballot vocabulary
        "Adopted", "adopted", "Rejected", "rejected", "Ballot", "ballots", "Voters", "voters", "against",
        "Against", "Majority", "majority", "Turnout", "turnout", "Seats", "seats", "Result", "Title",
        "Named votes", "did not vote", "Non-voting", "Group line", "published line", "recounted",
        // People and places
        "Deputy", "Deputies", "deputies", "Representatives", "representatives", "Town", "Postcode", "postcode", "everywhere",
        "Constituency", "constituency", "Group", "groups", "members", "Members", "President",
        // Legislation
        "Amendment", "amendment", "Promulgated", "promulgated", "Bill", "bill", "Dossier stage",
        "ordinary", "struck out", "Struck out", "may not be in force", "Constitutional Council",
        "replace", "insert", "delete", "Reading", "reading", "Tabled", "tabled", "Decision",
        "Rows", "File", "Blocks", "Status", "unchanged",
        // Imports (ImportRecordsTable)
        "Records", "Updated", "Unchanged", "Nothing changed", "persons", "mandates", "Stored", "Removed", "Import into", "stale", "Commands that failed", "Coverage", "linked", "unlinked",
        "Through the readings", "Step", "Texts", "Outcome", "missing", "path stops", "not imported",
        // Figures
        "Loyalty", "loyalty", "Rebellions", "rebellions", "Agreement", "agreement", "rate", "Rate",
        "interval", "Unknown", "unknown", "Official", "official", "Corrections", "corrections",
        // Connectives that betray an English sentence
        "of the", "and the", "for the", "in the", "See ", "Data as of", "data as of", "with", "which",
        "between", "where", "when", "Note:", "Warning",
    ]

    /// The forbidden words found in `text`, each once, in list order.
    ///
    /// A word matches only between word boundaries (`rate` does not match `Corate`), so French words
    /// that contain an English one do not count.
    public static func leftovers(in text: String) -> [String] {
        forbidden.filter { word in
            let escaped = NSRegularExpression.escapedPattern(for: word.trimmingCharacters(in: .whitespaces))
            guard let expression = try? NSRegularExpression(pattern: "(?<![\\p{L}\\p{N}_])\(escaped)(?![\\p{L}\\p{N}_])")
            else { return false }
            return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
    }

    /// The text a reader sees in an HTML or SVG document: without `<style>` blocks, comments and
    /// tags, so that class names and element names (`class="seats"`) are not taken for labels.
    /// Attribute values a reader sees (`title`, `alt`, `aria-label`) are kept.
    public static func visibleText(ofMarkup markup: String) -> String {
        var text = markup
        for pattern in ["(?s)<style.*?</style>", "(?s)<!--.*?-->"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let readable = "(?:title|alt|aria-label|placeholder)=\"([^\"]*)\""
        let attributes = (try? NSRegularExpression(pattern: readable))?
            .matches(in: text, range: NSRange(text.startIndex..., in: text))
            .compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } } ?? []
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        return ([text] + attributes).joined(separator: "\n")
    }
}
