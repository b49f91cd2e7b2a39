import ActorMap
import ActorMapGraphviz
import ArgumentParser
import Foundation

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a map year by year with every actor in the same place, so that what moves is the relationships.",
        discussion: """
            The whole span is laid out once (neato up to \(LayoutEngine.stressLimit) actors when quick, else sfdp) and every \
            year is drawn with those places pinned. Writes <year>.svg (or .png) for each year and index.html \
            listing them into --out; --grid also writes grid.svg, the years side by side for print. \
            See docs/timeline-and-report.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case svg, png }

    @Argument(help: "A dataset file.")
    var file: String

    @Option(help: ArgumentHelp("The folder to write into; made when missing.", valueName: "folder"))
    var out: String

    @OptionGroup var years: YearRange

    @Option(parsing: .unconditional, help: "Draw every N years.")
    var step: Int = 1

    @Option(help: "Image format of each year: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .svg

    @Flag(help: "Also write grid.svg: the years side by side on one sheet sized for A3 paper, under one title and legend.")
    var grid = false

    @Option(parsing: .unconditional, help: "With --grid, how many years in a row (default: the number that prints each year largest on the A3 sheet).")
    var columns: Int?

    @Option(help: ArgumentHelp("Which actors carry their name: all, none, or top:N (the N with the most ties).", valueName: "all|none|top:N"))
    var labels: LabelChoice = LabelChoice(.all)

    @Flag(inversion: .prefixedNo, help: "Draw the legend of colours, shapes and relationship types.")
    var legend = true

    @Option(help: ArgumentHelp("Actors without a tie in any year drawn: show, hide, or margin (a row at the foot, captioned as untied). An actor tied in some year keeps its place in every year.", valueName: "show|hide|margin"))
    var isolates: DiagramOptions.Isolates = .margin

    @OptionGroup var measuring: MetricArguments

    @OptionGroup var layoutTime: LayoutTimeout

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func validate() throws {
        _ = try parsedYearCount(step, option: "--step")
        guard (columns ?? 1) >= 1 else { throw ValidationError("--columns takes a number of at least 1.") }
    }

    func run() throws {
        let progress = Progress("reading the map")
        defer { progress.finish() }
        let dataset = try loadDataset(file, input: input)
        let drawn = try years.years(of: dataset, file: file, projection: try measuring.options(for: dataset).projection)
        let span = drawn.years
        let chosen = Array(stride(from: span.lowerBound, through: span.upperBound, by: step))
        guard chosen.count <= 1000 else {
            printError("That is \(chosen.count) years; narrow --from/--to or raise --step.")
            throw ExitCode(1)
        }
        let options = DiagramOptions(
            labels: labels.choice, legend: legend,
            types: StableDiagrams.drawnTypes(try measuring.options(for: dataset).projection.types), isolates: isolates)
        progress.finish()
        try makeFolder(out)
        let images = try StableDiagrams.render(dataset, span: span, years: chosen, options: options, format: format == .svg ? .svg : .png, budget: layoutTime.budget)
        for (year, image) in zip(chosen, images) {
            try write(image, "\(year).\(format.rawValue)")
        }
        if grid {
            // The sheet has one title and one legend; each year's cell only its year.
            var cell = options
            cell.legend = false
            cell.title = ""
            let svgs = try StableDiagrams.render(dataset, span: span, years: chosen, options: cell, format: .svg, budget: layoutTime.budget)
            let parts = zip(chosen, svgs).map { (caption: String($0), svg: String(decoding: $1, as: UTF8.self)) }
            var sheet = options
            sheet.title = "\(dataset.title), \(chosen.first!)–\(chosen.last!)"
            let heading = try StableDiagrams.legend(dataset, span: span, options: sheet)
            try write(Data(SVGGrid.compose(parts, columns: columns, heading: heading).utf8), "grid.svg")
        }
        try write(Data(index(dataset, years: chosen, reason: drawn.reason).utf8), "index.html")
        printError("wrote \(chosen.count) year\(chosen.count == 1 ? "" : "s") to \(out)")
    }

    private func write(_ data: Data, _ name: String) throws {
        try writeFile(data, to: OutputFile.path(name, in: out))
    }

    /// A page listing every year's image, and the grid when there is one.
    private func index(_ dataset: Dataset, years: [Int], reason: String) -> String {
        let title = HTMLText.escape(dataset.title)
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>\(title): year by year</title>
            <style>body{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#222}figure{margin:1.5em 0}img{max-width:100%;border:1px solid #ddd}</style>
            </head>
            <body>
            <h1>\(title): year by year</h1>
            <p>Every actor keeps its place in every year; what changes is who is present and how they are tied.</p>
            <p>\(HTMLText.escape(reason))</p>
            <ul>\(years.map { "<li><a href=\"#y\($0)\">\($0)</a></li>" }.joined())</ul>

            """
        if grid { page += "<p><a href=\"grid.svg\">All years side by side</a></p>\n" }
        for year in years {
            page += "<figure id=\"y\(year)\"><figcaption>\(year)</figcaption><a href=\"\(year).\(format.rawValue)\"><img src=\"\(year).\(format.rawValue)\" alt=\"\(title), \(year)\"></a></figure>\n"
        }
        return page + "</body>\n</html>\n"
    }
}
