import Foundation
import HemicycleModel
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
        #expect(try #require(CalendarDate(iso: "2024-12-31")) < date)
    }

    @Test func tallyCountsVotersAndVotesCast() {
        var tally = Tally(positions: [.for, .for, .against, .abstention, .nonVoting])
        #expect(tally.voters == 4)
        #expect(tally.expressed == 3)
        #expect(tally.plurality == .for)
        tally.add(.against)
        #expect(tally.plurality == nil, "a tie for first place has no plurality")
        #expect(Tally().plurality == nil)
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

    @Test func mandateCoversItsPeriodInclusively() throws {
        let start = try #require(CalendarDate(iso: "2024-07-07"))
        let end = try #require(CalendarDate(iso: "2025-01-22"))
        let mandate = Mandate(uid: "PM1", deputyRef: "PA1", legislature: 17, bodyType: "ASSEMBLEE", bodyRefs: ["PO1"], startDate: start, endDate: end)
        #expect(mandate.covers(start))
        #expect(mandate.covers(end))
        #expect(!mandate.covers(try #require(CalendarDate(iso: "2025-01-23"))))
    }
}
