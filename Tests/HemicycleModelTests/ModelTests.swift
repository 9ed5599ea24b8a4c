import Foundation
@testable import HemicycleModel
import Testing

@Suite("Model")
struct ModelTests {
    @Test func calendarDateParsesISOAndFrenchForms() throws {
        let date = try #require(CalendarDate(iso: "2025-02-11"))
        #expect(date.description == "2025-02-11")
        #expect(date.monthKey == "2025-02")
        #expect(CalendarDate(iso: "2025-02-11T15:00:00+01:00") == date)
        #expect(CalendarDate(french: "11/02/2025") == date)
        #expect(CalendarDate(iso: "2025-02-30") == nil)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2025-02-29") == nil)
        #expect(CalendarDate(iso: "11/02/2025") == nil)
        #expect(CalendarDate(iso: "2025-2-11") == nil)
        let malformed: [Substring] = ["", "2025-02-1", "20250211xx", "2025/02/11", "2025-02-1x", "２０２５-02-11", "-025-02-11", "2025-02-11".dropLast()]
        for malformed in malformed {
            #expect(CalendarDate(iso: malformed) == nil, "\(malformed)")
        }
        #expect(CalendarDate(iso: "2025-02-11"[...]) == date, "a substring")
        #expect(try #require(CalendarDate(iso: "2024-12-31")) < date)
    }

    @Test func tallyCountsVotersAndVotesCast() {
        var tally = Tally(positions: [.for, .for, .against, .abstention, .nonVoting])
        #expect(tally.voters == 4)
        #expect(tally.expressed == 3)
        tally.add(.against)
        #expect(tally.against == 2 && tally.voters == 5)
    }

    @Test func positionsParseTheAssembleesWords() {
        #expect(VotePosition(french: "pour") == .for)
        #expect(VotePosition(french: "contres") == .against)
        #expect(VotePosition(french: "Abstention") == .abstention)
        #expect(VotePosition(french: "nonVotant") == .nonVoting)
        #expect(VotePosition(french: "peut-être") == nil)
        #expect(VotePosition.abstention.isVoter && !VotePosition.abstention.isExpressed)
        #expect(!VotePosition.nonVoting.isVoter)
    }

    @Test func ballotTypesAndResultsMapCodes() {
        #expect(BallotType(code: "SPS") == .solemn)
        #expect(BallotType(code: "XYZ") == .other)
        #expect(BallotType(keyword: "censure") == .censureMotion)
        #expect(BallotResult(code: "adopté") == .adopted)
        #expect(BallotResult(code: "rejeté") == .rejected)
        #expect(BallotResult(keyword: "maybe") == nil)
    }

    @Test func foldingIgnoresCaseAndAccents() {
        #expect(TextFolding.fold("Vidéoprotection") == "videoprotection")
        #expect(TextFolding.fold("SÛRETÉ dans les transports") == "surete dans les transports")
        #expect(TextFolding.fold("L’État") == "l'etat")
    }

    /// The ASCII fast path and the per-run folding give what folding the whole text gives.
    @Test(arguments: ["Œuvre d’ÆSOP à l’ÉTÉ", "e\u{301}tat\r\nÉTAT", "ＦＵＬＬ width", "Ça, c’est «\u{A0}la\u{A0}» fin.", "", "ASCII only 123"])
    func foldingMatchesFoundationOnTheWholeText(text: String) {
        let whole = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
        #expect(TextFolding.fold(text) == whole)
    }

    /// The table of accented Latin-1 letters gives what Foundation gives, for every scalar of
    /// Latin-1 and Latin Extended-A, alone and between ASCII letters; combining marks after one
    /// of them still go through Foundation.
    @Test func latin1TableMatchesFoundation() throws {
        var tabled = 0
        for value in UInt32(0xA0)...0x17F {
            let scalar = try #require(Unicode.Scalar(value))
            let text = String(scalar)
            #expect(TextFolding.fold(text) == TextFolding.foldWithFoundation(text), "U+\(String(value, radix: 16))")
            #expect(TextFolding.fold("A\(text)b") == TextFolding.foldWithFoundation("A\(text)b"), "U+\(String(value, radix: 16))")
            if TextFolding.accentedLatin1Base(value) != nil { tabled += 1 }
        }
        #expect(tabled == 53)
        #expect(TextFolding.fold("E\u{301}e\u{301}\u{327}") == TextFolding.foldWithFoundation("E\u{301}e\u{301}\u{327}"))
    }

    @Test func mandateCoversItsPeriodInclusively() throws {
        let start = try #require(CalendarDate(iso: "2024-07-07"))
        let end = try #require(CalendarDate(iso: "2025-01-22"))
        let mandate = Mandate(uid: "PM1", deputyRef: "PA1", legislature: 17, bodyType: "ASSEMBLEE", bodyRefs: ["PO1"], startDate: start, endDate: end)
        #expect(mandate.covers(start))
        #expect(mandate.covers(end))
        #expect(!mandate.covers(try #require(CalendarDate(iso: "2025-01-23"))))
    }
}
