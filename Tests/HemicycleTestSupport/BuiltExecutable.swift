import Foundation

/// The `hemicycle` executable built beside the test bundle, to run commands in another process.
public enum BuiltExecutable {
    public static var url: URL? {
        let candidates = [CommandLine.arguments.first, Bundle.main.executablePath].compactMap { $0 }
        for candidate in candidates {
            var folder = URL(fileURLWithPath: candidate).deletingLastPathComponent()
            for _ in 0..<3 {
                let executable = folder.appendingPathComponent("hemicycle")
                if FileManager.default.isExecutableFile(atPath: executable.path) { return executable }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }
}
