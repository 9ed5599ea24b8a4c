import Foundation

/// Turns an SVG into a PNG with `rsvg-convert` (librsvg; Debian package `librsvg2-bin`), when
/// it is installed: `hemicycle card --png` and the server's `/ballots/{ref}/card.png`. Hemicycle
/// draws no pixels itself.
public enum PNGRasteriser {
    /// Why no PNG was made.
    public enum Failure: Error, CustomStringConvertible, Sendable {
        /// `rsvg-convert` is not on `$PATH`.
        case missingTool
        /// It could not start, or ended with an error (its message).
        case failed(String)

        public var description: String {
            switch self {
            case .missingTool:
                return "rsvg-convert is not installed (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg)"
            case .failed(let message):
                return message
            }
        }
    }

    /// The path of `rsvg-convert` on `$PATH`, if any.
    public static var rsvgConvert: String? { executable(named: "rsvg-convert") }

    /// The first executable file named `name` in `path` (`$PATH`'s form).
    static func executable(named name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        for folder in (path ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Writes `pngPath` from `svgPath` at `width`×`height` pixels. Blocks until `rsvg-convert`
    /// ends.
    /// - Throws: ``Failure``.
    public static func png(svgPath: String, pngPath: String, width: Int, height: Int) throws {
        guard let tool = rsvgConvert else { throw Failure.missingTool }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--width", "\(width)", "--height", "\(height)", "--format", "png", "--output", pngPath, svgPath]
        let errors = Pipe()
        process.standardError = errors
        do { try process.run() } catch {
            throw Failure.failed("cannot start \(tool): \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure.failed("rsvg-convert failed on \(svgPath) (status \(process.terminationStatus)): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }

    /// The PNG bytes of the SVG document `svg`, through temporary files (removed after).
    /// - Throws: ``Failure``, or the error writing or reading a temporary file.
    public static func png(svg: String, width: Int, height: Int) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hemicycle-png-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let svgFile = folder.appendingPathComponent("card.svg"), pngFile = folder.appendingPathComponent("card.png")
        try Data(svg.utf8).write(to: svgFile)
        try png(svgPath: svgFile.path, pngPath: pngFile.path, width: width, height: height)
        return [UInt8](try Data(contentsOf: pngFile))
    }
}
