import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HemicycleModel
import HemicycleReport
import HemicycleStore
import HemicycleTestSupport
import HemicycleUpdate
import Testing

/// Watches: the new ballots of an update that each matches, and their Atom feed.
@Suite("Watches and feeds", .serialized)
struct WatchTests {
    @Test func updateListsTheNewBallotsEachWatchMatches() async throws {
        let server = FixtureServer()
        try server.start()
        defer { server.stop() }
        let (database, updater, _) = try await FixtureDumps.seeded(server)

        try database.addWatch(Watch(name: "jo", kind: .search, value: "JEUX olympiques"))
        try database.addWatch(Watch(name: "list", kind: .ballots, value: "99:8 99:10 99:11"))
        try database.addWatch(Watch(name: "nobody", kind: .deputy, value: "PA404"))
        try database.addWatch(Watch(name: "voter", kind: .deputy, value: "PA1"))
        #expect(throws: StoreError.self) { try database.addWatch(Watch(name: "jo", kind: .search, value: "x")) }
        #expect(try database.watches().map(\.name) == ["jo", "list", "nobody", "voter"])

        server.serve(try FixtureDumps.today(), at: FixtureDumps.path)
        let summary = try await updater.run()
        let matches = Dictionary(uniqueKeysWithValues: summary.watchMatches.map { ($0.watch.name, $0.ballots.map(\.number)) })
        // Ballot 8 is listed but republished, not new; 11 is not published yet; PA404 votes nowhere.
        #expect(matches == ["jo": [9], "list": [10], "voter": [9, 10]])

        #expect(try database.removeWatch(named: "list"))
        #expect(try !database.removeWatch(named: "list"))
    }

    /// The feed of a watch is valid Atom: parsed back, it has the feed's id and one entry per
    /// ballot, newest first, with escaped titles.
    @Test func atomFeedParsesBack() throws {
        var ballot = Ballot(uid: "VTANR5L17V4813", number: 4813, legislature: 17, date: CalendarDate(iso: "2025-12-17")!, type: .ordinary,
                            typeCode: "SPO", typeLabel: "scrutin public ordinaire", majorityRule: "", result: .adopted, resultLabel: "",
                            title: "l'article 35 <VSA> & \"jeux Olympiques\"", seats: 577,
                            official: Tally(for: 64, against: 39, abstentions: 2), voters: 105, expressed: 103, required: 52)
        var older = ballot
        older.uid = "VTANR5L17V4800"
        older.number = 4800
        ballot.requestedBy = nil
        let xml = AtomFeed.make(title: "Hemicycle: jo", id: "urn:hemicycle:watch:jo", updated: Date(timeIntervalSince1970: 0), ballots: [ballot, older])
        let parsed = try AtomParse(Data(xml.utf8))
        #expect(parsed.feedID == "urn:hemicycle:watch:jo")
        #expect(parsed.entryIDs == ["urn:hemicycle:ballot:VTANR5L17V4813", "urn:hemicycle:ballot:VTANR5L17V4800"])
        #expect(parsed.entryTitles.first == "17:4813 — l'article 35 <VSA> & \"jeux Olympiques\"")
        #expect(parsed.updated.first == "2025-12-17T00:00:00Z")
        #expect(parsed.links.first == "https://www.assemblee-nationale.fr/dyn/17/scrutins/4813")
    }
}

/// The few Atom elements the test reads, with XMLParser (a parse error fails the test).
final class AtomParse: NSObject, XMLParserDelegate {
    var feedID = ""
    var entryIDs: [String] = []
    var entryTitles: [String] = []
    var updated: [String] = []
    var links: [String] = []
    private var path: [String] = []
    private var text = ""

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        #expect(path.isEmpty)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        #expect(namespaceURI == "http://www.w3.org/2005/Atom")
        path.append(name)
        text = ""
        if name == "link", let href = attributes["href"] { links.append(href) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let inEntry = path.contains("entry")
        switch (name, inEntry) {
        case ("id", false): feedID = text
        case ("id", true): entryIDs.append(text)
        case ("title", true): entryTitles.append(text)
        case ("updated", true): updated.append(text)
        default: break
        }
        path.removeLast()
        text = ""
    }
}
