import Foundation
import Testing
@testable import ActorMap
import Yams
import ZIPFoundation

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

    @Test func aMapWithNULBytesOrInvalidUTF8IsRefusedAsText() throws {
        // A NUL on line 2 of otherwise valid YAML, after a byte-order mark; and a lone
        // continuation byte (0x80) as the 8th byte of a JSON file, on its first line.
        let withNUL = Data([0xEF, 0xBB, 0xBF]) + Data("title: t\nactors: []\u{0}\n".utf8)
        let nul = try #require(DatasetReader().check(data: withNUL, syntax: .yaml, file: "map.yaml").errors.first)
        #expect(nul.message == "the file contains NUL bytes, so it is not a text file.")
        let broken = Data(#"{"title"#.utf8) + Data([0x80]) + Data(#"": "t"}"#.utf8)
        let invalid = try #require(DatasetReader().check(data: broken, syntax: .json, file: "map.json").errors.first)
        #expect(invalid.message.hasPrefix("the file is not UTF-8 text (byte 8"))
        #expect(invalid.line == 1)
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

    @Test func gexfElementsInAnotherNamespaceAreNotNodes() throws {
        let data = Data("""
            <gexf xmlns="http://gexf.net/1.3" xmlns:o="urn:example:other" version="1.3">
              <graph defaultedgetype="undirected">
                <nodes><node id="a" label="A"/><node id="b" label="B"/><o:node id="c" label="C"/></nodes>
                <edges><edge source="a" target="b"/><o:edge source="a" target="c"/></edges>
              </graph>
            </gexf>
            """.utf8)
        let dataset = try #require(GEXFReader().check(data: data, file: "ns.gexf").dataset)
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

/// Workbooks built part by part, to break one thing at a time.
@Suite struct HostileWorkbookTests {
    static let workbook = """
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
          <sheets><sheet name="Elements" sheetId="1" r:id="rId1"/><sheet name="Connections" sheetId="2" r:id="rId2"/></sheets>
        </workbook>
        """
    static let relationships = """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/>
        </Relationships>
        """
    static func sheet(_ rows: String) -> String {
        #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"# + rows + "</sheetData></worksheet>"
    }
    static let actors = sheet("""
        <row r="1"><c r="A1" t="inlineStr"><is><t>Label</t></is></c><c r="B1" t="inlineStr"><is><t>Type</t></is></c></row>
        <row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="inlineStr"><is><t>federation</t></is></c></row>
        <row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="inlineStr"><is><t>donor</t></is></c></row>
        """)
    static let ties = sheet("""
        <row r="1"><c r="A1" t="inlineStr"><is><t>From</t></is></c><c r="B1" t="inlineStr"><is><t>To</t></is></c><c r="C1" t="inlineStr"><is><t>Type</t></is></c></row>
        <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>0</v></c><c r="C2" t="inlineStr"><is><t>funding</t></is></c></row>
        """)
    static let strings = #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Federation</t></si><si><t>Donor</t></si></sst>"#

    /// A workbook archive of these parts, deflated.
    static func archive(_ replacing: [String: Data] = [:]) throws -> Data {
        var parts: [String: Data] = [
            "xl/workbook.xml": Data(workbook.utf8), "xl/_rels/workbook.xml.rels": Data(relationships.utf8),
            "xl/sharedStrings.xml": Data(strings.utf8),
            "xl/worksheets/sheet1.xml": Data(actors.utf8), "xl/worksheets/sheet2.xml": Data(ties.utf8),
        ]
        parts.merge(replacing) { $1 }
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position) ..< Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    @Test func theBuiltWorkbookIsRead() throws {
        let dataset = try #require(WorkbookReader().check(data: try Self.archive(), file: "map.xlsx").dataset)
        #expect(dataset.actors.map(\.name) == ["Federation", "Donor"])
        #expect(dataset.relationships.count == 1)
    }

    @Test func aCellReferenceOfTwentyLettersIsAnError() throws {
        // `ZZZZZZZZZZZZZZZZZZZZ2` overflowed in columnIndex; non-ASCII letters did too.
        for reference in ["ZZZZZZZZZZZZZZZZZZZZ2", "ÄÖ2", "XFE2"] {
            let rows = Self.sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>From</t></is></c></row><row r="2"><c r="\#(reference)" t="s"><v>0</v></c></row>"#)
            let report = WorkbookReader().check(data: try Self.archive(["xl/worksheets/sheet2.xml": Data(rows.utf8)]), file: "map.xlsx")
            let problem = try #require(report.errors.first)
            #expect(problem.message == "sheet Connections, row 2: the cell reference '\(reference)' names no column (Excel's run from A to XFD).")
            #expect(problem.file == "map.xlsx")
            #expect(problem.line == 2)
        }
    }

    @Test func columnIndexByHand() {
        // A = 0, Z = 25, AA = 26, AB = 27, XFD = 16,383 (24·26² + 6·26 + 4 − 1).
        #expect(["A7", "z1", "AA3", "AB7", "XFD9", "XFE9", "ABCD1", "A", "1A", "A-1"].map(Workbook.columnIndex)
                == [0, 25, 26, 27, 16_383, nil, nil, 0, nil, nil])
    }

    @Test func anOutOfRangeSharedStringNamesTheCell() throws {
        let rows = Self.sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>From</t></is></c></row><row r="2"><c r="B2" t="s"><v>7</v></c></row>"#)
        let report = WorkbookReader().check(data: try Self.archive(["xl/worksheets/sheet2.xml": Data(rows.utf8)]), file: "map.xlsx")
        let problem = try #require(report.errors.first)
        #expect(problem.message == "cell Connections!B2 refers to shared string '7', but the workbook has 2 (numbered from 0).")
        #expect(problem.line == 2)
    }

    @Test func invalidUTF8InAPartIsAnErrorNamingThePart() throws {
        let part = Data("<worksheet id".utf8) + Data([0xFF]) + Data("=\"1\"/>".utf8)
        let report = WorkbookReader().check(data: try Self.archive(["xl/worksheets/sheet1.xml": part]), file: "map.xlsx")
        let problem = try #require(report.errors.first)
        #expect(problem.file == "map.xlsx (xl/worksheets/sheet1.xml)")
        #expect(problem.message == "the file is not UTF-8 text (byte 14, on line 1, cannot be decoded).")
    }

    @Test func anEntryPointingPastTheEndIsAnErrorNotATrap() throws {
        // Found by Fuzz/Targets/xlsx.swift: ZIPFoundation's in-memory archive trapped
        // ("Range requires lowerBound <= upperBound") reading an entry whose local header
        // offset (byte 42 of its central directory record) lies past the end of the data.
        var archive = try Self.archive()
        let central = try #require(archive.firstRange(of: [0x50, 0x4B, 0x01, 0x02] as [UInt8]))
        archive.replaceSubrange((central.lowerBound + 42) ..< (central.lowerBound + 46), with: [0x00, 0x00, 0x10, 0x00])
        let report = WorkbookReader().check(data: archive, file: "map.xlsx")
        #expect(report.dataset == nil)
        #expect(report.errors.first?.file == "map.xlsx")
    }

    @Test func aDeflatedPartCutShortIsAnErrorNotAHang() throws {
        // Found by Fuzz/Targets/xlsx.swift: ZIPFoundation inflated a part whose deflate stream
        // never ends by reading on past it, and at the end of the file spun forever. Here the
        // sheet's compressed size is cut to 10 bytes in both headers.
        var archive = try Self.archive()
        let sheet = Data(Self.actors.utf8)
        var patched = 0
        for (signature, offset) in [([0x50, 0x4B, 0x03, 0x04] as [UInt8], 18), ([0x50, 0x4B, 0x01, 0x02], 20)] {
            var start = archive.startIndex
            while let found = archive[start...].firstRange(of: signature) {
                let uncompressed = archive[(found.lowerBound + offset + 4)...].prefix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
                if uncompressed == sheet.count {
                    archive.replaceSubrange((found.lowerBound + offset) ..< (found.lowerBound + offset + 4), with: [10, 0, 0, 0])
                    patched += 1
                }
                start = found.upperBound
            }
        }
        #expect(patched == 2)
        let problem = try #require(WorkbookReader().check(data: archive, file: "map.xlsx").errors.first)
        #expect(problem.message.hasPrefix("the workbook part xl/worksheets/sheet1.xml cannot be unpacked"))
    }

    @Test func theWorkbookTheFuzzerHungOnIsAnError() throws {
        // Fuzz/Targets/xlsx.swift's input: Archive.extract never returned on it.
        let url = try #require(Bundle.module.url(forResource: "Fixtures/fuzz/xlsx-hang-574fa19c", withExtension: "xlsx"))
        let problem = try #require(WorkbookReader().check(contentsOf: url).errors.first)
        // Seen once under heavy load, the inflater asked past the part's bytes before it found
        // the checksum wrong: either reason is true of this part, and both name it.
        #expect(["its checksum does not match.", "its compressed data ends too soon."].map {
            "the workbook part xl/worksheets/sheet2.xml cannot be unpacked: \($0)"
        }.contains(problem.message), "\(problem.message)")
    }

    @Test func aPartThatLiesAboutItsSizeStopsAtTheLimit() throws {
        // 3 MiB of spaces inside a sheet, deflated to a few kilobytes, with both headers then
        // claiming 4 KB: the reader must count what comes out, not trust the header.
        let padding = String(repeating: " ", count: 3 << 20)
        let big = Data(Self.actors.replacingOccurrences(of: "</sheetData>", with: padding + "</sheetData>").utf8)
        var archive = try Self.archive(["xl/worksheets/sheet1.xml": big])
        var patched = 0
        for (signature, offset) in [([0x50, 0x4B, 0x03, 0x04] as [UInt8], 22), ([0x50, 0x4B, 0x01, 0x02], 24)] {
            var start = archive.startIndex
            while let found = archive[start...].firstRange(of: signature) {
                let size = archive[(found.lowerBound + offset)...].prefix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
                if size == big.count {
                    archive.replaceSubrange((found.lowerBound + offset) ..< (found.lowerBound + offset + 4), with: [0x00, 0x10, 0x00, 0x00])
                    patched += 1
                }
                start = found.upperBound
            }
        }
        #expect(patched == 2)
        let options = ReadingOptions(maximumInputBytes: 1 << 20)
        let report = WorkbookReader(options: options).check(data: archive, file: "map.xlsx")
        let problem = try #require(report.errors.first)
        #expect(problem.message == "the workbook unpacks to more than 1 MB, the most ActorMap reads (part xl/worksheets/sheet1.xml).")
        #expect(problem.fix?.contains("--max-input-mb") == true)
        // Under the default limit the same archive is read, whatever its headers say.
        #expect(WorkbookReader().check(data: archive, file: "map.xlsx").dataset?.actors.count == 2)
    }
}

