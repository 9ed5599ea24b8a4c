import Crypto
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A tiny HTTP/1.1 server on a loopback port, in the test process (SwiftNIO), serving fixture
/// dumps by path, with the misbehaviours an update must survive: a 500 before success, a body cut
/// short, a server that stops sending, validators ignored. Every request is logged.
final class FixtureServer: @unchecked Sendable {
    /// How the server answers a path.
    enum Behaviour: Sendable {
        /// 200 with an ETag (the SHA-256) and Last-Modified; 304 when the request's validators match.
        case normal
        /// As normal, but never 304: validators are ignored (the equal-SHA-256 fallback).
        case ignoresValidators
        /// A 500 for the next `count` requests, then normal.
        case failing(count: Int)
        /// Announces the whole length, sends half the body, closes the connection.
        case truncating
        /// Announces the whole length, sends nothing more, keeps the connection open.
        case stalling
    }

    /// One request as the server saw it.
    struct Request: Sendable {
        var path: String
        var ifNoneMatch: String?
        var ifModifiedSince: String?
        /// The status answered, and the body bytes sent.
        var status: Int
        var bodyBytes: Int
    }

    private let lock = NSLock()
    private var files: [String: Data] = [:]
    private var behaviours: [String: Behaviour] = [:]
    private var log: [Request] = []
    private var channel: Channel?
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    /// The port it listens on, once started.
    private(set) var port = 0

    /// `http://127.0.0.1:PORT`, the base to give `--source`.
    var base: String { "http://127.0.0.1:\(port)" }

    func start() throws {
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Handler(server: self))
                }
            }
        let channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        self.channel = channel
        port = channel.localAddress?.port ?? 0
    }

    func stop() {
        try? channel?.close().wait()
        try? group.syncShutdownGracefully()
    }

    /// Serves `data` at `path` (`/17/loi/scrutins/Scrutins.json.zip`).
    func serve(_ data: Data, at path: String, behaviour: Behaviour = .normal) {
        lock.lock(); defer { lock.unlock() }
        files[path] = data
        behaviours[path] = behaviour
    }

    func setBehaviour(_ behaviour: Behaviour, at path: String) {
        lock.lock(); defer { lock.unlock() }
        behaviours[path] = behaviour
    }

    var requests: [Request] {
        lock.lock(); defer { lock.unlock() }
        return log
    }

    /// What to answer a request: status, headers, body, and whether to cut or stall it.
    fileprivate func answer(path: String, ifNoneMatch: String?, ifModifiedSince: String?)
        -> (status: HTTPResponseStatus, headers: HTTPHeaders, body: Data, mode: Behaviour) {
        lock.lock(); defer { lock.unlock() }
        var headers = HTTPHeaders()
        guard let data = files[path] else {
            log.append(Request(path: path, ifNoneMatch: ifNoneMatch, ifModifiedSince: ifModifiedSince, status: 404, bodyBytes: 0))
            headers.add(name: "Content-Length", value: "0")
            return (.notFound, headers, Data(), .normal)
        }
        var behaviour = behaviours[path] ?? .normal
        if case .failing(let count) = behaviour {
            behaviours[path] = count > 1 ? .failing(count: count - 1) : .normal
            log.append(Request(path: path, ifNoneMatch: ifNoneMatch, ifModifiedSince: ifModifiedSince, status: 500, bodyBytes: 0))
            headers.add(name: "Content-Length", value: "0")
            return (.internalServerError, headers, Data(), .normal)
        }
        let etag = "\"" + SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined().prefix(16) + "\""
        let lastModified = "Thu, 02 Jul 2026 22:00:00 GMT"
        if case .normal = behaviour, ifNoneMatch == etag {
            log.append(Request(path: path, ifNoneMatch: ifNoneMatch, ifModifiedSince: ifModifiedSince, status: 304, bodyBytes: 0))
            headers.add(name: "ETag", value: etag)
            return (.notModified, headers, Data(), .normal)
        }
        if case .ignoresValidators = behaviour { behaviour = .normal }
        headers.add(name: "Content-Length", value: "\(data.count)")
        headers.add(name: "ETag", value: etag)
        headers.add(name: "Last-Modified", value: lastModified)
        let sent: Int
        switch behaviour {
        case .truncating: sent = data.count / 2
        case .stalling: sent = 0
        default: sent = data.count
        }
        log.append(Request(path: path, ifNoneMatch: ifNoneMatch, ifModifiedSince: ifModifiedSince, status: 200, bodyBytes: sent))
        return (.ok, headers, data.prefix(sent), behaviour)
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let server: FixtureServer
        private var head: HTTPRequestHead?

        init(server: FixtureServer) { self.server = server }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head): self.head = head
            case .body: break
            case .end:
                guard let head else { return }
                let answer = server.answer(path: head.uri, ifNoneMatch: head.headers.first(name: "If-None-Match"),
                                           ifModifiedSince: head.headers.first(name: "If-Modified-Since"))
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: answer.status, headers: answer.headers))), promise: nil)
                if !answer.body.isEmpty {
                    context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: answer.body)))), promise: nil)
                }
                switch answer.mode {
                case .truncating:
                    context.flush()
                    context.close(promise: nil)
                case .stalling:
                    context.flush()
                default:
                    context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
                }
            }
        }
    }
}
