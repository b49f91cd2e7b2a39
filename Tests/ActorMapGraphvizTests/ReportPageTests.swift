import ActorMap
import Foundation
import Testing
@testable import ActorMapGraphviz

/// The page `report` writes and `serve` serves, made in one place: its years, chosen from the
/// map or given; its step; and the refusals, each checked against a count written out here.
@Suite struct ReportPageTests {
    /// Ties formed one a year: 1 in 2000, 2 in 2001, 3 in 2002; recorded as of 2004.
    let map = """
        version: 1
        title: Page
        as_of: 2004
        actors:
          - {id: a, name: A, kind: federation, since: 2000}
          - {id: b, name: B, kind: city-government, since: 2000}
          - {id: c, name: C, kind: donor, since: 2000}
          - {id: d, name: D, kind: support-ngo, since: 2000}
        relationships:
          - {from: a, to: b, type: collaboration, since: 2000}
          - {from: b, to: c, type: collaboration, since: 2001}
          - {from: c, to: d, type: funding, since: 2002}
        """

    @Test func theMapsOwnYearsStartAtTheFirstWithThreeTies() throws {
        let page = ReportPage(maps: nil)
        let years = try page.chosenYears(of: try dataset(map))
        // 2002 is the first year with three ties; 2004 the year the map is recorded as of.
        #expect(years.years == 2002...2004)
        let report = try page.measure(try dataset(map), over: years)
        #expect(report.series.moments == [.year(2002), .year(2003), .year(2004)])
        #expect(report.comparison == years.reason)
        #expect(report.diagrams.isEmpty)
    }

    @Test func givenYearsAndAStep() throws {
        let years = DefaultYears(2000...2004, reason: "Chosen by hand.")
        let page = ReportPage(years: years, step: 2, measure: .degree, generator: "test")
        let report = try page.page(of: try dataset(map))
        // 2000, 2002, 2004: every second year of five.
        #expect(report.series.moments == [.year(2000), .year(2002), .year(2004)])
        #expect(report.diagrams.count == 3)
        #expect(report.comparison == "Chosen by hand.")
        #expect(report.measure == .degree)
        #expect(report.html().contains("Made with test."))
        // A step below one is read as one.
        #expect(ReportPage(step: 0).step == 1)
    }

    @Test func refusals() throws {
        let undated = try dataset("""
            version: 1
            title: Undated
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: donor}
            relationships:
              - {from: b, to: a, type: funding}
            """)
        #expect(throws: ReportPageError.noDates) { try ReportPage().chosenYears(of: undated) }
        #expect(ReportPageError.noDates.description.contains("Fix:"))
        // 1700 to 2000 is 301 years, past the 200 a page shows.
        let long = ReportPage(years: DefaultYears(1700...2000, reason: ""), maps: nil)
        #expect(throws: ReportPageError.tooManyYears(301)) { try long.measure(try dataset(map), over: long.years!) }
        // Every third year of the same is 101 (1700, 1703, …, 2000), which is fine.
        #expect(ReportPage(step: 3).moments(of: DefaultYears(1700...2000, reason: "")).count == 101)
    }
}