/// Limits on what a file may make ActorMap hold: aliases and sheer size.
@Suite struct InputLimitTests {
    @Test func oneLargeTextAliasedAThousandTimesIsRefused() throws {
        // A 1 MB string aliased 1,000 times made `convert` write 1 GB.
        let big = String(repeating: "x", count: 1 << 20)
        let actors = (0..<1_000).map { "  - {id: a\($0), name: A, kind: donor, note: *big}" }.joined(separator: "\n")
        let report = check("title: t\ndescription: &big \(big)\nactors:\n\(actors)\n")
        #expect(report.dataset == nil)
        let problem = try #require(report.errors.first)
        #expect(problem.message.hasPrefix("YAML aliases (`*name`) expand this document to "))
        #expect(problem.message.hasSuffix("times its own size; ActorMap reads at most 10 times."))
        #expect(report.errors.count == 1)
    }

    @Test func nestedAliasesAreMeasuredNotExpanded() throws {
        // Nine levels of ten aliases each stand for 10⁹ scalars.
        var lines = ["title: t", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        lines.append("actors: *a8")
        let report = check(lines.joined(separator: "\n"))
        #expect(report.errors.map(\.message).first?.hasPrefix("YAML aliases") == true)
        #expect(report.errors.count == 1)
    }

    @Test func anAliasAsAKeyIsRefusedBeforeYamsHashesIt() throws {
        // Yams hashed `*a7` (10⁸ scalars) as a key and never returned.
        var lines = ["title: t", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...7 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        for key in ["actors: {*a7 : 1}", "? *a7\n: 1", "[*a7, *a7]: 1"] {
            let report = check((lines + [key]).joined(separator: "\n"))
            let problem = try #require(report.errors.first)
            #expect(problem.message.hasPrefix("a mapping key here is an alias, a list or a mapping"))
            #expect(problem.line == 10)
        }
    }

    @Test func ordinaryAliasesAreRead() throws {
        let text = """
            title: t
            sources: [{id: &s report-2019, citation: "A report"}]
            actors:
              - {id: a, name: A, kind: &k donor, source: *s}
              - {id: b, name: B, kind: *k, source: *s}
            relationships:
              - {from: a, to: b, type: funding, source: *s}
            """
        let report = check(text)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.dataset?.actors.map(\.kind) == ["donor", "donor"])
    }

    @Test func theAliasMeasureByHand() throws {
        // `[&a abc, *a, *a]`: written, the sequence (1), the scalar (1 + 3) and two aliases
        // (1 each) make 7; expanded, the sequence and three scalars of 1 + 3 make 1 + 3 × 4 = 13.
        let root = try #require(try Yams.compose(yaml: "[&a abc, *a, *a]"))
        let size = DatasetDocument.size(of: root)
        #expect(size.own == 7)
        #expect(size.expanded == 13)
    }

    @Test func textLargerThanTheLimitIsRefusedNamingTheOption() throws {
        let reader = DatasetReader(options: ReadingOptions(maximumInputBytes: 1 << 20))
        let report = reader.check(data: Data(("title: t\nactors: []\n# " + String(repeating: "x", count: 1 << 20)).utf8), syntax: .yaml, file: "big.yaml")
        let problem = try #require(report.errors.first)
        // 1 MiB of x after 22 bytes of text: 1.00002 MB, shown rounded up.
        #expect(problem.message == "the text is 1.1 MB, more than the 1 MB ActorMap reads.")
        #expect(problem.fix?.contains("--max-input-mb") == true)
        #expect(problem.file == "big.yaml")
    }

    @Test func aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryDirectory()
        let reader = DatasetReader(options: ReadingOptions(maximumInputBytes: 1 << 20))
        for name in ["big.yaml", "big.json", "big.csv", "big.graphml", "big.gexf", "big.xlsx"] {
            let url = folder.url.appendingPathComponent(name)
            try Data(count: 3 << 20).write(to: url)
            let problem = try #require(reader.check(contentsOf: url).errors.first)
            #expect(problem.message == "the file is 3 MB, more than the 1 MB ActorMap reads.", "\(name)")
            #expect(problem.fix == "raise the limit with --max-input-mb (ReadingOptions.maximumInputBytes) if the file is genuine.")
        }
        let actors = folder.url.appendingPathComponent("actors.csv")
        try Data(count: 2 << 20).write(to: actors)
        let pair = reader.check(contentsOf: [actors, folder.url.appendingPathComponent("big.csv")])
        #expect(pair.errors.map(\.message) == ["the file is 2 MB, more than the 1 MB ActorMap reads.", "the file is 3 MB, more than the 1 MB ActorMap reads."])
    }
}

