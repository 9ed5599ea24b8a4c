#if canImport(zlib)
import zlib
#else
import CZlib
#endif
import Foundation

/// Reads a zip archive: lists its entries from the central directory, and reads each entry from
/// exactly its compressed bytes.
///
/// Written here rather than taken from ZIPFoundation, for two reasons. ZIPFoundation's `extract`
/// feeds the inflater from the file until the deflate stream ends, without stopping at the
/// entry's compressed size, and loops forever at the end of the file when a forged stream never
/// ends (found by the `FuzzZip` libFuzzer target; the input is
/// `Tests/HemicycleImportTests/Fixtures/fuzz/FuzzZip/`): here a stream that does not end within
/// its entry's bytes is a corrupt archive. And listing: the persons dump holds 52,000 entries,
/// which ZIPFoundation lists with a seek and a read per entry and a path decoded at every
/// access; here the central directory is read in one piece, and each entry with two `pread`s.
///
/// Reads stored (0) and deflated (8) entries, zip64 sizes and offsets included. Entry names
/// are UTF-8 when the archive says so (general-purpose flag bit 11), else code page 437 (the
/// format's default). Nothing is ever written to disk.
struct ZipReader {
    /// What an entry is, from its Unix mode when the archive was made on Unix or macOS, else from
    /// a trailing `/` (or the MS-DOS directory attribute), as ZIPFoundation judges it.
    enum Kind: Equatable {
        case file, directory, symlink
    }

    /// What the central directory says of one entry.
    struct Record {
        /// The entry's path inside the archive, as written (not checked for safety here).
        var name: String
        /// The name's bytes as the directory stores them, which the local header must repeat.
        var nameBytes: [UInt8]
        var kind: Kind
        /// 0 stored, 8 deflate; others are refused when read.
        var compressionMethod: UInt16
        /// The CRC-32 of the uncompressed bytes.
        var crc32: UInt32
        /// Sizes in bytes, as declared.
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        /// Where the entry's local header starts, in bytes from the start of the file.
        var localHeaderOffset: UInt64
    }

    /// Why an archive or an entry cannot be read; the caller adds the file and entry names.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The entries of the central directory, in its order.
    let records: [Record]
    private let handle: FileHandle
    private let fileSize: UInt64

