import HemicycleModel

/// Turns a decoded ballot file into a ``BallotRecord``.
///
/// The Assemblée's counts are kept as published, even where the file disagrees with itself (a
/// group's published count against the names it lists, a total against its groups): both figures
/// are official, the published one is used, and ``BallotRecord/discrepancies`` recounts the rest.
/// What cannot be an official count is refused (``ImportError/implausibleCount``): a count above
/// the seats of the house (``Ballot/seatsSince2012``), or more deputies named than seats — limits
/// that also keep every sum of counts far from overflowing.
enum BallotRecordBuilder {
    /// The placeholder group id found in a few ballots (December 2024), to be recovered from
    /// the deputies' group mandates by the store.
    static let bogusGroupRef = "PO0"

    static func make(_ raw: RawScrutin, path: String, entry: String) throws -> (BallotRecord, [ImportNote]) {
        let official = raw.synthese.decompte.tally
        var warnings: [ImportNote] = []
        let seats = Ballot.seatsSince2012
        func implausible(_ what: String, _ value: Int) -> ImportError {
            .implausibleCount(path: path, entry: entry, uid: raw.uid, reason: "\(what) is \(value), outside 0…\(seats) (the seats of the house)")
        }
        func check(_ what: String, _ value: Int) throws {
            guard (0...seats).contains(value) else { throw implausible(what, value) }
        }
        func check(_ tally: Tally, _ whose: String) throws {
            for position in VotePosition.allCases { try check("\(whose) \(position.label) count", tally[position]) }
            try check("\(whose) voluntary non-voting count", tally.voluntaryNonVoting)
        }
        try check(official, "the total")
        try check("the number of voters", raw.synthese.nombreVotants)
        try check("the number of votes cast", raw.synthese.suffragesExprimes)
        try check("the majority required", raw.synthese.nbrSuffragesRequis)
        var named = 0
        for groupe in raw.groupes {
            try check(groupe.decompteVoix, "group \(groupe.organeRef)'s")
            try check("group \(groupe.organeRef)'s number of members", groupe.nombreMembresGroupe)
            named += groupe.nominatifs.reduce(0) { $0 + $1.1.count }
        }
        if named > seats {
            throw ImportError.implausibleCount(path: path, entry: entry, uid: raw.uid, reason: "\(named) deputies are named, more than the \(seats) seats of the house")
        }

        let ballot = Ballot(
            uid: raw.uid, number: raw.numero, legislature: raw.legislature, date: raw.dateScrutin,
            type: BallotType(code: raw.codeTypeVote), typeCode: raw.codeTypeVote, typeLabel: raw.libelleTypeVote,
            majorityRule: raw.typeMajorite, result: BallotResult(code: raw.sortCode), resultLabel: raw.sortLibelle,
            title: raw.titre, requestedBy: raw.demandeur, sittingRef: raw.seanceRef, sessionRef: raw.sessionRef,
            bodyRef: raw.organeRef, place: raw.lieuVote, official: official,
            voters: raw.synthese.nombreVotants, expressed: raw.synthese.suffragesExprimes, required: raw.synthese.nbrSuffragesRequis
        )

        var groups: [GroupVote] = []
        var votes: [Vote] = []
        var seenDeputies: Set<String> = []
        for (order, groupe) in raw.groupes.enumerated() {
            let counts = groupe.decompteVoix
            groups.append(GroupVote(
                ballotUID: raw.uid, groupRef: groupe.organeRef, publishedGroupRef: groupe.organeRef, order: order,
                members: groupe.nombreMembresGroupe,
                majorityPosition: groupe.positionMajoritaire.flatMap(VotePosition.init(french:)),
                tally: counts
            ))
            for (position, votants) in groupe.nominatifs {
                for votant in votants {
                    if !seenDeputies.insert(votant.acteurRef).inserted {
                        warnings.append(.deputyListedTwice(ballot: raw.uid, deputy: votant.acteurRef))
                        continue
                    }
                    let cause = votant.causePositionVote.flatMap(NonVotingCause.init(rawValue:))
                    votes.append(Vote(
                        ballotUID: raw.uid, deputyRef: votant.acteurRef, mandateRef: votant.mandatRef,
                        groupRef: groupe.organeRef, position: position, byProxy: votant.parDelegation,
                        seat: votant.numPlace, cause: cause,
                        causeCode: cause == nil ? votant.causePositionVote : nil, groupEntry: order
                    ))
                }
            }
        }
        if raw.groupes.contains(where: { $0.organeRef == bogusGroupRef }) {
            warnings.append(.groupsPublishedAsPlaceholder(ballot: raw.uid, published: bogusGroupRef, date: raw.dateScrutin))
        }

        let corrections = (raw.miseAuPoint?.entries ?? []).map { entry in
            Correction(
                ballotUID: raw.uid, deputyRef: entry.3.acteurRef, mandateRef: entry.3.mandatRef,
                intendedPosition: entry.0, voluntary: entry.1, kind: entry.2 ? .malfunction : .statement,
                byProxy: entry.3.parDelegation
            )
        }
        return (BallotRecord(ballot: ballot, groups: groups, votes: votes, corrections: corrections), warnings)
    }
}
