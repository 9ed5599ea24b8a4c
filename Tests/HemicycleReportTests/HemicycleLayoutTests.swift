import Testing
@testable import HemicycleReport

@Suite("HemicycleLayout")
struct HemicycleLayoutTests {
    @Test("577 seats: exactly 577 centres, rows add up")
    func assembleeCount() {
        let layout = HemicycleLayout(seatCount: 577)
        #expect(layout.seats.count == 577)
        #expect(layout.seatsPerRow.reduce(0, +) == 577)
        #expect(layout.seatsPerRow.count == layout.rowCount)
        // Outer rows are longer, so they hold more seats.
        #expect(layout.seatsPerRow == layout.seatsPerRow.sorted())
    }

    @Test("Every seat disc lies inside the unit half-disc", arguments: [1, 2, 7, 100, 577, 925])
    func insideHalfDisc(count: Int) {
        let layout = HemicycleLayout(seatCount: count)
        #expect(layout.seats.count == count)
        let r = layout.seatRadius
        for seat in layout.seats {
            let distance = (seat.x * seat.x + seat.y * seat.y).squareRoot()
            #expect(distance + r <= 1 + 1e-9)
            #expect(seat.y - r >= -1e-9)
        }
    }

    @Test("No two seats overlap: centres at least one diameter apart", arguments: [3, 50, 577])
    func noOverlap(count: Int) {
        let layout = HemicycleLayout(seatCount: count)
        let diameter = 2 * layout.seatRadius
        var closest = Double.infinity
        for i in layout.seats.indices {
            for j in layout.seats.indices where j > i {
                let dx = layout.seats[i].x - layout.seats[j].x, dy = layout.seats[i].y - layout.seats[j].y
                closest = min(closest, (dx * dx + dy * dy).squareRoot())
            }
        }
        #expect(closest >= diameter)
        #expect(closest >= layout.pitch - 1e-9)
    }

    @Test("Seats run left to right by angle")
    func orderedByAngle() throws {
        let layout = HemicycleLayout(seatCount: 577)
        for (a, b) in zip(layout.seats, layout.seats.dropFirst()) {
            #expect(a.angle >= b.angle)
        }
        let first = try #require(layout.seats.first), last = try #require(layout.seats.last)
        #expect(first.x < 0)
        #expect(last.x > 0)
    }

    @Test("The first k seats form a wedge: every seat of a later group is to the right")
    func contiguousWedges() {
        let layout = HemicycleLayout(seatCount: 577)
        // A left group of 100 seats: its rightmost angle is no smaller than the next group's leftmost.
        let left = layout.seats.prefix(100), rest = layout.seats.dropFirst(100)
        #expect((left.map(\.angle).min() ?? 0) >= (rest.map(\.angle).max() ?? 0))
    }

    @Test("Deterministic, and a single seat sits at the top centre")
    func deterministic() throws {
        #expect(HemicycleLayout(seatCount: 577) == HemicycleLayout(seatCount: 577))
        let one = HemicycleLayout(seatCount: 1)
        let seat = try #require(one.seats.first)
        #expect(abs(seat.x) < 1e-12)
        #expect(HemicycleLayout(seatCount: 0).seats.isEmpty)
        #expect(HemicycleLayout(seatCount: -4).seats.isEmpty)
    }

    @Test("Proportional sharing never exceeds a row's capacity")
    func distribution() {
        // 10 seats over capacities 4 and 8 (total 12): ratio 5/6 → 3.33 and 6.67 → floor 3 and 6,
        // one left over for the larger remainder (row 1).
        #expect(HemicycleLayout.distribute(10, over: [4, 8]) == [3, 7])
        #expect(HemicycleLayout.distribute(12, over: [4, 8]) == [4, 8])
    }
}
