import Foundation
import Testing
@testable import ActorMap

/// Files other programs wrote (Kumu, networkx, yEd, spreadsheets) read as maps, and their
/// problems reported at the cell or element to fix.
@Suite struct InterchangeReaderTests {
    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/interchange/\(name)", withExtension: nil))
    }

    // MARK: Kumu workbook

    @Test func readsAKumuWorkbook() throws {
        let report = DatasetReader().check(contentsOf: try Self.fixture("kumu-map.xlsx"))
        #expect(report.errors.isEmpty, "\(report.errors)")
        let dataset = try #require(report.dataset)
        #expect(dataset.actors.map(\.id) == ["muungano-wa-wanavijiji", "nairobi-city-county", "akiba-mashinani-trust", "actor-1"])
        let muungano = dataset.actors[0]
        #expect(muungano.name == "Muungano wa Wanavijiji")
        #expect(muungano.kind == "federation")
        #expect(muungano.note == "Kenya's federation,\nfounded 1996.")
        #expect(muungano.tags == ["nairobi", "sdi"])
        #expect(muungano.period.since == CalendarDate(year: 1996))
        #expect(muungano.attributes == ["Members": .integer(100_000), "Registered": .boolean(true)])
        // A date-formatted cell holds Excel's day number.
        #expect(dataset.actors[1].period.since == CalendarDate(year: 2013, month: 3, day: 1))
        #expect(dataset.actors[1].kind == "county-government")
        // Rich text runs are joined; the phonetic guide is not text.
        #expect(dataset.actors[2].name == "Akiba Mashinani Trust")
        #expect(dataset.actors[2].period.since == CalendarDate(year: 2003, month: 6))
        #expect(dataset.actors[2].attributes == ["Image": .text("https://example.org/amt.png")])
        #expect(dataset.actors[3].name == "สถาบันพัฒนาองค์กรชุมชน")
        #expect(dataset.actors[3].attributes == ["Members": .number(2.5)])
        // Kumu's own words for kinds become kinds of the map.
        #expect(dataset.kinds == [
            ActorKind(id: "organization", label: "Organization", group: "other"),
            ActorKind(id: "agency", label: "Agency", group: "other"),
        ])

        let ties = dataset.relationships
        #expect(ties.map(\.type) == ["contention", "mou", "funding", "exchange-visit"])
        #expect(ties.map(\.from) == ["muungano-wa-wanavijiji", "muungano-wa-wanavijiji", "akiba-mashinani-trust", "muungano-wa-wanavijiji"])
        #expect(ties[0].period == Period(since: CalendarDate(year: 2013), until: CalendarDate(year: 2016)))
        #expect(ties[1].weight == 2.5)
        #expect(ties[1].label == "SPA")
        #expect(ties[1].attributes == ["Programme": .text("Mukuru SPA")])
        #expect(ties[2].weight == 3)
        #expect(dataset.vocabulary.relationshipType("exchange-visit") == RelationshipType(id: "exchange-visit", label: "Exchange visit", directed: false, sign: 1))
    }

    @Test func workbookWarningsNameTheCell() throws {
        let report = DatasetReader().check(contentsOf: try Self.fixture("kumu-map.xlsx"))
        let warning = try #require(report.warnings.first { $0.message.contains("funding tie") })
        #expect(warning.path == "Connections!A4 (From)")
        #expect(warning.line == 4)
        #expect(warning.column == 1)
        #expect(warning.file?.hasSuffix("kumu-map.xlsx") == true)
    }

    @Test func aFileThatIsNotAWorkbook() throws {
        let report = WorkbookReader().check(data: Data("id,name\n".utf8), file: "map.xlsx")
        #expect(report.dataset == nil)
        #expect(report.errors.first?.message.contains("not an Excel workbook") == true)
    }

    // MARK: networkx, Gephi and yEd files

    @Test func readsNetworkxGraphML() throws {
        let report = DatasetReader().check(contentsOf: try Self.fixture("networkx-static.graphml"))
        #expect(report.problems.isEmpty, "\(report.problems)")
        let dataset = try #require(report.dataset)
        #expect(dataset.title == "Florentine-style test")
        // A node id that is no ActorMap id becomes one; the original is the name, and is kept
        // to join results back.
        #expect(dataset.actors.map(\.id) == ["alice-mwangi", "bob", "carol", "isolate"])
        #expect(dataset.actors[0].name == "Alice Mwangi")
        #expect(dataset.actors[0].attributes == ["members": .integer(120), "share": .number(0.25), "active": .boolean(true), "original_id": .text("Alice Mwangi")])
        #expect(dataset.relationships.map(\.type) == ["funding", "partner", "mou"])
        #expect(dataset.relationships.map(\.weight) == [2, 1, 0.5])
        #expect(dataset.vocabulary.relationshipType("partner")?.directed == false)
    }

    @Test func readsTheSameGraphFromNetworkxGEXF() throws {
        let graphML = try #require(DatasetReader().check(contentsOf: try Self.fixture("networkx-static.graphml")).dataset)
        let report = DatasetReader().check(contentsOf: try Self.fixture("networkx-static.gexf"))
        #expect(report.problems.isEmpty, "\(report.problems)")
        let gexf = try #require(report.dataset)
        #expect(gexf.title == graphML.title)
        #expect(gexf.actors == graphML.actors)
        // networkx writes GEXF edges with ids and GraphML edges without.
        #expect(gexf.relationships.map { $0.attributes["original_id"] } == [.text("0"), .text("1"), .text("2")])
        #expect(gexf.relationships.map { var tie = $0; tie.attributes = [:]; return tie } == graphML.relationships)
    }

    @Test func parallelEdgesWithoutTypesAreDirectedTies() throws {
        let report = DatasetReader().check(contentsOf: try Self.fixture("networkx-multi.graphml"))
        let dataset = try #require(report.dataset)
        #expect(dataset.relationships.map(\.weight) == [1, 2, 4])
        #expect(dataset.relationships.allSatisfy { $0.type == "directed-tie" })
        #expect(dataset.actors.allSatisfy { $0.kind == "other" })
        // The same tie twice is worth a warning, at the second edge.
        let warning = try #require(report.warnings.first)
        #expect(warning.path == "edge '1'")
        #expect(warning.line == 11)
    }

    @Test func readsDynamicGEXF() throws {
        let report = DatasetReader().check(contentsOf: try Self.fixture("networkx-dynamic.gexf"))
        #expect(report.problems.isEmpty, "\(report.problems)")
        let dataset = try #require(report.dataset)
        #expect(dataset.actors.map(\.name) == ["Federation", "City"])
        #expect(dataset.actors[1].period == Period(since: CalendarDate(year: 2000, month: 1, day: 1), until: CalendarDate(year: 2020, month: 12, day: 31)))
        #expect(dataset.relationships[0].period == Period(since: CalendarDate(year: 2013, month: 1, day: 1), until: CalendarDate(year: 2016, month: 12, day: 31)))
        #expect(dataset.relationships[0].attributes == ["type_of_tie": .text("contention"), "original_id": .text("0")])
    }

    @Test func gexfSpellsAndDynamicAttributes() throws {
        let gexf = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph mode="dynamic" defaultedgetype="directed" timeformat="double">
                <attributes class="node" mode="dynamic">
                  <attribute id="0" title="budget" type="integer"/>
                </attributes>
                <nodes>
                  <node id="fed" label="Federation">
                    <attvalues>
                      <attvalue for="0" value="10" start="2001.0" end="2001.0"/>
                      <attvalue for="0" value="30" start="2003.0" end="2003.0"/>
                      <attvalue for="0" value="20" start="2002.0" end="2002.0"/>
                    </attvalues>
                    <spells><spell start="1996.0" end="2000.0"/><spell start="2005.0"/></spells>
                  </node>
                  <node id="city" label="City"/>
                </nodes>
                <edges>
                  <edge source="fed" target="city" kind="funding">
                    <spells><spell start="2001" end="2003"/><spell start="2008" end="2009"/></spells>
                  </edge>
                </edges>
              </graph>
            </gexf>
            """
        let report = GEXFReader().check(data: Data(gexf.utf8), file: "spells.gexf")
        let dataset = try #require(report.dataset)
        // A dynamic attribute keeps each value for its span.
        #expect(dataset.actors[0].attributes.isEmpty)
        #expect(dataset.actors[0].datedAttributes["budget"]?.map(\.value) == [.integer(10), .integer(30), .integer(20)])
        #expect(Snapshot(dataset, at: .year(2002)).attribute("budget", ofActorAt: 0) == .integer(20))
        #expect(Snapshot(dataset, at: .year(2004)).attribute("budget", ofActorAt: 0) == nil)
        #expect(dataset.actors[0].period == Period(since: CalendarDate(year: 1996), until: nil))
        #expect(dataset.relationships.map(\.period) == [
            Period(since: CalendarDate(year: 2001), until: CalendarDate(year: 2003)),
            Period(since: CalendarDate(year: 2008), until: CalendarDate(year: 2009)),
        ])
        #expect(dataset.relationships.allSatisfy { $0.type == "funding" })
        #expect(report.warnings.map(\.path).sorted() == ["node 'fed'"])
    }

    @Test func readsYEdLabels() throws {
        let report = DatasetReader().check(contentsOf: try Self.fixture("yed-map.graphml"))
        let dataset = try #require(report.dataset)
        #expect(dataset.actors.map(\.name) == ["Muungano", "City of Nairobi"])
        #expect(dataset.actors[0].note == "Muungano (yEd)")
        #expect(dataset.relationships.first?.label == "talks")
        #expect(dataset.vocabulary.relationshipType("directed-tie")?.directed == true)
    }

    @Test func graphMLProblemsNameTheElementAndLine() throws {
        let graphML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="w" for="edge" attr.name="weight" attr.type="string"/>
              <key id="k" for="node" attr.name="kind" attr.type="string"/>
              <graph edgedefault="undirected">
                <node id="a"><data key="k">donor</data></node>
                <node id="b"><data key="k">donors</data></node>
                <edge id="e1" source="a" target="b">
                  <data key="w">heavy</data>
                </edge>
                <edge id="e2" source="a" target="c"/>
              </graph>
            </graphml>
            """
        let report = GraphMLReader().check(data: Data(graphML.utf8), file: "map.graphml")
        #expect(report.dataset == nil)
        let weight = try #require(report.errors.first { $0.message.contains("weight") })
        #expect(weight.path == "edge 'e1'.weight")
        #expect(weight.line == 9)
        #expect(weight.message == "the weight 'heavy' is not a number.")
        let unknown = try #require(report.errors.first { $0.message.contains("unknown actor") })
        #expect(unknown.path == "edge 'e2'.target")
        #expect(unknown.line == 11)
        let nearKind = try #require(report.warnings.first)
        #expect(nearKind.path == "node 'b'.kind")
        #expect(nearKind.fix == "did you mean 'donor'?")
    }

    @Test func malformedXMLNamesItsLine() throws {
        let report = GraphMLReader().check(data: Data("<graphml>\n<graph>\n<node id=\"a\">\n</graph>".utf8), file: "broken.graphml")
        let problem = try #require(report.errors.first)
        #expect(problem.message.hasPrefix("the file is not well-formed XML"))
        #expect(problem.line != nil)
        #expect(problem.file == "broken.graphml")
    }

    @Test func aGraphMLFileOfAnotherKind() throws {
        let report = GraphMLReader().check(data: Data("<gexf><graph/></gexf>".utf8), file: "wrong.graphml")
        #expect(report.errors.first?.message.contains("not a GraphML file") == true)
    }
}

