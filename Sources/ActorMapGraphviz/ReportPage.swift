import ActorMap
import Foundation

/// How to make a whole report page (`HTMLReport`) from a map: the years it covers, the
/// measure it is about and how its maps are drawn; `actormap report` writes the page, and
/// `actormap serve` serves it and makes it again when the map is saved.
///
/// Making a page has three steps, ``chosenYears(of:)``, ``measure(_:over:progress:)`` and
/// ``drawMaps(of:over:progress:)``, so that a command can say what each does; ``page(of:)``
/// takes them all.
public struct ReportPage: Sendable {
    /// The years the page covers, or `nil` for the map's own: from the first year with at
    /// least `MetricsTable.fewTies` ties to the end of its span (see `DefaultYears`).
    public var years: DefaultYears?
    /// Years between two measured years; at least 1.
    public var step: Int
    /// The measure of power the charts, tables and shift are about.
    public var measure: Measure
    /// The projection and parameters every year is measured with.
    public var options: MetricOptions
    /// How each year's map is styled, or `nil` for a page of charts and tables alone; the
    /// relationship types drawn are those the measures read
    /// (`DiagramOptions.drawnTypes(measuring:)`), and the legend is drawn once for all years.
    public var maps: DiagramOptions?
    /// How long each layout may take, as for `Graphviz.render(_:layout:format:budget:)`.
    public var budget: LayoutBudget?
    /// What made the page, shown at its foot.
    public var generator: String

    /// The most years one page shows; a longer page is a mistake in the years asked for, and
    /// too long to read.
    public static let mostYears = 200

    /// A way of making a report page.
    ///
    /// - Parameters:
    ///   - years: The years covered, or `nil` for the map's own (see ``years``).
    ///   - step: Years between two measured years; a step below 1 is read as 1.
    ///   - measure: The measure of power the page is about.
    ///   - options: The projection and parameters of the measures.
    ///   - maps: How each year's map is styled, or `nil` for no maps.
    ///   - budget: How long each layout may take.
    ///   - generator: What made the page, shown at its foot.
    public init(
        years: DefaultYears? = nil, step: Int = 1, measure: Measure = .pagerank, options: MetricOptions = MetricOptions(),
        maps: DiagramOptions? = DiagramOptions(), budget: LayoutBudget? = nil, generator: String = "ActorMap"
    ) {
        self.years = years
        self.step = max(step, 1)
        self.measure = measure
        self.options = options
        self.maps = maps
        self.budget = budget
        self.generator = generator
    }

    /// The years of `dataset` the page covers, and how they were chosen.
    ///
    /// - Parameter dataset: The map.
    /// - Returns: ``years`` when given, otherwise the map's own.
    /// - Throws: ``ReportPageError/noDates`` when the years are the map's own and nothing on
    ///   it is dated.
    public func chosenYears(of dataset: Dataset) throws(ReportPageError) -> DefaultYears {
        if let years { return years }
        do {
            return try DefaultYears(dataset, from: nil, to: nil, start: .firstYearWithTies, options: options.projection, given: "")
        } catch {
            throw .noDates
        }
    }

    /// The years measured: the first to the last of `years`, every ``step`` years.
    ///
    /// - Parameter years: The years covered.
    /// - Returns: One moment per year measured, in order.
    public func moments(of years: DefaultYears) -> [TimeSelection] {
        MetricSeries.moments(from: years.years.lowerBound, to: years.years.upperBound, step: step)
    }

    /// The page without its maps: every year measured, the shift from the first year to the
    /// last, and how the years were chosen.
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - years: The years covered, from ``chosenYears(of:)``.
    ///   - progress: Called once as each year is measured, from any thread.
    /// - Returns: The report; ``drawMaps(of:over:progress:)`` adds its maps.
    /// - Throws: ``ReportPageError/tooManyYears(_:)`` for more than ``mostYears`` years.
    /// - Complexity: One `MetricsTable` per year measured.
    public func measure(_ dataset: Dataset, over years: DefaultYears, progress: (@Sendable () -> Void)? = nil) throws(ReportPageError) -> HTMLReport {
        let moments = moments(of: years)
        guard moments.count <= Self.mostYears else { throw .tooManyYears(moments.count) }
        let series = MetricSeries(dataset, moments: moments, options: options, measures: HTMLReport.measures(for: measure),
                                  mapFigures: HTMLReport.mapFigures(for: measure), progress: progress)
        // At least one moment: the first year comes no later than the last.
        let shift = PowerShift(before: series.tables[0], after: series.tables[series.tables.count - 1], measure: measure)
        var report = HTMLReport(series: series, shift: shift, measure: measure, generator: generator)
        report.comparison = years.reason
        return report
    }

    /// Draws the maps of `report` as ``maps`` says, every year's actors in one place; a page
    /// without maps is left as it is.
    ///
    /// - Parameters:
    ///   - report: A report ``measure(_:over:progress:)`` made.
    ///   - years: The years it covers, laid out together.
    ///   - progress: Told how the drawings go.
    /// - Throws: ``GraphvizError`` when Graphviz fails or a layout outruns ``budget``.
    /// - Complexity: One layout of the years covered, and one drawing per year.
    public func drawMaps(of report: inout HTMLReport, over years: DefaultYears, progress: (DrawingProgress) -> Void = { _ in }) throws {
        guard var style = maps else { return }
        style.types = DiagramOptions.drawnTypes(measuring: options.projection.types)
        try report.drawMaps(over: years.years, options: style, budget: budget, progress: progress)
    }

    /// The whole page of `dataset`: measured, then drawn.
    ///
    /// - Parameter dataset: The map.
    /// - Returns: The report, ready for `HTMLReport.html()`.
    /// - Throws: ``ReportPageError`` when no page can be made of the map's years;
    ///   ``GraphvizError`` when a map cannot be drawn.
    public func page(of dataset: Dataset) throws -> HTMLReport {
        let years = try chosenYears(of: dataset)
        var report = try measure(dataset, over: years)
        try drawMaps(of: &report, over: years)
        return report
    }
}

/// Why no report page can be made of a map's years.
public enum ReportPageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The years were to come from the map, and nothing on it is dated.
    case noDates
    /// More years than ``ReportPage/mostYears`` were asked for, this many.
    case tooManyYears(Int)

    public var description: String {
        switch self {
        case .noDates:
            "nothing on the map is dated, so the page has no years to show. Fix: give actors or relationships a year (since: 2015)."
        case .tooManyYears(let count):
            "that is \(count) years for one page; at most \(ReportPage.mostYears) are shown. Fix: choose fewer years, or measure every few years."
        }
    }
}
