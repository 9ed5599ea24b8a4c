import Hummingbird
import Logging
import NIOCore

/// One line per request in the log (swift-log, level info): method, path and query, status,
/// body size in bytes and time to the response head in milliseconds.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
        let size = response.headers[.contentLength] ?? "-"
        context.logger.info("\(request.method) \(request.uri) \(response.status.code) \(size) \((milliseconds * 10).rounded() / 10)ms")
        return response
    }
}
