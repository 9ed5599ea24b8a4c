import HemicycleModel
import HemicycleReport
import HemicycleTestSupport
import Testing

/// The register comparison's notes, facts in the model, worded by the report layer in both languages.
@Suite("Register notes in English and French")
struct RegisterNoteWordsTests {
    static func entry(holderEnd: CalendarDate?) -> RegisterReconciliation.Entry {
        RegisterReconciliation.Entry(
            status: .holderDiffers, departmentCode: "59", constituency: 2, registerLine: 3, registerName: "Jean MARTIN", registerStart: "2024-07-07",
            deputyRef: "PA3", deputyName: "Paul Durand", seatStart: CalendarDate(iso: "2024-10-22"), seatEnd: holderEnd,
            note: .otherHolders(register: "Jean MARTIN", since: "2024-07-07",
                                holders: [.init(name: "Paul Durand", start: CalendarDate(iso: "2024-10-22"), end: holderEnd, cause: nil)]))
    }

    @Test func anotherHolderIsNamedInBothLanguages() {
        let entry = Self.entry(holderEnd: nil)
        #expect(RegisterNoteWords.text(entry) == "register names Jean MARTIN (since 2024-07-07); the Assemblée lists Paul Durand (2024-10-22 to today)")
        let french = RegisterNoteWords.text(entry, language: .french)
        #expect(french == "le registre nomme Jean MARTIN (depuis le 2024-07-07) ; l'Assemblée indique Paul Durand (depuis le 2024-10-22)")
        #expect(EnglishLabels.leftovers(in: french).isEmpty, "\(EnglishLabels.leftovers(in: french))")
        let ended = RegisterNoteWords.text(Self.entry(holderEnd: CalendarDate(iso: "2025-01-31")), language: .french)
        #expect(ended.hasSuffix("Paul Durand (du 2024-10-22 au 2025-01-31)"))
    }

    @Test func nothingDifferingSaysNothing() {
        var entry = Self.entry(holderEnd: nil)
        entry.note = .none
        #expect(RegisterNoteWords.text(entry).isEmpty && RegisterNoteWords.text(entry, language: .french).isEmpty)
    }
}
