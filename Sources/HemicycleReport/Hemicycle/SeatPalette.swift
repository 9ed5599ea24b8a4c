/// How each ``SeatState`` is drawn: a colour from a colour-blind-safe palette *and* a shape
/// difference (solid, hatched, outlined, hollow, dashed), so that colour alone never carries
/// the meaning — the diagram still reads in greyscale or for people who cannot tell the colours
/// apart.
public struct SeatPalette: Sendable, Hashable {
    /// The look of one state.
    public struct Style: Sendable, Hashable {
        /// The fill kind.
        public enum Fill: Sendable, Hashable {
            /// Plain colour.
            case solid
            /// Colour crossed by white diagonal lines.
            case hatched
            /// No fill (white), only the outline.
            case hollow
        }

        /// The main colour, as CSS (`#009E73`).
        public var color: String
        /// How the disc is filled.
        public var fill: Fill
        /// The outline colour, or nil for none.
        public var stroke: String?
        /// The outline width, as a share of the seat radius (0…1).
        public var strokeWidth: Double
        /// Whether the outline is dashed.
        public var dashed: Bool

        public init(color: String, fill: Fill, stroke: String? = nil, strokeWidth: Double = 0, dashed: Bool = false) {
            self.color = color
            self.fill = fill
            self.stroke = stroke
            self.strokeWidth = strokeWidth
            self.dashed = dashed
        }
    }

    public var `for`: Style
    public var against: Style
    public var abstention: Style
    public var nonVoting: Style
    public var absent: Style
    public var vacant: Style

    public init(for: Style, against: Style, abstention: Style, nonVoting: Style, absent: Style, vacant: Style) {
        self.for = `for`
        self.against = against
        self.abstention = abstention
        self.nonVoting = nonVoting
        self.absent = absent
        self.vacant = vacant
    }

    /// The style of a state.
    public subscript(state: SeatState) -> Style {
        switch state {
        case .for: return self.for
        case .against: return against
        case .abstention: return abstention
        case .nonVoting: return nonVoting
        case .absent: return absent
        case .vacant: return vacant
        }
    }

    /// Okabe–Ito colours (safe for the common colour-vision deficiencies): for = solid bluish
    /// green, against = hatched vermillion, abstention = orange with a dark outline,
    /// non-voting = hollow blue ring, absent = hollow grey dashed ring, vacant = faint dotted ring.
    public static let standard = SeatPalette(
        for: Style(color: "#009E73", fill: .solid),
        against: Style(color: "#D55E00", fill: .hatched),
        abstention: Style(color: "#E69F00", fill: .solid, stroke: "#3d2a00", strokeWidth: 0.35),
        nonVoting: Style(color: "#0072B2", fill: .hollow, stroke: "#0072B2", strokeWidth: 0.45),
        absent: Style(color: "#9a9aa3", fill: .hollow, stroke: "#9a9aa3", strokeWidth: 0.3, dashed: true),
        vacant: Style(color: "#d9d9de", fill: .hollow, stroke: "#d9d9de", strokeWidth: 0.2, dashed: true)
    )
}
