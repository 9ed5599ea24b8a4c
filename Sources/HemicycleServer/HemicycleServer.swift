import HemicycleDocuments
import HemicycleStore
import Hummingbird
import Logging

/// `hemicycle serve`: the campaign's web pages and the data API over one store, read-only.
///
/// Every page and document is rendered by the report layer (``HemicycleReport``), as the command
/// line renders it: the ballot page is ``HemicycleReport/BallotPage``, `/api/ballots/773` is the
/// JSON of `hemicycle ballot 773 --format json`, byte for byte. Pages need no script and load
/// nothing from elsewhere (the `Content-Security-Policy` forbids both).
public struct HemicycleServer: Sendable {
    /// The address to listen on (`127.0.0.1`, or `0.0.0.0` for every interface).
    public var host: String
    /// The TCP port; 0 for any free port.
    public var port: Int
    /// The language of pages without `?lang=`.
    public var language: SiteLanguage
    /// The store, opened read-only.
    public let store: StoreConnections
    /// Where the access log and errors go.
    public var logger: Logger

    /// A server of the database at `databasePath` (which must exist and be up to date).
    public init(databasePath: String, host: String = "127.0.0.1", port: Int = 8080, language: SiteLanguage = .fr,
                connections: Int = 4, logger: Logger = Logger(label: "hemicycle.serve")) throws {
        self.host = host
        self.port = port
        self.language = language
        self.logger = logger
        store = try StoreConnections(path: databasePath, count: connections)
    }

    /// The policy every response carries: nothing but this server's own pages, forms and inline
    /// styles and images; no script, no frame, no remote load.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    /// The routes and middleware.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: SecurityHeadersMiddleware(contentSecurityPolicy: Self.contentSecurityPolicy))
        router.add(middleware: ErrorPageMiddleware(defaultLanguage: language))
        let monitor = ImportStateMonitor(store: store)
        let occupancy = ImportStateCache(store: store, monitor: monitor) { try $0.seatOccupancy() }
        let freshness = ImportStateCache(store: store, monitor: monitor) { try $0.freshness(includingImportedDumps: false) }
        let careers = ImportStateCache(store: store, monitor: monitor) {
            try LoadedSelection(database: $0, filter: DeputyDocuments.careerFilter, withCorrections: false)
        }
        let site = Site(store: store, responder: Responder(monitor: monitor, cache: ResponseCache(), freshness: freshness),
                        defaultLanguage: language, occupancy: occupancy, freshness: freshness, careers: careers)
        // Who held which seat when is read from every vote: read it now, not on the first town page.
        Task.detached(priority: .background) { _ = try? await occupancy.value() }
        BallotListRoutes.add(to: router, site: site)
        BallotRoutes.add(to: router, site: site)
        TownRoutes.add(to: router, site: site)
        DeputyRoutes.add(to: router, site: site)
        GroupRoutes.add(to: router, site: site)
        DossierRoutes.add(to: router, site: site)
        ScorecardRoutes.add(to: router, site: site)
        ServiceRoutes.add(to: router, site: site)
        FeedRoutes.add(to: router, site: site)
        return router
    }

    /// The application: the router on an HTTP/1.1 server at ``host``:``port``.
    public func application(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "Hemicycle"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting connections and finishes the
    /// requests under way (graceful shutdown).
    public func run(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onServerRunning: onServerRunning).runService()
    }
}
