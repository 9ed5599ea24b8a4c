import NIOCore

/// One rendered document as the server sends it: bytes and their media type.
struct Representation: Sendable {
    /// The body.
    var body: ByteBuffer
    /// The `Content-Type` (`text/html; charset=utf-8`).
    var contentType: String

    /// Text in UTF-8.
    init(text: String, contentType: String) {
        body = ByteBuffer(string: text)
        self.contentType = contentType
    }

    static func html(_ text: String) -> Representation { .init(text: text, contentType: "text/html; charset=utf-8") }
    static func json(_ text: String) -> Representation { .init(text: text.hasSuffix("\n") ? text : text + "\n", contentType: "application/json; charset=utf-8") }
    static func csv(_ text: String) -> Representation { .init(text: text, contentType: "text/csv; charset=utf-8") }
    static func svg(_ text: String) -> Representation { .init(text: text, contentType: "image/svg+xml; charset=utf-8") }
    static func atom(_ text: String) -> Representation { .init(text: text, contentType: "application/atom+xml; charset=utf-8") }
    static func png(_ bytes: [UInt8]) -> Representation {
        var representation = Representation(text: "", contentType: "image/png")
        representation.body = ByteBuffer(bytes: bytes)
        return representation
    }
    static func plain(_ text: String) -> Representation { .init(text: text, contentType: "text/plain; charset=utf-8") }
}
