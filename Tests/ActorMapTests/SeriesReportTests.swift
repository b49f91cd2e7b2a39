import Foundation
import Testing
@testable import ActorMap

@Suite struct SeriesReportTests {
    /// A name a spreadsheet would run as a formula and that holds a comma and a quote; an
    /// actor that joins late; an isolate whose constraint is undefined.
    let dataset: Dataset

    init() throws {
        dataset = try #require(check("""
            title: Series rows
            actors:
              - {id: fed, name: "=Federation, \\"north\\"", kind: federation}
              - {id: county, name: County, kind: county-government, since: 2011}
              - {id: donor, name: Donor, kind: donor}
              - {id: alone, name: Alone, kind: community-group}
            relationships:
              - {from: fed, to: county, type: mou, since: 2011}
              - {from: donor, to: fed, type: funding}
              - {from: donor, to: county, type: funding, since: 2012}
            """).dataset)
    }

    /// The CSV's rows are the tidy values, one for one and in order: the text written from
    /// each moment's table is what ``SeriesReport/actorValues`` (and so the JSON) holds.
    @Test(arguments: [true, false])
    func csvRowsAreTheTidyValues(neutralise: Bool) throws {
        let measures: [Measure] = [.pagerank, .degree, .constraint]
        let series = MetricSeries(dataset, moments: MetricSeries.moments(from: 2010, to: 2013),
                                  measures: Set(measures), mapFigures: [])
        let report = SeriesReport(series, measures: measures)
        let expected = ["year,id,name,group,metric,value,rank"] + report.actorValues.map { value in
            let number = value.value.map { value.measure.isCount ? String(Int($0)) : "\($0)" } ?? ""
            return [value.year, value.id, value.name, value.group, value.measure.name, number, value.rank.map(String.init) ?? ""]
                .map { CSVCell.field($0, neutralise: neutralise) }.joined(separator: ",")
        }
        let lines = report.csv(.actors, neutralise: neutralise).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "", "the text ends in a line break")
        #expect(lines.dropLast().map(String.init) == expected)
        // 3 actors in 2010, 4 from 2011, each with three measures.
        #expect(expected.count == 1 + 3 * (3 + 4 + 4 + 4))
        let name = neutralise ? #""'=Federation, ""north""""# : #""=Federation, ""north""""#
        #expect(expected.filter { $0.hasPrefix("2010,fed,\(name),") }.count == measures.count, "\(expected.prefix(4))")
        #expect(expected.contains("2013,alone,Alone,community,constraint,,"), "an isolate's constraint is undefined")
    }
}
