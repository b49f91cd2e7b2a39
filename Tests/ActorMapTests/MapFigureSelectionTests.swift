import Foundation
import Testing
@testable import ActorMap

/// Tables asked for some map figures compute those and no other, and each figure they hold
/// is the one the whole table gives, bit for bit; series and the metrics document built
/// from such tables say what they say from whole tables (shifts and reports:
/// MeasureSelectionTests).
@Suite struct MapFigureSelectionTests {
    /// The figures that are always filled, because they cost no more than the projection.
    private static let alwaysFilled: Set<MapFigure> = [.actors, .ties, .density, .components]

    @Test(arguments: ReferenceCases.all)
    func aTableAskedForNoFigureComputesNone(_ reference: ReferenceCase) throws {
        for sides in MetricOptions.Sides.allCases {
            let options = MetricOptions(projection: reference.projectionOptions, bonacichBeta: reference.beta, sides: sides)
            let whole = MetricsTable(try reference.snapshot(), options: options)
            let none = MetricsTable(try reference.snapshot(), options: options, mapFigures: [])
            let label = "\(reference.name) \(sides)"
            #expect(none.mapFigures.isEmpty, "\(label)")
            #expect(none.graph.undefined.isEmpty, "\(label): no reason for a figure not asked for")
            for figure in GraphMetrics.allFigures {
                if Self.alwaysFilled.contains(figure) {
                    #expect(none.graph[figure]?.bitPattern == whole.graph[figure]?.bitPattern, "\(label) \(figure.name)")
                } else {
                    #expect(none.graph[figure] == nil, "\(label) \(figure.name) not asked for")
                }
            }
            #expect(bits(none.columns[.pagerank]) == bits(whole.columns[.pagerank]), "\(label): the measures do not change")
        }
    }

    /// Each figure asked for alone, with the measures it rests on and nothing else: its value
    /// (or its reason) is the whole table's, and no other figure is filled.
    @Test(arguments: ReferenceCases.all)
    func eachFigureAloneIsTheWholeTablesFigure(_ reference: ReferenceCase) throws {
        for sides in MetricOptions.Sides.allCases {
            let options = MetricOptions(projection: reference.projectionOptions, sides: sides)
            let whole = MetricsTable(try reference.snapshot(), options: options)
            for figure in GraphMetrics.allFigures {
                let alone = MetricsTable(
                    try reference.snapshot(), options: options, measures: GraphMetrics.measures(for: [figure]), mapFigures: [figure])
                let label = "\(reference.name) \(sides) \(figure.name)"
                #expect(alone.graph[figure]?.bitPattern == whole.graph[figure]?.bitPattern, "\(label)")
                #expect(alone.graph.undefined[figure] == whole.graph.undefined[figure], "\(label)")
                for other in GraphMetrics.allFigures.subtracting(Self.alwaysFilled.union([figure])) {
                    #expect(alone.graph[other] == nil, "\(label): \(other.name) was not asked for")
                }
            }
        }
    }

    /// The figures' own list names each figure by its raw value and holds the value the
    /// subscript reads; figures of change are no figure of one map.
    @Test func theFiguresListAndTheSubscriptAgree() throws {
        let karate = try #require(ReferenceCases.named("karate_unweighted"))
        let graph = MetricsTable(try karate.snapshot(), options: MetricOptions(projection: karate.projectionOptions)).graph
        #expect(Set(graph.figures.map(\.name)) == Set(GraphMetrics.allFigures.map(\.name)))
        for (name, value) in graph.figures {
            let figure = try #require(MapFigure(rawValue: name))
            #expect(graph[figure]?.bitPattern == value?.bitPattern, "\(name)")
        }
        // Zachary's karate club: 34 members, 78 ties (Zachary 1977).
        #expect(graph[.actors] == 34 && graph[.ties] == 78)
        for change in Set(MapFigure.allCases).subtracting(GraphMetrics.allFigures) {
            #expect(graph[change] == nil, "\(change.name) compares two moments")
        }
        #expect(GraphMetrics.measures(for: [.modularity]) == [.community])
        #expect(GraphMetrics.measures(for: [.balance, .density, .eiIndex]).isEmpty)
    }

    /// A figure asked for without the measure it rests on stays empty, as before.
    @Test func aFigureWithoutItsMeasureStaysEmpty() throws {
        let karate = try #require(ReferenceCases.named("karate_unweighted"))
        let table = MetricsTable(try karate.snapshot(), options: MetricOptions(projection: karate.projectionOptions),
                                 measures: [.degree], mapFigures: [.modularity, .balance])
        #expect(table.graph.modularity == nil && table.graph.communities == nil)
        #expect(table.graph.undefined[.modularity] == nil)
        #expect(table.columns[.community] == nil)
    }

