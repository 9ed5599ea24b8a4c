import Foundation
import HemicycleImport
import HemicycleModel
import HemicycleTestSupport
import Testing

/// Reads one fixture file and returns its records.
func readRecords(_ fixture: String) throws -> ([ANRecord], ANDumpReader.Summary) {
    var records: [ANRecord] = []
    let summary = try ANDumpReader(path: SharedData.fixture(fixture).path).read { records.append($0) }
    return (records, summary)
}

@Suite("Assemblée nationale JSON quirks")
struct ANQuirksTests {
    @Test func ballotWithEveryQuirkDecodes() throws {
        let (records, summary) = try readRecords("an/scrutin-quirks.json")
        guard case .ballot(let record, let source) = try #require(records.first) else {
            Issue.record("expected a ballot")
            return
        }
        let b = record.ballot
        #expect(b.uid == "VTANR5L99V7")
        #expect(b.number == 7, "\"007\" is the number 7")
        #expect(b.legislature == 99)
        #expect(b.official == Tally(for: 2, against: 1, abstentions: 1, nonVoting: 1))
        #expect(b.voters == 4 && b.expressed == 3 && b.required == 2)
        #expect(b.requestedBy == "Président du groupe \"A\"")
        #expect(b.type == .ordinary && b.result == .adopted)
        #expect(record.groups.map(\.groupRef) == ["POA", "POB"])
        #expect(record.groups[1].majorityPosition == .against)
        // A bare object stands for a one-element list; null for an empty one.
        #expect(record.votes.count == 5)
        let byDeputy = Dictionary(uniqueKeysWithValues: record.votes.map { ($0.deputyRef, $0) })
        #expect(byDeputy["PA1"]?.seat == 52, "\"052\" is seat 52")
        #expect(byDeputy["PA2"]?.byProxy == true, "\"true\" is a proxy vote (par délégation)")
        #expect(byDeputy["PA3"]?.position == .nonVoting)
        #expect(byDeputy["PA3"]?.cause == .presidingSitting)
        #expect(byDeputy["PA4"]?.mandateRef == nil, "JSON null is nil")
        #expect(byDeputy["PA4"]?.groupRef == "POB", "the group is the one the ballot lists the deputy under")
        #expect(byDeputy["PA999"]?.position == .abstention, "a deputy unknown elsewhere keeps their vote")
        // Corrections: [null, {...}] lists and the malfunction block.
        #expect(record.corrections.count == 2)
        #expect(record.corrections.contains { $0.deputyRef == "PA4" && $0.intendedPosition == .abstention && $0.kind == .statement })
        #expect(record.corrections.contains { $0.deputyRef == "PA5" && $0.intendedPosition == .for && $0.kind == .malfunction })
        #expect(source.entry == "scrutin-quirks.json")
        #expect(source.entrySHA256.count == 64)
        #expect(summary.warnings.isEmpty)
    }

    @Test func personWithTextIdentifierNilObjectAndBareLists() throws {
        let (records, _) = try readRecords("an/acteur-quirks.json")
        var deputy: Deputy?
        var mandates: [Mandate] = []
        for record in records {
            switch record {
            case .deputy(let d, _, _): deputy = d
            case .mandate(let m, _, _): mandates.append(m)
            default: break
            }
        }
        let d = try #require(deputy)
        #expect(d.uid == "PA1", "the id is read from #text")
        #expect(d.fullName == "Élise Dupré")
        #expect(d.deathDate == nil, "{\"@xsi:nil\": \"true\"} is nil")
        #expect(d.hatvpURL == nil)
        #expect(d.contacts == [Contact(kind: "Mèl", value: "elise.dupre@assemblee-nationale.fr")])
        #expect(mandates.map(\.uid) == ["PM10"], "a mandate embedded as a bare object is delivered")
        #expect(mandates.first?.bodyRefs == ["POA"])
    }

    @Test func bodyAndMandateFiles() throws {
        let (bodies, _) = try readRecords("an/organe-group.json")
        guard case .body(let body, _, _) = try #require(bodies.first) else { Issue.record("expected a body"); return }
        #expect(body.isPoliticalGroup && body.label == "A" && body.color == "#313567")
        let (mandates, _) = try readRecords("an/mandat-seat.json")
        guard case .mandate(let mandate, _, _) = try #require(mandates.first) else { Issue.record("expected a mandate"); return }
        #expect(mandate.election?.departmentCode == "78")
        #expect(mandate.election?.constituency == 5)
        #expect(mandate.endDate == nil)
    }

    @Test func bogusGroupIsKeptForTheStoreToRecover() throws {
        let (records, summary) = try readRecords("an/scrutin-po0.json")
        guard case .ballot(let record, _) = try #require(records.first) else { Issue.record("expected a ballot"); return }
        #expect(record.groups.allSatisfy { $0.publishedGroupRef == "PO0" })
        #expect(record.votes.map(\.groupEntry).contains(1), "votes remember which group entry listed them")
        #expect(summary.warnings.contains { if case .groupsPublishedAsPlaceholder(_, "PO0", _) = $0 { true } else { false } })
    }

    /// The Assemblée's file disagrees with itself (as in ballots 1927, 1929, 1930 and 1948 of the
    /// 16th legislature): both figures are official, so the ballot is kept as published and the
    /// recount is stated beside it.
    @Test func aGroupCountThatDiffersFromItsNamesIsKeptWithTheRecount() throws {
        let (records, summary) = try readRecords("an/scrutin-group-discrepancy.json")
        guard case .ballot(let record, _) = try #require(records.first) else { Issue.record("expected a ballot"); return }
        #expect(record.ballot.official.for == 2, "the published total is kept")
        #expect(record.groups[0].tally.for == 2, "the group's published count is kept")
        #expect(record.votes.filter { $0.position == .for }.map(\.deputyRef) == ["PA1"], "every named vote is kept")
        #expect(record.namedTally.for == 1)
        let discrepancies = record.discrepancies
        #expect(discrepancies == [
            BallotDiscrepancy(groupRef: nil, groupEntry: nil, count: .position(.for), published: 2, recounted: 1, basis: .names),
            BallotDiscrepancy(groupRef: "POA", groupEntry: 0, count: .position(.for), published: 2, recounted: 1, basis: .names),
        ])
        #expect(discrepancies[1].description() == "group POA publishes 2 for but names 1")
        #expect(discrepancies[1].difference == -1)
        #expect(summary.discrepancies == [ANDumpReader.DiscrepantBallot(uid: "VTANR5L99V8", number: 8, legislature: 99, discrepancies: discrepancies)])
    }

    /// `--count named` reads the record recounted from its names: house and group counts follow
    /// the names, the result and the members stay as published.
    @Test func aRecordRecountedFromItsNames() throws {
        let (records, _) = try readRecords("an/scrutin-group-discrepancy.json")
        guard case .ballot(let record, _) = try #require(records.first) else { Issue.record("expected a ballot"); return }
        let recounted = record.recountedFromNames()
        #expect(recounted.ballot.official == Tally(for: 1, against: 1, abstentions: 1, nonVoting: 1))
        #expect(recounted.ballot.voters == 3 && recounted.ballot.expressed == 2)
        #expect(recounted.groups[0].tally.for == 1 && recounted.groups[0].members == record.groups[0].members)
        #expect(recounted.ballot.result == record.ballot.result, "the result is the Assemblée's decision")
        #expect(recounted.discrepancies.allSatisfy { $0.basis != .names }, "nothing left to recount from the names")
        #expect(record.recountedFromNames().votes == record.votes)
    }

    @Test func aTotalThatDiffersFromItsPositionsIsKeptWithTheRecount() throws {
        let (records, summary) = try readRecords("an/scrutin-total-discrepancy.json")
        guard case .ballot(let record, _) = try #require(records.first) else { Issue.record("expected a ballot"); return }
        #expect(record.ballot.voters == 5, "the published number of voters is kept")
        #expect(record.discrepancies == [
            BallotDiscrepancy(groupRef: nil, groupEntry: nil, count: .voters, published: 5, recounted: 4, basis: .positions),
        ])
        #expect(record.discrepancies[0].description() == "the total publishes 5 voters but its position counts add up to 4")
        #expect(summary.discrepancies.map(\.uid) == ["VTANR5L99V9"])
    }

    @Test func aFileThatAgreesWithItselfHasNoDiscrepancy() throws {
        let (records, summary) = try readRecords("an/scrutin-quirks.json")
        guard case .ballot(let record, _) = try #require(records.first) else { Issue.record("expected a ballot"); return }
        #expect(record.discrepancies.isEmpty)
        #expect(summary.discrepancies.isEmpty)
    }

    /// What cannot be an official count is refused, naming the file, the entry and the fault: a
    /// count beyond the 577 seats (which would also overflow the sums), a group of 100 million.
    @Test func countsBeyondTheSeatsAreRefused() throws {
        #expect {
            try readRecords("an/scrutin-implausible-count.json")
        } throws: { error in
            guard let error = error as? ImportError, case .implausibleCount(_, let entry, let uid, let reason) = error else { return false }
            return entry == "scrutin-implausible-count.json" && uid == "VTANR5L99V11"
                && reason.contains("the total for count is 9223372036854775807") && reason.contains("577")
        }
        #expect {
            try readRecords("an/scrutin-implausible-members.json")
        } throws: { error in
            guard let error = error as? ImportError, case .implausibleCount(_, _, let uid, let reason) = error else { return false }
            return uid == "VTANR5L99V12" && reason.contains("group POA's number of members is 100000000")
        }
    }

    @Test func moreDeputiesNamedThanSeatsAreRefused() throws {
        let fixture = try String(contentsOf: SharedData.fixture("an/scrutin-quirks.json"), encoding: .utf8)
        let votant = #"{"acteurRef": "PAX", "mandatRef": null, "parDelegation": "false", "numPlace": "001"}"#
        let many = (0..<578).map { votant.replacingOccurrences(of: "PAX", with: "PA\($0 + 10_000)") }.joined(separator: ", ")
        // The first group's empty list of "contre" votes gets 578 names.
        let empty = try #require(fixture.range(of: #""contres": null"#))
        let crowded = fixture.replacingCharacters(in: empty, with: #""contres": {"votant": [\#(many)]}"#)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hemicycle-crowded-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("scrutin-crowded.json")
        try Data(crowded.utf8).write(to: file)
        #expect {
            try ANDumpReader(path: file.path).read { _ in }
        } throws: { error in
            guard let error = error as? ImportError, case .implausibleCount(_, _, _, let reason) = error else { return false }
            return reason.contains("deputies are named, more than the 577 seats")
        }
    }

    @Test func malformedNumberNamesTheRecordAndThePath() throws {
        #expect {
            try readRecords("an/scrutin-bad-number.json")
        } throws: { error in
            guard let error = error as? ImportError, case .invalidRecord(_, _, let uid, let path, let reason) = error else { return false }
            return uid == "VTANR5L99V10" && path == "scrutin.syntheseVote.decompte.pour" && reason.contains("deux")
        }
    }

    @Test func truncatedJSONIsAnInvalidJSONError() throws {
        #expect {
            try readRecords("an/scrutin-truncated.json")
        } throws: { error in
            guard let error = error as? ImportError, case .invalidJSON(let path, _, _) = error else { return false }
            return path.hasSuffix("scrutin-truncated.json") && error.description.contains("invalid JSON")
        }
    }

    @Test func corruptZipIsReportedNotCrashed() throws {
        #expect {
            try readRecords("an/corrupt.json.zip")
        } throws: { error in
            guard let error = error as? ImportError, case .corruptArchive = error else { return false }
            return error.description.contains("corrupt.json.zip")
        }
    }

    @Test func missingFileIsReported() throws {
        #expect(throws: ImportError.missingFile(path: "/nonexistent/dump.zip")) {
            try ANDumpReader(path: "/nonexistent/dump.zip")
        }
    }

    @Test func sniffingReadsTheRootMember() {
        #expect(ANDocumentKind.sniff(Array(#"  {"scrutin": {}}"#.utf8)) == "scrutin")
        #expect(ANDocumentKind.sniff(Array("\u{FEFF}{\"acteur\":1}".utf8)) == "acteur")
        #expect(ANDocumentKind.sniff(Array("[1,2]".utf8)) == nil)
    }
}
