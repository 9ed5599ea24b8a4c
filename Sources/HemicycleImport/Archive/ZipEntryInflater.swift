#if canImport(zlib)
import zlib
#else
import CZlib
#endif
import Foundation

/// Reads the bytes of zip entries itself, from the offsets of the central directory, instead of
/// ZIPFoundation's `extract`: ZIPFoundation feeds the inflater from the file until the deflate
/// stream ends, without stopping at the entry's compressed size, and loops forever at the end of
/// the file when a forged stream never ends (found by the `FuzzZip` libFuzzer target; the input
/// is `Tests/HemicycleImportTests/Fixtures/fuzz/FuzzZip/`). Here an entry is read from exactly
/// its compressed bytes: a stream that does not end within them is a corrupt archive.
///
/// ZIPFoundation still lists the entries (names, types, sizes); this reads the central
/// directory again only for what it keeps internal, the offset of each entry's local header.
struct ZipEntryInflater {
    /// What the central directory says of one entry.
    struct Record {
        var compressionMethod: UInt16
        var compressedSize: UInt64
        var localHeaderOffset: UInt64
    }

    /// Why an entry cannot be read; the caller adds the file and entry names.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The entries of the central directory, in its order (the order ZIPFoundation lists them).
    let records: [Record]
    private let handle: FileHandle
    private let fileSize: UInt64

