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

    @Option(help: "Show only the first N actors.")
    var top: Int?

    @Option(help: ArgumentHelp("Measures to show in the table, comma-separated.", valueName: "measures"))
    var columns: String = "degree,betweenness,closeness,pagerank,constraint"

    @Option(help: ArgumentHelp("Explain a measure in plain words (or `all`), then stop.", valueName: "measure"))
    var explain: String?

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func validate() throws {
        if explain == nil, file == nil { throw ValidationError("Give a dataset file, or --explain MEASURE.") }
        if let top, top < 1 { throw ValidationError("--top takes a number of actors of at least 1.") }
        if sort != "name" { _ = try measures(sort, option: "--sort") }
        _ = try measures(columns, option: "--columns")
    }

    func run() throws {
        if let explain {
            print(try explanation(of: explain))
            return
        }
        let progress = Progress("reading the map")
        defer { progress.finish() }
        let dataset = try loadDataset(file!, input: input)
        let options = try measuring.options(for: dataset)
        let snapshot = Snapshot(dataset, at: try time.selection(in: dataset))
        progress.begin("measuring \(snapshot.actorIndices.count) actors")
        let table = MetricsTable(snapshot, options: options)
        progress.finish()
        if format == .csv, let note = table.fewTiesNote { printError("note: \(note)") }
        if format == .table, let note = table.fewTiesNote { print("note: \(note)") }
        if format == .csv {
            // The table and JSON carry these themselves; CSV has only empty cells.
            for (_, problem) in table.undefined.sorted(by: { $0.key.name < $1.key.name }) {
                printError("note: \(problem)")
            }
        }
        let order = rankedNodes(table)
        switch format {
        case .csv: print(MetricsOutput.csv(table, nodes: order), terminator: "")
        case .json: print(try jsonText(MetricsOutput.json(table, nodes: order)))
        case .table: print(MetricsOutput.text(table, nodes: order, measures: try measures(columns, option: "--columns")))
        }
    }

    private func explanation(of name: String) throws -> String {
        if name == "all" {
            return Measure.allCases.map { "\($0.name): \($0.explanation)" }.joined(separator: "\n")
        }
        guard let measure = try measures(name, option: "--explain").first else {
            throw ValidationError("--explain takes a measure name, or all.")
        }
        return "\(measure.name): \(measure.explanation)"
    }

    /// Nodes ordered by the sort measure, highest first, undefined last, then by name.
    private func rankedNodes(_ table: MetricsTable) -> [Int] {
        let names = (0..<table.projection.nodeCount).map { table.actor(at: $0).name }
        let measure = Measure(rawValue: sort)
        let sorted = (0..<table.projection.nodeCount).sorted { a, b in
            if let measure {
                let x = table.value(measure, node: a) ?? -.infinity, y = table.value(measure, node: b) ?? -.infinity
                if x != y { return x > y }
            }
            return names[a].localizedStandardCompare(names[b]) == .orderedAscending
        }
        return top.map { Array(sorted.prefix($0)) } ?? sorted
    }
}
