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
        // The edge's own 2001–2010, cut where a value starts or ends: 2001–2005 (weight 1,
        // talks) and 2006–2010 (weight 3, talks). No year is covered twice, so no weight is
        // counted twice.
        #expect(ties.map { "\($0.period) w\($0.weight.formatted()) \($0.attributes["status"]?.description ?? "-")" } == [
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
    // MARK: Time out of order

    static func year(_ year: Int) -> CalendarDate? { CalendarDate(year: year) }

    /// Spells in any order give the same ties; a spell that ends before it starts is refused
    /// at its own line; spells that overlap are read as one stretch, with a warning there.
    @Test func spellsOutOfOrderReversedOrOverlapping() throws {
        let ordered = try read("""
            \(Self.twoNodes)
            <edges><edge id="e" source="0" target="1"><spells>
              <spell start="2000" end="2003"/>
              <spell start="2008" end="2010"/>
            </spells></edge></edges>
            """)
        let shuffled = try read("""
            \(Self.twoNodes)
            <edges><edge id="e" source="0" target="1"><spells>
              <spell start="2008" end="2010"/>
              <spell start="2000" end="2003"/>
            </spells></edge></edges>
            """)
        #expect(ordered.problems.isEmpty && shuffled.problems.isEmpty, "\(ordered.problems) \(shuffled.problems)")
        let periods = { (report: ValidationReport) in Set(report.dataset?.relationships.map(\.period) ?? []) }
        #expect(periods(ordered) == [Period(since: Self.year(2000), until: Self.year(2003)), Period(since: Self.year(2008), until: Self.year(2010))])
        #expect(periods(shuffled) == periods(ordered))

        let reversed = try read("""
            \(Self.twoNodes)
            <edges><edge id="e" source="0" target="1"><spells>
              <spell start="2000" end="2003"/>
              <spell start="2010" end="2008"/>
            </spells></edge></edges>
            """)
        #expect(reversed.dataset == nil)
        let error = try #require(reversed.errors.first)
        #expect(error.message == "this span of edge 'e' ends (2008) before it starts (2010).")
        #expect(error.line == 7 && error.fix == "swap `start` and `end`, or correct the date.", "\(error)")

        let overlapping = try read("""
            \(Self.twoNodes)
            <edges><edge id="e" source="0" target="1" weight="2"><spells>
              <spell start="2000" end="2005"/>
              <spell start="2003" end="2010"/>
            </spells></edge></edges>
            """)
        #expect(overlapping.errors.isEmpty, "\(overlapping.errors)")
        #expect(overlapping.dataset?.relationships.map(\.period) == [Period(since: Self.year(2000), until: Self.year(2010))])
        let warning = try #require(overlapping.warnings.first)
        #expect(warning.line == 7 && warning.message.contains("overlaps an earlier one (2000 to 2005), so the two are read as one"), "\(warning)")
    }

    /// A node's spell that ends before it starts is refused even when another spell hides it
    /// in the span from the first start to the last end.
    @Test func aReversedSpellOfANodeIsRefused() throws {
        let report = try read("""
            <nodes><node id="0" label="A"><spells><spell start="2000" end="2003"/><spell start="2009" end="2006"/></spells></node>
            <node id="1" label="B"/></nodes>
            """)
        let error = try #require(report.errors.first, "\(report.problems)")
        #expect(error.message == "this span of node '0' ends (2006) before it starts (2009)." && error.line == 4)
    }

    /// Values of one attribute that overlap are reported at the later one, which holds where
    /// they overlap; the tie is cut where any value starts or ends.
    @Test func overlappingValuesAreReportedAndTheLaterHolds() throws {
        let report = try read("""
            <attributes class="edge" mode="dynamic"><attribute id="w" title="weight" type="double"/></attributes>
            \(Self.twoNodes)
            <edges><edge id="e" source="0" target="1"><attvalues>
              <attvalue for="w" value="1" start="2000" end="2005"/>
              <attvalue for="w" value="4" start="2003" end="2008"/>
            </attvalues></edge></edges>
            """)
        let warning = try #require(report.warnings.first, "\(report.problems)")
        #expect(warning.line == 8 && warning.message == "this value of 'weight' overlaps the one at line 7; where they overlap, this one is kept.")
        let ties = try #require(report.dataset).relationships
        #expect(ties.map { "\($0.period) \($0.weight.formatted())" } == [
            "\(Period(since: Self.year(2000), until: Self.year(2002))) 1",
            "\(Period(since: Self.year(2003), until: Self.year(2005))) 4",
            "\(Period(since: Self.year(2006), until: Self.year(2008))) 4",
        ])
    }

    /// `timeformat="date"` with bare years beside days, and `timeformat="double"` years
    /// written `2005.0`, order and cut as dates: a year is its whole span.
    @Test func yearsAndDatesMixed() throws {
        let report = try read("""
            <attributes class="edge" mode="dynamic"><attribute id="w" title="weight" type="double"/></attributes>
            \(Self.twoNodes)
            <edges>
              <edge id="d" source="0" target="1" start="2005" end="2007-06-30"><attvalues>
                <attvalue for="w" value="2" start="2006-03-01" end="2007-06-30"/>
              </attvalues></edge>
              <edge id="y" source="1" target="0" start="2005.0" end="2009.0"/>
            </edges>
            """, graph: "mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\"")
        #expect(report.problems.isEmpty, "\(report.problems)")
        let ties = try #require(report.dataset).relationships
        #expect(ties.map { "\($0.period) \($0.weight.formatted())" } == [
            "\(Period(since: Self.year(2005), until: CalendarDate(year: 2006, month: 2, day: 28))) 1",
            "\(Period(since: CalendarDate(year: 2006, month: 3, day: 1), until: CalendarDate(year: 2007, month: 6, day: 30))) 2",
            "\(Period(since: Self.year(2005), until: Self.year(2009))) 1",
        ])
    }
}
