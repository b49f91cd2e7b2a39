import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A map whose every piece of text holds what breaks outputs: controls XML forbids, DEL and
/// C1 controls, U+FFFE and U+FFFF, a right-to-left override, an isolate, line and paragraph
/// separators, `]]>`, comment markers, quotes, markup, an entity and backslashes. Ids must
/// be plain, so they are.
///
/// Each command writes its output from it; every SVG, GraphML and GEXF file must parse as
/// XML (libxml2, through Foundation's `XMLDocument`), the report must hold no character an
/// HTML page may not, and the names must come back as the text below, written out by hand
/// from the rule in docs/rendering.md: pictures and pages show every control, override,
/// separator and noncharacter as `\u{…}`; GraphML and GEXF keep all XML allows and write only
/// what it forbids that way.
@Suite struct HostileOutputTests {
    /// The hostile text as JSON writes it.
    static let json = #"N\u0001\u0008\u000b\u000c\u001b[2J\u007f\u0085\u009b\ufffe\uffff\ufffd\u202e\u2066\u2028\u2029 ]]> <!-- -- \"q\" 'a' <b>&amp; & \\ \\N"#
    /// As a picture or a page shows it.
    static let shown = #"N\u{1}\u{8}\u{B}\u{C}\u{1B}[2J\u{7F}\u{85}\u{9B}\u{FFFE}\u{FFFF}"# + "\u{FFFD}"
        + #"\u{202E}\u{2066}\u{2028}\u{2029} ]]> <!-- -- "q" 'a' <b>&amp; & \ \N"#
    /// As GraphML and GEXF hold it.
    static let kept = #"N\u{1}\u{8}\u{B}\u{C}\u{1B}[2J"# + "\u{7F}\u{85}\u{9B}" + #"\u{FFFE}\u{FFFF}"#
        + "\u{FFFD}\u{202E}\u{2066}\u{2028}\u{2029}" + #" ]]> <!-- -- "q" 'a' <b>&amp; & \ \N"#

    static func map(_ text: String) -> String {
        """
        {"title": "T\(text)", "description": "D\(text)", "as_of": 2026,
         "sources": [{"id": "s", "citation": "C\(text)", "url": "https://example.org/a?b=1&c=2"}],
         "groups": [{"id": "g", "label": "G\(text)"}],
         "kinds": [{"id": "k", "label": "K\(text)", "group": "g"}],
         "relationship_types": [{"id": "t", "label": "R\(text)", "directed": true, "sign": 1}],
         "actors": [
          {"id": "a", "name": "A\(text)", "kind": "k", "since": 2024, "note": "line\\r\\nnext\\ttab\\u0007\(text)",
           "tags": ["x\(text)"], "attributes": {"at\(text)": "v\(text)"}},
          {"id": "b", "name": "B\(text)", "kind": "k", "since": 2024},
          {"id": "c", "name": "C\(text)", "kind": "k", "since": 2024}],
         "relationships": [
          {"from": "a", "to": "b", "type": "t", "since": 2024, "label": "L\(text)", "note": "M\(text)"},
          {"from": "b", "to": "c", "type": "t", "since": 2025},
          {"from": "c", "to": "a", "type": "collaboration", "since": 2026}]}
        """
    }

    /// Characters a page or picture must not hold: controls but tab and line breaks, DEL,
    /// C1, the separators, the bidirectional embeddings, overrides and isolates, and the
    /// noncharacters.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x9 || value == 0xA || value == 0xD { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x2028...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }

