/// Small helpers to write SVG by hand.
enum SVGText {
    /// A coordinate with at most two decimals and no thousands separator (`12.5`, `600`, `-3.07`).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded(.toNearestOrAwayFromZero))
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A colour from data as it may be written into an attribute or a `style`: only `#rgb` and
    /// `#rrggbb` pass; anything else (or nil) becomes grey, so data cannot inject CSS.
    static func safeColor(_ color: String?) -> String {
        guard let color, color.first == "#" else { return "#888888" }
        let hex = color.dropFirst()
        return (hex.count == 3 || hex.count == 6) && hex.allSatisfy(\.isHexDigit) ? color : "#888888"
    }

    /// Attribute-safe and content-safe text.
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// `fill`, `stroke` and dash attributes for a seat style at a given seat radius.
    static func styleAttributes(_ style: SeatPalette.Style, state: SeatState, radius: Double, idPrefix: String) -> String {
        var attributes: [String] = []
        switch style.fill {
        case .solid: attributes.append("fill=\"\(escape(style.color))\"")
        case .hatched: attributes.append("fill=\"url(#\(escape(idPrefix))-hatch-\(state.cssClass))\"")
        case .hollow: attributes.append("fill=\"#ffffff\"")
        }
        if let stroke = style.stroke, style.strokeWidth > 0 {
            attributes.append("stroke=\"\(escape(stroke))\"")
            attributes.append("stroke-width=\"\(number(style.strokeWidth * radius))\"")
            if style.dashed {
                let dash = number(max(radius * 0.45, 0.5))
                attributes.append("stroke-dasharray=\"\(dash) \(dash)\"")
            }
        }
        return attributes.joined(separator: " ")
    }

    /// The `<pattern>` definitions for hatched styles (one per hatched state).
    static func patternDefinitions(_ palette: SeatPalette, idPrefix: String, period: Double) -> String {
        SeatState.allCases.compactMap { state -> String? in
            let style = palette[state]
            guard style.fill == .hatched else { return nil }
            let p = number(period)
            return "<pattern id=\"\(escape(idPrefix))-hatch-\(state.cssClass)\" patternUnits=\"userSpaceOnUse\" width=\"\(p)\" height=\"\(p)\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"\(p)\" height=\"\(p)\" fill=\"\(escape(style.color))\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"\(p)\" stroke=\"#ffffff\" stroke-width=\"\(number(period * 0.35))\"/>"
                + "</pattern>"
        }.joined(separator: "\n")
    }
}
