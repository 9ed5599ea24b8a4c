import Foundation
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleCSV
import HemicycleStore
import HemicycleTestSupport
import Testing

/// Issue 18 item 5: a contact list campaigners can mail-merge — `export contacts` and the CSV of
/// `representatives`, read back with the CSV reader on the shipped data.
@Suite("Contact list on the shipped data", .serialized, .enabled(if: RegisteredShippedDatabase.isAvailable, "SKIPPED: datasets/ or datasets/registers/ missing"))
struct ContactListCommandTests {
    var db: String { RegisteredShippedDatabase.path }

    static let identity = ["deputy_id", "civility", "first_name", "last_name", "seat", "department", "group_id", "group"]

    /// Every record of a CSV file, as dictionaries, with its header.
    static func read(_ url: URL) throws -> (header: [String], rows: [[String: String]]) {
        var rows: [[String: String]] = []
        let header = try CSVReader(url: url).forEachRecord { r in
            rows.append(Dictionary(uniqueKeysWithValues: zip(r.header?.names ?? [], r.fields)))
        }
        return (header?.names ?? [], rows)
    }

    /// One value per cell: an e-mail cell holds one address, a handle no space, no cell a line break.
    static func checkOneValuePerCell(_ rows: [[String: String]], file: String) {
        for row in rows {
            for (key, value) in row where !value.isEmpty {
                #expect(!value.contains("\n"), "\(file) \(row["deputy_id"] ?? ""): \(key) has a line break")
                if key.hasPrefix("email") {
                    #expect(value.filter { $0 == "@" }.count == 1 && !value.contains(" ") && !value.contains(";") && !value.contains(","),
                            "\(file) \(row["deputy_id"] ?? ""): \(key) « \(value) » is not one address")
                }
                // (A handle may hold a space: the Assemblée publishes "@Romain Eskenazi" as one Twitter account; kept as published.)
                if key.hasPrefix("website") {
                    #expect(!value.trimmingCharacters(in: .whitespaces).contains(" "), "\(file) \(row["deputy_id"] ?? ""): \(key) « \(value) »")
                }
            }
            if let official = row["email_assemblee"], !official.isEmpty {
                #expect(official.lowercased().hasSuffix("@assemblee-nationale.fr"))
            }
            let emails = row.filter { $0.key.hasPrefix("email") && !$0.value.isEmpty }.map(\.value)
            #expect(Set(emails).count == emails.count, "an address given twice")
        }
    }

    @Test("export contacts: one row per sitting deputy, the official e-mail apart, nothing lost, one value per cell")
    func exportContacts() throws {
        let folder = try SharedData.temporaryFolder()
        _ = try hemicycle(["export", "contacts", "--output", folder.path, "--db", db])
        let (header, rows) = try Self.read(folder.appendingPathComponent("contacts.csv"))
        #expect(Array(header.prefix(8)) == Self.identity)
        for key in ["email_assemblee", "email_other", "website", "twitter", "facebook", "instagram", "linkedin", "postal_address", "constituency_address"] {
            #expect(header.contains(key), "column \(key)")
        }
        #expect(Set(header).count == header.count)
        // The holders of the 577 seats on the last ballot's day (a tie between two open mandates keeps both).
        let seats = Set(rows.compactMap { $0["seat"] })
        #expect(seats.count >= 570 && seats.count <= 577, "\(seats.count) seats")
        #expect(rows.count >= seats.count && rows.count <= seats.count + 5)
        #expect(Set(rows.compactMap { $0["deputy_id"] }).count == rows.count)
        Self.checkOneValuePerCell(rows, file: "contacts.csv")
        let withOfficial = rows.filter { !($0["email_assemblee"] ?? "").isEmpty }.count
        #expect(withOfficial > rows.count * 9 / 10, "\(withOfficial) of \(rows.count) with the official address")
        // Nothing lost: as many values as the records hold (no published e-mail value holds two addresses here).
        let stored = try HemicycleDatabase(path: db).deputiesWithContacts(uids: Set(rows.compactMap { $0["deputy_id"] }))
        let values = rows.map { row in row.filter { !Self.identity.contains($0.key) && !$0.value.isEmpty }.count }.reduce(0, +)
        #expect(values == stored.values.map(\.contacts.count).reduce(0, +))
        // Lille's first seat, as the Assemblée's record gives it.
        let lecoq = try #require(rows.first { $0["seat"] == "59-1" })
        #expect(lecoq["first_name"] == "Aurélien" && lecoq["last_name"] == "Le Coq" && lecoq["group"] == "LFI-NFP" && lecoq["department"] == "Nord")
        #expect(lecoq["email_assemblee"] == "aurelien.lecoq@assemblee-nationale.fr" && lecoq["email_other"] == "")
        // A cell starting with @ gets a leading ' (a spreadsheet would run it as a formula): every CSV output's rule.
        #expect(lecoq["twitter"] == "'@Aurelien_Le_Coq" && lecoq["instagram"] == "aurelien_le_coq" && lecoq["facebook"] == "Aurélien Le Coq")
        #expect(lecoq["constituency_address"] == "165 Rue d'Arras 59000 Lille")
    }

    @Test("representatives --format csv: the same columns, with the seat's coverage and the votes")
    func representativesCSV() throws {
        let text = try hemicycle(["representatives", "--postcode", "59000", "--ballot", "773", "--db", db, "--format", "csv"])
        let reader = CSVReader(string: text)
        var rows: [[String: String]] = []
        let header = try reader.forEachRecord { r in rows.append(Dictionary(uniqueKeysWithValues: zip(r.header?.names ?? [], r.fields))) }?.names ?? []
        #expect(Array(header.prefix(11)) == Self.identity + ["coverage", "start_date", "ballot_773"])
        #expect(header.contains("email_assemblee") && header.contains("twitter") && !header.contains("web") && !header.contains("email"))
        Self.checkOneValuePerCell(rows, file: "representatives.csv")
        let first = try #require(rows.first { $0["seat"] == "59-1" })
        #expect(first["email_assemblee"] == "aurelien.lecoq@assemblee-nationale.fr" && first["ballot_773"] == "absent" && first["coverage"] == "partial")
    }
}
