import GRDB
import HemicycleModel

extension HemicycleDatabase {
    /// The INSEE codes of the communes whose name matches a comparison key (computed with
    /// `PlaceNameMatching.normalized`) in the constituency table or the postcode table (commune
    /// name, delivery label, or "ligne 5" locality), sorted.
    public func communeCodes(nameKey: String) throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT insee_code FROM commune_constituency WHERE name_key = ?1
                UNION SELECT insee_code FROM postcode WHERE commune_key = ?1 OR label_key = ?1 OR locality_key = ?1
                ORDER BY 1
                """, arguments: [nameKey])
        }
    }

    /// The INSEE codes of the communes served by a postcode, sorted.
    public func communeCodes(postcode: String) throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT insee_code FROM postcode WHERE postcode = ? ORDER BY 1", arguments: [postcode])
        }
    }

    /// Every distinct commune name of the registers, for "did you mean" suggestions.
    public func knownCommuneNames() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT commune_name FROM commune_constituency ORDER BY 1")
        }
    }

    /// The name of a commune (from the constituency table, else the postcode table), or nil.
    public func communeName(inseeCode: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: """
                SELECT commune_name FROM commune_constituency WHERE insee_code = ?1
                UNION ALL SELECT commune_name FROM postcode WHERE insee_code = ?1 LIMIT 1
                """, arguments: [inseeCode])
        }
    }

    /// The constituencies of communes, by INSEE code then constituency.
    public func constituencyLinks(inseeCodes: [String]) throws -> [CommuneConstituencyLink] {
        guard !inseeCodes.isEmpty else { return [] }
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM commune_constituency WHERE insee_code IN (\(databaseQuestionMarks(count: inseeCodes.count)))
                ORDER BY insee_code, department_code, constituency
                """, arguments: StatementArguments(inseeCodes)).map { row in
                CommuneConstituencyLink(inseeCode: row["insee_code"], communeName: row["commune_name"], departmentCode: row["department_code"],
                                        constituency: row["constituency"], isPartial: (row["coverage"] as String) == "partial")
            }
        }
    }

    /// Every seat mandate (type `ASSEMBLEE`) with a constituency, department codes normalized.
    public func seatMandates() throws -> [SeatMandate] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM mandate WHERE body_type = 'ASSEMBLEE' AND constituency IS NOT NULL AND department_code IS NOT NULL
                ORDER BY start_date, uid
                """).map { row in
                SeatMandate(uid: row["uid"], deputyRef: row["deputy_ref"], legislature: row["legislature"],
                            departmentCode: DepartmentCode.normalized(row["department_code"]), departmentName: row["department"],
                            constituency: row["constituency"], startDate: RowDecoding.date(row["start_date"]),
                            endDate: RowDecoding.date(row["end_date"]), startCause: row["election_cause"], endCause: row["end_cause"])
            }
        }
    }

    /// Deputies by uid, with their contact channels (e-mail, website, social accounts, postal
    /// addresses) from the official records. A uid missing from the store is absent.
    public func deputiesWithContacts(uids: Set<String>) throws -> [String: Deputy] {
        guard !uids.isEmpty else { return [:] }
        return try read { db in
            var deputies = try Self.deputies(db, uids: uids)
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM contact WHERE deputy_uid IN (\(databaseQuestionMarks(count: uids.count))) ORDER BY deputy_uid, ordinal
                """, arguments: StatementArguments(Array(uids)))
            for row in rows {
                let uid: String = row["deputy_uid"]
                deputies[uid]?.contacts.append(Contact(kind: row["kind"], value: row["value"]))
            }
            return deputies
        }
    }

    /// Each deputy's political group on a day (nil: the groups of open mandates, i.e. current),
    /// from their group mandates (type `GP`).
    public func groupMemberships(on day: CalendarDate?) throws -> [String: GroupMembership] {
        try read { db in
            var sql = """
                SELECT mandate.deputy_ref, mandate.body_ref, body.abbreviation, body.short_name, mandate.start_date
                FROM mandate LEFT JOIN body ON body.uid = mandate.body_ref
                WHERE mandate.body_type = 'GP'
                """
            var arguments: StatementArguments = []
            if let day {
                sql += " AND (mandate.start_date IS NULL OR mandate.start_date <= ?) AND (mandate.end_date IS NULL OR mandate.end_date >= ?)"
                arguments = [day.description, day.description]
            } else {
                sql += " AND mandate.end_date IS NULL"
            }
            sql += " ORDER BY mandate.start_date"
            var result: [String: GroupMembership] = [:]
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                guard let ref: String = row["body_ref"] else { continue }
                let label: String = row["abbreviation"] ?? row["short_name"] ?? ref
                result[row["deputy_ref"]] = GroupMembership(groupRef: ref, abbreviation: label)
            }
            return result
        }
    }

    /// The deputies of the RNE register, in file order.
    public func rneDeputies() throws -> [RNEDeputyRow] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM rne_deputy ORDER BY line").map { row in
                RNEDeputyRow(line: row["line"], departmentCode: row["department_code"], departmentName: row["department_name"],
                             constituency: row["constituency"], lastName: row["last_name"], firstName: row["first_name"],
                             sex: row["sex"], birthDate: row["birth_date"], mandateStart: row["mandate_start"], profession: row["profession"])
            }
        }
    }
}
