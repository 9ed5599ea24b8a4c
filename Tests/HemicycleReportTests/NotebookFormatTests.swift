import HemicycleReport
import Testing

@Suite("Notebook parsing and rewriting")
struct NotebookFormatTests {
    static let sample = """
        # A notebook

        Some prose.

        ```hemicycle
        ballot 773 --format markdown
        # a comment, ignored

        ballots --search "sûreté dans les transports" --limit 3
        ```

        ```text
        old output
        ```

        ```sh
        ```hemicycle is not a fence here
        ```

        ```hemicycle
        ballots --limit 1
        ```
        Closing prose.

        """

    @Test func findsCommandBlocksTheirInvocationsAndOutputs() throws {
        let notebook = try Notebook(text: Self.sample, name: "sample.md")
        #expect(notebook.cells.count == 2)
        #expect(notebook.cells[0].line == 5)
        #expect(notebook.cells[0].invocations == ["ballot 773 --format markdown", #"ballots --search "sûreté dans les transports" --limit 3"#])
        #expect(notebook.cells[0].recordedOutput == "old output")
        #expect(notebook.cells[1].line == 20)
        #expect(notebook.cells[1].invocations == ["ballots --limit 1"])
        #expect(notebook.cells[1].recordedOutput == nil)
    }

    @Test func writesOutputsBackAndIsIdempotent() throws {
        let notebook = try Notebook(text: Self.sample, name: "sample.md")
        let updated = notebook.text(withOutputs: ["new 1\nnew 2   \n\n", "only"])
        // The existing block is replaced; the missing one is inserted after its command block.
        #expect(updated.contains("```text\nnew 1\nnew 2\n```\n\n```sh"))
        #expect(updated.contains("ballots --limit 1\n```\n\n```text\nonly\n```\nClosing prose.\n"))
        #expect(!updated.contains("old output"))
        #expect(updated.hasPrefix("# A notebook\n\nSome prose.\n"))

        let again = try Notebook(text: updated, name: "sample.md")
        #expect(again.cells.map(\.recordedOutput) == ["new 1\nnew 2", "only"])
        #expect(again.text(withOutputs: ["new 1\nnew 2", "only\n"]) == updated)
    }

    @Test func unchangedOutputsGiveTheSameBytes() throws {
        let text = "```hemicycle\nballots\n```\n\n```output\na\nb\n```"
        let notebook = try Notebook(text: text, name: "n.md")
        #expect(notebook.text(withOutputs: ["a\nb\n"]) == text)
    }

    @Test func anOutputHoldingAFenceGetsALongerFence() throws {
        let notebook = try Notebook(text: "```hemicycle\nx\n```\n", name: "n.md")
        let updated = notebook.text(withOutputs: ["before\n```\nafter"])
        #expect(updated == "```hemicycle\nx\n```\n\n````text\nbefore\n```\nafter\n````\n")
        let reread = try Notebook(text: updated, name: "n.md")
        #expect(reread.cells.first?.recordedOutput == "before\n```\nafter")
        #expect(reread.text(withOutputs: ["before\n```\nafter"]) == updated)
    }

    @Test func anUnclosedFenceNamesTheFileAndLine() {
        #expect(throws: NotebookError.unclosedFence(file: "broken.md", line: 3)) {
            try Notebook(text: "text\n\n```hemicycle\nballots\n", name: "broken.md")
        }
    }

    @Test func commandLinesSplitLikeAShell() {
        #expect(CommandLineSplitting.arguments(#"ballots --search "sûreté dans les transports" --limit 3"#)
                == ["ballots", "--search", "sûreté dans les transports", "--limit", "3"])
        #expect(CommandLineSplitting.arguments(#"hemicycle card 773 --title 'l\'air "libre"'"#) == nil, "no escapes inside single quotes")
        #expect(CommandLineSplitting.arguments(#"card 773 --title 'a "b"' --sentence a\ b "" x"#)
                == ["card", "773", "--title", #"a "b""#, "--sentence", "a b", "", "x"])
        #expect(CommandLineSplitting.arguments("hemicycle   ballot\t773  ") == ["ballot", "773"])
        #expect(CommandLineSplitting.arguments(#"ballots --search "open"#) == nil)
    }
}

@Suite("Unified diff")
struct LineDiffTests {
    @Test func equalTextsGiveNoDiff() {
        #expect(LineDiff.unified(old: "a\nb", new: "a\nb", oldName: "x", newName: "y").isEmpty)
    }

    @Test func oneChangedLineWithContext() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n")
        let new = old.replacingOccurrences(of: "line 6", with: "line six")
        let diff = LineDiff.unified(old: old, new: new, oldName: "a.md", newName: "b.md")
        // By hand: line 6 changed, 3 lines of context either side → lines 3…9 of both files.
        #expect(diff == """
            --- a.md
            +++ b.md
            @@ -3,7 +3,7 @@
             line 3
             line 4
             line 5
            -line 6
            +line six
             line 7
             line 8
             line 9

            """)
    }

    @Test func distantChangesMakeTwoHunksAndInsertionsCount() {
        let old = (1...20).map(String.init).joined(separator: "\n")
        var lines = (1...20).map(String.init)
        lines.insert("new", at: 1)  // after "1"
        lines[19] = "19!"  // was "19" (index shifted by one: "19" sits at 19 now)
        let diff = LineDiff.unified(old: old, new: lines.joined(separator: "\n"), oldName: "o", newName: "n")
        #expect(diff.contains("@@ -1,4 +1,5 @@\n 1\n+new\n 2\n 3\n 4\n"))
        #expect(diff.contains("@@ -16,5 +17,5 @@\n 16\n 17\n 18\n-19\n+19!\n 20\n"))
    }
}
