import Foundation

/// What an XML file must not contain before it is handed to Foundation's `XMLParser`, which on
/// Linux traps or crashes on such input instead of reporting an error: swift-corelibs-foundation
/// force-unwraps names decoded as UTF-8 and reads C strings that libxml2 leaves NULL. Found by
/// fuzzing the Akoma Ntoso reader (`Tests/Fuzz/FuzzAkomaNtoso`); each case has a fixture.
///
/// Refused, with the byte offset where it starts:
/// - bytes that are not UTF-8;
/// - a document type declaration (`<!DOCTYPE …>`): its declarations (`NOTATION`, `ATTLIST … #IMPLIED`,
///   unparsed entities) reach Foundation with NULL identifiers; DTDs are also the way of XML entity
///   attacks, and Akoma Ntoso documents have none;
/// - a processing instruction without data (`<?target?>`), which libxml2 reports with NULL data.
///
/// The markup is looked for everywhere, comments and CDATA sections included: libxml2 recovers
/// from errors and goes on parsing, so where a comment ends in its reading of a malformed file is
/// not for a byte scan to guess (a fuzzed file hid `<?x?>` inside a broken one).
enum XMLInputCheck {
    /// Why `data` cannot be given to `XMLParser`, or nil when it can.
    static func problem(in data: Data) -> String? {
        if let offset = firstInvalidUTF8Offset(in: data) {
            return "not valid UTF-8 at byte \(offset)"
        }
        return data.withUnsafeBytes { raw in markupProblem(in: raw.bindMemory(to: UInt8.self)) }
    }

    /// The offset (in bytes from the start) of the first byte of `data` that does not begin a
    /// well-formed UTF-8 sequence, or nil when all of `data` is well-formed UTF-8.
    static func firstInvalidUTF8Offset(in data: Data) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// A document type declaration or a processing instruction without data, anywhere.
    static func markupProblem(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        func starts(_ literal: StaticString, at index: Int) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            return (0..<count).allSatisfy { bytes[index + $0] == literal.utf8Start[$0] }
        }
        for index in bytes.indices where bytes[index] == UInt8(ascii: "<") {
            if starts("<!DOCTYPE", at: index) {
                return "a document type declaration (<!DOCTYPE) at byte \(index): DTDs are not read"
            }
            guard starts("<?", at: index) else { continue }
            // The target runs to white space or "?"; "?>" right after it means no data.
            var end = index + 2
            while end < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "?")].contains(bytes[end]) { end += 1 }
            if starts("?>", at: end) {
                return "a processing instruction without data at byte \(index)"
            }
        }
        return nil
    }
}
