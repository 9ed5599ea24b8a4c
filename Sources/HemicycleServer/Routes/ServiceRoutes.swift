import HemicycleReport
import Hummingbird

/// `/healthz` (the store answers) and `/openapi.json` (the API described).
enum ServiceRoutes {
    static func add(to router: Router<BasicRequestContext>, site: Site) {
        router.get("/healthz") { _, _ in
            let ballots = try await site.store.read { try $0.ballotCount() }
            return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(string: "ok: \(ballots) ballots\n")))
        }
        router.get("/openapi.json") { request, _ in
            try await site.responder.respond(to: request) { .json(OpenAPIDocument.json) }
        }
    }
}
