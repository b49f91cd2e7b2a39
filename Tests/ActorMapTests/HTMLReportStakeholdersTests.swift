import Foundation
import Testing
@testable import ActorMap

/// The report's stakeholder section: the power–interest grid and perceived against
/// structural power over the years, checked against a map worked out by hand and against
/// scipy (`Fixtures/stakeholder-report-reference.py`, and for the Net-Map example the
/// values of `Fixtures/salience-reference.py`).
@Suite struct HTMLReportStakeholdersTests {
    /// Four actors tied a–b, a–c, a–d throughout (degree a 3, the others 1). Interest a 9,
    /// b 9, c 1, d 1; influence a 9, c 9, d 1 throughout, b 1 until 2011 and 6 from 2012.
    ///
    /// By hand: every value and earlier value lies in 0…9, so each axis runs 0 to 10 (steps
    /// of 2, the first round number at or above 9) and the quadrants cut at 5. At 2012:
    /// a (9, 9) and b (9, 6) manage closely, c (1, 9) keep satisfied, d (1, 1) monitor,
    /// nobody keep informed; b moved up from (9, 1), so the grid draws moves since 2010.
    static let gridMap = """
        title: Grid <b>map</b>
        actors:
          - {id: a, name: "A <i>&</i>", kind: federation, since: 2010, attributes: {interest: 9, influence: 9, stance: supports}}
          - id: b
            name: B
            kind: city-government
            since: 2010
            attributes:
              interest: 9
              influence: [{since: 2010, value: 1}, {since: 2012, value: 6}]
              stance: opposes
          - {id: c, name: C, kind: donor, since: 2010, attributes: {interest: 1, influence: 9}}
          - {id: d, name: D, kind: support-ngo, since: 2010, attributes: {interest: 1, influence: 1, stance: neutral}}
        relationships:
          - {from: a, to: b, type: mou, since: 2010}
          - {from: a, to: c, type: collaboration, since: 2010}
          - {from: a, to: d, type: collaboration, since: 2010}
        """

    struct ReferenceYear: Decodable {
        var year: Int
        var spearman_rho: Double
        var kendall_tau: Double
    }

