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

/// A moment given to an option that takes only some forms is refused in that option's terms.
@Suite struct RestrictedTimeSelectionTests {
    @Test func readsTheFormsAnOptionTakes() throws {
        #expect(try TimeSelection(parsing: "2012", as: "--at", accepting: [.year, .date]) == .year(2012))
        #expect(try TimeSelection(parsing: "2012-06", as: "--at", accepting: [.year, .date]) == .date(try #require(CalendarDate(year: 2012, month: 6))))
        #expect(try TimeSelection(parsing: "2010..2012", as: "--window", accepting: .window) == .window(2010...2012))
        #expect(try TimeSelection(parsing: " 2017 ", as: "--year", accepting: .year) == .year(2017))
        #expect(try TimeSelection(parsing: "2010..2012", as: "--from") == .window(2010...2012))
    }

    @Test func refusesTheOthersInTheOptionsTerms() {
        #expect(throws: TimeSelectionError("--at '2012..2014' is a window of years; give it as --window 2012..2014, or give --at one date.")) {
            try TimeSelection(parsing: "2012..2014", as: "--at", accepting: [.year, .date], elsewhere: [.window: "--window"])
        }
        #expect(throws: TimeSelectionError("--at '2012-13' is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, such as 2017-03-15 (the day must exist).")) {
            try TimeSelection(parsing: "2012-13", as: "--at", accepting: [.year, .date])
        }
        #expect(throws: TimeSelectionError("--window '2017' is not a range of years. Write it as 2010..2015.")) {
            try TimeSelection(parsing: "2017", as: "--window", accepting: .window)
        }
        #expect(throws: TimeSelectionError("--window '2012-2014' is not a range of years. Write it as 2010..2015.")) {
            try TimeSelection(parsing: "2012-2014", as: "--window", accepting: .window)
        }
        #expect(throws: TimeSelectionError("--year: '2017-06' is not a year; write it with digits, such as 2017.")) {
            try TimeSelection(parsing: "2017-06", as: "--year", accepting: .year)
        }
    }

    /// A year out of range and a window written backwards keep their own messages.
    @Test func ownMessagesAreKept() {
        #expect(throws: TimeSelectionError("--at: 99999 is not a year ActorMap can use; years run from 1 to 9999.")) {
            try TimeSelection(parsing: "99999", as: "--at", accepting: [.year, .date])
        }
        #expect(throws: TimeSelectionError("--window: the window 2014..2012 runs backwards; write the earlier year first: 2012..2014.")) {
            try TimeSelection(parsing: "2014..2012", as: "--window", accepting: .window)
        }
        #expect(throws: TimeSelectionError("--from: 'soon' is not a year (2017), a window (2015..2018) or a date (2017-06-30; the day must exist).")) {
            try TimeSelection(parsing: "soon", as: "--from")
        }
    }

    @Test func countsOfYearsAreChecked() throws {
        #expect(try TimeSelection.yearCount(3, as: "--step") == 3)
        #expect(throws: TimeSelectionError("--step takes a number of years from 1 to 9999; 0 is not one.")) { try TimeSelection.yearCount(0, as: "--step") }
        #expect(throws: TimeSelectionError("--window takes a number of years from 1 to 9999; 10000 is not one.")) { try TimeSelection.yearCount(10_000, as: "--window") }
    }
}

extension RestrictedTimeSelectionTests {
    /// Any other choice of forms is named with an example of each.
    @Test func otherChoicesNameTheirForms() throws {
        #expect(try TimeSelection(parsing: "2010..2020", as: "--metrics-year", accepting: [.year, .window]) == .window(2010...2020))
        #expect(throws: TimeSelectionError("--metrics-year takes a year (2017) or a window of years (2010..2015); '2017-06' is a date.")) {
            try TimeSelection(parsing: "2017-06", as: "--metrics-year", accepting: [.year, .window])
        }
        #expect(throws: TimeSelectionError("--metrics-year 'soon' is not a year (2017) or a window of years (2010..2015).")) {
            try TimeSelection(parsing: "soon", as: "--metrics-year", accepting: [.year, .window])
        }
    }
}
