import HemicycleModel

extension Deputy {
    /// The deputy's official page on the Assemblée's site
    /// (`https://www.assemblee-nationale.fr/dyn/deputes/PA721908`).
    public var officialPageURL: String {
        "https://www.assemblee-nationale.fr/dyn/deputes/\(uid)"
    }
}

extension StoredDossier {
    /// The dossier's official page on the Assemblée's site
    /// (`https://www.assemblee-nationale.fr/dyn/16/dossiers/DLR5L16N49176`; without the
    /// legislature when the record has none).
    public var officialPageURL: String {
        "https://www.assemblee-nationale.fr/dyn/" + (legislature.map { "\($0)/" } ?? "") + "dossiers/\(uid)"
    }
}

extension Body {
    /// The official page of the body `uid` (a political group, say) on the Assemblée's site: its
    /// record among the *instances* (`https://www2.assemblee-nationale.fr/instances/fiche/OMC_PO845407`),
    /// for pages that know the group by its id alone.
    public static func officialPageURL(uid: String) -> String {
        "https://www2.assemblee-nationale.fr/instances/fiche/OMC_\(uid)"
    }

    /// The body's official page (see ``officialPageURL(uid:)``).
    public var officialPageURL: String { Self.officialPageURL(uid: uid) }
}
