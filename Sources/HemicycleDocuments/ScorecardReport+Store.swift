import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

extension ScorecardReport {
    /// The scorecard of `choice` read from the store, as `hemicycle scorecard` and the server's
    /// `/api/scorecard` build it: the ballots chosen (oldest first), who held a seat on each day,
    /// the deputies' groups, the scores, their contacts.
    ///
    /// - Parameters:
    ///   - absence: How absence counts (ignored, against, half a point).
    ///   - selection: Which deputies are scored (a group, a minimum of ballots counted).
    ///   - place: Only the deputies who held one of the place's seats while the ballots were held
    ///     (the registers must be imported).
    public static func load(_ choice: ScorecardChoice, absence: AbsencePolicy, selection: Selection, place: PlaceQuery? = nil,
                            from database: HemicycleDatabase) throws -> ScorecardReport {
        let wanted = try choice.wantedPositions(in: database)
        var records = try database.storedBallots(uids: wanted.uids)
        records.sort { ($0.ballot.date, $0.ballot.number) < ($1.ballot.date, $1.ballot.number) }
        let ballots = records.map(\.record)
        let legislatures = Set(records.map(\.ballot.legislature))
        let mandates = try database.seatMandates().filter { $0.legislature.map(legislatures.contains) ?? false }
        let occupancy = SeatOccupancy(mandates: mandates, listedDays: try database.listedDays(legislatures: legislatures))
        let groups = Groups(records: ballots, bodies: records.reduce(into: [:]) { $0.merge($1.groups) { a, _ in a } },
                            memberships: try database.groupMemberships(on: records.last?.ballot.date))
        var selection = selection
        if let place {
            let seats = Set(try database.seats(of: place, seatMandates: mandates).map(\.label))
            selection.deputies = Selection.holders(of: seats, mandates: mandates, from: records.first?.ballot.date, to: records.last?.ballot.date)
        }
        let scores = Self.scores(
            records: ballots, wanted: wanted.positions, absence: absence,
            seatPeriods: Self.seatPeriods(occupancy: occupancy, mandates: mandates, days: Set(records.map(\.ballot.date))),
            groups: groups, selection: selection)
        let people = try database.deputiesWithContacts(uids: Set(scores.map(\.deputyID)))
        // Each deputy's seat for the contact columns: their latest mandate in the scored legislatures.
        return ScorecardReport(scores: scores, records: ballots, wanted: wanted.positions, absence: absence, groups: groups, people: people,
                               seats: ContactRecord.latestSeats(mandates))
    }
}
