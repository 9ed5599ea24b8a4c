import Foundation
import HemicycleModel
import HemicycleReport
import HemicycleTestSupport
import Testing

/// `update`'s report in English (its words unchanged) and French (no English left), on a summary
/// that has every part: dumps of each status, new and republished ballots with a change of every
/// kind, persons and groups, other records, a watch's matches.
@Suite struct UpdateSummaryDocumentTests {
    static let changes: [FieldChange] = [
        FieldChange(field: .title, before: .text("l'article 2"), after: .text("l'article 2 (rectifié)")),
        FieldChange(field: .result, before: .result(.rejected), after: .result(.adopted)),
        FieldChange(field: .voters, before: .number(1_250), after: .number(1_251)),
        FieldChange(field: .count(.official, .for), before: .number(86), after: .number(87)),
        FieldChange(field: .count(.group("PO1"), .nonVoting), before: .number(0), after: .number(1)),
        FieldChange(field: .groupListing(group: "PO2"), before: .notListed, after: .tally(Tally(for: 3, against: 1, abstentions: 1, nonVoting: 0))),
        FieldChange(field: .namedVotes, before: .listed(124), after: .listedChanges(listed: 125, added: 1, removed: 0, moved: 2)),
        FieldChange(field: .corrections, before: .number(0), after: .number(1)),
    ]

    static func summary(dryRun: Bool) -> UpdateSummary {
        let ballot = BallotHeadline(Fixtures.ballot(title: "la vidéoprotection algorithmique"))
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        var summary = UpdateSummary(
            source: "https://data.assemblee-nationale.fr", startedAt: now, finishedAt: now, dryRun: dryRun,
            dumps: [
                FetchedDump(legislature: 17, kind: .persons, location: "p.zip", status: .notModified, sha256: "ab", etag: nil, lastModified: nil, bytes: 0, fetchedAt: now),
                FetchedDump(legislature: 17, kind: .ballots, location: "s.zip", status: .imported, sha256: "cd", etag: nil, lastModified: nil, bytes: 12_345_678, fetchedAt: now),
                FetchedDump(legislature: 17, kind: .amendments, location: "a.zip", status: .sameContent, sha256: "ef", etag: nil, lastModified: nil, bytes: 10, fetchedAt: now),
            ],
            newBallots: [ballot], changedBallots: [BallotChange(ballot: ballot, changes: changes), BallotChange(ballot: ballot, changes: [])],
            persons: [RecordHeadline(uid: "PA1", name: "Marie Curie", added: true), RecordHeadline(uid: "PA2", name: "Jean Dupont", added: false)],
            groups: [RecordHeadline(uid: "PO3", name: "Écologiste et social", added: true)],
            otherBodiesChanged: 2, mandatesChanged: 3)
        summary.imported = ImportedRecords(records: [.init(.ballots, ChangeCounts(read: 2, added: 1, updated: 1, unchanged: 0))])
        summary.watchMatches = [WatchMatch(watch: Watch(name: "vsa", kind: .search, value: "vidéo"), ballots: [ballot])]
        return summary
    }

    @Test(arguments: [false, true]) func inFrenchNoEnglishIsLeft(dryRun: Bool) {
        let french = MarkdownRenderer().render(UpdateSummaryDocument.make(Self.summary(dryRun: dryRun), freshness: nil, language: .french))
        #expect(EnglishLabels.leftovers(in: french) == [], "\(french)")
        let space = NumberFormatting.narrowNoBreakSpace
        #expect(french.contains("Mise à jour depuis https://data.assemblee-nationale.fr"), "\(french)")
        #expect(french.contains("nouvelle copie, vérifiée et importée") && french.contains("12\(space)345\(space)678"), "\(french)")
        #expect(french.contains("total officiel pour 86 → 87\(space); groupe PO1 non-votants 0 → 1"), "\(french)")
        #expect(french.contains("résultat rejeté → adopté") && french.contains("votants 1\(space)250 → 1\(space)251"), "\(french)")
        #expect(french.contains("groupe PO2 absent de la liste → 3 pour, 1 contre, 1 abstention, 0 non-votant"), "\(french)")
        #expect(french.contains("votes nominatifs 124 nommés → 125 nommés\(space): 1 ajouté, 0 retiré, 2 de position changée"), "\(french)")
        #expect(french.contains(dryRun ? "2 personnes seraient ajoutées (1) ou modifiées (1)" : "2 personnes ont été ajoutées (1) ou modifiées (1)"), "\(french)")
        #expect(french.contains(dryRun ? "1 groupe politique serait ajouté (1) ou modifié (0)" : "1 groupe politique a été ajouté (1) ou modifié (0)"), "\(french)")
        #expect(french.contains("Veille vsa (recherche vidéo)\(space): 1 nouveau scrutin"), "\(french)")
        for change in Self.changes { #expect(!french.contains(change.field.description + " "), "\(change.field) left in English") }
    }

    /// The English document keeps the words it always had, which are the JSON's.
    @Test func inEnglishTheChangesAreTheJSONWords() throws {
        let english = MarkdownRenderer().render(UpdateSummaryDocument.make(Self.summary(dryRun: false), freshness: nil))
        #expect(english.contains("official for 86 → 87; group PO1 non-voting 0 → 1"), "\(english)")
        #expect(english.contains("group PO2 not listed → 3 for, 1 against, 1 abstentions, 0 non-voting"), "\(english)")
        #expect(english.contains("named votes 124 listed → 125 listed: 1 added, 0 removed, 2 with another position"), "\(english)")
        #expect(english.contains("2 persons were added (1) or changed (1):") && english.contains("Watch vsa (search vidéo): 1 new ballot"), "\(english)")
        let encoder = JSONEncoder()
        let json = String(decoding: try encoder.encode(Self.changes[3]), as: UTF8.self)
        #expect(json.contains(#""field":"official for""#) && json.contains(#""before":"86""#), "\(json)")
    }

    /// Every field's English words read back as the same field (the JSON round trip of `update --format json`).
    @Test func everyFieldReadsBackFromItsWords() {
        for change in Self.changes { #expect(ChangedField(english: change.field.description) == change.field, "\(change.field)") }
        for count in ChangedField.TallyCount.allCases {
            #expect(ChangedField(english: "group PO845401 \(count.rawValue)") == .count(.group("PO845401"), count))
        }
        #expect(ChangedField(english: "group of friends") == nil)
    }
}
