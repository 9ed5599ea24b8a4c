/// A person known to the Assemblée nationale (*acteur*): a deputy, or a former one.
public struct Deputy: Hashable, Sendable, Codable, Identifiable {
    /// The Assemblée's identifier (`PA721908`).
    public var uid: String
    /// Civility (`M.`, `Mme`).
    public var civility: String?
    /// Given name (*prénom*).
    public var firstName: String
    /// Family name (*nom*).
    public var lastName: String
    /// The Assemblée's sort key (*alpha*, `BraunPivet`).
    public var sortName: String?
    /// Birth date, if published.
    public var birthDate: CalendarDate?
    /// Birth place (town), if published.
    public var birthPlace: String?
    /// Date of death, if any.
    public var deathDate: CalendarDate?
    /// Profession as published (*libelleCourant*).
    public var profession: String?
    /// The deputy's page at the HATVP (transparency authority), if published.
    public var hatvpURL: String?
    /// Contact channels from the official record (e-mail, website, social accounts, addresses).
    public var contacts: [Contact]

    public var id: String { uid }

    /// "Yaël Braun-Pivet".
    public var fullName: String { [firstName, lastName].filter { !$0.isEmpty }.joined(separator: " ") }

    public init(uid: String, civility: String? = nil, firstName: String, lastName: String, sortName: String? = nil, birthDate: CalendarDate? = nil, birthPlace: String? = nil, deathDate: CalendarDate? = nil, profession: String? = nil, hatvpURL: String? = nil, contacts: [Contact] = []) {
        self.uid = uid
        self.civility = civility
        self.firstName = firstName
        self.lastName = lastName
        self.sortName = sortName
        self.birthDate = birthDate
        self.birthPlace = birthPlace
        self.deathDate = deathDate
        self.profession = profession
        self.hatvpURL = hatvpURL
        self.contacts = contacts
    }
}

/// A contact channel of a deputy (*adresse* in the Assemblée's records).
public struct Contact: Hashable, Sendable, Codable {
    /// The Assemblée's label of the channel (*Mèl*, *Site internet*, *Twitter*, *Facebook*,
    /// *Adresse officielle*…).
    public var kind: String
    /// The value: an address, a URL, an account name, or a postal address on one line.
    public var value: String

    public init(kind: String, value: String) {
        self.kind = kind
        self.value = value
    }
}

extension Deputy: CanonicallyEncodable {
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.object { w in
            w.member("birthDate", birthDate); w.member("birthPlace", birthPlace); w.member("civility", civility)
            w.member("contacts", contacts); w.member("deathDate", deathDate); w.member("firstName", firstName)
            w.member("hatvpURL", hatvpURL); w.member("lastName", lastName); w.member("profession", profession)
            w.member("sortName", sortName); w.member("uid", uid)
        }
    }
}

extension Contact: CanonicallyEncodable {
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.object { w in
            w.member("kind", kind); w.member("value", value)
        }
    }
}
