import Foundation
import HemicycleModel

/// The raw shape of a ballot file (`{"scrutin": {...}}`), read with the quirk-tolerant helpers
/// of `ANJSON.swift`. Names follow the Assemblée's JSON so that a reader can set the two side by side.
struct RawScrutinFile: Decodable, Sendable {
    let scrutin: RawScrutin
}

struct RawScrutin: Decodable, Sendable {
    let uid: String
    let numero: Int
    let legislature: Int
    let dateScrutin: CalendarDate
    let codeTypeVote: String
    let libelleTypeVote: String
    let typeMajorite: String
    let sortCode: String
    let sortLibelle: String
    let titre: String
    let demandeur: String?
    let seanceRef: String?
    let sessionRef: String?
    let organeRef: String?
    let lieuVote: String?
    let synthese: RawSynthese
    let groupes: [RawGroupe]
    let miseAuPoint: RawMiseAuPoint?

    enum CodingKeys: String, CodingKey {
        case uid, numero, legislature, dateScrutin, typeVote, sort, titre, demandeur, seanceRef, sessionRef, organeRef, lieuVote, syntheseVote, ventilationVotes, miseAuPoint
    }
    enum TypeVoteKeys: String, CodingKey { case codeTypeVote, libelleTypeVote, typeMajorite }
    enum SortKeys: String, CodingKey { case code, libelle }
    enum DemandeurKeys: String, CodingKey { case texte }
    enum VentilationKeys: String, CodingKey { case organe }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        uid = try c.requiredText(.uid)
        numero = try c.requiredInt(.numero)
        legislature = try c.requiredInt(.legislature)
        guard let date = try c.date(.dateScrutin) else {
            throw DecodingError.keyNotFound(CodingKeys.dateScrutin, .init(codingPath: c.codingPath, debugDescription: "missing dateScrutin"))
        }
        dateScrutin = date
        let typeVote = try c.nestedContainer(keyedBy: TypeVoteKeys.self, forKey: .typeVote)
        codeTypeVote = try typeVote.textOrEmpty(.codeTypeVote)
        libelleTypeVote = try typeVote.textOrEmpty(.libelleTypeVote)
        typeMajorite = try typeVote.textOrEmpty(.typeMajorite)
        let sort = try c.nestedContainer(keyedBy: SortKeys.self, forKey: .sort)
        sortCode = try sort.textOrEmpty(.code)
        sortLibelle = try sort.textOrEmpty(.libelle)
        titre = try c.textOrEmpty(.titre)
        if c.contains(.demandeur), !(try c.decodeNil(forKey: .demandeur)) {
            demandeur = try c.nestedContainer(keyedBy: DemandeurKeys.self, forKey: .demandeur).text(.texte)
        } else {
            demandeur = nil
        }
        seanceRef = try c.text(.seanceRef)
        sessionRef = try c.text(.sessionRef)
        organeRef = try c.text(.organeRef)
        lieuVote = try c.text(.lieuVote)
        synthese = try c.decode(RawSynthese.self, forKey: .syntheseVote)
        let ventilation = try c.nestedContainer(keyedBy: VentilationKeys.self, forKey: .ventilationVotes)
        groupes = try ventilation.list(.organe, of: RawVentilationOrgane.self).flatMap(\.groupes)
        miseAuPoint = try c.object(.miseAuPoint, of: RawMiseAuPoint.self)
    }
}

/// `syntheseVote`: the official totals.
struct RawSynthese: Decodable, Sendable {
    let nombreVotants: Int
    let suffragesExprimes: Int
    let nbrSuffragesRequis: Int
    let annonce: String?
    let decompte: RawDecompte

    enum CodingKeys: String, CodingKey { case nombreVotants, suffragesExprimes, nbrSuffragesRequis, annonce, decompte }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        nombreVotants = try c.requiredInt(.nombreVotants)
        suffragesExprimes = try c.requiredInt(.suffragesExprimes)
        nbrSuffragesRequis = try c.int(.nbrSuffragesRequis) ?? 0
        annonce = try c.text(.annonce)
        decompte = try c.decode(RawDecompte.self, forKey: .decompte)
    }
}

/// `decompte` / `decompteVoix`: counts of one tally.
struct RawDecompte: Decodable, Sendable {
    let tally: Tally

    enum CodingKeys: String, CodingKey { case pour, contre, abstentions, nonVotants, nonVotantsVolontaires }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        tally = Tally(
            for: try c.int(.pour) ?? 0,
            against: try c.int(.contre) ?? 0,
            abstentions: try c.int(.abstentions) ?? 0,
            nonVoting: try c.int(.nonVotants) ?? 0,
            voluntaryNonVoting: try c.int(.nonVotantsVolontaires) ?? 0
        )
    }
}

