import Foundation
import HemicycleModel
import SWXMLHash

/// Reads Akoma Ntoso (the OASIS XML standard for legal texts; here its German profile
/// LegalDocML.de) into ``LawText`` and the modifications (*Änderungsbefehle*) of an amending act.
///
/// An article (`akn:article`) becomes a ``LawArticle`` titled by its number (`"§ 20"`,
/// `"Artikel 34"`); its alinéas are its text blocks in document order — every `akn:p` and the
/// closing words of a list (`akn:listWrapUp`) — each one line of whitespace-normalised text.
/// Elements are matched by local name, whatever the namespace prefix.
public enum AkomaNtoso {
    /// Why a file could not be read.
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        public var file: String
        public var reason: String
        public var description: String { "\(file): not an Akoma Ntoso document: \(reason)" }
    }

    /// A text block of an article, with its `eId` (where modifications point).
    public struct Block: Hashable, Sendable {
        public var eId: String
        public var text: String
    }

    /// A document read: the text, and each article's blocks with their ids.
    public struct Document: Sendable {
        public var text: LawText
        /// Per article (same order as `text.articles`), its blocks.
        public var blocks: [[Block]]
        /// The modifications, when the document is an amending act.
        public var modifications: [Modification]
    }

    /// One modification command (`akn:mod`) of an amending act.
    public struct Modification: Hashable, Sendable {
        /// The command's `eId`.
        public var eId: String
        /// Its kind, from `refersTo` (`"aenderungsbefehl-ersetzen"`: replace).
        public var kind: String
        /// The command as written ("In § 20 Absatz 1 Satz 2 wird die Angabe „…“ durch die Wörter „…“ ersetzt.").
        public var text: String
        /// The target: the `href` of its `akn:ref` (document, element `eId`, character range).
        public var targetHref: String?
        /// The target as written ("§ 20 Absatz 1 Satz 2").
        public var targetLabel: String?
        /// The quoted texts (`akn:quotedText`), in order: for a replacement, the old then the new words.
        public var quoted: [String]

        /// The character range of the target (`…/9-34.xml` → 9..<34), when given.
        public var characterRange: Range<Int>? {
            guard let href = targetHref else { return nil }
            let last = (href as NSString).lastPathComponent.replacingOccurrences(of: ".xml", with: "")
            let bounds = last.split(separator: "-").compactMap { Int($0) }
            guard bounds.count == 2, bounds[0] <= bounds[1] else { return nil }
            return bounds[0]..<bounds[1]
        }

        /// The target element's `eId` (the path component before the range).
        public var targetEId: String? {
            guard let href = targetHref else { return nil }
            let parts = href.split(separator: "/")
            return characterRange == nil ? parts.last.map(String.init) : (parts.count >= 2 ? String(parts[parts.count - 2]) : nil)
        }
    }

    /// Reads a document from its XML bytes, which must be UTF-8 (as LegalDocML.de requires);
    /// `file` names it in errors.
    public static func read(_ data: Data, file: String) throws -> Document {
        // Checked before parsing: Foundation's XMLParser on Linux traps or crashes on some input
        // instead of reporting an error (see XMLInputCheck).
        if let problem = XMLInputCheck.problem(in: data) {
            throw ReadError(file: file, reason: problem)
        }
        let root = XMLHash.config { $0.detectParsingErrors = true }.parse(data)
        if case .parsingError(let error) = root {
            throw ReadError(file: file, reason: "malformed XML at line \(error.line), column \(error.column)")
        }
        guard let top = root.children.first?.element, localName(top.name) == "akomaNtoso" else {
            throw ReadError(file: file, reason: "no akn:akomaNtoso root element")
        }
        var articles: [LawArticle] = []
        var blocks: [[Block]] = []
        var modifications: [Modification] = []
        var title = ""
        func visit(_ element: SWXMLHash.XMLElement) {
            switch localName(element.name) {
            case "article":
                var articleBlocks: [Block] = []
                collectBlocks(element, into: &articleBlocks)
                let number = element.elementChildren.first { localName($0.name) == "num" }.map { normalize($0.recursiveText) } ?? "\(articles.count + 1)"
                articles.append(LawArticle(title: number, alineas: articleBlocks.map(\.text)))
                blocks.append(articleBlocks)
            case "mod":
                modifications.append(modification(element))
            case "docTitle" where title.isEmpty:
                title = normalize(element.recursiveText)
            default:
                break
            }
            // Modifications sit inside articles: keep walking into them too.
            for child in element.elementChildren { visit(child) }
        }
        visit(top)
        return Document(text: LawText(id: file, title: title, articles: articles), blocks: blocks, modifications: modifications)
    }

    static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    /// Whitespace runs (XML indentation included) to one space, trimmed.
    static func normalize(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func collectBlocks(_ element: SWXMLHash.XMLElement, into blocks: inout [Block]) {
        let name = localName(element.name)
        if name == "p" || name == "listWrapUp" {
            let text = normalize(element.recursiveText)
            if !text.isEmpty { blocks.append(Block(eId: element.attribute(by: "eId")?.text ?? "", text: text)) }
            return
        }
        for child in element.elementChildren { collectBlocks(child, into: &blocks) }
    }

    static func modification(_ element: SWXMLHash.XMLElement) -> Modification {
        var quoted: [String] = []
        var href: String?
        var label: String?
        func walk(_ e: SWXMLHash.XMLElement) {
            switch localName(e.name) {
            case "quotedText": quoted.append(normalize(e.recursiveText))
            case "ref" where href == nil:
                href = e.attribute(by: "href")?.text
                label = normalize(e.recursiveText)
            default: e.elementChildren.forEach(walk)
            }
        }
        element.elementChildren.forEach(walk)
        return Modification(eId: element.attribute(by: "eId")?.text ?? "", kind: element.attribute(by: "refersTo")?.text ?? "",
                            text: normalize(element.recursiveText), targetHref: href, targetLabel: label, quoted: quoted)
    }
}

extension SWXMLHash.XMLElement {
    /// The child elements (text nodes left out).
    var elementChildren: [SWXMLHash.XMLElement] { children.compactMap { $0 as? SWXMLHash.XMLElement } }
}
