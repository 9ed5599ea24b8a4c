/// Where a record came from, so that every figure can be traced back to the published file.
public struct SourceReference: Hashable, Sendable, Codable {
    /// The dump as given to the importer (a path to a `.zip`, a folder or a `.json` file).
    public var dump: String
    /// The entry inside the dump (`json/VTANR5L17V773.json`), or the file name for a lone file.
    public var entry: String
    /// SHA-256 of the whole dump file, hexadecimal (of the entry itself for a folder of files).
    public var dumpSHA256: String
    /// SHA-256 of the entry's bytes, hexadecimal: two imports of the same entry are unchanged.
    public var entrySHA256: String

    public init(dump: String, entry: String, dumpSHA256: String, entrySHA256: String) {
        self.dump = dump
        self.entry = entry
        self.dumpSHA256 = dumpSHA256
        self.entrySHA256 = entrySHA256
    }
}
