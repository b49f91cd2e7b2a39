import Foundation
import Testing
@testable import ActorMap

/// Tables as Gephi's Data Laboratory exports them, and type suffixes in headers.
@Suite struct GephiTableTests {
    func read(_ files: [(String, String)]) throws -> ValidationReport {
        let folder = try TemporaryDirectory()
        return DatasetReader().check(contentsOf: try files.map { try folder.write($0.0, $0.1) })
    }

    @Test func timeSetsAreIntervalsOrTimestamps() throws {
        let intervals = try #require(GephiTimeSet.intervals("<[2016-02-03, 2016-02-04]; [2016-02-05, Infinity]>"))
        #expect(intervals.map { "\($0.start ?? "∞")..\($0.end ?? "∞")" } == ["2016-02-03..2016-02-04", "2016-02-05..∞"])
        let stamps = try #require(GephiTimeSet.intervals("<[2000.0, 2003.0, 2007.0]>"))
        #expect(stamps.map { "\($0.start!)..\($0.end!)" } == ["2000.0..2000.0", "2003.0..2003.0", "2007.0..2007.0"])
        #expect(GephiTimeSet.intervals("<[-Infinity, 2001.0)>")?.first?.start == nil)
        #expect(GephiTimeSet.intervals("<empty>")?.isEmpty == true)
        for bad in ["2016-02-03", "<[2016, ]>", "<2016, 2017>", "[2016, 2017]"] {
            #expect(GephiTimeSet.intervals(bad) == nil, "\(bad)")
        }
    }

    @Test func readsADataLaboratoryEdgeTable() throws {
        let report = try read([
            ("nodes.csv", "Id,Label,timeset\n1,Federation,\"<[2016-02-01, Infinity]>\"\n2,City,\n3,Donor,\"<[2015-01-01, 2015-12-31]; [2017-01-01, 2017-12-31]>\"\n"),
            ("edges.csv", """
                Source,Target,Type,Id,Label,timeset,Weight
                1,2,Directed,7,talks,"<[2016-02-03, 2016-02-04]; [2016-02-05, Infinity]>",2.0
                2,3,Undirected,e8,,,1.0
                """),
        ])
        #expect(report.errors.isEmpty, "\(report.errors)")
        let dataset = try #require(report.dataset)
        #expect(dataset.actors.map(\.name) == ["Federation", "City", "Donor"])
        #expect(dataset.actors[0].period == Period(since: CalendarDate(year: 2016, month: 2, day: 1)))
        #expect(dataset.actors[2].period == Period(since: CalendarDate(year: 2015, month: 1, day: 1), until: CalendarDate(year: 2017, month: 12, day: 31)))
        #expect(report.warnings.contains { $0.message.hasPrefix("this actor has 2 intervals") && $0.line == 4 })
        let ties = dataset.relationships
        // `Type` is the direction, not a relationship type; each interval is a period.
        #expect(ties.map(\.type) == ["directed-tie", "directed-tie", "tie"])
        #expect(dataset.vocabulary.relationshipType("directed-tie")?.directed == true)
        #expect(dataset.vocabulary.relationshipType("tie")?.directed == false)
        #expect(ties.map(\.period) == [
            Period(since: CalendarDate(year: 2016, month: 2, day: 3), until: CalendarDate(year: 2016, month: 2, day: 4)),
            Period(since: CalendarDate(year: 2016, month: 2, day: 5)),
            .always,
        ])
        #expect(ties.map { $0.attributes["original_id"] } == [.text("7"), .text("7"), .text("e8")])
        #expect(ties.map(\.label) == ["talks", "talks", nil])
        #expect(ties.map(\.weight) == [2, 2, 1])
        #expect(dataset.relationshipTypes.allSatisfy { $0.id != "directed" })
    }

    @Test func aBadTimeSetNamesItsCell() throws {
        let report = try read([("edges.csv", "Source,Target,timeset\na,b,2016 to 2017\n")])
        let problem = try #require(report.errors.first)
        #expect(problem.message == "'2016 to 2017' is not a Gephi time set.")
        #expect((problem.line, problem.column) == (2, 3))
    }

    @Test func typeSuffixesAreEnforced() throws {
        let report = try read([("ties.csv", "from,to,weight:number,members:integer\na,b,abc,3\na,c,2,many\n")])
        #expect(report.dataset == nil)
        let messages = report.errors.map { "\($0.line!):\($0.column!) \($0.message)" }
        #expect(messages == [
            "2:3 'abc' is not a number, as the column `weight:number` says.",
            "3:4 'many' is not a whole number, as the column `members:integer` says.",
        ])
    }

    @Test func aSuffixedFieldKeepsItsRole() throws {
        let report = try read([("ties.csv", "from,to,weight:number,since:integer,until:integer\na,b,2.5,2015,2018\n")])
        #expect(report.problems.isEmpty, "\(report.problems)")
        let tie = try #require(report.dataset?.relationships.first)
        #expect(tie.weight == 2.5)
        #expect(tie.period == Period(since: CalendarDate(year: 2015), until: CalendarDate(year: 2018)))
        #expect(tie.attributes.isEmpty)
    }
}
