import HemicycleModel
@testable import HemicycleReport

/// Hand-built ballots for the report tests (no real data needed).
enum Fixtures {
    static let hostile = #"<script>alert("x")</script> & 'quotes'"#
    static let hostileEscaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"

    /// Four groups, left to right, with 572 members in all (5 seats vacant):
    /// - GDR: 10 for, 2 against, 5 absent (17 seats, given as positions)
    /// - RN: 125 members, published counts 0 for, 100 against, 5 abstentions, 1 non-voting → 19 absent
    /// - EPR: 90 seats, 40 for and 3 abstentions given → 47 absent
    /// - NI: 340 seats, 2 non-voting given → 338 absent
    /// Whole house: 50 for, 102 against, 8 abstentions, 3 non-voting, 409 absent, 5 vacant = 577.
    static var groups: [HemicycleGroup] {
        [
            HemicycleGroup(label: "GDR", name: "Gauche démocrate et républicaine", color: "#c41e3a",
                           positions: Array(repeating: .for, count: 10) + [.against, .against] + Array(repeating: nil, count: 5)),
            HemicycleGroup(label: "RN", name: "Rassemblement National", color: "#313567",
                           members: 125, tally: Tally(for: 0, against: 100, abstentions: 5, nonVoting: 1)),
            HemicycleGroup(label: "EPR", name: "Ensemble pour la République", color: "#ffd600", seats: 90,
                           positions: Array(repeating: .for, count: 40) + Array(repeating: .abstention, count: 3)),
            HemicycleGroup(label: "NI", name: "Non inscrits", seats: 340, positions: [.nonVoting, .nonVoting]),
        ]
    }

    /// Ballot 773 of the 17th legislature with a hostile title: 86 for, 37 against,
    /// 2 abstentions (125 voters), 62 required.
    static func ballot(title: String = hostile) -> Ballot {
        guard let day = CalendarDate(year: 2025, month: 2, day: 11) else { fatalError("2025-02-11 is a valid day") }
        return Ballot(
            uid: "VTANR5L17V773", number: 773, legislature: 17,
            date: day,
            type: .ordinary, typeCode: "SPO", typeLabel: "scrutin public ordinaire",
            majorityRule: "majorité absolue des suffrages exprimés", result: .adopted,
            resultLabel: "l'Assemblée nationale a adopté", title: title,
            official: Tally(for: 86, against: 37, abstentions: 2, nonVoting: 1),
            voters: 125, expressed: 123, required: 62)
    }

    /// A page input whose group counts add up to the ballot's totals (86 / 37 / 2 / 1).
    static var pageInput: BallotPageInput {
        let ballot = ballot()
        return BallotPageInput(
            ballot: ballot,
            groups: [
                .init(label: "LFI-NFP", name: "La France insoumise", color: "#cc2443", members: 71,
                      tally: Tally(for: 50, against: 0, abstentions: 0, nonVoting: 0), majorityPosition: .for),
                .init(label: "EPR", name: "Ensemble pour la République", color: "#ffd600", members: 92,
                      tally: Tally(for: 36, against: 0, abstentions: 2, nonVoting: 1), majorityPosition: .for),
                .init(label: hostile, name: hostile, color: "red;background:url(http://evil)", members: 123,
                      tally: Tally(for: 0, against: 37, abstentions: 0, nonVoting: 0), majorityPosition: .against),
            ],
            votes: [
                .init(deputyName: "Jean <Dupont>", groupLabel: "LFI-NFP", position: .for, byProxy: true),
                .init(deputyName: "Marie Curie", groupLabel: "EPR", position: .abstention, correctionNote: "meant to vote for"),
                .init(deputyName: hostile, groupLabel: hostile, position: .against),
            ],
            corrections: [
                .init(deputyName: "Marie Curie", groupLabel: "EPR", recordedPosition: .abstention, intendedPosition: .for),
            ],
            sources: .init(ballot: ballot, dumpFileName: "Scrutins_XVII.json.zip",
                           dumpDate: CalendarDate(year: 2025, month: 6, day: 1), dumpSHA256: "abc123"))
    }

    /// Occurrences of `needle` in `text`.
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
