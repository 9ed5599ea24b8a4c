import GRDB
import HemicycleModel

/// Builds model values from rows of the schema in ``HemicycleSchema``. Kept in one place so
/// that every query decodes a table the same way.
enum RowDecoding {
    static func date(_ text: String?) -> CalendarDate? { text.flatMap { CalendarDate(iso: $0) } }

    /// The columns ``ballot(_:)`` reads, in its order: every query of ballots selects them first.
    static let ballotColumns = """
        uid, number, legislature, date, type, type_code, type_label, majority_rule, result, result_label, title,
        requested_by, sitting_ref, session_ref, body_ref, place, seats, official_for, official_against,
        official_abstentions, official_non_voting, official_voluntary_non_voting, voters, expressed, required
        """

    /// A ballot from a row that starts with ``ballotColumns``, a GRDB row or a raw scan's: read by
    /// position, since looking columns up by name (case-insensitively, per row) cost more than the
    /// rest of the analytics' ballot load.
    static func ballot(_ row: some PositionalColumns) -> Ballot {
        Ballot(
            uid: row.text(0), number: row.int(1), legislature: row.int(2), date: date(row.text(3)) ?? .placeholder,
            type: BallotType(rawValue: row.text(4)) ?? .other, typeCode: row.text(5), typeLabel: row.text(6),
            majorityRule: row.text(7), result: BallotResult(rawValue: row.text(8)) ?? .other, resultLabel: row.text(9),
            title: row.text(10), requestedBy: row.optionalText(11), sittingRef: row.optionalText(12),
            sessionRef: row.optionalText(13), bodyRef: row.optionalText(14), place: row.optionalText(15), seats: row.int(16),
            official: Tally(for: row.int(17), against: row.int(18), abstentions: row.int(19), nonVoting: row.int(20),
                            voluntaryNonVoting: row.int(21)),
            voters: row.int(22), expressed: row.int(23), required: row.int(24)
        )
    }

    static func groupVote(_ row: Row) -> GroupVote {
        GroupVote(
            ballotUID: row["ballot_uid"], groupRef: row["group_ref"], publishedGroupRef: row["published_group_ref"],
            order: row["ordinal"], members: row["members"],
            majorityPosition: (row["majority_position"] as String?).flatMap(VotePosition.init(rawValue:)),
            tally: Tally(for: row["n_for"], against: row["n_against"], abstentions: row["n_abstentions"],
                         nonVoting: row["n_non_voting"], voluntaryNonVoting: row["n_voluntary_non_voting"])
        )
    }

    static func vote(_ row: Row) -> Vote {
        let causeCode: String? = row["cause"]
        let cause = causeCode.flatMap(NonVotingCause.init(rawValue:))
        return Vote(
            ballotUID: row["ballot_uid"], deputyRef: row["deputy_ref"], mandateRef: row["mandate_ref"],
            groupRef: row["group_ref"], position: VotePosition(rawValue: row["position"]) ?? .nonVoting,
            byProxy: row["by_proxy"], seat: row["seat"], cause: cause, causeCode: cause == nil ? causeCode : nil,
            groupEntry: row["group_ordinal"]
        )
    }

    static func correction(_ row: Row) -> Correction {
        Correction(
            ballotUID: row["ballot_uid"], deputyRef: row["deputy_ref"], mandateRef: row["mandate_ref"],
            intendedPosition: VotePosition(rawValue: row["intended_position"]) ?? .nonVoting,
            voluntary: row["voluntary"], kind: Correction.Kind(rawValue: row["kind"]) ?? .statement, byProxy: row["by_proxy"]
        )
    }

    static func deputy(_ row: Row, contacts: [Contact] = []) -> Deputy {
        Deputy(
            uid: row["uid"], civility: row["civility"], firstName: row["first_name"], lastName: row["last_name"],
            sortName: row["sort_name"], birthDate: date(row["birth_date"]), birthPlace: row["birth_place"],
            deathDate: date(row["death_date"]), profession: row["profession"], hatvpURL: row["hatvp_url"], contacts: contacts
        )
    }

    static func body(_ row: Row) -> Body {
        Body(
            uid: row["uid"], typeCode: row["type_code"], name: row["name"], shortName: row["short_name"],
            abbreviation: row["abbreviation"], startDate: date(row["start_date"]), endDate: date(row["end_date"]),
            legislature: row["legislature"], color: row["color"], parentRef: row["parent_ref"]
        )
    }

    static func mandate(_ row: Row) -> Mandate {
        let refs: String = row["body_refs"]
        let hasElection = (row["department_code"] as String?) != nil || (row["constituency"] as Int?) != nil
            || (row["election_cause"] as String?) != nil
        return Mandate(
            uid: row["uid"], deputyRef: row["deputy_ref"], legislature: row["legislature"], bodyType: row["body_type"],
            bodyRefs: refs.split(separator: " ").map(String.init), startDate: date(row["start_date"]),
            endDate: date(row["end_date"]), quality: row["quality"],
            election: hasElection ? Election(region: row["region"], department: row["department"],
                                             departmentCode: row["department_code"], constituency: row["constituency"],
                                             cause: row["election_cause"]) : nil,
            endCause: row["end_cause"]
        )
    }

    static func source(_ row: Row) -> SourceReference {
        SourceReference(dump: row["dump_path"] ?? "", entry: row["entry"], dumpSHA256: row["dump_sha256"] ?? "", entrySHA256: row["entry_sha256"])
    }
}

/// Column values by position (from 0), whichever way the row was read: "" and 0 for NULL, as
/// the schema never stores NULL where these are used.
protocol PositionalColumns {
    func text(_ i: Int32) -> String
    func optionalText(_ i: Int32) -> String?
    func int(_ i: Int32) -> Int
}

extension RawRow: PositionalColumns {}

extension Row: PositionalColumns {
    func text(_ i: Int32) -> String { optionalText(i) ?? "" }
    func optionalText(_ i: Int32) -> String? { self[Int(i)] }
    func int(_ i: Int32) -> Int { (self[Int(i)] as Int?) ?? 0 }
}
