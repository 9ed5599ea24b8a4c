import HemicycleModel
import GRDB

/// A table of the store that `hemicycle export` writes as CSV.
public enum ExportTable: String, Sendable, Hashable, CaseIterable {
    /// One row per ballot (*scrutin*) with its official counts.
    case ballots
    /// One row per nominative vote (deputy × ballot), with the group the ballot lists them under.
    case votes
    /// One row per deputy with a seat or a vote in the legislature, with their latest seat.
    case deputies
    /// One row per political group (*groupe politique*) of the legislature.
    case groups

    /// The CSV header: stable snake_case names.
    public var header: [String] {
        switch self {
        case .ballots:
            ["uid", "number", "legislature", "date", "type", "result", "title", "seats", "voters", "expressed", "required",
             "for", "against", "abstentions", "non_voting", "voluntary_non_voting"]
        case .votes:
            ["ballot_uid", "ballot_number", "date", "deputy_id", "deputy_name", "group_id", "group", "position", "by_proxy", "cause"]
        case .deputies:
            ["deputy_id", "civility", "first_name", "last_name", "birth_date", "profession", "department_code", "department",
             "constituency", "seat_start", "seat_end", "votes"]
        case .groups:
            ["group_id", "abbreviation", "name", "start_date", "end_date", "legislature", "color"]
        }
    }

    var sql: String {
        switch self {
        case .ballots:
            return """
                SELECT uid, number, legislature, date, type, result, title, seats, voters, expressed, required, official_for,
                       official_against, official_abstentions, official_non_voting, official_voluntary_non_voting
                FROM ballot WHERE legislature = ?1 ORDER BY number
                """
        case .votes:
            return """
                SELECT vote.ballot_uid, ballot.number, ballot.date, vote.deputy_ref,
                       trim(coalesce(deputy.first_name, '') || ' ' || coalesce(deputy.last_name, '')), vote.group_ref,
                       coalesce(body.abbreviation, body.short_name, ''), vote.position, vote.by_proxy, coalesce(vote.cause, '')
                FROM vote JOIN ballot ON ballot.uid = vote.ballot_uid
                LEFT JOIN deputy ON deputy.uid = vote.deputy_ref LEFT JOIN body ON body.uid = vote.group_ref
                WHERE ballot.legislature = ?1 ORDER BY ballot.number, vote.group_ordinal, vote.deputy_ref
                """
        case .deputies:
            return """
                WITH seat AS (
                    SELECT deputy_ref, department_code, department, constituency, start_date, end_date,
                           row_number() OVER (PARTITION BY deputy_ref ORDER BY start_date DESC, uid DESC) AS n
                    FROM mandate WHERE body_type = 'ASSEMBLEE' AND legislature = ?1
                ), counted AS (
                    SELECT vote.deputy_ref, count(*) AS votes FROM vote JOIN ballot ON ballot.uid = vote.ballot_uid
                    WHERE ballot.legislature = ?1 GROUP BY vote.deputy_ref
                ), people AS (
                    SELECT deputy_ref FROM seat UNION SELECT deputy_ref FROM counted
                )
                SELECT people.deputy_ref, deputy.civility, deputy.first_name, deputy.last_name, deputy.birth_date, deputy.profession,
                       seat.department_code, seat.department, seat.constituency, seat.start_date, seat.end_date, coalesce(counted.votes, 0)
                FROM people LEFT JOIN deputy ON deputy.uid = people.deputy_ref
                LEFT JOIN seat ON seat.deputy_ref = people.deputy_ref AND seat.n = 1
                LEFT JOIN counted ON counted.deputy_ref = people.deputy_ref
                ORDER BY deputy.last_name, deputy.first_name, people.deputy_ref
                """
        case .groups:
            return """
                SELECT uid, abbreviation, name, start_date, end_date, legislature, color FROM body
                WHERE type_code = 'GP' AND (legislature = ?1 OR uid IN (
                    SELECT group_ref FROM group_vote JOIN ballot ON ballot.uid = group_vote.ballot_uid WHERE ballot.legislature = ?1))
                ORDER BY abbreviation, uid
                """
        }
    }
}

extension HemicycleDatabase {
    /// Streams the rows of a table of one legislature, as text fields in ``ExportTable/header``
    /// order (empty text for NULL), to `body`, in one read transaction.
    /// - Returns: the count of rows.
    @discardableResult
    public func export(_ table: ExportTable, legislature: Int, _ body: ([String]) throws -> Void) throws -> Int {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: table.sql, arguments: [legislature])
            var count = 0
            while let row = try rows.next() {
                var fields: [String] = []
                fields.reserveCapacity(row.count)
                for value in row.databaseValues {
                    switch value.storage {
                    case .null: fields.append("")
                    case .int64(let n): fields.append(String(n))
                    case .double(let d): fields.append(String(d))
                    case .string(let s): fields.append(s)
                    case .blob: fields.append("")
                    }
                }
                try body(fields)
                count += 1
            }
            return count
        }
    }
}
