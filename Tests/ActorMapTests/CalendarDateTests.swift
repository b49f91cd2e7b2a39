import Testing
@testable import ActorMap

@Suite struct CalendarDateTests {
    @Test(arguments: ["2017", "2017-03", "2017-03-15", "2000-02-29", "0001"])
    func parsesAndPrintsBack(_ text: String) throws {
        let date = try #require(CalendarDate(parsing: text))
        #expect(date.description == text)
    }

    @Test(arguments: ["", "17", "2017-3", "2017-13", "2017-02-29", "1900-02-29", "2017-04-31", "2017/03/01", "２０１７", "2017-03-15T00:00", "-2017", "abcd"])
    func rejects(_ text: String) {
        #expect(CalendarDate(parsing: text) == nil)
    }

    @Test func coversItsWholeSpan() throws {
        let year = try #require(CalendarDate(parsing: "2016"))
        #expect(year.firstDay == 2016_01_01)
        #expect(year.lastDay == 2016_12_31)
        let february = try #require(CalendarDate(parsing: "2016-02"))
        #expect(february.firstDay == 2016_02_01)
        #expect(february.lastDay == 2016_02_29)
        let day = try #require(CalendarDate(parsing: "2016-02-10"))
        #expect(day.firstDay == day.lastDay)
    }

    @Test func periodsIncludeBothEnds() throws {
        let period = Period(since: CalendarDate(year: 2017), until: CalendarDate(year: 2022))
        #expect(!TimeSelection.year(2016).includes(period))
        #expect(TimeSelection.year(2017).includes(period))
        #expect(TimeSelection.year(2022).includes(period))
        #expect(!TimeSelection.year(2023).includes(period))
        #expect(TimeSelection.window(2010...2017).includes(period))
        #expect(TimeSelection.window(2022...2030).includes(period))
        #expect(!TimeSelection.window(2023...2030).includes(period))
        #expect(TimeSelection.date(try #require(CalendarDate(parsing: "2022-12-31"))).includes(period))
        #expect(!TimeSelection.date(try #require(CalendarDate(parsing: "2016-12-31"))).includes(period))
    }

    @Test func datesInsideAYearNarrowThePeriod() throws {
        let period = Period(since: CalendarDate(parsing: "2017-06-15"), until: CalendarDate(parsing: "2018-03"))
        #expect(!TimeSelection.date(try #require(CalendarDate(parsing: "2017-06-14"))).includes(period))
        #expect(TimeSelection.date(try #require(CalendarDate(parsing: "2017-06-15"))).includes(period))
        #expect(TimeSelection.date(try #require(CalendarDate(parsing: "2018-03-31"))).includes(period))
        #expect(!TimeSelection.date(try #require(CalendarDate(parsing: "2018-04-01"))).includes(period))
        #expect(TimeSelection.year(2017).includes(period))
        #expect(TimeSelection.year(2018).includes(period))
        #expect(TimeSelection.date(try #require(CalendarDate(parsing: "2018"))).includes(period))
    }

    @Test func openEndsReachAllTime() {
        #expect(TimeSelection.year(1).includes(Period(until: CalendarDate(year: 2000))))
        #expect(TimeSelection.year(9999).includes(Period(since: CalendarDate(year: 2000))))
        #expect(TimeSelection.allTime.includes(Period(since: CalendarDate(year: 2000), until: CalendarDate(year: 2001))))
    }

    @Test func reversedPeriodsAreRecognised() {
        #expect(Period(since: CalendarDate(year: 2020), until: CalendarDate(year: 2019)).isReversed)
        #expect(!Period(since: CalendarDate(parsing: "2020-05"), until: CalendarDate(year: 2020)).isReversed)
        #expect(!Period.always.isReversed)
    }
}
