import Foundation
import GRDB
import HemicycleModel

/// Everything the analytics commands need, loaded in a handful of queries: the filtered ballots
/// with their group breakdowns, nominative votes and corrections (*mises au point*), the persons,
/// the political groups (*groupes politiques*) and the seat mandates.
public struct AnalyticsSnapshot: Sendable {
    /// How a snapshot carries the votes.
    public enum Votes: Sendable {
        /// A ``VoteMatrix`` of the group breakdowns, without nominative votes (each ballot's vote
        /// range empty): for figures computed from published counts alone, such as turnout.
        case countsOnly
        /// A ``VoteMatrix`` of the group breakdowns and nominative votes, read from the packed copy
        /// of the votes (``PackedVotes``) when the store has one: one row instead of 650,000.
        case matrix
        /// ``BallotRecord``s with every vote as published: to apply corrections, or to list votes.
        case records
    }

    /// The filtered ballots, oldest first (date, then number), each with its corrections; with
    /// ``Votes/records``, also with its groups and votes (otherwise those are in ``matrix``).
    public var records: [BallotRecord]
    /// The votes of ``records``, in the same order, for ``Votes/countsOnly`` and ``Votes/matrix``;
    /// nil for ``Votes/records``.
    public var matrix: VoteMatrix?
    /// Every person of the store, by uid (a few thousand rows).
    public var deputies: [String: Deputy]
    /// Every political group (bodies of type `GP`), by uid.
    public var groups: [String: Body]
    /// The seat mandates (bodies of type `ASSEMBLEE`) of the legislature of the ballots (and those
    /// without a legislature), for ``HemicycleAnalytics`` seat periods.
    public var seatMandates: [Mandate]
    /// The legislature the ballots were selected in (nil when the store is empty, or when the
    /// filter selects every legislature).
    public var legislature: Int?
    /// The legislatures of the selected ballots, ascending.
    public var legislatures: [Int]
    /// Legislatures whose packed copy of the votes did not match its checksum: the votes were read
    /// from the tables instead (the figures are right; the store should be checked and re-imported).
    public var damagedPackedVotes: [Int] = []
}

