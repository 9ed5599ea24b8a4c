import Foundation
import HemicycleModel

/// An SVG hemicycle of a ballot: one disc per seat, groups in wedges from left to right, each
/// disc styled by the member's position (see ``SeatPalette``), with a legend and a text
/// alternative.
///
/// The output has exactly one `<circle>` per seat, with `class="seat <state>"` (`seat for`,
/// `seat against`, `seat abstention`, `seat non-voting`, `seat absent`, `seat vacant`) and
/// `data-group` naming its group; each group is a `<g>` with a `<title>` for hover. Legend
/// swatches are drawn as `<rect>`s so that counting circles counts seats.
public struct HemicycleDiagram: Sendable {
    /// The groups, in the chamber's order from left to right (the caller decides the order).
    public var groups: [HemicycleGroup]
    /// The seats in the house (577); seats beyond the groups' members are drawn vacant. When
    /// the groups hold more members, the diagram grows to fit them.
    public var totalSeats: Int
    /// Colours and shapes of the states.
    public var palette: SeatPalette
    /// The language of the legend and text alternative.
    public var language: NumberFormatting.Language
    /// A prefix for the ids inside the SVG (patterns), unique per page when several diagrams
    /// share one page.
    public var idPrefix: String

    /// Creates a diagram.
    public init(
        groups: [HemicycleGroup], totalSeats: Int = Ballot.seatsSince2012, palette: SeatPalette = .standard,
        language: NumberFormatting.Language = .english, idPrefix: String = "hc"
    ) {
        self.groups = groups
        self.totalSeats = totalSeats
        self.palette = palette
        self.language = language
        self.idPrefix = idPrefix
    }

    /// The number of discs drawn: the house size, or the groups' members if more.
    public var seatCount: Int { max(totalSeats, groups.reduce(0) { $0 + $1.seats }) }

    /// Seats per state over the whole house (vacant seats included).
    public var counts: [SeatState: Int] {
        var result = groups.reduce(into: [SeatState: Int]()) { totals, group in
            for (state, n) in group.counts { totals[state, default: 0] += n }
        }
        let vacant = seatCount - groups.reduce(0) { $0 + $1.seats }
        if vacant > 0 { result[.vacant] = vacant }
        return result
    }

    /// The text alternative (`aria-label`): "Hemicycle of 577 seats: 86 for, 37 against,
    /// 2 abstentions, 0 non-voting, 452 absent. Groups from left to right: GDR, LFI-NFP…".
    public var textAlternative: String {
        let counts = counts
        let figures = SeatState.allCases.filter { $0 != .vacant || (counts[.vacant] ?? 0) > 0 }
            .map { $0.label(count: counts[$0] ?? 0, language: language) }
            .joined(separator: ", ")
        let seats = NumberFormatting.integer(seatCount, language: language)
        let labels = groups.map(\.label).joined(separator: ", ")
        switch language {
        case .english:
            return "Hemicycle of \(seats) seats: \(figures)." + (groups.isEmpty ? "" : " Groups from left to right: \(labels).")
        case .french:
            let colon = NumberFormatting.narrowNoBreakSpace + ":"
            return "Hémicycle de \(seats) sièges\(colon) \(figures)." + (groups.isEmpty ? "" : " Groupes de gauche à droite\(colon) \(labels).")
        }
    }

    static let legendSlotWidth = 118.0
    static let legendRowHeight = 20.0

    private func legendHeight(width: Double) -> Double {
        let entries = (counts[.vacant] ?? 0) > 0 ? 6 : 5
        let perRow = max(1, min(entries, Int(width / Self.legendSlotWidth)))
        let rows = (entries + perRow - 1) / perRow
        return 14 + Double(rows) * Self.legendRowHeight
    }

    /// The height of the SVG for a given width, in the same units: the half-disc, its group
    /// ring and the legend.
    public func height(width: Double = 720, showLegend: Bool = true) -> Double {
        let margin = 8.0, ring = 10.0
        let radius = max(10, width / 2 - margin - ring)
        return margin + ring + radius + margin + (showLegend ? legendHeight(width: width) : 0)
    }

