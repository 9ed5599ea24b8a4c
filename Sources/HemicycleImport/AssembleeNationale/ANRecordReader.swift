import Foundation

/// Parses one Assemblée JSON file and reads a record from it, turning failures into
/// ``ImportError`` values that name the dump, the entry, the record uid and the JSON path —
/// the one error-reporting path of every AN reader (ballots, persons, bodies, mandates,
/// amendments, legislative files).
enum ANRecordReader {
    /// Parses `data` and calls `read` with the document's root.
    ///
    /// - Throws: ``ImportError/invalidJSON(path:entry:reason:)`` for a syntax error (with its line
    ///   and column), ``ImportError/invalidRecord(path:entry:uid:jsonPath:reason:)`` for a value
    ///   of the wrong shape (the uid is sniffed from the bytes, so that it is named even then).
    static func read<T>(_ data: Data, path: String, entry: String, _ read: (JSONValue) throws(JSONValueError) -> T) throws(ImportError) -> T {
        let document: JSONDocument
        switch Result(catching: { () throws(JSONSyntaxError) -> JSONDocument in try JSONDocument(data: data) }) {
        case .success(let parsed): document = parsed
        case .failure(let error): throw .invalidJSON(path: path, entry: entry, reason: error.description)
        }
        switch Result(catching: { () throws(JSONValueError) -> T in try read(document.root) }) {
        case .success(let value): return value
        case .failure(let error):
            throw .invalidRecord(path: path, entry: entry, uid: sniffUID(data), jsonPath: error.path, reason: error.reason)
        }
    }

    /// The record's uid, looked for textually so that it can be named even when reading failed:
    /// the first `"uid": "…"` (or `"uid": {… "#text": "…"}`) of the file's first 4 kB.
    static func sniffUID(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        guard let range = head.range(of: ##""uid":\s*(\{[^}]*"#text":\s*)?"([^"]+)""##, options: .regularExpression) else { return nil }
        let match = head[range]
        guard let last = match.dropLast().lastIndex(of: "\"") else { return nil }
        return String(match[match.index(after: last)..<match.index(before: match.endIndex)])
    }
}

/// A record that is the whole of an Assemblée file, `{"<rootKey>": {...}}` (`{"scrutin": …}`,
/// `{"acteur": …}`…), read from the object under its root member.
protocol ANRootRecord {
    /// The file's root member (`scrutin`).
    static var rootKey: StaticString { get }
    /// Reads the record from the object under the root member.
    init(json: JSONValue) throws(JSONValueError)
}

extension ANRootRecord {
    /// Reads the record from a file's root value: `{"<rootKey>": {...}}`.
    init(file root: JSONValue) throws(JSONValueError) {
        try self.init(json: root.requiredObject(Self.rootKey))
    }
}
