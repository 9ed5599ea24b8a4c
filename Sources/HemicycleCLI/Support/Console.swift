import Foundation
import HemicycleModel
import HemicycleReport
import Synchronization

/// Where commands write their output: standard output by default, or a buffer when a notebook
/// or a test runs commands in-process.
public final class TextSink: Sendable {
    private let buffered: Bool
    private let buffer = Mutex("")
    private let failure = Mutex<Int32?>(nil)
    private let descriptor: Int32
    private let stamp = Mutex(Stamp())

    /// What the documents written here are stamped with: the state of the store their figures
    /// were read from ("data as of", ``FreshnessStamp``) and the language they are written in.
    /// Kept with the sink, not the process, because tests and notebooks run several commands at
    /// once, each with its own sink.
    public struct Stamp: Sendable {
        /// The store's freshness, noted when the command opened it; nil when it opened none.
        public var freshness: StoreFreshness?
        /// The language the command resolved (``ReportLanguage/resolve(_:environment:)``).
        public var language: NumberFormatting.Language = .english
    }

    private let stamps: Bool

    private init(buffered: Bool, descriptor: Int32 = STDOUT_FILENO, stamps: Bool = true) {
        self.buffered = buffered
        self.stamps = stamps
        self.descriptor = descriptor
    }

    /// Writes to standard output.
    public static let standardOutput = TextSink(buffered: false)

    /// A sink that collects the text, read with ``text``.
    /// With `stamps` false, documents written to it carry no "data as of" footer: a notebook
    /// block's output, which `notebook check` compares with the data again, would repeat the
    /// same line in every block.
    public static func collecting(stamps: Bool = true) -> TextSink { TextSink(buffered: true, stamps: stamps) }

    /// A sink writing to a file descriptor (tests point it at `/dev/full`).
    static func writing(to descriptor: Int32) -> TextSink { TextSink(buffered: false, descriptor: descriptor) }

    /// Writes text as is. A failed write is remembered (``writeError``) and nothing more is
    /// written: the command then ends with an error instead of a truncated output that looks
    /// whole.
    public func write(_ text: String) {
        if buffered {
            buffer.withLock { $0 += text }
        } else {
            failure.withLock { failed in
                guard failed == nil else { return }
                failed = writeAll(text, to: descriptor)
            }
        }
    }

    /// Why writing failed (an `errno`), if it did; a reader that went away (`EPIPE`, `| head`)
    /// is not a failure of ours.
    var writeError: Int32? { failure.withLock { $0 }.flatMap { $0 == EPIPE ? nil : $0 } }

    /// Notes the freshness of the store the command reads.
    func note(freshness: StoreFreshness) {
        guard stamps else { return }
        stamp.withLock { $0.freshness = freshness }
    }

    /// Notes the language the command writes in.
    func note(language: NumberFormatting.Language) { stamp.withLock { $0.language = language } }

    /// The stamp noted so far.
    var currentStamp: Stamp { stamp.withLock { $0 } }

    /// A collecting sink carrying this sink's stamp, for a command that renders into a buffer
    /// before writing a file.
    func collectingCopy() -> TextSink {
        let copy = TextSink.collecting()
        let noted = currentStamp
        copy.stamp.withLock { $0 = noted }
        return copy
    }

    /// What was collected (empty for standard output).
    public var text: String { buffer.withLock { $0 } }

    /// Whether this sink is a terminal (colours, widths and progress bars only then).
    public var isTerminal: Bool { !buffered && isatty(STDOUT_FILENO) == 1 }
}

/// The output of the running command, overridable per task (notebooks, tests).
public enum Console {
    @TaskLocal public static var output: TextSink = .standardOutput

    /// Writes a line to the command's output.
    public static func print(_ text: String = "") {
        output.write(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// `document` followed by its "data as of" footer (``HemicycleReport/FreshnessStamp``), in
    /// the command's language, when the command read a store: the one place every terminal,
    /// Markdown and HTML document gets it.
    static func stamped(_ document: ReportDocument) -> ReportDocument {
        let stamp = output.currentStamp
        guard let freshness = stamp.freshness, let footer = FreshnessStamp.footer(freshness, language: stamp.language) else { return document }
        var stamped = document
        stamped.blocks.append(footer)
        return stamped
    }

    /// A complete HTML page with the "data as of" footer before the end of its `<main>`.
    static func stamped(page html: String) -> String {
        let stamp = output.currentStamp
        guard let freshness = stamp.freshness, let footer = FreshnessStamp.footer(freshness, language: stamp.language) else { return html }
        return HTMLPage.inserting(footer: footer, into: html)
    }

    /// Writes a message to standard error (progress, warnings), never captured in outputs.
    public static func status(_ text: String) {
        writeAll(text + "\n", to: STDERR_FILENO)
    }

    /// Whether colours may be used: a terminal, and `NO_COLOR` unset.
    public static var colorAllowed: Bool {
        output.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// The terminal's width in columns, if output is a terminal.
    public static var terminalWidth: Int? {
        guard output.isTerminal else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init)
    }
}

/// Writes the UTF-8 bytes of `text` to a file descriptor with write(2), resuming after partial
/// writes and interruptions; stops at any other error and returns its `errno` (a closed pipe,
/// `EPIPE`: the reader has gone; a full disk, `ENOSPC`), nil when everything was written.
/// Foundation's `FileHandle.write(Data(text.utf8))` copied the text into a `Data` first, through
/// a generic initializer whose first use cost a dynamic conformance look-up at every run.
@discardableResult
func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
    var text = text
    return text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
}

/// Writes bytes to a file descriptor as ``writeAll(_:to:)`` writes text.
func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    guard var next = bytes.baseAddress else { return nil }
    var remaining = bytes.count
    while remaining > 0 {
        let written = write(descriptor, next, remaining)
        if written < 0 {
            if errno == EINTR { continue }
            return errno
        }
        next += written
        remaining -= written
    }
    return nil
}

/// Standard output could not be written (a full disk, `/dev/full`): the output is incomplete.
public struct OutputWriteError: Error, CustomStringConvertible {
    /// The `errno` of the failed write.
    public let code: Int32

    public var description: String {
        "cannot write the output: \(String(cString: strerror(code))); what was written is incomplete"
    }
}