    /// The `<svg>` element.
    /// - Parameters:
    ///   - width: the width in SVG user units (pixels when shown at natural size).
    ///   - showLegend: whether to draw the legend under the hemicycle.
    public func svg(width: Double = 720, showLegend: Bool = true) -> String {
        let layout = HemicycleLayout(seatCount: seatCount)
        let margin = 8.0, ring = 10.0
        let radius = max(10, width / 2 - margin - ring)
        let centreX = width / 2, centreY = margin + ring + radius
        let seatRadius = layout.seatRadius * radius
        let height = self.height(width: width, showLegend: showLegend)

        func point(_ r: Double, _ angle: Double) -> (Double, Double) {
            (centreX + r * cos(angle), centreY - r * sin(angle))
        }

        var out: [String] = []
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hemicycle\" viewBox=\"0 0 \(SVGText.number(width)) \(SVGText.number(height))\" width=\"\(SVGText.number(width))\" height=\"\(SVGText.number(height))\" role=\"img\" aria-label=\"\(SVGText.escape(textAlternative))\">")
        out.append("<title>\(SVGText.escape(textAlternative))</title>")
        out.append("<defs>\n\(SVGText.patternDefinitions(palette, idPrefix: idPrefix, period: max(2, seatRadius * 0.9)))\n</defs>")

        var seatIndex = 0
        func circle(_ state: SeatState, group: String) -> String {
            let seat = layout.seats[seatIndex]
            seatIndex += 1
            let (x, y) = (centreX + seat.x * radius, centreY - seat.y * radius)
            return "<circle class=\"seat \(state.cssClass)\" data-group=\"\(SVGText.escape(group))\" cx=\"\(SVGText.number(x))\" cy=\"\(SVGText.number(y))\" r=\"\(SVGText.number(seatRadius))\" "
                + SVGText.styleAttributes(palette[state], state: state, radius: seatRadius, idPrefix: idPrefix) + "/>"
        }

        for group in groups where group.seats > 0 {
            let states = group.seatStates
            out.append("<g class=\"group\" data-group=\"\(SVGText.escape(group.label))\">")
            out.append("<title>\(SVGText.escape(group.summary(language: language)))</title>")
            // The group's colour as an arc just outside its wedge (from its leftmost to its
            // rightmost seat angle).
            let first = layout.seats[seatIndex].angle
            let last = layout.seats[seatIndex + states.count - 1].angle
            let arcRadius = radius + ring / 2 + 1
            let (x1, y1) = point(arcRadius, first + 0.002), (x2, y2) = point(arcRadius, last - 0.002)
            out.append("<path class=\"group-arc\" d=\"M \(SVGText.number(x1)) \(SVGText.number(y1)) A \(SVGText.number(arcRadius)) \(SVGText.number(arcRadius)) 0 0 1 \(SVGText.number(x2)) \(SVGText.number(y2))\" fill=\"none\" stroke=\"\(SVGText.escape(SVGText.safeColor(group.color)))\" stroke-width=\"\(SVGText.number(ring - 3))\"/>")
            for state in states { out.append(circle(state, group: group.label)) }
            out.append("</g>")
        }
        if seatIndex < layout.seats.count {
            out.append("<g class=\"vacant-seats\">")
            while seatIndex < layout.seats.count { out.append(circle(.vacant, group: "")) }
            out.append("</g>")
        }

        if showLegend { out.append(legend(width: width, top: centreY + margin + 6)) }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    /// Swatches with counts, in as many rows as the width needs; vacant seats appear only when
    /// there are some.
    private func legend(width: Double, top: Double) -> String {
        let counts = counts
        let states = SeatState.allCases.filter { $0 != .vacant || (counts[.vacant] ?? 0) > 0 }
        let perRow = max(1, min(states.count, Int(width / Self.legendSlotWidth)))
        let slot = width / Double(perRow)
        let swatch = 12.0
        var parts = ["<g class=\"legend\" font-family=\"system-ui, sans-serif\" font-size=\"13\" fill=\"#1b1b1f\">"]
        for (index, state) in states.enumerated() {
            let x = Double(index % perRow) * slot + 6
            let y = top + Double(index / perRow) * Self.legendRowHeight
            parts.append("<rect class=\"legend-swatch \(state.cssClass)\" x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(y))\" width=\"\(SVGText.number(swatch))\" height=\"\(SVGText.number(swatch))\" rx=\"6\" "
                + SVGText.styleAttributes(palette[state], state: state, radius: swatch / 2, idPrefix: idPrefix) + "/>")
            let text = "\(state.title(language: language)) \(NumberFormatting.integer(counts[state] ?? 0, language: language))"
            parts.append("<text x=\"\(SVGText.number(x + swatch + 5))\" y=\"\(SVGText.number(y + swatch - 1))\">\(SVGText.escape(text))</text>")
        }
        parts.append("</g>")
        return parts.joined(separator: "\n")
    }
}
