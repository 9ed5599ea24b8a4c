import HemicycleReport
import Hummingbird
import Logging

/// Turns every error into a page that names it: JSON (`{"error": …, "status": …}`) under `/api/`
/// and for `.json` documents, HTML elsewhere, in the page's language. Errors of the server itself
/// (500) are logged with their detail, which the page does not show.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let defaultLanguage: SiteLanguage

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let path = request.uri.path
            let failure = ServerError.from(error, path: path)
            if failure.status == .internalServerError {
                context.logger.error("\(request.method) \(path) failed: \(String(describing: error))")
            }
            var headers: HTTPFields = [.cacheControl: "no-store"]
            let text: String
            if path.hasPrefix("/api/") || path.hasSuffix(".json") || path == "/openapi.json" {
                text = ((try? DocumentOutput.json(ErrorBody(status: failure.status.code, error: failure.message))) ?? "{}") + "\n"
                headers[.contentType] = "application/json; charset=utf-8"
            } else {
                let language = request.uri.queryParameters.get("lang").flatMap { SiteLanguage(rawValue: String($0)) } ?? defaultLanguage
                let heading = failure.status == .notFound ? language.t("Not found", "Introuvable")
                    : failure.status == .badRequest ? language.t("Bad request", "Requête invalide") : language.t("Error", "Erreur")
                let body = "<h1>\(failure.status.code) — \(SitePage.e(heading))</h1>\n<p class=\"error\">\(SitePage.e(failure.message))</p>\n<p><a href=\"/?lang=\(language.rawValue)\">\(language.t("Search the ballots", "Chercher un scrutin"))</a></p>"
                text = SitePage.document(title: "\(failure.status.code) \(heading)", body: body, language: language, path: "/", query: [])
                headers[.contentType] = "text/html; charset=utf-8"
            }
            return Response(status: failure.status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
        }
    }
}

/// The JSON of an error: `{"error": "…", "status": 404}`.
private struct ErrorBody: Encodable {
    let status: Int
    let error: String
}
