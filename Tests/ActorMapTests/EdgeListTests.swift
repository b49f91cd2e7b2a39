import Foundation
import Testing
@testable import ActorMap

/// Edge lists apart by spaces or tabs, as networkx and igraph write them
/// (`Fixtures/edgelist/make_edgelists.py` writes them and networkx's own reading of each).
@Suite struct EdgeListTests {
    struct Edge: Decodable {
        var from: String
        var to: String
        var data: [String: Loose]?
    }

    /// A value of networkx's edge data as JSON holds it.
    enum Loose: Decodable, Equatable {
        case number(Double), text(String), truth(Bool)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let truth = try? container.decode(Bool.self) {
                self = .truth(truth)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/edgelist/\(name)", withExtension: nil))
    }

    static let expected: [String: [Edge]] = {
        guard let url = try? fixture("edgelists.json"), let data = try? Data(contentsOf: url) else { return [:] }
        return (try? JSONDecoder().decode([String: [Edge]].self, from: data)) ?? [:]
    }()

    /// Each tie networkx reads back is read, between the same actors, with the same weight
    /// and the rest of its data as fields or attributes.
    @Test(arguments: ["networkx.edgelist", "weighted.edges", "plain.txt"])
    func readsWhatNetworkxReads(_ name: String) throws {
        let report = DatasetReader().check(contentsOf: try Self.fixture(name))
        #expect(report.problems.isEmpty, "\(report.problems)")
        let dataset = try #require(report.dataset)
        let edges = try #require(Self.expected[name])
        #expect(dataset.relationships.count == edges.count)
        for edge in edges {
            let tie = try #require(dataset.relationships.first { Set([$0.from, $0.to]) == Set([edge.from, edge.to]) }, "\(edge.from)–\(edge.to)")
            if case .number(let weight)? = edge.data?["weight"] {
                #expect(tie.weight == weight, "\(edge.from)–\(edge.to)")
            } else {
                #expect(tie.weight == 1)
            }
            for (key, value) in edge.data ?? [:] where key != "weight" {
                switch key {
                case "type": #expect(value == .text(tie.type))
                case "since": #expect(tie.period.since == CalendarDate(year: 2012))
                case "note": #expect(value == .text(tie.note ?? ""))
                default:
                    let kept: Loose? = switch tie.attributes[key] {
                    case .boolean(let truth)?: .truth(truth)
                    case .text(let text)?: .text(text)
                    case .number(let number)?: .number(number)
                    case .integer(let whole)?: .number(Double(whole))
                    default: nil
                    }
                    #expect(kept == value, "\(key)")
                }
            }
        }
        #expect(Set(dataset.actors.map(\.id)) == ["fed", "city", "ngo", "donor"])
    }

    /// A `.txt` file holding a map in ActorMap's YAML is still read as one.
    @Test func yamlInATextFileIsStillYAML() throws {
        let folder = try TemporaryDirectory()
        let report = DatasetReader().check(contentsOf: try folder.write("map.txt", "title: T\nactors:\n  - {id: a, name: A, kind: federation}\n"))
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.dataset?.title == "T")
        #expect(EdgeListReader.recognises("# written by hand\n\nfed\tcity\t2\n"))
        #expect(!EdgeListReader.recognises("title: T\n") && !EdgeListReader.recognises("{\"title\": \"T\"}") && !EdgeListReader.recognises("- a\n"))
    }

