import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
package struct ProgressBar {
    let label: String
    private let enabled = isatty(STDERR_FILENO) == 1
    private var lastDrawn = -1

    package init(label: String) { self.label = label }

    /// Draws `done` of `total` (total unknown: a counter).
    package mutating func update(done: Int, total: Int?) {
        guard enabled else { return }
        let line: String
        if let total, total > 0 {
            let percent = min(100, done * 100 / total)
            guard percent != lastDrawn else { return }
            lastDrawn = percent
            let width = 30
            let filled = width * percent / 100
            line = "\(label) [\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(percent)% (\(done)/\(total))"
        } else {
            line = "\(label) \(done)"
        }
        writeAll("\r\u{1B}[K\(line)", to: STDERR_FILENO)
    }

    /// Draws a download: bytes received of the total announced (unknown: a counter), and the
    /// mean rate since `started`, in MB/s.
    package mutating func update(bytes: Int64, total: Int64?, since started: Date) {
        guard enabled else { return }
        // Redrawn at most every tenth of a mebibyte: chunks arrive by the thousand.
        let step = Int(bytes >> 17)
        guard step != lastDrawn else { return }
        lastDrawn = step
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        let rate = String(format: "%.1f MB/s", Double(bytes) / seconds / 1e6)
        let received = String(format: "%.1f", Double(bytes) / 1e6)
        let line: String
        if let total, total > 0 {
            let percent = Int(min(100, bytes * 100 / total))
            let width = 30
            let filled = width * percent / 100
            line = "\(label) [\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(percent)% \(received) of \(String(format: "%.1f", Double(total) / 1e6)) MB, \(rate)"
        } else {
            line = "\(label) \(received) MB, \(rate)"
        }
        writeAll("\r\u{1B}[K\(line)", to: STDERR_FILENO)
    }

    /// Ends the line.
    package func finish() {
        guard enabled else { return }
        writeAll("\r\u{1B}[K", to: STDERR_FILENO)
    }
}
