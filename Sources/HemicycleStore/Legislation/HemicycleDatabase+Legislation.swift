import Foundation
import GRDB
import HemicycleModel

extension HemicycleDatabase {
    // MARK: Dossiers

    /// Dossiers whose title contains `text` (case- and accent-insensitive, literal), as (uid, title), newest uid first.
    public func searchDossiers(_ text: String, limit: Int = 20) throws -> [(uid: String, title: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT uid, title FROM dossier WHERE title_search LIKE ? ESCAPE '\\' ORDER BY legislature DESC, uid DESC LIMIT ?",
                             arguments: ["%\(Self.escapeLike(TextFolding.fold(text)))%", limit]).map { ($0[0], $0[1]) }
        }
    }

    /// One dossier with its timeline. Throws ``StoreError/notFound(_:)`` naming the uid.
    public func dossier(uid: String) throws -> StoredDossier {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT dossier.*, dump.path AS dump_path, dump.sha256 AS dump_sha256 FROM dossier JOIN dump ON dump.id = dossier.dump_id
                WHERE uid = ?
                """, arguments: [uid]) else {
                throw StoreError.notFound("no dossier \(uid) (search with --search TEXT)")
            }
            let linked = try Self.linkedBallots(db, sql: "SELECT ballot_uid, method FROM ballot_dossier WHERE dossier_uid = ?", argument: uid)
            var byUID = Dictionary(linked.map { ($0.ballot.uid, $0) }, uniquingKeysWith: { a, _ in a })
            var steps: [StoredDossierStep] = []
            var textRefs: Set<String> = []
            let stepRows = try Row.fetchAll(db, sql: "SELECT * FROM dossier_step WHERE dossier_uid = ? ORDER BY ordinal", arguments: [uid])
            // A ballot goes to the act naming it in its vote references, else to the first act
            // (depth first) held in its sitting.
            var named: [Int: [LinkedBallot]] = [:]
            for stepRow in stepRows {
                let refs: String = stepRow["vote_refs"]
                for ref in refs.split(separator: " ") {
                    if let b = byUID.removeValue(forKey: String(ref)) { named[stepRow["ordinal"], default: []].append(b) }
                }
            }
            for stepRow in stepRows {
                let step = Self.step(stepRow)
                textRefs.formUnion(step.textRefs)
                var ballots: [LinkedBallot] = named[stepRow["ordinal"]] ?? []
                if let sitting = step.sittingRef {
                    for (key, b) in byUID where b.ballot.sittingRef == sitting {
                        ballots.append(b)
                        byUID.removeValue(forKey: key)
                    }
                }
                steps.append(StoredDossierStep(ordinal: stepRow["ordinal"], parentOrdinal: stepRow["parent_ordinal"], depth: stepRow["depth"],
                                               step: step, referral: stepRow["referral"], ballots: ballots.sorted { $0.ballot.number < $1.ballot.number }))
            }
            var documents: [String: LegislativeDocument] = [:]
            if !textRefs.isEmpty {
                for d in try Row.fetchAll(db, sql: "SELECT * FROM document WHERE uid IN (\(databaseQuestionMarks(count: textRefs.count)))", arguments: StatementArguments(Array(textRefs))) {
                    documents[d["uid"]] = LegislativeDocument(uid: d["uid"], dossierRef: d["dossier_ref"], legislature: d["legislature"], kind: d["kind"],
                                                              kindLabel: d["kind_label"], title: d["title"], tabledOn: d["tabled_on"])
                }
            }
            var fates: [String: Int] = [:]
            for f in try Row.fetchAll(db, sql: "SELECT fate, count(*) FROM amendment WHERE dossier_ref = ? GROUP BY fate", arguments: [uid]) {
                fates[f[0]] = f[1]
            }
            return StoredDossier(uid: uid, legislature: row["legislature"], title: row["title"], senateURL: row["senate_url"], procedure: row["procedure"],
                                 steps: steps, documents: documents, otherBallots: byUID.values.sorted { $0.ballot.number < $1.ballot.number },
                                 amendmentFates: fates, source: RowDecoding.source(row))
        }
    }

    static func step(_ row: Row) -> DossierStep {
        var decision: ConstitutionalDecision?
        if let reference: String = row["decision_reference"] {
            let parts = reference.split(separator: " ").first?.split(separator: "-") ?? []
            decision = ConstitutionalDecision(reference: reference, number: parts.count > 1 ? String(parts[1]) : reference,
                                              year: parts.first.map(String.init), ruling: row["decision_ruling"], url: row["decision_url"])
        }
        var promulgation: Promulgation?
        if let number: String = row["law_number"] {
            promulgation = Promulgation(lawNumber: number, title: row["law_title"], journalDate: RowDecoding.date(row["journal_date"]),
                                        journalNumber: row["journal_number"], nor: row["nor"], legifranceURL: row["legifrance_url"])
        }
        func refs(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }
        return DossierStep(uid: row["uid"], code: row["code"], kind: row["kind"], label: row["label"], date: RowDecoding.date(row["date"]),
                           bodyRef: row["body_ref"], textRefs: refs(row["text_refs"]), voteRefs: refs(row["vote_refs"]),
                           sittingRef: row["sitting_ref"], conclusion: row["conclusion"], constitutionalDecision: decision,
                           promulgation: promulgation)
    }

    static func linkedBallots(_ db: Database, sql: String, argument: String) throws -> [LinkedBallot] {
        let links = try Row.fetchAll(db, sql: sql, arguments: [argument])
        var result: [LinkedBallot] = []
        for link in links {
            guard let row = try Row.fetchOne(db, sql: "SELECT \(RowDecoding.ballotColumns) FROM ballot WHERE uid = ?", arguments: [link[0] as String]) else { continue }
            result.append(LinkedBallot(ballot: RowDecoding.ballot(row), method: link[1]))
        }
        return result.sorted { $0.ballot.number < $1.ballot.number }
    }

    // MARK: Amendments

    /// The amendments numbered `number` (séance amendments first), optionally in one dossier.
    public func amendments(number: Int, dossier: String? = nil) throws -> [StoredAmendment] {
        try read { db in
            var sql = "SELECT uid FROM amendment WHERE number = ?"
            var arguments: [any DatabaseValueConvertible] = [number]
            if let dossier { sql += " AND dossier_ref = ?"; arguments.append(dossier) }
            sql += " ORDER BY number_prefix = '' DESC, uid"
            return try String.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { try Self.amendment(db, uid: $0) }
        }
    }

    /// One amendment by uid.
    public func amendment(uid: String) throws -> StoredAmendment {
        try read { db in try Self.amendment(db, uid: uid) }
    }

    static func amendment(_ db: Database, uid: String) throws -> StoredAmendment {
        guard let r = try Row.fetchOne(db, sql: """
            SELECT amendment.*, dump.path AS dump_path, dump.sha256 AS dump_sha256, dossier.title AS dossier_title
            FROM amendment JOIN dump ON dump.id = amendment.dump_id LEFT JOIN dossier ON dossier.uid = amendment.dossier_ref WHERE amendment.uid = ?
            """, arguments: [uid]) else {
            throw StoreError.notFound("no amendment \(uid)")
        }
        var signatories: [AmendmentSignatory] = []
        var cosignatories: [String] = []
        for s in try Row.fetchAll(db, sql: """
            SELECT a.deputy_ref, a.role, d.first_name, d.last_name FROM amendment_author a LEFT JOIN deputy d ON d.uid = a.deputy_ref
            WHERE a.amendment_uid = ? ORDER BY a.ordinal
            """, arguments: [uid]) {
            let first: String? = s["first_name"]
            let last: String? = s["last_name"]
            let name = [first, last].compactMap { $0 }.joined(separator: " ")
            signatories.append(AmendmentSignatory(deputyRef: s["deputy_ref"], name: name.isEmpty ? nil : name, role: s["role"]))
            if (s["role"] as String) == "cosignatory" { cosignatories.append(s["deputy_ref"]) }
        }
        func bodyName(_ ref: String?) throws -> String? {
            guard let ref, let b = try Row.fetchOne(db, sql: "SELECT name, abbreviation FROM body WHERE uid = ?", arguments: [ref]) else { return nil }
            return (b["abbreviation"] as String?) ?? (b["name"] as String)
        }
        let label: String? = r["fate_label"]
        let amendment = Amendment(
            uid: r["uid"], legislature: r["legislature"], numberLabel: r["number_label"], number: r["number"], numberPrefix: r["number_prefix"],
            isRectified: r["rectified"], dossierRef: r["dossier_ref"], textRef: r["text_ref"], examinationRef: r["examination_ref"],
            target: AmendmentTarget(division: r["division"], shortDesignation: r["short_designation"], isAdditionalArticle: r["additional_article"],
                                    alinea: r["alinea"], alineaDesignation: r["alinea_designation"]),
            authors: AmendmentAuthors(kind: r["author_kind"], authorRef: r["author_ref"], groupRef: r["group_ref"], governmentRef: r["government_ref"],
                                      cosignatoryRefs: cosignatories, label: r["authors_label"]),
            fate: Self.fate(key: r["fate"], label: label), fateLabel: label, tabledOn: RowDecoding.date(r["tabled_on"]),
            publishedOn: RowDecoding.date(r["published_on"]), decidedOn: RowDecoding.date(r["decided_on"]), sittingRef: r["sitting_ref"],
            operativeText: r["operative_text"], explanatoryStatement: r["explanatory_statement"], lawReference: r["law_reference"],
            lawArticle: r["law_article"]
        )
        return StoredAmendment(
            amendment: amendment, identicalGroup: r["identical_group"], signatories: signatories,
            groupName: try bodyName(r["group_ref"]), governmentName: try bodyName(r["government_ref"]), dossierTitle: r["dossier_title"],
            ballots: try linkedBallots(db, sql: "SELECT ballot_uid, method FROM ballot_amendment WHERE amendment_uid = ?", argument: uid),
            source: RowDecoding.source(r)
        )
    }

    static func fate(key: String, label: String?) -> AmendmentFate {
        switch key {
        case "adopted": return .adopted
        case "rejected": return .rejected
        case "fell": return .fell
        case "withdrawn": return .withdrawn
        case "not_moved": return .notMoved
        case "inadmissible": return .inadmissible
        case "not_examined": return .notExamined
        default: return .other(label ?? key)
        }
    }

    // MARK: Ballot context

    /// What a ballot was about: its amendments, its bill and the bill's fate; nil when the
    /// ballot is linked to no dossier (or the legislation tables are empty).
    public func ballotContext(uid: String) throws -> BallotContext? {
        try read { db in
            let amendmentUIDs = try String.fetchAll(db, sql: "SELECT amendment_uid FROM ballot_amendment WHERE ballot_uid = ? ORDER BY method DESC, amendment_uid", arguments: [uid])
            let link = try Row.fetchOne(db, sql: """
                SELECT l.dossier_uid, l.method, d.title FROM ballot_dossier l JOIN dossier d ON d.uid = l.dossier_uid
                WHERE l.ballot_uid = ? ORDER BY l.method = 'vote_ref' DESC LIMIT 1
                """, arguments: [uid])
            guard link != nil || !amendmentUIDs.isEmpty else { return nil }
            var context = BallotContext(ballotUID: uid, amendments: try amendmentUIDs.map { try Self.amendment(db, uid: $0) },
                                        dossierUID: link?[0], dossierTitle: link?[2], dossierMethod: link?[1], outcome: BillOutcome())
            guard let dossierUID = context.dossierUID else { return context }
            context.outcome = try Self.billOutcome(db, dossierUID: dossierUID)
            if let reference = context.outcome.decision?.reference { context.decisionText = try Self.constitutionalDecision(db, reference: reference) }
            return context
        }
    }

    /// What became of the bill of a dossier (see ``BillOutcome``); nil when the dossier is not stored.
    public func billOutcome(dossierUID: String) throws -> BillOutcome? {
        try queue.read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM dossier WHERE uid = ?", arguments: [dossierUID]) == true else { return nil }
            return try Self.billOutcome(db, dossierUID: dossierUID)
        }
    }

    /// A decision of the Conseil constitutionnel imported from its text (`"2025-878 DC"`); nil when not imported.
    public func constitutionalDecision(reference: String) throws -> ConstitutionalDecisionText? {
        try queue.read { db in try Self.constitutionalDecision(db, reference: reference) }
    }

    static func constitutionalDecision(_ db: Database, reference: String) throws -> ConstitutionalDecisionText? {
        guard let content = try String.fetchOne(db, sql: "SELECT content FROM constitutional_decision WHERE uid = ?", arguments: [reference]) else { return nil }
        do {
            return try JSONDecoder().decode(ConstitutionalDecisionText.self, from: Data(content.utf8))
        } catch {
            throw StoreError.unreadable(path: "constitutional_decision \(reference)", reason: "its stored content does not decode: \(error)")
        }
    }

    static func billOutcome(_ db: Database, dossierUID: String) throws -> BillOutcome {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM dossier_step WHERE dossier_uid = ? ORDER BY ordinal", arguments: [dossierUID])
        return BillOutcome(steps: rows.map { (Self.step($0), $0["referral"]) })
    }

    // MARK: Coverage

    /// How many ballots of a legislature are linked to a dossier and to amendments, and why
    /// the others are not.
    public func legislationCoverage(legislature: Int) throws -> LegislationCoverage {
        try read { db in
            let ballots = try Row.fetchAll(db, sql: "SELECT uid, title, sitting_ref FROM ballot WHERE legislature = ? ORDER BY number", arguments: [legislature])
            var dossierMethod: [String: String] = [:]
            var dossierOf: [String: String] = [:]
            let strength = ["vote_ref": 0, "sitting": 1, "sitting_title": 2, "title": 3]
            for row in try Row.fetchAll(db, sql: "SELECT ballot_uid, dossier_uid, method FROM ballot_dossier") {
                let ballot: String = row[0]
                let method: String = row[2]
                if let known = dossierMethod[ballot], (strength[known] ?? 9) <= (strength[method] ?? 9) { continue }
                dossierMethod[ballot] = method
                dossierOf[ballot] = row[1]
            }
            let amendmentLinked = Set(try String.fetchAll(db, sql: "SELECT DISTINCT ballot_uid FROM ballot_amendment"))
            let dossiersWithAmendments = Set(try String.fetchAll(db, sql: "SELECT DISTINCT dossier_ref FROM amendment WHERE dossier_ref IS NOT NULL"))
            let sittings = Set(try String.fetchAll(db, sql: "SELECT DISTINCT sitting_ref FROM dossier_step WHERE sitting_ref IS NOT NULL"))
            var coverage = LegislationCoverage(legislature: legislature, ballots: ballots.count, linkedToDossier: [:], amendmentBallots: 0,
                                               amendmentBallotsLinked: 0, amendmentBallotsWithData: 0, amendmentBallotsWithDataLinked: 0,
                                               unlinkedByReason: [:], amendmentUnlinkedByReason: [:], unlinkedExamples: [], amendmentUnlinkedWithData: [])
            for row in ballots {
                let uid: String = row[0]
                let title: String = row[1]
                let sitting: String? = row[2]
                if let method = dossierMethod[uid] {
                    coverage.linkedToDossier[method, default: 0] += 1
                } else {
                    let reason: String
                    if sitting.map(sittings.contains) ?? false {
                        reason = "sitting shared by several dossiers, title names none of them"
                    } else if sitting == nil {
                        reason = "no sitting reference, title names no dossier"
                    } else {
                        reason = "sitting in no dossier act, title names no dossier"
                    }
                    coverage.unlinkedByReason[reason, default: 0] += 1
                    if coverage.unlinkedExamples.count < 10 { coverage.unlinkedExamples.append("\(uid): \(title)") }
                }
                guard AmendmentBallotKind.isAmendmentBallot(foldedTitle: TextFolding.fold(title)) else { continue }
                coverage.amendmentBallots += 1
                let linked = amendmentLinked.contains(uid)
                if linked { coverage.amendmentBallotsLinked += 1 }
                if let dossier = dossierOf[uid], dossiersWithAmendments.contains(dossier) {
                    coverage.amendmentBallotsWithData += 1
                    if linked { coverage.amendmentBallotsWithDataLinked += 1 } else { coverage.amendmentUnlinkedWithData.append("\(uid): \(title)") }
                }
                if !linked {
                    let reason = dossierOf[uid] == nil ? "no dossier linked"
                        : dossiersWithAmendments.contains(dossierOf[uid] ?? "") ? "number not found among the bill's séance amendments"
                        : "the bill's amendments are not in the data"
                    coverage.amendmentUnlinkedByReason[reason, default: 0] += 1
                }
            }
            return coverage
        }
    }
}
