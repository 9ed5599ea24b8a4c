import HemicycleModel
import Testing

@Suite("HTML to plain text")
struct HTMLTextTests {
    @Test("named and numeric entities")
    func entities() {
        #expect(HTMLText.plainText("&laquo;&nbsp;d&eacute;j&agrave;&nbsp;&raquo; &amp; &#x00AB;x&#x00BB; &#171;y&#187; n&#x00B0;") == "« déjà » & «x» «y» n°")
    }

    @Test("decomposed accents are composed")
    func composed() {
        #expect(HTMLText.plainText("inse\u{301}re\u{301}").unicodeScalars.count == 6)
    }

    @Test("paragraphs and line breaks become lines; spaces collapse")
    func lines() {
        #expect(HTMLText.plainText("<p style=\"a\">un   deux</p><p>&nbsp;</p><p>trois<br/>quatre<br>cinq</p>") == "un deux\ntrois\nquatre\ncinq")
    }

    @Test("malformed HTML keeps its text", arguments: [
        ("<p>ouvert sans fin", "ouvert sans fin"),
        ("a < b et c > d", "a < b et c > d"),
        ("<b>gras</i> fin", "gras fin"),
        ("texte <p", "texte <p"),
        ("&", "&"),
        ("&nbsp", "&nbsp"),
        ("&#xZZ; &#99999999;", "&#xZZ; &#99999999;"),
        ("", ""),
    ])
    func malformed(html: String, text: String) {
        #expect(HTMLText.plainText(html) == text)
    }
}
