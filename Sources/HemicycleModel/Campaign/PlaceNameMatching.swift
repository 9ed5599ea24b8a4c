import Foundation

/// Matching of French place names written in different ways, e.g. La Poste's
/// `L ABERGEMENT CLEMENCIAT` and INSEE's `L'Abergement-Clémenciat`, or `ST ALBAN` and
/// `Saint-Alban`.
public enum PlaceNameMatching {
    /// The comparison key of a name: lower case, without accents or other diacritics, with
    /// ligatures spelled out (œ → oe), with every run of non-alphanumerics (hyphen, apostrophe,
    /// space, slash…) turned into one space, and with La Poste's abbreviations `ST`/`STE`
    /// expanded to `saint`/`sainte`.
    ///
    /// `normalized("L'Abergement-Clémenciat") == normalized("L ABERGEMENT CLEMENCIAT")`.
    public static func normalized(_ name: String) -> String {
        var folded = ""
        folded.reserveCapacity(name.utf8.count)
        for scalar in name.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue  // the accent split off by the decomposition
            default:
                break
            }
            switch scalar {
            case "œ": folded += "oe"
            case "æ": folded += "ae"
            case "ß": folded += "ss"
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    folded.unicodeScalars.append(scalar)
                } else {
                    folded += " "
                }
            }
        }
        return folded.split(separator: " ").map { word in
            switch word {
            case "st": "saint"
            case "ste": "sainte"
            default: String(word)
            }
        }.joined(separator: " ")
    }

    /// The Levenshtein distance between two texts: the least count of characters to insert,
    /// delete or replace to turn one into the other (counted on Unicode scalars).
    public static func editDistance(_ first: String, _ second: String) -> Int {
        let a = Array(first.unicodeScalars), b = Array(second.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Names close to a misspelt one, for "unknown town — did you mean …?" messages.
    ///
    /// Names are compared by their ``normalized(_:)`` forms. A candidate is kept when its edit
    /// distance is at most a third of the query's length (at least 2); the nearest come first,
    /// ties in alphabetical order, duplicates removed.
    ///
    /// - Parameters:
    ///   - query: the name that was not found.
    ///   - candidates: the known names, as they should be shown.
    ///   - limit: the largest count of suggestions returned.
    public static func closestNames(to query: String, in candidates: some Sequence<String>, limit: Int = 5) -> [String] {
        closestNames(toNormalized: normalized(query), in: candidates.map { ($0, normalized($0)) }, limit: limit)
    }

    /// ``closestNames(to:in:limit:)`` over names whose normalized forms are already known.
    public static func closestNames(toNormalized query: String, in candidates: [(name: String, key: String)], limit: Int) -> [String] {
        let threshold = max(2, query.unicodeScalars.count / 3)
        var best: [String: Int] = [:]
        for candidate in candidates {
            // The length difference is a lower bound of the distance: skip hopeless ones cheaply.
            guard abs(candidate.key.unicodeScalars.count - query.unicodeScalars.count) <= threshold else { continue }
            let distance = editDistance(query, candidate.key)
            guard distance <= threshold else { continue }
            if let known = best[candidate.name], known <= distance { continue }
            best[candidate.name] = distance
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map(\.key)
    }
}
