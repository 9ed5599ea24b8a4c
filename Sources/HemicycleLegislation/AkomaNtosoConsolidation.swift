import HemicycleModel

/// Applies an amending act's modifications (`akn:mod`) to the act it amends.
///
/// A modification is located, in order of trust: the block whose `eId` is the target's and
/// whose characters in the target range are the quoted old words; else the blocks holding the
/// old words at that range; else the one block holding the old words at all. Anything else (no
/// block, several blocks, a kind of command not handled) is reported as not applicable, and the
/// text is left as it was — never guessed.
public enum AkomaNtosoConsolidation {
    /// What happened to one modification.
    public struct Outcome: Hashable, Sendable {
        public var modification: AkomaNtoso.Modification
        /// The article and block changed, when applied.
        public var article: String?
        public var blockEId: String?
        /// Nil when applied; else why not ("not applicable: …").
        public var problem: String?
        /// How the target was found (`eId and range`, `range`, `quoted words`).
        public var locatedBy: String?
    }

    /// The original with every applicable modification made, and what happened to each.
    public static func apply(_ amending: AkomaNtoso.Document, to original: AkomaNtoso.Document) -> (text: LawText, outcomes: [Outcome]) {
        var text = original.text
        var blocks = original.blocks
        var outcomes: [Outcome] = []
        for mod in amending.modifications {
            var outcome = Outcome(modification: mod)
            guard mod.kind.hasSuffix("ersetzen"), mod.quoted.count == 2 else {
                outcome.problem = "not applicable: only replacements (aenderungsbefehl-ersetzen with an old and a new quoted text) are handled, this is \(mod.kind.isEmpty ? "an unnamed command" : mod.kind) with \(mod.quoted.count) quoted text(s)"
                outcomes.append(outcome)
                continue
            }
            let old = mod.quoted[0], new = mod.quoted[1]
            func holdsAtRange(_ block: AkomaNtoso.Block) -> Bool {
                guard let range = mod.characterRange else { return false }
                let characters = Array(block.text)
                guard range.upperBound <= characters.count else { return false }
                return String(characters[range]) == old
            }
            var candidates: [(Int, Int)] = []
            var how = ""
            let all = blocks.enumerated().flatMap { a, list in list.indices.map { (a, $0) } }
            if let eId = mod.targetEId {
                candidates = all.filter { blocks[$0.0][$0.1].eId == eId && holdsAtRange(blocks[$0.0][$0.1]) }
                how = "eId and range"
            }
            if candidates.isEmpty {
                candidates = all.filter { holdsAtRange(blocks[$0.0][$0.1]) }
                how = "character range \(mod.characterRange.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "?") holding the old words"
            }
            if candidates.isEmpty {
                candidates = all.filter { blocks[$0.0][$0.1].text.components(separatedBy: old).count == 2 }
                how = "the old words, found once"
            }
            guard candidates.count == 1, let (a, b) = candidates.first else {
                outcome.problem = candidates.isEmpty
                    ? "not applicable: « \(old) » not found in the amended act (target \(mod.targetLabel ?? mod.targetHref ?? "?"))"
                    : "not applicable: « \(old) » found in \(candidates.count) places, which one is meant is unclear"
                outcomes.append(outcome)
                continue
            }
            var block = blocks[a][b]
            if let range = mod.characterRange, holdsAtRange(block) {
                var characters = Array(block.text)
                characters.replaceSubrange(range, with: Array(new))
                block.text = String(characters)
            } else {
                block.text = block.text.replacingOccurrences(of: old, with: new)
            }
            blocks[a][b] = block
            text.articles[a].alineas = blocks[a].map(\.text)
            outcome.article = text.articles[a].title
            outcome.blockEId = block.eId
            outcome.locatedBy = how
            outcomes.append(outcome)
        }
        return (text, outcomes)
    }
}
