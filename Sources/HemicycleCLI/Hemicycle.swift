import ArgumentParser
import Foundation
import HemicycleCSV
import HemicycleImport
import HemicycleLegislation
import HemicycleIngest
import HemicycleStore

/// The `hemicycle` command: parliamentary votes from official open data.
public struct Hemicycle: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "hemicycle",
        abstract: "Parliamentary vote analysis from official open data (Assemblée nationale).",
        discussion: """
            On first use, the database is built from the datasets shipped in datasets/.

            Exit codes (each error is printed with the file, the record and what was wrong):
              0   success
              1   failure: unknown ballot, deputy or place; a check that does not pass
              64  usage: a bad argument or option, an --output path that cannot be used
              65  bad input data: a malformed dump, JSON, CSV, or a database that is not Hemicycle's
              66  input missing or unreadable: no such file, a folder where a file was expected
              74  the database cannot be written: read-only file or folder, disk full
              69  unavailable: update: the server or the network failed (after retries);
                  serve, update: the companion executable hemicycle-online is not beside hemicycle
              75  another import is running on the database: try again later

            Examples:
              hemicycle ballot 773
              hemicycle ballots --search "sûreté dans les transports"
              hemicycle import path/to/Scrutins_XVII.json.zip
            """,
        subcommands: [BallotCommand.self, BallotsCommand.self, ImportCommand.self, CheckCommand.self, UpdateDispatch.self, StatusCommand.self,
                      WatchCommand.self, FeedCommand.self]
            + AnalyticsCommands.all + CampaignCommands.all + LegislationCommands.all + ReportsCommands.all
    )

    public init() {}

    /// Runs the command line, and exits with the status documented above: ArgumentParser's for
    /// help and usage errors, the one of ``exitStatus(for:)`` for Hemicycle's errors.
    public static func main() {
        CommandLineMain.run(Hemicycle.self, exitStatus: exitStatus(for:))
    }

    /// Parses the command line (`arguments`, or the process's), as `parseAsRoot`, with a clearer
    /// error for a negative number (``CommandLineMain/parse(_:_:)``).
    public static func parseCommandLine(_ arguments: [String]? = nil) throws -> any ParsableCommand {
        try CommandLineMain.parse(Hemicycle.self, arguments)
    }

    /// The exit status for one of Hemicycle's typed errors (sysexits.h values), or nil for
    /// errors that ArgumentParser maps itself (help, usage: 64; `ExitCode`; anything else: 1).
    public static func exitStatus(for error: any Error) -> Int32? {
        switch error {
        case let error as ImportError:
            switch error {
            case .missingFile, .unreadable: return 66
            default: return 65
            }
        case let error as CSVError:
            switch error.reason {
            case .fileNotFound, .unreadable: return 66
            case .unwritable: return 74
            default: return 65
            }
        case let error as StoreError:
            switch error {
            case .notWritable: return 74
            case .busy: return 75
            case .unreadable(let path, _):
                // A folder given as the database is a missing input, not a damaged file.
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue ? 66 : 65
            case .notHemicycleDatabase, .newerSchema: return 65
            case .notFound, .empty: return 1
            case .invalidReference: return 64
            }
        case let error as RegisterFileError:
            return error.exitStatus
        case is OutputWriteError:
            return 74
        case let error as OutputFile.Failure:
            return error.exitStatus
        case is AkomaNtoso.ReadError:
            return 65
        case is LawFile.Unreadable:
            return 66
        case is CompanionUnavailable:
            return CompanionCommand.unavailableStatus
        default:
            return nil
        }
    }
}
