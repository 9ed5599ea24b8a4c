import Foundation
import HemicycleImport
import HemicycleModel
import HemicycleTestSupport
import Testing

@Suite("Real ballots of the 17th legislature", .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct RealBallotsTests {
    /// Reads every ballot once, checking on the way that each one's groups and named votes add up
    /// to its official totals; returns the ballots whose non-voters do not, with the reason.
    static let reading: (ballots: [String: BallotRecord], mismatches: [String: String]) = {
        var ballots: [String: BallotRecord] = [:]
        var mismatches: [String: String] = [:]
        let path = SharedData.url("an/Scrutins_XVII.json.zip").path
        do {
            try ANDumpReader(path: path).read { record in
                guard case .ballot(let ballot, _) = record else { return }
                ballots[ballot.ballot.uid] = ballot
                var groups = Tally()
                for g in ballot.groups {
                    for p in VotePosition.allCases { groups[p] += g.tally[p] }
                }
                let named = Tally(positions: ballot.votes.map(\.position))
                var reasons: [String] = []
                for p in VotePosition.allCases {
                    if groups[p] != ballot.ballot.official[p] { reasons.append("groups \(p.label) \(groups[p]) vs official \(ballot.ballot.official[p])") }
                    if named[p] != ballot.ballot.official[p] { reasons.append("named \(p.label) \(named[p]) vs official \(ballot.ballot.official[p])") }
                }
                if !reasons.isEmpty { mismatches[ballot.ballot.uid] = reasons.joined(separator: "; ") }
            }
        } catch {
            Issue.record("reading \(path) failed: \(error)")
        }
        return (ballots, mismatches)
    }()

    @Test func everyBallotIsRead() {
        #expect(Self.reading.ballots.count == 3876)
        let numbers = Set(Self.reading.ballots.values.map(\.ballot.number))
        #expect(numbers == Set(1...3876))
        let votes = Self.reading.ballots.values.reduce(0) { $0 + $1.votes.count }
        #expect(votes == 649_410)
        let proxies = Self.reading.ballots.values.reduce(0) { $0 + $1.votes.filter(\.byProxy).count }
        #expect(proxies == 86_191)
        let types = Dictionary(grouping: Self.reading.ballots.values, by: \.ballot.type).mapValues(\.count)
        #expect(types == [.ordinary: 3833, .solemn: 31, .censureMotion: 12])
    }

    @Test func ballot773HasTheOfficialFigures() throws {
        let record = try #require(Self.reading.ballots["VTANR5L17V773"])
        #expect(record.ballot.voters == 125)
        #expect(record.ballot.official.for == 86)
        #expect(record.ballot.official.against == 37)
        #expect(record.ballot.official.abstentions == 2)
        #expect(record.ballot.date.description == "2025-02-11")
        #expect(record.ballot.result == .adopted)
        let presiding = record.votes.filter { $0.cause?.isPresiding == true }.map(\.deputyRef).sorted()
        #expect(presiding == ["PA721908", "PA795310"], "Braun-Pivet (PAN) and Guetté (PSE)")
    }

    /// The published per-group and per-deputy records add up to the official totals on every
    /// ballot but one: ballot 1 (a motion of censure) publishes 10 non-voters and names 21.
    @Test func groupsAndNamedVotesAddUpToOfficialTotals() {
        let mismatches = Self.reading.mismatches
        for (uid, reason) in mismatches.sorted(by: { $0.key < $1.key }) where uid != "VTANR5L17V1" {
            Issue.record("\(uid): \(reason)")
        }
        #expect(mismatches["VTANR5L17V1"] == "groups non-voting 21 vs official 10; named non-voting 21 vs official 10")
        #expect(mismatches.count == 1)
    }

    @Test func bogusGroupBallotsAreTheTwelveOfDecember2024() {
        let bogus = Self.reading.ballots.values.filter { $0.groups.contains { $0.publishedGroupRef == "PO0" } }.map(\.ballot.number).sorted()
        #expect(bogus == [489] + Array(491...501))
    }

    @Test func correctionsAreKeptApartFromVotes() {
        let withCorrections = Self.reading.ballots.values.filter { !$0.corrections.isEmpty }.count
        #expect(withCorrections == 804)
    }
}

/// The fingerprints the reader computes for the persons, bodies and mandates of the shipped dump
/// (``ContentHash``, by hand-written canonical JSON) are those `JSONEncoder` gives, which every
/// stored `content_hash` was computed with: a re-import after an upgrade changes nothing.
@Suite("Content hashes of the shipped persons, bodies and mandates")
struct ShippedContentHashTests {
    @Test func readerFingerprintsEqualTheEncoders() throws {
        let path = SharedData.projectRoot.appendingPathComponent("datasets/AMO_acteurs_organes_mandats_XVII.json.zip").path
        var counts = (deputies: 0, bodies: 0, mandates: 0), differing: [String] = []
        func check(_ uid: String, _ hash: String, _ value: some Encodable) throws {
            let expected = try encoderFingerprint(value)
            if hash != expected, differing.count < 10 { differing.append("\(uid): \(hash) vs \(expected)") }
        }
        try ANDumpReader(path: path).read { record in
            switch record {
            case .deputy(let deputy, _, let hash): counts.deputies += 1; try check(deputy.uid, hash, deputy)
            case .body(let body, _, let hash): counts.bodies += 1; try check(body.uid, hash, body)
            case .mandate(let mandate, _, let hash): counts.mandates += 1; try check(mandate.uid, hash, mandate)
            case .ballot: break
            }
        }
        #expect(differing.isEmpty, "\(differing)")
        #expect(counts.deputies > 500 && counts.bodies > 5_000 && counts.mandates > 30_000, "\(counts)")
    }
}

/// The fingerprint through `JSONEncoder` (`.sortedKeys`): the generic overload of ``ContentHash``.
private func encoderFingerprint<T: Encodable>(_ value: T) throws -> String {
    try ContentHash.of(value)
}
