import ActorMap
import ArgumentParser
import Foundation

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a map between ActorMap's YAML and JSON, CSV tables, Kumu workbooks, GraphML and GEXF.",
        discussion: """
            Reads .yaml, .yml, .json, .csv, .xlsx, .graphml and .gexf; writes .yaml, .json, .csv \
            (map.actors.csv, map.relationships.csv and map.dataset.yaml), .graphml and .gexf. \
            The output's extension gives the format unless --format does. Files are written whole \
            or not at all. See docs/interchange.md.
            """
    )

    @Argument(help: "The map: one file, or an actors and a relationships CSV table (and a .dataset.yaml for the title).")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The file to write, or - for standard output (with --format; not for csv).")
    var output: String

    @Option(help: "Output format: \(DatasetFormat.allCases.map(\.rawValue).joined(separator: ", ")); by default the output's extension.")
    var format: DatasetFormat?

    @Option(name: .customLong("metrics-year"), help: ArgumentHelp(
        "Add the measures of this year to GraphML or GEXF; for GEXF also a window (2010..2020), one value per year.",
        valueName: "year"))
    var metricsYears: String?

    @Option(name: .customLong("attributes-at"), help: ArgumentHelp(
        "For attributes given over time (influence from 2005, from 2012…), the year whose value GraphML, the CSV tables' columns (as Kumu imports them) and GEXF's edges hold; the latest when absent. YAML, JSON, map.attributes.csv and GEXF's dynamic node attributes keep every value.",
        valueName: "year"))
    var attributesAt: String?

    @OptionGroup var measuring: MetricArguments

    @OptionGroup var span: SpanOption

    @OptionGroup(title: "Reading the file") var input: InputOptions

    @OptionGroup(title: "Writing CSV") var csv: CSVOptions

    func validate() throws {
        let format = try outputFormat()
        if output == "-", format == .csv {
            throw ValidationError("CSV makes three files; give -o a file name such as map.csv.")
        }
        guard let metricsYears else { return }
        guard format.carriesMeasures else {
            throw ValidationError("--metrics-year adds measures to GraphML or GEXF only; \(format.rawValue) keeps the map's data alone.")
        }
        let years = try years(metricsYears)
        if format == .graphml, years.count > 1 {
            throw ValidationError("GraphML holds the measures of one year; give --metrics-year a single year, or write GEXF for a window.")
        }
    }

    func run() throws {
        if output != "-" { try checkWritable(output) }
        let report = input.reader.check(contentsOf: inputs.map { URL(fileURLWithPath: $0) })
        printProblems(report, of: inputs)
        guard let read = report.dataset else {
            printError("\(inputs.joined(separator: " ")) cannot be converted until its errors are fixed; `actormap validate` lists them.")
            throw ExitCode(1)
        }
        // The copy keeps the span the map has today, however late it is read.
        let dataset = input.shown(read).recorded(asOf: MapSpan.currentYear)
        let format = try outputFormat()
        let target = URL(fileURLWithPath: output)
        if let metricsYears { try span.check(try parsedTime(metricsYears, option: "--metrics-year"), option: "--metrics-year", in: dataset) }
        let measures = try metricsYears.map { try measure(dataset, years: try self.years($0)) } ?? []
        let valuesAt = try attributesAt.map { try parsedTime($0, option: "--attributes-at") } ?? .allTime
        let written = format.files(dataset, at: target, measures: measures, neutralisingFormulas: csv.neutralise, attributesAt: valuesAt)
        if output == "-" {
            try printResult(written[0].1, as: .data, terminator: "")
            return
        }
        try writeFiles(written.map { ($0.0.relativePath, Data($0.1.utf8)) })
        printError("wrote \(written.map(\.0.relativePath).joined(separator: ", ")): \(dataset.actors.count) actors, \(dataset.relationships.count) relationships")
    }

    private func outputFormat() throws -> DatasetFormat {
        if let format { return format }
        if output == "-" { throw ValidationError("Writing to standard output needs --format.") }
        let pathExtension = URL(fileURLWithPath: output).pathExtension
        if let format = DatasetFormat(pathExtension: pathExtension) { return format }
        if pathExtension.lowercased() == "xlsx" {
            throw ValidationError("ActorMap reads Kumu workbooks but does not write them; write .csv tables, which Kumu and spreadsheets import.")
        }
        throw ValidationError("Cannot tell the format from '\(output)'; name it .yaml, .json, .csv, .graphml or .gexf, or give --format.")
    }

    private func years(_ text: String) throws -> [Int] {
        switch try parsedTime(text, option: "--metrics-year") {
        case .year(let year): return [year]
        case .window(let years):
            guard years.count <= MetricSeries.mostMoments else {
                throw ValidationError("--metrics-year \(text) is \(years.count) years; measure at most \(MetricSeries.mostMoments).")
            }
            return Array(years)
        default: throw ValidationError("--metrics-year takes a year (2017) or, for GEXF, a window of years (2010..2020).")
        }
    }

    /// The measures of each year, with a note for each measure undefined in any of them.
    private func measure(_ dataset: Dataset, years: [Int]) throws -> [ActorMeasures] {
        let (measures, notes) = ActorMeasures.yearly(dataset, years: years, options: try measuring.options(for: dataset))
        for note in notes { printError("note: \(note)") }
        return measures
    }
}

extension DatasetFormat: ExpressibleByArgument {}