/// CSV tables as spreadsheets, Kumu and edge lists write them.
@Suite struct CSVReaderTests {
    func read(_ files: [(String, String)]) throws -> ValidationReport {
        let folder = try TemporaryDirectory()
        let urls = try files.map { try folder.write($0.0, $0.1) }
        return DatasetReader().check(contentsOf: urls)
    }

    @Test func kumuColumnNames() throws {
        let report = try read([
            ("elements.csv", #"""
                Label,Type,Description,Tags,Start Date,Website
                Muungano wa Wanavijiji,Federation,"Kenya's federation, ""Muungano""",nairobi|sdi,1996,https://muungano.net
                Nairobi City County,County government,,,2013-03,
                """#),
            ("connections.csv", """
                From,To,Type,Strength,Start Date,End Date
                Muungano wa Wanavijiji,Nairobi City County,MoU,2,2017,2022
                """),
        ])
        #expect(report.problems.isEmpty, "\(report.problems)")
        let dataset = try #require(report.dataset)
        #expect(dataset.actors[0] == Actor(
            id: "muungano-wa-wanavijiji", name: "Muungano wa Wanavijiji", kind: "federation",
            period: Period(since: CalendarDate(year: 1996)), tags: ["nairobi", "sdi"],
            attributes: ["Website": .text("https://muungano.net")], note: "Kenya's federation, \"Muungano\""))
        #expect(dataset.actors[1].kind == "county-government")
        #expect(dataset.relationships == [Relationship(
            from: "muungano-wa-wanavijiji", to: "nairobi-city-county", type: "mou",
            period: Period(since: CalendarDate(year: 2017), until: CalendarDate(year: 2022)), weight: 2)])
    }

    @Test func anEdgeListWithYearsMergesConsecutiveYears() throws {
        let report = try read([("ties.csv", """
            source,target,type,year
            Federation,City,mou,2015
            Federation,City,mou,2016
            City,Federation,mou,2017
            Federation,City,mou,2019
            Federation,Donor,funding,2016
            Donor,Federation,funding,2017
            """)])
        #expect(report.problems.isEmpty, "\(report.problems)")
        let dataset = try #require(report.dataset)
        #expect(dataset.actors.map(\.id) == ["federation", "city", "donor"])
        #expect(dataset.actors.allSatisfy { $0.kind == "other" })
        func period(_ first: Int, _ last: Int) -> Period { Period(since: CalendarDate(year: first), until: CalendarDate(year: last)) }
        // An MoU binds both ways, so 2017's row continues the tie; funding runs one way.
        #expect(dataset.relationships.map { "\($0.from)→\($0.to) \($0.type) \($0.period)" } == [
            "federation→city mou \(period(2015, 2017))",
            "federation→city mou \(period(2019, 2019))",
            "federation→donor funding \(period(2016, 2016))",
            "donor→federation funding \(period(2017, 2017))",
        ])
    }

    @Test func aSemicolonSeparatedFileAndQuotedLineBreaks() throws {
        let report = try read([("ties.csv", "from;to;note\r\na;b;\"two\r\nlines\"\r\nb;c;plain\r\n")])
        let dataset = try #require(report.dataset)
        #expect(dataset.relationships.map(\.note) == ["two\r\nlines", "plain"])
        #expect(dataset.relationships.allSatisfy { $0.type == "tie" })
    }

    @Test func problemsNameTheLineAndColumn() throws {
        let report = try read([
            ("map.actors.csv", "id,name,kind\nfed,Federation,federation\ncity,City,city-government\n"),
            ("map.relationships.csv", """
                from,to,type,weight,since
                fed,cty,mou,1,2010
                fed,city,"collab
                oration",heavy,2010
                fed,city,mou,2,2010-13
                ,city,mou,1,2010
                """),
        ])
        #expect(report.dataset == nil)
        func problem(_ text: String) throws -> Problem { try #require(report.problems.first { $0.message.contains(text) }) }
        let unknown = try problem("unknown actor 'cty'")
        #expect((unknown.line, unknown.column, unknown.path) == (2, 2, "to"))
        #expect(unknown.fix == "did you mean 'city'?")
        #expect(unknown.file?.hasSuffix("map.relationships.csv") == true)
        // A quoted cell runs over two lines; the next row's line counts them.
        let weight = try problem("the weight 'heavy' is not a number")
        #expect((weight.line, weight.column, weight.path) == (3, 4, "weight"))
        let date = try problem("'2010-13' is not a year or date")
        #expect((date.line, date.column, date.path) == (5, 5, "since"))
        let missing = try problem("has no from")
        #expect(missing.line == 6)
    }

    @Test func anUnclosedQuoteIsReported() throws {
        let report = try read([("ties.csv", "from,to,note\na,b,\"never closed\nc,d,more\n")])
        let problem = try #require(report.errors.first)
        #expect(problem.message.contains("never closed"))
        #expect(problem.line == 2)
    }

    @Test func anEmptyFile() throws {
        let report = try read([("ties.csv", "\n\n")])
        #expect(report.errors.first?.message == "the file is empty.")
    }

    @Test func aFileNamedForThePairReadsThePair() throws {
        let folder = try TemporaryDirectory()
        let dataset = try AwkwardDatasets.make(seed: 5)
        let tables = CSVDatasetWriter().tables(dataset)
        _ = try folder.write("map.actors.csv", tables.actors)
        _ = try folder.write("map.relationships.csv", tables.relationships)
        _ = try folder.write("map.dataset.yaml", tables.frame)
        for name in ["map.csv", "map.actors.csv", "map.relationships.csv"] {
            let read = try #require(DatasetReader().check(contentsOf: folder.url.appendingPathComponent(name)).dataset)
            expectSameDataset(read, dataset, name)
        }
    }

    @Test func headersForceTypesAndKeepAttributesNamedLikeFields() throws {
        let report = try read([("actors.csv", "id,name,kind,postcode:text,attributes.type,ratio:number\na,A,donor,02139,trust,2\n")])
        let dataset = try #require(report.dataset)
        #expect(dataset.actors[0].attributes == ["postcode": .text("02139"), "type": .text("trust"), "ratio": .number(2)])
    }
}

/// What the XML writers do with text XML cannot carry.
@Suite struct XMLTextTests {
    @Test func escapesMarkupAndKeepsLineBreaks() {
        #expect(MarkupText.xml("a < b & \"c\"\r\n", inAttribute: false) == "a &lt; b &amp; \"c\"&#13;\n")
        #expect(MarkupText.xml("x\ny\tz \"q\"", inAttribute: true) == "x&#10;y&#9;z &quot;q&quot;")
    }

    @Test func showsCharactersXMLForbidsAsVisibleEscapes() throws {
        #expect(MarkupText.xml("bell\u{7} nul\u{0} ok\u{FFFE}\u{FFFF}", inAttribute: false) == #"bell\u{7} nul\u{0} ok\u{FFFE}\u{FFFF}"#)
        #expect(MarkupText.xml("esc\u{1B}[2J", inAttribute: true) == #"esc\u{1B}[2J"#)
        // XML 1.0 holds DEL, the C1 controls, the bidirectional overrides and U+FFFD: other
        // programs get them as they are.
        #expect(MarkupText.xml("del\u{7F} c1\u{85}\u{9B} rlo\u{202E} ls\u{2028} \u{FFFD}", inAttribute: false) == "del\u{7F} c1\u{85}\u{9B} rlo\u{202E} ls\u{2028} \u{FFFD}")
        var actor = Actor(id: "a", name: "Bell\u{7}ing", kind: "donor")
        actor.note = "form\u{C}feed"
        let dataset = try Dataset(title: "t", actors: [actor, Actor(id: "b", name: "B", kind: "donor")], relationships: [])
        for text in [GraphMLWriter().document(dataset), GEXFWriter().document(dataset)] {
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && ![0x9, 0xA, 0xD].contains($0.value) })
        }
        let read = try #require(GraphMLReader().check(data: Data(GraphMLWriter().document(dataset).utf8), file: "x.graphml").dataset)
        #expect(read.actors[0].name == #"Bell\u{7}ing"#)
        #expect(read.actors[0].note == #"form\u{C}feed"#)
    }
}
