import ActorMap
import ArgumentParser

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise a map: its years, actors by group and kind, relationships by type, and a year-by-year count."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: "A dataset file: .yaml, .yml, .json, .csv, .xlsx, .graphml or .gexf.")
    var file: String

    @OptionGroup var time: TimeOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func run() throws {
        let dataset = try loadDataset(file, input: input)
        let summary = DatasetSummary(Snapshot(dataset, at: try time.selection(in: dataset)))
        switch format {
        case .json: try printResult(try summary.json(provenance: .ofThisRun(inputs: [file])), as: .data)
        case .table: try printResult(summary.text())
        }
    }
}
