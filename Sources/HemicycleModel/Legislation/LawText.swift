/// The text of a bill or law at one stage: its articles, each a list of alinéas.
public struct LawText: Hashable, Sendable, Codable {
    /// An identifier of the text (`"A13-ta510"`, a text number).
    public var id: String
    /// The title.
    public var title: String
    /// The articles, in order.
    public var articles: [LawArticle]

    /// Creates a value from its parts (see the properties for their meaning).
    public init(id: String, title: String, articles: [LawArticle]) {
        self.id = id
        self.title = title
        self.articles = articles
    }

    /// The article titled `title` (`"1er"`, `"2 bis"`).
    public func article(_ title: String) -> LawArticle? { articles.first { $0.title == title } }
}

/// An article of a text.
public struct LawArticle: Hashable, Sendable, Codable {
    /// The article's designation without the word "Article" (`"1er"`, `"3 bis"`).
    public var title: String
    /// Its status at this stage, as published (`"none"`, `"supprimé"`, `"conforme"`).
    public var status: String?
    /// The section (title, chapter) it belongs to, by identifier (`"T1"`).
    public var section: String?
    /// The alinéas (paragraphs), in order.
    public var alineas: [String]

    /// Creates a value from its parts (see the properties for their meaning).
    public init(title: String, status: String? = nil, section: String? = nil, alineas: [String]) {
        self.title = title
        self.status = status
        self.section = section
        self.alineas = alineas
    }

    /// The alinéas joined by line breaks, the form that `AmendmentOperations.apply` works on.
    public var text: String { alineas.joined(separator: "\n") }
}
