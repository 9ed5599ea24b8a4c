import HemicycleModel
import Testing

@Suite struct PlaceNameMatchingTests {
    @Test func laPosteAndINSEESpellingsMatch() {
        #expect(PlaceNameMatching.normalized("L'Abergement-Clémenciat") == "l abergement clemenciat")
        #expect(PlaceNameMatching.normalized("L ABERGEMENT CLEMENCIAT") == "l abergement clemenciat")
        #expect(PlaceNameMatching.normalized("ST ALBAN") == PlaceNameMatching.normalized("Saint-Alban"))
        #expect(PlaceNameMatching.normalized("Ste-Marie") == "sainte marie")
        #expect(PlaceNameMatching.normalized("  Œuilly -- d’Aÿ ") == "oeuilly d ay")
        // Different names stay different.
        #expect(PlaceNameMatching.normalized("Lille") != PlaceNameMatching.normalized("Lisle"))
    }

    @Test func editDistance() {
        #expect(PlaceNameMatching.editDistance("kitten", "sitting") == 3)
        #expect(PlaceNameMatching.editDistance("", "abc") == 3)
        #expect(PlaceNameMatching.editDistance("lille", "lille") == 0)
        #expect(PlaceNameMatching.editDistance("lile", "lille") == 1)
    }

    @Test func closestNamesAreNearestFirstAndBounded() {
        let towns = ["Lille", "Lisle", "Lyon", "Marseille", "Lillers", "Lille"]
        // "Lile": Lille and Lisle at 1, Lillers at 3 (threshold max(2, 4/3) = 2), Lyon at 3.
        #expect(PlaceNameMatching.closestNames(to: "Lile", in: towns) == ["Lille", "Lisle"])
        #expect(PlaceNameMatching.closestNames(to: "Lile", in: towns, limit: 1) == ["Lille"])
        #expect(PlaceNameMatching.closestNames(to: "Zzyzx", in: towns).isEmpty)
    }
}
