import Foundation
import HemicycleModel
import HTTPTypes
import Hummingbird

/// How every document is answered: validated by ETag (`304 Not Modified` without rendering when
/// the client has it), rendered once per import state and kept, sent gzip-compressed to clients
/// that accept it. Every answer says how fresh the store is (``dataAsOfField``): JSON and CSV, whose
/// bytes are the command line's, carry it in that header only.
struct Responder: Sendable {
    /// Bodies smaller than this are sent as they are, in bytes: compression would not pay.
    static let minimumCompressedSize = 1_024

    let monitor: ImportStateMonitor
    let cache: ResponseCache
    let freshness: ImportStateCache<StoreFreshness>

    /// `Hemicycle-Data-As-Of: legislature=17 last-ballot=2026-07-02 downloaded=2026-12-07T09:30:00Z,
    /// legislature=16 …` (`imported-from-files` for a legislature never updated): the "data as of"
    /// of every response, in ASCII.
    static let dataAsOfField = HTTPField.Name("Hemicycle-Data-As-Of")!

    /// The ``dataAsOfField`` value of `freshness`.
    static func dataAsOf(_ freshness: StoreFreshness) -> String {
        freshness.legislatures.map { held in
            var value = "legislature=\(held.legislature) last-ballot=\(held.lastBallotDate)"
            if let dump = freshness.updatedDumps.first(where: { $0.legislature == held.legislature && $0.kind == DumpKind.ballots.rawValue }) {
                value += " checked=\(dump.lastCheckedAt)"
                if let downloaded = dump.lastDownloadedAt { value += " downloaded=\(downloaded)" }
            } else {
                value += " imported-from-files"
            }
            return value
        }.joined(separator: ", ")
    }

    /// The response to `request` for the document `render` builds.
    func respond(to request: Request, render: @Sendable () async throws -> Representation) async throws -> Response {
        let generation = try await monitor.tag()
        let etag = ETag.of(state: generation, target: request.uri.description)
        var headers: HTTPFields = [.eTag: etag, .cacheControl: "public, max-age=60", .vary: "Accept-Encoding"]
        headers[Self.dataAsOfField] = Self.dataAsOf(try await freshness.value())
        if let wanted = request.headers[.ifNoneMatch], ETag.matches(wanted, etag) {
            return Response(status: .notModified, headers: headers)
        }
        let representation: Representation
        if let cached = cache.representation(etag: etag, generation: generation) {
            representation = cached
        } else {
            representation = try await render()
            cache.store(representation, etag: etag, generation: generation)
        }
        headers[.contentType] = representation.contentType
        var body = representation.body
        if Self.acceptsGzip(request), body.readableBytes >= Self.minimumCompressedSize {
            body = try cache.gzip(representation, etag: etag, generation: generation)
            headers[.contentEncoding] = "gzip"
        }
        headers[.contentLength] = String(body.readableBytes)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    /// Whether the client accepts gzip (`Accept-Encoding: gzip`, not with `q=0`).
    static func acceptsGzip(_ request: Request) -> Bool {
        guard let header = request.headers[.acceptEncoding] else { return false }
        return header.lowercased().split(separator: ",").contains { part in
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let coding = fields.first, coding == "gzip" || coding == "*" else { return false }
            return !fields.dropFirst().contains { $0.replacingOccurrences(of: " ", with: "") == "q=0" || $0.replacingOccurrences(of: " ", with: "") == "q=0.0" }
        }
    }
}
