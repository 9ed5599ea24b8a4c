import Foundation
import HemicycleAnalytics
import HemicycleModel

/// The self-contained HTML page of one ballot (*scrutin*): header and summary, the table of
/// groups, the hemicycle, the bars by group, the named lists by position, the corrections
/// (*mises au point*) and the sources.
///
/// Text is in English or French (``language``); every piece of text from the input is HTML-escaped. The figures all come
/// from ``BallotPageInput``: official totals from the ballot, group figures as published.
public struct BallotPage: Sendable {
    /// What the page shows.
    public var input: BallotPageInput
    /// Colours and shapes of positions in the figures.
    public var palette: SeatPalette
    /// The language of the page's own words and numbers (text from the source stays as published).
    public var language: NumberFormatting.Language
    /// Where the names of deputies and groups link to, on a site that has their pages; nil: plain text.
    public var links: Links?

    /// The addresses of a site's deputy and group pages: `deputies` + id + `query`
    /// (`/deputies/PA721908?lang=fr`).
    public struct Links: Sendable {
        /// The path before a deputy's id (`/deputies/`).
        public var deputies: String
        /// The path before a group's id (`/groups/`).
        public var groups: String
        /// What follows the id (`?lang=fr`), already encoded.
        public var query: String

        public init(deputies: String, groups: String, query: String = "") {
            self.deputies = deputies
            self.groups = groups
            self.query = query
        }

