import Testing
import HemicycleModel
@testable import HemicycleReport

@Suite("NumberFormatting, DateFormatting, DisplayWidth, HTMLEscaping")
struct TextFormattingTests {
    let nnbsp = "\u{202F}"

    @Test func integers() {
        #expect(NumberFormatting.integer(12345, language: .french) == "12\(nnbsp)345")
        #expect(NumberFormatting.integer(12345, language: .english) == "12,345")
        #expect(NumberFormatting.integer(-1234567, language: .english) == "-1,234,567")
        #expect(NumberFormatting.integer(999, language: .french) == "999")
        #expect(NumberFormatting.integer(0, language: .english) == "0")
    }

    @Test func englishOrdinals() {
        let expected = [1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 10: "10th", 11: "11th", 12: "12th", 13: "13th",
                        17: "17th", 21: "21st", 22: "22nd", 23: "23rd", 101: "101st", 111: "111th", 112: "112th", 0: "0th"]
        for (n, text) in expected { #expect(NumberFormatting.englishOrdinal(n) == text) }
        // A negative number takes its magnitude's suffix (Swift's % keeps the sign).
        #expect(NumberFormatting.englishOrdinal(-2) == "-2nd")
    }

    @Test func decimalsAndPercentages() {
        #expect(NumberFormatting.percent(0.125, language: .french) == "12,5\(nnbsp)%")
        #expect(NumberFormatting.percent(0.125, language: .english) == "12.5 %", "English with a space, as the terminal tables print it")
        #expect(NumberFormatting.percent(nil, language: .english) == "–")
        // 125 / 577 = 0.216637… → 21.7 %.
        #expect(NumberFormatting.percent(125.0 / 577.0, language: .english) == "21.7 %")
        // 1234.56 → 1234.6, grouped.
        #expect(NumberFormatting.decimal(1234.56, fractionDigits: 1, language: .french) == "1\(nnbsp)234,6")
        #expect(NumberFormatting.decimal(2.5, fractionDigits: 0, language: .english) == "3")
        #expect(NumberFormatting.decimal(-0.04, fractionDigits: 1, language: .english) == "0.0")
        #expect(NumberFormatting.decimal(-1.25, fractionDigits: 2, language: .english) == "-1.25")
        #expect(NumberFormatting.decimal(0.05, fractionDigits: 2, language: .english) == "0.05")
        #expect(NumberFormatting.decimal(.nan, language: .english) == "–")
    }

    @Test func longDates() throws {
        let day = try #require(CalendarDate(year: 2025, month: 2, day: 11))
        #expect(DateFormatting.long(day, language: .french) == "11 février 2025")
        #expect(DateFormatting.long(day, language: .english) == "11 February 2025")
        let first = try #require(CalendarDate(year: 2025, month: 3, day: 1))
        #expect(DateFormatting.long(first, language: .french) == "1er mars 2025")
    }

    @Test func displayWidths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("E\u{301}cole") == 5)  // combining accent takes no column
        #expect(DisplayWidth.of("École") == 5)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.truncate("日本語テキスト", toWidth: 5) == "日本…")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 4) == "abc…")
        #expect(DisplayWidth.truncate("abcd", toWidth: 4) == "abcd")
        #expect(DisplayWidth.pad("日", toWidth: 4, alignRight: true) == "  日")
    }

    /// The fast paths (printable ASCII strings, lone scalars below U+0300) agree with what the
    /// Unicode properties say, scalar by scalar and for strings mixing both.
    @Test func displayWidthFastPathsAgreeWithUnicodeProperties() {
        for value in UInt32(0x20)..<0x300 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let invisible = value == 0x7F || (0x80..<0xA0).contains(value)
                || [.nonspacingMark, .enclosingMark, .format].contains(scalar.properties.generalCategory)
            #expect(DisplayWidth.of(Character(scalar)) == (invisible ? 0 : 1), "U+\(String(value, radix: 16))")
        }
        let mixed = "Yaël Braun-Pivet\u{AD} — 86 pour, e\u{301}, 中文"
        #expect(DisplayWidth.of(mixed) == mixed.reduce(0) { $0 + DisplayWidth.of($1) })
        #expect(DisplayWidth.of("Ballot 773: 125 voters") == 22)
        #expect(DisplayWidth.of("tab\there") == 7, "a control character takes no column")
    }

    @Test func htmlEscaping() {
        #expect(HTMLEscaping.escape(#"<a href="x">Tom & 'Jerry'</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(HTMLEscaping.escape("a\u{01}b") == "ab")
    }
}
