import ActorMap
import ActorMapGraphviz
import ArgumentParser
import Foundation

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one self-contained HTML page about a map over the years: maps with a year slider, charts, sortable tables and the power shift.",
        discussion: """
            The page works offline and can be emailed: every year's map is drawn in it as SVG, with every actor \
            in the same place each year, and every year's map and table reads without script. With script it is \
            an explorer: pan and zoom, search, an actor's profile, steps out from an actor, filters by side, kind \
            and tie, a year slider with play, the shift between any two years, and the view kept in the link \
            (#year=2015&actor=ID&depth=1&measure=pagerank&from=2005&to=2015&hide=group:state). The shift below \
            compares the first and last year. The file is written only once complete. See docs/timeline-and-report.md.
            """
    )

    @Argument(help: "A dataset file.")
    var file: String

    @OptionGroup var years: YearRange

    @Option(parsing: .unconditional, help: "Measure every N years.")
    var step: Int = 1

    @Option(help: "The measure of power the charts, tables and shift are about.")
    var metric: Measure = .pagerank

    @Option(help: ArgumentHelp("Which actors carry their name on the maps: all, none, or top:N (the N largest by --size-by, else with the most ties).", valueName: "all|none|top:N"))
    var labels: LabelChoice = LabelChoice(.all)

    @OptionGroup var encoding: EncodingArguments

    @Flag(inversion: .prefixedNo, help: "Draw the maps; without them the page holds only charts and tables.")
    var maps = true

    @Option(help: ArgumentHelp("Actors without a tie in any year drawn: show, hide, or margin (a row at the foot, captioned as untied). An actor tied in some year keeps its place in every year.", valueName: "show|hide|margin"))
    var isolates: DiagramOptions.Isolates = .margin

    @OptionGroup var measuring: MetricArguments

    @OptionGroup var layoutTime: LayoutTimeout

    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write, or - for standard output.", valueName: "path"))
    var output: String

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func validate() throws {
        _ = try parsedYearCount(step, option: "--step")
        // The page is HTML whatever the name says: a report.pdf would not open as a PDF.
        // A name without an extension (a device, a pipe) is written as given.
        let suffix = URL(fileURLWithPath: output).pathExtension.lowercased()
        if !suffix.isEmpty, !["html", "htm"].contains(suffix) {
            throw ValidationError("-o \(output): a report is one HTML page; name it .html (such as report.html).")
        }
    }

    func run() throws {
        try checkWritable(output)
        let progress = Progress("reading the map")
        defer { progress.finish() }
        let dataset = try loadDataset(file, input: input)
        let options = try measuring.options(for: dataset)
        let compared = try years.years(of: dataset, file: file, projection: options.projection)
        var style = DiagramOptions(labels: labels.choice, types: DiagramOptions.drawnTypes(measuring: options.projection.types), isolates: isolates)
        // The maps show the actors --where keeps, as the tables and charts count them.
        style.actorFilter = options.projection.actorFilter
        if !encoding.isPlain {
            style.encoding = try encoding.encoding(for: dataset, measuring: options)
        }
        var page = ReportPage(years: compared, step: step, measure: metric, options: options, maps: maps ? style : nil,
                              budget: layoutTime.budget, generator: "actormap report")
        let count = page.moments(of: compared).count
        guard count <= ReportPage.mostYears else {
            printError("error: that is \(count) years for one page; narrow --from/--to or raise --step.")
            throw ExitCode(1)
        }
        if var actorEncoding = style.encoding {
            if maps {
                // Shared here, once, so that the notes name the scale the maps are drawn to.
                let years = page.moments(of: compared).compactMap { moment -> Int? in if case .year(let year) = moment { year } else { nil } }
                actorEncoding = actorEncoding.shared(across: years, of: dataset, keeping: style.actorFilter)
                page.maps?.encoding = actorEncoding
            }
            for note in actorEncoding.notes(at: Snapshot(dataset, at: .window(compared.years))) { printError("note: \(note)") }
        }
        progress.begin("measuring years", total: count)
        var report = try page.measure(dataset, over: compared) { progress.advance() }
        progress.finish()
        if let note = report.series.filterNote { printError("note: \(note)") }
        if maps {
            try layoutTime.drawing { try page.drawMaps(of: &report, over: compared, progress: $0) }
        }
        try writeFile(Data(report.html().utf8), to: output)
        let moments = report.series.moments
        printError("wrote \(output): \(moments.count) year\(moments.count == 1 ? "" : "s"), \(moments.first!) to \(moments.last!)")
    }
}
