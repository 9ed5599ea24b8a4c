import Foundation

/// What a decision of the Conseil constitutionnel (DC: review of a law before promulgation) did to
/// the law, read from the ruling the Assemblée's files publish (`statutConclusion.libelle`).
///
/// Only ``conforming`` means the whole law stands as voted. The others say that part of it, or
/// all of it, may not be in force, or stands only as the Council reads it.
public enum ConstitutionalVerdict: String, Hashable, Sendable, Codable {
    /// *Conforme*: the law stands as voted.
    case conforming
    /// *Conforme avec réserve(s)*: the law stands, some provisions only as the Council interprets them.
    case conformingWithReservations = "conforming_with_reservations"
    /// *Partiellement conforme*: some provisions (or words of them) were struck out.
    case partlyUnconstitutional = "partly_unconstitutional"
    /// *Non conforme*: the whole law was struck down.
    case unconstitutional
    /// A ruling this library does not know (or none given): treated as "may not be in force".
    case unknown

    /// Reads the published label, ignoring case, accents and the plural of *réserve*.
    public init(ruling: String?) {
        let folded = TextFolding.fold(ruling ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        switch folded {
        case "conforme": self = .conforming
        case let f where f.hasPrefix("conforme avec reserve") || f.hasPrefix("conforme sous reserve"): self = .conformingWithReservations
        case let f where f.hasPrefix("partiellement conforme"): self = .partlyUnconstitutional
        case let f where f.hasPrefix("non conforme"): self = .unconstitutional
        default: self = .unknown
        }
    }

    /// Whether the law stands whole, word for word as voted.
    public var lawStandsAsVoted: Bool { self == .conforming }
}

extension ConstitutionalDecision {
    /// The verdict its ruling states (see ``ConstitutionalVerdict``).
    public var verdict: ConstitutionalVerdict { ConstitutionalVerdict(ruling: ruling) }

    /// The decision's page: the published ``url``, else the Council's address for it
    /// (`https://www.conseil-constitutionnel.fr/decision/2025/2025878DC.htm`, the pattern the
    /// Assemblée's files use), when the reference has a year, a number and a kind.
    public var pageURL: String? {
        if let url, !url.isEmpty { return url }
        let parts = reference.split(separator: " ")
        guard parts.count == 2, let year, !number.isEmpty, number.allSatisfy(\.isNumber) else { return nil }
        return "https://www.conseil-constitutionnel.fr/decision/\(year)/\(year)\(number)\(parts[1]).htm"
    }
}
