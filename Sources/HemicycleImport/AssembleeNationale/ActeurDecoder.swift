import HemicycleModel

/// `{"acteur": {...}}`: a person, with the mandates embedded in the file.
struct RawActeur: ANRootRecord, Sendable {
    let deputy: Deputy
    let mandats: [RawMandat]

    static let rootKey: StaticString = "acteur"

    init(json c: JSONValue) throws(JSONValueError) {
        let uid = try c.requiredText("uid")
        let etatCivil = try c.requiredObject("etatCivil")
        let ident = try etatCivil.requiredObject("ident")
        let naissance = try etatCivil.object("infoNaissance")
        var contacts: [Contact] = []
        if let adresses = try c.object("adresses") {
            for adresse in try adresses.list("adresse") {
                if let contact = try Self.contact(adresse) { contacts.append(contact) }
            }
        }
        deputy = Deputy(
            uid: uid,
            civility: try ident.text("civ"),
            firstName: try ident.textOrEmpty("prenom"),
            lastName: try ident.textOrEmpty("nom"),
            sortName: try ident.text("alpha"),
            birthDate: try naissance?.date("dateNais"),
            birthPlace: try naissance?.text("villeNais"),
            deathDate: try etatCivil.date("dateDeces"),
            profession: try c.object("profession")?.text("libelleCourant"),
            hatvpURL: try c.text("uri_hatvp"),
            contacts: contacts
        )
        var mandats: [RawMandat] = []
        if let holder = try c.object("mandats") {
            for mandat in try holder.list("mandat") { mandats.append(try RawMandat(json: mandat)) }
        }
        self.mandats = mandats
    }

    /// One `adresse`: a postal address, an e-mail, a website or a social account; nil when empty.
    static func contact(_ c: JSONValue) throws(JSONValueError) -> Contact? {
        let kind = try c.text("typeLibelle") ?? "Adresse"
        if let electronic = try c.text("valElec"), !electronic.isEmpty {
            return Contact(kind: kind, value: electronic)
        }
        let parts = try [c.text("intitule"), c.text("numeroRue"), c.text("nomRue"), c.text("complementAdresse"), c.text("codePostal"), c.text("ville")]
            .compactMap { $0?.trimmingSpaces }
            .filter { !$0.isEmpty }
        return parts.isEmpty ? nil : Contact(kind: kind, value: parts.joined(separator: " "))
    }
}

/// `{"organe": {...}}`: a body.
struct RawOrgane: ANRootRecord, Sendable {
    let body: Body

    static let rootKey: StaticString = "organe"

    init(json c: JSONValue) throws(JSONValueError) {
        let period = try c.object("viMoDe")
        body = Body(
            uid: try c.requiredText("uid"),
            typeCode: try c.textOrEmpty("codeType"),
            name: try c.textOrEmpty("libelle"),
            shortName: try c.text("libelleAbrege"),
            abbreviation: try c.text("libelleAbrev"),
            startDate: try period?.date("dateDebut"),
            endDate: try period?.date("dateFin"),
            legislature: try c.int("legislature"),
            color: try c.text("couleurAssociee"),
            parentRef: try c.text("organeParent")
        )
    }
}

/// `{"mandat": {...}}`: a mandate, in a file of its own or embedded in a person's.
struct RawMandat: ANRootRecord, Sendable {
    let mandate: Mandate

    static let rootKey: StaticString = "mandat"

    init(json c: JSONValue) throws(JSONValueError) {
        var bodyRefs: [String] = []
        if let organes = try c.object("organes") {
            for ref in try organes.list("organeRef") {
                if let text = try ref.anText() { bodyRefs.append(text) }
            }
        }
        var election: Election?
        if let e = try c.object("election") {
            var value = Election(cause: try e.text("causeMandat"))
            if let lieu = try e.object("lieu") {
                value.region = try lieu.text("region")
                value.department = try lieu.text("departement")
                value.departmentCode = try lieu.text("numDepartement")
                value.constituency = try lieu.int("numCirco")
            }
            election = value
        }
        mandate = Mandate(
            uid: try c.requiredText("uid"),
            deputyRef: try c.requiredText("acteurRef"),
            legislature: try c.int("legislature"),
            bodyType: try c.textOrEmpty("typeOrgane"),
            bodyRefs: bodyRefs,
            startDate: try c.date("dateDebut"),
            endDate: try c.date("dateFin"),
            quality: try c.object("infosQualite")?.text("codeQualite"),
            election: election,
            endCause: try c.object("mandature")?.text("causeFin")
        )
    }
}
