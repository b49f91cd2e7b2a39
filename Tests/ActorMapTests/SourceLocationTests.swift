import Foundation
import Testing
@testable import ActorMap

/// Problems the dataset's own checks find after a file was read point at the row, cell or
/// element the value came from, as each reader recorded it with its records; and every reader
/// reads dates and numbers, and says what is wrong with them, the same way.
@Suite struct SourceLocationTests {
    // MARK: Places carried by records

    /// The weight, the period and the duplicate id are refused by the dataset's checks, not by
    /// the reader: their lines are those of the elements that gave them.
    @Test func graphMLProblemsFoundByTheDatasetChecksNameTheirElement() throws {
        let graphML = """
            <graphml>
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <key id="s" for="node" attr.name="since" attr.type="string"/>
              <key id="u" for="node" attr.name="until" attr.type="string"/>
              <graph edgedefault="undirected">
                <node id="a">
                  <data key="s">2010</data>
                  <data key="u">2005</data>
                </node>
                <node id="b"/>
                <node id="b"/>
                <edge id="e1" source="a" target="b">
                  <data key="w">-2</data>
                </edge>
              </graph>
            </graphml>
            """
        let report = GraphMLReader().check(data: Data(graphML.utf8), file: "map.graphml")
        #expect(report.dataset == nil)
        func problem(_ text: String) throws -> Problem { try #require(report.problems.first { $0.message.contains(text) }, "\(report.problems)") }
        let weight = try problem("weight must be a finite number of at least 0, not -2")
        #expect((weight.file, weight.line, weight.path) == ("map.graphml", 13, "edge 'e1'.weight"))
        let period = try problem("until (2005) comes before since (2010)")
        #expect((period.line, period.path) == (8, "node 'a'.until"))
        let twice = try problem("the actor id 'b' is already used")
        #expect((twice.line, twice.path) == (11, "node 'b'.id"), "the second node, not the first")
    }

    /// Each table's problems name its own file, line and column; rows of an edge list merged
    /// into one tie are reported at the run's first row, and later ties at their own.
    @Test func csvProblemsNameTheTableAndCellTheyCameFrom() throws {
        let folder = try TemporaryDirectory()
        let actors = try folder.write("map.actors.csv", "id,name,kind,since,until\nfed,Federation,federation,2010,2005\ncity,City,city-government,,\n")
        let relationships = try folder.write("map.relationships.csv", "from,to,type,year,weight\nfed,city,mou,2015,1\nfed,city,mou,2016,1\ncity,fed,funding,2015,-1\n")
        let report = DatasetReader().check(contentsOf: [actors, relationships])
        #expect(report.dataset == nil)
        let period = try #require(report.errors.first { $0.message.contains("comes before since") })
        #expect(period.file?.hasSuffix("map.actors.csv") == true)
        #expect((period.line, period.column, period.path) == (2, 5, "until"))
        let weight = try #require(report.errors.first { $0.message.contains("at least 0") })
        #expect(weight.file?.hasSuffix("map.relationships.csv") == true)
        #expect((weight.line, weight.column, weight.path) == (4, 5, "weight"), "the funding tie is the second relationship, from the fourth line")
    }

    /// Kumu's JSON is parsed as ActorMap's own JSON is, so its problems have lines too.
    @Test func kumuJSONProblemsNameTheirLine() throws {
        let json = """
            {
              "elements": [
                {"label": "A", "type": "Letter"},
                {"label": "B", "type": "Letter"}
              ],
              "connections": [
                {"from": "A", "to": "B", "strength": "heavy"},
                {"from": "A", "to": "C"}
              ]
            }
            """
        let report = KumuJSONReader().check(data: Data(json.utf8), file: "kumu.json")
        let weight = try #require(report.errors.first { $0.message.contains("is not a number") }, "\(report.problems)")
        #expect((weight.line, weight.path) == (7, "connections[0].strength"))
        let unknown = try #require(report.errors.first { $0.message.contains("unknown actor 'C'") })
        #expect((unknown.line, unknown.path) == (8, "connections[1].to"))
        let broken = KumuJSONReader().check(data: Data("{\n  \"elements\": [\n    {\"label\": \"A\" \"type\": \"B\"}\n  ]\n}".utf8), file: "kumu.json")
        let syntax = try #require(broken.errors.first)
        #expect(syntax.message.hasPrefix("the file is not valid JSON"))
        #expect(syntax.line == 3)
    }

    /// A field whose name looks like a list entry is a field: the document's error there does
    /// not silence the dataset's warning about the real `relationships[0]` (the unknown kind
    /// makes the dataset's checks report everything they found).
    @Test func aPathIsNeverReadBackFromItsText() throws {
        let text = """
            title: t
            "relationships[0]": 1
            actors:
              - {id: a, name: A, kind: donor, since: 2010, until: 2012}
              - {id: b, name: B, kind: doner}
            relationships:
              - {from: a, to: b, type: funding, since: 2008, until: 2012}
            """
        let report = check(text)
        let unknown = try #require(report.errors.first)
        #expect(unknown.path == "relationships[0]" && unknown.message == "unknown field 'relationships[0]'.")
        let outside = try #require(report.problems.first { $0.message.contains("reaches outside the active period of 'a'") }, "\(report.problems)")
        #expect((outside.path, outside.line) == ("relationships[0].from", 7))
    }

    @Test func pathsAreWrittenStepByStep() {
        let path = DatasetPath.entry(3, of: "actors").field("attributes").field("a.b[1]")
        #expect(path.description == "actors[3].attributes.a.b[1]")
        #expect(path.parent?.description == "actors[3].attributes")
        #expect(path.listEntry?.list == "actors" && path.listEntry?.entry == 3)
        #expect(DatasetPath.field("relationships[0]").listEntry == nil)
        #expect(DatasetPath.field("tags").entry(2).description == "tags[2]")
        #expect(DatasetPath.root.description.isEmpty && DatasetPath.root.parent == nil)
    }

    // MARK: One way to open a file

    /// The title file beside a workbook is opened as every input is: a folder in its place
    /// is said to be one, where it used to be passed over without a word.
    @Test func aWorkbooksTitleFileIsOpenedAsEveryFileIs() throws {
        let folder = try TemporaryDirectory()
        let workbook = folder.url.appendingPathComponent("map.xlsx")
        try FileManager.default.copyItem(at: try InterchangeReaderTests.fixture("kumu-map.xlsx"), to: workbook)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("map.dataset.yaml"), withIntermediateDirectories: false)
        let report = WorkbookReader().check(contentsOf: workbook)
        let problem = try #require(report.errors.first)
        #expect(problem.message == "this is a folder, not a file.")
        #expect(problem.file?.hasSuffix("map.dataset.yaml") == true)
    }

