import Foundation
import Testing
@testable import ActorMap

/// Whether a CSV file's first row is a header or the first tie of a headerless edge list,
/// as networkx's `write_edgelist(G, path, delimiter=",", data=False)` and
/// `write_weighted_edgelist(…, delimiter=",")` write it (`CSVDatasetReader.firstRowIsATie`).
@Suite struct CSVFirstRowTests {
    func read(_ name: String, _ text: String) throws -> ValidationReport {
        let folder = try TemporaryDirectory()
        return DatasetReader().check(contentsOf: try folder.write(name, text))
    }

    func ties(_ report: ValidationReport) -> [String] {
        report.dataset?.relationships.map { "\($0.from)-\($0.to) \($0.weight.formatted())" } ?? []
    }

    func readAsATie(_ report: ValidationReport) -> Problem? {
        report.warnings.first { $0.message.contains("was read as a tie, not as a header") }
    }

    @Test func aRealHeaderIsAHeader() throws {
        let report = try read("ties.csv", "source,target,weight\nfed,city,2\nngo,donor,3.5\n")
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(ties(report) == ["fed-city 2", "ngo-donor 3.5"])
    }

    /// Four ties written without a header: four ties read, and the first named.
    @Test func aHeaderlessEdgeListKeepsItsFirstTie() throws {
        let report = try read("ties.csv", "fed,city\nngo,donor\nfed,ngo\ncity,donor\n")
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(ties(report) == ["fed-city 1", "ngo-donor 1", "fed-ngo 1", "city-donor 1"])
        let warning = try #require(readAsATie(report))
        #expect(warning.file?.hasSuffix("ties.csv") == true && warning.line == 1)
        #expect(warning.message == "line 1 ('fed', 'city') was read as a tie, not as a header: 'fed' is an actor that a later line ties too.")
        #expect(warning.fix == "if line 1 is a header, name its columns as ActorMap knows them, such as `from,to`; if it is a tie, add the header row `from,to` above it to say so.")
        // The fix, followed: a header row makes the same ties, without the warning.
        let headed = try read("ties.csv", "from,to\nfed,city\nngo,donor\nfed,ngo\ncity,donor\n")
        #expect(headed.problems.isEmpty, "\(headed.problems)")
        #expect(ties(headed) == ties(report))
    }

    @Test func weightsAndSemicolons() throws {
        let report = try read("ties.csv", "fed;city;2\nngo;donor;3.5\n")
        #expect(ties(report) == ["fed-city 2", "ngo-donor 3.5"])
        let warning = try #require(readAsATie(report))
        #expect(warning.message == "line 1 ('fed', 'city', '2') was read as a tie, not as a header: none of its cells is a column name ActorMap knows (such as from, to, source, target, weight or type).")
        #expect(warning.fix?.contains("`from,to,weight`") == true)
    }

    /// `group` is a column name ActorMap knows, but a later line ties the actor it names.
    @Test func aKnownNameThatIsAnActorLaterIsATie() throws {
        let report = try read("ties.csv", "federation,group\ngroup,city\n")
        #expect(ties(report) == ["federation-group 1", "group-city 1"])
        #expect(readAsATie(report)?.message.hasSuffix("'group' is an actor that a later line ties too.") == true)
    }

    @Test func aOneLineFileIsOneTie() throws {
        let report = try read("tie.csv", "fed,city\n")
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(ties(report) == ["fed-city 1"])
        #expect(readAsATie(report)?.line == 1)
        // A one-line file of column names is a header with no rows.
        let header = try read("tie.csv", "from,to\n")
        #expect(readAsATie(header) == nil)
        #expect(ties(header).isEmpty)
    }

    @Test func tablesThatAreNotEdgeListsKeepTheirHeader() throws {
        // A known column name, and no actor of line 1 tied later.
        let actors = try read("orgs.csv", "name,sector\nFederation,sport\nCity,government\n")
        #expect(readAsATie(actors) == nil)
        #expect(ties(actors).isEmpty)
        // A third column that is no weight.
        #expect(CSVDatasetReader.firstRowIsATie([["fed", "city", "mou"], ["ngo", "donor", "grant"]], file: "t.csv") == nil)
        // More than three columns.
        #expect(CSVDatasetReader.firstRowIsATie([["a", "b", "1", "x"], ["c", "d", "2", "y"]], file: "t.csv") == nil)
        // A file named as the actors of a map.
        #expect(CSVDatasetReader.firstRowIsATie([["fed", "city"], ["ngo", "donor"]], file: "map.actors.csv") == nil)
        // A header naming both ends, even when a later line names an actor `to`.
        #expect(CSVDatasetReader.firstRowIsATie([["from", "to"], ["to", "from"]], file: "t.csv") == nil)
        // The same file always reads the same way.
        #expect(CSVDatasetReader.firstRowIsATie([["fed", "city"], ["ngo", "donor"]], file: "t.csv") != nil)
    }
}
