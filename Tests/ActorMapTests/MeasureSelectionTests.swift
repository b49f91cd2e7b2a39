import Foundation
import Testing
@testable import ActorMap

/// Tables, series, shifts and reports asked for some measures compute those and nothing
/// else, and each value they hold is the one the whole table gives, bit for bit.
@Suite struct MeasureSelectionTests {
    @Test func aTableAskedForPageRankComputesNoBetweenness() throws {
        let karate = try #require(ReferenceCases.named("karate_unweighted"))
        let options = MetricOptions(projection: karate.projectionOptions)
        let table = MetricsTable(try karate.snapshot(), options: options, measures: [.pagerank])
        let whole = MetricsTable(try karate.snapshot(), options: options)

        #expect(table.measures == [.pagerank])
        #expect(whole.measures == Set(Measure.allCases), "every measure by default")
        #expect(Set(table.columns.keys) == [.pagerank])
        #expect(table.columns[.betweenness] == nil && table.undefined[.betweenness] == nil)
        #expect(table.graph.betweennessCentralization == nil, "its centralisation needs betweenness")
        #expect(whole.graph.betweennessCentralization != nil)
        #expect(bits(table.columns[.pagerank]) == bits(whole.columns[.pagerank]))
        #expect(table.graph.pagerankGini == whole.graph.pagerankGini)
        #expect(table.groupShares(of: .pagerank) == whole.groupShares(of: .pagerank))
    }

    /// Each measure asked for alone, including those computed with others (the brokerage
    /// roles, hub and authority, constraint and effective size, the three path measures).
    @Test(arguments: ReferenceCases.all)
    func eachMeasureAloneIsTheWholeTablesColumn(_ reference: ReferenceCase) throws {
        for sides in MetricOptions.Sides.allCases {
            let options = MetricOptions(projection: reference.projectionOptions, bonacichBeta: reference.beta, sides: sides)
            let whole = MetricsTable(try reference.snapshot(), options: options)
            for measure in Measure.allCases {
                let alone = MetricsTable(try reference.snapshot(), options: options, measures: [measure])
                let label = "\(reference.name) \(sides) \(measure.name)"
                #expect(Set(alone.columns.keys).union(alone.undefined.keys) == [measure], "\(label)")
                #expect(bits(alone.columns[measure]) == bits(whole.columns[measure]), "\(label)")
                #expect(alone.undefined[measure] == whole.undefined[measure], "\(label)")
            }
        }
    }

    @Test(arguments: ReferenceCases.all)
    func theMapsFiguresNeedTheirMeasures(_ reference: ReferenceCase) throws {
        let options = MetricOptions(projection: reference.projectionOptions)
        let whole = MetricsTable(try reference.snapshot(), options: options)
        let figures = MetricsTable(try reference.snapshot(), options: options, measures: GraphMetrics.measures)
        #expect(figureBits(figures.graph) == figureBits(whole.graph), "\(reference.name): every figure from its measures")

        let none = MetricsTable(try reference.snapshot(), options: options, measures: [])
        #expect(none.columns.isEmpty && none.undefined.isEmpty)
        let needingMeasures: Set = [
            "betweenness_centralization", "closeness_centralization", "communities", "modularity", "pagerank_gini", "bonacich_beta",
        ]
        for ((name, value), (_, expected)) in zip(none.graph.figures, whole.graph.figures) {
            if needingMeasures.contains(name) {
                #expect(value == nil, "\(reference.name) \(name) without its measure")
            } else {
                #expect(value?.bitPattern == expected?.bitPattern, "\(reference.name) \(name) needs no measure")
            }
        }
        let given = MetricsTable(try reference.snapshot(), options: MetricOptions(projection: reference.projectionOptions, bonacichBeta: 0.05), measures: [])
        #expect(given.graph.bonacichBeta == 0.05, "a β given is known without computing Bonacich power")
    }

