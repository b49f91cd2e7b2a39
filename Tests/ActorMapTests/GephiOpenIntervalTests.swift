import Foundation
import Testing
@testable import ActorMap

/// Open bounds in Gephi's time sets and values over time, and GEXF's `startopen` and
/// `endopen`: a bound names a year, month or day, which an open bound leaves out.
///
/// Each expected interval is worked by hand from that rule; the GEXF case is the shape of
/// Gephi's own example of open intervals (github.com/gephi/gexf, `data/dynamics_openintervals.gexf`),
/// whose values are written to follow one another without overlap.
@Suite struct GephiOpenIntervalTests {
    /// The intervals of a time set as `start..end`, `∞` where infinite and `!` after one that
    /// holds no time.
    func read(_ text: String, timestamps: Bool = false) -> [String]? {
        GephiTimeSet.intervals(text, timestamps: timestamps)?.map { "\($0.start ?? "∞")..\($0.end ?? "∞")\($0.holdsNoTime ? "!" : "")" }
    }

    @Test func yearsLeaveOutTheYearAnOpenBoundNames() {
        #expect(read("<[2005, 2010]>") == ["2005..2010"])
        // [2005, 2010): 2005, 2006, 2007, 2008, 2009.
        #expect(read("<[2005, 2010)>") == ["2005..2009"])
        // (2005, 2010]: 2006 to 2010.
        #expect(read("<(2005, 2010]>") == ["2006..2010"])
        #expect(read("<(2005, 2010)>") == ["2006..2009"])
        // Gephi writes years as doubles.
        #expect(read("<(2005.0, 2010.0)>") == ["2006..2009"])
        // Brackets without the angles, as Gephi's importer takes them.
        #expect(read("[2005, 2010)") == ["2005..2009"])
        // Several intervals, each by its own brackets.
        #expect(read("<[2000, 2005]; (2005, 2010); [2010, 2015)>") == ["2000..2005", "2006..2009", "2010..2014"])
    }

    @Test func infinitiesStayInfinite() {
        #expect(read("<[-Infinity, 2010)>") == ["∞..2009"])
        #expect(read("<(-Infinity, 2010]>") == ["∞..2010"])
        #expect(read("<(2005, Infinity]>") == ["2006..∞"])
        #expect(read("<(2005, Infinity)>") == ["2006..∞"])
        #expect(read("<(-infinity, infinity)>") == ["∞..∞"])
        // Time runs from -Infinity to Infinity: an interval starting at Infinity, or ending
        // at -Infinity, is none (Gephi refuses a low bound above the high one).
        #expect(read("<[Infinity, 2010]>") == nil)
        #expect(read("<[2005, -Infinity)>") == nil)
    }

    @Test func monthsAndDaysStepByTheirOwnPrecision() {
        #expect(read("<[2016-01, 2016-03)>") == ["2016-01..2016-02"])
        // Across a year's end.
        #expect(read("<(2016-12, 2017-03]>") == ["2017-01..2017-03"])
        // [3 Feb, 5 Feb) holds the 3rd and the 4th.
        #expect(read("<[2016-02-03, 2016-02-05)>") == ["2016-02-03..2016-02-04"])
        // 2016 is a leap year: the day before 1 March is 29 February.
        #expect(read("<[2016-02-20, 2016-03-01)>") == ["2016-02-20..2016-02-29"])
        #expect(read("<[2015-02-20, 2015-03-01)>") == ["2015-02-20..2015-02-28"])
        #expect(read("<(2015-12-31, 2016-01-01]>") == ["2016-01-01..2016-01-01"])
    }

