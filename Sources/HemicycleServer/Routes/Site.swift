import HemicycleDocuments
import HemicycleModel
import HemicycleReport
import HemicycleStore
import Hummingbird

/// What every route needs: the store, the responder (ETag, cache, gzip) and the default language.
struct Site: Sendable {
    let store: StoreConnections
    let responder: Responder
    let defaultLanguage: SiteLanguage
    /// Who held which seat when, read once per import state (it reads every vote).
    let occupancy: ImportStateCache<SeatOccupancy>
    /// What the store holds and how fresh it is: every page's "data as of".
    let freshness: ImportStateCache<StoreFreshness>
    /// Every ballot of every legislature, read once per import state: the deputies' careers and
    /// the groups' figures.
    let careers: ImportStateCache<LoadedSelection>

    /// The page language of a request: `?lang=fr|en`, else the default; another value is a 400.
    func language(of request: Request) throws -> SiteLanguage {
        guard let value = request.uri.queryParameters.get("lang") else { return defaultLanguage }
        guard let language = SiteLanguage(rawValue: String(value)) else {
            throw ServerError.badRequest("lang=\(value) is not a language: fr or en.")
        }
        return language
    }

    /// The query's pairs other than `lang`, in order, for links that keep them.
    static func queryPairs(_ request: Request, without excluded: Set<String> = ["lang"]) -> [(String, String)] {
        request.uri.queryParameters.compactMap { excluded.contains(String($0.key)) ? nil : (String($0.key), String($0.value)) }
    }

    /// The ballot references of repeated `ballot=` parameters; each value may also list several,
    /// separated by commas or spaces (what a person types in the form).
    static func ballotReferences(_ request: Request, name: String = "ballot") -> [String] {
        request.uri.queryParameters.getAll(name).flatMap { value in
            value.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "+" }).map(String.init)
        }
    }
}

/// A document asked for as `/ballots/773.json`: the reference and the format.
enum DocumentFormat: String, Sendable {
    case html, json, csv, svg

    /// Splits `773.csv` into `773` and `.csv`; no known suffix is HTML (or, on the API, JSON).
    static func split(_ segment: String, default fallback: DocumentFormat) -> (name: String, format: DocumentFormat) {
        for format in [DocumentFormat.json, .csv, .svg, .html] where segment.hasSuffix("." + format.rawValue) {
            return (String(segment.dropLast(format.rawValue.count + 1)), format)
        }
        return (segment, fallback)
    }

    /// `?format=csv|json` on the API, else `fallback`.
    static func query(_ request: Request, fallback: DocumentFormat) throws -> DocumentFormat {
        guard let value = request.uri.queryParameters.get("format") else { return fallback }
        guard let format = DocumentFormat(rawValue: String(value)), format == .json || format == .csv else {
            throw ServerError.badRequest("format=\(value) is not a format of the API: json or csv.")
        }
        return format
    }
}
