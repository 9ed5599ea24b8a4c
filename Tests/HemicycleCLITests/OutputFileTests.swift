import Foundation
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleTestSupport
import Testing

/// Issue 22: `--output` renamed its temporary file over whatever the path was — a symbolic link
/// became a plain file (its target left stale), a FIFO too, and as root `report 773 --output
/// /dev/full` replaced the device node. One writer now follows links, writes devices and FIFOs
/// in place, and replaces only regular files, atomically.
@Suite("Output files", .serialized)
struct OutputFileTests {
    let folder: URL
    init() throws { folder = try SharedData.temporaryFolder() }

    /// `report 7 --legislature 99` on the two-legislature fixture store, to `path`.
    func report(to path: String) throws -> String {
        try hemicycle(["report", "16:7", "--output", path, "--db", LegislaturesCommandTests.database])
    }

    func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test func aSymbolicLinkIsFollowedAndKept() throws {
        let target = folder.appendingPathComponent("real.html").path
        let link = folder.appendingPathComponent("link.html").path
        try "old".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        _ = try report(to: link)
        #expect(fileType(link) == S_IFLNK, "the link stays a link")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("<!DOCTYPE html>"), "its target holds the page")
    }

    @Test func aRegularFileIsReplacedWholeAndKeepsItsMode() throws {
        let path = folder.appendingPathComponent("page.html").path
        try "old".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o640)
        _ = try report(to: path)
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o777 == 0o640)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("VTANR5L16V7"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("hemicycle-") }
        #expect(leftovers.isEmpty, "no temporary file left: \(leftovers)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "SKIPPED: no /dev/full"))
    func aDeviceIsWrittenInPlaceAndAFullOneIsAnError() throws {
        #expect {
            try report(to: "/dev/full")
        } throws: { error in
            Hemicycle.exitStatus(for: error) == 74 && "\(error)".contains("No space left on device")
        }
        #expect(fileType("/dev/full") == S_IFCHR, "the device node is still a device")
    }

    @Test func aFIFOIsWrittenInPlace() throws {
        let path = folder.appendingPathComponent("pipe.html").path
        try #require(mkfifo(path, 0o600) == 0)
        let received = ReceivedText()
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: path) { received.set(String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)) }
        }
        reader.start()
        _ = try report(to: path)
        for _ in 0..<200 where received.get() == nil { Thread.sleep(forTimeInterval: 0.01) }
        #expect(received.get()?.hasPrefix("<!DOCTYPE html>") == true)
        #expect(fileType(path) == S_IFIFO, "the FIFO is still a FIFO")
    }

    @Test func aFolderOrAMissingFolderIsAUsageError() throws {
        for path in [folder.path, folder.appendingPathComponent("no/such/folder.html").path] {
            #expect {
                try report(to: path)
            } throws: { error in
                Hemicycle.exitStatus(for: error) == 64 && "\(error)".hasPrefix("cannot write \(path)")
            }
        }
    }
}

/// Text handed from a reading thread to the test.
final class ReceivedText: @unchecked Sendable {
    // Written once by the reader thread, read by the test after polling; the lock orders them.
    private let lock = NSLock()
    private var text: String?
    func set(_ value: String) { lock.lock(); text = value; lock.unlock() }
    func get() -> String? { lock.lock(); defer { lock.unlock() }; return text }
}
