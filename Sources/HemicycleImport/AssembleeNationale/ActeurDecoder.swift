import Foundation
import HemicycleModel

/// `{"acteur": {...}}`: a person, with the mandates embedded in the file.
struct RawActeurFile: Decodable, Sendable {
    let acteur: RawActeur
}

struct RawActeur: Decodable, Sendable {
    let deputy: Deputy
    let mandats: [RawMandat]

    enum CodingKeys: String, CodingKey { case uid, etatCivil, profession, uri_hatvp, adresses, mandats }
    enum EtatCivilKeys: String, CodingKey { case ident, infoNaissance, dateDeces }
    enum IdentKeys: String, CodingKey { case civ, prenom, nom, alpha }
    enum NaissanceKeys: String, CodingKey { case dateNais, villeNais }
    enum ProfessionKeys: String, CodingKey { case libelleCourant }
    enum AdressesKeys: String, CodingKey { case adresse }
    enum MandatsKeys: String, CodingKey { case mandat }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let uid = try c.requiredText(.uid)
        let etatCivil = try c.nestedContainer(keyedBy: EtatCivilKeys.self, forKey: .etatCivil)
        let ident = try etatCivil.nestedContainer(keyedBy: IdentKeys.self, forKey: .ident)
        var birthDate: CalendarDate?
        var birthPlace: String?
        if let naissance = try? etatCivil.nestedContainer(keyedBy: NaissanceKeys.self, forKey: .infoNaissance) {
            birthDate = try naissance.date(.dateNais)
            birthPlace = try naissance.text(.villeNais)
        }
        var profession: String?
        if let p = try? c.nestedContainer(keyedBy: ProfessionKeys.self, forKey: .profession) {
            profession = try p.text(.libelleCourant)
        }
        var contacts: [Contact] = []
        if let a = try c.object(.adresses, of: RawAdresses.self) {
            contacts = a.adresses.compactMap(\.contact)
        }
        deputy = Deputy(
            uid: uid,
            civility: try ident.text(.civ),
            firstName: try ident.textOrEmpty(.prenom),
            lastName: try ident.textOrEmpty(.nom),
            sortName: try ident.text(.alpha),
            birthDate: birthDate,
            birthPlace: birthPlace,
            deathDate: try etatCivil.date(.dateDeces),
            profession: profession,
            hatvpURL: try c.text(.uri_hatvp),
            contacts: contacts
        )
        mandats = try c.object(.mandats, of: RawMandats.self)?.mandats ?? []
    }
}

struct RawAdresses: Decodable, Sendable {
    let adresses: [RawAdresse]
    enum CodingKeys: String, CodingKey { case adresse }
    init(from decoder: any Decoder) throws {
        adresses = try decoder.container(keyedBy: CodingKeys.self).list(.adresse)
    }
}

struct RawMandats: Decodable, Sendable {
    let mandats: [RawMandat]
    enum CodingKeys: String, CodingKey { case mandat }
    init(from decoder: any Decoder) throws {
        mandats = try decoder.container(keyedBy: CodingKeys.self).list(.mandat)
    }
}

/// One `adresse`: a postal address, an e-mail, a website or a social account.
struct RawAdresse: Decodable, Sendable {
    let contact: Contact?

    enum CodingKeys: String, CodingKey { case typeLibelle, valElec, numeroRue, nomRue, complementAdresse, codePostal, ville, intitule }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.text(.typeLibelle) ?? "Adresse"
        if let electronic = try c.text(.valElec), !electronic.isEmpty {
            contact = Contact(kind: kind, value: electronic)
            return
        }
        let parts = try [c.text(.intitule), c.text(.numeroRue), c.text(.nomRue), c.text(.complementAdresse), c.text(.codePostal), c.text(.ville)]
            .compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        contact = parts.isEmpty ? nil : Contact(kind: kind, value: parts.joined(separator: " "))
    }
}

/// `{"organe": {...}}`: a body.
struct RawOrganeFile: Decodable, Sendable {
    let organe: RawOrgane
}

struct RawOrgane: Decodable, Sendable {
    let body: Body

    enum CodingKeys: String, CodingKey { case uid, codeType, libelle, libelleAbrege, libelleAbrev, viMoDe, legislature, couleurAssociee, organeParent }
    enum ViMoDeKeys: String, CodingKey { case dateDebut, dateFin }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var start: CalendarDate?
        var end: CalendarDate?
        if let v = try? c.nestedContainer(keyedBy: ViMoDeKeys.self, forKey: .viMoDe) {
            start = try v.date(.dateDebut)
            end = try v.date(.dateFin)
        }
        body = Body(
            uid: try c.requiredText(.uid),
            typeCode: try c.textOrEmpty(.codeType),
            name: try c.textOrEmpty(.libelle),
            shortName: try c.text(.libelleAbrege),
            abbreviation: try c.text(.libelleAbrev),
            startDate: start,
            endDate: end,
            legislature: try c.int(.legislature),
            color: try c.text(.couleurAssociee),
            parentRef: try c.text(.organeParent)
        )
    }
}

/// `{"mandat": {...}}`: a mandate file.
struct RawMandatFile: Decodable, Sendable {
    let mandat: RawMandat
}

struct RawMandat: Decodable, Sendable {
    let mandate: Mandate

    enum CodingKeys: String, CodingKey { case uid, acteurRef, legislature, typeOrgane, dateDebut, dateFin, infosQualite, organes, election, mandature }
    enum QualiteKeys: String, CodingKey { case codeQualite }
    enum OrganesKeys: String, CodingKey { case organeRef }
    enum ElectionKeys: String, CodingKey { case lieu, causeMandat }
    enum LieuKeys: String, CodingKey { case region, departement, numDepartement, numCirco }
    enum MandatureKeys: String, CodingKey { case causeFin }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var quality: String?
        if let q = try? c.nestedContainer(keyedBy: QualiteKeys.self, forKey: .infosQualite) {
            quality = try q.text(.codeQualite)
        }
        var bodyRefs: [String] = []
        if let o = try? c.nestedContainer(keyedBy: OrganesKeys.self, forKey: .organes) {
            bodyRefs = try o.list(.organeRef, of: ANText.self).compactMap(\.value)
        }
        var election: Election?
        if let e = try? c.nestedContainer(keyedBy: ElectionKeys.self, forKey: .election) {
            var value = Election(cause: try e.text(.causeMandat))
            if let lieu = try? e.nestedContainer(keyedBy: LieuKeys.self, forKey: .lieu) {
                value.region = try lieu.text(.region)
                value.department = try lieu.text(.departement)
                value.departmentCode = try lieu.text(.numDepartement)
                value.constituency = try lieu.int(.numCirco)
            }
            election = value
        }
        var endCause: String?
        if let m = try? c.nestedContainer(keyedBy: MandatureKeys.self, forKey: .mandature) {
            endCause = try m.text(.causeFin)
        }
        mandate = Mandate(
            uid: try c.requiredText(.uid),
            deputyRef: try c.requiredText(.acteurRef),
            legislature: try c.int(.legislature),
            bodyType: try c.textOrEmpty(.typeOrgane),
            bodyRefs: bodyRefs,
            startDate: try c.date(.dateDebut),
            endDate: try c.date(.dateFin),
            quality: quality,
            election: election,
            endCause: endCause
        )
    }
}
