import Foundation
import HemicycleCLI
import HemicycleUpdate

/// Draws an update's progress on standard error: a bar with bytes and rate while a dump
/// downloads, entries while it imports, a line per retry. Called from any thread.
final class UpdateProgressDisplay: @unchecked Sendable {
    private let lock = NSLock()
    private let quiet: Bool
    // Guarded by `lock`: the bar of the current dump and step, and when that step started.
    private var current: (key: String, bar: ProgressBar, started: Date)?

    init(quiet: Bool) { self.quiet = quiet }

    func show(_ event: UpdateProgress) {
        guard !quiet else { return }
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .downloading(let location, let bytes, let total):
            var bar = self.bar(for: "Downloading \(Self.name(location))")
            bar.bar.update(bytes: bytes, total: total, since: bar.started)
            current = bar
        case .retrying(let location, let attempt, let reason, let delay):
            finish()
            Console.status("\(reason); attempt \(attempt) in \(Int(delay.rounded())) s (\(Self.name(location)))")
        case .checking(let location):
            finish()
            Console.status("Checking \(Self.name(location)) (zip directory, sizes, CRCs)…")
        case .importing(let location, let entries, let total):
            var bar = self.bar(for: "Importing \(Self.name(location))")
            bar.bar.update(done: entries, total: total)
            current = bar
        }
    }

    /// Ends the current bar's line.
    func finish() {
        current?.bar.finish()
        current = nil
    }

    private func bar(for key: String) -> (key: String, bar: ProgressBar, started: Date) {
        if let current, current.key == key { return current }
        finish()
        return (key, ProgressBar(label: key), Date())
    }

    /// `17/loi/scrutins/Scrutins.json.zip` of a URL or path: enough to tell the dumps apart.
    private static func name(_ location: String) -> String {
        let parts = location.split(separator: "/")
        guard let legislatureIndex = parts.lastIndex(where: { Int($0) != nil }) else { return location }
        return "\(parts[legislatureIndex])/…/\(parts.last ?? "")"
    }
}
