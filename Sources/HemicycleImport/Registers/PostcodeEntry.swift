/// One line of La Poste's postcode base (base officielle des codes postaux): a commune, one of
/// its postcodes, and optionally a locality within it.
public struct PostcodeEntry: Hashable, Sendable {
    /// The commune's INSEE code, 5 characters (`01001`, `2A004`, `59350`).
    public var inseeCode: String
    /// The commune's name as La Poste writes it: capitals, no accents (`L ABERGEMENT CLEMENCIAT`).
    public var communeName: String
    /// The postcode, 5 digits with its leading zero (`01400`).
    public var postcode: String
    /// The delivery label (libellé d'acheminement), the town name printed on mail (`LILLE`).
    public var deliveryLabel: String
    /// The "ligne 5" locality (a hamlet or former commune, e.g. `LOMME` under Lille), or nil.
    public var locality: String?

    /// Creates an entry.
    public init(inseeCode: String, communeName: String, postcode: String, deliveryLabel: String, locality: String? = nil) {
        self.inseeCode = inseeCode
        self.communeName = communeName
        self.postcode = postcode
        self.deliveryLabel = deliveryLabel
        self.locality = locality
    }
}