    @Test func aSeriesAskedForOneMeasureHoldsOnlyIt() throws {
        for file in ExampleDatasets.files {
            let dataset = try #require(DatasetReader().check(data: try Data(contentsOf: file), syntax: .yaml, file: file.path).dataset)
            let span = try #require(dataset.yearSpan)
            let moments = MetricSeries.moments(from: span.lowerBound, to: span.upperBound, step: 3)
            let series = MetricSeries(dataset, moments: moments, measures: [.pagerank])
            let whole = MetricSeries(dataset, moments: moments)
            for (table, full) in zip(series.tables, whole.tables) {
                let label = "\(file.lastPathComponent) \(table.snapshot.time)"
                #expect(table.measures == [.pagerank], "\(label)")
                #expect(table.columns[.betweenness] == nil, "\(label)")
                #expect(bits(table.columns[.pagerank]) == bits(full.columns[.pagerank]), "\(label)")
            }
            #expect(series.groupShares(of: .pagerank) == whole.groupShares(of: .pagerank), "\(file.lastPathComponent)")
        }
    }

    /// A shift from tables of ``PowerShift/measures(for:)`` and ``PowerShift/mapFigures(for:)``
    /// says what one from whole tables says, in every figure and sentence.
    @Test func aShiftNeedsOnlyItsMeasureAndTheBrokerageRoles() throws {
        for file in ExampleDatasets.files {
            let dataset = try #require(DatasetReader().check(data: try Data(contentsOf: file), syntax: .yaml, file: file.path).dataset)
            let span = try #require(dataset.yearSpan)
            let from = TimeSelection.year(span.lowerBound + (span.upperBound - span.lowerBound) / 3), to = TimeSelection.year(span.upperBound)
            let before = MetricsTable(Snapshot(dataset, at: from)), after = MetricsTable(Snapshot(dataset, at: to))
            for measure in Measure.allCases {
                let label = "\(file.lastPathComponent) \(measure.name)"
                let whole = PowerShift(before: before, after: after, measure: measure)
                let shift = PowerShift(dataset, from: from, to: to, measure: measure, measures: PowerShift.measures(for: measure),
                                       mapFigures: PowerShift.mapFigures(for: measure))
                #expect(shift.before.measures == PowerShift.measures(for: measure), "\(label)")
                #expect(shift.before.mapFigures == PowerShift.mapFigures(for: measure), "\(label)")
                #expect(ShiftReport(shift).text() == ShiftReport(whole).text(), "\(label)")
                #expect(shift.actors == whole.actors, "\(label)")
                #expect(shift.groupShares == whole.groupShares, "\(label)")
                #expect(shift.concentrationBefore == whole.concentrationBefore && shift.concentrationAfter == whole.concentrationAfter, "\(label)")
                #expect(shift.brokerageChanges == whole.brokerageChanges, "\(label)")
                #expect(shift.kendallTau?.bitPattern == whole.kendallTau?.bitPattern, "\(label)")
                #expect(shift.summary(limit: 20) == whole.summary(limit: 20), "\(label)")
            }
        }
    }

    @Test(arguments: [Measure.pagerank, .betweenness, .closeness, .degree, .katz, .hub, .liaison])
    func aReportNeedsOnlyItsMeasures(_ measure: Measure) throws {
        for file in ExampleDatasets.files {
            let dataset = try #require(DatasetReader().check(data: try Data(contentsOf: file), syntax: .yaml, file: file.path).dataset)
            let span = try #require(dataset.yearSpan)
            let moments = MetricSeries.moments(from: span.lowerBound, to: span.upperBound, step: 4)
            func page(_ series: MetricSeries) -> String {
                let shift = PowerShift(before: series.tables.first!, after: series.tables.last!, measure: measure)
                return HTMLReport(series: series, shift: shift, measure: measure).html()
            }
            let asked = MetricSeries(dataset, moments: moments, measures: HTMLReport.measures(for: measure),
                                     mapFigures: HTMLReport.mapFigures(for: measure))
            #expect(asked.tables.allSatisfy { $0.measures == HTMLReport.measures(for: measure) })
            #expect(asked.tables.allSatisfy { $0.graph.balance == nil }, "the report draws no balance")
            #expect(page(asked) == page(MetricSeries(dataset, moments: moments)), "\(file.lastPathComponent) \(measure.name)")
        }
    }

    /// Values bit for bit, so that undefined values (NaN) compare equal too.
    private func bits(_ column: [Double]?) -> [UInt64]? { column?.map(\.bitPattern) }

    private func figureBits(_ graph: GraphMetrics) -> [UInt64?] { graph.figures.map { $0.value?.bitPattern } }
}
