import Foundation
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// The selection of ballots an analytics report is computed over, read from the store: the one
/// loading step of `hemicycle deputy|deputies|groups|agreement|turnout` and of the server's pages.
public struct LoadedSelection: Sendable {
    /// The ballots, votes, persons and groups the reports are built from.
    public let selection: AnalyticsSelection
    /// What the store returned (ballot records, the persons, the groups).
    public let snapshot: AnalyticsSnapshot

    /// Loads the ballots `filter` selects. `needsVotes: false` skips the nominative votes (see
    /// ``HemicycleStore/AnalyticsSnapshot/Votes/countsOnly``); applying corrections
    /// (`withCorrections`), or recounting the counts from the names (`recountedFromNames`), needs
    /// them as records, so they are then read anyway.
    public init(database: HemicycleDatabase, filter: BallotFilter, withCorrections: Bool, needsVotes: Bool = true,
                recountedFromNames: Bool = false) throws {
        let matrix: VoteMatrix
        if withCorrections || recountedFromNames {
            snapshot = try database.analyticsSnapshot(filter, votes: .records)
            var records = snapshot.records
            if recountedFromNames { records = records.map { $0.recountedFromNames() } }
            if withCorrections {
                // An absent deputy who corrects is added to the group they were last listed under.
                let correcting = Set(records.flatMap { $0.corrections.map(\.deputyRef) })
                var lastGroup: [String: String] = [:]
                if !correcting.isEmpty {
                    for record in records {
                        for v in record.votes where correcting.contains(v.deputyRef) { lastGroup[v.deputyRef] = v.groupRef }
                    }
                }
                records = records.map { $0.applyingCorrections { lastGroup[$0] } }
            }
            matrix = VoteMatrix(records: records)
        } else {
            snapshot = try database.analyticsSnapshot(filter, votes: needsVotes ? .matrix : .countsOnly)
            matrix = snapshot.matrix ?? VoteMatrix(records: snapshot.records)
        }
        selection = AnalyticsSelection(matrix: matrix, groups: snapshot.groups, deputies: snapshot.deputies, legislatures: snapshot.legislatures,
                                       seatMandates: snapshot.seatMandates, withCorrections: withCorrections)
    }

    /// Legislatures whose packed copy of the votes did not match its checksum (the votes were read
    /// from the tables: the figures are right, but the store should be checked).
    public var damagedPackedVotes: [Int] { snapshot.damagedPackedVotes }

    /// Resolves a deputy by id or name (case-, accent- and hyphen-insensitive), among the persons
    /// listed on the ballots or holding a seat in the selection. Throws
    /// ``HemicycleStore/StoreError/notFound(_:)``, listing the candidates, when the name is
    /// ambiguous or matches nobody.
    public func deputy(_ text: String, in database: HemicycleDatabase) throws -> Deputy {
        let matrix = selection.matrix
        let all = try database.deputiesMatching(text)
        let relevant = all.filter { matrix.deputy($0.uid) != nil || selection.seatPeriods[$0.uid] != nil }
        let candidates = relevant.isEmpty ? all : relevant
        let folded = TextFolding.fold(text.trimmingCharacters(in: .whitespaces)).replacingOccurrences(of: "-", with: " ")
        let exact = candidates.filter {
            $0.uid == text.uppercased() || TextFolding.fold($0.fullName).replacingOccurrences(of: "-", with: " ") == folded
        }
        if exact.count == 1 { return exact[0] }
        if candidates.count == 1 { return candidates[0] }
        if candidates.isEmpty {
            throw StoreError.notFound("no deputy matches '\(text)' (give a name, part of a name, or an id such as PA721908)")
        }
        let latest = selection.latestGroups()
        let list = candidates.prefix(20).map { d -> String in
            let group = matrix.deputy(d.uid).flatMap { i -> String? in
                let g = latest[Int(i)]
                return g >= 0 ? selection.groupLabel(matrix.groupIDs[Int(g)]) : nil
            }
            return "  \(d.uid)  \(d.fullName)" + (group.map { " (\($0))" } ?? "")
        }
        let more = candidates.count > 20 ? "\n  … and \(candidates.count - 20) more" : ""
        throw StoreError.notFound("'\(text)' is ambiguous: \(candidates.count) deputies match; give the id or more of the name:\n"
            + list.joined(separator: "\n") + more)
    }
}
