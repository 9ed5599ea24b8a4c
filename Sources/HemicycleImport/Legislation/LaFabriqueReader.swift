import Foundation
import HemicycleModel

/// Reads a bill's text in the JSON of La Fabrique de la Loi (Regards Citoyens):
/// `{"id", "titre", "articles": [{"titre": "1er", "statut", "section", "alineas": {"001": "…"}}]}`.
public enum LaFabriqueReader {
    /// Decodes one `texte.json`. Throws ``ImportError`` naming `path` and `entry`.
    public static func decode(_ data: Data, entry: String = "", path: String = "") throws -> LawText {
        try ANRecordReader.read(data, path: path, entry: entry) { root throws(JSONValueError) in try text(root) }
    }

    /// The text: its articles (entries of another `type`, such as section headings, are left
    /// out), in their `order`.
    static func text(_ root: JSONValue) throws(JSONValueError) -> LawText {
        var articles: [(order: Int, article: LawArticle)] = []
        for article in try root.list("articles") {
            let type = try article.text("type")
            guard type == nil || type == "article" else { continue }
            // A deleted article may have no alinéas, or an empty list instead of an object;
            // keys are zero-padded ("001"), so their order is the alinéas' order.
            var alineas: [(key: String, text: String)] = []
            for (key, value) in article.members.first(where: { $0.key == "alineas" })?.value.members ?? [] {
                if let text = try? value.anText() { alineas.append((key, text)) }
            }
            articles.append((try article.int("order") ?? 0, LawArticle(
                title: try article.textOrEmpty("titre"),
                status: try article.text("statut"),
                section: try article.text("section"),
                alineas: alineas.sorted { $0.key < $1.key }.map(\.text)
            )))
        }
        // A stable sort: articles without an order keep the file's order.
        let ordered = articles.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(\.element.article)
        return LawText(id: try root.textOrEmpty("id"), title: try root.textOrEmpty("titre"), articles: ordered)
    }
}
