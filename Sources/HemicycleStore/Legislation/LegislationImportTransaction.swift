import Foundation
import GRDB
import HemicycleModel

/// Writes dossiers, documents and amendments into the store inside one SQLite transaction.
///
/// Obtain one from ``HemicycleDatabase/importingLegislation(_:)``. Like the ballot import,
/// a record stored with the same content is left alone (``RecordChange/unchanged``), so
/// importing the same files again changes nothing; records are compared by a stable hash of
/// their decoded content plus the extra fields given here.
public final class LegislationImportTransaction {
    let db: Database
    private var dumps = DumpRegistry()
    private var dossierHashes: ContentHashIndex
    private var documentHashes: ContentHashIndex
    private var amendmentHashes: ContentHashIndex
    private var decisionHashes: ContentHashIndex
    /// The links before anything is written, to count what relinking changes.
    private let linksBefore: BallotLinker.Snapshot

    /// Counts so far, per kind.
    public private(set) var dossiers = ChangeCounts()
    public private(set) var documents = ChangeCounts()
    public private(set) var amendments = ChangeCounts()
    public private(set) var decisions = ChangeCounts()

    init(db: Database) throws {
        self.db = db
        dossierHashes = try ContentHashIndex(table: "dossier", db: db)
        documentHashes = try ContentHashIndex(table: "document", db: db)
        amendmentHashes = try ContentHashIndex(table: "amendment", db: db)
        decisionHashes = try ContentHashIndex(table: "constitutional_decision", db: db)
        linksBefore = try BallotLinker.Snapshot(db)
    }

    /// Relinks every ballot to the legislative files (by `rules`), the last step before the
    /// commit, and returns what was written.
    func finish(linking rules: any BallotLinkRules) throws -> LegislationImportStatistics {
        let links = try BallotLinker(db: db, rules: rules).relink(before: linksBefore)
        var statistics = LegislationImportStatistics()
        statistics.dossiers = dossiers
        statistics.documents = documents
        statistics.amendments = amendments
        statistics.decisions = decisions
        statistics.dossierLinks = links.dossierLinks
        statistics.amendmentLinks = links.amendmentLinks
        return statistics
    }

    private func contentHash(_ values: some Encodable) throws -> String {
        try ContentHash.of(values)
    }

    // MARK: Dossiers