    /// Tabs and runs of spaces separate fields; comments and blank lines are skipped, and
    /// each problem names its line and column.
    @Test func problemsNameTheirLineAndColumn() throws {
        let text = """
            # ties of the federation
            fed\tcity   2
            fed

            fed ngo 1 mou
            ngo donor {'weight': [1, 2]}
            city ngo heavy # a comment
            """
        let report = EdgeListReader().check(data: Data(text.utf8), file: "ties.edges")
        #expect(report.dataset == nil)
        let found = report.errors.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message)" }
        #expect(found == [
            "3:0 this line names one actor, 'fed'; each line of an edge list is a tie between two.",
            "5:11 this line has 2 fields after its two actors; an edge list without a header can give a weight, or networkx's {'key': value} data, and no more.",
            "6:11 the tie's data '{'weight': [1, 2]}' is not a mapping of names to single values, as networkx's write_edgelist writes it.",
            "7:10 the weight 'heavy' is not a number.",
        ])
    }

    @Test func pythonMappingsAsNetworkxWritesThem() throws {
        let read = try PythonMapping.read(#"{'a': 'it\'s', "b": -2, 'c': 1.5e3, 'd': False, 'e': None, 'f': ''}"#).get()
        #expect(read.map(\.0) == ["a", "b", "c", "d", "f"])
        #expect(read.map(\.1) == [.text("it's"), .integer(-2), .number(1500), .boolean(false), .text("")])
        for bad in ["{'a': 1", "{'a' 1}", "{a: 1}", "{'a': [1]}", "{'a': 1} x", "{'a': inf}"] {
            #expect(throws: ValueProblem.self, "\(bad)") { try PythonMapping.read(bad).get() }
        }
        #expect(try PythonMapping.read("{}").get().isEmpty)
    }

    /// A table with a header apart by spaces, as Gephi's own importer tests keep it
    /// (github.com/gephi/gephi, modules/ImportPlugin/src/test/resources/org/gephi/io/importer/
    /// plugin/file/spreadsheet/edges_table_with_timeset_intervals.csv, verbatim).
    @Test func aTableApartBySpacesIsATable() throws {
        let folder = try TemporaryDirectory()
        let text = """
            Source Target Type timeset
            Fred Alice Directed "[2016-02-03, 2016-02-04]"
            Alice Fred Directed "[2016-03-04, Infinity]"
            Dirk Fred Directed "[-Infinity, 2016-02-04]"
            Fred Alice Directed "[2016-02-05, 2016-02-08]"
            Dirk Fred Directed "[2016-02-04, 2016-02-26]"

            """
        let report = DatasetReader().check(contentsOf: try folder.write("edges.csv", text))
        #expect(report.errors.isEmpty, "\(report.errors)")
        let dataset = try #require(report.dataset)
        func day(_ m: Int, _ d: Int) -> CalendarDate? { CalendarDate(year: 2016, month: m, day: d) }
        #expect(dataset.relationships.map { "\($0.from)>\($0.to)" } == ["fred>alice", "alice>fred", "dirk>fred", "fred>alice", "dirk>fred"])
        #expect(dataset.relationships.map(\.period) == [
            Period(since: day(2, 3), until: day(2, 4)), Period(since: day(3, 4)), Period(until: day(2, 4)),
            Period(since: day(2, 5), until: day(2, 8)), Period(since: day(2, 4), until: day(2, 26)),
        ])
        #expect(CSVDatasetReader.delimiter(of: "Full Name\nAda Lovelace\n") == ",", "a header of unknown words is one column")
    }

    /// Commas between fields, as networkx writes them with `write_edgelist(G, path,
    /// delimiter=",")` (its data after the second comma) and `write_weighted_edgelist(…,
    /// delimiter=",")`, and as Network Repository's `.edges` files keep them.
    @Test func fieldsApartByCommas() throws {
        let folder = try TemporaryDirectory()
        let text = "# made by hand\nfed,city,{'weight': 2.0, 'type': 'mou'}\nngo , donor\nfed,ngo,1.5 # a comment\n"
        let report = DatasetReader().check(contentsOf: try folder.write("ties.edges", text))
        #expect(report.problems.isEmpty, "\(report.problems)")
        let ties = try #require(report.dataset).relationships
        #expect(ties.map { "\($0.from)-\($0.to) \($0.weight.formatted())" } == ["fed-city 2", "ngo-donor 1", "fed-ngo 1.5"])
        #expect(ties[0].type == "mou")
        // A `.txt` of such lines is an edge list too; YAML with commas is not.
        #expect(EdgeListReader.recognises("fed,city\nngo,donor\n"))
        #expect(!EdgeListReader.recognises("title: fed, city\n") && !EdgeListReader.recognises("- fed, city\n"))
        // Names that hold commas, in a list apart by spaces, stay whole.
        let spaced = DatasetReader().check(contentsOf: try folder.write("names.edgelist", "Smith,J Doe,K\n"))
        #expect(spaced.dataset?.actors.map(\.name) == ["Smith,J", "Doe,K"])
    }
}
