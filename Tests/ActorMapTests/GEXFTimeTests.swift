import Foundation
import Testing
@testable import ActorMap

/// Time in GEXF as Gephi writes it: intervals or timestamps, in years, dates or date-times,
/// and weights and attributes that change over time.
@Suite struct GEXFTimeTests {
    func read(_ body: String, graph: String = "mode=\"dynamic\" defaultedgetype=\"directed\"") throws -> ValidationReport {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph \(graph)>
            \(body)
              </graph>
            </gexf>
            """
        return GEXFReader().check(data: Data(text.utf8), file: "time.gexf")
    }

    static let twoNodes = "<nodes><node id=\"0\" label=\"Hello\"/><node id=\"1\" label=\"Word\"/></nodes>"

    @Test func aWeightThatChangesSplitsTheTie() throws {
        // Gephi's own dynamicedgeweight.gexf: weight 1 at 2004, 2 at 2005.
        let report = try read("""
            <attributes class="edge" mode="dynamic"><attribute id="weight" title="Weight" type="double"/></attributes>
            \(Self.twoNodes)
            <edges><edge id="0" source="0" target="1">
              <attvalues>
                <attvalue for="weight" value="1" timestamp="2004"/>
                <attvalue for="weight" value="2" timestamp="2005"/>
              </attvalues>
            </edge></edges>
            """, graph: "mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"double\" timerepresentation=\"timestamp\"")
        #expect(report.problems.isEmpty, "\(report.problems)")
        let ties = try #require(report.dataset).relationships
        #expect(ties.map(\.weight) == [1, 2])
        #expect(ties.map(\.period) == [
            Period(since: CalendarDate(year: 2004), until: CalendarDate(year: 2004)),
            Period(since: CalendarDate(year: 2005), until: CalendarDate(year: 2005)),
        ])
    }

    @Test func intervalValuesGiveOneTiePerInterval() throws {
        let report = try read("""
            <attributes class="edge" mode="dynamic">
              <attribute id="w" title="weight" type="double"/>
              <attribute id="s" title="status" type="string"/>
            </attributes>
            \(Self.twoNodes)
            <edges><edge id="e" source="0" target="1" start="2001" end="2010">
              <attvalues>
                <attvalue for="s" value="talks" start="2001" end="2010"/>
                <attvalue for="w" value="3" start="2006" end="2010"/>
                <attvalue for="w" value="1" start="2001" end="2005"/>
              </attvalues>
            </edge></edges>
            """)
        #expect(report.errors.isEmpty, "\(report.errors)")
        let ties = try #require(report.dataset).relationships
        // Three spans of values: 2001–2010 (status; weight 1 holds at 2001), 2001–2005, 2006–2010.
        #expect(ties.map { "\($0.period) w\($0.weight.formatted()) \($0.attributes["status"]?.description ?? "-")" } == [
            "\(Period(since: CalendarDate(year: 2001), until: CalendarDate(year: 2010))) w1 talks",
            "\(Period(since: CalendarDate(year: 2001), until: CalendarDate(year: 2005))) w1 talks",
            "\(Period(since: CalendarDate(year: 2006), until: CalendarDate(year: 2010))) w3 talks",
        ])
    }

    @Test func timestampsInEveryForm() throws {
        let report = try read("""
            \(Self.twoNodes)
            <edges>
              <edge id="a" source="0" target="1" timestamp="2012-01-12T15:00:00+03:00"/>
              <edge id="b" source="1" target="0" timestamps="&lt;[2013-05-01, 2014-06-02, 2015-07-03]&gt;"/>
              <edge id="c" source="0" target="1"><timestamps><timestamp timestamp="2016-01-01"/></timestamps></edge>
              <edge id="d" source="1" target="0" intervals="&lt;[2017-01-01, 2017-06-30]; [2018-01-01, Infinity]&gt;"/>
            </edges>
            """, graph: "mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"dateTime\" timerepresentation=\"timestamp\"")
        #expect(report.errors.isEmpty, "\(report.errors)")
        let ties = try #require(report.dataset).relationships
        func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }
        #expect(ties.map(\.period) == [
            Period(since: day(2012, 1, 12), until: day(2012, 1, 12)),
            Period(since: day(2013, 5, 1), until: day(2013, 5, 1)),
            Period(since: day(2014, 6, 2), until: day(2014, 6, 2)),
            Period(since: day(2015, 7, 3), until: day(2015, 7, 3)),
            Period(since: day(2016, 1, 1), until: day(2016, 1, 1)),
            Period(since: day(2017, 1, 1), until: day(2017, 6, 30)),
            Period(since: day(2018, 1, 1)),
        ])
        #expect(ties.map { $0.attributes["original_id"]?.description } == ["a", "b", "b", "b", "c", "d", "d"])
    }

    @Test func aSliceDatesEveryTie() throws {
        let report = try read("""
            \(Self.twoNodes)
            <edges><edge id="0" source="0" target="1" weight="2"/></edges>
            """, graph: "mode=\"slice\" defaultedgetype=\"directed\" timerepresentation=\"timestamp\" timestamp=\"2007\"")
        let dataset = try #require(report.dataset)
        #expect(dataset.relationships.map(\.period) == [Period(since: CalendarDate(year: 2007), until: CalendarDate(year: 2007))])
        #expect(dataset.actors.allSatisfy { $0.period == Period(since: CalendarDate(year: 2007), until: CalendarDate(year: 2007)) })
        #expect(dataset.relationships[0].weight == 2)
    }

    @Test func aValueOfAnUndeclaredAttributeIsReported() throws {
        let report = try read("""
            \(Self.twoNodes)
            <edges><edge id="0" source="0" target="1"><attvalues><attvalue for="9" value="x"/></attvalues></edge></edges>
            """)
        #expect(report.warnings.map(\.message) == ["this value is for the edge attribute '9', which the file does not declare, so it is left out."])
    }
}
