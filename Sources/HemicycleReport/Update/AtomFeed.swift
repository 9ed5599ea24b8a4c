import Foundation
import HemicycleModel

/// An Atom feed (RFC 4287) of ballots: one entry per ballot, newest first, so that a feed
/// reader tells a campaign the day a watched vote happens.
public enum AtomFeed {
    /// The feed's XML. `id` is a stable URI for the feed (`urn:hemicycle:watch:NAME`); `updated`
    /// is what the caller gives (the `WatchFeed` of HemicycleDocuments: the last update, else the newest ballot). Each entry's id is the ballot's uid as a
    /// URN, its date the day of the vote (at midnight UTC: the dumps give no time), its link the
    /// Assemblée's page of the ballot.
    public static func make(title: String, id: String, updated: Date, ballots: [Ballot]) -> String {
        let iso = ISO8601DateFormatter()
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>\(HTMLEscaping.escape(title))</title>
              <id>\(HTMLEscaping.escape(id))</id>
              <updated>\(iso.string(from: updated))</updated>
              <author><name>Hemicycle (data: Assemblée nationale, Licence Ouverte)</name></author>
              <generator>hemicycle</generator>

            """
        for ballot in ballots {
            let day = "\(ballot.date.description)T00:00:00Z"
            let tally = ballot.official
            let summary = "\(ballot.result.rawValue): \(tally.for) for, \(tally.against) against, \(tally.abstentions) abstentions; \(ballot.voters) voters."
            xml += """
                  <entry>
                    <title>\(HTMLEscaping.escape("\(ballot.legislature):\(ballot.number) — \(ballot.title)"))</title>
                    <id>urn:hemicycle:ballot:\(HTMLEscaping.escape(ballot.uid))</id>
                    <link href="\(HTMLEscaping.escape(ballot.officialPageURL))"/>
                    <updated>\(day)</updated>
                    <published>\(day)</published>
                    <summary>\(HTMLEscaping.escape(summary))</summary>
                  </entry>

                """
        }
        xml += "</feed>\n"
        return xml
    }
}
