import Foundation
import HemicycleCSV
import HemicycleFuzzSupport

/// libFuzzer target: CSV bytes through ``CSVReader``. The first byte chooses the configuration
/// (dialect or detection, encoding or detection, chunk size, lenient options, a small field
/// limit), the rest is the file. It must be read in full, or be refused with a ``CSVError`` that
/// names the input (and the line, for a fault in a record).
@main
struct FuzzCSV {
    static func main() {
        FuzzDriver.run { data in
            let selector = Int(data.first ?? 0)
            let bytes = data.dropFirst()
            var options = CSVReader.Options(chunkSize: [16, 17, 64, 4096][selector & 3])
            if selector & 4 != 0 {
                options.commentPrefix = "#"
                options.headerPrefix = "#"
                options.raggedRows = .allow
            }
            if selector & 8 != 0 { options.maximumFieldSize = 32 }
            if selector & 16 != 0 { options.skippedLeadingLines = 1 }
            let dialects: [CSVDialect?] = [nil, .rfc4180, CSVDialect(separator: .semicolon), CSVDialect(hasHeader: false)]
            let encodings: [TextEncoding?] = [nil, .utf8]
            let reader = CSVReader(data: Data(bytes), name: "fuzz.csv", dialect: dialects[(selector >> 5) & 3], encoding: encodings[(selector >> 7) & 1], options: options)
            do {
                try reader.forEachRecord { record in _ = record.fields.count }
            } catch let error as CSVError {
                guard error.description.hasPrefix("fuzz.csv") else { fatalError("a CSVError that does not name the input: \(error)") }
                switch error.reason {
                case .fileNotFound, .unreadable, .unwritable, .missingHeader, .missingColumns: break
                default: if error.line == nil { fatalError("a record-level CSVError without a line: \(error)") }
                }
            } catch {
                fatalError("not a CSVError: \(error)")
            }
        }
    }
}
