import ActorMap
import Foundation

/// How far drawings of several years have got, for a caller that shows it (a progress line
/// on a terminal, a bar in an app).
public enum DrawingProgress: Hashable, Sendable {
    /// Every actor of the span is being laid out, once for all the years.
    case layingOut(span: ClosedRange<Int>)
    /// The span is laid out by `engine`; `years` drawings follow.
    case drawing(years: Int, engine: LayoutEngine, span: ClosedRange<Int>)
    /// One more year is drawn.
    case drew(year: Int)
}

extension Graphviz {
    /// Each of `years` of `dataset` drawn with every actor in one place throughout: the
    /// whole `span` is laid out once (``stableLayout(_:years:options:budget:)``), then each
    /// year is styled as `options` ask, pinned to that layout, and drawn.
    ///
    /// ```swift
    /// let images = try Graphviz.renderYears(dataset, span: 2010...2020, years: [2010, 2015, 2020], format: .svg)
    /// ```
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - span: The years whose actors and ties are laid out together; it holds `years`.
    ///   - years: The years drawn, in the order wanted.
    ///   - options: How each year is styled; its `pinned` is replaced by the span's layout.
    ///   - format: The file format of each drawing.
    ///   - budget: How long each layout may take, as for `render(_:layout:format:budget:)` of a diagram.
    ///   - progress: Called as the layout starts, as the drawings start and after each year;
    ///     on the calling thread.
    /// - Returns: One file's bytes per year of `years`, in the same order.
    /// - Throws: ``GraphvizError`` when Graphviz fails or a budget is spent, or a
    ///   `DiagramError`.
    /// - Complexity: One layout of the span, and one pinned drawing per year.
    public static func renderYears(
        _ dataset: Dataset, span: ClosedRange<Int>, years: [Int], options: DiagramOptions = DiagramOptions(),
        format: ImageFormat, budget: LayoutBudget? = nil, progress: (DrawingProgress) -> Void = { _ in }
    ) throws -> [Data] {
        progress(.layingOut(span: span))
        let (layout, engine) = try stableLayout(dataset, years: span, options: options, budget: budget)
        progress(.drawing(years: years.count, engine: engine, span: span))
        var options = options
        options.pinned = layout
        return try years.map { year in
            let image = try drawn(try Diagram(Snapshot(dataset, at: .year(year)), options: options), format: format, budget: budget)
            progress(.drew(year: year))
            return image
        }
    }

    /// The title and legend of the whole `span`, drawn once as SVG for a sheet or page of its
    /// years (see `Diagram.legend(_:options:)`).
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - span: The years the legend speaks for: their kinds, groups and relationship types.
    ///   - options: How the years are styled; `title` is the legend's heading.
    /// - Returns: An SVG document.
    /// - Throws: ``GraphvizError`` when Graphviz fails, or a `DiagramError`.
    /// - Complexity: One pinned drawing of the legend's samples.
    public static func legend(_ dataset: Dataset, span: ClosedRange<Int>, options: DiagramOptions) throws -> String {
        let graph = try Diagram.legend(Snapshot(dataset, at: .window(span)), options: options)
        return String(decoding: try render(graph.text, layout: PinnedLayout.engine, format: .svg), as: UTF8.self)
    }
}