extension HemicycleDatabase {
    /// Loads the ballots matching `filter` (its `limit` and `newestFirst` are ignored: analytics
    /// always read every matching ballot, oldest first) with their corrections, groups and votes
    /// as `votes` asks, plus the persons, groups and seat mandates, in one read transaction and a
    /// handful of queries — never one query per ballot.
    ///
    /// The matrix of ``AnalyticsSnapshot/Votes/matrix`` is read from the legislature's packed
    /// votes when they cover every selected ballot, else assembled from the tables: the two are
    /// equal, index for index.
    public func analyticsSnapshot(_ filter: BallotFilter, votes mode: AnalyticsSnapshot.Votes) throws -> AnalyticsSnapshot {
        try read { db in
            let legislature = filter.allLegislatures ? nil : try filter.legislature ?? Int.fetchOne(db, sql: "SELECT max(legislature) FROM ballot")
            let (whereSQL, arguments) = Self.ballotClause(filter, legislature: legislature)
            let selection = "SELECT uid FROM ballot\(whereSQL)"

            let ballots = try RowDecoding.ballots(db, sql: "SELECT \(RowDecoding.ballotColumns) FROM ballot\(whereSQL) ORDER BY date, number",
                                                  arguments: arguments)
            var slot: [String: Int] = [:]
            slot.reserveCapacity(ballots.count)
            for (i, b) in ballots.enumerated() { slot[b.uid] = i }
            var groups = [[GroupVote]](repeating: [], count: ballots.count)
            var votes = [[Vote]](repeating: [], count: ballots.count)
            var corrections = [[Correction]](repeating: [], count: ballots.count)

            // When most ballots of the store are selected (the whole legislature), a plain scan of
            // the child tables in key order is three times faster than one key search per ballot;
            // rows of other ballots are skipped by the look-up below.
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM ballot") ?? 0
            let scanAll = ballots.count * 2 > total
            let childWhere = scanAll ? "" : " WHERE ballot_uid IN (\(selection))"
            let childArguments = scanAll ? StatementArguments() : arguments

            if !ballots.isEmpty {
                try db.scanRaw(sql: """
                    SELECT \(RowDecoding.correctionColumns) FROM correction\(childWhere) ORDER BY ballot_uid, ordinal
                    """, arguments: childArguments) { row in
                    let c = RowDecoding.correction(row)
                    if let b = slot[c.ballotUID] { corrections[b].append(c) }
                }
            }

            // Each legislature's ballots from its packed votes, then one after the other; the
            // tables are read instead when one legislature's packed copy lacks a ballot.
            let legislatures = Set(ballots.map(\.legislature)).sorted()
            var matrix: VoteMatrix?
            var damaged: [Int] = []
            if mode != .records, !ballots.isEmpty {
                var parts: [VoteMatrix] = []
                for leg in legislatures {
                    // One legislature (the usual selection): its ballots are all of them, shared
                    // rather than copied (a copy of a ballot retains each of its strings; copies of
                    // ballots were a tenth of the tables' CPU in-process, perf).
                    let only = legislatures.count == 1
                    let indices = only ? [] : ballots.indices.filter { ballots[$0].legislature == leg }
                    let part: VoteMatrix?
                    do {
                        part = try PackedVotes.matrix(legislature: leg, ballots: only ? ballots : indices.map { ballots[$0] },
                                                      corrections: only ? corrections : indices.map { corrections[$0] },
                                                      includingVotes: mode == .matrix, in: db)
                    } catch is PackedVotes.ChecksumMismatch {
                        damaged.append(leg)
                        part = nil
                    }
                    guard let part else { parts = []; break }
                    parts.append(part)
                }
                // Concatenated in ascending legislature, the parts keep the ballots' order only if
                // no legislature's ballots interleave with another's by date (they never do).
                let concatenated = parts.isEmpty ? nil : VoteMatrix(concatenating: parts)
                if let concatenated, concatenated.ballots.count == ballots.count,
                   ballots.indices.allSatisfy({ concatenated.ballots[$0].uid == ballots[$0].uid }) {
                    matrix = concatenated
                }
            }
            if matrix == nil && !ballots.isEmpty {
                try db.scanRaw(sql: """
                    SELECT \(RowDecoding.groupVoteColumns) FROM group_vote\(childWhere) ORDER BY ballot_uid, ordinal
                    """, arguments: childArguments) { row in
                    let group = RowDecoding.groupVote(row)
                    if let b = slot[group.ballotUID] { groups[b].append(group) }
                }

                if mode != .countsOnly {
                    // Votes come in (ballot, deputy) order, as the packed votes have them: the ballot is looked up only
                    // when its uid changes, compared byte for byte without making a string per row.
                    // Always restricted to the selection: `vote` is a view whose rows SQLite must sort
                    // by uid, so scanning every legislature's votes costs twice the selection's (the
                    // 17th of a store holding the 16th: 1.6 against 0.8 s, sqlite3 shell).
                    var currentUID: [UInt8] = [], currentString = "", current = -1
                    try db.scanRaw(sql: """
                        SELECT ballot_uid, deputy_ref, group_ref, \(RowDecoding.positionCode), by_proxy, cause, group_ordinal
                        FROM vote WHERE ballot_uid IN (\(selection)) ORDER BY ballot_uid, deputy_ref
                        """, arguments: arguments) { row in
                        let changed = row.withBytes(0) { bytes in
                            guard bytes.count == currentUID.count, let base = bytes.baseAddress else { return true }
                            return memcmp(base, currentUID, bytes.count) != 0
                        }
                        if changed {
                            currentUID = row.withBytes(0) { Array($0) }
                            currentString = String(decoding: currentUID, as: UTF8.self)
                            current = slot[currentString] ?? -1
                        }
                        guard current >= 0 else { return }
                        let causeCode = row.optionalText(5)
                        let cause = causeCode.flatMap(NonVotingCause.init(rawValue:))
                        votes[current].append(Vote(
                            ballotUID: currentString, deputyRef: row.text(1), mandateRef: nil, groupRef: row.text(2),
                            position: RowDecoding.position(code: row.int(3)), byProxy: row.bool(4), seat: nil,
                            cause: cause, causeCode: cause == nil ? causeCode : nil, groupEntry: row.optionalInt(6)))
                    }
                }
            }

            let records = ballots.indices.map {
                BallotRecord(ballot: ballots[$0], groups: groups[$0], votes: votes[$0], corrections: corrections[$0])
            }
            if mode != .records && matrix == nil { matrix = VoteMatrix(records: records) }
            let deputies = try db.fetchAllRaw(sql: "SELECT \(RowDecoding.deputyColumns) FROM deputy") { RowDecoding.deputy($0) }
            let bodies = try db.fetchAllRaw(sql: "SELECT \(RowDecoding.bodyColumns) FROM body WHERE type_code = 'GP'", RowDecoding.body)
            let mandateLegislatures = legislature.map { [$0] } ?? legislatures
            let mandates = try db.fetchAllRaw(sql: """
                SELECT \(RowDecoding.mandateColumns) FROM mandate
                WHERE body_type = 'ASSEMBLEE' AND (legislature IS NULL OR legislature IN (\(databaseQuestionMarks(count: mandateLegislatures.count))))
                """, arguments: StatementArguments(mandateLegislatures), RowDecoding.mandate)
            return AnalyticsSnapshot(
                records: records, matrix: matrix,
                deputies: Dictionary(deputies.map { ($0.uid, $0) }, uniquingKeysWith: { a, _ in a }),
                groups: Dictionary(bodies.map { ($0.uid, $0) }, uniquingKeysWith: { a, _ in a }),
                seatMandates: mandates, legislature: legislature, legislatures: legislature.map { [$0] } ?? legislatures,
                damagedPackedVotes: damaged)
        }
    }

