/// A renderer of text documents block by block (terminal, Markdown): a document is its blocks,
/// separated by one blank line, ending with a newline.
public protocol BlockRenderer: Sendable {
    /// One block, without a trailing newline.
    func render(_ block: ReportDocument.Block) -> String
}

extension BlockRenderer {
    /// The whole document: blocks separated by one blank line, ending with a newline; empty for
    /// a document without blocks.
    public func render(_ document: ReportDocument) -> String {
        let parts = document.blocks.map { render($0) }
        guard !parts.isEmpty else { return "" }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
