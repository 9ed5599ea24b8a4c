import HemicycleModel

/// Compares two stages of a text: article by article, alinéa by alinéa, word by word.
public enum LawTextDiff {
    /// What happened to one article between two stages.
    public enum ArticleChange: Hashable, Sendable {
        /// The article is new in the later text.
        case added(LawArticle)
        /// The article is gone from the later text.
        case removed(LawArticle)
        /// The article's alinéas changed; `alineas` lists every alinéa, changed or not.
        case modified(title: String, alineas: [AlineaChange])
    }

    /// What happened to one alinéa.
    public enum AlineaChange: Hashable, Sendable {
        /// The same in both texts.
        case unchanged(String)
        /// Only in the later text.
        case added(String)
        /// Only in the earlier text.
        case removed(String)
        /// Rewritten in part: the word-level difference.
        case modified(old: String, new: String, words: [WordChange])
    }

    /// One run of the word-level difference.
    public enum WordChange: Hashable, Sendable {
        /// Words in both texts.
        case same(String)
        /// Words only in the later text.
        case inserted(String)
        /// Words only in the earlier text.
        case deleted(String)
    }

    /// The changed articles, in the later text's order (removed ones at the place they had).
    /// Articles are matched by title; identical articles are left out.
    public static func compare(_ old: LawText, _ new: LawText) -> [ArticleChange] {
        var changes: [ArticleChange] = []
        let newTitles = Set(new.articles.map(\.title))
        let oldByTitle = Dictionary(old.articles.map { ($0.title, $0) }, uniquingKeysWith: { first, _ in first })
        for article in old.articles where !newTitles.contains(article.title) {
            changes.append(.removed(article))
        }
        for article in new.articles {
            guard let before = oldByTitle[article.title] else {
                changes.append(.added(article))
                continue
            }
            if before.alineas != article.alineas {
                changes.append(.modified(title: article.title, alineas: compare(alineas: before.alineas, article.alineas)))
            }
        }
        return changes
    }

    /// Alinéa-level difference. A removed alinéa directly followed by an added one is shown
    /// as one modified alinéa with its word-level difference.
    public static func compare(alineas old: [String], _ new: [String]) -> [AlineaChange] {
        var result: [AlineaChange] = []
        for step in align(old, new) {
            switch step {
            case .same(let text): result.append(.unchanged(text))
            case .deleted(let text): result.append(.removed(text))
            case .inserted(let text):
                if case .removed(let previous)? = result.last {
                    result[result.count - 1] = .modified(old: previous, new: text, words: compare(words: previous, text))
                } else {
                    result.append(.added(text))
                }
            }
        }
        return result
    }

    /// Word-level difference; consecutive words of the same kind are merged into one run.
    public static func compare(words old: String, _ new: String) -> [WordChange] {
        let oldWords = old.split(separator: " ").map(String.init)
        let newWords = new.split(separator: " ").map(String.init)
        var runs: [WordChange] = []
        for step in align(oldWords, newWords) {
            switch (runs.last, step) {
            case (.same(let run)?, .same(let word)): runs[runs.count - 1] = .same(run + " " + word)
            case (.inserted(let run)?, .inserted(let word)): runs[runs.count - 1] = .inserted(run + " " + word)
            case (.deleted(let run)?, .deleted(let word)): runs[runs.count - 1] = .deleted(run + " " + word)
            default: runs.append(step)
            }
        }
        return runs
    }

    /// A longest-common-subsequence alignment, deletions before insertions at each change.
    static func align(_ old: [String], _ new: [String]) -> [WordChange] {
        let n = old.count, m = new.count
        // lcs[i][j]: the length of the LCS of old[i...] and new[j...].
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = old[i] == new[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var steps: [WordChange] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                steps.append(.same(old[i])); i += 1; j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                steps.append(.deleted(old[i])); i += 1
            } else {
                steps.append(.inserted(new[j])); j += 1
            }
        }
        return steps
    }
}
