import Dispatch
import Foundation
import HemicycleModel

/// Reads an Assemblée nationale open-data dump (ballots, persons, bodies, mandates) and hands
/// each record, with its source, to the caller in the dump's order.
///
/// Decoding runs on all cores in batches while records are delivered in order on the calling
/// thread, so that memory stays bounded by one batch whatever the size of the dump.
///
/// Mandates are published twice: as files of their own (`json/mandat/`) and embedded in the
/// person's file (`acteur.mandats`). The file of its own wins; an embedded mandate is delivered
/// (after everything else) only when no file of its own was read for it.
public struct ANDumpReader: Sendable {
    /// What a read found, besides the records.
    public struct Summary: Sendable {
        /// Entries read, by document kind (`scrutin`, `acteur`…).
        public var entriesByKind: [String: Int] = [:]
        /// Entries skipped (kind not handled yet), by kind.
        public var skippedByKind: [String: Int] = [:]
        /// Notices about the archive (skipped symlinks, duplicates…).
        public var notices: [ImportNote] = []
        /// Warnings about records (deputies listed twice, bogus groups…).
        public var warnings: [ImportNote] = []
        /// Ballots whose file disagrees with itself, in the dump's order: kept as published, with
        /// what the recount says (see ``HemicycleModel/BallotDiscrepancy``).
        public var discrepancies: [DiscrepantBallot] = []
    }

    /// A ballot whose published counts differ from their recount (a model type: the import's
    /// report words it).
    public typealias DiscrepantBallot = HemicycleModel.DiscrepantBallot

    public let reader: DumpReader
    /// Entries decoded concurrently per batch.
    public var batchSize = 64

    public init(path: String) throws {
        reader = try DumpReader(path: path)
    }

    /// Reads every entry. `progress` is called with (entries done, entries total) — the total
    /// is nil when unknown. Throws the first ``ImportError`` met; records already delivered
    /// must then be discarded by the caller (the store does so by rolling back).
    ///
    /// A background thread inflates and decodes batch *n + 1* (decoding on all cores) while the
    /// calling thread delivers batch *n*; at most ``pipelineDepth`` decoded batches wait, which
    /// bounds memory whatever the size of the dump.
    @discardableResult
    public func read(progress: (Int, Int?) -> Void = { _, _ in }, _ deliver: (ANRecord) throws -> Void) throws -> Summary {
        var summary = Summary()
        let total = try? reader.entryCount()
        var done = 0
        var standaloneMandates: Set<String> = []
        var firstCopies = FirstCopies()
        var embeddedMandates: [(Mandate, SourceReference, String)] = []
        let channel = BoundedChannel<PipelineItem>(capacity: pipelineDepth)
        let producer = Thread { [reader, batchSize] in
            ANDumpReader.produce(reader: reader, batchSize: batchSize, into: channel)
        }
        producer.stackSize = 8 << 20
        producer.start()
        defer { channel.cancel() }

        while let item = channel.take() {
            switch item {
            case .batch(let decoded):
                for result in decoded {
                    let entry = try result.get()
                    summary.entriesByKind[entry.kind, default: 0] += 1
                    summary.warnings += entry.warnings
                    if let discrepant = entry.discrepant { summary.discrepancies.append(discrepant) }
                    if entry.records.isEmpty, entry.embeddedMandates.isEmpty, !ANDumpReader.handledKinds.contains(entry.kind) {
                        summary.skippedByKind[entry.kind, default: 0] += 1
                    }
                    for record in entry.records {
                        if case .mandate(let mandate, _, _) = record { standaloneMandates.insert(mandate.uid) }
                        guard try firstCopies.admit(record, path: reader.path, notices: &summary.notices) else { continue }
                        try deliver(record)
                    }
                    embeddedMandates += entry.embeddedMandates
                }
                done += decoded.count
                progress(done, total)
            case .notices(let notices):
                summary.notices += notices
            case .failure(let error):
                throw error
            }
        }
        var embeddedSeen: Set<String> = []
        for (mandate, source, hash) in embeddedMandates where !standaloneMandates.contains(mandate.uid) {
            guard embeddedSeen.insert(mandate.uid).inserted else { continue }
            try deliver(.mandate(mandate, source, contentHash: hash))
        }
        if done == 0 { throw ImportError.nothingToImport(path: reader.path) }
        return summary
    }

    /// The records of one dump by kind and uid, with the entry that held each: a dump holds a
    /// record once. A second entry with the same uid (in another folder of the zip) is read once
    /// if it is the same bytes, and refused if it differs — which copy is the Assemblée's is not
    /// known, and the last one must not win silently.
    struct FirstCopies {
        /// A record's kind and uid; its description ("ballot VTANR5L17V1") is made only for a
        /// message (interpolating it for each of 80,000 records was 2 % of the writing thread).
        struct Key: Hashable, CustomStringConvertible {
            var kind: ImportedRecords.Kind
            var uid: String

            var description: String { "\(kind.singular) \(uid)" }
        }

        private var seen: [Key: (entry: String, sha256: String)] = [:]

        /// Whether to deliver `record`: true the first time its uid is seen; false (with a
        /// notice) for an identical copy; throws for a different one.
        mutating func admit(_ record: ANRecord, path: String, notices: inout [ImportNote]) throws -> Bool {
            let kind: ImportedRecords.Kind, uid: String, source: SourceReference
            switch record {
            case .ballot(let ballot, let s): (kind, uid, source) = (.ballots, ballot.ballot.uid, s)
            case .deputy(let deputy, let s, _): (kind, uid, source) = (.persons, deputy.uid, s)
            case .body(let body, let s, _): (kind, uid, source) = (.bodies, body.uid, s)
            case .mandate(let mandate, let s, _): (kind, uid, source) = (.mandates, mandate.uid, s)
            }
            let key = Key(kind: kind, uid: uid)
            guard let first = seen[key] else {
                seen[key] = (source.entry, source.entrySHA256)
                return true
            }
            guard first.sha256 == source.entrySHA256 else {
                throw ImportError.refusedEntry(path: path, entry: source.entry, reason: "\(key) is also in \(first.entry), with other content; a dump holds a record once")
            }
            notices.append(.readOnce(entry: source.entry, kind: kind, uid: uid, firstEntry: first.entry))
            return false
        }
    }

