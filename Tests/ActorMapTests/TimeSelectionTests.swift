import Testing
@testable import ActorMap

@Suite struct TimeSelectionTests {
    @Test func readsYearsWindowsAndDates() throws {
        #expect(try TimeSelection(parsing: "2017") == .year(2017))
        #expect(try TimeSelection(parsing: " 2017 ") == .year(2017))
        #expect(try TimeSelection(parsing: "2010..2015") == .window(2010...2015))
        #expect(try TimeSelection(parsing: "2010...2015") == .window(2010...2015))
        #expect(try TimeSelection(parsing: "2017-06") == .date(try #require(CalendarDate(year: 2017, month: 6))))
        #expect(try TimeSelection(parsing: "2017-06-30") == .date(try #require(CalendarDate(year: 2017, month: 6, day: 30))))
        #expect(try TimeSelection.year(parsing: "1") == 1)
        #expect(try TimeSelection.year(parsing: "9999") == 9999)
    }

    /// Each of these overflowed `year * 10_000`, looped for ever or trapped before years
    /// were checked.
    @Test(arguments: [
        "922337203685478", "9223372036854775807", "-9223372036854775808", "99999999999999999999999",
        "0", "10000", "-5", "2000..9223372036854775807", "9223372036854775806..9223372036854775807",
        "0..2000", "2000..10000",
    ])
    func refusesYearsOutsideOneToNineThousand(_ text: String) {
        #expect(throws: TimeSelectionError.self) { try TimeSelection(parsing: text) }
    }

    @Test(arguments: ["", "abc", "2017a", "2015..", "..2015", "2015..2016..2017", "2017-02-30", "2017/06", "２０１７"])
    func refusesWhatIsNotAMoment(_ text: String) {
        #expect(throws: TimeSelectionError.self) { try TimeSelection(parsing: text) }
    }

    @Test func namesTheRangeAndTheFix() {
        #expect(throws: TimeSelectionError("922337203685478 is not a year ActorMap can use; years run from 1 to 9999.")) {
            try TimeSelection.year(parsing: "922337203685478")
        }
        #expect(throws: TimeSelectionError("the window 2015..2010 runs backwards; write the earlier year first: 2010..2015.")) {
            try TimeSelection(parsing: "2015..2010")
        }
    }

    /// A selection made in code with any `Int` covers no dated day rather than trapping.
    @Test func extremeYearsMadeInCodeDoNotOverflow() {
        let period = Period(since: CalendarDate(year: 2000), until: nil)
        #expect(!TimeSelection.year(Int.min).includes(period))
        #expect(TimeSelection.year(Int.max).includes(period), "an open end reaches every later year")
        #expect(!TimeSelection.window(Int.min...1).includes(period))
        #expect(TimeSelection.year(Int.max).lastDay == 10_000_1231)
    }

    @Test func seriesMomentsStayBounded() {
        #expect(MetricSeries.moments(from: 1, to: Int.max).count == 9999)
        #expect(MetricSeries.moments(from: 2000, to: 2001, window: Int.max) == [.window(2000...11998), .window(2001...11999)])
        #expect(MetricSeries.moments(from: 2000, to: 2010, step: Int.max) == [.year(2000)])
        #expect(MetricSeries.moments(from: 2000, to: 2010, step: 0) == MetricSeries.moments(from: 2000, to: 2010, step: 1))
    }
}
