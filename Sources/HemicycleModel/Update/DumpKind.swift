/// The official dumps `hemicycle update` fetches for a legislature, and where each lies in the
/// Assemblée's open-data repository.
public enum DumpKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The persons, bodies and mandates of the sitting deputies (the AMO10 export).
    case persons
    /// Every public ballot of the legislature.
    case ballots
    /// The legislative files (*dossiers législatifs*) and their documents' metadata (`--legislation`).
    case dossiers
    /// The amendments of the legislature (`--legislation`).
    case amendments

    /// The dumps an update fetches by default: persons, then ballots.
    public static let votes: [DumpKind] = [.persons, .ballots]
    /// The dumps `--legislation` adds: dossiers, then amendments.
    public static let legislation: [DumpKind] = [.dossiers, .amendments]

    /// Whether it is imported as legislation (dossiers, documents, amendments) rather than as
    /// persons and ballots.
    public var isLegislation: Bool { Self.legislation.contains(self) }

    /// The dump's path under the repository's base, for a legislature: the layout of
    /// `https://data.assemblee-nationale.fr/static/openData/repository/`, which a mirror or a local
    /// folder given to `--source` repeats.
    public func relativePath(legislature: Int) -> String {
        switch self {
        case .persons:
            return "\(legislature)/amo/deputes_actifs_mandats_actifs_organes/AMO10_deputes_actifs_mandats_actifs_organes.json.zip"
        case .ballots:
            return "\(legislature)/loi/scrutins/Scrutins.json.zip"
        case .dossiers:
            return "\(legislature)/loi/dossiers_legislatifs/Dossiers_Legislatifs.json.zip"
        case .amendments:
            return "\(legislature)/loi/amendements_div_legis/Amendements.json.zip"
        }
    }
}