    /// Writes a dossier and its acts, flattened depth first.
    ///
    /// - Parameter referrals: for acts that refer the law to the Conseil constitutionnel
    ///   (*saisine*), who referred it (`casSaisine`, "Soixante députés au moins"), by act uid.
    @discardableResult
    public func write(_ dossier: Dossier, referrals: [String: String] = [:], source: SourceReference) throws -> RecordChange {
        struct Hashed: Encodable { let dossier: Dossier; let referrals: [String: String] }
        let hash = try contentHash(Hashed(dossier: dossier, referrals: referrals))
        let change = try dossierHashes.change(uid: dossier.uid, hash: hash, in: db)
        dossiers.count(change)
        guard change != .unchanged else { return change }
        try db.cachedStatement(sql: """
            INSERT INTO dossier (uid, legislature, title, title_search, senate_url, procedure, procedure_code, content_hash,
                dump_id, entry, entry_sha256) VALUES (?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: [
                dossier.uid, dossier.legislature, dossier.title, TextFolding.fold(dossier.title), dossier.senateURL,
                dossier.procedure, dossier.procedureCode, hash, try dumps.id(for: source, in: db), source.entry, source.entrySHA256,
            ])
        let statement = try db.cachedStatement(sql: """
            INSERT INTO dossier_step (dossier_uid, ordinal, parent_ordinal, depth, uid, code, kind, label, date, body_ref,
                text_refs, vote_refs, sitting_ref, conclusion, referral, decision_reference, decision_ruling, decision_url,
                law_number, law_title, journal_date, journal_number, nor, legifrance_url)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        var ordinal = 0
        func insert(_ step: DossierStep, parent: Int?, depth: Int) throws {
            let mine = ordinal
            ordinal += 1
            let decision = step.constitutionalDecision
            let law = step.promulgation
            try statement.execute(arguments: [
                dossier.uid, mine, parent, depth, step.uid, step.code, step.kind, step.label, step.date?.description,
                step.bodyRef, step.textRefs.joined(separator: " "), step.voteRefs.joined(separator: " "), step.sittingRef,
                step.conclusion, referrals[step.uid], decision?.reference, decision?.ruling, decision?.url,
                law?.lawNumber, law?.title, law?.journalDate?.description, law?.journalNumber, law?.nor, law?.legifranceURL,
            ])
            for child in step.steps { try insert(child, parent: mine, depth: depth + 1) }
        }
        for step in dossier.steps { try insert(step, parent: nil, depth: 0) }
        return change
    }

    // MARK: Documents

    /// Writes a document's metadata.
    @discardableResult
    public func write(_ document: LegislativeDocument, source: SourceReference) throws -> RecordChange {
        let hash = try contentHash(document)
        let change = try documentHashes.change(uid: document.uid, hash: hash, in: db)
        documents.count(change)
        guard change != .unchanged else { return change }
        try db.cachedStatement(sql: """
            INSERT INTO document (uid, dossier_ref, legislature, kind, kind_label, title, tabled_on, content_hash, dump_id,
                entry, entry_sha256) VALUES (?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: [
                document.uid, document.dossierRef, document.legislature, document.kind, document.kindLabel, document.title,
                document.tabledOn, hash, try dumps.id(for: source, in: db), source.entry, source.entrySHA256,
            ])
        return change
    }

    // MARK: Amendments

    /// Writes an amendment and its authors.
    ///
    /// - Parameter identicalGroup: the id of its group of identical amendments
    ///   (`discussionIdentique.idDiscussion`), discussed and voted together.
    @discardableResult
    public func write(_ amendment: Amendment, identicalGroup: String? = nil, source: SourceReference) throws -> RecordChange {
        struct Hashed: Encodable { let amendment: Amendment; let identicalGroup: String? }
        let hash = try contentHash(Hashed(amendment: amendment, identicalGroup: identicalGroup))
        let change = try amendmentHashes.change(uid: amendment.uid, hash: hash, in: db)
        amendments.count(change)
        guard change != .unchanged else { return change }
        let a = amendment
        try db.cachedStatement(sql: """
            INSERT INTO amendment (uid, legislature, number_label, number, number_prefix, rectified, dossier_ref, text_ref,
                examination_ref, division, short_designation, additional_article, alinea, alinea_designation, author_kind,
                author_ref, group_ref, government_ref, authors_label, fate, fate_label, tabled_on, published_on, decided_on,
                sitting_ref, operative_text, explanatory_statement, law_reference, law_article, identical_group,
                content_hash, dump_id, entry, entry_sha256)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: [
                a.uid, a.legislature, a.numberLabel, a.number, a.numberPrefix, a.isRectified, a.dossierRef, a.textRef,
                a.examinationRef, a.target.division, a.target.shortDesignation, a.target.isAdditionalArticle,
                a.target.alinea, a.target.alineaDesignation, a.authors.kind, a.authors.authorRef, a.authors.groupRef,
                a.authors.governmentRef, a.authors.label, StoredAmendment.fateKey(a.fate), a.fateLabel,
                a.tabledOn?.description, a.publishedOn?.description, a.decidedOn?.description, a.sittingRef,
                a.operativeText, a.explanatoryStatement, a.lawReference, a.lawArticle, identicalGroup, hash,
                try dumps.id(for: source, in: db), source.entry, source.entrySHA256,
            ])
        let author = try db.cachedStatement(sql: "INSERT INTO amendment_author (amendment_uid, ordinal, deputy_ref, role) VALUES (?,?,?,?)")
        var ordinal = 0
        if let first = a.authors.authorRef {
            try author.execute(arguments: [a.uid, ordinal, first, "author"])
            ordinal += 1
        }
        for ref in a.authors.cosignatoryRefs where ref != a.authors.authorRef {
            try author.execute(arguments: [a.uid, ordinal, ref, "cosignatory"])
            ordinal += 1
        }
        return change
    }

    // MARK: Decisions of the Conseil constitutionnel

    /// Writes a decision of the Conseil constitutionnel as read from its published text; its
    /// reference (`"2025-878 DC"`) is its uid.
    @discardableResult
    public func write(_ decision: ConstitutionalDecisionText, source: SourceReference) throws -> RecordChange {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let content = String(decoding: try encoder.encode(decision), as: UTF8.self)
        let hash = try contentHash(decision)
        let change = try decisionHashes.change(uid: decision.reference, hash: hash, in: db)
        decisions.count(change)
        guard change != .unchanged else { return change }
        try db.cachedStatement(sql: """
            INSERT INTO constitutional_decision (uid, date, law_title, content, content_hash, dump_id, entry, entry_sha256) VALUES (?,?,?,?,?,?,?,?)
            """).execute(arguments: [
                decision.reference, decision.date?.description, decision.lawTitle, content, hash,
                try dumps.id(for: source, in: db), source.entry, source.entrySHA256,
            ])
        return change
    }
}
