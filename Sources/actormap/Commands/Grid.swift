import ActorMap
import ActorMapGraphviz
import ArgumentParser
import Foundation

struct Grid: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the power–interest grid: every actor by interest and power, in four named quadrants.",
        discussion: """
            Mendelow's grid: manage closely (high power, high interest), keep satisfied, keep informed and \
            monitor. Each actor is a mark in its group's colour with a glyph of its stance (+ supports, \
            − opposes, = neutral). Either axis takes a numeric attribute (the default: interest across, \
            influence up) or a measure such as pagerank. With --from and --to, the grid shows --to and each \
            actor's move since --from as an arrow. A grid of more than 30 actors names at most 30 (those \
            farthest into their quadrants' corners, manage closely first) and draws only the 20 largest \
            moves; in SVG every mark keeps a tooltip with its name and values. SVG, PNG or PDF by the \
            output's extension.
            """
    )

    @Argument(help: "A dataset file: .yaml, .yml, .json, .csv, .xlsx, .graphml or .gexf.")
    var file: String

    @Option(help: ArgumentHelp("The year drawn (the last year of the map by default).", valueName: "year"))
    var year: String?

    @Option(help: ArgumentHelp("Draw each actor's move since this year as an arrow; needs --to or --year.", valueName: "year"))
    var from: String?

    @Option(help: ArgumentHelp("The year the moves end in, and the one drawn.", valueName: "year"))
    var to: String?

    @Option(help: ArgumentHelp("Across: a numeric attribute or a measure.", valueName: "attribute|measure"))
    var x: String = "interest"

    @Option(help: ArgumentHelp("Up: a numeric attribute or a measure, such as pagerank.", valueName: "attribute|measure"))
    var y: String = "influence"

    @OptionGroup var measuring: MetricArguments

    @Option(help: "Output format: svg, png or pdf; taken from the output's extension when absent.")
    var format: DrawingFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write, or - for standard output (with --format).", valueName: "path"))
    var output: String

    @OptionGroup var span: SpanOption

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func validate() throws {
        let shown = try year.map { try parsedYear($0, option: "--year") }
        let last = try to.map { try parsedYear($0, option: "--to") }
        let first = try from.map { try parsedYear($0, option: "--from") }
        if let shown, let last, shown != last {
            throw ValidationError("--year \(shown) and --to \(last) name different years to draw; give one of them.")
        }
        if first != nil, shown == nil, last == nil { throw ValidationError("--from needs --to (or --year): the year the moves end in.") }
        if let first, let end = last ?? shown, first >= end {
            throw ValidationError("--from \(first) must come before \(last != nil ? "--to" : "--year") \(end).")
        }
        for (option, value) in [("--x", x), ("--y", y)] {
            if let measure = Measure(rawValue: value), !measure.isAmount {
                throw ValidationError("\(option) \(value): a community number is a label, not an amount; choose a measure such as pagerank.")
            }
        }
        _ = try outputFormat()
    }

    /// The format asked for, or the one the output's extension names.
    func outputFormat() throws -> DrawingFormat {
        if let format {
            guard format.image != nil else { throw ValidationError("--format dot: the grid is not a graph; choose svg, png or pdf.") }
            return format
        }
        let suffix = URL(fileURLWithPath: output).pathExtension.lowercased()
        if let format = DrawingFormat(rawValue: suffix), format.image != nil { return format }
        throw ValidationError("cannot tell the format from '\(output)'; end it in .svg, .png or .pdf, or give --format.")
    }

    /// The option a problem with an axis comes from.
    private static func option(for error: any Error, x: String) -> String {
        guard let error = error as? SalienceError else { return "--x/--y" }
        return switch error {
        case .unknownAttribute(let id, _, _): id == x ? "--x" : "--y"
        case .notANumber(let attribute, _, _): attribute == x ? "--x" : "--y"
        case .undefinedMeasure(let measure, _): measure.name == x ? "--x" : "--y"
        }
    }

    func run() throws {
        try checkWritable(output)
        let dataset = try loadDataset(file, input: input)
        let drawn: Int
        if let year = to ?? year {
            drawn = try parsedYear(year, option: to != nil ? "--to" : "--year")
            try span.check(year: drawn, option: to != nil ? "--to" : "--year", in: dataset)
        } else if let last = MapSpan(dataset)?.years.upperBound {
            drawn = last
        } else {
            printError("\(file) has no dates; give --year.")
            throw ExitCode(1)
        }
        let first = try from.map { try parsedYear($0, option: "--from") }
        if let first { try span.check(year: first, option: "--from", in: dataset) }

        let options = try measuring.options(for: dataset)
        let grid: PowerInterestGrid
        do {
            grid = try PowerInterestGrid(
                dataset, at: .year(drawn), from: first.map(TimeSelection.year),
                x: ActorScale(named: x), y: ActorScale(named: y), options: options)
        } catch {
            printError("error: \(file): \(Self.option(for: error, x: x)): \(error)")
            throw ExitCode(1)
        }
        if grid.marks.isEmpty {
            printError("note: no actor on the map in \(drawn) has both \(x) and \(y); the grid is empty.")
        }
        let image: Data
        do {
            // A PNG or PDF cannot be hovered: its notes say so rather than point at tooltips.
            let format = try outputFormat()
            image = try Graphviz.render(svg: format == .svg ? grid.svg() : grid.svgForPicture(), format: format.image!)
        } catch {
            printError("error: \(error)")
            throw ExitCode(1)
        }
        try writeFile(image, to: output)
    }
}
