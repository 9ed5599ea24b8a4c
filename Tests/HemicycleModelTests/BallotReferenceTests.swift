import HemicycleModel
import Testing

/// One parser for every way a user names a ballot.
@Suite("Ballot references")
struct BallotReferenceTests {
    @Test(arguments: [
        ("773", BallotReference.number(773, legislature: nil)),
        (" 773 ", .number(773, legislature: nil)),
        ("16:1274", .number(1274, legislature: 16)),
        ("17:4813", .number(4813, legislature: 17)),
        ("VTANR5L16V1274", .uid("VTANR5L16V1274")),
        ("vtanr5l17v773", .uid("VTANR5L17V773")),
    ])
    func parses(_ text: String, _ expected: BallotReference) throws {
        #expect(try BallotReference(parsing: text) == expected)
    }

    @Test(arguments: ["", "0", "-1", "16:", ":1274", "16:1274:for", "x", "16:x", "1e3", "12345678", "PA721908", "VT 773", "٣", "16 : 1274"])
    func refusesWhatIsNotABallot(_ text: String) {
        #expect(throws: BallotReferenceError(text: text)) { try BallotReference(parsing: text) }
    }

    @Test func theErrorNamesTheThreeForms() {
        let message = BallotReferenceError(text: "16:x").description
        #expect(message.contains("'16:x'") && message.contains("773") && message.contains("16:1274") && message.contains("VTANR5L16V1274"))
    }

    @Test func aLegislatureOptionFillsInOnlyWhatTheReferenceLeftOut() {
        #expect(BallotReference.number(773, legislature: nil).defaulting(legislature: 16) == .number(773, legislature: 16))
        #expect(BallotReference.number(773, legislature: 17).defaulting(legislature: 16) == .number(773, legislature: 17))
        #expect(BallotReference.number(773, legislature: nil).defaulting(legislature: nil) == .number(773, legislature: nil))
        #expect(BallotReference.uid("VTANR5L17V773").defaulting(legislature: 16) == .uid("VTANR5L17V773"))
    }

    @Test func descriptionWritesTheReferenceBack() throws {
        for text in ["773", "16:1274", "VTANR5L16V1274"] {
            #expect(try BallotReference(parsing: text).description == text)
        }
    }
}
