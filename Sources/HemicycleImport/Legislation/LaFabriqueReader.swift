import Foundation
import HemicycleModel

/// Reads a bill's text in the JSON of La Fabrique de la Loi (Regards Citoyens):
/// `{"id", "titre", "articles": [{"titre": "1er", "statut", "section", "alineas": {"001": "…"}}]}`.
public enum LaFabriqueReader {
    /// Decodes one `texte.json`. Throws ``ImportError`` naming `path` and `entry`.
    public static func decode(_ data: Data, entry: String = "", path: String = "") throws -> LawText {
        let raw = try LegislationJSON.decode(RawFabriqueText.self, from: data, entry: entry, path: path)
        let articles = raw.articles.filter { $0.type == nil || $0.type == "article" }.sorted { ($0.order ?? 0) < ($1.order ?? 0) }.map { article in
            LawArticle(
                title: article.titre ?? "",
                status: article.statut,
                section: article.section,
                // Keys are zero-padded ("001"), so their order is the alinéas' order.
                alineas: article.alineas.sorted { $0.key < $1.key }.map(\.value)
            )
        }
        return LawText(id: raw.id ?? "", title: raw.titre ?? "", articles: articles)
    }
}

struct RawFabriqueText: Decodable, Sendable {
    let id: String?
    let titre: String?
    let articles: [RawFabriqueArticle]
}

struct RawFabriqueArticle: Decodable, Sendable {
    let titre: String?
    let order: Int?
    let statut: String?
    let section: String?
    let type: String?
    let alineas: [String: String]

    enum CodingKeys: String, CodingKey { case titre, order, statut, section, type, alineas }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        titre = try c.text(.titre)
        order = try c.int(.order)
        statut = try c.text(.statut)
        section = try c.text(.section)
        type = try c.text(.type)
        // A deleted article may have no alinéas, or an empty list instead of an object.
        alineas = (try? c.decodeIfPresent([String: String].self, forKey: .alineas)) ?? [:]
    }
}
