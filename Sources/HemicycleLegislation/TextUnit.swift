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
