import HemicycleLegislation
import HemicycleModel
import HemicycleStore

/// What the store says became of an amendment's provision: the bill's outcome, the Conseil
/// constitutionnel's ruling on the provision (when the decision's text is imported and linked) and
/// its path through the readings. Read once for `amendment` and `provision`.
struct FollowedProvision {
    var outcome: BillOutcome?
    var ruling: ProvisionRuling?
    var path: ProvisionPath?

    /// Reads the dossier, the bill's outcome and the decision of `stored`'s bill.
    init(_ stored: StoredAmendment, in database: HemicycleDatabase) throws {
        let dossierUID = stored.amendment.dossierRef
        outcome = try dossierUID.flatMap { try database.billOutcome(dossierUID: $0) }
        let decision = try outcome?.decision.flatMap { try database.constitutionalDecision(reference: $0.reference) }
        ruling = decision.flatMap { ProvisionLinker.ruling(for: stored.amendment, in: $0, decisionURL: outcome?.decision?.pageURL) }
        if let dossierUID, let dossier = try Self.storedDossier(dossierUID, in: database) {
            path = ProvisionPath.build(amendment: stored.amendment, ballots: stored.ballots, steps: dossier.steps, ruling: ruling,
                                       decisionImported: decision != nil)
        }
    }

    /// The dossier, nil when the amendment names one the store does not hold.
    static func storedDossier(_ uid: String, in database: HemicycleDatabase) throws -> StoredDossier? {
        do {
            return try database.dossier(uid: uid)
        } catch StoreError.notFound {
            return nil
        }
    }

    /// The amendment `reference` names: a number (in `dossier` when given) or a uid.
    static func amendment(_ reference: String, dossier: String?, in database: HemicycleDatabase) throws -> StoredAmendment {
        guard let number = Int(reference) else { return try database.amendment(uid: reference) }
        guard let first = try database.amendments(number: number, dossier: dossier).first else {
            throw StoreError.notFound("no amendment n° \(number)\(dossier.map { " in dossier \($0)" } ?? "")")
        }
        return first
    }
}