    init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
        fileSize = try handle.seekToEnd()
        records = try Self.readCentralDirectory(handle: handle, fileSize: fileSize)
    }

    /// The uncompressed bytes of an entry, checked against its CRC-32.
    ///
    /// - Parameters:
    ///   - limit: the most bytes the entry may inflate to; past it, `tooLarge` is thrown (a zip
    ///     bomb stops there, whatever size it declares).
    func data(of record: Record, limit: UInt64, tooLarge: any Error) throws -> Data {
        // The header and, right after it, the name it gives the entry: a zip names each entry
        // twice, and a name that differs from the directory's would make another tool extract
        // another file than the one listed here.
        let header = try read(at: record.localHeaderOffset, count: 30 + record.nameBytes.count)
        guard header.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw Failure(description: "no local header at offset \(record.localHeaderOffset)") }
        let localNameLength = Int(Self.uint16(header, 26))
        guard localNameLength == record.nameBytes.count else {
            throw Failure(description: "the local header gives a name of \(localNameLength) bytes, "
                + "the central directory '\(record.name)' (\(record.nameBytes.count) bytes)")
        }
        guard header.dropFirst(30).elementsEqual(record.nameBytes) else {
            let localName = Self.decodeName(ArraySlice(header.dropFirst(30)), utf8: Self.uint16(header, 6) & 0x0800 != 0)
            throw Failure(description: "the local header names it '\(localName)', the central directory '\(record.name)'")
        }
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
        // The size the directory declares is the one the entry must have: more data behind a
        // smaller declared size was read silently before (issue 22).
        guard UInt64(data.count) == record.uncompressedSize else {
            throw Failure(description: "inflates to \(data.count) bytes but the directory declares \(record.uncompressedSize)")
        }
        let crc = data.withUnsafeBytes { raw in
            UInt32(crc32(0, raw.bindMemory(to: Bytef.self).baseAddress, uInt(raw.count)))
        }
        guard crc == record.crc32 else { throw Failure(description: "checksum mismatch (CRC-32 \(crc), expected \(record.crc32))") }
        return data
    }

    /// Inflates a raw deflate stream (no zlib header) that must end within `input`.
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

    /// `count` bytes at `offset`, in one pread(2) (no seek: the position of the handle is not used).
    private func read(at offset: UInt64, count: Int) throws -> Data {
        try Self.read(handle, at: offset, count: count, fileSize: fileSize)
    }

    private static func read(_ handle: FileHandle, at offset: UInt64, count: Int, fileSize: UInt64) throws -> Data {
        guard offset <= fileSize, UInt64(count) <= fileSize - offset else {
            throw Failure(description: "\(count) bytes at offset \(offset) run past the end of the file")
        }
        var data = Data(count: count)
        var done = 0
        while done < count {
            let got = data.withUnsafeMutableBytes { raw in
                pread(handle.fileDescriptor, raw.baseAddress.map { $0 + done }, count - done, off_t(offset) + off_t(done))
            }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { throw Failure(description: "unexpected end of file at offset \(offset + UInt64(done))") }
            done += got
        }
        return data
    }

    // MARK: - Central directory

    /// The records of the central directory, read in one piece from where the end record says.
    private static func readCentralDirectory(handle: FileHandle, fileSize: UInt64) throws -> [Record] {
        // The end-of-central-directory record is within the last 64 KiB + 22 bytes (its comment).
        let tailSize = min(fileSize, 65_557)
        let tail = [UInt8](try read(handle, at: fileSize - tailSize, count: Int(tailSize), fileSize: fileSize))
        guard tail.count >= 22, let end = (0...(tail.count - 22)).reversed().first(where: { tail[$0..<$0 + 4].elementsEqual([0x50, 0x4B, 0x05, 0x06]) }) else {
            throw Failure(description: "no end of central directory")
        }
        var count = UInt64(uint16(tail, end + 10))
        var size = UInt64(uint32(tail, end + 12))
        var offset = UInt64(uint32(tail, end + 16))
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF, end >= 20,
           tail[end - 20..<end - 16].elementsEqual([0x50, 0x4B, 0x06, 0x07]) {
            // Zip64: the locator before the record points to the zip64 end of central directory.
            let zip64 = [UInt8](try read(handle, at: uint64(tail, end - 20 + 8), count: 56, fileSize: fileSize))
            guard zip64.starts(with: [0x50, 0x4B, 0x06, 0x06]) else { throw Failure(description: "no zip64 end of central directory") }
            count = uint64(zip64, 32)
            size = uint64(zip64, 40)
            offset = uint64(zip64, 48)
        }
        // Every record takes at least 46 bytes: a count the directory cannot hold is forged, and
        // would otherwise reserve memory for it.
        guard size <= fileSize, count <= size / 46 else {
            throw Failure(description: "central directory of \(count) entries in \(size) bytes does not fit the file")
        }
        let directory = [UInt8](try read(handle, at: offset, count: Int(size), fileSize: fileSize))
        var records: [Record] = []
        records.reserveCapacity(Int(count))
        var position = 0
        for _ in 0..<count {
            guard position + 46 <= directory.count, directory[position..<position + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) else {
                throw Failure(description: "no central directory entry at offset \(offset + UInt64(position))")
            }
            let nameLength = Int(uint16(directory, position + 28)), extraLength = Int(uint16(directory, position + 30))
            let commentLength = Int(uint16(directory, position + 32))
            let nameStart = position + 46, extraStart = nameStart + nameLength, next = extraStart + extraLength + commentLength
            guard next <= directory.count else { throw Failure(description: "central directory entry at offset \(offset + UInt64(position)) runs past the directory") }
            let flags = uint16(directory, position + 8)
            let name = decodeName(directory[nameStart..<extraStart], utf8: flags & 0x0800 != 0)
            var record = Record(
                name: name, nameBytes: Array(directory[nameStart..<extraStart]),
                kind: kind(name: name, versionMadeBy: uint16(directory, position + 4), externalAttributes: uint32(directory, position + 38)),
                compressionMethod: uint16(directory, position + 10), crc32: uint32(directory, position + 16),
                compressedSize: UInt64(uint32(directory, position + 20)), uncompressedSize: UInt64(uint32(directory, position + 24)),
                localHeaderOffset: UInt64(uint32(directory, position + 42)))
            if record.compressedSize == 0xFFFF_FFFF || record.localHeaderOffset == 0xFFFF_FFFF || record.uncompressedSize == 0xFFFF_FFFF {
                applyZip64(Array(directory[extraStart..<extraStart + extraLength]), to: &record)
            }
            records.append(record)
            position = next
        }
        return records
    }

    /// Widens the 32-bit fields saturated at 0xFFFFFFFF from the zip64 extra field (id 1), which
    /// holds, in this order, only those that are saturated: uncompressed size, compressed size,
    /// local header offset.
    private static func applyZip64(_ extra: [UInt8], to record: inout Record) {
        var index = 0
        while index + 4 <= extra.count {
            let id = uint16(extra, index), size = Int(uint16(extra, index + 2))
            guard index + 4 + size <= extra.count else { return }
            if id == 1 {
                var field = index + 4
                let fieldEnd = index + 4 + size
                if record.uncompressedSize == 0xFFFF_FFFF, field + 8 <= fieldEnd { record.uncompressedSize = uint64(extra, field); field += 8 }
                if record.compressedSize == 0xFFFF_FFFF, field + 8 <= fieldEnd { record.compressedSize = uint64(extra, field); field += 8 }
                if record.localHeaderOffset == 0xFFFF_FFFF, field + 8 <= fieldEnd { record.localHeaderOffset = uint64(extra, field) }
                return
            }
            index += 4 + size
        }
    }

    /// An entry's name: UTF-8 when flagged (invalid sequences repaired), else code page 437,
    /// whose first 128 characters are ASCII.
    private static func decodeName(_ bytes: ArraySlice<UInt8>, utf8: Bool) -> String {
        if utf8 || bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        var name = String.UnicodeScalarView()
        for byte in bytes {
            name.append(byte < 0x80 ? Unicode.Scalar(byte) : codePage437High[Int(byte) - 0x80])
        }
        return String(name)
    }

    /// Code page 437, bytes 0x80…0xFF.
    static let codePage437High: [Unicode.Scalar] = Array(
        "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{00A0}"
            .unicodeScalars)

    /// What an entry is (see ``Kind``).
    private static func kind(name: String, versionMadeBy: UInt16, externalAttributes: UInt32) -> Kind {
        let trailingSlash = name.hasSuffix("/")
        switch versionMadeBy >> 8 {
        case 3, 19:  // Unix, macOS: the mode is in the high half of the external attributes.
            switch UInt16(truncatingIfNeeded: externalAttributes >> 16) & 0o170000 {
            case 0o100000: return .file
            case 0o040000: return .directory
            case 0o120000: return .symlink
            default: return trailingSlash ? .directory : .file
            }
        case 0:  // MS-DOS: the directory attribute.
            return trailingSlash || externalAttributes >> 4 == 0x01 ? .directory : .file
        default:
            return trailingSlash ? .directory : .file
        }
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
