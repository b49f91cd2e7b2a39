import ActorMap
import Foundation

/// A map drawn year by year with every actor in the same place, as the files of one
/// folder: `<year>.svg` (or another format) for each year, `index.html` listing them, and,
/// when asked for, `grid.svg`: the years side by side on one sheet for print.
///
/// ```swift
/// let timeline = TimelineFolder(dataset, span: 2010...2020, years: Array(2010...2020))
/// for file in try timeline.files() {
///     try file.data.write(to: folder.appendingPathComponent(file.name))
/// }
/// ```
public struct TimelineFolder: Sendable {
    /// The map.
    public var dataset: Dataset
    /// The years whose actors and ties are laid out together; it holds `years`.
    public var span: ClosedRange<Int>
    /// The years drawn, in order.
    public var years: [Int]
    /// How each year is styled; its title and legend are also the grid's. Its encoding is
    /// shared across the years (`ActorEncoding.shared(across:of:keeping:)`): one scale of
    /// areas, one numbering of communities.
    public var options: DiagramOptions
    /// The file format of each year's drawing.
    public var format: ImageFormat
    /// Whether to write `grid.svg` too.
    public var grid: Bool
    /// How many years in a row of the grid; the number that prints each year largest on an
    /// A3 sheet when `nil` (see ``SVGGrid/compose(_:columns:heading:)``).
    public var columns: Int?
    /// How the years were chosen, in a sentence for the index page.
    public var reason: String?

    /// A timeline of `years` of `dataset`, laid out over `span`.
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - span: The years laid out together; it holds `years`.
    ///   - years: The years drawn, in order; at least one.
    ///   - options: How each year is styled.
    ///   - format: The file format of each year's drawing.
    ///   - grid: Whether to write `grid.svg` too.
    ///   - columns: How many years in a row of the grid.
    ///   - reason: How the years were chosen, for the index page.
    public init(
        _ dataset: Dataset, span: ClosedRange<Int>, years: [Int], options: DiagramOptions = DiagramOptions(),
        format: ImageFormat = .svg, grid: Bool = false, columns: Int? = nil, reason: String? = nil
    ) {
        self.dataset = dataset
        self.span = span
        self.years = years
        self.options = options
        self.format = format
        self.grid = grid
        self.columns = columns
        self.reason = reason
    }

    /// Every file of the folder, by name, drawn in memory: nothing is written here.
    ///
    /// - Parameters:
    ///   - budget: How long each layout may take, as for
    ///     `Graphviz.render(_:layout:format:budget:)` of a diagram.
    ///   - progress: Told how the drawings go (twice over with a grid: once for the years'
    ///     files, once for the grid's cells).
    /// - Returns: The files' names and contents: the years' drawings in order, then
    ///   `grid.svg` when asked for, then `index.html`.
    /// - Throws: ``GraphvizError`` when Graphviz fails or a budget is spent, or a
    ///   `DiagramError`.
    /// - Complexity: One layout of the span and one drawing per year, twice with a grid.
    public func files(
        budget: LayoutBudget? = nil, progress: (DrawingProgress) -> Void = { _ in }
    ) throws -> [(name: String, data: Data)] {
        // One scale of areas and one numbering of communities for every year, the grid's
        // cells and the legend included.
        var options = options
        options.encoding = options.encoding?.shared(across: years, of: dataset, keeping: options.actorFilter)
        let images = try Graphviz.renderYears(dataset, span: span, years: years, options: options, format: format, budget: budget, progress: progress)
        var files = zip(years, images).map { (name: "\($0).\(format.rawValue)", data: $1) }
        if grid {
            // The sheet has one title and one legend; each year's cell only its year.
            var cell = options
            cell.legend = false
            cell.title = ""
            let svgs = try Graphviz.renderYears(dataset, span: span, years: years, options: cell, format: .svg, budget: budget, progress: progress)
            let parts = zip(years, svgs).map { (caption: String($0), svg: String(decoding: $1, as: UTF8.self)) }
            var sheet = options
            sheet.title = "\(dataset.title), \(years.first.map(String.init) ?? "")–\(years.last.map(String.init) ?? "")"
            let heading = try Graphviz.legend(dataset, span: span, options: sheet)
            files.append((name: "grid.svg", data: Data(SVGGrid.compose(parts, columns: columns, heading: heading).utf8)))
        }
        files.append((name: "index.html", data: Data(index().utf8)))
        return files
    }

    /// The page listing every year's drawing, and the grid when there is one. Every text
    /// from the dataset is escaped.
    ///
    /// - Returns: An HTML document.
    /// - Complexity: O(*y*) for *y* years.
    public func index() -> String {
        let title = MarkupText.html(dataset.title)
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>\(title): year by year</title>
            <style>body{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#222}figure{margin:1.5em 0}img{max-width:100%;border:1px solid #ddd}</style>
            </head>
            <body>
            <h1>\(title): year by year</h1>
            <p>Every actor keeps its place in every year; what changes is who is present and how they are tied.</p>

            """
        if let reason { page += "<p>\(MarkupText.html(reason))</p>\n" }
        page += "<ul>\(years.map { "<li><a href=\"#y\($0)\">\($0)</a></li>" }.joined())</ul>\n"
        if grid { page += "<p><a href=\"grid.svg\">All years side by side</a></p>\n" }
        let suffix = MarkupText.html(format.rawValue)
        for year in years {
            page += "<figure id=\"y\(year)\"><figcaption>\(year)</figcaption><a href=\"\(year).\(suffix)\"><img src=\"\(year).\(suffix)\" alt=\"\(title), \(year)\"></a></figure>\n"
        }
        return page + "</body>\n</html>\n"
    }
}
