import HemicycleModel

/// A ballot linked to a dossier or an amendment, in JSON (the `ballots` of `dossier` and
/// `amendment`).
public struct LinkedBallotJSON: Encodable, Sendable {
    let uid: String, number: Int, date: String, title: String, result: String
    let seats, voters, `for`, against, abstentions: Int
    let turnoutLine: String, link: String
    public init(_ b: LinkedBallot) {
        let o = b.ballot.official
        (uid, number, date, title, result) = (b.ballot.uid, b.ballot.number, b.ballot.date.description, b.ballot.title, b.ballot.result.rawValue)
        (seats, voters, `for`, against, abstentions) = (b.ballot.seats, b.ballot.voters, o.for, o.against, o.abstentions)
        turnoutLine = BallotTurnoutLine.line(b.ballot)
        link = b.method
    }
}