        /// `text` (escaped) as a link to `path` + `id` + ``query``, or plain when there is no id.
        func link(_ text: String, path: String, id: String?) -> String {
            guard let id, let encoded = id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) else { return HTMLEscaping.escape(text) }
            return "<a href=\"\(HTMLEscaping.escape(path + encoded + query))\">\(HTMLEscaping.escape(text))</a>"
        }
    }

    /// Creates a page.
    public init(input: BallotPageInput, palette: SeatPalette = .standard, language: NumberFormatting.Language = .english) {
        self.input = input
        self.palette = palette
        self.language = language
    }

    /// The summary line, the same as the terminal's (``BallotReport/summaryLine(of:language:)``):
    /// "125 voters of 577 seats (21.7 %) — 86 for, 37 against, 2 abstentions; 2 non-voting;
    /// majority required: 62 of 123 votes cast".
    public var summaryLine: String { BallotReport.summaryLine(of: input.ballot, language: language) }

    /// The complete HTML document.
    public func html() -> String {
        HTMLPage.document(title: title, languageCode: language == .french ? "fr" : "en", body: body())
    }

    /// The page's title: "Ballot no. 773 — …" (plain text).
    public var title: String {
        "\(t("Ballot no.", "Scrutin n°")) \(input.ballot.number) — \(input.ballot.title)"
    }

    /// The markup of the page's body (sections, escaped), for a page that frames it otherwise.
    public func body() -> String {
        [header(), groupSection(), hemicycleSection(), barSection(), namesSection(), correctionsSection(), sourcesSection()]
            .joined(separator: "\n")
    }

    // MARK: - Sections

    private func header() -> String {
        let ballot = input.ballot
        var meta = [DateFormatting.long(ballot.date, language: language)]
        if !ballot.typeLabel.isEmpty { meta.append(ballot.typeLabel) } else { meta.append(t("\(ballot.type.label) ballot", "scrutin \(ballot.type.label)")) }
        if let place = ballot.place, !place.isEmpty { meta.append(place) }
        let result = ballot.resultLabel.isEmpty ? ballot.result.rawValue : ballot.resultLabel
        var lines = [
            "<header>",
            "<p class=\"kicker\">Assemblée nationale · \(t("\(NumberFormatting.englishOrdinal(ballot.legislature)) legislature", "\(ballot.legislature)e législature")) · \(t("Ballot no.", "Scrutin n°")) \(ballot.number)</p>",
            "<h1>\(e(ballot.title))</h1>",
            "<p class=\"meta\">\(e(meta.joined(separator: " · ")))</p>",
            "<p class=\"summary\">\(e(summaryLine))</p>",
        ]
        if let note = input.discrepancyNote { lines.append("<p class=\"discrepancy\">\(e(note))</p>") }
        lines += [
            "<p class=\"result result-\(e(ballot.result.rawValue))\"><strong>\(t("Result:", "Résultat :"))</strong> \(e(result))</p>",
        ]
        var details: [String] = []
        if !ballot.majorityRule.isEmpty { details.append(t("Majority rule: ", "Mode de calcul de la majorité : ") + ballot.majorityRule) }
        details.append(t("votes cast (for + against): ", "suffrages exprimés (pour + contre) : ") + NumberFormatting.integer(ballot.expressed, language: language))
        details.append(t("non-voting: ", "non-votants : ") + NumberFormatting.integer(ballot.official.nonVoting, language: language))
        if !ballot.requesters.isEmpty { details.append(t("requested by ", "à la demande de ") + ballot.requesters.joined(separator: "; ")) }
        lines.append("<p class=\"meta\">\(e(details.joined(separator: "; ")))</p>")
        lines.append("</header>")
        return lines.joined(separator: "\n")
    }

    private func groupSection() -> String {
        var lines = ["<section id=\"groups\">", "<h2>\(t("Groups", "Groupes"))</h2>", "<div class=\"table-scroll\">", "<table>"]
        lines.append("<caption>\(t("How each political group voted (published counts), left to right", "Le vote de chaque groupe politique (décomptes publiés), de gauche à droite"))</caption>")
        let headers = language == .french
            ? ["Groupe", "Membres", "Pour", "Contre", "Abstention", "Non-votants", "Absents", "Position majoritaire"]
            : ["Group", "Members", "For", "Against", "Abstention", "Non-voting", "Absent", "Majority position"]
        let headerCells = headers.enumerated().map { index, text in
            index == 0 || index == headers.count - 1 ? "<th scope=\"col\">\(text)</th>" : "<th scope=\"col\" class=\"num\">\(text)</th>"
        }
        lines.append("<thead><tr>\(headerCells.joined())</tr></thead>")
        lines.append("<tbody>")
        for group in input.groups {
            let swatch = group.color.map { "<span class=\"swatch\" style=\"background:\(e(SVGText.safeColor($0)))\"></span>" } ?? ""
            let name = group.name.isEmpty || group.name == group.label ? "" : " <span class=\"meta\">\(e(group.name))</span>"
            let cells = [group.members, group.tally.for, group.tally.against, group.tally.abstentions, group.tally.nonVoting, group.absent]
                .map { "<td class=\"num\">\(NumberFormatting.integer($0, language: language))</td>" }.joined()
            let label = links.map { $0.link(group.label, path: $0.groups, id: group.id) } ?? e(group.label)
            lines.append("<tr><th scope=\"row\">\(swatch)\(label)\(name)</th>\(cells)<td>\(e(group.majorityPosition.map(positionLabel) ?? "—"))</td></tr>")
        }
        lines.append("</tbody>")
        let official = input.ballot.official
        // Official absentees: seats not on the lists at all (vacant seats included).
        let absent = max(0, input.ballot.seats - input.ballot.voters - official.nonVoting)
        let totals = [input.ballot.seats, official.for, official.against, official.abstentions, official.nonVoting, absent]
            .map { "<td class=\"num\">\(NumberFormatting.integer($0, language: language))</td>" }.joined()
        let result = language == .french ? (input.ballot.result == .adopted ? "adopté" : "rejeté") : input.ballot.result.rawValue
        lines.append("<tfoot><tr><th scope=\"row\">\(t("Official totals", "Totaux officiels"))</th>\(totals)<td>\(e(result))</td></tr></tfoot>")
        lines += ["</table>", "</div>", "</section>"]
        return lines.joined(separator: "\n")
    }

    private func hemicycleSection() -> String {
        let diagram = HemicycleDiagram(groups: input.hemicycleGroups, totalSeats: input.ballot.seats, palette: palette, language: language, idPrefix: "hc")
        return [
            "<section id=\"hemicycle\">", "<h2>\(t("Hemicycle", "Hémicycle"))</h2>",
            "<div class=\"figure\">", diagram.svg(), "</div>",
            "<p class=\"footnote\">\(t("Groups from left to right as seated; within each group, seats are shaded by the group’s published counts, not by each deputy’s own seat. Solid: for; hatched: against; outlined: abstention; ring: non-voting; dashed: absent.", "Groupes de gauche à droite, comme ils siègent ; dans chaque groupe, les sièges suivent les décomptes publiés du groupe, pas la place de chaque député. Plein : pour ; hachuré : contre ; contour : abstention ; anneau : non-votant ; tirets : absent."))</p>",
            "</section>",
        ].joined(separator: "\n")
    }

    private func barSection() -> String {
        let chart = GroupBarChart(groups: input.hemicycleGroups, palette: palette, language: language, idPrefix: "hcbar")
        return ["<section id=\"bars\">", "<h2>\(t("Votes by group", "Votes par groupe"))</h2>", "<div class=\"figure\">", chart.svg(), "</div>", "</section>"]
            .joined(separator: "\n")
    }

    private func namesSection() -> String {
        var lines = ["<section id=\"names\">", "<h2>\(t("How each deputy voted", "Le vote de chaque député"))</h2>"]
        if input.votes.isEmpty { lines.append("<p>\(t("No nominative list was published.", "Aucune liste nominative n’a été publiée."))</p>") }
        for position in VotePosition.allCases {
            let votes = input.votes.filter { $0.position == position }
            guard !votes.isEmpty else { continue }
            let heading = Self.positionHeading(position, language)
            lines.append("<h3 id=\"names-\(position.rawValue)\">\(e(heading)) (\(NumberFormatting.integer(votes.count, language: language)))</h3>")
            lines.append("<ul class=\"names \(e(SeatState(position).cssClass))\">")
            for vote in votes {
                let name = links.map { $0.link(vote.deputyName, path: $0.deputies, id: vote.deputyID) } ?? e(vote.deputyName)
                var item = "\(name) <span class=\"group\">(\(e(vote.groupLabel)))</span>"
                if vote.byProxy { item += " <span class=\"proxy\">\(t("by proxy", "par délégation"))</span>" }
                if let note = vote.correctionNote, !note.isEmpty { item += " <span class=\"note\">\(e(note))</span>" }
                lines.append("<li>\(item)</li>")
            }
            lines.append("</ul>")
        }
        let proxies = input.votes.filter(\.byProxy).count
        if proxies > 0 {
            lines.append("<p class=\"footnote\">\(t("“by proxy”: the vote was cast by another deputy (délégation); ", "« par délégation » : le vote a été émis par un autre député ; "))\(NumberFormatting.integer(proxies, language: language))\(t(" in all.", " en tout."))</p>")
        }
        lines.append("</section>")
        return lines.joined(separator: "\n")
    }

    private func correctionsSection() -> String {
        var lines = ["<section id=\"corrections\">", "<h2>\(t("Corrections", "Mises au point"))</h2>",
                     "<p class=\"footnote\">\(t("A correction (mise au point) is a deputy’s statement, after the vote, of how they meant to vote. It does not change the official result.", "Une mise au point est la déclaration d’un député, après le vote, de ce qu’il voulait voter. Elle ne change pas le résultat officiel."))</p>"]
        if input.corrections.isEmpty {
            lines.append("<p>\(t("None.", "Aucune."))</p>")
        } else {
            let headers = language == .french ? ["Député", "Groupe", "Enregistré", "Voulu", "Nature"] : ["Deputy", "Group", "Recorded", "Meant", "Kind"]
            lines += ["<div class=\"table-scroll\">", "<table>",
                      "<thead><tr>\(headers.map { "<th scope=\"col\">\($0)</th>" }.joined())</tr></thead>",
                      "<tbody>"]
            for row in input.corrections {
                let kind = row.kind == .malfunction ? t("voting-device malfunction", "dysfonctionnement du dispositif de vote") : t("statement", "déclaration")
                lines.append("<tr><td>\(e(row.deputyName))</td><td>\(e(row.groupLabel))</td><td>\(e(row.recordedPosition.map(positionLabel) ?? t("absent", "absent")))</td><td>\(e(positionLabel(row.intendedPosition)))</td><td>\(e(kind))</td></tr>")
            }
            lines += ["</tbody>", "</table>", "</div>"]
        }
        lines.append("</section>")
        return lines.joined(separator: "\n")
    }

    private func sourcesSection() -> String {
        let sources = input.sources
        var lines = ["<section id=\"sources\">", "<h2>Sources</h2>", "<dl class=\"key-values\">"]
        lines.append("<dt>\(t("Ballot", "Scrutin"))</dt><dd><code>\(e(sources.ballotUID))</code></dd>")
        lines.append("<dt>\(t("Official page", "Page officielle"))</dt><dd><a href=\"\(e(sources.officialURL))\">\(e(sources.officialURL))</a></dd>")
        if let file = sources.dumpFileName { lines.append("<dt>\(t("Open-data file", "Fichier open data"))</dt><dd>\(e(file))</dd>") }
        if let date = sources.dumpDate { lines.append("<dt>\(t("File date", "Date du fichier"))</dt><dd>\(e(date.description))</dd>") }
        if let sha = sources.dumpSHA256 { lines.append("<dt>SHA-256</dt><dd><code>\(e(sha))</code></dd>") }
        lines += ["</dl>", "<p class=\"footnote\">\(t("Data: Assemblée nationale open data (data.assemblee-nationale.fr), Licence Ouverte.", "Données : open data de l’Assemblée nationale (data.assemblee-nationale.fr), Licence Ouverte."))</p>", "</section>"]
        return lines.joined(separator: "\n")
    }

    // MARK: - Helpers

    private func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// The page's own words in its language.
    private func t(_ english: String, _ french: String) -> String { language == .french ? french : english }

    /// A position in the page's language (`for` / `pour`).
    private func positionLabel(_ position: VotePosition) -> String { language == .french ? position.frenchLabel : position.label }

    private static func positionHeading(_ position: VotePosition, _ language: NumberFormatting.Language) -> String {
        switch (position, language) {
        case (.for, .english): return "For"
        case (.against, .english): return "Against"
        case (.abstention, .english): return "Abstention"
        case (.nonVoting, .english): return "Non-voting"
        case (.for, .french): return "Pour"
        case (.against, .french): return "Contre"
        case (.abstention, .french): return "Abstention"
        case (.nonVoting, .french): return "Non-votants"
        }
    }
}