    /// Decoded batches waiting for the consumer, at most.
    public var pipelineDepth = 2

    /// What the producing thread hands over.
    enum PipelineItem: Sendable {
        case batch([Result<DecodedEntry, ImportError>])
        case notices([ImportNote])
        case failure(ImportError)
    }

    private struct Stopped: Error {}

    /// The producing thread: inflates entries, decodes them in batches, hands them over in order.
    static func produce(reader: DumpReader, batchSize: Int, into channel: BoundedChannel<PipelineItem>) {
        var batch: [DumpEntry] = []
        var notices: [ImportNote] = []
        let path = reader.path
        let dumpSHA = reader.sha256
        func flush() throws {
            guard !batch.isEmpty else { return }
            let decoded = decodeConcurrently(batch, path: path, dumpSHA: dumpSHA)
            batch.removeAll(keepingCapacity: true)
            guard channel.put(.batch(decoded)) else { throw Stopped() }
        }
        do {
            try reader.forEachEntry(notices: { notices.append($0) }) { entry in
                batch.append(entry)
                if batch.count >= batchSize { try flush() }
            }
            try flush()
            _ = channel.put(.notices(notices))
        } catch is Stopped {
            // The consumer stopped (an error, or the caller threw): nothing more to do.
        } catch let error as ImportError {
            _ = channel.put(.failure(error))
        } catch {
            _ = channel.put(.failure(.unreadable(path: path, reason: "\(error)")))
        }
        channel.close()
    }

    static let handledKinds: Set<String> = ["scrutin", "acteur", "organe", "mandat"]

    struct DecodedEntry: Sendable {
        var kind: String
        var records: [ANRecord] = []
        /// Mandates embedded in a person's file, with their content hash.
        var embeddedMandates: [(Mandate, SourceReference, String)] = []
        var warnings: [ImportNote] = []
        /// The ballot's discrepancies, when it has any.
        var discrepant: DiscrepantBallot?
    }

    /// Decodes a batch on all cores; results keep the batch's order.
    static func decodeConcurrently(_ batch: [DumpEntry], path: String, dumpSHA: String) -> [Result<DecodedEntry, ImportError>] {
        let results = ResultSlots<DecodedEntry>(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: batch.count) { index in
            results.set(index, Result { try decode(batch[index], path: path, dumpSHA: dumpSHA) }.mapError { error in
                (error as? ImportError) ?? .invalidJSON(path: path, entry: batch[index].name, reason: "\(error)")
            })
        }
        return results.values
    }

    /// Decodes one entry.
    static func decode(_ entry: DumpEntry, path: String, dumpSHA: String) throws -> DecodedEntry {
        guard let kind = ANDocumentKind.sniff(entry.data) else {
            throw ImportError.invalidJSON(path: path, entry: entry.name, reason: "does not start with an object member such as {\"scrutin\": …}")
        }
        let source = SourceReference(dump: path, entry: entry.name, dumpSHA256: dumpSHA, entrySHA256: sha256Hex(entry.data))
        func read<T>(_ reader: (JSONValue) throws(JSONValueError) -> T) throws(ImportError) -> T {
            try ANRecordReader.read(entry.data, path: path, entry: entry.name, reader)
        }
        var result = DecodedEntry(kind: kind)
        switch ANDocumentKind(rawValue: kind) {
        case .scrutin:
            let raw = try read { v throws(JSONValueError) in try RawScrutin(file: v) }
            let (record, warnings) = try BallotRecordBuilder.make(raw, path: path, entry: entry.name)
            result.records = [.ballot(record, source)]
            result.warnings = warnings
            // Recounted here, on the decoding threads, not by the writer.
            let discrepancies = record.discrepancies
            if !discrepancies.isEmpty {
                let ballot = record.ballot
                result.discrepant = DiscrepantBallot(uid: ballot.uid, number: ballot.number, legislature: ballot.legislature, discrepancies: discrepancies)
            }
        case .acteur:
            let raw = try read { v throws(JSONValueError) in try RawActeur(file: v) }
            // Content hashes are computed here, on the decoding threads, not by the writer.
            result.records = [.deputy(raw.deputy, source, contentHash: ContentHash.of(raw.deputy))]
            result.embeddedMandates = raw.mandats.map { ($0.mandate, source, ContentHash.of($0.mandate)) }
        case .organe:
            let body = try read { v throws(JSONValueError) in try RawOrgane(file: v) }.body
            result.records = [.body(body, source, contentHash: ContentHash.of(body))]
        case .mandat:
            let mandate = try read { v throws(JSONValueError) in try RawMandat(file: v) }.mandate
            result.records = [.mandate(mandate, source, contentHash: ContentHash.of(mandate))]
        default:
            break
        }
        return result
    }
}

/// Fixed slots written once each from concurrent iterations, read after they all finish.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    // Each index is written by exactly one iteration of `concurrentPerform`, and read only
    // after it returns, so the slots need no lock; the class is @unchecked for that reason.
    private var slots: [Result<Value, ImportError>?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Result<Value, ImportError>) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }
    var values: [Result<Value, ImportError>] {
        slots.map { $0 ?? .failure(.invalidJSON(path: "", entry: "", reason: "internal: missing result")) }
    }
}