    /// A date-time is a moment within its day: an open bound there leaves the day in, but for
    /// an open end at midnight, which comes before all of its day.
    @Test func dateTimesKeepTheirDayUnlessAnOpenEndIsAtMidnight() {
        #expect(read("<(2016-02-03T10:00:00, 2016-02-05T12:30:00)>") == ["2016-02-03T10:00:00..2016-02-05T12:30:00"])
        #expect(read("<[2016-02-03T10:00:00, 2016-02-05T00:00:00)>") == ["2016-02-03T10:00:00..2016-02-04"])
        #expect(read("<[2016-02-03, 2016-03-01T00:00:00.000+01:00)>") == ["2016-02-03..2016-02-29"])
        #expect(read("<[2016-02-03, 2016-03-01 00:00)>") == ["2016-02-03..2016-02-29"])
        // Midnight as a start is the start of its day, open or not.
        #expect(read("<(2016-02-03T00:00:00, 2016-02-05]>") == ["2016-02-03T00:00:00..2016-02-05"])
    }

    @Test func openBoundsWithNothingBetweenHoldNoTime() {
        #expect(read("<(2005, 2006)>") == ["2006..2005!"])
        #expect(read("<[2005, 2005)>") == ["2005..2004!"])
        #expect(read("<(2005, 2005]>") == ["2006..2005!"])
        #expect(read("<(2016-02-03, 2016-02-04)>") == ["2016-02-04..2016-02-03!"])
        // Past the years ActorMap holds, 1 to 9999.
        #expect(read("<(9999, Infinity)>")?.first?.hasSuffix("!") == true)
        #expect(read("<[-Infinity, 0001)>")?.first?.hasSuffix("!") == true)
        // Reversed as written, it is kept as written, for the reader to say so.
        #expect(read("<(2010, 2005)>") == ["2010..2005"])
        let problem = GephiTimeSet.noTimeProblem("(2005, 2006)")
        #expect(problem.message.hasPrefix("the interval (2005, 2006) holds no whole year, month or day"))
    }

    @Test func timestampsIgnoreTheBrackets() {
        #expect(read("<(2005, 2006, 2007)>") == ["2005..2005", "2006..2006", "2007..2007"])
        #expect(read("<(2005, 2006)>", timestamps: true) == ["2005..2005", "2006..2006"])
    }

    @Test func valuesOverTimeFollowTheSameRule() throws {
        let values = try #require(GephiTimeSet.values("<[2000.0, 2005.0, 15]; (2005.0, 2010.0, 20); [2010.0, 2015.0, 25)>"))
        // A closed bound is kept as written; an open one becomes the year next to it.
        #expect(values.map { "\($0.start!)..\($0.end!)=\($0.value)" } == ["2000.0..2005.0=15", "2006..2009=20", "2010.0..2014=25"])
        #expect(GephiTimeSet.values("<(2005, 2006, 1)>")?.first?.holdsNoTime == true)
        // A timestamp's bracket is one moment.
        #expect(GephiTimeSet.values("<(2005, 3.0)>")?.map { "\($0.start!)..\($0.end!)" } == ["2005..2005"])
        #expect(GephiTimeSet.values("<[Infinity, 2010, 1]>") == nil)
    }

    // MARK: Through the readers

    func readTables(_ files: [(String, String)]) throws -> ValidationReport {
        let folder = try TemporaryDirectory()
        return DatasetReader().check(contentsOf: try files.map { try folder.write($0.0, $0.1) })
    }

    static func years(_ first: Int, _ last: Int?) -> Period {
        Period(since: CalendarDate(year: first), until: last.flatMap { CalendarDate(year: $0) })
    }

