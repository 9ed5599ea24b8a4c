import Foundation
import Testing
@testable import HemicycleImport

/// The tape parser behind the AN importer: RFC 8259 grammar, escapes, errors located by line and
/// column, bounded nesting, and the quirk helpers on top of it.
@Suite struct JSONDocumentTests {
    func parse(_ text: String) throws -> JSONValue {
        try JSONDocument(bytes: Array(text.utf8)).root
    }

    func syntaxError(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try JSONDocument(bytes: Array(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test func readsScalarsContainersAndMembersInOrder() throws {
        let root = try parse(#"{"a": "x", "b": [1, -2.5e3, true, false, null], "c": {}, "d": []}"#)
        #expect(root.kind == .object)
        #expect(try root["a"]?.string() == "x")
        #expect(root["b"]?.elements.count == 5)
        #expect(try root["b"]?.elements.map { try $0.string() } == ["1", "-2.5e3", "true", "false", nil])
        #expect(root["c"]?.kind == .object)
        #expect(root["c"]?.members.isEmpty == true)
        #expect(root["d"]?.elements.isEmpty == true)
        #expect(root["zz"] == nil)
        #expect(root.members.map(\.key) == ["a", "b", "c", "d"])
    }

    @Test func skipsNestedValuesWhenLookingUpAMember() throws {
        // "target" comes after a deep sibling whose own members include a key named "target".
        let root = try parse(#"{"deep": {"x": [{"target": "wrong"}, [1, [2]]]}, "target": "right"}"#)
        #expect(try root["target"]?.string() == "right")
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let root = try parse(#"{"s": "a\"b\\c\/d\n\t\u00e9\ud83d\uddf3", "lone": "\ud800x"}"#)
        #expect(try root["s"]?.string() == "a\"b\\c/d\n\té🗳")
        #expect(try root["lone"]?.string() == "\u{FFFD}x")
    }

    /// Issue 22: a key repeated in one object was read as its first value, where most readers keep
    /// the last: two programs would read two different records from one file. The Assemblée never
    /// repeats a key; a file that does is not theirs as published, and is refused, naming the key.
    @Test(arguments: [
        (#"{"a": 1, "a": 2}"#, "a"),
        (#"{"ab": 1, "\u0061b": 2}"#, "ab"),
        (#"{"x": {"k": [1, {"k": 2}], "k": 3}}"#, "k"),
        ("{" + (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + #", "k7": 0}"#, "k7"),
    ])
    func aRepeatedKeyIsRefused(_ text: String, key: String) throws {
        let error = try #require(syntaxError(text), "refused")
        #expect(error.message.contains("the key \"\(key)\" appears twice"), "\(error.message)")
    }

    @Test func theSameKeyInTwoObjectsIsFine() throws {
        let root = try parse(#"{"a": {"id": 1}, "b": {"id": 2}, "c": [{"id": 3}, {"id": 4}], "id": 5}"#)
        #expect(try root["id"]?.string() == "5")
        #expect(try root["c"]?.elements.map { try $0["id"]?.string() } == ["3", "4"])
    }

    @Test func keysWithEscapesAreFound() throws {
        let root = try parse(#"{"\u0061b": 1}"#)
        #expect(try root["ab"]?.string() == "1")
    }

    @Test func skipsAByteOrderMark() throws {
        let root = try JSONDocument(bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"a": "b"}"#.utf8)).root
        #expect(try root["a"]?.string() == "b")
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "expected a string key", 1, 9),
        ("{\"a\" 1}", "expected ':'", 1, 6),
        ("[1, 2", "unexpected end of text inside an array", 1, 6),
        ("{\"a\": \"b}", "unterminated string", 1, 10),
        ("{\n  \"a\": 01}", "leading zero", 2, 9),
        ("{\"a\": tru}", "invalid literal", 1, 7),
        ("{\"a\": \"\\x\"}", "invalid escape", 1, 8),
        ("{\"a\": \"\\u12\"}", "invalid \\u escape", 1, 8),
        ("{\"a\": \"tab\there\"}", "control character", 1, 11),
        ("{} {}", "after the end of the document", 1, 4),
        ("", "unexpected end of text", 1, 1),
        ("{\"a\": -}", "invalid number", 1, 8),
    ])
    func rejectsInvalidJSONWithItsPlace(text: String, message: String, line: Int, column: Int) {
        let error = syntaxError(text)
        #expect(error?.message.contains(message) == true, "\(String(describing: error))")
        #expect(error?.line == line)
        #expect(error?.column == column)
    }

    @Test func rejectsHostileNestingWithoutExhaustingTheStack() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(syntaxError(deep)?.message.contains("nesting deeper than") == true)
        let fine = String(repeating: "[", count: JSONDocument.maximumDepth) + String(repeating: "]", count: JSONDocument.maximumDepth)
        #expect(syntaxError(fine) == nil)
    }

    @Test func invalidUTF8IsAnErrorWhenRead() throws {
        let root = try JSONDocument(bytes: Array(#"{"a": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)).root
        #expect(throws: JSONValueError.self) { try root["a"]?.string() }
    }

    /// Regression (found by the mutation fuzzing smoke test): an error under a member whose name
    /// is invalid UTF-8 recursed forever while computing its path.
    @Test func errorPathsSurviveInvalidUTF8Keys() throws {
        for key: [UInt8] in [[0x61, 0xC3, 0x28], [0x5C, 0x6E, 0xC3, 0x28]] {
            let bytes = Array(#"{""#.utf8) + key + Array(#"": {"n": "deux"}}"#.utf8)
            let root = try JSONDocument(bytes: bytes).root
            let inner = try #require(root.members.first?.value)
            do {
                _ = try inner.int("n")
                Issue.record("expected an error")
            } catch {
                #expect(error.path.hasSuffix(".n"))
                #expect(error.reason.contains("deux"))
            }
        }
    }

    @Test func pathsNameMembersAndIndices() throws {
        let root = try parse(#"{"scrutin": {"groupes": [{"a": 1}, {"a": {"b": "x"}}]}}"#)
        let b = root["scrutin"]?["groupes"]?.elements[1]["a"]?["b"]
        #expect(b?.path == "scrutin.groupes[1].a.b")
        #expect(root.path == "")
    }

    // MARK: The Assemblée's quirks

    @Test func anTextReadsEverySpellingOfAScalar() throws {
        let root = try parse(#"""
            {"s": "PA1", "n": 12, "b": false, "null": null, "nil": {"@xsi:nil": "true"},
             "typed": {"@xsi:type": "IdActeur_type", "#text": "PA1008"}, "bad": {"x": 1}, "list": []}
            """#)
        #expect(try root.text("s") == "PA1")
        #expect(try root.text("n") == "12")
        #expect(try root.text("b") == "false")
        #expect(try root.text("null") == nil)
        #expect(try root.text("nil") == nil)
        #expect(try root.text("typed") == "PA1008")
        #expect(try root.text("missing") == nil)
        #expect(throws: JSONValueError.self) { try root.text("bad") }
        #expect(throws: JSONValueError.self) { try root.text("list") }
    }

    @Test func listsInEverySpelling() throws {
        let root = try parse(#"""
            {"array": [null, {"v": 1}, {"@xsi:nil": "true"}, {"v": 2}], "bare": {"v": 3}, "null": null,
             "nil": {"@xsi:nil": "true"}, "text": "PO1"}
            """#)
        #expect(try root.list("array").map { try $0.int("v") } == [1, 2])
        #expect(try root.list("bare").map { try $0.int("v") } == [3])
        #expect(try root.list("null").isEmpty)
        #expect(try root.list("nil").isEmpty)
        #expect(try root.list("missing").isEmpty)
        #expect(try root.list("text").map { try $0.anText() } == ["PO1"])
    }

    @Test func numbersBooleansAndDatesWrittenAsStrings() throws {
        let root = try parse(#"{"n": " 052 ", "bad": "deux", "t": "true", "f": "0", "d": "2025-02-11+01:00", "bd": "11/02/2025"}"#)
        #expect(try root.int("n") == 52)
        #expect(try root.bool("t") == true)
        #expect(try root.bool("f") == false)
        #expect(try root.date("d")?.description == "2025-02-11")
        do {
            _ = try root.int("bad")
            Issue.record("expected an error")
        } catch {
            #expect(error.path == "bad")
            #expect(error.reason.contains("deux"))
        }
        #expect(throws: JSONValueError.self) { try root.date("bd") }
        do {
            _ = try root.requiredInt("absent")
            Issue.record("expected an error")
        } catch {
            #expect(error.path == "absent")
            #expect(error.reason == "missing member \"absent\"")
        }
    }
}
