import ActorMap
import ArgumentParser
import Foundation

struct Metrics: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure every actor's centrality and structural power at one moment of the map.",
        discussion: """
            Every measure matches networkx's default definition where networkx has it (Bonacich \
            power follows R's sna::bonpow, brokerage sna::brokerage, centralisation igraph). \
            `actormap metrics --explain MEASURE` says what a measure means; `--explain all` lists them.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Argument(help: "A dataset file: .yaml, .yml, .json, .csv, .xlsx, .graphml or .gexf.")
    var file: String?

    @OptionGroup var time: TimeOptions
    @OptionGroup var measuring: MetricArguments

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Option(help: ArgumentHelp("Sort actors by this measure, highest first, or by name.", valueName: "measure"))
    var sort: String = Measure.pagerank.name

    @Option(parsing: .unconditional, help: "Show only the first N actors.")
    var top: Int?

    @Option(help: ArgumentHelp(
        "Columns of the table after the name, comma-separated: id and measures. Names are cut to fit COLUMNS or the terminal, and not at all when printed elsewhere.",
        valueName: "columns"))
    var columns: String = "degree,betweenness,closeness,pagerank,constraint"

    @Option(help: ArgumentHelp(
        "Explain in plain words a measure, a figure of the map (density, modularity, ei_index…) or `all`, then stop.",
        valueName: "name"))
    var explain: String?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Test the E-I index against N permutations of the sides among the actors, as UCINET does (seeded by --seed); 0 for none.",
        valueName: "N"))
    var eiPermutations: Int = 0

    @OptionGroup(title: "Reading the file") var input: InputOptions

    @OptionGroup(title: "Writing CSV") var csv: CSVOptions

    func validate() throws {
        if explain == nil, file == nil { throw ValidationError("Give a dataset file, or --explain MEASURE.") }
        try checkPermutations(eiPermutations, option: "--ei-permutations", allowingNone: true)
        if let top, top < 1 { throw ValidationError("--top takes a number of actors of at least 1.") }
        if sort != "name" { _ = try measures(sort, option: "--sort") }
        _ = try tableColumns()
        if let explain { _ = try explanation(of: explain) }
    }

    func run() throws {
        if let explain {
            try printResult(try explanation(of: explain))
            return
        }
        let progress = Progress("reading the map")
        defer { progress.finish() }
        let dataset = try loadDataset(file!, input: input)
        let options = try measuring.options(for: dataset)
        let snapshot = Snapshot(dataset, at: try time.selection(in: dataset))
        progress.begin("measuring \(snapshot.actorIndices.count) actors")
        let order: MetricsReport.Order = Measure(rawValue: sort).map { .highest($0) } ?? .name
        let rendering: MetricsReport.Rendering = switch format {
        case .csv: .csv
        case .json: .json
        case .table: .text(columns: try tableColumns())
        }
        let table = MetricsTable(
            snapshot, options: options, measures: MetricsReport.measuresNeeded(for: rendering, order: order),
            mapFigures: MetricsReport.mapFiguresNeeded(for: rendering))
        progress.finish()
        var report = MetricsReport(table, order: order, limit: top)
        if eiPermutations > 0 {
            report.eiTest = EIIndexTest(table, permutations: eiPermutations, seed: UInt64(measuring.seed))
            if report.eiTest == nil { printError("note: the map has no ties at \(snapshot.time), so no E-I index to test.") }
        }
        switch format {
        case .csv:
            // The table and JSON carry these themselves; CSV has only empty cells.
            report.notesBesideCSV.forEach { printError("note: \($0)") }
            try printResult(report.csv(neutralise: csv.neutralise), as: .data, terminator: "")
        case .json:
            try printResult(try report.json(provenance: .ofThisRun(inputs: [file!], seed: measuring.seed)), as: .data)
        case .table:
            try printResult(report.text(columns: try tableColumns(), width: outputWidth()))
        }
    }

    private func tableColumns() throws -> [MetricsReport.Column] {
        try columns.split(separator: ",").map { name in
            let name = name.trimmingCharacters(in: .whitespaces)
            if let column = MetricsReport.Column(name: name) { return column }
            let near = Suggestion.nearest(to: name, in: MetricsReport.Column.names)
            throw ValidationError("--columns: '\(name)' is not a column.\(near.map { " Did you mean '\($0)'?" } ?? "") The columns are \(MetricsReport.Column.names.joined(separator: ", ")).")
        }
    }

    /// The explanation of a measure or a figure of the map, or of every one for `all`.
    private func explanation(of name: String) throws -> String {
        if name == "all" { return Glossary.all }
        if let entry = Glossary.entry(for: name) { return entry }
        let near = Suggestion.nearest(to: Glossary.key(name), in: Glossary.names)
        throw ValidationError("--explain: '\(name)' is not a measure or a figure of the map.\(near.map { " Did you mean '\($0)'?" } ?? "") Give one of \(Glossary.names.joined(separator: ", ")), or all.")
    }
}
