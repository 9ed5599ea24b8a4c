import HemicycleAnalytics
import HemicycleModel

/// Tiny hand-built ballots for the analytics tests.
enum Fixture {
    /// A day from a literal `yyyy-MM-dd` written in the test (never from outside data).
    static func day(_ text: String) -> CalendarDate {
        guard let date = CalendarDate(iso: text) else { preconditionFailure("bad literal date \(text)") }
        return date
    }

    /// One nominative vote in a fixture.
    struct V {
        var deputy: String
        var group: String
        var position: VotePosition
        var byProxy = false
        var cause: NonVotingCause? = nil
    }

    /// A ballot whose group and house counts are tallied from the listed votes, unless given.
    ///
    /// - members: group id → members (default: how many the ballot lists in the group).
    /// - majority: group id → published majority position (default: the group's line recounted from its counts, as a consistent file publishes it).
    static func record(
        _ number: Int, date: String = "2025-01-10", type: BallotType = .ordinary, votes: [V],
        members: [String: Int] = [:], majority: [String: VotePosition?] = [:], official: Tally? = nil,
        corrections: [Correction] = [], seats: Int = 577, legislature: Int = 17
    ) -> BallotRecord {
        let uid = "VTANR5L\(legislature)V\(number)"
        var groupOrder: [String] = []
        var tallies: [String: Tally] = [:]
        for v in votes {
            if tallies[v.group] == nil { groupOrder.append(v.group) }
            tallies[v.group, default: Tally()].add(v.position)
        }
        for g in members.keys.sorted() where tallies[g] == nil {
            groupOrder.append(g)
            tallies[g] = Tally()
        }
        let groups = groupOrder.enumerated().map { i, g in
            let t = tallies[g] ?? Tally()
            let listed = t.voters + t.nonVoting
            let line: VotePosition? = majority.keys.contains(g) ? (majority[g] ?? nil) : GroupLine.recount(t)
            return GroupVote(ballotUID: uid, groupRef: g, publishedGroupRef: g, order: i, members: members[g] ?? listed, majorityPosition: line, tally: t)
        }
        let house = official ?? Tally(positions: votes.map(\.position))
        let required = type == .censureMotion ? seats / 2 + 1 : house.expressed / 2 + 1
        let adopted = type == .censureMotion ? house.for >= required : house.for > house.against
        let ballot = Ballot(
            uid: uid, number: number, legislature: legislature, date: day(date), type: type, typeCode: type.rawValue,
            typeLabel: "", majorityRule: "", result: adopted ? .adopted : .rejected, resultLabel: "", title: "ballot \(number)",
            seats: seats, official: house, voters: house.voters, expressed: house.expressed, required: required)
        let list = votes.map {
            Vote(ballotUID: uid, deputyRef: $0.deputy, mandateRef: nil, groupRef: $0.group, position: $0.position,
                 byProxy: $0.byProxy, seat: nil, cause: $0.cause)
        }
        return BallotRecord(ballot: ballot, groups: groups, votes: list, corrections: corrections)
    }

    /// `n` votes at one position in one group, deputies named `prefix1…prefixN`.
    static func many(_ n: Int, _ prefix: String, _ group: String, _ position: VotePosition) -> [V] {
        (0..<n).map { V(deputy: "\(prefix)\($0 + 1)", group: group, position: position) }
    }
}
