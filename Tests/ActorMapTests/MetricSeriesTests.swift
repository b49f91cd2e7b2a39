import Foundation
import Testing
@testable import ActorMap

@Suite struct MetricSeriesTests {
    @Test func momentsStepAndWindow() {
        #expect(MetricSeries.moments(from: 2000, to: 2004) == [.year(2000), .year(2001), .year(2002), .year(2003), .year(2004)])
        #expect(MetricSeries.moments(from: 2000, to: 2004, step: 2) == [.year(2000), .year(2002), .year(2004)])
        #expect(MetricSeries.moments(from: 2000, to: 2003, step: 2, window: 3) == [.window(2000...2002), .window(2002...2004)])
        #expect(MetricSeries.moments(from: 2005, to: 2004).isEmpty)
    }

    @Test func eachMomentIsTheTableOfItsSnapshot() throws {
        let dataset = try #require(check(smallMap).dataset)
        let moments = MetricSeries.moments(from: 2000, to: 2021)
        let series = MetricSeries(dataset, moments: moments)
        #expect(series.tables.count == moments.count)
        for (moment, table) in zip(moments, series.tables) {
            let alone = MetricsTable(Snapshot(dataset, at: moment))
            #expect(table.snapshot.time == moment)
            #expect(Set(table.columns.keys) == Set(alone.columns.keys), "\(moment)")
            for (measure, values) in table.columns {
                // Bit for bit, so that undefined values (NaN) compare equal too.
                #expect(values.map(\.bitPattern) == alone.columns[measure]?.map(\.bitPattern), "\(moment) \(measure.name)")
            }
            #expect(table.graph == alone.graph, "\(moment)")
        }
    }

    @Test func reportsProgressOncePerMoment() throws {
        let dataset = try #require(check(smallMap).dataset)
        let counter = Counter()
        _ = MetricSeries(dataset, moments: MetricSeries.moments(from: 2000, to: 2009)) { counter.increment() }
        #expect(counter.value == 10)
    }
}

private final class Counter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}

