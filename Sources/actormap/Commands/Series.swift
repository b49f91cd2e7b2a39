import ActorMap
import ArgumentParser
import Foundation

struct Series: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measures across years: every actor × every chosen measure, tidy, and the map's own figures year by year.",
        discussion: "CSV and table print the actors' series by default; --level graph prints the map's. JSON holds both."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, table }
    enum Level: String, ExpressibleByArgument, CaseIterable { case actors, graph }

    @Argument(help: "A dataset file.")
    var file: String

    @Option(help: "The first year; the map's first dated year by default.")
    var from: Int?

    @Option(help: "The last year; the map's last dated year by default.")
    var to: Int?

    @Option(help: "Measure every N years.")
    var step: Int = 1

    @Option(help: "Measure windows of N years (a tie counts when active in any of them) instead of single years.")
    var window: Int = 1

    @Option(help: ArgumentHelp("Measures to report, comma-separated.", valueName: "measures"))
    var metrics: String = "pagerank,betweenness,degree"

    @Option(help: "The measure whose share each group holds, in the map's series.")
    var power: Measure = .pagerank

    @Option(help: "Which series CSV and table print: actors or graph.")
    var level: Level = .actors

    @OptionGroup var measuring: MetricArguments

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .csv

    @OptionGroup(title: "Reading the file") var input: InputOptions

    @OptionGroup(title: "Writing CSV") var csv: CSVOptions

    func validate() throws {
        guard step >= 1 else { throw ValidationError("--step takes a number of years of at least 1.") }
        guard window >= 1 else { throw ValidationError("--window takes a number of years of at least 1.") }
        if let from, let to, from > to { throw ValidationError("--from \(from) comes after --to \(to).") }
        _ = try measures(metrics, option: "--metrics")
    }

    func run() throws {
        let progress = Progress("reading the map")
        defer { progress.finish() }
        let dataset = try loadDataset(file, input: input)
        guard let span = dataset.yearSpan ?? from.flatMap({ first in to.map { first...$0 } }) else {
            printError("\(file) has no dates; give --from and --to.")
            throw ExitCode(1)
        }
        let moments = MetricSeries.moments(from: from ?? span.lowerBound, to: to ?? span.upperBound, step: step, window: window)
        guard moments.count <= 1000 else {
            printError("That is \(moments.count) moments; narrow --from/--to or raise --step.")
            throw ExitCode(1)
        }
        progress.begin("measuring moments", total: moments.count)
        let series = MetricSeries(dataset, moments: moments, options: try measuring.options(for: dataset)) { progress.advance() }
        progress.finish()
        let chosen = try measures(metrics, option: "--metrics")
        switch (format, level) {
        case (.json, _): try printResult(try jsonText(SeriesOutput.document(series, measures: chosen, power: power)), as: .data)
        case (.csv, .actors): try printResult(SeriesOutput.actorsCSV(series, measures: chosen, neutralise: csv.neutralise), as: .data, terminator: "")
        case (.csv, .graph): try printResult(SeriesOutput.graphCSV(series, power: power, neutralise: csv.neutralise), as: .data, terminator: "")
        case (.table, .actors): try printResult(SeriesOutput.actorsTable(series, measure: chosen[0]))
        case (.table, .graph): try printResult(SeriesOutput.graphTable(series, power: power))
        }
    }
}
