import Foundation
import HemicycleFuzzSupport
import HemicycleLegislation
import HemicycleModel

/// libFuzzer target: an amendment's operative text (*dispositif*) as the importer gets it, HTML,
/// through `HTMLText.plainText`, the dispositif parser, and the applier on a sample article.
/// Every stage must return — an operation, a leftover instruction, an `ApplicationError` — on
/// any input; a trap or a hang is a bug. The first byte says whether the amendment inserts an
/// article (`insertsArticle`), the rest is read as UTF-8 (invalid sequences replaced).
@main
struct FuzzDispositif {
    /// Shaped like article 10 of loi n° 2023-380: parts, items, sentences, alinéas.
    static let article = """
        I. – À titre expérimental et jusqu’au 31 mars 2025, les images peuvent faire l’objet de traitements. Ils sont autorisés par décret.
        II. – Les traitements ne peuvent pas utiliser de données biométriques :
        1° Ni de reconnaissance faciale ;
        2° Ni de rapprochement avec d’autres fichiers.
        a) Le présent II s’applique aux transports ;
        XI. – Le Gouvernement remet un rapport au Parlement. Ce rapport est remis au plus tard le 31 décembre 2024. Il est public.
        """

    static func main() {
        FuzzDriver.run { data in
            let insertsArticle = (data.first ?? 0) & 1 == 1
            let html = String(decoding: data.dropFirst(), as: UTF8.self)
            let parse = AmendmentOperations.parse(HTMLText.plainText(html), insertsArticle: insertsArticle)
            for operation in parse.operations {
                _ = operation.target.summary + operation.edit.summary
                if case .failure(let error) = AmendmentOperations.apply(operation, to: article) { _ = error.description }
            }
            _ = AmendmentOperations.apply(parse.operations, to: article)
        }
    }
}
