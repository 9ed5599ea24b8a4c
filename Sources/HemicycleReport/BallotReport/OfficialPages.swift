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
