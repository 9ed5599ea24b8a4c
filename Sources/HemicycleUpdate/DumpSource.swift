import Foundation
import HemicycleModel

/// Where `update` fetches the dumps from: the Assemblée's open-data repository (or a mirror of
/// it, over HTTP), or a folder laid out the same way (`FOLDER/17/loi/scrutins/Scrutins.json.zip`).
public enum DumpSource: Sendable, Hashable, CustomStringConvertible {
    /// An HTTP(S) base: the part of the official URLs before `{legislature}/…`.
    case repository(URL)
    /// A local folder laid out as the repository.
    case folder(URL)

    /// The Assemblée nationale's open-data repository.
    public static let official = DumpSource.repository(URL(string: "https://data.assemblee-nationale.fr/static/openData/repository")!)

    /// Reads `--source`: an `http://` or `https://` URL is a repository, anything else a folder.
    public init(argument: String) throws {
        let text = argument.trimmingCharacters(in: .whitespaces)
        let lowered = text.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            guard let url = URL(string: text), url.host != nil else { throw UpdateError.badSource(argument, reason: "not a valid URL") }
            self = .repository(url)
            return
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: text, isDirectory: &isFolder), isFolder.boolValue else {
            throw UpdateError.badSource(argument, reason: "neither an http(s) URL nor an existing folder")
        }
        self = .folder(URL(fileURLWithPath: text, isDirectory: true).standardizedFileURL)
    }

    /// The URL or path of a legislature's dump of this kind.
    public func location(of kind: DumpKind, legislature: Int) -> String {
        switch self {
        case .repository(let base):
            let text = base.absoluteString
            return (text.hasSuffix("/") ? text : text + "/") + kind.relativePath(legislature: legislature)
        case .folder(let folder):
            return folder.appendingPathComponent(kind.relativePath(legislature: legislature)).path
        }
    }

    public var description: String {
        switch self {
        case .repository(let url): return url.absoluteString
        case .folder(let url): return url.path
        }
    }
}
