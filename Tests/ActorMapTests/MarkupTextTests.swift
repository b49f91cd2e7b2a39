import ActorMap
import Testing

/// The one set of escapers and the one word wrap, checked by hand-written cases.
struct MarkupTextTests {
    @Test func markdownKeepsANameAsWrittenOnOneLine() {
        #expect(MarkupText.markdown("A|B *c* _d_ [e](f) `g` \\h") == #"A\|B \*c\* \_d\_ \[e\](f) \`g\` \\h"#)
        #expect(MarkupText.markdown("<b>&amp;</b>") == "&lt;b&gt;&amp;amp;&lt;/b&gt;")
        // A Windows line break is two scalars, each a space: no line of its own.
        #expect(MarkupText.markdown("first\r\nsecond\nthird") == "first  second third")
    }

    @Test func htmlAndXMLDifferWhereTheirReadersDo() {
        #expect(MarkupText.html("it's \"x\"\tnew\nline") == "it&#39;s &quot;x&quot;\tnew\nline")
        #expect(MarkupText.xml("it's \"x\"\tnew\nline", inAttribute: true) == "it's &quot;x&quot;&#9;new&#10;line")
        #expect(MarkupText.xml("it's \"x\"", inAttribute: false) == "it's \"x\"")
        // A bidirectional override stays in XML files for other programs, and is shown in pages.
        #expect(MarkupText.xml("a\u{202E}b", inAttribute: false) == "a\u{202E}b")
        #expect(MarkupText.html("a\u{202E}b") == #"a\u{202E}b"#)
    }

    @Test func wordWrapBreaksBetweenItemsOnly() {
        #expect(WordWrap.lines(words: "one two three four", width: 9) == ["one two", "three", "four"])
        #expect(WordWrap.lines(words: "unbreakableword x", width: 5) == ["unbreakableword", "x"])
        #expect(WordWrap.lines(["a 1", "b 2", "c 3"], separator: " · ", width: 9) == ["a 1 · b 2", "c 3"])
        #expect(WordWrap.lines(words: "   ", width: 10).isEmpty)
    }
}
