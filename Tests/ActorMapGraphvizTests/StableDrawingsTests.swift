import ActorMap
import Foundation
import Testing
@testable import ActorMapGraphviz

/// Several years of one map drawn with every actor in one place, as a library user makes
/// them: a timeline's folder, a report's maps, and what they say of their progress.
@Suite struct StableDrawingsTests {
    /// A tie formed in 2010 and one in 2012; a title to be escaped.
    let map = """
        title: "Years <b>&amp;</b> \\"places\\""
        actors:
          - {id: fed, name: Federation, kind: federation}
          - {id: city, name: City, kind: city-government}
          - {id: ngo, name: NGO, kind: support-ngo}
        relationships:
          - {from: fed, to: city, type: mou, since: 2010}
          - {from: ngo, to: fed, type: technical-support, since: 2012}
        """

    @Test func eachYearIsDrawnAtTheSpansPlacesAndProgressIsToldInOrder() throws {
        let loaded = try dataset(map)
        var steps: [DrawingProgress] = []
        let images = try Graphviz.renderYears(loaded, span: 2010...2012, years: [2012, 2010], format: .svg) { steps.append($0) }
        #expect(images.count == 2)
        // Three actors and two ties over the span: neato, as a kept layout is never layered.
        #expect(steps == [
            .layingOut(span: 2010...2012), .drawing(years: 2, engine: .neato, span: 2010...2012),
            .drew(year: 2012), .drew(year: 2010),
        ])
        // The federation is drawn at the same place in both years, in the order asked.
        let places = try images.map { image in
            let document = try svgDocument(image)
            let name = try #require(try document.elements("//*[@id='actor-fed']//*[local-name()='text']").first)
            return [name.value(of: "x"), name.value(of: "y")]
        }
        #expect(places[0] == places[1] && places[0].allSatisfy { $0 != nil })
        let later = String(decoding: images[0], as: UTF8.self), earlier = String(decoding: images[1], as: UTF8.self)
        #expect(later.contains("relationship&#45;1") && !earlier.contains("relationship&#45;1"))
    }

    @Test func aTimelineFolderHasEveryYearTheGridAndAnEscapedIndex() throws {
        let loaded = try dataset(map)
        let timeline = TimelineFolder(loaded, span: 2010...2012, years: [2010, 2012], format: .png, grid: true, reason: "Years <chosen>")
        let files = try timeline.files()
        #expect(files.map(\.name) == ["2010.png", "2012.png", "grid.svg", "index.html"])
        #expect(files[0].data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let grid = try svgDocument(files[2].data)
        #expect(try grid.elements("//*[@class='cell']").count == 2)
        #expect(try grid.elements("//*[@class='caption']").map(\.stringValue) == ["2010", "2012"])
        let index = String(decoding: files[3].data, as: UTF8.self)
        #expect(index.contains("<title>Years &lt;b&gt;&amp;amp;&lt;/b&gt; &quot;places&quot;: year by year</title>"))
        #expect(index.contains("<p>Years &lt;chosen&gt;</p>"))
        #expect(index.contains("<img src=\"2012.png\""))
        #expect(index.contains("href=\"grid.svg\""))
        #expect(!TimelineFolder(loaded, span: 2010...2012, years: [2010]).index().contains("grid.svg"))
    }

    @Test func aReportGetsOneMapPerYearAndOneLegend() throws {
        let loaded = try dataset(map)
        let series = MetricSeries(loaded, moments: [.year(2010), .year(2012)], measures: [.pagerank])
        var report = HTMLReport(series: series, shift: PowerShift(before: series.tables[0], after: series.tables[1], measure: .pagerank), measure: .pagerank)
        try report.drawMaps(over: 2010...2012)
        #expect(report.diagrams.count == 2)
        #expect(report.diagrams.allSatisfy { $0.contains("actor&#45;fed") })
        // The maps carry no legend of their own: the page's one drawing has it.
        #expect(!report.diagrams.contains { $0.contains("legend") })
        #expect(report.legendDrawing?.contains("<svg") == true)

        let windows = MetricSeries(loaded, moments: [.window(2010...2011), .year(2012)], measures: [.pagerank])
        var windowed = HTMLReport(series: windows, shift: PowerShift(before: windows.tables[0], after: windows.tables[1], measure: .pagerank), measure: .pagerank)
        #expect(throws: DiagramError.self) { try windowed.drawMaps(over: 2010...2012) }
        #expect(windowed.diagrams.isEmpty)
    }
}