    init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
        fileSize = try handle.seekToEnd()
        records = try Self.readCentralDirectory(handle: handle, fileSize: fileSize)
    }

    /// The entry's bytes, inflated; `limit` bounds the inflated size (throws `EntryTooLarge`
    /// through `tooLarge` when passed), `expectedCRC` is the central directory's checksum.
    func data(of record: Record, expectedCRC: UInt32, limit: UInt64, tooLarge: any Error) throws -> Data {
        let header = try read(at: record.localHeaderOffset, count: 30)
        guard header.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw Failure(description: "no local header at offset \(record.localHeaderOffset)") }
        let start = record.localHeaderOffset + 30 + UInt64(Self.uint16(header, 26)) + UInt64(Self.uint16(header, 28))
        guard start <= fileSize, record.compressedSize <= fileSize - start else {
            throw Failure(description: "compressed data (\(record.compressedSize) bytes at offset \(start)) runs past the end of the file")
        }
        let compressed = try read(at: start, count: Int(record.compressedSize))
        let data: Data
        switch record.compressionMethod {
        case 0:
            guard UInt64(compressed.count) <= limit else { throw tooLarge }
            data = compressed
        case 8:
            data = try Self.inflateRaw(compressed, limit: limit, tooLarge: tooLarge)
        default:
            throw Failure(description: "compression method \(record.compressionMethod) is not supported (only stored and deflate)")
        }
        let crc = data.withUnsafeBytes { raw in
            UInt32(crc32(0, raw.bindMemory(to: Bytef.self).baseAddress, uInt(raw.count)))
        }
        guard crc == expectedCRC else { throw Failure(description: "checksum mismatch (CRC-32 \(crc), expected \(expectedCRC))") }
        return data
    }

    /// Inflates a raw deflate stream that must end within `input`.
    private static func inflateRaw(_ input: Data, limit: UInt64, tooLarge: any Error) throws -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(description: "cannot start the inflater")
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        var input = input
        let status: Int32 = input.withUnsafeMutableBytes { raw in
            stream.next_in = raw.bindMemory(to: Bytef.self).baseAddress
            stream.avail_in = uInt(raw.count)
            while true {
                let result = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                if UInt64(output.count) > limit { return Z_MEM_ERROR }
                // Z_BUF_ERROR: no progress possible — the input is used up before the stream ends.
                if result != Z_OK { return result }
            }
        }
        switch status {
        case Z_STREAM_END: return output
        case Z_MEM_ERROR where UInt64(output.count) > limit: throw tooLarge
        case Z_BUF_ERROR: throw Failure(description: "the deflate stream does not end within the entry's compressed bytes")
        default: throw Failure(description: "invalid deflate data (zlib status \(status))")
        }
    }

    private func read(at offset: UInt64, count: Int) throws -> Data {
        try handle.seek(toOffset: offset)
        let data = try handle.read(upToCount: count) ?? Data()
        guard data.count == count else { throw Failure(description: "unexpected end of file at offset \(offset)") }
        return data
    }

    // MARK: - Central directory

    private static func readCentralDirectory(handle: FileHandle, fileSize: UInt64) throws -> [Record] {
        // The end-of-central-directory record is within the last 64 KiB + 22 bytes (its comment).
        let tailSize = min(fileSize, 65_557)
        try handle.seek(toOffset: fileSize - tailSize)
        let tail = [UInt8](try handle.read(upToCount: Int(tailSize)) ?? Data())
        guard tail.count >= 22, let end = (0...(tail.count - 22)).reversed().first(where: { tail[$0..<$0 + 4].elementsEqual([0x50, 0x4B, 0x05, 0x06]) }) else {
            throw Failure(description: "no end of central directory")
        }
        var count = UInt64(uint16(tail, end + 10))
        var offset = UInt64(uint32(tail, end + 16))
        if count == 0xFFFF || offset == 0xFFFF_FFFF, end >= 20, tail[end - 20..<end - 16].elementsEqual([0x50, 0x4B, 0x06, 0x07]) {
            // Zip64: the locator before the record points to the zip64 end of central directory.
            let zip64 = [UInt8](try readAt(handle, uint64(tail, end - 20 + 8), 56, fileSize: fileSize))
            guard zip64.starts(with: [0x50, 0x4B, 0x06, 0x06]) else { throw Failure(description: "no zip64 end of central directory") }
            count = uint64(zip64, 32)
            offset = uint64(zip64, 48)
        }
        var records: [Record] = []
        var position = offset
        for _ in 0..<count {
            let fixed = [UInt8](try readAt(handle, position, 46, fileSize: fileSize))
            guard fixed.starts(with: [0x50, 0x4B, 0x01, 0x02]) else { throw Failure(description: "no central directory entry at offset \(position)") }
            let nameLength = UInt64(uint16(fixed, 28)), extraLength = UInt64(uint16(fixed, 30)), commentLength = UInt64(uint16(fixed, 32))
            var record = Record(compressionMethod: uint16(fixed, 10), compressedSize: UInt64(uint32(fixed, 20)), localHeaderOffset: UInt64(uint32(fixed, 42)))
            let uncompressed32 = uint32(fixed, 24)
            if record.compressedSize == 0xFFFF_FFFF || record.localHeaderOffset == 0xFFFF_FFFF || uncompressed32 == 0xFFFF_FFFF {
                let extra = [UInt8](try readAt(handle, position + 46 + nameLength, Int(extraLength), fileSize: fileSize))
                applyZip64(extra, to: &record, uncompressedIsWide: uncompressed32 == 0xFFFF_FFFF)
            }
            records.append(record)
            position += 46 + nameLength + extraLength + commentLength
        }
        return records
    }

    /// Takes the 64-bit sizes and offset of the zip64 extra field (id 1), in their fixed order:
    /// uncompressed size, compressed size, local header offset, each only when its 32-bit field
    /// is 0xFFFFFFFF.
    private static func applyZip64(_ extra: [UInt8], to record: inout Record, uncompressedIsWide: Bool) {
        var index = 0
        while index + 4 <= extra.count {
            let id = uint16(extra, index), size = Int(uint16(extra, index + 2))
            guard index + 4 + size <= extra.count else { return }
            if id == 1 {
                var field = index + 4
                if uncompressedIsWide { field += 8 }
                if record.compressedSize == 0xFFFF_FFFF, field + 8 <= index + 4 + size { record.compressedSize = uint64(extra, field); field += 8 }
                if record.localHeaderOffset == 0xFFFF_FFFF, field + 8 <= index + 4 + size { record.localHeaderOffset = uint64(extra, field) }
                return
            }
            index += 4 + size
        }
    }

    private static func readAt(_ handle: FileHandle, _ offset: UInt64, _ count: Int, fileSize: UInt64) throws -> Data {
        guard offset <= fileSize, UInt64(count) <= fileSize - offset else { throw Failure(description: "central directory runs past the end of the file") }
        try handle.seek(toOffset: offset)
        let data = try handle.read(upToCount: count) ?? Data()
        guard data.count == count else { throw Failure(description: "unexpected end of file at offset \(offset)") }
        return data
    }

    private static func uint16(_ bytes: some RandomAccessCollection<UInt8>, _ at: Int) -> UInt16 {
        let i = bytes.index(bytes.startIndex, offsetBy: at)
        return UInt16(bytes[i]) | UInt16(bytes[bytes.index(after: i)]) << 8
    }

    private static func uint32(_ bytes: some RandomAccessCollection<UInt8>, _ at: Int) -> UInt32 {
        UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16
    }

    private static func uint64(_ bytes: some RandomAccessCollection<UInt8>, _ at: Int) -> UInt64 {
        UInt64(uint32(bytes, at)) | UInt64(uint32(bytes, at + 4)) << 32
    }
}
