import HemicycleModel

extension Ballot {
    /// The official page of the ballot on the Assemblée's site
    /// (`https://www.assemblee-nationale.fr/dyn/17/scrutins/773`).
    public var officialPageURL: String {
        "https://www.assemblee-nationale.fr/dyn/\(legislature)/scrutins/\(number)"
    }
}
