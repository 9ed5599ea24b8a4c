import ArgumentParser
import HemicycleStore

/// `REFERENCE [--legislature L]`: the one ballot of `ballot`, `whatif`, `card` and `legislation
/// context`, named the same way in each (see ``HemicycleModel/BallotReference``).
struct BallotReferenceOptions: ParsableArguments {
    @Argument(help: "The ballot: its number (773, in the latest legislature unless --legislature), legislature:number (16:1274) or its uid (VTANR5L17V773).")
    var reference: String

    @Option(help: "The legislature of the ballot number.")
    var legislature: Int?

    /// The ballot, with its groups, deputies and source; ``StoreError/notFound(_:)`` names each
    /// legislature's range of numbers when it is absent.
    func stored(in database: HemicycleDatabase) throws -> StoredBallot {
        try database.ballot(reference, legislature: legislature)
    }
}
