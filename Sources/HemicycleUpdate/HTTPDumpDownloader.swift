import AsyncHTTPClient
import Foundation
import HemicycleStore
import NIOCore
import NIOHTTP1

/// Downloads dumps over HTTP(S) with AsyncHTTPClient: a conditional request (`If-None-Match`,
/// `If-Modified-Since`) from the validators of the copy held, a connect and a read timeout,
/// a deadline for the whole download, and bounded retries with a doubling pause.
final class HTTPDumpDownloader: Sendable {
    private let client: HTTPClient
    private let settings: UpdateSettings

    init(settings: UpdateSettings) {
        self.settings = settings
        var configuration = HTTPClient.Configuration(
            timeout: .init(connect: Self.amount(settings.connectTimeout), read: Self.amount(settings.readTimeout))
        )
        configuration.redirectConfiguration = .follow(max: 5, allowCycles: false)
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Stops the client; to be awaited once, after the last download.
    func shutdown() async {
        try? await client.shutdown()
    }

    /// Fetches `location` into `file`, trying again (up to ``UpdateSettings/attempts``) after a
    /// failure another attempt may cure (``UpdateError/isRetryable``).
    func fetch(_ location: String, validators: DumpValidators?, into file: URL,
               progress: @escaping @Sendable (UpdateProgress) -> Void) async throws -> FetchResult {
        var attempt = 1
        var delay = settings.retryDelay
        while true {
            do {
                return try await fetchOnce(location, validators: validators, into: file, progress: progress)
            } catch let error as UpdateError where error.isRetryable && attempt < settings.attempts {
                attempt += 1
                progress(.retrying(location: location, attempt: attempt, reason: error.description, delay: delay))
                try await Task.sleep(nanoseconds: UInt64(delay * 1e9))
                delay *= 2
            }
        }
    }

    private func fetchOnce(_ location: String, validators: DumpValidators?, into file: URL,
                           progress: @escaping @Sendable (UpdateProgress) -> Void) async throws -> FetchResult {
        var request = HTTPClientRequest(url: location)
        request.headers.add(name: "User-Agent", value: "hemicycle-update")
        if let etag = validators?.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = validators?.lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: Self.amount(settings.downloadDeadline))
        } catch {
            throw UpdateError.network(location: location, reason: Self.describe(error))
        }
        switch response.status.code {
        case 304:
            return .notModified
        case 200:
            break
        default:
            throw UpdateError.httpStatus(location: location, code: response.status.code, reason: response.status.reasonPhrase)
        }
        let expected = response.headers.first(name: "Content-Length").flatMap { Int64($0.trimmingCharacters(in: .whitespaces)) }
        var writer = try HashingFileWriter(file: file)
        do {
            for try await buffer in response.body {
                try writer.write(Data(buffer.readableBytesView))
                progress(.downloading(location: location, bytes: writer.bytes, total: expected))
            }
        } catch let error as UpdateError {
            writer.abandon()
            throw error
        } catch {
            writer.abandon()
            // A stalled server is a timeout, whatever was received before it stalled.
            if let error = error as? HTTPClientError, error == .readTimeout || error == .deadlineExceeded {
                throw UpdateError.network(location: location, reason: "\(Self.describe(error)), after \(writer.bytes) bytes")
            }
            if let expected, writer.bytes < expected {
                throw UpdateError.truncated(location: location, received: writer.bytes, expected: expected)
            }
            throw UpdateError.network(location: location, reason: "the download broke off after \(writer.bytes) bytes (\(Self.describe(error)))")
        }
        let sha256 = try writer.finish()
        if let expected, writer.bytes != expected {
            throw UpdateError.truncated(location: location, received: writer.bytes, expected: expected)
        }
        return .downloaded(DownloadedDump(file: file, sha256: sha256, bytes: writer.bytes,
                                          etag: response.headers.first(name: "ETag"),
                                          lastModified: response.headers.first(name: "Last-Modified")))
    }

    private static func amount(_ seconds: Double) -> TimeAmount {
        .nanoseconds(Int64(seconds * 1e9))
    }

    /// AsyncHTTPClient's errors in words (its timeouts name themselves).
    private static func describe(_ error: any Error) -> String {
        if let error = error as? HTTPClientError {
            switch error {
            case .readTimeout: return "no data from the server within the read timeout"
            case .connectTimeout: return "could not connect within the connect timeout"
            case .deadlineExceeded: return "the download took longer than its deadline"
            case .remoteConnectionClosed: return "the server closed the connection"
            default: return "\(error)"
            }
        }
        return "\(error)"
    }
}
