/// Whether a ballot is a vote on amendments, told by its title as the Assemblée writes it: "l'amendement
/// n° 237 (rect.) du Gouvernement…", "les amendements identiques n° 12 et 45…". The numbers it
/// quotes are read by HemicycleLegislation's linking rules; the store's coverage counts these ballots.
public enum AmendmentBallotKind {
    /// Whether the folded title (``TextFolding/fold(_:)``) is that of a vote on one or more amendments.
    public static func isAmendmentBallot(foldedTitle: String) -> Bool {
        foldedTitle.hasPrefix("l'amendement") || foldedTitle.hasPrefix("les amendements")
    }
}
