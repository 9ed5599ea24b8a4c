/// What the store knows of a place's seats and of the deputies who may hold them: what the
/// representatives report (a town's deputies and how each voted) is built from.
public struct PlaceRepresentatives: Sendable {
    /// The constituencies of the place, sorted.
    public var seats: [PlaceSeat]
    /// Who held which seat on which day.
    public var occupancy: SeatOccupancy
    /// The day of the latest ballot stored: "today" for the open mandates.
    public var latestDay: CalendarDate?
    /// The persons holding a mandate of those seats, with their contact channels, by id.
    public var deputies: [String: Deputy]
    /// Each deputy's political group on the day asked (or today), by deputy id.
    public var groups: [String: GroupMembership]

    /// The parts, as the store reads them.
    public init(seats: [PlaceSeat], occupancy: SeatOccupancy, latestDay: CalendarDate?, deputies: [String: Deputy],
                groups: [String: GroupMembership]) {
        self.seats = seats
        self.occupancy = occupancy
        self.latestDay = latestDay
        self.deputies = deputies
        self.groups = groups
    }
}
