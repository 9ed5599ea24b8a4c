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
