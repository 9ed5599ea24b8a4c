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

    /// The columns of ``ballotColumns`` (by position) whose values repeat from ballot to ballot:
    /// type, labels, majority rule, result, requester, sitting, session, body and place. A scan of
    /// many ballots reads them through ``RepeatedTexts``.
    static let ballotRepeatingColumns: [Int32] = [4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15]

    /// The ballots of `sql`, a query selecting ``ballotColumns`` first, in its order; the
    /// repeating columns (``ballotRepeatingColumns``) read through one ``RepeatedTexts``.
    static func ballots(_ db: Database, sql: String, arguments: StatementArguments) throws -> [Ballot] {
        var ballots: [Ballot] = []
        let repeated = RepeatedTexts(columns: ballotRepeatingColumns)
        try db.scanRaw(sql: sql, arguments: arguments) { ballots.append(ballot(repeated.reading($0))) }
        return ballots
    }

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

    /// The columns ``groupVote(_:)`` reads, in its order.
    static let groupVoteColumns = """
        ballot_uid, group_ref, published_group_ref, ordinal, members, majority_position,
        n_for, n_against, n_abstentions, n_non_voting, n_voluntary_non_voting
        """

    /// A group's entry from a row that starts with ``groupVoteColumns``.
    static func groupVote(_ row: some PositionalColumns) -> GroupVote {
        GroupVote(
            ballotUID: row.text(0), groupRef: row.text(1), publishedGroupRef: row.text(2), order: row.int(3),
            members: row.int(4), majorityPosition: row.optionalText(5).flatMap(VotePosition.init(rawValue:)),
            tally: Tally(for: row.int(6), against: row.int(7), abstentions: row.int(8), nonVoting: row.int(9),
                         voluntaryNonVoting: row.int(10))
        )
    }

    /// The columns ``vote(_:)`` reads, in its order.
    static let voteColumns = "ballot_uid, deputy_ref, mandate_ref, group_ref, position, by_proxy, seat, cause, group_ordinal"

    /// A vote from a row that starts with ``voteColumns``. A cause the model does not know is kept
    /// as its code.
    static func vote(_ row: some PositionalColumns) -> Vote {
        let causeCode = row.optionalText(7)
        let cause = causeCode.flatMap(NonVotingCause.init(rawValue:))
        return Vote(
            ballotUID: row.text(0), deputyRef: row.text(1), mandateRef: row.optionalText(2), groupRef: row.text(3),
            position: VotePosition(rawValue: row.text(4)) ?? .nonVoting, byProxy: row.int(5) != 0,
            seat: row.optionalInt(6), cause: cause, causeCode: cause == nil ? causeCode : nil, groupEntry: row.optionalInt(8)
        )
    }

    /// A vote's position as an integer code computed by SQLite (0 for, 1 against, 2 abstention,
    /// 3 anything else: non-voting), for scans of all the votes of a legislature: comparing one
    /// integer per row costs less than making a string. Read back with ``position(code:)``.
    static let positionCode = "CASE position WHEN 'for' THEN 0 WHEN 'against' THEN 1 WHEN 'abstention' THEN 2 ELSE 3 END"

    /// The position of a ``positionCode`` (codes out of range are non-voting, as the query's `ELSE`).
    static func position(code: Int) -> VotePosition {
        positionsByCode[min(max(code, 0), 3)]
    }

    private static let positionsByCode: [VotePosition] = [.for, .against, .abstention, .nonVoting]

    /// The columns ``correction(_:)`` reads, in its order.
    static let correctionColumns = "ballot_uid, deputy_ref, mandate_ref, intended_position, voluntary, kind, by_proxy"

    /// A correction (mise au point) from a row that starts with ``correctionColumns``.
    static func correction(_ row: some PositionalColumns) -> Correction {
        Correction(
            ballotUID: row.text(0), deputyRef: row.text(1), mandateRef: row.optionalText(2),
            intendedPosition: VotePosition(rawValue: row.text(3)) ?? .nonVoting, voluntary: row.int(4) != 0,
            kind: Correction.Kind(rawValue: row.text(5)) ?? .statement, byProxy: row.int(6) != 0
        )
    }

    /// The columns ``deputy(_:contacts:)`` reads, in its order.
    static let deputyColumns = """
        uid, civility, first_name, last_name, sort_name, birth_date, birth_place, death_date, profession, hatvp_url
        """

    /// A person from a row that starts with ``deputyColumns``.
    static func deputy(_ row: some PositionalColumns, contacts: [Contact] = []) -> Deputy {
        Deputy(
            uid: row.text(0), civility: row.optionalText(1), firstName: row.text(2), lastName: row.text(3),
            sortName: row.optionalText(4), birthDate: date(row.optionalText(5)), birthPlace: row.optionalText(6),
            deathDate: date(row.optionalText(7)), profession: row.optionalText(8), hatvpURL: row.optionalText(9),
            contacts: contacts
        )
    }

    /// The columns ``body(_:)`` reads, in its order.
    static let bodyColumns = "uid, type_code, name, short_name, abbreviation, start_date, end_date, legislature, color, parent_ref"

    /// A body (organe: a political group, a committee…) from a row that starts with ``bodyColumns``.
    static func body(_ row: some PositionalColumns) -> Body {
        Body(
            uid: row.text(0), typeCode: row.text(1), name: row.text(2), shortName: row.optionalText(3),
            abbreviation: row.optionalText(4), startDate: date(row.optionalText(5)), endDate: date(row.optionalText(6)),
            legislature: row.optionalInt(7), color: row.optionalText(8), parentRef: row.optionalText(9)
        )
    }

    /// The columns ``mandate(_:)`` reads, in its order.
    static let mandateColumns = """
        uid, deputy_ref, legislature, body_type, body_refs, start_date, end_date, quality,
        region, department, department_code, constituency, election_cause, end_cause
        """

    /// A mandate from a row that starts with ``mandateColumns``. It has an election when any of
    /// the department code, constituency or election cause is known.
    static func mandate(_ row: some PositionalColumns) -> Mandate {
        let departmentCode = row.optionalText(10), constituency = row.optionalInt(11), cause = row.optionalText(12)
        let hasElection = departmentCode != nil || constituency != nil || cause != nil
        return Mandate(
            uid: row.text(0), deputyRef: row.text(1), legislature: row.optionalInt(2), bodyType: row.text(3),
            bodyRefs: row.text(4).split(separator: " ").map(String.init), startDate: date(row.optionalText(5)),
            endDate: date(row.optionalText(6)), quality: row.optionalText(7),
            election: hasElection ? Election(region: row.optionalText(8), department: row.optionalText(9),
                                             departmentCode: departmentCode, constituency: constituency, cause: cause) : nil,
            endCause: row.optionalText(13)
        )
    }

    static func source(_ row: Row) -> SourceReference {
        SourceReference(dump: row["dump_path"] ?? "", entry: row["entry"], dumpSHA256: row["dump_sha256"] ?? "", entrySHA256: row["entry_sha256"])
    }
}

/// Column values by position (from 0), whichever way the row was read: "" and 0 for NULL where
/// the schema never stores NULL, nil for NULL where it may.
///
/// Every decoder of ``RowDecoding`` reads by position, from a list of columns it names: looking
/// columns up by name (case-insensitively, for each row) cost more than the rest of a report.
protocol PositionalColumns {
    func text(_ i: Int32) -> String
    func optionalText(_ i: Int32) -> String?
    func int(_ i: Int32) -> Int
    func optionalInt(_ i: Int32) -> Int?
}

extension RawRow: PositionalColumns {}

extension Row: PositionalColumns {
    func text(_ i: Int32) -> String { optionalText(i) ?? "" }
    func optionalText(_ i: Int32) -> String? { self[Int(i)] }
    func int(_ i: Int32) -> Int { (self[Int(i)] as Int?) ?? 0 }
    func optionalInt(_ i: Int32) -> Int? { self[Int(i)] }
}
