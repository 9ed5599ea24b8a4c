import ArgumentParser
import Foundation
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle watch list|add|remove`: saved watches, whose new ballots `update` prints and `feed`
/// publishes.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Save searches, ballot lists, deputies or groups to follow: update prints their new ballots.",
        subcommands: [List.self, Add.self, Remove.self],
        defaultSubcommand: List.self
    )

    /// `hemicycle watch list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the saved watches.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let watches = try HemicycleDatabase(path: store.resolvedPath).watches()
            var table = ReportTable(title: "Watches", columns: [.init("Name", key: "name"), .init("Kind", key: "kind"), .init("Follows", key: "value")])
            for watch in watches { table.append([watch.name, watch.kind.rawValue, watch.value]) }
            var document = ReportDocument()
            if watches.isEmpty { document.paragraph("No watch saved: hemicycle watch add NAME --search TEXT (or --ballots, --deputy, --group).") } else { document.table(table) }
            try output.emit(document, json: watches, title: "Watches")
        }
    }

    /// `hemicycle watch add NAME --search TEXT | --ballots REF… | --deputy NAME | --group PO…`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Save a watch.",
            discussion: """
                Examples:
                  hemicycle watch add jo2030 --search "jeux Olympiques"
                  hemicycle watch add vsa --ballots 16:1263 16:1274 773 4800 4813
                  hemicycle watch add braun-pivet --deputy "Yaël Braun-Pivet"
                  hemicycle watch add lille --town 59000
                """
        )
        @Argument(help: "The watch's name.") var name: String
        @Option(help: "Ballots whose title matches this search (as ballots --search).") var search: String?
        @Option(parsing: .upToNextOption, help: "These ballots (773, 16:1274 or a uid; a bare number is of the latest legislature).") var ballots: [String] = []
        @Option(help: "Ballots where this deputy (name or PA… uid) votes.") var deputy: String?
        @Option(help: "Ballots listing this political group (PO… uid).") var group: String?
        @Option(help: "Ballots where the deputies of this place voted: a town name, a postcode or an INSEE code (its seats are saved; the watch follows whoever holds them).") var town: String?
        @OptionGroup var store: StoreOptions

        func validate() throws {
            let given = [search != nil, !ballots.isEmpty, deputy != nil, group != nil, town != nil].filter { $0 }.count
            if given != 1 { throw ValidationError("give exactly one of --search, --ballots, --deputy, --group, --town") }
            if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("a watch needs a name") }
        }

        /// `--town`: five digits are a postcode, a code with a letter (`2A004`) an INSEE code,
        /// anything else a town's name.
        static func place(_ text: String) -> PlaceQuery {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.count == 5, trimmed.allSatisfy(\.isNumber) { return PlaceQuery(.postcode(trimmed)) }
            if trimmed.count == 5, trimmed.uppercased().hasPrefix("2A") || trimmed.uppercased().hasPrefix("2B") { return PlaceQuery(.insee(trimmed.uppercased())) }
            return PlaceQuery(.town(trimmed))
        }

        func run() throws {
            let database = try HemicycleDatabase(path: store.resolvedPath)
            let watch: Watch
            if let search {
                watch = Watch(name: name, kind: .search, value: search)
            } else if let deputy {
                let found = try database.deputiesMatching(deputy)
                guard found.count == 1, let person = found.first else {
                    throw ValidationError(found.isEmpty ? "no person matches \(deputy)"
                                          : "\(deputy) matches \(found.count) persons: " + found.prefix(10).map { "\($0.fullName) (\($0.uid))" }.joined(separator: ", "))
                }
                watch = Watch(name: name, kind: .deputy, value: person.uid)
            } else if let town {
                let seats = try database.seats(of: Self.place(town), seatMandates: database.seatMandates())
                guard !seats.isEmpty else { throw StoreError.notFound("no seat of the Assemblée covers \(town)") }
                watch = Watch(name: name, kind: .town, value: seats.map(\.label).joined(separator: " "))
            } else if let group {
                watch = Watch(name: name, kind: .group, value: group.trimmingCharacters(in: .whitespaces).uppercased())
            } else {
                // A bare number is of the latest legislature now: the watch must not drift to
                // another legislature's ballot of that number later.
                let latest = try database.latestLegislature()
                let references = try ballots.map { text in
                    do { return try BallotReference(parsing: text).defaulting(legislature: latest) } catch { throw ValidationError("\(error)") }
                }
                watch = Watch(name: name, kind: .ballots, value: references.map(\.description).joined(separator: " "))
            }
            try database.addWatch(watch)
            Console.print("Watch \(watch.name) saved: \(watch.kind.rawValue) \(watch.value)")
        }
    }

    /// `hemicycle watch remove NAME`
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a saved watch.")
        @Argument(help: "The watch's name.") var name: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            guard try HemicycleDatabase(path: store.resolvedPath).removeWatch(named: name) else {
                throw StoreError.notFound("no watch named \(name)")
            }
            Console.print("Watch \(name) removed.")
        }
    }
}
