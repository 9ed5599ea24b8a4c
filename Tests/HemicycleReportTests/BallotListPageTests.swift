import Foundation
import HemicycleModel
import HemicycleTestSupport
import Testing
@testable import HemicycleReport

/// A small hand-made ballot report: 2 groups, 3 named votes (one by proxy, one non-voting with
/// a cause), and a dump path with folders.
private func sampleReport(number: Int = 773) -> BallotReport {
    guard let day = CalendarDate(year: 2025, month: 2, day: 11) else { fatalError("valid day") }
    let uid = "VTANR5L17V\(number)"
    let ballot = Ballot(
        uid: uid, number: number, legislature: 17, date: day, type: .ordinary, typeCode: "SPO", typeLabel: "scrutin public ordinaire",
        majorityRule: "majorité absolue des suffrages exprimés", result: .adopted, resultLabel: "adopté", title: "Title \(number) & co",
        official: Tally(for: 2, against: 1, abstentions: 0, nonVoting: 1), voters: 3, expressed: 3, required: 2)
    let record = BallotRecord(
        ballot: ballot,
        groups: [
            GroupVote(ballotUID: uid, groupRef: "PO1", publishedGroupRef: "PO1", order: 0, members: 10, majorityPosition: .for, tally: Tally(for: 2, against: 0, abstentions: 0, nonVoting: 1)),
            GroupVote(ballotUID: uid, groupRef: "PO2", publishedGroupRef: "PO2", order: 1, members: 5, majorityPosition: .against, tally: Tally(for: 0, against: 1, abstentions: 0, nonVoting: 0)),
        ],
        votes: [
            Vote(ballotUID: uid, deputyRef: "PA2", mandateRef: nil, groupRef: "PO1", position: .for, byProxy: true, seat: nil),
            Vote(ballotUID: uid, deputyRef: "PA1", mandateRef: nil, groupRef: "PO1", position: .for, byProxy: false, seat: nil),
            Vote(ballotUID: uid, deputyRef: "PA3", mandateRef: nil, groupRef: "PO2", position: .against, byProxy: false, seat: nil),
            Vote(ballotUID: uid, deputyRef: "PA4", mandateRef: nil, groupRef: "PO1", position: .nonVoting, byProxy: false, seat: nil, causeCode: "PAN"),
        ],
        corrections: [])
    let bodies = [
        "PO1": Body(uid: "PO1", typeCode: "GP", name: "Groupe un", abbreviation: "G1", color: "#123456"),
        "PO2": Body(uid: "PO2", typeCode: "GP", name: "Groupe deux", abbreviation: "G2"),
    ]
    let deputies = [
        "PA1": Deputy(uid: "PA1", firstName: "Anne", lastName: "Aubry"),
        "PA2": Deputy(uid: "PA2", firstName: "Bruno", lastName: "Bayle"),
        "PA3": Deputy(uid: "PA3", firstName: "Chloé", lastName: "Cros"),
        "PA4": Deputy(uid: "PA4", firstName: "Denis", lastName: "Dumas"),
    ]
    return BallotReport(record: record, groups: bodies, deputies: deputies,
                        source: SourceReference(dump: "/some/machine/path/Scrutins_XVII.json.zip", entry: "json/\(uid).json", dumpSHA256: "d", entrySHA256: "e"))
}

@Suite("Sections of ballot reports")
struct BallotSectionsTests {
    @Test func namesAreGroupedByGroupWithProxiesMarked() throws {
        let table = BallotSectionsDocument.namesTable(sampleReport(), position: .for)
        #expect(table.title == "Ballot n° 773 — for (2)")
        #expect(table.rows == [["G1", "2", "Anne Aubry, Bruno Bayle (proxy)"]])
        let nonVoting = BallotSectionsDocument.namesTable(sampleReport(), position: .nonVoting)
        #expect(nonVoting.rows.count == 1)
        #expect(nonVoting.rows.first?.first == "G1")
        let abstention = BallotSectionsDocument.namesTable(sampleReport(), position: .abstention)
        #expect(abstention.rows.isEmpty)
        #expect(abstention.footnote == "Nobody.")
    }

    @Test func summaryHasOneRowPerBallotAndSourceNamesTheFileOnly() {
        let reports = [sampleReport(number: 773), sampleReport(number: 774)]
        let document = BallotSectionsDocument.document(reports, sections: [.summary, .source])
        let summary = document.tables.first
        #expect(summary?.rows.map(\.first) == ["773", "774"])
        // 3 voters of 577 seats: 0.5 %.
        #expect(summary?.rows.first?[5] == "0.5 %")
        let markdown = MarkdownRenderer().render(document)
        #expect(markdown.contains("**Open-data file:** Scrutins_XVII.json.zip"))
        #expect(!markdown.contains("/some/machine/path"))
    }
}

@Suite("Page of several ballots")
struct BallotListPageTests {
    @Test func indexLinksToPrefixedSections() {
        let inputs = [Fixtures.pageInput, sampleReport(number: 774).pageInput]
        let html = BallotListPage(inputs: inputs, title: "Two & more").html()
        #expect(html.contains("<title>Two &amp; more</title>"))
        #expect(html.contains("<a href=\"#b773\">773</a>"))
        #expect(html.contains("<article class=\"ballot\" id=\"b774\">"))
        #expect(html.contains("<section id=\"b773-groups\">"))
        #expect(html.contains("<section id=\"b774-hemicycle\">"))
        #expect(!html.contains("<section id=\"groups\">"), "no unprefixed id left")
        // Exactly one <html> and one <main>: the ballots' pages are nested by their content only.
        #expect(Fixtures.count("<html", in: html) == 1)
        #expect(Fixtures.count("<main>", in: html) == 1)
        // Every id is unique on the page.
        let ids = html.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count)
        // Fixture 773 has 572 group seats + 5 vacant = 577 discs; sample 774 has 15 seats + 562 vacant.
        #expect(Fixtures.count("<circle class=\"seat ", in: html) == 2 * 577)
    }

    @Test func hostileTextIsEscapedInTheIndex() {
        let html = BallotListPage(inputs: [Fixtures.pageInput]).html()
        #expect(!html.contains("<script"))
        #expect(html.contains("<a href=\"#b773\">\(Fixtures.hostileEscaped)</a>"))
    }

    @Test func anchorsNameTheLegislatureWhenMixed() {
        var other = Fixtures.pageInput
        other.ballot.legislature = 16
        let page = BallotListPage(inputs: [Fixtures.pageInput, other])
        #expect(page.anchor(of: other) == "b16-773")
        #expect(page.anchor(of: Fixtures.pageInput) == "b17-773")
    }
}
