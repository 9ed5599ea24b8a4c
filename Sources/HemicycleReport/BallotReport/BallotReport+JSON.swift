import HemicycleAnalytics
import HemicycleModel

extension BallotReport {
    /// The JSON form of a ballot report. Keys are English snake_case and stable: scripts rely on them.
    public struct JSONPayload: Encodable, Sendable {
        public struct Group: Encodable, Sendable {
            let id: String
            let abbreviation: String
            let name: String
            let members: Int
            let `for`: Int
            let against: Int
            let abstentions: Int
            let non_voters: Int
            let absent: Int
            /// The group's line recounted from its counts (null when no member voted).
            let majority_position: String?
            /// `positionMajoritaire` as the Assemblée publishes it.
            let published_majority_position: String?
        }
        public struct VoteEntry: Encodable, Sendable {
            let deputy_id: String
            let name: String
            let group_id: String
            let group: String
            let position: String
            let by_proxy: Bool
            let cause: String?
        }
        public struct CorrectionEntry: Encodable, Sendable {
            let deputy_id: String
            let name: String
            let recorded_position: String?
            let intended_position: String
            let kind: String
        }
        /// A published count that the file recounts otherwise (see ``HemicycleModel/BallotDiscrepancy``).
        public struct Discrepancy: Encodable, Sendable {
            /// The group entry's id as published, null for the ballot's total.
            let group_id: String?
            /// `for`, `against`, `abstention`, `non_voting`, `voters` or `expressed`.
            let count: String
            let published: Int
            let recounted: Int
            /// What the recount is from: `names`, `groups` or `positions`.
            let basis: String
        }
        public struct Source: Encodable, Sendable {
            let dump: String
            let entry: String
            let dump_sha256: String
            let entry_sha256: String
            let official_url: String
        }
        let uid: String
        let number: Int
        let legislature: Int
        let date: String
        let title: String
        let type: String
        let type_code: String
        let result: String
        let requested_by: String?
        let seats: Int
        let voters: Int
        let expressed: Int
        let required: Int
        let `for`: Int
        let against: Int
        let abstentions: Int
        let non_voters: Int
        /// Voters over seats, in 0…1 (null without seats).
        let turnout: Double?
        let groups: [Group]
        let votes: [VoteEntry]
        let corrections: [CorrectionEntry]
        let discrepancies: [Discrepancy]
        let source: Source
    }

    /// The payload for `--format json`.
    public var jsonPayload: JSONPayload {
        let b = ballot
        return JSONPayload(
            uid: b.uid, number: b.number, legislature: b.legislature, date: b.date.description, title: b.title,
            type: b.type.keyword, type_code: b.typeCode, result: b.result.rawValue, requested_by: b.requestedBy,
            seats: b.seats, voters: b.voters, expressed: b.expressed, required: b.required, for: b.official.for,
            against: b.official.against, abstentions: b.official.abstentions, non_voters: b.official.nonVoting,
            turnout: JSONNumber.round(BallotTurnout(b).rate.value),
            groups: groups.map {
                .init(id: $0.id, abbreviation: $0.abbreviation, name: $0.name, members: $0.members, for: $0.tally.for,
                      against: $0.tally.against, abstentions: $0.tally.abstentions, non_voters: $0.tally.nonVoting,
                      absent: $0.absent, majority_position: $0.line?.rawValue,
                      published_majority_position: $0.publishedLine?.rawValue)
            },
            votes: votes.map {
                .init(deputy_id: $0.deputyID, name: $0.name, group_id: $0.groupID, group: $0.groupAbbreviation,
                      position: $0.position.rawValue, by_proxy: $0.byProxy, cause: $0.cause)
            },
            corrections: corrections.map {
                .init(deputy_id: $0.deputyID, name: $0.name, recorded_position: $0.recorded?.rawValue,
                      intended_position: $0.intended.rawValue, kind: $0.kind.rawValue)
            },
            discrepancies: discrepancies.map { d in
                let count: String
                switch d.count {
                case .position(let position): count = position.rawValue
                case .voters: count = "voters"
                case .expressed: count = "expressed"
                }
                return .init(group_id: d.groupRef, count: count, published: d.published, recounted: d.recounted, basis: d.basis.rawValue)
            },
            source: .init(dump: source.dump, entry: source.entry, dump_sha256: source.dumpSHA256,
                          entry_sha256: source.entrySHA256, official_url: officialURL)
        )
    }
}
