import Foundation

/// A public ballot (*scrutin public*) of the Assemblée nationale, with its official totals.
///
/// The official totals (``official``) are the published *syntheseVote*: they are never
/// recomputed from the nominative lists, which can disagree (see ``GroupVote`` and the tests).
public struct Ballot: Hashable, Sendable, Codable, Identifiable {
    /// The Assemblée's identifier, e.g. `VTANR5L17V773`.
    public var uid: String
    /// The ballot number within its legislature (*numéro*), e.g. 773.
    public var number: Int
    /// The legislature (*législature*), e.g. 17.
    public var legislature: Int
    /// The day of the vote.
    public var date: CalendarDate
    /// The kind of ballot.
    public var type: BallotType
    /// The Assemblée's type code as published (`SPO`, `SPS`, `MOC`…).
    public var typeCode: String
    /// The Assemblée's label for the type (*scrutin public ordinaire*…).
    public var typeLabel: String
    /// The majority rule (*typeMajorite*), e.g. "Majorité absolue des suffrages exprimés".
    public var majorityRule: String
    /// The outcome.
    public var result: BallotResult
    /// The Assemblée's wording of the outcome (*l'Assemblée nationale a adopté*).
    public var resultLabel: String
    /// The title: what was put to the vote.
    public var title: String
    /// Who asked for the public ballot (*demandeur*), if published.
    public var requestedBy: String?
    /// The sitting (*séance*) reference, e.g. `RUANR5L17S2025IDS29020`.
    public var sittingRef: String?
    /// The session reference, e.g. `SCR5A2025O1`.
    public var sessionRef: String?
    /// The body that voted (the Assemblée, `PO838901` in the 17th legislature).
    public var bodyRef: String?
    /// Where the vote took place (*lieuVote*), e.g. "Hémicycle".
    public var place: String?
    /// Number of seats in the house on which turnout is computed (577 since 2012).
    public var seats: Int
    /// The official totals (*syntheseVote*).
    public var official: Tally
    /// *Nombre de votants* as published.
    public var voters: Int
    /// *Suffrages exprimés* as published.
    public var expressed: Int
    /// *Nombre de suffrages requis*: votes needed for adoption, as published (0 if absent).
    public var required: Int

    public var id: String { uid }

    /// Who asked for the public ballot, one requester each: the 16th legislature's files put
    /// several in ``requestedBy``, separated by carriage returns (kept as published there).
    public var requesters: [String] {
        (requestedBy ?? "").split(whereSeparator: \.isNewline).map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    public init(
        uid: String, number: Int, legislature: Int, date: CalendarDate, type: BallotType, typeCode: String,
        typeLabel: String, majorityRule: String, result: BallotResult, resultLabel: String, title: String,
        requestedBy: String? = nil, sittingRef: String? = nil, sessionRef: String? = nil, bodyRef: String? = nil,
        place: String? = nil, seats: Int = Ballot.seatsSince2012, official: Tally, voters: Int, expressed: Int, required: Int
    ) {
        self.uid = uid
        self.number = number
        self.legislature = legislature
        self.date = date
        self.type = type
        self.typeCode = typeCode
        self.typeLabel = typeLabel
        self.majorityRule = majorityRule
        self.result = result
        self.resultLabel = resultLabel
        self.title = title
        self.requestedBy = requestedBy
        self.sittingRef = sittingRef
        self.sessionRef = sessionRef
        self.bodyRef = bodyRef
        self.place = place
        self.seats = seats
        self.official = official
        self.voters = voters
        self.expressed = expressed
        self.required = required
    }

    /// The number of seats of the Assemblée nationale since the 2012 election (577).
    public static let seatsSince2012 = 577
}
