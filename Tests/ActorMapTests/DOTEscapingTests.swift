import Testing
@testable import ActorMap

/// User text must reach the picture as text: no quote can close the DOT string, no
/// backslash can become a Graphviz escape such as `\N`, no `&amp;` can turn into `&`, and
/// nothing can become XML markup. What Graphviz then makes of it is checked in
/// ActorMapGraphvizTests.
@Suite struct DOTEscapingTests {
    @Test func labelsEscapeQuotesBackslashesAmpersandsAndLineBreaks() {
        #expect(DOTValue.text(#"say "hi""#).encoded == #""say \"hi\"""#)
        #expect(DOTValue.text(#"a\Nb"#).encoded == #""a\\Nb""#)
        #expect(DOTValue.text(#"ends with \"#).encoded == #""ends with \\""#)
        #expect(DOTValue.text("Rock &amp; Roll").encoded == #""Rock &amp;amp; Roll""#)
        #expect(DOTValue.text("two\nlines").encoded == #""two\nlines""#)
        #expect(DOTValue.text("<script>alert(1)</script>").encoded == #""<script>alert(1)</script>""#)
    }

    @Test func tooltipsDoubleTheBackslashesOnceMore() {
        #expect(DOTValue.tooltip(#"a\Nb"#).encoded == #""a\\\\Nb""#)
        #expect(DOTValue.tooltip(#"x"]; y -> z ["#).encoded == #""x\"]; y -> z [""#)
        #expect(DOTValue.tooltip("&lt;").encoded == #""&amp;lt;""#)
    }

    @Test func aQuoteWithACombiningMarkIsStillEscaped() {
        // `"` followed by U+0301 is one Character; escaping by Character would miss it.
        let name = "\"\u{301}]; x -> y ["
        #expect(DOTValue.text(name).encoded == "\"\\\"\u{301}]; x -> y [\"")
        #expect(DOTValue.tooltip(name).encoded == "\"\\\"\u{301}]; x -> y [\"")
        #expect(HTMLLabel.text("<\u{301}b>").markup == "&lt;\u{301}b&gt;")
    }

    @Test func lineEndingsBecomeOneBreakAndControlCharactersAreShownAsEscapes() {
        #expect(DOTValue.text("a\r\nb\rc").encoded == #""a\nb\nc""#)
        #expect(DOTValue.text("a\r\r\nb").encoded == #""a\n\nb""#)
        #expect(DOTValue.text("tab\there").encoded == #""tab here""#)
        // Graphviz reads `\\` in a label as one backslash, so the picture shows `\u{7}`.
        #expect(DOTValue.text("bell\u{7}nul\u{0}").encoded == #""bell\\u{7}nul\\u{0}""#)
        #expect(DOTValue.text("\u{FFFE}\u{FFFF}\u{1FFFF}" + String(Unicode.Scalar(0xFDD0)!)).encoded == #""\\u{FFFE}\\u{FFFF}\\u{1FFFF}\\u{FDD0}""#)
        #expect(DOTValue.text("del\u{7F} c1\u{85}").encoded == #""del\\u{7F} c1\\u{85}""#)
        #expect(DOTValue.text("abc\u{202E}fed\u{2066}\u{2028}").encoded == #""abc\\u{202E}fed\\u{2066}\\u{2028}""#,
                "a right-to-left override would reverse the rest of the label")
        #expect(DOTValue.tooltip("\u{1B}[2J").encoded == #""\\\\u{1B}[2J""#)
        #expect(HTMLLabel.text("\u{1B}]0;x\u{7}").markup == #"\\u{1B}]0;x\\u{7}"#)
        #expect(DOTGraph(name: "t\u{1}", isDirected: false).text.hasPrefix(#"graph "t\\u{1}" {"#))
        #expect(DOTValue.text("\u{200F}שלום\u{FFFD}").encoded == "\"\u{200F}שלום\u{FFFD}\"", "right-to-left marks and U+FFFD are text")
    }

    @Test func htmlTextEscapesMarkupAndBackslashes() {
        #expect(HTMLLabel.text(#"<b>"Tom" & 'Jerry'</b>"#).markup == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;")
        #expect(HTMLLabel.text(#"a\Nb"#).markup == #"a\\Nb"#)
        #expect(HTMLLabel.text("one\ntwo").markup == "one<BR/>two")
        #expect(HTMLLabel.text("&amp;").markup == "&amp;amp;")
    }

    @Test func htmlAttributesAreEscapedToo() {
        let cell = HTMLLabel.Cell(.text("x"), ["TITLE": "\"><script>"])
        #expect(HTMLLabel.table([[cell]]).markup == "<TABLE><TR><TD TITLE=\"&quot;&gt;&lt;script&gt;\">x</TD></TR></TABLE>")
    }

    @Test func unicodePassesThroughUnchanged() {
        #expect(DOTValue.text("สถาบันพัฒนาองค์กรชุมชน").encoded == "\"สถาบันพัฒนาองค์กรชุมชน\"")
        #expect(DOTValue.text("Valparaíso · Muungano wa Wanavijiji").encoded == "\"Valparaíso · Muungano wa Wanavijiji\"")
    }
}
