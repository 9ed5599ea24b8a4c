import Foundation
import HemicycleDocuments
import Hummingbird

/// `/feeds/{watch}.atom`: a saved watch's ballots as an Atom feed, the bytes of `hemicycle feed
/// WATCH` (``HemicycleDocuments/WatchFeed``), so that a feed reader follows a campaign's votes.
enum FeedRoutes {
    static func add(to router: Router<BasicRequestContext>, site: Site) {
        router.get("/feeds/:watch") { request, context in
            let segment = try context.parameters.require("watch")
            guard segment.hasSuffix(".atom") else {
                throw ServerError.notFound("A watch's feed is /feeds/NAME.atom (the watches: hemicycle watch list).")
            }
            let name = String(segment.dropLast(".atom".count))
            let watch = name.removingPercentEncoding ?? name
            return try await site.responder.respond(to: request) {
                guard let xml = try await site.store.read({ try WatchFeed.atom(watch: watch, database: $0) }) else {
                    throw ServerError.notFound("No watch is named \(watch) (hemicycle watch add saves one).")
                }
                return .atom(xml)
            }
        }
    }
}
