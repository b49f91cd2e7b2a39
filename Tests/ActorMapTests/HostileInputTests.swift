import Foundation
import Testing
@testable import ActorMap

/// Files that are broken or crafted to hurt: each must end in a clear problem naming the file
/// (and the line or byte where known), never a trap, a hang or text silently lost.
@Suite struct HostileXMLTests {
    static let twoActors = """
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="n" for="node" attr.name="name" attr.type="string"/>
          <graph edgedefault="undirected">
            <node id="a"><data key="n">NAME</data></node>
            <node id="b"/>
            <edge source="a" target="b"/>
          </graph>
        </graphml>
        """

    func graphML(name: String) -> Data { Data(Self.twoActors.replacingOccurrences(of: "NAME", with: name).utf8) }

    @Test func invalidUTF8InANameIsAnErrorWithItsByte() throws {
        // `<graphml id\xff="1"/>`: Foundation's XMLParser trapped on the attribute name.
        let bytes = Data("<graphml id".utf8) + Data([0xFF]) + Data("=\"1\"/>".utf8)
        let gexf = Data("<gexf id".utf8) + Data([0xFF]) + Data("=\"1\"/>".utf8)
        for (report, byte) in [(GraphMLReader().check(data: bytes, file: "a.graphml"), 12), (GEXFReader().check(data: gexf, file: "a.gexf"), 9)] {
            let problem = try #require(report.errors.first)
            #expect(problem.message == "the file is not UTF-8 text (byte \(byte), on line 1, cannot be decoded).")
            #expect(problem.line == 1)
            #expect(report.errors.count == 1)
        }
        #expect(GraphMLReader().check(data: bytes, file: "a.graphml").errors.first?.file == "a.graphml")
    }

    @Test func invalidUTF8OnALaterLineNamesThatLine() throws {
        var bytes = Data("<graphml>\n<graph>\n<node id=\"a".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])
        bytes.append(contentsOf: Data("\"/></graph></graphml>".utf8))
        let problem = try #require(GraphMLReader().check(data: bytes, file: "a.graphml").errors.first)
        // "<graphml>\n" is 10 bytes, "<graph>\n" 8 and "<node id=\"a" 11: the broken sequence starts at byte 30.
        #expect(problem.message == "the file is not UTF-8 text (byte 30, on line 3, cannot be decoded).")
        #expect(problem.line == 3)
    }

    @Test func declaredLatin1AndUTF16AreRead() throws {
        var latin1 = Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n".utf8) + graphML(name: "Caf_")
        latin1[latin1.firstIndex(of: UInt8(ascii: "_"))!] = 0xE9
        #expect(try #require(GraphMLReader().check(data: latin1, file: "l.graphml").dataset).actors[0].name == "Café")

        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + Self.twoActors.replacingOccurrences(of: "NAME", with: "Ndụ̀")
        let utf16 = Data([0xFF, 0xFE]) + Data(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(try #require(GraphMLReader().check(data: utf16, file: "u.graphml").dataset).actors[0].name == "Ndụ̀")
    }

    @Test func anEncodingActorMapCannotReadIsNamed() throws {
        let data = Data("<?xml version=\"1.0\" encoding=\"EBCDIC-US\"?>\n<graphml/>".utf8)
        let problem = try #require(GraphMLReader().check(data: data, file: "e.graphml").errors.first)
        #expect(problem.message.hasPrefix("the file declares the encoding 'EBCDIC-US', which ActorMap does not read"))
    }

    @Test func deepNestingIsRefusedWithoutOverflowingTheStack() throws {
        // 50,000 levels overflowed the stack when the tree was freed.
        let depth = 50_000
        let data = Data((String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth)).utf8)
        let problem = try #require(GraphMLReader().check(data: data, file: "deep.graphml").errors.first)
        #expect(problem.message == "the elements are nested more than 1000 deep, far deeper than any map needs.")
        #expect(problem.file == "deep.graphml")
    }

    @Test func nestingUpToTheLimitIsReadAndFreed() throws {
        let depth = XMLTree.maximumDepth
        let data = Data((String(repeating: "<x>", count: depth) + "deepest" + String(repeating: "</x>", count: depth)).utf8)
        let tree = try XMLTree.parse(data, file: "ok.xml")
        #expect(tree.root.descendants("x").count == depth - 1)
        #expect(tree.root.descendants("x").last?.text == "deepest")
    }

    @Test func anUndefinedEntityIsReportedNotDropped() throws {
        // `X&e;Y` was read as `XY`.
        let report = GraphMLReader().check(data: graphML(name: "X&e;Y"), file: "e.graphml")
        #expect(report.dataset == nil)
        let problem = try #require(report.errors.first)
        #expect(problem.message.hasPrefix("the file refers to the entity '&e;'"))
        #expect(problem.line == 4)
    }

    @Test func declaredEntitiesAreRefusedInternalOrExternal() throws {
        for declaration in [#"<!ENTITY e "inner">"#, #"<!ENTITY e SYSTEM "file:///etc/hostname">"#, #"<!ENTITY % p SYSTEM "http://example.org/p.dtd">"#] {
            let data = Data("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n\(declaration)\n]>\n".utf8) + graphML(name: "X&e;Y")
            let report = GraphMLReader().check(data: data, file: "e.graphml")
            #expect(report.dataset == nil)
            let problem = try #require(report.errors.first)
            #expect(problem.message.hasPrefix("the file declares the entity '\(declaration.contains("%") ? "p" : "e")'"))
            #expect(problem.line == 3)
        }
    }

    @Test func predefinedEntitiesAndCharacterReferencesAreRead() throws {
        let dataset = try #require(GraphMLReader().check(data: graphML(name: "A &amp; B &lt;&#233;&#x4E2D;&gt;"), file: "ok.graphml").dataset)
        #expect(dataset.actors[0].name == "A & B <é中>")
    }

    @Test func elementsInAnotherNamespaceAreNotNodes() throws {
        let data = Data("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:o="urn:example:other">
              <graph edgedefault="undirected">
                <node id="a"/><node id="b"/><o:node id="c"/>
                <edge source="a" target="b"/><o:edge source="a" target="c"/>
              </graph>
            </graphml>
            """.utf8)
        let dataset = try #require(GraphMLReader().check(data: data, file: "ns.graphml").dataset)
        #expect(dataset.actors.map(\.id) == ["a", "b"])
        #expect(dataset.relationships.count == 1)
    }

    @Test func graphMLInAForeignDefaultNamespaceIsRefused() throws {
        let data = Data(#"<graphml xmlns="urn:example:other"><graph><node id="a"/></graph></graphml>"#.utf8)
        let report = GraphMLReader().check(data: data, file: "other.graphml")
        #expect(report.dataset == nil)
        #expect(report.errors.first?.message.hasPrefix("the <graphml> element is in the namespace 'urn:example:other'") == true)
    }

    @Test func graphMLWithoutANamespaceIsStillRead() throws {
        let data = Data(#"<graphml><graph><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>"#.utf8)
        #expect(GraphMLReader().check(data: data, file: "plain.graphml").dataset?.relationships.count == 1)
    }
}