    // MARK: One way to read dates and numbers

    /// A native map of one funding tie with `field` added to it.
    static func oneTie(_ field: String) -> String {
        """
        title: t
        actors:
          - {id: a, name: A, kind: donor}
          - {id: b, name: B, kind: donor}
        relationships:
          - {from: a, to: b, type: funding, \(field)}
        """
    }

    /// The same bad value gets the same words from the native reader and from a table.
    @Test(arguments: ["2017-13", "15/03/2017", "12345", "soon"])
    func aBadDateIsSaidTheSameWayInEveryFormat(_ written: String) throws {
        let native = check(Self.oneTie(#"since: "\#(written)""#))
        let folder = try TemporaryDirectory()
        let table = DatasetReader().check(contentsOf: try folder.write("ties.csv", "from,to,since\na,b,\(written)\n"))
        let fromNative = try #require(native.errors.first), fromTable = try #require(table.errors.first)
        #expect(fromNative.message == fromTable.message)
        #expect(fromNative.fix == fromTable.fix)
        #expect(fromNative.message.contains("'\(written)'"))
    }

    @Test func aYearOutOfRangeIsSaidSoInATable() throws {
        let folder = try TemporaryDirectory()
        let report = DatasetReader().check(contentsOf: try folder.write("ties.csv", "from,to,since\na,b,12345\n"))
        let problem = try #require(report.errors.first)
        #expect(problem.message == "the year in '12345' is outside 1 to 9999, the years ActorMap reads.")
        #expect((problem.line, problem.column, problem.path) == (2, 3, "since"))
    }

    @Test func aBadNumberIsSaidTheSameWayInEveryFormat() throws {
        let native = check(Self.oneTie("weight: heavy"))
        let folder = try TemporaryDirectory()
        let table = DatasetReader().check(contentsOf: try folder.write("ties.csv", "from,to,weight\na,b,heavy\n"))
        let fromNative = try #require(native.errors.first), fromTable = try #require(table.errors.first)
        #expect(fromNative.message == "the weight 'heavy' is not a number.")
        #expect((fromNative.message, fromNative.fix) == (fromTable.message, fromTable.fix))
    }

    /// A whole-number year written as a decimal, as spreadsheets and Gephi write it, reads in
    /// ActorMap's own format too.
    @Test func aYearWrittenAsADecimalReadsEverywhere() throws {
        #expect(DateText.read("2017.0", order: nil) == .date(CalendarDate(year: 2017)!))
        #expect(DateText.read("2017.5", order: nil) == .invalid)
        #expect(DateText.read(number: 43_000) == .date(CalendarDate(year: 2017, month: 9, day: 22)!), "Excel's day 43000")
        #expect(DateText.read(number: -3) == .yearOutOfRange)
    }

    /// GraphML, GEXF and typed table headers read a declared type the same way: `TRUE` and `1`
    /// are true, a number is finite, and text that is none stays text.
    @Test func declaredTypesReadAlikeInEveryFormat() throws {
        let graphML = """
            <graphml><key id="f" for="node" attr.name="flag" attr.type="boolean"/>
            <key id="n" for="node" attr.name="share" attr.type="double"/>
            <graph><node id="a"><data key="f">TRUE</data><data key="n">nan</data></node>
            <node id="b"><data key="f">1</data><data key="n">0.5</data></node></graph></graphml>
            """
        let gexf = """
            <gexf version="1.3"><graph><attributes class="node"><attribute id="f" title="flag" type="boolean"/>
            <attribute id="n" title="share" type="double"/></attributes>
            <nodes><node id="a" label="a"><attvalues><attvalue for="f" value="TRUE"/><attvalue for="n" value="nan"/></attvalues></node>
            <node id="b" label="b"><attvalues><attvalue for="f" value="1"/><attvalue for="n" value="0.5"/></attvalues></node></nodes></graph></gexf>
            """
        let folder = try TemporaryDirectory()
        let table = try folder.write("map.actors.csv", "id,name,kind,flag:boolean,share:number\na,a,donor,TRUE,\nb,b,donor,1,0.5\n")
        let reports = [
            GraphMLReader().check(data: Data(graphML.utf8), file: "map.graphml"),
            GEXFReader().check(data: Data(gexf.utf8), file: "map.gexf"),
            DatasetReader().check(contentsOf: table),
        ]
        for report in reports {
            let dataset = try #require(report.dataset, "\(report.problems)")
            #expect(dataset.actors.map { $0.attributes["flag"] } == [.boolean(true), .boolean(true)])
            #expect(dataset.actors[1].attributes["share"] == .number(0.5))
        }
        #expect(reports[0].dataset?.actors[0].attributes["share"] == .text("nan"), "not a number, so text")
        #expect(reports[1].dataset?.actors[0].attributes["share"] == .text("nan"))
    }
}
