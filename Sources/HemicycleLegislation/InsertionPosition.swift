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
