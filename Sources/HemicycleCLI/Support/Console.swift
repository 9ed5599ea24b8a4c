import Foundation
import Synchronization

/// Where commands write their output: standard output by default, or a buffer when a notebook
/// or a test runs commands in-process.
public final class TextSink: Sendable {
    private let buffered: Bool
    private let buffer = Mutex("")

    private init(buffered: Bool) { self.buffered = buffered }

    /// Writes to standard output.
    public static let standardOutput = TextSink(buffered: false)

    /// A sink that collects the text, read with ``text``.
    public static func collecting() -> TextSink { TextSink(buffered: true) }

    /// Writes text as is.
    public func write(_ text: String) {
        if buffered {
            buffer.withLock { $0 += text }
        } else {
            writeAll(text, to: STDOUT_FILENO)
        }
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
/// writes and interruptions; stops at any other error (a closed pipe: the reader has gone).
/// Foundation's `FileHandle.write(Data(text.utf8))` copied the text into a `Data` first, through
/// a generic initializer whose first use cost a dynamic conformance look-up at every run.
func writeAll(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { bytes in
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = write(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            next += written
            remaining -= written
        }
    }
}
