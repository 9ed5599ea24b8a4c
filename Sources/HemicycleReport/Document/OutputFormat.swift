/// The output formats every table command offers (`--format`).
public enum OutputFormat: String, Sendable, CaseIterable, Hashable {
    /// Aligned columns for a terminal (the default).
    case table
    /// GitHub-flavoured Markdown.
    case markdown
    /// RFC 4180 CSV, one table (the main one) per output.
    case csv
    /// JSON with stable English snake_case keys.
    case json
    /// A self-contained HTML page (inline CSS and SVG, no network).
    case html
}
