import Foundation
import Testing
@testable import ActorMap

/// Dates with slashes, read in the order the analyst gives, and refused with the option to
/// set when none is given.
@Suite struct DateTextTests {
    @Test func readsEachOrder() {
        let day = CalendarDate(year: 2017, month: 3, day: 15)!
        #expect(DateText.read("15/03/2017", order: .dmy) == .date(day))
        #expect(DateText.read("3/15/2017", order: .mdy) == .date(day))
        #expect(DateText.read("2017/03/15", order: .ymd) == .date(day))
        #expect(DateText.read("15/03/2017 10:30", order: .dmy) == .date(day))
        #expect(DateText.read("03/2017", order: .dmy) == .date(CalendarDate(year: 2017, month: 3)!))
        #expect(DateText.read("2017/03", order: .ymd) == .date(CalendarDate(year: 2017, month: 3)!))
        // ISO dates need no order.
        #expect(DateText.read("2017-03-15", order: nil) == .date(day))
        #expect(DateText.read("2017-03-15T08:00:00Z", order: nil) == .date(day))
    }

    /// A year of four digits and text with visible edges are read without trimming; text with
    /// spaces, tabs or other line breaks at either end is still trimmed first.
    @Test func readsYearsAndTrimsEdges() {
        #expect(DateText.read("2017", order: nil) == .date(CalendarDate(year: 2017)!))
        #expect(DateText.read("0001", order: nil) == .date(CalendarDate(year: 1)!))
        #expect(DateText.read("0000", order: nil) == .yearOutOfRange)
        #expect(DateText.read("20x7", order: nil) == .invalid)
        for padded in [" 2017", "2017 ", "\t2017\n", "\u{85}2017", "2017\u{2028}", "\u{A0}2017\u{3000}"] {
            #expect(DateText.read(padded, order: nil) == .date(CalendarDate(year: 2017)!), "\(padded.unicodeScalars.map(\.value))")
        }
        #expect(DateText.read(" 2017-03 ", order: nil) == .date(CalendarDate(year: 2017, month: 3)!))
        #expect(DateText.read("２０１７", order: nil) == .invalid)
    }

    @Test func refusesWhatIsNoDate() {
        #expect(DateText.read("15/03/2017", order: nil) == .needsOrder)
        #expect(DateText.read("15/03/2017", order: .mdy) == .invalid)   // no 15th month
        #expect(DateText.read("31/02/2017", order: .dmy) == .invalid)   // no 31st of February
        #expect(DateText.read("15/03/17", order: .dmy) == .invalid)     // which century?
        #expect(DateText.read("15//2017", order: .dmy) == .invalid)
        #expect(DateText.read("soon", order: .dmy) == .invalid)
    }

    func readCSV(_ text: String, order: ReadingOptions.DateOrder?) throws -> ValidationReport {
        let folder = try TemporaryDirectory()
        return DatasetReader(options: ReadingOptions(dateOrder: order)).check(contentsOf: try folder.write("ties.csv", text))
    }

    @Test func everyReaderHonoursTheOrder() throws {
        let csv = "from,to,since,until\na,b,15/03/2017,01/04/2018\n"
        let refused = try readCSV(csv, order: nil)
        #expect(refused.dataset == nil)
        let problem = try #require(refused.errors.first)
        #expect(problem.message == "'15/03/2017' is a date with slashes, which reads day first or month first.")
        #expect(problem.fix?.contains("--date-format dmy") == true)
        #expect((problem.line, problem.column) == (2, 3))
        let read = try #require(try readCSV(csv, order: .dmy).dataset)
        #expect(read.relationships[0].period == Period(since: CalendarDate(year: 2017, month: 3, day: 15), until: CalendarDate(year: 2018, month: 4, day: 1)))

        let graphML = """
            <graphml><key id="s" for="edge" attr.name="since" attr.type="string"/>
            <graph edgedefault="undirected"><node id="a"/><node id="b"/>
            <edge source="a" target="b"><data key="s">04/05/2016</data></edge></graph></graphml>
            """
        let gexf = """
            <gexf version="1.3"><graph><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
            <edges><edge id="0" source="a" target="b" start="04/05/2016"/></edges></graph></gexf>
            """
        let yaml = """
            title: t
            actors:
              - {id: a, name: A, kind: donor}
              - {id: b, name: B, kind: donor}
            relationships:
              - {from: a, to: b, type: funding, since: 04/05/2016}
            """
        let reports: [(ReadingOptions) -> ValidationReport] = [
            { GraphMLReader(options: $0).check(data: Data(graphML.utf8), file: "m.graphml") },
            { GEXFReader(options: $0).check(data: Data(gexf.utf8), file: "m.gexf") },
            { DatasetReader(options: $0).check(data: Data(yaml.utf8), syntax: .yaml, file: "m.yaml") },
        ]
        for report in reports {
            #expect(report(ReadingOptions()).errors.first?.fix == DateText.orderFix)
            #expect(report(ReadingOptions(dateOrder: .dmy)).dataset?.relationships[0].period.since == CalendarDate(year: 2016, month: 5, day: 4))
            #expect(report(ReadingOptions(dateOrder: .mdy)).dataset?.relationships[0].period.since == CalendarDate(year: 2016, month: 4, day: 5))
        }
    }
}
