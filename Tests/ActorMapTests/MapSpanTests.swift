import Foundation
import Testing
@testable import ActorMap

/// 1985 has one positive tie, 1995 two (contention is not positive), 1999 three; the map is
/// recorded as of 2003.
let sparseStart = """
    title: Sparse start
    as_of: 2003
    actors:
      - {id: a, name: A, kind: federation, since: 1985}
      - {id: b, name: B, kind: city-government, since: 1985}
      - {id: c, name: C, kind: donor, since: 1985}
      - {id: d, name: D, kind: support-ngo, since: 1985}
    relationships:
      - {from: a, to: b, type: collaboration, since: 1985}
      - {from: a, to: c, type: collaboration, since: 1995}
      - {from: c, to: d, type: collaboration, since: 1999}
      - {from: b, to: d, type: contention, since: 1990}
    """

@Suite struct MapSpanTests {
    /// Every actor and tie has both ends: the span is the earliest to the latest dated year.
    @Test func closedMapRunsFromFirstToLastDatedYear() throws {
        let dataset = try #require(check("""
            title: Closed
            actors:
              - {id: a, name: A, kind: federation, since: 1992, until: 2008}
              - {id: b, name: B, kind: city-government, since: 1995, until: 2008}
            relationships:
              - {from: a, to: b, type: mou, since: 1996, until: 2004-06}
            """).dataset)
        let span = try #require(MapSpan(dataset, currentYear: 2030))
        #expect(span.years == 1992...2008)
        #expect(span.end == .lastDatedYear)
        #expect(span.contains(.year(1992)) && span.contains(.year(2008)))
        #expect(!span.contains(.year(1980)) && !span.contains(.year(2015)) && !span.contains(.year(1915)))
        #expect(span.contains(.window(1992...2008)) && !span.contains(.window(1990...1995)))
        #expect(span.contains(.date(try #require(CalendarDate(parsing: "2008-12-31")))))
        #expect(!span.contains(.date(try #require(CalendarDate(parsing: "2009-01")))))
        #expect(span.contains(.allTime))
        #expect(throws: OutsideSpanError.self) { try span.check(.year(1980)) }
        #expect(OutsideSpanError(moment: .year(1980), span: span).description
            == "1980 is outside the map: the map runs from 1992 to 2008; choose a year inside it.")
    }

    /// An actor without `until` still holds: the map runs to its `as_of`, else to this year.
    @Test func openEndedMapRunsToAsOfOrTheCurrentYear() throws {
        let text = """
            title: Open
            actors:
              - {id: a, name: A, kind: federation, since: 1992}
              - {id: b, name: B, kind: city-government, since: 1995, until: 2008}
            relationships:
              - {from: a, to: b, type: mou, since: 1996, until: 2004}
            """
        let open = try #require(check(text).dataset)
        let toNow = try #require(MapSpan(open, currentYear: 2026))
        #expect(toNow.years == 1992...2026 && toNow.end == .currentYear)
        #expect(MapSpan(open)?.years.upperBound == Calendar(identifier: .gregorian).component(.year, from: Date()))

        let recorded = try #require(check(text.replacingOccurrences(of: "title: Open", with: "title: Open\nas_of: 2012-06")).dataset)
        #expect(recorded.asOf == CalendarDate(year: 2012, month: 6))
        let toAsOf = try #require(MapSpan(recorded, currentYear: 2026))
        #expect(toAsOf.years == 1992...2012 && toAsOf.end == .asOf)
        // An as_of before the last dated year does not cut dated events off.
        let early = try #require(check(text.replacingOccurrences(of: "title: Open", with: "title: Open\nas_of: 2001")).dataset)
        #expect(MapSpan(early, currentYear: 2026)?.years == 1992...2008)
        #expect(MapSpan(early, currentYear: 2026)?.end == .lastDatedYear)
        #expect(MapSpan(open, currentYear: 2000)?.end == .lastDatedYear)
    }

    @Test func undatedMapHasNoSpan() throws {
        let dataset = try #require(check("""
            title: Undated
            actors:
              - {id: a, name: A, kind: federation}
            relationships: []
            """).dataset)
        #expect(MapSpan(dataset) == nil)
    }

    @Test func asOfIsCheckedLikeAnyDate() {
        let report = check("""
            title: Bad
            as_of: 2017-13
            actors:
              - {id: a, name: A, kind: federation}
            relationships: []
            """)
        #expect(report.dataset == nil)
        #expect(report.problems.contains { $0.path == "as_of" && $0.severity == .error })
    }

    @Test func asOfRoundTripsThroughTheNativeWriter() throws {
        let dataset = try #require(check("""
            title: Recorded
            as_of: 2019
            actors:
              - {id: a, name: A, kind: federation, since: 2000}
            relationships: []
            """).dataset)
        for syntax in [DatasetReader.Syntax.yaml, .json] {
            let text = NativeDatasetWriter().text(dataset, syntax: syntax)
            #expect(text.contains("as_of"))
            #expect(check(text, syntax: syntax).dataset?.asOf == CalendarDate(year: 2019))
        }
    }

    /// 1985 has one tie, 1999 three: a comparison starts in 1999 and says why.
    @Test func defaultComparisonSkipsYearsWithFewTies() throws {
        let dataset = try #require(check(sparseStart).dataset)
        let span = try #require(MapSpan(dataset))
        #expect(span.years == 1985...2003)
        let chosen = DefaultYears(dataset, span: span, options: ProjectionOptions())
        #expect(chosen.years == 1999...2003, "contention is not a positive tie, so 1995 has only 2")
        #expect(chosen.reason == "From 1999, the first year with at least 3 ties, to 2003, the year the map is recorded as of.")
        let signed = DefaultYears(dataset, span: span, options: ProjectionOptions(types: .all))
        #expect(signed.years == 1995...2003)
    }

    @Test func fewTiesAreNoted() throws {
        let dataset = try #require(check("""
            title: Sparse
            actors:
              - {id: a, name: A, kind: federation, since: 1985}
              - {id: b, name: B, kind: city-government, since: 1985}
              - {id: c, name: C, kind: donor, since: 1985}
            relationships:
              - {from: a, to: b, type: collaboration, since: 1985}
              - {from: a, to: c, type: collaboration, since: 1990}
              - {from: b, to: c, type: collaboration, since: 1991}
            """).dataset)
        #expect(MetricsTable(Snapshot(dataset, at: .year(1985))).fewTiesNote == "1985 has only 1 tie on this projection; its figures say little.")
        #expect(MetricsTable(Snapshot(dataset, at: .year(1990))).fewTiesNote == "1990 has only 2 ties on this projection; its figures say little.")
        #expect(MetricsTable(Snapshot(dataset, at: .year(1991))).fewTiesNote == nil)
        #expect(MetricsTable(Snapshot(dataset, at: .year(1980))).fewTiesNote == "1980 has no ties on this projection; its figures say little.")
    }
}

/// The years a series, a timeline or a report covers, chosen by one rule from what was given.
@Suite struct ChosenYearsTests {
    @Test func missingEndsComeFromTheMap() throws {
        let dataset = try #require(check(sparseStart).dataset)
        let given = "Years chosen by hand."
        func years(_ first: Int?, _ last: Int?, _ start: DefaultYears.Start) throws -> DefaultYears {
            try DefaultYears(dataset, from: first, to: last, start: start, given: given)
        }
        #expect(try years(nil, nil, .spanStart).years == 1985...2003)
        #expect(try years(nil, nil, .firstYearWithTies) == DefaultYears(dataset, span: try #require(MapSpan(dataset)), options: ProjectionOptions()))
        #expect(try years(nil, 2001, .firstYearWithTies) == DefaultYears(1999...2001, reason: given))
        #expect(try years(nil, 2001, .spanStart).years == 1985...2001)
        #expect(try years(1990, nil, .firstYearWithTies) == DefaultYears(1990...2003, reason: given))
        #expect(throws: YearRangeError.backwards(first: 1999, last: 1995)) { try years(nil, 1995, .firstYearWithTies) }
        #expect(throws: YearRangeError.backwards(first: 2002, last: 2001)) { try years(2002, 2001, .spanStart) }
    }

    @Test func aMapWithoutDatesNeedsBothEnds() throws {
        let undated = try #require(check("""
            title: Undated
            actors:
              - {id: a, name: A, kind: federation}
              - {id: b, name: B, kind: donor}
            relationships:
              - {from: a, to: b, type: funding}
            """).dataset)
        #expect(throws: YearRangeError.noDates) { try DefaultYears(undated, from: 2000, to: nil, start: .spanStart, given: "") }
        #expect(try DefaultYears(undated, from: 2000, to: 2004, start: .firstYearWithTies, given: "by hand").years == 2000...2004)
    }

    /// A map's dated years and its span come from one reading of its periods.
    @Test func theDatedYearsAreTheSpanOfAClosedMap() throws {
        let dataset = try #require(check(sparseStart).dataset)
        #expect(dataset.yearSpan == 1985...1999)
        #expect(MapSpan(dataset)?.years == 1985...2003, "open-ended, so on to as_of")
    }
}
