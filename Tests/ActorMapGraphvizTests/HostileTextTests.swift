import ActorMap
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ActorMapGraphviz

/// Whatever a dataset holds comes out of Graphviz as the same text, and never as markup:
/// the SVG is safe to put inside a web page.
@Suite struct HostileTextTests {
    static let names = [
        "<script>alert(1)</script>",
        #""]; x -> y ["#,
        #"back\slash \N \G \L \\ and a trailing \"#,
        "&amp; &lt;b&gt; &#60;",
        "<b onload=\"alert(1)\">bold</b>",
        "สถาบันพัฒนาองค์กรชุมชน",
        "Valparaíso \"\u{301}]",
        "]]> --> <!--",
    ]

    /// A map whose every user field holds `text`.
    private func hostileMap(_ text: String) throws -> Dataset {
        try Dataset(
            title: text,
            groups: [Group(id: "g", label: text)],
            kinds: [ActorKind(id: "k", label: text, group: "g")],
            relationshipTypes: [RelationshipType(id: "t", label: text, directed: true, sign: 1)],
            actors: [Actor(id: "a", name: text, kind: "k"), Actor(id: "b", name: "second", kind: "k")],
            relationships: [Relationship(from: "a", to: "b", type: "t", label: text)])
    }

    @Test(arguments: names)
    func comesOutAsTheSameText(_ text: String) throws {
        try expectShown(text, as: text)
    }

    /// Characters XML cannot hold (an SVG holding one is not XML) and those that would change
    /// how the rest reads (bidirectional overrides, separators) arrive as visible escapes;
    /// U+FFFD and the rest as they are.
    @Test func controlCharactersComeOutAsVisibleEscapes() throws {
        let text = "N\u{1}\u{8}\u{B}\u{C}\u{1B}[2J\u{7F}\u{85}\u{9B}\u{FFFE}\u{FFFF}\u{202E}\u{2066}\u{2028}\u{2029} ]]> <!-- -- \\N & <b> \u{FFFD}"
        let shown = #"N\u{1}\u{8}\u{B}\u{C}\u{1B}[2J\u{7F}\u{85}\u{9B}\u{FFFE}\u{FFFF}\u{202E}\u{2066}\u{2028}\u{2029} ]]> <!-- -- \N & <b> "# + "\u{FFFD}"
        try expectShown(text, as: shown)
    }

    /// Renders a map whose every user field holds `text`, checks that the SVG is XML with
    /// no element or attribute of the text's making, and that every place shows `shown`.
    private func expectShown(_ text: String, as shown: String) throws {
        let diagram = try Diagram(Snapshot(try hostileMap(text)), options: DiagramOptions(title: text))
        let document = try svgDocument(try Graphviz.render(diagram, format: .svg))

        // Nothing became an element: only Graphviz's own kinds of element are there.
        let names = Set(try document.elements("//*").map { $0.localName ?? "" })
        #expect(names.isSubset(of: ["svg", "g", "title", "polygon", "ellipse", "path", "polyline", "text", "a"]), "\(names)")
        #expect(try document.elements("//*[@onload]").isEmpty)

        let actor = try #require(try document.elements("//*[local-name()='g'][@id='actor-a']").first)
        let label = try actor.elements(".//*[local-name()='text']").compactMap(\.stringValue).joined(separator: " ")
        #expect(label == DiagramTestsSupport.wrappedWords(shown))
        let tooltip = try actor.elements(".//*[local-name()='a']").first?.value(of: "xlink:title")
        #expect(tooltip?.hasPrefix(shown + "\n") == true, "\(tooltip ?? "no tooltip")")

        let edge = try #require(try document.elements("//*[local-name()='g'][@id='relationship-0']").first)
        let edgeTooltip = try edge.elements(".//*[local-name()='a']").first?.value(of: "xlink:title")
        #expect(edgeTooltip == "\(shown) → second\n\(shown)\n\(shown)")

        let allText = try document.elements("//*[local-name()='text']").compactMap(\.stringValue)
        #expect(allText.contains(shown), "the title and the legend show the text as it is")
    }

    @Test func aNewlineInANameStartsANewLine() throws {
        let diagram = try Diagram(Snapshot(try hostileMap("first\nsecond line")))
        let document = try svgDocument(try Graphviz.render(diagram, format: .svg))
        let actor = try #require(try document.elements("//*[local-name()='g'][@id='actor-a']").first)
        #expect(try actor.elements(".//*[local-name()='text']").compactMap(\.stringValue) == ["first", "second line"])
    }
}

enum DiagramTestsSupport {
    /// What the words of a name look like once wrapped and joined again with spaces.
    static func wrappedWords(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).joined(separator: " ")
    }
}
