import Foundation
import HemicycleFuzzSupport
import HemicycleLegislation
import HemicycleModel

/// libFuzzer target: a decision of the Conseil constitutionnel as `legislation import` gets it
/// (the Council's HTML page or its text), through `ConstitutionalDecisionParser.parse` and the
/// link to an amendment of loi n° 2023-380, article 10 (`ProvisionLinker`). The parser must
/// return a decision or a `ParseError` on any input; a trap or a hang is a bug. The input is read
/// as UTF-8 (invalid sequences replaced), as the importer reads a file.
@main
struct FuzzDecision {
    /// Amendment n° 237 on ballot 773, as the linker sees it: it amends article 10 of loi 2023-380.
    static let amendment = Amendment(
        uid: "AMANR5L17PO838901BTC0636P0D1N000237", numberLabel: "237 (Rect)", number: 237, textRef: "PIONANR5L17BTC0636",
        fate: .adopted, operativeText: "", lawReference: "2023-380", lawArticle: "10"
    )

    static func main() {
        FuzzDriver.run { data in
            let text = String(decoding: data, as: UTF8.self)
            do {
                let decision = try ConstitutionalDecisionParser.parse(text)
                _ = ProvisionLinker.ruling(for: amendment, in: decision, decisionURL: nil)
            } catch is ConstitutionalDecisionParser.ParseError {
                // Refused: not a decision.
            } catch {
                fatalError("untyped error: \(error)")
            }
        }
    }
}
