import HemicycleAnalytics
import HemicycleModel

/// The self-contained HTML page of one ballot (*scrutin*): header and summary, the table of
/// groups, the hemicycle, the bars by group, the named lists by position, the corrections
/// (*mises au point*) and the sources.
///
/// Text is in English; every piece of text from the input is HTML-escaped. The figures all come
/// from ``BallotPageInput``: official totals from the ballot, group figures as published.
public struct BallotPage: Sendable {
    /// What the page shows.
    public var input: BallotPageInput
    /// Colours and shapes of positions in the figures.
    public var palette: SeatPalette

    /// Creates a page.
    public init(input: BallotPageInput, palette: SeatPalette = .standard) {
        self.input = input
        self.palette = palette
    }

    /// The summary line, the same as the terminal's (``BallotReport/summaryLine(of:language:)``):
    /// "125 voters of 577 seats (21.7 %) — 86 for, 37 against, 2 abstentions; 2 non-voting;
    /// majority required: 62 of 123 votes cast".
    public var summaryLine: String { BallotReport.summaryLine(of: input.ballot, language: .english) }

    /// The complete HTML document.
    public func html() -> String {
        let ballot = input.ballot
        let sections = [header(), groupSection(), hemicycleSection(), barSection(), namesSection(), correctionsSection(), sourcesSection()]
        return HTMLPage.document(
            title: "Ballot no. \(ballot.number) — \(ballot.title)", languageCode: "en",
            body: sections.joined(separator: "\n"))
    }

    // MARK: - Sections

    private func header() -> String {
        let ballot = input.ballot
        var meta = [DateFormatting.long(ballot.date, language: .english)]
        if !ballot.typeLabel.isEmpty { meta.append(ballot.typeLabel) } else { meta.append("\(ballot.type.label) ballot") }
        if let place = ballot.place, !place.isEmpty { meta.append(place) }
        let result = ballot.resultLabel.isEmpty ? ballot.result.rawValue : ballot.resultLabel
        var lines = [
            "<header>",
            "<p class=\"kicker\">Assemblée nationale · \(NumberFormatting.englishOrdinal(ballot.legislature)) legislature · Ballot no. \(ballot.number)</p>",
            "<h1>\(e(ballot.title))</h1>",
            "<p class=\"meta\">\(e(meta.joined(separator: " · ")))</p>",
            "<p class=\"summary\">\(e(summaryLine))</p>",
        ]
        if let note = input.discrepancyNote { lines.append("<p class=\"discrepancy\">\(e(note))</p>") }
        lines += [
            "<p class=\"result result-\(e(ballot.result.rawValue))\"><strong>Result:</strong> \(e(result))</p>",
        ]
        var details: [String] = []
        if !ballot.majorityRule.isEmpty { details.append("Majority rule: \(ballot.majorityRule)") }
        details.append("votes cast (for + against): \(NumberFormatting.integer(ballot.expressed, language: .english))")
        details.append("non-voting: \(NumberFormatting.integer(ballot.official.nonVoting, language: .english))")
        if !ballot.requesters.isEmpty { details.append("requested by \(ballot.requesters.joined(separator: "; "))") }
        lines.append("<p class=\"meta\">\(e(details.joined(separator: "; ")))</p>")
        lines.append("</header>")
        return lines.joined(separator: "\n")
    }

    private func groupSection() -> String {
        var lines = ["<section id=\"groups\">", "<h2>Groups</h2>", "<div class=\"table-scroll\">", "<table>"]
        lines.append("<caption>How each political group voted (published counts), left to right</caption>")
        lines.append("<thead><tr><th scope=\"col\">Group</th><th scope=\"col\" class=\"num\">Members</th><th scope=\"col\" class=\"num\">For</th><th scope=\"col\" class=\"num\">Against</th><th scope=\"col\" class=\"num\">Abstention</th><th scope=\"col\" class=\"num\">Non-voting</th><th scope=\"col\" class=\"num\">Absent</th><th scope=\"col\">Majority position</th></tr></thead>")
        lines.append("<tbody>")
        for group in input.groups {
            let swatch = group.color.map { "<span class=\"swatch\" style=\"background:\(e(SVGText.safeColor($0)))\"></span>" } ?? ""
            let name = group.name.isEmpty || group.name == group.label ? "" : " <span class=\"meta\">\(e(group.name))</span>"
            let cells = [group.members, group.tally.for, group.tally.against, group.tally.abstentions, group.tally.nonVoting, group.absent]
                .map { "<td class=\"num\">\(NumberFormatting.integer($0, language: .english))</td>" }.joined()
            lines.append("<tr><th scope=\"row\">\(swatch)\(e(group.label))\(name)</th>\(cells)<td>\(e(group.majorityPosition?.label ?? "—"))</td></tr>")
        }
        lines.append("</tbody>")
        let official = input.ballot.official
        // Official absentees: seats not on the lists at all (vacant seats included).
        let absent = max(0, input.ballot.seats - input.ballot.voters - official.nonVoting)
        let totals = [input.ballot.seats, official.for, official.against, official.abstentions, official.nonVoting, absent]
            .map { "<td class=\"num\">\(NumberFormatting.integer($0, language: .english))</td>" }.joined()
        lines.append("<tfoot><tr><th scope=\"row\">Official totals</th>\(totals)<td>\(e(input.ballot.result.rawValue))</td></tr></tfoot>")
        lines += ["</table>", "</div>", "</section>"]
        return lines.joined(separator: "\n")
    }