struct RawVentilationOrgane: Decodable, Sendable {
    let groupes: [RawGroupe]
    enum CodingKeys: String, CodingKey { case groupes }
    enum GroupesKeys: String, CodingKey { case groupe }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard let inner = try c.object(.groupes, of: RawGroupes.self) else { groupes = []; return }
        groupes = inner.groupe
    }
}

struct RawGroupes: Decodable, Sendable {
    let groupe: [RawGroupe]
    enum CodingKeys: String, CodingKey { case groupe }
    init(from decoder: any Decoder) throws {
        groupe = try decoder.container(keyedBy: CodingKeys.self).list(.groupe)
    }
}

/// One group's entry in `ventilationVotes`.
struct RawGroupe: Decodable, Sendable {
    let organeRef: String
    let nombreMembresGroupe: Int
    let positionMajoritaire: String?
    let decompteVoix: Tally
    /// Nominative lists by position (`pours`, `contres`, `abstentions`, `nonVotants`).
    let nominatifs: [(VotePosition, [RawVotant])]

    enum CodingKeys: String, CodingKey { case organeRef, nombreMembresGroupe, vote }
    enum VoteKeys: String, CodingKey { case positionMajoritaire, decompteVoix, decompteNominatif }
    enum NominatifKeys: String, CodingKey { case pours, contres, abstentions, nonVotants }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        organeRef = try c.requiredText(.organeRef)
        nombreMembresGroupe = try c.int(.nombreMembresGroupe) ?? 0
        let vote = try c.nestedContainer(keyedBy: VoteKeys.self, forKey: .vote)
        positionMajoritaire = try vote.text(.positionMajoritaire)
        decompteVoix = try vote.decode(RawDecompte.self, forKey: .decompteVoix).tally
        var lists: [(VotePosition, [RawVotant])] = []
        if let nominatif = try? vote.nestedContainer(keyedBy: NominatifKeys.self, forKey: .decompteNominatif) {
            for (key, position) in [(NominatifKeys.pours, VotePosition.for), (.contres, .against), (.abstentions, .abstention), (.nonVotants, .nonVoting)] {
                let votants = try nominatif.list(key, of: RawVotantList.self).flatMap(\.votants)
                lists.append((position, votants))
            }
        }
        nominatifs = lists
    }
}

/// `{"votant": …}`: a list of voters, in any spelling.
struct RawVotantList: Decodable, Sendable {
    let votants: [RawVotant]
    enum CodingKeys: String, CodingKey { case votant }
    init(from decoder: any Decoder) throws {
        votants = try decoder.container(keyedBy: CodingKeys.self).list(.votant)
    }
}

/// One named voter.
struct RawVotant: Decodable, Sendable {
    let acteurRef: String
    let mandatRef: String?
    let parDelegation: Bool
    let numPlace: Int?
    let causePositionVote: String?

    enum CodingKeys: String, CodingKey { case acteurRef, mandatRef, parDelegation, numPlace, causePositionVote }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        acteurRef = try c.requiredText(.acteurRef)
        mandatRef = try c.text(.mandatRef)
        parDelegation = try c.bool(.parDelegation) ?? false
        numPlace = try c.int(.numPlace)
        causePositionVote = try c.text(.causePositionVote)
    }
}

/// `miseAuPoint`: the corrections (*mises au point*), and the reported malfunctions.
struct RawMiseAuPoint: Decodable, Sendable {
    /// (intended position, voluntary non-voter?, malfunction?, voter)
    let entries: [(VotePosition, Bool, Bool, RawVotant)]

    enum CodingKeys: String, CodingKey { case pours, contres, abstentions, nonVotants, nonVotantsVolontaires, dysfonctionnement }
    enum MalfunctionKeys: String, CodingKey { case pour, contre, abstentions, nonVotants, nonVotantsVolontaires }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var result: [(VotePosition, Bool, Bool, RawVotant)] = []
        let statementKeys: [(CodingKeys, VotePosition, Bool)] = [
            (.pours, .for, false), (.contres, .against, false), (.abstentions, .abstention, false),
            (.nonVotants, .nonVoting, false), (.nonVotantsVolontaires, .nonVoting, true),
        ]
        for (key, position, voluntary) in statementKeys {
            for votant in try c.list(key, of: RawVotantList.self).flatMap(\.votants) {
                result.append((position, voluntary, false, votant))
            }
        }
        if let malfunction = try? c.nestedContainer(keyedBy: MalfunctionKeys.self, forKey: .dysfonctionnement) {
            let malfunctionKeys: [(MalfunctionKeys, VotePosition, Bool)] = [
                (.pour, .for, false), (.contre, .against, false), (.abstentions, .abstention, false),
                (.nonVotants, .nonVoting, false), (.nonVotantsVolontaires, .nonVoting, true),
            ]
            for (key, position, voluntary) in malfunctionKeys {
                for votant in try malfunction.list(key, of: RawVotantList.self).flatMap(\.votants) {
                    result.append((position, voluntary, true, votant))
                }
            }
        }
        entries = result
    }
}
