import HemicycleModel

extension DeputyReport {
    /// How the deputy's rates are computed, in a few sentences (a deputy's page shows them under
    /// the figures; `hemicycle deputy --help` says the same).
    public func method(language: NumberFormatting.Language = .english) -> [String] {
        let line = groupLine.words(language: language)
        if language == .french {
            return [
                "Participation (règle de Datan)\u{202F}: un vote pour, contre ou une abstention compte 1 (en personne ou par délégation), "
                    + "ne pas figurer sur la liste compte 0\u{202F}; un scrutin est écarté quand le député est inscrit non-votant "
                    + "(présidence de séance, membre du gouvernement) ou n’avait pas de siège ce jour-là.",
                "Loyauté\u{202F}: votes égaux à la position \(line) du groupe sous lequel le scrutin inscrit le député, "
                    + "sur les votes comparés (les non-inscrits ne sont pas comparés)\u{202F}; quand le groupe est partagé à égalité, "
                    + "le vote est comparé sans être loyal ni dissident. Après «\u{202F}=\u{202F}»\u{202F}: ce qui est compté sur ce qui est comparé, et ce qui est écarté.",
            ]
        }
        return [
            "Participation (Datan's rule): a vote for, against or abstaining counts 1 (in person or by proxy), not being listed counts 0, "
                + "and a ballot is dropped when the deputy is listed non-voting (presiding, member of the government) or held no seat that day.",
            "Loyalty: votes equal to the \(line) line of the group the ballot lists the deputy under, over votes compared "
                + "(non-attached deputies are not compared); where the group is tied, the vote is compared but neither loyal nor a rebellion. "
                + "After “=”: what is counted over what is compared, and what is left out.",
        ]
    }
}