    static let reference: [ReferenceYear] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/stakeholder-report-reference", withExtension: "json"),
              let data = try? Data(contentsOf: url)
        else { return [] }
        struct File: Decodable { var years: [ReferenceYear] }
        return (try? JSONDecoder().decode(File.self, from: data).years) ?? []
    }()

    static func report(_ text: String, years: [Int], measure: Measure = .degree, options: MetricOptions = MetricOptions()) throws -> HTMLReport {
        let dataset = try #require(check(text).dataset)
        return try report(dataset, years: years, measure: measure, options: options)
    }

    static func report(_ dataset: Dataset, years: [Int], measure: Measure, options: MetricOptions = MetricOptions()) throws -> HTMLReport {
        let series = MetricSeries(dataset, moments: years.map { .year($0) }, options: options,
                                  measures: HTMLReport.measures(for: measure), mapFigures: HTMLReport.mapFigures(for: measure))
        let shift = PowerShift(before: series.tables.first!, after: series.tables.last!, measure: measure)
        return HTMLReport(series: series, shift: shift, measure: measure)
    }

    /// The section's HTML, from its opening tag to its end.
    static func section(_ html: String, id: String) -> String? {
        guard let start = html.range(of: "<section id=\"\(id)\">") else { return nil }
        guard let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func referenceLoads() { #expect(Self.reference.count == 2) }

    @Test func correlationsByYearMatchScipy() throws {
        let report = try Self.report(Self.gridMap, years: [2010, 2012])
        let perceived = report.perceivedPower()
        #expect(perceived.count == 2)
        for (salience, reference) in zip(perceived, Self.reference) {
            let salience = try #require(salience)
            #expect(abs(try #require(salience.spearmanRho) - reference.spearman_rho) < 1e-12, "\(reference.year)")
            #expect(abs(try #require(salience.kendallTau) - reference.kendall_tau) < 1e-12, "\(reference.year)")
        }
        let html = try #require(Self.section(report.html(), id: "stakeholders"))
        // The table prints each figure as Salience does: 0.58 and 0.54 for ρ, 0.58 and 0.52 for τ-b.
        #expect(html.contains("<tr><td>2010</td><td class=\"number\">4</td>"), "\(html)")
        #expect(html.contains(">0.58</td>") && html.contains(">0.54</td>") && html.contains(">0.52</td>"))
        // ρ went from 0.58 to 0.54 as printed: a fall, said once.
        #expect(html.contains("From 2010 to 2012, Spearman&#39;s ρ between influence (rated) and degree fell from 0.58 to 0.54."), "\(html)")
        #expect(html.contains("<svg class=\"chart\""))
    }

    @Test func gridOfTheLatestYearWithMoves() throws {
        let report = try Self.report(Self.gridMap, years: [2010, 2012])
        let page = try #require(Self.section(report.html(), id: "stakeholders"))
        let html = try #require(Self.grid(of: "2012", in: page))
        #expect(html.contains("<summary>Power and interest, 2012</summary>"))
        #expect(html.contains("with each actor&#39;s move since 2010"), "\(html)")
        #expect(html.contains("<strong>Manage closely</strong> (high power, high interest): A &lt;i&gt;&amp;&lt;/i&gt;, B</li>"), "\(html)")
        #expect(html.contains("<strong>Keep satisfied</strong> (high power, low interest): C</li>"))
        #expect(html.contains("<strong>Keep informed</strong> (low power, high interest): no actor</li>"))
        #expect(html.contains("<strong>Monitor</strong> (low power, low interest): D</li>"))
        // The drawing is the grid's own SVG, as an image: its style stays out of the page's.
        let prefix = "<image href=\"data:image/svg+xml;base64,"
        let start = try #require(html.range(of: prefix))
        let end = try #require(html.range(of: "\"", range: start.upperBound..<html.endIndex))
        let drawing = String(decoding: try #require(Data(base64Encoded: String(html[start.upperBound..<end.lowerBound]))), as: UTF8.self)
        #expect(drawing.contains("<g class=\"mark\" data-actor=\"b\">"))
        #expect(drawing.contains("marker-end=\"url(#grid-arrow)\""), "b's move is drawn")
        #expect(!html.contains("<i>&"), "names are escaped")
    }

    /// One year's `<details>` in the section.
    static func grid(of year: String, in html: String) -> String? {
        guard let start = html.range(of: "<details class=\"grid-year\" data-year=\"\(year)\"") else { return nil }
        guard let end = html.range(of: "</details>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func aGridForEachYearOnTheSameAxesTheLatestOpen() throws {
        let report = try Self.report(Self.gridMap, years: [2010, 2011, 2012])
        let page = report.html()
        let html = try #require(Self.section(page, id: "stakeholders"))
        let grids = try ["2010", "2011", "2012"].map { try #require(Self.grid(of: $0, in: html), "\($0)") }
        // Without script every year is readable: each in its own details, the latest open.
        #expect(grids.map { $0.contains(" open=\"open\"") } == [false, false, true])
        #expect(html.components(separatedBy: "<details class=\"grid-year\"").count == 4)
        // By hand: in 2010 and 2011 b is at (9, 1), keep informed; in 2012 at (9, 6), manage
        // closely. The axes run 0 to 10 in every year, so the quadrants cut at 5 throughout.
        #expect(grids[0].contains("<strong>Keep informed</strong> (low power, high interest): B</li>"), "\(grids[0])")
        #expect(grids[1].contains("<strong>Keep informed</strong> (low power, high interest): B</li>"))
        #expect(grids[2].contains("<strong>Manage closely</strong> (high power, high interest): A &lt;i&gt;&amp;&lt;/i&gt;, B</li>"))
        let dataset = try #require(check(Self.gridMap).dataset)
        for year in [2010, 2011, 2012] {
            var grid = try PowerInterestGrid(dataset, at: .year(year))
            grid.extendAxes(x: 0...10, y: 0...10)
            #expect(grid.xRange == 0...10 && grid.yRange == 0...10 && grid.ySplit == 5)
        }
        // 2011 and 2012 draw moves since 2010 where any actor moved: only b, in 2012.
        #expect(!grids[1].contains("move since") && grids[2].contains("move since 2010"))
        // With script, the grid follows the explorer's year; the page's policy allows it.
        #expect(html.contains("<script>\(HTMLReport.stakeholderScript)</script>"))
        #expect(html.contains("id=\"grid-shown\" aria-live=\"polite\" hidden=\"hidden\""))
        let policy = try #require(page.firstMatch(of: /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)).output.1
        #expect(policy.contains(HTMLReport.sourceHash(HTMLReport.stakeholderScript)))
        #expect(HTMLReport.stakeholderScript.contains("getElementById('year-label')"))
        #expect(!HTMLReport.stakeholderScript.contains("innerHTML"), "the script writes text only")
    }

    @Test func yearsBeyondTheBudgetAreThinnedEvenly() {
        // By hand: 30 years kept to 4 are years 0 and 29 and the nearest to 29/3 and 58/3,
        // 9.67 and 19.33: 10 and 19.
        #expect(HTMLReport.spread(30, keeping: 4) == [0, 10, 19, 29])
        #expect(HTMLReport.spread(30, keeping: 2) == [0, 29])
        #expect(HTMLReport.spread(5, keeping: 9) == [0, 1, 2, 3, 4])
    }

    @Test func oneRatedYearGetsOneGridAndNoScript() throws {
        let report = try Self.report(Self.gridMap, years: [2012])
        let html = try #require(Self.section(report.html(), id: "stakeholders"))
        #expect(Self.grid(of: "2012", in: html)?.contains(" open=\"open\"") == true)
        #expect(!html.contains("<script>"))
    }

    @Test func aGridWithoutMovesWhenNobodyMoved() throws {
        // Only 2012 and 2013: b is at 6 in both, so no arrows and no "since".
        let report = try Self.report(Self.gridMap, years: [2012, 2013])
        let html = try #require(Self.section(report.html(), id: "stakeholders"))
        #expect(html.contains("<summary>Power and interest, 2013</summary>"))
        #expect(!html.contains("move since"))
        // The same ratings and ties in both years: ρ did not change, and is not said to.
        #expect(html.contains("Spearman&#39;s ρ between influence (rated) and degree was 0.54 in both 2012 and 2013."), "\(html)")
        #expect(!html.contains(" rose ") && !html.contains(" fell "))
    }

    @Test func nothingWhenTheMapRecordsNoRatings() throws {
        let text = """
            title: Plain
            actors:
              - {id: a, name: A, kind: federation, since: 2010}
              - {id: b, name: B, kind: donor, since: 2010}
            relationships:
              - {from: a, to: b, type: funding, since: 2010}
            """
        let html = try Self.report(text, years: [2010, 2011]).html()
        #expect(!html.contains("id=\"stakeholders\""))
        #expect(!html.contains("Perceived against structural power"))
        #expect(!html.contains("id=\"filters\""))
    }

    @Test func influenceAloneGivesTheChartButNoGrid() throws {
        let text = Self.gridMap.replacingOccurrences(of: "interest: 9, ", with: "").replacingOccurrences(of: "interest: 1, ", with: "")
            .replacingOccurrences(of: "      interest: 9\n", with: "")
        let html = try #require(Self.section(try Self.report(text, years: [2010, 2012]).html(), id: "stakeholders"))
        #expect(!html.contains("Power and interest"))
        #expect(html.contains("Perceived against structural power"))
    }

    @Test func noEmptyChartWhenNoYearCanBeCompared() throws {
        // Influence and interest, but at every year every actor has the same degree: ρ and
        // τ-b are undefined throughout, so the grid is shown and the chart is not.
        let text = """
            title: Pair
            actors:
              - {id: a, name: A, kind: federation, since: 2010, attributes: {interest: 2, influence: 8}}
              - {id: b, name: B, kind: donor, since: 2010, attributes: {interest: 7, influence: 3}}
            relationships:
              - {from: a, to: b, type: funding, since: 2010}
            """
        let html = try #require(Self.section(try Self.report(text, years: [2010, 2011]).html(), id: "stakeholders"))
        #expect(html.contains("Power and interest, 2011"))
        #expect(!html.contains("Perceived against structural power"))
        #expect(!html.contains("<svg class=\"chart\""))
    }

    @Test func theNetMapExampleMatchesScipy() throws {
        let file = ExampleDatasets.folder.appendingPathComponent("lilongwe-netmap.yaml")
        let dataset = try DatasetReader().read(contentsOf: file)
        let report = try Self.report(dataset, years: [2010, 2019], measure: .pagerank)
        let perceived = report.perceivedPower()
        for (index, year) in [2010, 2019].enumerated() {
            let reference = try #require(SalienceTests.reference.first { $0.year == year })
            let salience = try #require(perceived[index])
            #expect(abs(try #require(salience.spearmanRho) - reference.spearman_rho) < 1e-9, "\(year)")
            #expect(abs(try #require(salience.kendallTau) - reference.kendall_tau) < 1e-9, "\(year)")
        }
        let html = try #require(Self.section(report.html(), id: "stakeholders"))
        #expect(html.contains("Power and interest, 2019"))
        #expect(html.contains(">\(Salience.figure(SalienceTests.reference.first { $0.year == 2019 }!.spearman_rho))</td>"))
    }

    @Test func filtersAreSaidOnThePage() throws {
        let dataset = try #require(check(Self.gridMap).dataset)
        var options = MetricOptions()
        options.projection.actorFilter = try ActorFilter(parsing: ["influence>=5"], for: dataset)
        let html = try Self.report(dataset, years: [2010, 2012], measure: .degree, options: options).html()
        let section = try #require(Self.section(html, id: "filters"))
        // 2010: b (1) and d (1) go, with their ties a–b and a–d; 2012: d alone, with a–d.
        #expect(section.contains("--where influence&gt;=5 ran at each of the 2 moments (2010 to 2012), removing 1 to 2 actors and 1 to 2 ties a moment."), "\(section)")
    }
}
