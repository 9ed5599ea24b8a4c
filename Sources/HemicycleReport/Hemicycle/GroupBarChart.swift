/// An SVG chart with one horizontal stacked bar per group: the shares of its members for,
/// against, abstaining, non-voting and absent (each bar spans the group's full size).
///
/// Segments are `<rect class="bar <state>" data-group="…">` with a `<title>`, styled like the
/// hemicycle (``SeatPalette``).
public struct GroupBarChart: Sendable {
    /// The groups, top to bottom.
    public var groups: [HemicycleGroup]
    /// Colours and shapes of the states.
    public var palette: SeatPalette
    /// The language of labels.
    public var language: NumberFormatting.Language
    /// A prefix for ids inside the SVG, unique per page.
    public var idPrefix: String

    /// Creates a chart.
    public init(groups: [HemicycleGroup], palette: SeatPalette = .standard, language: NumberFormatting.Language = .english, idPrefix: String = "hcbar") {
        self.groups = groups
        self.palette = palette
        self.language = language
        self.idPrefix = idPrefix
    }

    /// The text alternative: each group's figures, one sentence per group.
    public var textAlternative: String {
        let head = language == .french ? "Votes par groupe. " : "Votes by group. "
        return head + groups.map { $0.summary(language: language) + "." }.joined(separator: " ")
    }

    /// The `<svg>` element, `width` user units wide.
    public func svg(width: Double = 720) -> String {
        let labelWidth = 120.0, countWidth = 56.0, rowHeight = 22.0, gap = 8.0, top = 4.0
        let barWidth = max(40, width - labelWidth - countWidth)
        let height = top * 2 + Double(groups.count) * (rowHeight + gap)
        var out = ["<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"group-bars\" viewBox=\"0 0 \(SVGText.number(width)) \(SVGText.number(height))\" width=\"\(SVGText.number(width))\" height=\"\(SVGText.number(height))\" role=\"img\" aria-label=\"\(SVGText.escape(textAlternative))\" font-family=\"system-ui, sans-serif\" font-size=\"13\">"]
        out.append("<defs>\n\(SVGText.patternDefinitions(palette, idPrefix: idPrefix, period: 6))\n</defs>")
        for (row, group) in groups.enumerated() {
            let y = top + Double(row) * (rowHeight + gap)
            let counts = group.counts
            out.append("<g class=\"group\" data-group=\"\(SVGText.escape(group.label))\">")
            out.append("<title>\(SVGText.escape(group.summary(language: language)))</title>")
            out.append("<text x=\"\(SVGText.number(labelWidth - 8))\" y=\"\(SVGText.number(y + rowHeight - 6))\" text-anchor=\"end\" fill=\"#1b1b1f\">\(SVGText.escape(DisplayWidth.truncate(group.label, toWidth: 14)))</text>")
            var x = labelWidth
            for state in SeatState.allCases where state != .vacant {
                let n = counts[state] ?? 0
                guard n > 0, group.seats > 0 else { continue }
                let w = barWidth * Double(n) / Double(group.seats)
                out.append("<rect class=\"bar \(state.cssClass)\" data-group=\"\(SVGText.escape(group.label))\" x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(y))\" width=\"\(SVGText.number(w))\" height=\"\(SVGText.number(rowHeight))\" "
                    + SVGText.styleAttributes(palette[state], state: state, radius: 4, idPrefix: idPrefix)
                    + "><title>\(SVGText.escape("\(group.label): \(state.label(count: n, language: language))"))</title></rect>")
                x += w
            }
            out.append("<text x=\"\(SVGText.number(labelWidth + barWidth + 6))\" y=\"\(SVGText.number(y + rowHeight - 6))\" fill=\"#5b5b66\">\(NumberFormatting.integer(group.seats, language: language))</text>")
            out.append("</g>")
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }
}
