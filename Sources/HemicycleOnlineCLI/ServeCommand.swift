import ArgumentParser
import Dispatch
import HemicycleCLI
import HemicycleServer
import HemicycleStore

extension SiteLanguage: ExpressibleByArgument {}

/// `hemicycle serve`: a screen over ``HemicycleServer``: builds the store when empty, then serves
/// it read-only until SIGTERM or SIGINT.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: CompanionCommand.serve.abstract,
        discussion: """
            Pages are server-rendered HTML without script, French by default (?lang=en for English): \
            / (search), /ballots/773 (and .json, .csv, .svg), /town?q=59000&ballot=16:1274&ballot=773. \
            The API: /api/ballots, /api/ballots/773, /api/representatives?postcode=59000, described at \
            /openapi.json; /healthz. The database is opened read-only; an import from another process \
            is seen within a second (the ETags change). One access-log line per request on standard error (swift-log).

            Examples:
              hemicycle serve
              hemicycle serve --port 8000 --host 0.0.0.0 --lang en
            """
    )

    @Option(help: "The TCP port (0: any free port).")
    var port: Int = 8080

    @Option(help: "The address to listen on (0.0.0.0 for every interface).")
    var host: String = "127.0.0.1"

    @Option(help: "The language of pages without ?lang=: fr or en.")
    var lang: SiteLanguage = .fr

    @Option(help: "Read-only connections to the database (requests read in parallel on them).")
    var connections: Int = 4

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard (1...64).contains(connections) else { throw ValidationError("--connections must be from 1 to 64") }
    }

    func run() throws {
        // Built (shipped datasets, registers) before serving: the server itself never writes.
        let path = try ensureRegisters(store.openPopulated()).path
        let server = try HemicycleServer(databasePath: path, host: host, port: port, language: lang, connections: connections)
        let host = self.host
        let outcome = BlockingOutcome()
        Task {
            do {
                try await server.run { port in Console.status("Serving \(path) at http://\(host):\(port)/ (Ctrl-C to stop)") }
                outcome.finish(nil)
            } catch {
                outcome.finish(error)
            }
        }
        if let error = outcome.wait() { throw error }
    }
}

/// The end of an asynchronous run, waited for by a synchronous command.
private final class BlockingOutcome: @unchecked Sendable {
    // @unchecked: `error` is written once before the semaphore is signalled and read after.
    private let semaphore = DispatchSemaphore(value: 0)
    private var error: (any Error)?

    func finish(_ error: (any Error)?) {
        self.error = error
        semaphore.signal()
    }

    func wait() -> (any Error)? {
        semaphore.wait()
        return error
    }
}