    /// Persons whose folded "first last" name contains the folded `text` (case, accents and
    /// hyphens ignored: "yael braun pivet" finds "Yaël Braun-Pivet"), or whose uid is `text`.
    /// Sorted by last then first name.
    public func deputiesMatching(_ text: String) throws -> [Deputy] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let folded = TextFolding.fold(trimmed).replacingOccurrences(of: "-", with: " ")
        return try read { db in
            try db.fetchAllRaw(sql: """
                SELECT \(RowDecoding.deputyColumns) FROM deputy
                WHERE uid = ? OR replace(name_search, '-', ' ') LIKE ? ESCAPE '\\'
                ORDER BY last_name, first_name, uid
                """, arguments: [trimmed.uppercased(), "%" + Self.escapeLike(folded) + "%"]) { RowDecoding.deputy($0) }
        }
    }

    /// The WHERE clause (with leading space, or empty) selecting the ballots of a filter in
    /// `legislature`, and its arguments: for ``ballots(_:)`` and the analytics alike.
    static func ballotClause(_ filter: BallotFilter, legislature: Int?) -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let legislature {
            clauses.append("legislature = ?")
            arguments.append(legislature)
        }
        if let search = filter.search, !search.isEmpty {
            clauses.append("title_search LIKE ? ESCAPE '\\'")
            arguments.append("%" + escapeLike(TextFolding.fold(search)) + "%")
        }
        if let from = filter.from { clauses.append("date >= ?"); arguments.append(from.description) }
        if let to = filter.to { clauses.append("date <= ?"); arguments.append(to.description) }
        if !filter.types.isEmpty {
            clauses.append("type IN (\(databaseQuestionMarks(count: filter.types.count)))")
            arguments += filter.types.map(\.rawValue).sorted().map { $0 as (any DatabaseValueConvertible)? }
        }
        if let result = filter.result { clauses.append("result = ?"); arguments.append(result.rawValue) }
        if !filter.numbers.isEmpty {
            clauses.append("number IN (\(databaseQuestionMarks(count: filter.numbers.count)))")
            arguments += filter.numbers.map { $0 as (any DatabaseValueConvertible)? }
        }
        if !filter.uids.isEmpty {
            clauses.append("uid IN (\(databaseQuestionMarks(count: filter.uids.count)))")
            arguments += filter.uids.map { $0 as (any DatabaseValueConvertible)? }
        }
        let sql = clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")
        return (sql, StatementArguments(arguments))
    }
}