    @Test func aDataLaboratoryTimeSetWithOpenBounds() throws {
        let report = try readTables([("edges.csv", """
            Source,Target,Type,timeset
            a,b,Directed,"<[2005, 2010)>"
            b,c,Directed,"<(2005, 2010]; (2012, Infinity)>"
            """)])
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(try #require(report.dataset).relationships.map(\.period) == [Self.years(2005, 2009), Self.years(2006, 2010), Self.years(2013, nil)])
    }

    /// Gephi's example values, as a weight over time: one tie per value, one after another,
    /// with no overlap to report (read as closed, 2005 and 2010 would each count twice).
    @Test func aWeightOverTimeWithOpenBoundsDoesNotOverlap() throws {
        let report = try readTables([("edges.csv", """
            Source,Target,Weight
            a,b,"<[2000.0, 2005.0, 15]; (2005.0, 2010.0, 20); [2010.0, 2015.0, 25)>"
            """)])
        #expect(report.problems.isEmpty, "\(report.problems)")
        let ties = try #require(report.dataset).relationships
        #expect(ties.map { "\($0.period) \($0.weight.formatted())" } == [
            "\(Self.years(2000, 2005)) 15", "\(Self.years(2006, 2009)) 20", "\(Self.years(2010, 2014)) 25",
        ])
    }

    @Test func anIntervalThatHoldsNoTimeIsRefusedAtItsCell() throws {
        for (column, cell) in [("timeset", "<[2000, 2004]; (2005, 2006)>"), ("Weight", "<(2005, 2006, 2.0)>"), ("outlook", "<(2005, 2006, wary)>")] {
            let report = try readTables([("edges.csv", "Source,Target,\(column)\na,b,\"\(cell)\"\n")])
            #expect(report.dataset == nil, "\(column)")
            let problem = try #require(report.errors.first, "\(column)")
            #expect(report.errors.count == 1, "\(report.errors)")
            #expect(problem.message.hasPrefix("the interval (2005, 2006"), "\(problem.message)")
            #expect(problem.fix?.hasPrefix("close a bound with [ or ]") == true)
            #expect((problem.line, problem.column) == (2, 3))
        }
    }

    func readGEXF(_ body: String) -> ValidationReport {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.2draft" version="1.2">
              <graph defaultedgetype="directed" timeformat="double" mode="dynamic">
            \(body)
              </graph>
            </gexf>
            """
        return GEXFReader().check(data: Data(text.utf8), file: "open.gexf")
    }

    /// Gephi's example: each value of `value` over [2000, 2005], (2005, 2010), [2010, 2015).
    @Test func gephisOpenIntervalsExampleFollowsOnWithoutOverlap() throws {
        let values = """
            <attvalues>
              <attvalue for="value" value="15" start="2000.0" end="2005.0"></attvalue>
              <attvalue for="value" value="20" startopen="2005.0" endopen="2010.0"></attvalue>
              <attvalue for="value" value="25" start="2010.0" endopen="2015.0"></attvalue>
            </attvalues>
            """
        let report = readGEXF("""
            <attributes class="node" mode="dynamic"><attribute id="value" title="value" type="integer"></attribute></attributes>
            <attributes class="edge" mode="dynamic"><attribute id="value" title="value" type="integer"></attribute></attributes>
            <nodes>
              <node id="1" label="growing slowly">\(values)</node>
              <node id="2" label="growing fast"></node>
            </nodes>
            <edges><edge source="1" target="2">\(values)</edge></edges>
            """)
        #expect(report.problems.isEmpty, "\(report.problems)")
        let dataset = try #require(report.dataset)
        let expected = [Self.years(2000, 2005), Self.years(2006, 2009), Self.years(2010, 2014)]
        #expect(dataset.relationships.map(\.period) == expected)
        #expect(dataset.relationships.map { $0.attributes["value"] } == [.integer(15), .integer(20), .integer(25)])
        let dated = try #require(dataset.actors[0].datedAttributes["value"])
        #expect(dated.map { Period(since: $0.since, until: $0.until) } == expected)
        #expect(dated.map(\.value) == [.integer(15), .integer(20), .integer(25)])
    }

    @Test func aGEXFSpanThatHoldsNoTimeIsRefusedAtItsLine() throws {
        let report = readGEXF("""
            <nodes><node id="1" label="One"/><node id="2" label="Two"/></nodes>
            <edges>
              <edge id="e" source="1" target="2">
                <spells><spell startopen="2005" endopen="2006"/></spells>
              </edge>
            </edges>
            """)
        #expect(report.dataset == nil)
        let problem = try #require(report.errors.first)
        #expect(report.errors.count == 1, "\(report.errors)")
        #expect(problem.message.hasPrefix("this span of edge 'e': the interval startopen=\"2005\" endopen=\"2006\" holds no whole year"), "\(problem.message)")
        #expect(problem.fix?.hasPrefix("write `start` for `startopen`") == true)
        #expect(problem.line == 7)
    }
}
