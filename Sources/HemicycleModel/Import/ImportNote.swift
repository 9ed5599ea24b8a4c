/// Something a dump's reader noticed besides the records, which does not stop the import: an
/// archive entry skipped or refused for safety, a record published twice with the same bytes, a
/// quirk of a ballot's file.
///
/// A value, not a sentence: the import's report words it in English or French
/// (`HemicycleReport.ImportNoteWording`); ``description`` is the English line kept in the JSON's
/// `notes` (the words `import --format json` has always written).
public enum ImportNote: Sendable, Hashable, CustomStringConvertible {
    /// An archive entry (or a file of a folder) that is a symbolic link: skipped, never followed.
    case symbolicLinkSkipped(entry: String)
    /// A zip inside the archive: skipped (it can be imported on its own).
    case nestedArchiveSkipped(entry: String)
    /// An entry whose path is absolute or climbs out of the archive (`..`): refused.
    case unsafePathRefused(entry: String)
    /// A second entry of the same name in the archive: skipped, the first one read.
    case duplicateEntrySkipped(entry: String)
    /// A record (`kind` `uid`) that `entry` holds with the same bytes as `firstEntry`: read once.
    case readOnce(entry: String, kind: ImportedRecords.Kind, uid: String, firstEntry: String)
    /// A deputy listed twice in a ballot's named votes: the first listing is kept.
    case deputyListedTwice(ballot: String, deputy: String)
    /// A ballot whose groups are published as the placeholder body `published` (`PO0`): the import
    /// recovers each deputy's group from the group mandates held on the ballot's day.
    case groupsPublishedAsPlaceholder(ballot: String, published: String, date: CalendarDate)
    /// A ballot of ``groupsPublishedAsPlaceholder(ballot:published:date:)`` some of whose deputies
    /// held no group mandate that day: those groups could not be recovered.
    case groupsNotRecovered(ballot: String)

    /// Whether the note is about a record's content (a warning) rather than the archive's layout.
    public var isWarning: Bool {
        switch self {
        case .symbolicLinkSkipped, .nestedArchiveSkipped, .unsafePathRefused, .duplicateEntrySkipped, .readOnce: false
        case .deputyListedTwice, .groupsPublishedAsPlaceholder, .groupsNotRecovered: true
        }
    }

    /// The ballot a warning is about (nil for the archive's notes).
    public var ballot: String? {
        switch self {
        case .deputyListedTwice(let ballot, _), .groupsPublishedAsPlaceholder(let ballot, _, _), .groupsNotRecovered(let ballot): ballot
        case .symbolicLinkSkipped, .nestedArchiveSkipped, .unsafePathRefused, .duplicateEntrySkipped, .readOnce: nil
        }
    }

    /// The English line, without the dump's path (`json/x.json: symbolic link skipped`).
    public var description: String {
        switch self {
        case .symbolicLinkSkipped(let entry): "\(entry): symbolic link skipped"
        case .nestedArchiveSkipped(let entry): "\(entry): nested archive skipped (import it separately)"
        case .unsafePathRefused(let entry): "\(entry): entry with an absolute or parent-relative path refused"
        case .duplicateEntrySkipped(let entry): "\(entry): duplicate entry skipped (the first one was read)"
        case .readOnce(let entry, let kind, let uid, let first): "\(entry): the same \(kind.singular) \(uid) as \(first), read once"
        case .deputyListedTwice(let ballot, let deputy): "\(ballot): deputy \(deputy) is listed twice; the first listing is kept"
        case .groupsPublishedAsPlaceholder(let ballot, let published, let date):
            "\(ballot): groups published as \(published); recovered from the deputies' group mandates on \(date)"
        case .groupsNotRecovered(let ballot): "\(ballot): some groups published as PO0 could not be recovered"
        }
    }
}