    @Test func aSeriesOfTheActorsComputesNoFigure() throws {
        for file in ExampleDatasets.files {
            let dataset = try loaded(file)
            let span = try #require(dataset.yearSpan)
            let moments = MetricSeries.moments(from: span.lowerBound, to: span.upperBound, step: 2)
            let whole = MetricSeries(dataset, moments: moments)
            for level in [SeriesReport.Level?.none, .actors, .graph] {
                let chosen: [Measure] = [.pagerank, .constraint]
                let series = MetricSeries(
                    dataset, moments: moments, measures: SeriesReport.measuresNeeded(for: chosen, power: .betweenness, level: level),
                    mapFigures: SeriesReport.mapFiguresNeeded(level: level))
                let label = "\(file.lastPathComponent) \(level.map(\.rawValue) ?? "json")"
                if level == .actors {
                    #expect(series.tables.allSatisfy { $0.graph.balance == nil && $0.graph.eiIndex == nil }, "\(label)")
                }
                let report = SeriesReport(series, measures: chosen, power: .betweenness)
                let full = SeriesReport(whole, measures: chosen, power: .betweenness)
                for shown in level.map({ [$0] }) ?? SeriesReport.Level.allCases {
                    #expect(report.csv(shown) == full.csv(shown), "\(label) csv \(shown)")
                    #expect(report.text(shown) == full.text(shown), "\(label) text \(shown)")
                }
                if level == nil {
                    #expect(try report.json(provenance: provenance) == full.json(provenance: provenance), "\(label)")
                }
            }
        }
    }

    @Test func aShiftOrReportAsksForTheCentralisationOfItsMeasure() {
        #expect(PowerShift.mapFigures(for: .betweenness) == [.betweennessCentralization])
        #expect(PowerShift.mapFigures(for: .degreeCentrality) == [.degreeCentralization])
        #expect(PowerShift.mapFigures(for: .pagerank).isEmpty, "its concentration comes from its values")
        #expect(HTMLReport.mapFigures(for: .closeness) == [.pagerankGini, .degreeCentralization, .betweennessCentralization, .closenessCentralization])
    }

    /// The metrics document, written each way from a table of only what that way shows, is
    /// the document of the whole table.
    @Test func theMetricsDocumentNeedsOnlyWhatItShows() throws {
        let orders: [MetricsReport.Order] = [.highest(.pagerank), .highest(.katz), .name]
        let renderings: [MetricsReport.Rendering] = [
            .csv, .json, .text(columns: MetricsReport.defaultColumns), .text(columns: [.id, .measure(.hub), .measure(.authority)]),
        ]
        #expect(MetricsReport.measuresNeeded(for: .text(columns: [.id, .measure(.hub)]), order: .highest(.katz))
            == GraphMetrics.measures.union([.hub, .katz]))
        #expect(MetricsReport.mapFiguresNeeded(for: .csv).isEmpty)
        for file in ExampleDatasets.files {
            let dataset = try loaded(file)
            let span = try #require(dataset.yearSpan)
            let snapshot = Snapshot(dataset, at: .year((span.lowerBound + span.upperBound) / 2))
            let whole = MetricsTable(snapshot)
            for order in orders {
                for rendering in renderings {
                    let table = MetricsTable(snapshot, measures: MetricsReport.measuresNeeded(for: rendering, order: order),
                                             mapFigures: MetricsReport.mapFiguresNeeded(for: rendering))
                    let report = MetricsReport(table, order: order, limit: 8), full = MetricsReport(whole, order: order, limit: 8)
                    let label = "\(file.lastPathComponent) \(order) \(rendering)"
                    switch rendering {
                    case .csv:
                        #expect(report.csv() == full.csv(), "\(label)")
                        #expect(report.notesBesideCSV == full.notesBesideCSV, "\(label)")
                    case .json:
                        #expect(try report.json(provenance: provenance) == full.json(provenance: provenance), "\(label)")
                    case .text(let columns):
                        #expect(report.text(columns: columns, width: 80) == full.text(columns: columns, width: 80), "\(label)")
                    }
                }
            }
        }
    }

    private let provenance = Provenance(inputs: [Provenance.Input(path: "map.yaml", sha256: nil)], arguments: ["series"])

    private func loaded(_ file: URL) throws -> Dataset {
        try #require(DatasetReader().check(data: try Data(contentsOf: file), syntax: .yaml, file: file.path).dataset)
    }

    /// Values bit for bit, so that undefined values (NaN) compare equal too.
    private func bits(_ column: [Double]?) -> [UInt64]? { column?.map(\.bitPattern) }
}
