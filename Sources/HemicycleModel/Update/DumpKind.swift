/// The official dumps `hemicycle update` fetches for a legislature, and where each lies in the
/// Assemblée's open-data repository.
public enum DumpKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The persons, bodies and mandates of the sitting deputies (the AMO10 export).
    case persons
    /// Every public ballot of the legislature.
    case ballots

    /// The dump's path under the repository's base, for a legislature: the layout of
    /// `https://data.assemblee-nationale.fr/static/openData/repository/`, which a mirror or a local
    /// folder given to `--source` repeats.
    public func relativePath(legislature: Int) -> String {
        switch self {
        case .persons:
            return "\(legislature)/amo/deputes_actifs_mandats_actifs_organes/AMO10_deputes_actifs_mandats_actifs_organes.json.zip"
        case .ballots:
            return "\(legislature)/loi/scrutins/Scrutins.json.zip"
        }
    }
}
