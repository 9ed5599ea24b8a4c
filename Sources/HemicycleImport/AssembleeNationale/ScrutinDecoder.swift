import HemicycleModel

/// The raw shape of a ballot file (`{"scrutin": {...}}`), read from a parsed ``JSONDocument``
/// with the quirk-tolerant helpers of `ANJSONValue.swift`. Names follow the Assemblée's JSON so
/// that a reader can set the two side by side.
struct RawScrutin: ANRootRecord, Sendable {
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

    static let rootKey: StaticString = "scrutin"

    init(json c: JSONValue) throws(JSONValueError) {
        uid = try c.requiredText("uid")
        numero = try c.requiredInt("numero")
        legislature = try c.requiredInt("legislature")
        guard let date = try c.date("dateScrutin") else { throw JSONValueError(value: c, missing: "dateScrutin") }
        dateScrutin = date
        let typeVote = try c.requiredObject("typeVote")
        codeTypeVote = try typeVote.textOrEmpty("codeTypeVote")
        libelleTypeVote = try typeVote.textOrEmpty("libelleTypeVote")
        typeMajorite = try typeVote.textOrEmpty("typeMajorite")
        let sort = try c.requiredObject("sort")
        sortCode = try sort.textOrEmpty("code")
        sortLibelle = try sort.textOrEmpty("libelle")
        titre = try c.textOrEmpty("titre")
        demandeur = try c.object("demandeur")?.text("texte")
        seanceRef = try c.text("seanceRef")
        sessionRef = try c.text("sessionRef")
        organeRef = try c.text("organeRef")
        lieuVote = try c.text("lieuVote")
        synthese = try RawSynthese(json: c.requiredObject("syntheseVote"))
        var groupes: [RawGroupe] = []
        for organe in try c.requiredObject("ventilationVotes").list("organe") {
            guard let inner = try organe.object("groupes") else { continue }
            for groupe in try inner.list("groupe") { groupes.append(try RawGroupe(json: groupe)) }
        }
        self.groupes = groupes
        miseAuPoint = try c.object("miseAuPoint").map { v throws(JSONValueError) in try RawMiseAuPoint(json: v) }
    }
}

/// `syntheseVote`: the official totals.
struct RawSynthese: Sendable {
    let nombreVotants: Int
    let suffragesExprimes: Int
    let nbrSuffragesRequis: Int
    let annonce: String?
    let decompte: RawDecompte

    init(json c: JSONValue) throws(JSONValueError) {
        nombreVotants = try c.requiredInt("nombreVotants")
        suffragesExprimes = try c.requiredInt("suffragesExprimes")
        nbrSuffragesRequis = try c.int("nbrSuffragesRequis") ?? 0
        annonce = try c.text("annonce")
        decompte = try RawDecompte(json: c.requiredObject("decompte"))
    }
}

/// `decompte` / `decompteVoix`: counts of one tally.
struct RawDecompte: Sendable {
    let tally: Tally

    init(json c: JSONValue) throws(JSONValueError) {
        tally = Tally(
            for: try c.int("pour") ?? 0,
            against: try c.int("contre") ?? 0,
            abstentions: try c.int("abstentions") ?? 0,
            nonVoting: try c.int("nonVotants") ?? 0,
            voluntaryNonVoting: try c.int("nonVotantsVolontaires") ?? 0
        )
    }
}

/// One group's entry in `ventilationVotes`.
struct RawGroupe: Sendable {
    let organeRef: String
    let nombreMembresGroupe: Int
    let positionMajoritaire: String?
    let decompteVoix: Tally
    /// Nominative lists by position (`pours`, `contres`, `abstentions`, `nonVotants`).
    let nominatifs: [(VotePosition, [RawVotant])]

    init(json c: JSONValue) throws(JSONValueError) {
        organeRef = try c.requiredText("organeRef")
        nombreMembresGroupe = try c.int("nombreMembresGroupe") ?? 0
        let vote = try c.requiredObject("vote")
        positionMajoritaire = try vote.text("positionMajoritaire")
        decompteVoix = try RawDecompte(json: vote.requiredObject("decompteVoix")).tally
        var lists: [(VotePosition, [RawVotant])] = []
        if let nominatif = try vote.object("decompteNominatif") {
            lists = [
                (.for, try RawVotant.list(nominatif, "pours")),
                (.against, try RawVotant.list(nominatif, "contres")),
                (.abstention, try RawVotant.list(nominatif, "abstentions")),
                (.nonVoting, try RawVotant.list(nominatif, "nonVotants")),
            ]
        }
        nominatifs = lists
    }
}

/// One named voter.
struct RawVotant: Sendable {
    let acteurRef: String
    let mandatRef: String?
    let parDelegation: Bool
    let numPlace: Int?
    let causePositionVote: String?

    init(json c: JSONValue) throws(JSONValueError) {
        acteurRef = try c.requiredText("acteurRef")
        mandatRef = try c.text("mandatRef")
        parDelegation = try c.bool("parDelegation") ?? false
        numPlace = try c.int("numPlace")
        causePositionVote = try c.text("causePositionVote")
    }

    /// The voters of member `key`: `{"votant": …}` where `votant` is a list in any spelling, the
    /// member itself possibly a list of such objects.
    static func list(_ parent: JSONValue, _ key: StaticString) throws(JSONValueError) -> [RawVotant] {
        var result: [RawVotant] = []
        for holder in try parent.list(key) {
            for votant in try holder.list("votant") { result.append(try RawVotant(json: votant)) }
        }
        return result
    }
}

/// `miseAuPoint`: the corrections (*mises au point*), and the reported malfunctions.
struct RawMiseAuPoint: Sendable {
    /// (intended position, voluntary non-voter?, malfunction?, voter)
    let entries: [(VotePosition, Bool, Bool, RawVotant)]

    init(json c: JSONValue) throws(JSONValueError) {
        var result: [(VotePosition, Bool, Bool, RawVotant)] = []
        func read(_ parent: JSONValue, _ key: StaticString, _ position: VotePosition, voluntary: Bool, malfunction: Bool) throws(JSONValueError) {
            for votant in try RawVotant.list(parent, key) { result.append((position, voluntary, malfunction, votant)) }
        }
        try read(c, "pours", .for, voluntary: false, malfunction: false)
        try read(c, "contres", .against, voluntary: false, malfunction: false)
        try read(c, "abstentions", .abstention, voluntary: false, malfunction: false)
        try read(c, "nonVotants", .nonVoting, voluntary: false, malfunction: false)
        try read(c, "nonVotantsVolontaires", .nonVoting, voluntary: true, malfunction: false)
        if let malfunction = try c.object("dysfonctionnement") {
            try read(malfunction, "pour", .for, voluntary: false, malfunction: true)
            try read(malfunction, "contre", .against, voluntary: false, malfunction: true)
            try read(malfunction, "abstentions", .abstention, voluntary: false, malfunction: true)
            try read(malfunction, "nonVotants", .nonVoting, voluntary: false, malfunction: true)
            try read(malfunction, "nonVotantsVolontaires", .nonVoting, voluntary: true, malfunction: true)
        }
        entries = result
    }
}
