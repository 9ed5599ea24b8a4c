import Foundation
import HemicycleModel

/// The column a contact channel of the Assemblée's record goes to in a contact list, from its
/// published label (*typeLibelle*): each social network in its own column, the official
/// Assemblée e-mail apart from the others, the Assemblée's postal address apart from the
/// constituency's. A label not known here gets a column of its own (`other_<label>`), so that
/// nothing is dropped.
public struct ContactField: Hashable, Sendable {
    /// The CSV column key (`email_assemblee`, `twitter`, `constituency_address`).
    public let key: String
    /// Whether the channel is an e-mail address.
    public let isEmail: Bool

    /// The official address, `…@assemblee-nationale.fr`.
    public static let emailAssemblee = ContactField(key: "email_assemblee", isEmail: true)
    /// Any other e-mail address (party, personal, constituency office).
    public static let emailOther = ContactField(key: "email_other", isEmail: true)

    /// The columns every contact list has, in order, even when empty: a mail merge needs a fixed header.
    public static let standardKeys = ["email_assemblee", "email_other", "website", "twitter", "facebook", "instagram", "linkedin",
                                      "phone", "postal_address", "constituency_address"]
    /// The columns added only when some record has such a channel, in this order (then `other_…` ones).
    public static let optionalKeys = ["bluesky", "mastodon", "youtube", "tiktok", "fax", "senate_page", "paris_address"]

    /// The field of `contact`, from its label.
    public static func of(_ contact: Contact) -> ContactField {
        let label = TextFolding.fold(contact.kind)
        if label.contains("mel") || label.contains("mail") { return emailOther }
        let table: [(needle: String, key: String)] = [
            ("twitter", "twitter"), ("facebook", "facebook"), ("instagram", "instagram"), ("linkedin", "linkedin"), ("bluesky", "bluesky"),
            ("mastodon", "mastodon"), ("youtube", "youtube"), ("tiktok", "tiktok"), ("senateur", "senate_page"), ("site", "website"),
            ("telecopie", "fax"), ("fax", "fax"), ("telephone", "phone"), ("adresse officielle", "postal_address"),
            ("circonscription", "constituency_address"), ("paris", "paris_address"),
        ]
        if let match = table.first(where: { label.contains($0.needle) }) { return ContactField(key: match.key, isEmail: false) }
        let slug = label.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
            .split(separator: "_").joined(separator: "_")
        return ContactField(key: "other_" + (slug.isEmpty ? "contact" : slug), isEmail: false)
    }

    /// Whether `address` is the Assemblée's own (`…@assemblee-nationale.fr`).
    public static func isAssembleeAddress(_ address: String) -> Bool {
        address.lowercased().hasSuffix("@assemblee-nationale.fr")
    }

    /// The addresses in an e-mail cell: one normally; several when the record lists them in one
    /// value, separated by spaces, commas or semicolons.
    public static func emailAddresses(in value: String) -> [String] {
        value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0.isNewline }).map(String.init)
    }
}
