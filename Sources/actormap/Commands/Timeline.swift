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
            --size-by and --color-by take a measure or an attribute, worked out for each year drawn, with one \
            scale of areas for all the years and one colour per value or community throughout; --where \
            keeps only the actors that match in each year. \
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

    @Option(help: ArgumentHelp("Which actors carry their name: all, none, or top:N (the N largest by --size-by, else with the most ties).", valueName: "all|none|top:N"))
    var labels: LabelChoice = LabelChoice(.all)

    @OptionGroup var encoding: EncodingArguments

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
        let measuringOptions = try measuring.options(for: dataset)
        let measured = measuringOptions.projection
        let drawn = try years.years(of: dataset, file: file, projection: measured)
        let chosen = Array(stride(from: drawn.years.lowerBound, through: drawn.years.upperBound, by: step))
        guard chosen.count <= 1000 else {
            printError("That is \(chosen.count) years; narrow --from/--to or raise --step.")
            throw ExitCode(1)
        }
        var options = DiagramOptions(
            labels: labels.choice, legend: legend, types: DiagramOptions.drawnTypes(measuring: measured.types), isolates: isolates)
        options.actorFilter = measured.actorFilter
        if !measured.actorFilter.isEmpty {
            // What --where removed from each year drawn, said as the measuring commands say it.
            let kept = MetricSeries(dataset, moments: chosen.map { .year($0) }, options: measuringOptions, measures: [], mapFigures: [])
            if let note = kept.filterNote { printError("note: \(note)") }
        }
        if !encoding.isPlain {
            let actorEncoding = try encoding.encoding(for: dataset, measuring: measuringOptions)
                .shared(across: chosen, of: dataset, keeping: measured.actorFilter)
            for note in actorEncoding.notes(at: Snapshot(dataset, at: .window(drawn.years))) { printError("note: \(note)") }
            options.encoding = actorEncoding
        }
        let timeline = TimelineFolder(
            dataset, span: drawn.years, years: chosen, options: options, format: ImageFormat(rawValue: format.rawValue),
            grid: grid, columns: columns, reason: drawn.reason)
        progress.finish()
        try makeFolder(out)
        let files = try layoutTime.drawing { try timeline.files(budget: layoutTime.budget, progress: $0) }
        try writeFiles(files.map { (OutputFile.path($0.name, in: out), $0.data) })
        printError("wrote \(chosen.count) year\(chosen.count == 1 ? "" : "s") to \(out)")
    }
}
