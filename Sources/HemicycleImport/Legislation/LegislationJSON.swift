import Foundation

/// Decoding with the error reporting shared by the legislation readers.
enum LegislationJSON {
    /// Decodes `type`, turning decoding errors into ``ImportError`` values that name the dump,
    /// the entry, the record uid (sniffed from the bytes) and the JSON path.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, entry: String, path: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            if error.isSyntaxError {
                throw ImportError.invalidJSON(path: path, entry: entry, reason: String(describing: error))
            }
            let (jsonPath, reason) = error.pathAndReason
            throw ImportError.invalidRecord(path: path, entry: entry, uid: sniffUID(data), jsonPath: jsonPath, reason: reason)
        }
    }

    /// The first `"uid": "…"` string of a file, to name the record in an error.
    static func sniffUID(_ data: Data) -> String? {
        guard let text = String(data: data.prefix(4096), encoding: .utf8),
              let key = text.range(of: "\"uid\"") else { return nil }
        let rest = text[key.upperBound...].drop { $0 == ":" || $0 == " " }
        guard rest.first == "\"" else { return nil }
        return String(rest.dropFirst().prefix { $0 != "\"" })
    }
}
