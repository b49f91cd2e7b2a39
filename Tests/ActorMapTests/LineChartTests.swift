import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ActorMap

@Suite struct LineChartTests {
    /// The x of every `<text>` of `class` in `svg`, with its text.
    private func texts(_ svg: String, class name: String) -> [(x: Double, text: String)] {
        svg.matches(of: /<text x="([0-9.]+)" y="[0-9.]+"[^>]*class="(\w+)">([^<]*)<\/text>/).compactMap { match in
            match.2 == name ? Double(match.1).map { ($0, String(match.3)) } : nil
        }
    }

    @Test func axisLabelsNeverCollide() {
        // Twenty seasons written as "2001–2002": nine characters, about 54 units wide at 11
        // units with letters 0.6 of the size.
        let labels = (2001...2020).map { "\($0)–\($0 + 1)" }
        let chart = LineChart(title: "Seasons", xLabels: labels, lines: [.init(label: "A", color: "#0072B2", values: labels.map { _ in 0.5 })]).svg()
        let ticks = texts(chart, class: "tick").filter { $0.text.contains("–") }
        #expect(ticks.count >= 2)
        for (a, b) in zip(ticks, ticks.dropFirst()) {
            #expect(b.x - a.x >= 9 * 11 * 0.6, "\(a.text) at \(a.x) and \(b.text) at \(b.x)")
        }
    }

    @Test func seriesNamesFitInsideTheChart() {
        let names = ["Gini of PageRank", "Degree centralisation", "Betweenness centralisation"]
        let chart = LineChart(title: "Concentration", xLabels: ["2000", "2001"], lines: names.map {
            .init(label: $0, color: "#0072B2", values: [0.1, 0.2])
        }).svg(width: 640)
        let keys = texts(chart, class: "legend")
        #expect(keys.map(\.text) == names)
        for key in keys {
            // Letters at most 0.6 of the 11-unit size wide.
            #expect(key.x + Double(key.text.count) * 11 * 0.6 <= 640, "\(key.text) runs past the edge")
        }
        #expect(XMLParser(data: Data(chart.utf8)).parse())
    }

    @Test func overlappingSeriesHaveTheirOwnDashAndMarker() {
        let chart = LineChart(title: "Same", xLabels: ["2000", "2001", "2002"], lines: [
            .init(label: "A", color: "#0072B2", values: [0.1, 0.2, 0.3]),
            .init(label: "B", color: "#0072B2", values: [0.1, 0.2, 0.3]),
        ]).svg()
        let polylines = chart.matches(of: /<polyline [^>]*\/>/).map { String($0.0).replacingOccurrences(of: #"points="[^"]*""#, with: "", options: .regularExpression) }
        #expect(polylines.count == 2)
        #expect(Set(polylines).count == 2, "the two lines are drawn alike: \(polylines)")
        #expect(chart.contains("<circle") && chart.contains("<rect"), "each line its own marker")
    }

    @Test func reportMapsNeverShrinkTheirNamesBelowElevenPixels() {
        // A map 1500 points wide: 2000 pixels; its 11-point (14.7-pixel) names stay at least
        // 11 pixels tall when it is drawn at no less than 1500 pixels.
        let map = #"<?xml version="1.0"?><svg width="1500pt" height="600pt" viewBox="0 0 1500 600"><g/></svg>"#
        var sizes = HTMLReport.SizeRules()
        let inline = HTMLReport.inlineSVG(map, sizes: &sizes)
        #expect(inline.hasPrefix("<svg class=\"size-0\" width=\"1500pt\""))
        #expect(sizes.css == ".size-0{width:clamp(1500px,100%,2000px);max-width:none;height:auto}", "a class, since the page's policy allows no style attribute")
    }
}
