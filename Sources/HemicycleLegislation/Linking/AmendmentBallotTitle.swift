import Foundation
import HemicycleModel

/// Reading a ballot's title on amendments (folded; ``HemicycleModel/AmendmentBallotKind`` tells which titles are): "l'amendement n° 237 (rect.) du Gouvernement
/// et l'amendement identique suivant…", "les amendements identiques n° 12, 45 et 78…".
enum AmendmentBallotTitle {
    /// The amendment numbers quoted after "n°" (a list such as "n° 12, 45 et 78" gives three),
    /// and whether identical amendments follow unnamed.
    static func parse(_ foldedTitle: String) -> (numbers: [Int], mentionsIdenticalFollowing: Bool) {
        var numbers: [Int] = []
        var rest = Substring(foldedTitle)
        while let marker = rest.range(of: "n°") ?? rest.range(of: "nos ") {
            rest = rest[marker.upperBound...]
            // A list: numbers separated by ",", "et", and "(rect.)" / "(2eme rect.)" notes.
            while true {
                rest = rest.drop { $0 == " " }
                let digits = rest.prefix { $0.isNumber }
                guard !digits.isEmpty, let number = Int(digits) else { break }
                numbers.append(number)
                rest = rest.dropFirst(digits.count)
                if rest.hasPrefix(" ("), let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...] }
                if rest.hasPrefix(",") { rest = rest.dropFirst(); continue }
                if rest.hasPrefix(" et ") , rest.dropFirst(4).first?.isNumber == true { rest = rest.dropFirst(4); continue }
                break
            }
        }
        let identical = foldedTitle.contains("identique suivant") || foldedTitle.contains("identiques suivants")
        return (numbers, identical)
    }
}
