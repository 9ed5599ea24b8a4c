import ArgumentParser
import Foundation

/// A command whose code links the network modules (Hummingbird, SwiftNIO, AsyncHTTPClient) and so
/// lives in the companion executable `hemicycle-online`, built beside `hemicycle`.
///
/// Why two executables: a process such as `hemicycle ballot 773` spends most of its time having its
/// binary's pages mapped and the runtime scan the binary's conformance records; linking the server
/// and the HTTP client made `hemicycle` 1.7 times larger and that command twice as slow (issue 22,
/// goal 4). `hemicycle serve …` and `hemicycle update …` still work, git-style: the small binary
/// replaces itself (`execv`) with `hemicycle-online serve …`, the arguments passed through unchanged,
/// so the companion's own help and exit statuses are the user's.
package enum CompanionCommand: String, CaseIterable, Sendable {
    case serve
    case update

    /// The companion executable's file name, looked for in the running executable's folder.
    package static let executableName = "hemicycle-online"

    /// The exit status when the companion cannot be run (EX_UNAVAILABLE of sysexits.h: "a support
    /// program does not exist").
    package static let unavailableStatus: Int32 = 69

    /// The command's one-line description: `hemicycle --help` lists it, the companion's help says it.
    package var abstract: String {
        switch self {
        case .serve: "Serve the ballot, town and search pages and the data API (JSON, CSV) over HTTP."
        case .update: "Download the Assemblée's latest dumps and import what changed."
        }
    }

    /// The companion beside `executable` (a path to the running program), if it is an executable file.
    package static func companion(besides executable: URL) -> URL? {
        let companion = executable.deletingLastPathComponent().appendingPathComponent(executableName)
        return FileManager.default.isExecutableFile(atPath: companion.path) ? companion : nil
    }

    /// The running program's file, links resolved: `/proc/self/exe` (Linux), else the process's
    /// `CommandLine.arguments[0]` as the shell found it (``executable(argv0:searchPath:)``).
    package static func runningExecutable() -> URL? {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: target)
        }
        return executable(argv0: CommandLine.arguments.first, searchPath: ProcessInfo.processInfo.environment["PATH"])
    }

    /// The file `argv0` names, links resolved: a path (with a `/`, relative to the current
    /// folder), else the first executable of that name in the folders of `searchPath` (`PATH`).
    package static func executable(argv0: String?, searchPath: String?) -> URL? {
        guard let argv0, !argv0.isEmpty else { return nil }
        if argv0.contains("/") { return URL(fileURLWithPath: argv0).resolvingSymlinksInPath() }
        for folder in (searchPath ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(argv0)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.resolvingSymlinksInPath() }
        }
        return nil
    }

    /// The argument vector the companion is started with: its path, this command, then `arguments`
    /// exactly as the user gave them after the command's name.
    package func argv(companion: URL, arguments: [String]) -> [String] {
        [companion.path, rawValue] + arguments
    }

    /// Replaces the process with `hemicycle-online COMMAND ARGUMENTS…`, the companion beside
    /// `executable`. Returns only by throwing ``CompanionUnavailable``: no companion there, or
    /// `execv` refused it.
    package func exec(arguments: [String], executable: URL? = runningExecutable()) throws -> Never {
        guard let executable else { throw CompanionUnavailable(command: self, folder: nil, reason: nil) }
        guard let companion = Self.companion(besides: executable) else {
            throw CompanionUnavailable(command: self, folder: executable.deletingLastPathComponent().path, reason: nil)
        }
        let argv = argv(companion: companion, arguments: arguments)
        // Nothing is buffered to flush: Console writes with write(2), and nothing was written yet.
        var cArguments = argv.map { strdup($0) }
        cArguments.append(nil)
        execv(companion.path, cArguments)
        let reason = String(cString: strerror(errno))
        cArguments.forEach { free($0) }
        throw CompanionUnavailable(command: self, folder: executable.deletingLastPathComponent().path, reason: reason)
    }
}

/// `hemicycle serve|update` could not start the companion executable: missing (not built, or not
/// installed beside `hemicycle`), or refused by the system. Exit status 69.
package struct CompanionUnavailable: Error, CustomStringConvertible, Equatable {
    /// The command that was asked for.
    package let command: CompanionCommand
    /// The folder where the companion was looked for (nil: the running executable was not found).
    package let folder: String?
    /// Why `execv` failed (`strerror`), nil when the companion is missing.
    package let reason: String?

    package init(command: CompanionCommand, folder: String?, reason: String?) {
        self.command = command
        self.folder = folder
        self.reason = reason
    }

    package var description: String {
        let name = CompanionCommand.executableName
        let place = folder.map { " in \($0)" } ?? ""
        if let reason {
            return "hemicycle \(command.rawValue): cannot run \(name)\(place): \(reason)"
        }
        return "hemicycle \(command.rawValue) is run by the companion executable \(name), not found\(place). "
            + "Build it beside hemicycle: swift build --product \(name) (add -c release for a release build), "
            + "or run it directly: swift run \(name) \(command.rawValue)"
    }
}
