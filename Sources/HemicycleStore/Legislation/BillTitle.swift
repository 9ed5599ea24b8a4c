import Foundation
import HemicycleModel

/// Matching a bill's title inside a ballot's title ("… de la proposition de loi relative au
/// renforcement de la sûreté dans les transports (première lecture)"). Titles are folded first
/// (``TextFolding/fold(_:)``: lower case, no accents).
enum BillTitle {
    /// Leading words of a dossier title that a ballot's title words differently or not at all.
    static let prefixes = [
        "proposition de loi organique ", "proposition de loi constitutionnelle ", "proposition de loi ",
        "projet de loi organique ", "projet de loi constitutionnel ", "projet de loi de ", "projet de loi ",
        "proposition de resolution europeenne ", "proposition de resolution ",
    ]
    /// Filler words left out of the word-overlap score.
    static let stopWords: Set<String> = ["de", "la", "le", "les", "des", "du", "et", "a", "au", "aux", "en", "l", "d", "un", "une", "pour", "sur", "dans", "par", "relative", "relatif", "visant"]

    /// The distinctive part of a folded dossier title.
    static func key(_ foldedTitle: String) -> String {
        var key = foldedTitle.trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in prefixes where key.hasPrefix(prefix) {
            key.removeFirst(prefix.count)
            break
        }
        return key
    }

    /// Significant words of a folded text.
    static func words(_ text: String) -> Set<String> {
        Set(text.split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.count > 1 && !stopWords.contains($0) })
    }

    /// The share of the key's significant words found in the ballot title, in 0…1 (0 for a key without any).
    static func overlap(_ ballotTitle: String, _ key: String) -> Double {
        let keyWords = words(key)
        guard !keyWords.isEmpty else { return 0 }
        return Double(keyWords.intersection(words(ballotTitle)).count) / Double(keyWords.count)
    }

    /// The candidate whose title the folded ballot title names: the longest contained key;
    /// unless `requireContainment`, else the best word overlap (at least 80 % of the key's
    /// words present), when it is unique.
    static func bestMatch(_ ballotTitle: String, among candidates: [(id: String, key: String)], requireContainment: Bool = false) -> String? {
        let contained = candidates.filter { ballotTitle.contains($0.key) }
        if let longest = contained.max(by: { ($0.key.count, $1.id) < ($1.key.count, $0.id) }) { return longest.id }
        guard !requireContainment else { return nil }
        let scored = candidates.map { candidate -> (String, Double) in
            (candidate.id, overlap(ballotTitle, candidate.key))
        }.filter { $0.1 >= 0.8 }.sorted { $0.1 > $1.1 }
        guard let best = scored.first else { return nil }
        if scored.count > 1 && scored[1].1 == best.1 { return nil }
        return best.0
    }
}

/// Reading a ballot's title on amendments (folded): "l'amendement n° 237 (rect.) du Gouvernement
/// et l'amendement identique suivant…", "les amendements identiques n° 12, 45 et 78…".
enum AmendmentBallotTitle {
    /// Whether the title is a vote on one or more amendments.
    static func isAmendmentBallot(_ foldedTitle: String) -> Bool {
        foldedTitle.hasPrefix("l'amendement") || foldedTitle.hasPrefix("les amendements")
    }

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
