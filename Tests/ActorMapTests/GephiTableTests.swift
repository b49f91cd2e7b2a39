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
        // As Gephi's importer reads them: a time alone, brackets without angles.
        #expect(GephiTimeSet.intervals("2016-02-03")?.map { "\($0.start!)..\($0.end!)" } == ["2016-02-03..2016-02-03"])
        #expect(GephiTimeSet.intervals("[2016, 2017]")?.map { "\($0.start!)..\($0.end!)" } == ["2016..2017"])
        // Written with timestamps, a bracket of two is two moments.
        #expect(GephiTimeSet.intervals("<[2016-02-03, 2016-02-05]>", timestamps: true)?.map { "\($0.start!)..\($0.end!)" }
            == ["2016-02-03..2016-02-03", "2016-02-05..2016-02-05"])
        #expect(GephiTimeSet.holdsTimestamps("<[2016-03-04]>") && GephiTimeSet.holdsTimestamps("<[1, 2, 3]>"))
        #expect(!GephiTimeSet.holdsTimestamps("<[2016-02-03, 2016-02-04]; [2016-02-05, Infinity]>"))
        for bad in ["<[2016, ]>", "<2016, 2017>", "2016 to 2017"] {
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
    // MARK: Values over time

    static func year(_ year: Int) -> CalendarDate? { CalendarDate(year: year) }

    /// A weight over time, as Gephi's Data Laboratory writes a dynamic graph (the shape of
    /// Gephi's own expected export, testEdgesTableDynamicWeightsMerged_edges.csv, with years):
    /// one tie per value, within the tie's time set when it has one.
    @Test func aWeightOverTimeGivesOneTiePerValue() throws {
        let report = try read([("edges.csv", """
            Source,Target,Type,Label,timeset,Weight
            a,b,Directed,,,"<[2000.0, 2005.0, 3.0]; [2006.0, 2010.0, 5.0]>"
            b,c,Directed,,"<[2001.0, 2003.0]>","<[2000.0, Infinity, 2.0]>"
            c,a,Directed,,,2.5
            """)])
        #expect(report.problems.isEmpty, "\(report.problems)")
        let ties = try #require(report.dataset).relationships
        #expect(ties.map { "\($0.from)>\($0.to) \($0.period) \($0.weight)" } == [
            "a>b \(Period(since: Self.year(2000), until: Self.year(2005))) 3.0",
            "a>b \(Period(since: Self.year(2006), until: Self.year(2010))) 5.0",
            "b>c \(Period(since: Self.year(2001), until: Self.year(2003))) 2.0",
            "c>a \(Period.always) 2.5",
        ])
    }

    /// An attribute over time keeps each value with its time: intervals `[start, end, value]`
    /// and timestamps `[time, value]` (Gephi's own timestamp.csv export), a quoted value whole.
    @Test func anAttributeOverTimeKeepsEachValue() throws {
        let report = try read([
            ("nodes.csv", """
                Id,Label,timeset,price,outlook
                1,One,,"<[2000.0, 3.0]; [2005.0, 6.0]>",
                2,Two,,,"<[2000.0, 2004.0, 'wary, then hostile']; [2005.0, Infinity, supportive]>"
                """),
            ("edges.csv", "Source,Target\n1,2\n"),
        ])
        #expect(report.problems.isEmpty, "\(report.problems)")
        let actors = try #require(report.dataset).actors
        let price = try #require(actors[0].datedAttributes["price"])
        #expect(price.map(\.value) == [.number(3), .number(6)])
        #expect(price.map(\.since) == [Self.year(2000), Self.year(2005)] && price.map(\.until) == [Self.year(2000), Self.year(2005)])
        let outlook = try #require(actors[1].datedAttributes["outlook"])
        #expect(outlook.map(\.value) == [.text("wary, then hostile"), .text("supportive")])
        #expect(outlook.map(\.since) == [Self.year(2000), Self.year(2005)] && outlook.map(\.until) == [Self.year(2004), nil])
        #expect(actors.allSatisfy { $0.attributes["price"] == nil && $0.attributes["outlook"] == nil })
    }

    /// Intervals of one weight that overlap count the tie twice where they meet: said, with
    /// the cell. Gephi's own merged export has such intervals, [1, 2] and [2, 3].
    @Test func overlappingWeightIntervalsAreReported() throws {
        let report = try read([("edges.csv", "Source,Target,Weight\na,b,\"<[2000, 2005, 1.0]; [2005, 2010, 2.0]>\"\n")])
        let warning = try #require(report.warnings.first, "\(report.problems)")
        #expect(warning.message.hasPrefix("the weight's intervals 2000–2005 and 2005–2010 overlap"))
        #expect((warning.line, warning.column) == (2, 3))
        #expect(report.dataset?.relationships.map(\.weight) == [1, 2])
    }

    /// Gephi's own importer test file (edges_table_dynamic_weights.csv, verbatim) counts time
    /// in plain numbers, which are not years: each is refused at its cell, and nothing traps.
    @Test func gephisAbstractTimesAreRefusedAtTheirCell() throws {
        let report = try read([("edges.csv", "source,target,weight\na,b,\"<[1.0, 2, 1]; [2, 3, 2]>\"\na,b,\"<[3,5.5, 3.25]>\"\nb,c,\"<[1, Infinity, 1]>\"\na,b,\"<[1.0, 3, 4]>\"")])
        #expect(report.dataset == nil)
        #expect(!report.errors.isEmpty)
        for error in report.errors {
            #expect(error.column == 3 && error.line != nil && error.message.contains("is not a year or date"), "\(error)")
        }
    }

    @Test func aFieldOverTimeIsRefusedWithItsFix() throws {
        let report = try read([("edges.csv", "Source,Target,Label\na,b,\"<[2000, 2005, talks]>\"\n")])
        let problem = try #require(report.errors.first)
        #expect(problem.message.hasPrefix("`Label` holds values over time"))
        #expect(problem.fix == "give one value, or name the column as an attribute (such as `attributes.Label`) to keep each value with its time.")
        #expect((problem.line, problem.column) == (2, 3))
    }

    /// Gephi's expected export of a graph with timestamps
    /// (testEdgesTableWithTimeset_Timestamp_edges.csv, verbatim): a bracket of two times is
    /// two moments, as the column's one-time cell shows.
    @Test func aTimesetOfTimestampsIsReadAsMoments() throws {
        let report = try read([("edges.csv", """
            Source,Target,Type,Label,timeset,Weight
            Fred,Alice,Directed,,"<[2016-02-03, 2016-02-05]>",2
            Alice,Fred,Directed,,<[2016-03-04]>,1
            Dirk,Fred,Directed,,"<[2016-02-04, 2016-02-05]>",2
            """)])
        #expect(report.errors.isEmpty, "\(report.errors)")
        func day(_ m: Int, _ d: Int) -> Period { Period(since: CalendarDate(year: 2016, month: m, day: d), until: CalendarDate(year: 2016, month: m, day: d)) }
        #expect(try #require(report.dataset).relationships.map(\.period) == [day(2, 3), day(2, 5), day(3, 4), day(2, 4), day(2, 5)])
    }
}
