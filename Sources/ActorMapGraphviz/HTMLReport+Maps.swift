import ActorMap
import Foundation

extension HTMLReport {
    /// Draws the report's maps: every year of its series with every actor in one place (see
    /// ``Graphviz/renderYears(_:span:years:options:format:budget:progress:)``), and one
    /// legend for them all, which the page shows once.
    ///
    /// Without a legend of their own every map has the same extent, so that the page's
    /// slider moves only the ties. An encoding of sizes or communities is shared across the
    /// years (`ActorEncoding.shared(across:of:keeping:)`): one scale of areas, one numbering
    /// of communities, so that a figure or a community looks the same in every year.
    ///
    /// - Parameters:
    ///   - span: The years laid out together; it holds every moment of the series.
    ///   - options: How each year is styled (labels, types drawn, untied actors); its
    ///     legend and title are left out.
    ///   - budget: How long each layout may take, as for
    ///     `Graphviz.render(_:layout:format:budget:)` of a diagram.
    ///   - progress: Told how the drawings go.
    /// - Throws: `DiagramError` when a moment of the series is not a single year;
    ///   ``GraphvizError`` when Graphviz fails or a budget is spent.
    /// - Complexity: One layout of the span, and one drawing per year.
    public mutating func drawMaps(
        over span: ClosedRange<Int>, options: DiagramOptions = DiagramOptions(), budget: LayoutBudget? = nil,
        progress: (DrawingProgress) -> Void = { _ in }
    ) throws {
        let years = series.moments.compactMap { moment -> Int? in if case .year(let year) = moment { year } else { nil } }
        guard years.count == series.moments.count else {
            throw DiagramError("the report draws a map for each year; its series measures windows or dates, so draw it without maps.")
        }
        var style = options
        style.legend = false
        // One scale of areas and one numbering of communities for every year and the legend.
        style.encoding = style.encoding?.shared(across: years, of: series.dataset, keeping: style.actorFilter)
        diagrams = try Graphviz.renderYears(series.dataset, span: span, years: years, options: style, format: .svg, budget: budget, progress: progress)
            .map { String(decoding: $0, as: UTF8.self) }
        var shared = style
        shared.title = ""
        legendDrawing = try Graphviz.legend(series.dataset, span: span, options: shared)
    }
}
