import HemicycleModel
import HemicycleStore
import Hummingbird

/// A request the server cannot answer, with what the user should read: the status and a message
/// naming what was not found or what is wrong.
struct ServerError: Error, Sendable {
    /// The HTTP status (400, 404, 500…).
    var status: HTTPResponse.Status
    /// One or more sentences naming the fault (plain text).
    var message: String

    static func badRequest(_ message: String) -> ServerError { .init(status: .badRequest, message: message) }
    static func notFound(_ message: String) -> ServerError { .init(status: .notFound, message: message) }

    /// The error as the server reports it: the store's "not found" as 404, a malformed reference
    /// or parameter as 400, an unknown route as 404, anything else as 500 (logged, not shown: it
    /// may name files of the server).
    static func from(_ error: any Error, path: String) -> ServerError {
        switch error {
        case let error as ServerError:
            return error
        case let error as StoreError:
            switch error {
            case .notFound(let message): return .notFound(message)
            case .invalidReference(let message): return .badRequest(message)
            default: return .init(status: .internalServerError, message: "The store cannot be read.")
            }
        case let error as UnknownPlaceError:
            return .notFound(error.description)
        case let error as BallotReferenceError:
            return .badRequest(error.description)
        case let error as HTTPError where error.status == .notFound:
            return .notFound("No page at \(path).")
        case let error as HTTPError:
            return .init(status: error.status, message: error.body ?? error.status.reasonPhrase)
        default:
            return .init(status: .internalServerError, message: "Internal error.")
        }
    }
}
