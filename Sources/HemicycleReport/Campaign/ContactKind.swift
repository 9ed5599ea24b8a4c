import HemicycleModel

/// The kind of a contact channel of the Assemblée's records, from its published label
/// (*typeLibelle*: `Mèl`, `Site internet`, `Twitter`, `Adresse officielle`…).
public enum ContactKind: String, Sendable {
    case email, website, social, postal, other

    /// The kind of `contact`, from its label.
    public static func of(_ contact: Contact) -> ContactKind {
        let kind = TextFolding.fold(contact.kind)
        if kind.contains("mel") || kind.contains("mail") { return .email }
        if kind.contains("site") || kind.contains("web") { return .website }
        if ["twitter", "facebook", "instagram", "linkedin", "youtube", "tiktok", "bluesky", "mastodon", "x "].contains(where: kind.contains) { return .social }
        if kind.contains("adresse") || kind.contains("postal") { return .postal }
        return .other
    }
}
