import Dispatch
import Foundation

/// The measures asked for at every moment of a range of years: the raw material of "how did
/// power shift", one ``MetricsTable`` per year or window.
public struct MetricSeries: Sendable {
    /// The map measured.
    public let dataset: Dataset
    /// The projection and parameters every moment is measured with.
    public let options: MetricOptions
    /// The moments measured, in order.
    public let moments: [TimeSelection]
    /// One table per moment, in the same order.
    public let tables: [MetricsTable]

    /// Measures `dataset` at each of `moments`, the moments in parallel.
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - moments: The years, dates or windows to measure, in the order wanted.
    ///   - options: The projection and parameters every moment is measured with.
    ///   - measures: The measures each moment's table computes; every one by default.
    ///   - mapFigures: The figures of the whole map each moment's table computes; every one
    ///     by default, none for a series of the actors' values only.
    ///   - progress: Called once as each moment is done, from any thread.
    /// - Complexity: that of one ``MetricsTable`` of `measures` and `mapFigures` per moment,
    ///   spread over all cores.
    public init(
        _ dataset: Dataset, moments: [TimeSelection], options: MetricOptions = MetricOptions(),
        measures: Set<Measure> = Set(Measure.allCases), mapFigures: Set<MapFigure> = GraphMetrics.allFigures,
        progress: (@Sendable () -> Void)? = nil
    ) {
        self.dataset = dataset
        self.options = options
        self.moments = moments
        let results = ResultSlots<MetricsTable>(count: moments.count)
        let days = ActiveDays(dataset)
        DispatchQueue.concurrentPerform(iterations: moments.count) { index in
            let snapshot = Snapshot(dataset, at: moments[index], activeDays: days)
            results[index] = MetricsTable(snapshot, options: options, measures: measures, mapFigures: mapFigures)
            progress?()
        }
        tables = results.values
    }

    /// The most moments one series measures; more is a mistake in the years asked for.
    public static let mostMoments = 1000

    /// The moments from `first` to `last` every `step` years: single years, or windows of
    /// `window` years starting at each.
    ///
    /// Years are held to ``TimeSelection/possibleYears`` and steps and windows to at least
    /// one year and at most that many, so that no value, however large, overflows or
    /// makes more than 9,999 moments.
    ///
    /// - Parameters:
    ///   - first: The first year.
    ///   - last: The last year a moment starts in.
    ///   - step: Years between the starts of two moments.
    ///   - window: Years in each moment; 1 for single years.
    /// - Returns: The moments in order; empty when `first` is after `last`.
    public static func moments(from first: Int, to last: Int, step: Int = 1, window: Int = 1) -> [TimeSelection] {
        let years = TimeSelection.possibleYears
        let first = max(first, years.lowerBound), last = min(last, years.upperBound)
        let step = min(max(step, 1), years.count), window = min(max(window, 1), years.count)
        guard first <= last else { return [] }
        return stride(from: first, through: last, by: step).map { start in
            window == 1 ? .year(start) : .window(start...(start + window - 1))
        }
    }

    /// Each group's share of `measure` at every moment; `nil` where shares mean nothing
    /// (negative values, a total of zero).
    ///
    /// - Parameter measure: A measure every table computed.
    /// - Returns: For each moment, in order, each group's share by index into the
    ///   vocabulary's groups.
    public func groupShares(of measure: Measure) -> [[Int: Double]?] {
        tables.map { $0.groupShares(of: measure) }
    }
}

/// Slots that concurrent iterations fill, each its own index, read once all are done.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    var values: [Value] { lock.withLock { slots.map { $0! } } }
}
