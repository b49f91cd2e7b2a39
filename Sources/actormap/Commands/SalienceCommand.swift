import ActorMap
import ArgumentParser
import Foundation

struct SalienceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "salience",
        abstract: "Perceived against structural power: each actor's rating (such as Net-Map's influence) beside a measure of its position in the ties.",
        discussion: """
            Per actor: the rating, its rank, the measure, its rank and the gap (rating rank − measure rank; \
            positive when rated below its structural position). Rank 1 is the highest; tied actors share the \
            best rank (1, 2, 2, 4). For the map: Spearman's ρ and Kendall's τ-b between rating and measure, \
            as scipy computes them (ties given their average rank). Actors without a rating are counted and \
            left out. `actormap series --rating influence` gives the same across years.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Argument(help: "A dataset file: .yaml, .yml, .json, .csv, .xlsx, .graphml or .gexf.")
    var file: String

    @OptionGroup var time: TimeOptions

    @Option(help: ArgumentHelp("The numeric attribute informants rated, such as influence.", valueName: "attribute"))
    var rating: String = "influence"

    @Option(help: ArgumentHelp("The measure of structural position to compare it with.", valueName: "measure"))
    var measure: String = Measure.pagerank.name

    @OptionGroup var measuring: MetricArguments

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @OptionGroup(title: "Reading the file") var input: InputOptions

    @OptionGroup(title: "Writing CSV") var csv: CSVOptions

    func validate() throws {
        let named = try measures(measure, option: "--measure")
        guard named.count == 1 else { throw ValidationError("--measure takes one measure.") }
        guard named[0].isAmount else {
            throw ValidationError("--measure \(named[0].name): a community number is a label, not an amount; choose a measure such as pagerank.")
        }
    }

    func run() throws {
        let dataset = try loadDataset(file, input: input)
        let selection = try time.selection(in: dataset)
        let chosen = try measures(measure, option: "--measure")[0]
        let options = try measuring.options(for: dataset)
        let table = MetricsTable(Snapshot(dataset, at: selection), options: options, measures: [chosen], mapFigures: [])
        let salience: Salience
        do {
            salience = try Salience(table, rating: rating, measure: chosen)
        } catch {
            printError("error: \(file): --rating \(rating): \(error)")
            throw ExitCode(1)
        }
        let report = SalienceReport(salience, title: dataset.title, projection: options.projection,
                                    notes: table.fewTiesNote.map { [$0] } ?? [])
        switch format {
        case .table:
            try printResult(report.text(width: outputWidth()))
        case .csv:
            report.notesBesideCSV.forEach { printError("note: \($0)") }
            try printResult(report.csv(neutralise: csv.neutralise), as: .data, terminator: "")
        case .json:
            try printResult(try report.json(provenance: .ofThisRun(inputs: [file])), as: .data)
        }
    }
}
