import HemicycleModel

/// The words of a reader's note (``HemicycleModel/ImportNote``) in the import's report, in English
/// (the JSON's `notes`, word for word) or French.
public enum ImportNoteWording {
    /// One line: an archive's note after its dump's path, a warning after "warning" ("attention").
    public static func line(_ located: DumpNote, language: NumberFormatting.Language) -> String {
        guard language == .french else { return located.description }
        let colon = NumberFormatting.narrowNoBreakSpace + ":"
        let text = french(located.note)
        if located.note.isWarning { return "attention\(colon) \(text)" }
        return located.path.map { "\($0)\(colon) \(text)" } ?? text
    }

    /// The note in French, without the dump's path.
    static func french(_ note: ImportNote) -> String {
        // French puts a narrow no-break space before a colon or a semicolon.
        let colon = NumberFormatting.narrowNoBreakSpace + ":", semicolon = NumberFormatting.narrowNoBreakSpace + ";"
        switch note {
        case .symbolicLinkSkipped(let entry):
            return "\(entry)\(colon) lien symbolique laissé de côté"
        case .nestedArchiveSkipped(let entry):
            return "\(entry)\(colon) archive imbriquée laissée de côté (l'importer à part)"
        case .unsafePathRefused(let entry):
            return "\(entry)\(colon) entrée au chemin absolu ou remontant hors de l'archive, refusée"
        case .duplicateEntrySkipped(let entry):
            return "\(entry)\(colon) entrée en double laissée de côté (la première a été lue)"
        case .readOnce(let entry, let kind, let uid, let first):
            return "\(entry)\(colon) même contenu que \(first) (\(singular(kind)) \(uid)), entrée lue une seule fois"
        case .deputyListedTwice(let ballot, let deputy):
            return "\(ballot)\(colon) le député \(deputy) est nommé deux fois\(semicolon) la première mention est retenue"
        case .groupsPublishedAsPlaceholder(let ballot, let published, let date):
            return "\(ballot)\(colon) groupes publiés sous \(published)\(semicolon) retrouvés par les mandats de groupe des députés au \(date)"
        case .groupsNotRecovered(let ballot):
            return "\(ballot)\(colon) des groupes publiés sous PO0 n'ont pu être retrouvés"
        }
    }

    /// One record of a kind, in French, without an article (`scrutin`, `personne`…).
    private static func singular(_ kind: ImportedRecords.Kind) -> String {
        switch kind {
        case .ballots: "scrutin"
        case .persons: "personne"
        case .bodies: "organe"
        case .mandates: "mandat"
        case .dossiers: "dossier"
        case .documents: "document"
        case .amendments: "amendement"
        case .decisions: "décision du Conseil constitutionnel"
        }
    }
}
