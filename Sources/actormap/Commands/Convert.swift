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

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case yaml, json, csv, graphml, gexf

        init?(pathExtension: String) {
            switch pathExtension.lowercased() {
            case "yml": self = .yaml
            default: self.init(rawValue: pathExtension.lowercased())
            }
        }
    }

    @Argument(help: "The map: one file, or an actors and a relationships CSV table (and a .dataset.yaml for the title).")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The file to write, or - for standard output (with --format; not for csv).")
    var output: String

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")); by default the output's extension.")
    var format: Format?

    @Option(name: .customLong("metrics-year"), help: ArgumentHelp(
        "Add the measures of this year to GraphML or GEXF; for GEXF also a window (2010..2020), one value per year.",
        valueName: "year"))
    var metricsYears: String?

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
        guard format == .graphml || format == .gexf else {
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
        let dataset = read.recorded(asOf: MapSpan.currentYear)
        let format = try outputFormat()
        let target = URL(fileURLWithPath: output)
        if let metricsYears { try span.check(try parsedTime(metricsYears, option: "--metrics-year"), option: "--metrics-year", in: dataset) }
        let measures = try metricsYears.map { try measure(dataset, years: try self.years($0)) } ?? []
        var written: [(URL, String)] = []
        switch format {
        case .yaml, .json:
            written = [(target, NativeDatasetWriter().text(dataset, syntax: format == .json ? .json : .yaml))]
        case .csv:
            let tables = CSVDatasetWriter(neutralisingFormulas: csv.neutralise).tables(dataset)
            let files = CSVDatasetWriter.files(for: target)
            written = [(files.actors, tables.actors), (files.relationships, tables.relationships), (files.frame, tables.frame)]
        case .graphml:
            written = [(target, GraphMLWriter().document(dataset, measures: measures.first))]
        case .gexf:
            written = [(target, GEXFWriter().document(dataset, measures: measures))]
        }
        if output == "-" {
            try printResult(written[0].1, as: .data, terminator: "")
            return
        }
        try writeFiles(written.map { ($0.0.relativePath, Data($0.1.utf8)) })
        printError("wrote \(written.map(\.0.relativePath).joined(separator: ", ")): \(dataset.actors.count) actors, \(dataset.relationships.count) relationships")
    }

    private func outputFormat() throws -> Format {
        if let format { return format }
        if output == "-" { throw ValidationError("Writing to standard output needs --format.") }
        let pathExtension = URL(fileURLWithPath: output).pathExtension
        if let format = Format(pathExtension: pathExtension) { return format }
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

    /// The measures of each year, with one note for each measure undefined in any of them,
    /// naming the years.
    private func measure(_ dataset: Dataset, years: [Int]) throws -> [ActorMeasures] {
        let options = try measuring.options(for: dataset)
        var notes: [String: [Int]] = [:]
        let measures = years.map { year in
            // The files hold every actor's measures, not the map's figures.
            let table = MetricsTable(Snapshot(dataset, at: .year(year)), options: options, mapFigures: [])
            for problem in table.undefined.values { notes["\(problem)", default: []].append(year) }
            return ActorMeasures(table, year: year)
        }
        for (problem, years) in notes.sorted(by: { $0.key < $1.key }) {
            let unbroken = years.count > 1 && years.last! - years[0] + 1 == years.count
            let when = unbroken ? "\(years[0])–\(years.last!)" : years.map(String.init).joined(separator: ", ")
            printError("note: \(when): \(problem)")
        }
        return measures
    }
}
