/// A unified diff of two texts, line by line (the format of `diff -u`), to show what changed in
/// a notebook whose outputs are stale.
public enum LineDiff {
    private enum Edit: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The unified diff from `old` to `new` with `context` lines around each change; an empty
    /// string when the texts are equal.
    /// - Parameters:
    ///   - oldName: the label of the `---` line.
    ///   - newName: the label of the `+++` line.
    public static func unified(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = self.edits(a, b)

        var out = ["--- \(oldName)", "+++ \(newName)"]
        // Indices of changed edits, grouped into hunks when their context overlaps.
        let changed = edits.indices.filter { if case .same = edits[$0] { return false } else { return true } }
        var hunkStart = 0
        while hunkStart < changed.count {
            var hunkEnd = hunkStart
            while hunkEnd + 1 < changed.count, changed[hunkEnd + 1] - changed[hunkEnd] <= 2 * context { hunkEnd += 1 }
            let first = max(0, changed[hunkStart] - context)
            let last = min(edits.count - 1, changed[hunkEnd] + context)
            // Line numbers (1-based) where the hunk starts in each text.
            var oldLine = 1, newLine = 1
            for edit in edits[..<first] {
                switch edit {
                case .same: oldLine += 1; newLine += 1
                case .removed: oldLine += 1
                case .added: newLine += 1
                }
            }
            var oldCount = 0, newCount = 0
            var body: [String] = []
            for edit in edits[first...last] {
                switch edit {
                case .same(let line): body.append(" " + line); oldCount += 1; newCount += 1
                case .removed(let line): body.append("-" + line); oldCount += 1
                case .added(let line): body.append("+" + line); newCount += 1
                }
            }
            // diff -u numbers an empty range by the line before it.
            let oldStart = oldCount == 0 ? oldLine - 1 : oldLine
            let newStart = newCount == 0 ? newLine - 1 : newLine
            out.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            out += body
            hunkStart = hunkEnd + 1
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A shortest edit script by longest common subsequence (quadratic, fine for notebooks of a
    /// few thousand lines), after trimming the common prefix and suffix.
    private static func edits(_ a: [String], _ b: [String]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let x = Array(a[prefix..<(a.count - suffix)]), y = Array(b[prefix..<(b.count - suffix)])

        var middle: [Edit] = []
        if x.count * y.count > 4_000_000 {
            // Too large for the table: show the middle as replaced wholesale.
            middle = x.map(Edit.removed) + y.map(Edit.added)
        } else {
            // lcs[i][j]: the LCS length of x[i...] and y[j...].
            var lcs = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
            for i in stride(from: x.count - 1, through: 0, by: -1) {
                for j in stride(from: y.count - 1, through: 0, by: -1) {
                    lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < x.count || j < y.count {
                if i < x.count, j < y.count, x[i] == y[j] {
                    middle.append(.same(x[i])); i += 1; j += 1
                } else if j < y.count, i == x.count || lcs[i][j + 1] > lcs[i + 1][j] {
                    middle.append(.added(y[j])); j += 1
                } else {
                    middle.append(.removed(x[i])); i += 1
                }
            }
        }
        return a[..<prefix].map(Edit.same) + middle + a[(a.count - suffix)...].map(Edit.same)
    }
}
