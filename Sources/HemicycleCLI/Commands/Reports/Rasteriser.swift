import ArgumentParser
import Foundation

/// Turns an SVG into a PNG with `rsvg-convert` (librsvg; Debian package `librsvg2-bin`), when
/// it is installed. Hemicycle draws no pixels itself.
enum Rasteriser {
    /// The path of `rsvg-convert` on `$PATH`, if any.
    static var rsvgConvert: String? { executable(named: "rsvg-convert") }

    /// The first executable file named `name` in `$PATH`.
    static func executable(named name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        for folder in (path ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Writes `pngPath` from `svgPath` at `width`×`height` pixels.
    /// - Throws: a clear error when `rsvg-convert` is missing or fails.
    static func png(svgPath: String, pngPath: String, width: Int, height: Int) throws {
        guard let tool = rsvgConvert else {
            throw ValidationError("""
                the SVG was written to \(svgPath), but no PNG: rsvg-convert is not installed \
                (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg)
                """)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--width", "\(width)", "--height", "\(height)", "--format", "png", "--output", pngPath, svgPath]
        let errors = Pipe()
        process.standardError = errors
        do { try process.run() } catch {
            throw ValidationError("cannot start \(tool): \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("rsvg-convert failed on \(svgPath) (status \(process.terminationStatus)): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }
}