    /// XML 1.0's `Char` production, section 2.2.
    static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    }

    private func write(_ folder: borrowing TemporaryFolder) throws -> String {
        try folder.write("hostile.json", Self.map(Self.json))
    }

    /// The text of an actor's label in a Graphviz SVG, its lines joined by spaces.
    private func label(ofActor id: String, in document: XMLDocument) throws -> String {
        let actor = try #require(try document.nodes(forXPath: "//*[local-name()='g'][@id='actor-\(id)']").first)
        return try actor.nodes(forXPath: ".//*[local-name()='text']").compactMap(\.stringValue).joined(separator: " ")
    }

    private func svg(_ path: String) throws -> XMLDocument {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.unicodeScalars.contains(where: Self.isHidden), "\(path) holds a character no picture shows")
        return try XMLDocument(data: data, options: [])
    }

    @Test func renderDrawsTheNamesAsVisibleText() throws {
        let folder = try TemporaryFolder()
        let file = try write(folder)
        let output = folder.url.appendingPathComponent("map.svg").path
        let result = try actormap("render", file, "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let document = try svg(output)
        #expect(try label(ofActor: "a", in: document) == "A" + Self.shown)
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(texts.contains("T" + Self.shown + " · all time"), "the title")
        #expect(texts.contains("K" + Self.shown), "the legend's kind")
        #expect(try document.nodes(forXPath: "//*[local-name()='b' or local-name()='script']").isEmpty)

        let dot = folder.url.appendingPathComponent("map.dot").path
        #expect(try actormap("render", file, "--format", "dot", "-o", dot).status == 0)
        let text = try String(contentsOfFile: dot, encoding: .utf8)
        #expect(!text.unicodeScalars.contains(where: Self.isHidden))
        // Backslashes doubled for Graphviz's labels.
        #expect(text.contains(#"label="AN\\u{1}\\u{8}\\u{B}"#))
    }

    @Test func diffAndTimelineDrawTheNamesAsVisibleText() throws {
        let folder = try TemporaryFolder()
        let file = try write(folder)
        let output = folder.url.appendingPathComponent("diff.svg").path
        let result = try actormap("diff", file, "--from", "2024", "--to", "2026", "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        #expect(try label(ofActor: "a", in: try svg(output)) == "A" + Self.shown)

        let out = folder.url.appendingPathComponent("timeline").path
        let timeline = try actormap("timeline", file, "--out", out, "--grid", "--from", "2024")
        #expect(timeline.status == 0, "\(timeline.errors)")
        for year in 2024...2026 {
            #expect(try label(ofActor: "a", in: try svg("\(out)/\(year).svg")) == "A" + Self.shown, "\(year)")
        }
        let grid = try svg("\(out)/grid.svg")
        #expect(try grid.nodes(forXPath: "//*[local-name()='g'][starts-with(@id, 'c0-actor-a')]").count == 1)
        let index = try String(contentsOfFile: "\(out)/index.html", encoding: .utf8)
        #expect(!index.unicodeScalars.contains(where: Self.isHidden))
        #expect(index.contains("<title>T" + Self.inHTML + ": year by year</title>"))
    }

    /// `shown`, escaped for HTML: markup as entities.
    static let inHTML = #"N\u{1}\u{8}\u{B}\u{C}\u{1B}[2J\u{7F}\u{85}\u{9B}\u{FFFE}\u{FFFF}"# + "\u{FFFD}"
        + #"\u{202E}\u{2066}\u{2028}\u{2029} ]]&gt; &lt;!-- -- &quot;q&quot; &#39;a&#39; &lt;b&gt;&amp;amp; &amp; \ \N"#

    @Test func theReportShowsTheNamesAsVisibleText() throws {
        let folder = try TemporaryFolder()
        let file = try write(folder)
        let output = folder.url.appendingPathComponent("report.html").path
        let result = try actormap("report", file, "-o", output)
        #expect(result.status == 0, "\(result.errors)")
        let page = try String(contentsOfFile: output, encoding: .utf8)
        #expect(!page.unicodeScalars.contains(where: Self.isHidden))
        #expect(page.contains("<title>T\(Self.inHTML)</title>"))
        #expect(page.contains("<h1>T\(Self.inHTML)</h1>"))
        #expect(page.contains("<td>A\(Self.inHTML)</td>"))
        #expect(!page.contains("<b>") && !page.contains("<!-- --"))
        // Every map and chart in the page is XML on its own.
        let drawings = page.components(separatedBy: "<svg").dropFirst().map { "<svg" + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
        #expect(drawings.count >= 4, "three maps and the charts")
        for drawing in drawings { _ = try XMLDocument(data: Data(drawing.utf8), options: []) }
    }

    @Test func graphMLAndGEXFKeepWhatXMLAllows() throws {
        let folder = try TemporaryFolder()
        let file = try write(folder)
        let graphml = folder.url.appendingPathComponent("map.graphml").path, gexf = folder.url.appendingPathComponent("map.gexf").path
        for output in [graphml, gexf] {
            let result = try actormap("convert", file, "-o", output)
            #expect(result.status == 0, "\(result.errors)")
            let text = try String(contentsOfFile: output, encoding: .utf8)
            #expect(text.unicodeScalars.allSatisfy(Self.isXMLChar), "\(output)")
        }

        let document = try XMLDocument(data: try Data(contentsOf: URL(fileURLWithPath: graphml)), options: [])
        func data(_ path: String) throws -> String? { try document.nodes(forXPath: path).first?.stringValue }
        #expect(try data("//*[local-name()='node'][@id='a']/*[@key='actor_name']") == "A" + Self.kept)
        #expect(try data("//*[local-name()='node'][@id='a']/*[@key='actor_note']") == "line\r\nnext\ttab\\u{7}" + Self.kept)
        #expect(try data("//*[local-name()='graph']/*[@key='title']") == "T" + Self.kept)
        #expect(try data("//*[local-name()='edge'][@id='e0']/*[@key='tie_label']") == "L" + Self.kept)
        let attribute = try #require(try document.nodes(forXPath: "//*[local-name()='key'][@for='node'][starts-with(@id, 'actor_attribute')]").first as? XMLElement)
        #expect(try attribute.nodes(forXPath: "@attr.name").first?.stringValue == "at" + Self.kept)

        let exchange = try XMLDocument(data: try Data(contentsOf: URL(fileURLWithPath: gexf)), options: [])
        let node = try #require(try exchange.nodes(forXPath: "//*[local-name()='node'][@id='a']").first)
        #expect(try node.nodes(forXPath: "@label").first?.stringValue == "A" + Self.kept)
        let title = try exchange.nodes(forXPath: "//*[local-name()='attribute'][starts-with(@id, 'actor-attribute')]/@title").first?.stringValue
        #expect(title == "at" + Self.kept)
    }
}
