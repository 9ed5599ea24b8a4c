import Foundation

/// The geometry of a parliament seen from above: seats on concentric semicircular rows.
///
/// This is the classic parliament-diagram algorithm (David Richfield's *parliament diagram
/// tool*, and the `parliamentarch` library): pick the fewest rows that can hold every seat, give
/// each row seats in proportion to the room on its arc (its length), spread each row's seats
/// evenly along it, then number all seats by angle from left to right. Groups taken in order
/// from left to right therefore fill contiguous wedges, as in the chamber.
///
/// Coordinates are in units of the outer radius: the centre of the hemicycle is (0, 0), `x`
/// runs from -1 (left) to 1 (right) and `y` from 0 (the floor) up to 1. Every seat disc lies
/// inside that half-disc. The layout is pure and deterministic.
public struct HemicycleLayout: Sendable, Hashable {
    /// One seat's centre.
    public struct Seat: Sendable, Hashable {
        /// Horizontal position, -1…1 (outer radius = 1).
        public var x: Double
        /// Height above the floor, 0…1.
        public var y: Double
        /// Which row, 0 for the innermost.
        public var row: Int
        /// Angle from the right end of the floor, in radians, 0…π (π is the far left).
        public var angle: Double
    }

    /// The number of seats laid out.
    public let seatCount: Int
    /// The number of rows.
    public let rowCount: Int
    /// Seats per row, innermost first.
    public let seatsPerRow: [Int]
    /// Distance between the centres of two neighbouring rows, in outer-radius units; no two
    /// seat centres are closer than this.
    public let pitch: Double
    /// The seats, ordered left to right by angle (and, for equal angles, inner row first).
    public let seats: [Seat]

    /// The radius of the disc to draw for each seat, in outer-radius units: a little less than
    /// half the ``pitch`` so that neighbouring seats do not touch.
    public var seatRadius: Double { pitch * Self.seatFill / 2 }

    /// The radius of the innermost row's centres, relative to the outer radius.
    public static let innerRadius = 0.4
    /// The share of the pitch a seat's diameter takes.
    public static let seatFill = 0.84

    /// Lays out `seatCount` seats (577 for the Assemblée nationale). Negative counts give an
    /// empty layout.
    public init(seatCount: Int) {
        let count = max(0, seatCount)
        self.seatCount = count
        guard count > 0 else {
            rowCount = 0; seatsPerRow = []; pitch = 1; seats = []
            return
        }
        var rows = 1
        while Self.capacities(rows: rows).reduce(0, +) < count { rows += 1 }
        let capacities = Self.capacities(rows: rows)
        let pitch = Self.pitch(rows: rows)
        let perRow = Self.distribute(count, over: capacities)

        var seats: [Seat] = []
        seats.reserveCapacity(count)
        for (row, n) in perRow.enumerated() where n > 0 {
            let radius = Self.rowRadius(row, rows: rows)
            if n == 1 {
                seats.append(Seat(x: 0, y: radius, row: row, angle: Double.pi / 2))
                continue
            }
            // Keep a seat's whole disc above the floor: its centre is at least one seat radius up.
            let margin = Self.floorMargin(radius: radius, pitch: pitch)
            let step = (Double.pi - 2 * margin) / Double(n - 1)
            for index in 0..<n {
                let angle = Double.pi - margin - Double(index) * step
                seats.append(Seat(x: radius * cos(angle), y: radius * sin(angle), row: row, angle: angle))
            }
        }
        seats.sort { a, b in a.angle != b.angle ? a.angle > b.angle : a.row < b.row }
        self.rowCount = rows
        self.seatsPerRow = perRow
        self.pitch = pitch
        self.seats = seats
    }

    /// Row spacing for a number of rows: the outermost row's discs touch the outer radius and
    /// the innermost row sits at ``innerRadius``.
    static func pitch(rows: Int) -> Double {
        // Outer centre radius = 1 - pitch/2, inner = 1 - pitch/2 - (rows-1)·pitch = innerRadius.
        // A single row would get a pitch wider than the core; cap it so that a seat's disc stays
        // above the floor (half a pitch ≤ the row's radius).
        min((1 - innerRadius) / (Double(rows) - 0.5), 2 * innerRadius)
    }

    static func rowRadius(_ row: Int, rows: Int) -> Double {
        innerRadius + Double(row) * pitch(rows: rows)
    }

    static func floorMargin(radius: Double, pitch: Double) -> Double {
        let ratio = min(1, (pitch / 2) / radius)
        return asin(ratio)
    }

    /// How many seats each row can hold with neighbouring centres at least one pitch apart
    /// (measured along the chord, not the arc, so that the guarantee is exact).
    static func capacities(rows: Int) -> [Int] {
        let pitch = pitch(rows: rows)
        return (0..<rows).map { row in
            let radius = rowRadius(row, rows: rows)
            let span = Double.pi - 2 * floorMargin(radius: radius, pitch: pitch)
            let stepAngle = 2 * asin(min(1, pitch / (2 * radius)))
            guard stepAngle > 0 else { return 1 }
            // A tiny tolerance so that rounding in asin does not cost a seat that fits exactly.
            return Int((span / stepAngle + 1e-9).rounded(.down)) + 1
        }
    }

    /// Shares `count` seats among rows in proportion to their capacity (largest remainders,
    /// outer rows first on ties); no row gets more than it holds.
    static func distribute(_ count: Int, over capacities: [Int]) -> [Int] {
        let total = capacities.reduce(0, +)
        guard total > 0 else { return capacities.map { _ in 0 } }
        let ratio = Double(count) / Double(total)
        var shares = capacities.map { min($0, Int((Double($0) * ratio).rounded(.down))) }
        var remaining = count - shares.reduce(0, +)
        let byRemainder = capacities.indices.sorted { a, b in
            let ra = Double(capacities[a]) * ratio - Double(shares[a])
            let rb = Double(capacities[b]) * ratio - Double(shares[b])
            return ra != rb ? ra > rb : a > b
        }
        while remaining > 0 {
            var progressed = false
            for row in byRemainder where remaining > 0 && shares[row] < capacities[row] {
                shares[row] += 1
                remaining -= 1
                progressed = true
            }
            if !progressed { break }
        }
        return shares
    }
}
