import Foundation

#if FUZZING
/// libFuzzer's driver (compiler-rt, linked by `-sanitize=fuzzer`): parses libFuzzer's flags and
/// runs the fuzzing loop with `callback`. Declared by its symbol because the C header is not on
/// Swift's include path; its three pointer arguments and `int` result are passed in the same
/// registers by the Swift and C conventions on the platforms libFuzzer supports.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The body under test: a C callback cannot capture it, so it waits here. Set once, before
/// libFuzzer starts, and only read afterwards (libFuzzer runs inputs on one thread).
nonisolated(unsafe) private var fuzzBody: ((Data) -> Void)?
#endif

/// Runs one fuzz target, two ways:
///
/// - built with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING` (see `Tests/Fuzz/fuzz.sh`): hands
///   the body to libFuzzer, which takes its usual flags (`-max_total_time=60`, a corpus folder…);
/// - built normally (`swift build`): replays the files given as arguments (files or folders of
///   files, such as the corpus and the `crash-*` files libFuzzer writes), so that every crash
///   found stays reproducible, and the targets compile with the rest of the package.
///
/// A body reports a bug by trapping (`fatalError`), as libFuzzer expects: an input must either
/// be accepted or refused with the module's typed error.
public enum FuzzDriver {
    public static func run(_ body: @escaping (Data) -> Void) -> Never {
        #if FUZZING
        fuzzBody = body
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let input = data.map { Data(bytes: $0, count: size) } ?? Data()
            fuzzBody?(input)
            return 0
        }
        exit(status)
        #else
        var replayed = 0
        for argument in CommandLine.arguments.dropFirst() {
            for file in files(at: argument) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    FileHandle.standardError.write(Data("\(file): cannot be read\n".utf8))
                    exit(1)
                }
                body(data)
                replayed += 1
            }
        }
        print("replayed \(replayed) input(s) without a crash")
        exit(0)
        #endif
    }

    /// The file at `path`, or the regular files of the folder at `path`, sorted.
    private static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { (path as NSString).appendingPathComponent($0) }.filter {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && !isFolder.boolValue
        }
    }

    /// A scratch file for targets whose reader takes a path: one per process (libFuzzer runs
    /// several with `-jobs`), in `$TMPDIR` (`fuzz.sh` points it to `/dev/shm`, 30 times faster
    /// than a disk), rewritten for every input and left there at exit.
    public static func scratchFile(named name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("hemicycle-fuzz-\(ProcessInfo.processInfo.processIdentifier)-\(name)")
    }
}
