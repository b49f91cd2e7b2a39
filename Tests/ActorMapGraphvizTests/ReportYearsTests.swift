import ActorMap
import Foundation
import Testing
@testable import ActorMapGraphviz

/// The report draws its maps once, every year's actors and ties in one drawing, and marks
/// each part with the years it shows in. What a year shows must be what that year's own
/// pinned diagram draws: the same actors and the same ties, whatever the rules for untied
/// actors and names.
@Suite struct ReportYearsTests {
    /// The package's folder, for its example maps.
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The actors and ties of the page's map shown in the year at position `index`: the
    /// parts marked for it (`data-y` holds it) and the parts of every year (no `data-y`).
    private func shown(in page: String, year index: Int) -> (actors: Set<String>, ties: Set<String>) {
        var actors = Set<String>(), ties = Set<String>()
        for tag in page.matches(of: /<[a-z]+ ([^>]*)>/) {
            let attributes = String(tag.output.1)
            func value(_ name: String) -> String? {
                guard let match = attributes.firstMatch(of: try! Regex("(?:^| )\(name)=\"([^\"]*)\"")) else { return nil }
                return (match.output[1].substring).map { unescaped(String($0)) }
            }
            let actor = value("data-actor"), tie = value("data-tie")
            guard actor != nil || tie != nil else { continue }
            if let years = value("data-y"), !years.split(separator: " ").contains(Substring(String(index))) { continue }
            if let actor { actors.insert(actor) }
            if let tie { ties.insert(tie) }
        }
        return (actors, ties)
    }

    private func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The page of `dataset` over its whole span, drawn as `options` ask, and what each of
    /// its years' own pinned diagrams draws.
    private func check(_ name: String, _ dataset: Dataset, options: DiagramOptions) throws {
        let span = try #require(dataset.yearSpan)
        let years = Array(span)
        let series = MetricSeries(dataset, moments: years.map { .year($0) }, measures: [.pagerank], mapFigures: [])
        var report = HTMLReport(series: series, shift: PowerShift(before: series.tables.first!, after: series.tables.last!, measure: .pagerank), measure: .pagerank)
        try report.drawMaps(over: span, options: options)
        let page = report.html()

        // Each year's own drawing, as the report drew it before: pinned to the span's layout.
        var pinned = options
        pinned.legend = false
        pinned.pinned = try Graphviz.stableLayout(dataset, years: span, options: pinned).layout
        var drawnSets: [Set<String>] = []
        for (index, year) in years.enumerated() {
            let diagram = try Diagram(Snapshot(dataset, at: .year(year)), options: pinned)
            let actors = Set(diagram.actorIDsByNode.values)
            let ties = Set(diagram.relationshipIndices.map { index in
                let tie = dataset.relationships[index]
                return "\(tie.from) \(tie.to) \(tie.type)"
            })
            let onPage = shown(in: page, year: index)
            #expect(onPage.actors == actors, "\(name) \(year): actors")
            #expect(onPage.ties == ties, "\(name) \(year): ties")
            // The page's style hides, for the year picked, every part not marked with it.
            #expect(page.contains("#map-year-\(index):checked~.map-area [data-y]:not([data-y~=\"\(index)\"])"), "\(name) \(year)")
            drawnSets.append(actors.union(ties))
        }
        // The years differ, so a page showing one year's parts for another fails above.
        #expect(Set(drawnSets).count > 1, "\(name): every year draws the same")
    }

    @Test(arguments: ["harare", "muntinlupa", "nairobi-mukuru", "thailand-codi", "windhoek"])
    func eachYearShowsWhatItsOwnDiagramDraws(example: String) throws {
        let text = try String(contentsOf: root.appendingPathComponent("Examples/Datasets/\(example).yaml"), encoding: .utf8)
        let loaded = try dataset(text)
        // The command's own choice: every type drawn, untied actors in the margin, every name.
        try check(example, loaded, options: DiagramOptions(labels: .all, types: .all, isolates: .margin))
    }

    @Test func theRulesForUntiedActorsAndNamesHoldEachYear() throws {
        let text = try String(contentsOf: root.appendingPathComponent("Examples/Datasets/nairobi-mukuru.yaml"), encoding: .utf8)
        let loaded = try dataset(text)
        for isolates in DiagramOptions.Isolates.allCases {
            try check("nairobi-mukuru, \(isolates)", loaded, options: DiagramOptions(labels: .top(3), types: .positive, isolates: isolates))
        }
    }

    /// A part drawn the same way in several years is written once; a year's own caption
    /// is written for that year alone.
    @Test func partsAreWrittenOnceAndCaptionsPerYear() throws {
        let text = try String(contentsOf: root.appendingPathComponent("Examples/Datasets/harare.yaml"), encoding: .utf8)
        let loaded = try dataset(text)
        let span = try #require(loaded.yearSpan)
        let series = MetricSeries(loaded, moments: span.map { .year($0) }, measures: [.pagerank], mapFigures: [])
        var report = HTMLReport(series: series, shift: PowerShift(before: series.tables.first!, after: series.tables.last!, measure: .pagerank), measure: .pagerank)
        try report.drawMaps(over: span)
        let page = report.html()
        // One canvas holds the map's frames (one per size of drawing); one legend, two charts.
        #expect(page.components(separatedBy: "<svg id=\"map-canvas\"").count - 1 == 1)
        #expect(page.components(separatedBy: "<g id=\"viewport\">").count - 1 == 1)
        let inFigure = try #require(page.firstMatch(of: /<figure class="year">[\s\S]*?<\/figure>/)).output.components(separatedBy: "<svg").count - 1
        #expect(inFigure >= 2, "the canvas and at least one frame in it")
        #expect(page.components(separatedBy: "<svg").count - 1 == inFigure + 1 + 2 + 1 + Set(loaded.relationshipEnds.map(\.type)).count,
                "besides the map: the legend, two charts, the profile's sparkline and a line key per type in the filters")
        let tags = page.matches(of: /<g [^>]*data-actor="([^"]*)"/).map { String($0.output.1) }
        // An actor drawn alike every year is one element: fewer elements than actor-years.
        let actorYears = series.tables.map(\.projection.nodeCount).reduce(0, +)
        #expect(tags.count < actorYears / 2, "\(tags.count) actor elements for \(actorYears) actor-years")
        for (index, year) in span.enumerated() {
            #expect(page.contains("<span data-y=\"\(index)\">\(year)</span>"))
            #expect(page.contains("data-y=\"\(index)\"") && page.contains("· \(year)</text>"))
        }
        // No id repeats in the map, though an actor drawn two ways is two elements.
        let figure = try #require(page.firstMatch(of: /<figure class="year">[\s\S]*?<\/figure>/)).output
        let ids = figure.matches(of: /\sid="([^"]*)"/).map { String($0.output.1) }
        #expect(Set(ids).count == ids.count, "\(Dictionary(grouping: ids, by: { $0 }).filter { $1.count > 1 }.keys.sorted())")
    }
}