    private func hemicycleSection() -> String {
        let diagram = HemicycleDiagram(groups: input.hemicycleGroups, totalSeats: input.ballot.seats, palette: palette, language: .english, idPrefix: "hc")
        return [
            "<section id=\"hemicycle\">", "<h2>Hemicycle</h2>",
            "<div class=\"figure\">", diagram.svg(), "</div>",
            "<p class=\"footnote\">Groups from left to right as seated; within each group, seats are shaded by the group’s published counts, not by each deputy’s own seat. Solid: for; hatched: against; outlined: abstention; ring: non-voting; dashed: absent.</p>",
            "</section>",
        ].joined(separator: "\n")
    }

    private func barSection() -> String {
        let chart = GroupBarChart(groups: input.hemicycleGroups, palette: palette, language: .english, idPrefix: "hcbar")
        return ["<section id=\"bars\">", "<h2>Votes by group</h2>", "<div class=\"figure\">", chart.svg(), "</div>", "</section>"]
            .joined(separator: "\n")
    }

    private func namesSection() -> String {
        var lines = ["<section id=\"names\">", "<h2>How each deputy voted</h2>"]
        if input.votes.isEmpty { lines.append("<p>No nominative list was published.</p>") }
        for position in VotePosition.allCases {
            let votes = input.votes.filter { $0.position == position }
            guard !votes.isEmpty else { continue }
            let heading = Self.positionHeading(position)
            lines.append("<h3 id=\"names-\(position.rawValue)\">\(e(heading)) (\(NumberFormatting.integer(votes.count, language: .english)))</h3>")
            lines.append("<ul class=\"names \(e(SeatState(position).cssClass))\">")
            for vote in votes {
                var item = "\(e(vote.deputyName)) <span class=\"group\">(\(e(vote.groupLabel)))</span>"
                if vote.byProxy { item += " <span class=\"proxy\">by proxy</span>" }
                if let note = vote.correctionNote, !note.isEmpty { item += " <span class=\"note\">\(e(note))</span>" }
                lines.append("<li>\(item)</li>")
            }
            lines.append("</ul>")
        }
        let proxies = input.votes.filter(\.byProxy).count
        if proxies > 0 {
            lines.append("<p class=\"footnote\">“by proxy”: the vote was cast by another deputy (délégation); \(NumberFormatting.integer(proxies, language: .english)) in all.</p>")
        }
        lines.append("</section>")
        return lines.joined(separator: "\n")
    }

    private func correctionsSection() -> String {
        var lines = ["<section id=\"corrections\">", "<h2>Corrections</h2>",
                     "<p class=\"footnote\">A correction (mise au point) is a deputy’s statement, after the vote, of how they meant to vote. It does not change the official result.</p>"]
        if input.corrections.isEmpty {
            lines.append("<p>None.</p>")
        } else {
            lines += ["<div class=\"table-scroll\">", "<table>",
                      "<thead><tr><th scope=\"col\">Deputy</th><th scope=\"col\">Group</th><th scope=\"col\">Recorded</th><th scope=\"col\">Meant</th><th scope=\"col\">Kind</th></tr></thead>",
                      "<tbody>"]
            for row in input.corrections {
                let kind = row.kind == .malfunction ? "voting-device malfunction" : "statement"
                lines.append("<tr><td>\(e(row.deputyName))</td><td>\(e(row.groupLabel))</td><td>\(e(row.recordedPosition?.label ?? "absent"))</td><td>\(e(row.intendedPosition.label))</td><td>\(e(kind))</td></tr>")
            }
            lines += ["</tbody>", "</table>", "</div>"]
        }
        lines.append("</section>")
        return lines.joined(separator: "\n")
    }

    private func sourcesSection() -> String {
        let sources = input.sources
        var lines = ["<section id=\"sources\">", "<h2>Sources</h2>", "<dl class=\"key-values\">"]
        lines.append("<dt>Ballot</dt><dd><code>\(e(sources.ballotUID))</code></dd>")
        lines.append("<dt>Official page</dt><dd><a href=\"\(e(sources.officialURL))\">\(e(sources.officialURL))</a></dd>")
        if let file = sources.dumpFileName { lines.append("<dt>Open-data file</dt><dd>\(e(file))</dd>") }
        if let date = sources.dumpDate { lines.append("<dt>File date</dt><dd>\(e(date.description))</dd>") }
        if let sha = sources.dumpSHA256 { lines.append("<dt>SHA-256</dt><dd><code>\(e(sha))</code></dd>") }
        lines += ["</dl>", "<p class=\"footnote\">Data: Assemblée nationale open data (data.assemblee-nationale.fr), Licence Ouverte.</p>", "</section>"]
        return lines.joined(separator: "\n")
    }

    // MARK: - Helpers

    private func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    private static func positionHeading(_ position: VotePosition) -> String {
        switch position {
        case .for: return "For"
        case .against: return "Against"
        case .abstention: return "Abstention"
        case .nonVoting: return "Non-voting"
        }
    }
}
