/// One change an amendment makes to a text, in the vocabulary of French legislative drafting.
public enum AmendmentEdit: Hashable, Sendable {
    /// "les mots : « old » sont remplacés par les mots : « new »", "substituer aux mots : « old »
    /// les mots : « new »": replace words (or a date, a reference, a number).
    case replace(old: String, new: String)
    /// "après le mot : « X », sont insérés les mots : « text »", "compléter cet alinéa par…",
    /// "après l'alinéa 2, insérer l'alinéa suivant : « text »": insert text.
    case insert(text: String, position: InsertionPosition)
    /// "supprimer les mots : « text »", "les mots : « text » sont supprimés": delete words.
    case delete(text: String)
    /// "Rédiger ainsi l'alinéa 3 : « … »", "Rétablir cet article dans la rédaction suivante":
    /// replace a whole unit (sentence, alinéa, article…) by new text.
    case rewrite(unit: TextUnit, newText: String)
    /// "Supprimer l'alinéa 5", "Supprimer les alinéas 3 à 7", "la dernière phrase est supprimée":
    /// delete whole units; which ones is said by the operation's target.
    case deleteUnit(TextUnit)
    /// "après le mot : « anchor », rédiger ainsi la fin de l'alinéa : « new »", or with an empty
    /// `newText`, "après le mot : « anchor », supprimer la fin": replace (or delete) everything
    /// after the anchor up to the end of the targeted unit.
    case rewriteEnd(after: String, newText: String)
    /// "Supprimer cet article."
    case deleteArticle
    /// "Après l'article L. 2251-4, il est inséré un article L. 2251-4-1 ainsi rédigé : « … »":
    /// a new article, whose text is given.
    case addArticle(text: String)
}

/// Where inserted text goes.
public enum InsertionPosition: Hashable, Sendable {
    /// Right before these words.
    case before(String)
    /// Right after these words.
    case after(String)
    /// At the end of the targeted unit ("compléter … par").
    case atEnd
    /// At the start of the targeted unit ("au début de…").
    case atStart
    /// As new alinéas after alinéa n ("Après l'alinéa 2, insérer…").
    case afterAlinea(Int)
    /// As new alinéas before alinéa n.
    case beforeAlinea(Int)
    /// As a new unit right after the targeted one ("Après la première phrase, est insérée une
    /// phrase ainsi rédigée"): a new sentence after a sentence, new alinéas after an alinéa.
    case afterTarget
    /// As a new unit right before the targeted one.
    case beforeTarget
}

/// A unit of legislative text.
public enum TextUnit: String, Hashable, Sendable {
    /// A sentence (*phrase*).
    case sentence
    /// An alinéa: a paragraph of an article (a line of its text).
    case alinea
    /// A numbered item of an enumeration (*1°*, *a)*).
    case item
    /// A numbered part of an article (*I*, *II*…).
    case part
    /// An article.
    case article
    /// A title, heading or other division (*titre*, *chapitre*, *intitulé*).
    case heading
}

/// An ordinal as legal drafting writes it ("première phrase", "dernier alinéa").
public enum TextOrdinal: Hashable, Sendable, CustomStringConvertible {
    /// The n-th, from 1.
    case number(Int)
    /// The n-th from the end: `fromEnd(1)` is the last, `fromEnd(2)` the one before.
    case fromEnd(Int)

    public var description: String {
        switch self {
        case .number(let n): return "\(n)"
        case .fromEnd(1): return "last"
        case .fromEnd(let n): return "\(n)th from the end"
        }
    }
}

/// Where an operation applies: each field narrows the one before (law → article → part →
/// item → alinéa → sentence). Nil fields are not said, or inherited from "cet article".
public struct EditTarget: Hashable, Sendable {
    /// The law or code (`"loi n° 2023-380 du 19 mai 2023"`, `"code de la sécurité intérieure"`).
    public var law: String?
    /// The article (`"10"`, `"L. 2251-4"`); nil means the article amended ("cet article").
    public var article: String?
    /// The part, a Roman numeral (`"I"`, `"XI"`).
    public var part: String?
    /// The items, outermost first (`["3°", "a)"]`).
    public var items: [String]
    /// The alinéas, as a range of ordinals (one alinéa: a range of one).
    public var alineas: ClosedRange<Int>?
    /// An alinéa counted from the end ("le dernier alinéa" is `.fromEnd(1)`) or by ordinal word.
    public var alineaOrdinal: TextOrdinal?
    /// The sentence ("la première phrase" is `.number(1)`).
    public var sentence: TextOrdinal?
    /// Which occurrence of the quoted words is meant ("la seconde occurrence du mot"); nil
    /// when the words should occur once.
    public var occurrence: TextOrdinal?

    public init(law: String? = nil, article: String? = nil, part: String? = nil, items: [String] = [], alineas: ClosedRange<Int>? = nil, alineaOrdinal: TextOrdinal? = nil, sentence: TextOrdinal? = nil, occurrence: TextOrdinal? = nil) {
        self.law = law
        self.article = article
        self.part = part
        self.items = items
        self.alineas = alineas
        self.alineaOrdinal = alineaOrdinal
        self.sentence = sentence
        self.occurrence = occurrence
    }

    /// This target with the fields `inner` sets overriding the outer ones.
    public func refined(by inner: EditTarget) -> EditTarget {
        EditTarget(
            law: inner.law ?? law,
            article: inner.article ?? article,
            part: inner.part ?? part,
            items: items + inner.items,
            alineas: inner.alineas ?? alineas,
            alineaOrdinal: inner.alineaOrdinal ?? alineaOrdinal,
            sentence: inner.sentence ?? sentence,
            occurrence: inner.occurrence
        )
    }
}

/// One understood instruction: an edit and where it applies.
public struct AmendmentOperation: Hashable, Sendable {
    public var target: EditTarget
    public var edit: AmendmentEdit
    /// The instruction as written (plain text), for display.
    public var source: String

    public init(target: EditTarget, edit: AmendmentEdit, source: String = "") {
        self.target = target
        self.edit = edit
        self.source = source
    }
}