/// ActorMap reads back what it writes, and reads what Python's `json` writes.
@Suite struct JSONRoundTripTests {
    /// Text JSON may hold that YAML, which the reader is built on, forbids or folds.
    static let awkwardNames = ["del \u{7F}", "c1 \u{85}\u{90}\u{9F}", "separators \u{2028}\u{2029}", "bom \u{FEFF}",
                               "nonchar \u{FFFE}\u{FFFF}", "nul \u{0}", "astral \u{1F600} \u{10348}"]

    static var dataset: Dataset {
        get throws {
            try Dataset(title: "t", actors: awkwardNames.enumerated().map { Actor(id: "a\($0)", name: $1, kind: "donor") }, relationships: [])
        }
    }

    @Test(arguments: [DatasetReader.Syntax.json, .yaml])
    func awkwardTextRoundTrips(syntax: DatasetReader.Syntax) throws {
        let text = NativeDatasetWriter().text(try Self.dataset, syntax: syntax)
        let report = DatasetReader().check(data: Data(text.utf8), syntax: syntax, file: "map.\(syntax.rawValue)")
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.dataset?.actors.map(\.name) == Self.awkwardNames)
    }

    @Test func theJSONWriterEscapesWhatYAMLWouldRefuse() throws {
        let text = NativeDatasetWriter().text(try Self.dataset, syntax: .json)
        #expect(text.contains(#""del \u007f""#))
        #expect(text.contains(#""separators \u2028\u2029""#))
        #expect(text.contains(#""nul \u0000""#))
        #expect(!text.unicodeScalars.contains { DatasetDocument.needsEscapeInYAML($0) })
    }

    @Test func readsPythonsJSONWithEscapesAndWithout() throws {
        // python3 -c 'import json; names = ["del \x7f", "c1 \x85\x90\x9f", "separators \u2028\u2029",
        //   "bom \ufeff", "nonchar \ufffe\uffff", "nul \x00", "astral \U0001F600 \U00010348"];
        //   print(json.dumps({"title": "t", "actors": [{"id": "a%d" % i, "name": n, "kind": "donor"}
        //   for i, n in enumerate(names)]}))'
        let escaped = #"""
            {"title": "t", "actors": [{"id": "a0", "name": "del \u007f", "kind": "donor"}, {"id": "a1", "name": "c1 \u0085\u0090\u009f", "kind": "donor"}, {"id": "a2", "name": "separators \u2028\u2029", "kind": "donor"}, {"id": "a3", "name": "bom \ufeff", "kind": "donor"}, {"id": "a4", "name": "nonchar \ufffe\uffff", "kind": "donor"}, {"id": "a5", "name": "nul \u0000", "kind": "donor"}, {"id": "a6", "name": "astral \ud83d\ude00 \ud800\udf48", "kind": "donor"}]}
            """#
        // The same with ensure_ascii=False: the characters themselves, except NUL, which
        // JSON must escape.
        let raw = "{\"title\": \"t\", \"actors\": [" + Self.awkwardNames.enumerated().map { index, name in
            "{\"id\": \"a\(index)\", \"name\": \"\(name.replacingOccurrences(of: "\u{0}", with: "\\u0000"))\", \"kind\": \"donor\"}"
        }.joined(separator: ", ") + "]}"
        for text in [escaped, raw] {
            let report = check(text, syntax: .json, file: "python.json")
            #expect(report.errors.isEmpty, "\(report.errors)")
            #expect(report.dataset?.actors.map(\.name) == Self.awkwardNames)
        }
    }
}

/// Numbers in a map that would overflow the sums measures take.
@Suite struct WeightOverflowTests {
    @Test func parallelTiesWhoseWeightsSumToInfinityAreAnError() throws {
        // 1e308 + 1e308 overflows a Double (largest ≈ 1.797e308); each alone is finite.
        let text = """
            title: t
            actors:
              - {id: a, name: A, kind: donor}
              - {id: b, name: B, kind: federation}
            relationships:
              - {from: a, to: b, type: funding, weight: 1e308}
              - {from: a, to: b, type: mou, weight: 1e308}
            """
        let report = check(text)
        #expect(report.dataset == nil)
        let problem = try #require(report.errors.first)
        #expect(problem.path == "relationships[1].weight")
        #expect(problem.line == 7)
        #expect(problem.message.contains("add up past the largest number"))
    }

    @Test func largeWeightsThatStayFiniteAreRead() throws {
        let text = """
            title: t
            actors:
              - {id: a, name: A, kind: donor}
              - {id: b, name: B, kind: federation}
            relationships:
              - {from: a, to: b, type: funding, weight: 8e307}
              - {from: a, to: b, type: mou, weight: 8e307}
            """
        let dataset = try #require(check(text).dataset)
        let projection = Snapshot(dataset).projection(ProjectionOptions(direction: .undirected, weighted: true))
        #expect(projection.outWeights.allSatisfy { $0.isFinite })
        #expect(projection.weight(from: 0, to: 1) == 1.6e308)
    }
}

/// Years a dataset gives are checked to 1…9999 before anything computes with them.
@Suite struct DatasetYearTests {
    @Test(arguments: ["0", "10000", "-5", "922337203685478", "99999999999999999999", "0000-01", "+12345"])
    func aYearOutsideTheRangeIsNamedAsSuch(year: String) throws {
        let report = check("title: t\nactors:\n  - {id: a, name: A, kind: donor, since: '\(year)'}\n")
        #expect(report.dataset == nil)
        let problem = try #require(report.errors.first)
        #expect(problem.path == "actors[0].since")
        #expect(problem.message == "the year in '\(year)' is outside 1 to 9999, the years ActorMap reads.")
    }

    @Test func theEdgesOfTheRangeAreRead() throws {
        let report = check("title: t\nactors:\n  - {id: a, name: A, kind: donor, since: 0001, until: 9999-12-31}\n")
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.dataset?.actors[0].period == Period(since: CalendarDate(year: 1), until: CalendarDate(year: 9999, month: 12, day: 31)))
    }

    @Test func otherTextIsStillNotADate() throws {
        let report = check("title: t\nactors:\n  - {id: a, name: A, kind: donor, since: 2017-00}\n")
        #expect(report.errors.first?.message == "'2017-00' is not a year or date.")
    }
}

/// Suggestions for an unknown kind or type in the words analysts use.
@Suite struct SuggestionTests {
    static var catalogueKinds: [String] { Vocabulary.catalogue.kinds.map(\.id) }
    static var catalogueTypes: [String] { Vocabulary.catalogue.relationshipTypes.map(\.id) }

    @Test func synonymsAnalystsUse() {
        #expect(Suggestion.suggestions(for: "ngo", in: Self.catalogueKinds) == ["support-ngo"])
        #expect(Suggestion.suggestions(for: "network", in: Self.catalogueKinds) == ["international-network"])
        #expect(Suggestion.suggestions(for: "local-government", in: Self.catalogueKinds).prefix(2) == ["municipal-government", "city-government"])
        #expect(Suggestion.suggestions(for: "Local government", in: Self.catalogueKinds).prefix(2) == ["municipal-government", "city-government"])
        #expect(Suggestion.suggestions(for: "CBO", in: Self.catalogueKinds) == ["community-group"])
        #expect(Suggestion.suggestions(for: "grant", in: Self.catalogueTypes) == ["funding"])
        #expect(Suggestion.suggestions(for: "protest", in: Self.catalogueTypes) == ["contention"])
    }

    @Test func byEditDistanceAndBySubstring() {
        #expect(Suggestion.suggestions(for: "doner", in: Self.catalogueKinds) == ["donor"])
        // "government" is part of four kinds' ids, and a synonym of the national one.
        #expect(Suggestion.suggestions(for: "government", in: Self.catalogueKinds)
                == ["national-government", "city-government", "county-government", "municipal-government"])
    }

    @Test func theMessageNamesEverySuggestion() throws {
        let text = smallMap.replacingOccurrences(of: "kind: donor}", with: "kind: local government}")
        let problem = try #require(check(text).errors.first { $0.path == "actors[2].kind" })
        #expect(problem.fix?.hasPrefix("did you mean 'municipal-government' or 'city-government'") == true)
    }

    @Test func withoutSuggestionsEveryKindIsListed() {
        let fix = Suggestion.fix(for: "zzz", in: Self.catalogueKinds, listing: "kinds")
        #expect(!fix.contains("…"))
        for kind in Self.catalogueKinds { #expect(fix.contains("'\(kind)'")) }
    }
}

/// Numbers in imported files that once trapped on conversion.
@Suite struct ImportedNumberTests {
    @Test func aHugeSignIsReadLikeAnUnreadableOneNotATrap() throws {
        // `Int(1e300)` trapped in DatasetAssembler's sign; it now fares as a sign the reader
        // cannot read at all ('abc') does.
        func read(sign: String) -> ValidationReport {
            GraphMLReader().check(data: Data(template.replacingOccurrences(of: "SIGN", with: sign).utf8), file: "sign.graphml")
        }
        let huge = read(sign: "1e300"), unreadable = read(sign: "abc")
        #expect(huge.errors.map(\.message) == unreadable.errors.map(\.message))
        #expect(huge.dataset?.vocabulary.relationshipType("rivalry") == unreadable.dataset?.vocabulary.relationshipType("rivalry"))
    }

    let template = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="s" for="edge" attr.name="sign" attr.type="double"/>
              <key id="t" for="edge" attr.name="type" attr.type="string"/>
              <graph edgedefault="undirected">
                <node id="a"/><node id="b"/>
                <edge source="a" target="b"><data key="t">rivalry</data><data key="s">SIGN</data></edge>
              </graph>
            </graphml>
            """
}
