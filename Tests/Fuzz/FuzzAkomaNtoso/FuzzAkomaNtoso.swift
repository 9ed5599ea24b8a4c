import Foundation
import HemicycleFuzzSupport
import HemicycleLegislation

/// libFuzzer target: an Akoma Ntoso (LegalDocML.de) file through `AkomaNtoso.read`, and, when it
/// reads, its modifications applied to a small act. It must read, or be refused with a
/// `ReadError` naming the file; a trap is a bug (Foundation's XMLParser trapped on names that are
/// not UTF-8 until the reader checked its input).
@main
struct FuzzAkomaNtoso {
    static let act = """
        <?xml version="1.0" encoding="UTF-8"?>
        <akn:akomaNtoso xmlns:akn="http://Inhaltsdaten.LegalDocML.de/1.8.2/"><akn:act><akn:body>
          <akn:article eId="art-z1"><akn:num>§ 1</akn:num>
            <akn:paragraph><akn:content><akn:p eId="art-z1_p1">Die Frist beträgt drei Monate.</akn:p></akn:content></akn:paragraph>
          </akn:article></akn:body></akn:act></akn:akomaNtoso>
        """

    static func main() {
        guard let original = try? AkomaNtoso.read(Data(act.utf8), file: "act.xml") else { fatalError("the sample act does not read") }
        FuzzDriver.run { data in
            do {
                let document = try AkomaNtoso.read(data, file: "input.xml")
                _ = AkomaNtosoConsolidation.apply(document, to: original)
            } catch let error as AkomaNtoso.ReadError {
                guard error.description.hasPrefix("input.xml") else { fatalError("a ReadError that does not name the file: \(error)") }
            } catch {
                fatalError("not a ReadError: \(error)")
            }
        }
    }
}
