import HemicycleReport

/// Text from the data (titles, names) shown on a terminal must not drive it: an escape sequence
/// in a ballot title could move the cursor, rewrite earlier lines or change the window title.
/// Control characters are therefore shown as visible symbols (U+2400 Control Pictures: `␛` for
/// ESC, `␇` for BEL, `␡` for DEL; `�` for the C1 controls), except tab and newline. JSON escapes
/// them itself and CSV is data, so only the table and Markdown formats go through this.
///
/// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are shown as
/// their code point (`⟨U+202E⟩`): on a terminal they reorder the characters after them, so a
/// title or a file name could make a reader see text that is not there ("Trojan Source",
/// CVE-2021-42574). Marks (U+200E, U+200F) reorder nothing and are kept.
enum TerminalSafeText {
    /// `text` with its control characters replaced by visible symbols.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isReplaced) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isReplaced(scalar) {
                result.append(scalar)
            } else if scalar.value < 0x20 {
                result.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            } else if scalar.value == 0x7F {
                result.append("\u{2421}")
            } else if isBidirectionalControl(scalar) {
                result.append(contentsOf: "⟨U+\(String(scalar.value, radix: 16, uppercase: true))⟩".unicodeScalars)
            } else {
                result.append("\u{FFFD}")
            }
        }
        return String(result)
    }

    private static func isReplaced(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return isBidirectionalControl(scalar)
        }
    }

    private static func isBidirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}

extension ReportDocument {
    /// The document with every text made safe for a terminal (see ``TerminalSafeText``).
    func withVisibleControlCharacters() -> ReportDocument {
        let v = TerminalSafeText.visible
        return ReportDocument(blocks: blocks.map { block in
            switch block {
            case .heading(let text, let level): return .heading(v(text), level: level)
            case .paragraph(let text): return .paragraph(v(text))
            case .keyValues(let pairs): return .keyValues(pairs.map { .init(v($0.key), v($0.value)) })
            case .list(let items): return .list(items.map(v))
            case .table(let table):
                return .table(ReportTable(title: table.title.map(v), columns: table.columns,
                                          rows: table.rows.map { $0.map(v) }, footnote: table.footnote.map(v)))
            }
        })
    }
}
