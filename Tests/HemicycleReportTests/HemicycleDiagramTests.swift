import Testing
import HemicycleModel
@testable import HemicycleReport

@Suite("HemicycleDiagram and GroupBarChart")
struct HemicycleDiagramTests {
    @Test("One circle per seat, the right count per class")
    func circlesPerClass() {
        let svg = HemicycleDiagram(groups: Fixtures.groups).svg()
        #expect(Fixtures.count("<circle", in: svg) == 577)
        // Worked out in Fixtures.groups.
        #expect(Fixtures.count("class=\"seat for\"", in: svg) == 50)
        #expect(Fixtures.count("class=\"seat against\"", in: svg) == 102)
        #expect(Fixtures.count("class=\"seat abstention\"", in: svg) == 8)
        #expect(Fixtures.count("class=\"seat non-voting\"", in: svg) == 3)
        #expect(Fixtures.count("class=\"seat absent\"", in: svg) == 409)
        #expect(Fixtures.count("class=\"seat vacant\"", in: svg) == 5)
    }

    @Test("Every seat names its group; groups are in the given order")
    func groupsOnSeats() throws {
        let svg = HemicycleDiagram(groups: Fixtures.groups).svg()
        #expect(Fixtures.count("data-group=\"GDR\" cx=", in: svg) == 17)
        #expect(Fixtures.count("data-group=\"RN\" cx=", in: svg) == 125)
        #expect(Fixtures.count("data-group=\"EPR\" cx=", in: svg) == 90)
        #expect(Fixtures.count("data-group=\"NI\" cx=", in: svg) == 340)
        let gdr = try #require(svg.range(of: "data-group=\"GDR\" cx="))
        let rn = try #require(svg.range(of: "data-group=\"RN\" cx="))
        #expect(gdr.lowerBound < rn.lowerBound)
        #expect(Fixtures.count("<g class=\"group\"", in: svg) == 4)
        #expect(Fixtures.count("<title>", in: svg) == 5)  // the figure and each group
    }

    @Test("Accessible: role, text alternative with the figures, legend")
    func accessibility() {
        let diagram = HemicycleDiagram(groups: Fixtures.groups)
        let svg = diagram.svg()
        #expect(svg.contains("role=\"img\""))
        let expected = "Hemicycle of 577 seats: 50 for, 102 against, 8 abstentions, 3 non-voting, 409 absent, 5 vacant. Groups from left to right: GDR, RN, EPR, NI."
        #expect(diagram.textAlternative == expected)
        #expect(svg.contains("aria-label=\"\(expected)\""))
        #expect(svg.contains("<g class=\"legend\""))
        #expect(svg.contains(">Against 102</text>"))
        // Legend swatches are rectangles, so they don't add circles.
        #expect(Fixtures.count("class=\"legend-swatch", in: svg) == 6)
        let french = HemicycleDiagram(groups: Fixtures.groups, language: .french).textAlternative
        #expect(french.hasPrefix("Hémicycle de 577 sièges\u{202F}: 50 pour, 102 contre, 8 abstentions, 3 non-votants, 409 absents"))
    }

    @Test("Shape, not only colour: against is hatched, non-voting and absent are hollow")
    func shapesBesideColours() {
        let svg = HemicycleDiagram(groups: Fixtures.groups).svg()
        #expect(svg.contains("<pattern id=\"hc-hatch-against\""))
        #expect(Fixtures.count("fill=\"url(#hc-hatch-against)\"", in: svg) == 102 + 1)  // seats + legend
        #expect(svg.contains("stroke-dasharray"))
    }

    @Test("Group labels and colours from data are escaped or rejected")
    func hostileGroup() {
        let group = HemicycleGroup(label: Fixtures.hostile, name: Fixtures.hostile, color: "\"/><script>", positions: [.for])
        let svg = HemicycleDiagram(groups: [group], totalSeats: 3).svg()
        #expect(!svg.contains("<script"))
        #expect(svg.contains("data-group=\"\(Fixtures.hostileEscaped)\""))
        #expect(svg.contains("stroke=\"#888888\""))
        #expect(Fixtures.count("<circle", in: svg) == 3)
    }

    @Test("More members than seats: the diagram grows to fit them")
    func overfullHouse() {
        let group = HemicycleGroup(label: "A", name: "A", positions: Array(repeating: .for, count: 10))
        let diagram = HemicycleDiagram(groups: [group], totalSeats: 8)
        #expect(diagram.seatCount == 10)
        #expect(Fixtures.count("<circle", in: diagram.svg()) == 10)
    }

    @Test("Bar chart: one segment per non-empty state and group")
    func barChart() {
        let svg = GroupBarChart(groups: Fixtures.groups).svg()
        // for: GDR, EPR; against: GDR, RN; abstention: RN, EPR; non-voting: RN, NI; absent: all four.
        #expect(Fixtures.count("class=\"bar for\"", in: svg) == 2)
        #expect(Fixtures.count("class=\"bar against\"", in: svg) == 2)
        #expect(Fixtures.count("class=\"bar abstention\"", in: svg) == 2)
        #expect(Fixtures.count("class=\"bar non-voting\"", in: svg) == 2)
        #expect(Fixtures.count("class=\"bar absent\"", in: svg) == 4)
        #expect(svg.contains("role=\"img\""))
        #expect(!svg.contains("<circle"))
        #expect(svg.contains("<title>RN: 100 against</title>"))
    }
}
