import Foundation
import HemicycleModel

/// "Data as of": the date of the latest ballot the store holds for a legislature (the dump's own
/// date, as far as its content says), and when its dump was last fetched, so that a reader knows
/// how old the figures are.
public enum FreshnessStamp {
    /// One line per legislature, e.g. `Data as of 2026-07-02 (legislature 17, last ballot);
    /// fetched 2026-12-07T09:30:00Z from https://…, Last-Modified Thu, 02 Jul 2026 22:00:00 GMT`.
    /// Legislatures never updated say where their data was imported from instead.
    public static func lines(_ freshness: StoreFreshness) -> [String] {
        freshness.legislatures.map { legislature in
            var line = "Data as of \(legislature.lastBallotDate) (legislature \(legislature.legislature), last ballot)"
            if let dump = freshness.updatedDumps.first(where: { $0.legislature == legislature.legislature && $0.kind == DumpKind.ballots.rawValue }) {
                line += "; checked \(dump.lastCheckedAt)"
                if let downloaded = dump.lastDownloadedAt { line += ", downloaded \(downloaded)" }
                line += " from \(dump.location)"
                if let lastModified = dump.lastModified { line += " (Last-Modified \(lastModified))" }
            } else {
                line += "; imported from files, never updated"
            }
            return line
        }
    }
}
