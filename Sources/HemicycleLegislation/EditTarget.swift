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

    /// Creates a value from its parts (see the properties for their meaning).
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

    /// This target with the fields `inner` sets overriding the outer ones. The occurrence is
    /// never inherited: it belongs to one instruction's quoted words.
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
