import HemicycleModel

/// Turns a decoded ballot file into a ``BallotRecord``, checking that its counts add up.
///
/// What must add up (else the ballot is refused with ``ImportError/inconsistentCounts``):
/// - the official totals: for + against + abstentions = voters, for + against = votes cast;
/// - the groups' for / against / abstention counts sum to the official ones;
/// - each group's nominative lists have as many names as its for / against / abstention counts.
///
/// Non-voters are only checked softly: the Assemblée's published number of *non-votants* can
/// differ from the names it lists (ballot 1 of the 17th legislature: 10 published, 21 named).
/// Such a difference becomes an ``ImportWarning``, and both figures are kept.
enum BallotRecordBuilder {
    /// The placeholder group id found in a few ballots (December 2024), to be recovered from
    /// the deputies' group mandates by the store.
    static let bogusGroupRef = "PO0"

    static func make(_ raw: RawScrutin, path: String, entry: String) throws -> (BallotRecord, [ImportWarning]) {
        let official = raw.synthese.decompte.tally
        var warnings: [ImportWarning] = []
        func inconsistent(_ reason: String) -> ImportError {
            .inconsistentCounts(path: path, entry: entry, uid: raw.uid, reason: reason)
        }
        guard official.voters == raw.synthese.nombreVotants else {
            throw inconsistent("for \(official.for) + against \(official.against) + abstentions \(official.abstentions) ≠ voters \(raw.synthese.nombreVotants)")
        }
        guard official.expressed == raw.synthese.suffragesExprimes else {
            throw inconsistent("for \(official.for) + against \(official.against) ≠ votes cast \(raw.synthese.suffragesExprimes)")
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
        var sum = Tally()
        var seenDeputies: Set<String> = []
        for (order, groupe) in raw.groupes.enumerated() {
            let counts = groupe.decompteVoix
            groups.append(GroupVote(
                ballotUID: raw.uid, groupRef: groupe.organeRef, publishedGroupRef: groupe.organeRef, order: order,
                members: groupe.nombreMembresGroupe,
                majorityPosition: groupe.positionMajoritaire.flatMap(VotePosition.init(french:)),
                tally: counts
            ))
            sum.for += counts.for
            sum.against += counts.against
            sum.abstentions += counts.abstentions
            sum.nonVoting += counts.nonVoting
            for (position, votants) in groupe.nominatifs {
                if position != .nonVoting, votants.count != counts[position] {
                    throw inconsistent("group \(groupe.organeRef) (entry \(order + 1)) publishes \(counts[position]) \(position.label) but names \(votants.count)")
                }
                if position == .nonVoting, votants.count != counts.nonVoting {
                    warnings.append(ImportWarning(uid: raw.uid, message: "group \(groupe.organeRef) publishes \(counts.nonVoting) non-voting but names \(votants.count); both kept"))
                }
                for votant in votants {
                    if !seenDeputies.insert(votant.acteurRef).inserted {
                        warnings.append(ImportWarning(uid: raw.uid, message: "deputy \(votant.acteurRef) is listed twice; the first listing is kept"))
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
        if !raw.groupes.isEmpty {
            for position in [VotePosition.for, .against, .abstention] where sum[position] != official[position] {
                throw inconsistent("the groups' \(position.label) counts sum to \(sum[position]), the official total is \(official[position])")
            }
            if sum.nonVoting != official.nonVoting {
                warnings.append(ImportWarning(uid: raw.uid, message: "official non-voting count is \(official.nonVoting) but the groups list \(sum.nonVoting); the official count is kept for totals"))
            }
        }
        if raw.groupes.contains(where: { $0.organeRef == bogusGroupRef }) {
            warnings.append(ImportWarning(uid: raw.uid, message: "groups published as \(bogusGroupRef); recovered from the deputies' group mandates on \(raw.dateScrutin)"))
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
