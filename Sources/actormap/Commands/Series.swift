import ActorMap
import ArgumentParser
import Foundation

struct Series: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measures across years: every actor × every chosen measure, tidy, and the map's own figures year by year.",
        discussion: "CSV and table print the actors' series by default; --level graph prints the map's. JSON holds both."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, table }

    @Argument(help: "A dataset file.")
    var file: String

    @Option(help: ArgumentHelp("The first year; the start of the map's span by default.", valueName: "year"))
    var from: String?

    @Option(help: ArgumentHelp("The last year; the end of the map's span by default.", valueName: "year"))
    var to: String?

    @Option(parsing: .unconditional, help: "Measure every N years.")
    var step: Int = 1

    @Option(parsing: .unconditional, help: "Measure windows of N years (a tie counts when active in any of them) instead of single years.")
    var window: Int = 1

    @Option(help: ArgumentHelp("Measures to report, comma-separated.", valueName: "measures"))
    var metrics: String = "pagerank,betweenness,degree"

    @Option(help: "The measure whose share each group holds, in the map's series.")
    var power: Measure = .pagerank

    @Option(help: "Which series CSV and table print: actors or graph.")
    var level: SeriesReport.Level = .actors

    @Option(help: ArgumentHelp(
        "Compare this rated attribute (such as influence) with each of --metrics, year by year: rank correlations (--level graph) or each actor's ranks and gap (--level actors).",
        valueName: "attribute"))
    var rating: String?

    @OptionGroup var measuring: MetricArguments

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .csv

    @OptionGroup var span: SpanOption

    @OptionGroup(title: "Reading the file") var input: InputOptions

    @OptionGroup(title: "Writing CSV") var csv: CSVOptions

    func validate() throws {
        _ = try parsedYearCount(step, option: "--step")
        _ = try parsedYearCount(window, option: "--window")
        let first = try from.map { try parsedYear($0, option: "--from") }
        let last = try to.map { try parsedYear($0, option: "--to") }
        if let first, let last, first > last { throw ValidationError("--from \(first) comes after --to \(last).") }
        _ = try measures(metrics, option: "--metrics")
    }

    func run() throws {
        let progress = Progress("reading the map")
        defer { progress.finish() }
        let dataset = try loadDataset(file, input: input)
        let years = try chosenYears(of: dataset, file: file, from: from, to: to, span: span, start: .spanStart).years
        let start = years.lowerBound, end = years.upperBound
        if window > end - start + 1, !span.allowOutsideSpan {
            printError("error: --window \(window) is longer than the \(end - start + 1) years from \(start) to \(end); choose a shorter window. (To measure past them anyway, give --allow-outside-span.)")
            throw ExitCode(1)
        }
        let count = (end - start) / step + 1
        guard count <= MetricSeries.mostMoments else {
            printError("error: that is \(count) moments; narrow --from/--to or raise --step (at most \(MetricSeries.mostMoments)).")
            throw ExitCode(1)
        }
        let moments = MetricSeries.moments(from: start, to: end, step: step, window: window)
        progress.begin("measuring moments", total: moments.count)
        let chosen = try measures(metrics, option: "--metrics")
        if let rating {
            try printRatings(rating, dataset: dataset, moments: moments, measures: chosen, progress: progress)
            return
        }
        let shown = format == .json ? nil : level
        let series = MetricSeries(
            dataset, moments: moments, options: try measuring.options(for: dataset),
            measures: SeriesReport.measuresNeeded(for: chosen, power: power, level: shown),
            mapFigures: SeriesReport.mapFiguresNeeded(level: shown)) { progress.advance() }
        progress.finish()
        let report = SeriesReport(series, measures: chosen, power: power)
        switch format {
        case .json:
            try printResult(try report.json(provenance: .ofThisRun(inputs: [file], seed: measuring.seed)), as: .data)
        case .csv:
            // The table carries the notes in its first lines, JSON in `notes`; CSV has no room above its header.
            report.notes.forEach { printError("note: \($0)") }
            try printResult(report.csv(level, neutralise: csv.neutralise), as: .data, terminator: "")
        case .table:
            try printResult(report.text(level))
        }
    }
}

extension Series {
    /// `--rating`: the rating against each measure at every moment, as ``SalienceSeriesReport``.
    private func printRatings(_ rating: String, dataset: Dataset, moments: [TimeSelection], measures chosen: [Measure],
                              progress: Progress) throws {
        if let label = chosen.first(where: { !$0.isAmount }) {
            throw ValidationError("--metrics \(label.name): a community number is a label, not an amount; --rating compares amounts.")
        }
        do {
            try ActorScale.attribute(rating).check(in: dataset)
        } catch {
            printError("error: \(file): --rating \(rating): \(error)")
            throw ExitCode(1)
        }
        let series = MetricSeries(
            dataset, moments: moments, options: try measuring.options(for: dataset),
            measures: Set(chosen), mapFigures: []) { progress.advance() }
        progress.finish()
        let report: SalienceSeriesReport
        do {
            report = try SalienceSeriesReport(series, rating: rating, measures: chosen)
        } catch {
            printError("error: \(file): --rating \(rating): \(error)")
            throw ExitCode(1)
        }
        switch format {
        case .json:
            try printResult(try report.json(provenance: .ofThisRun(inputs: [file], seed: measuring.seed)), as: .data)
        case .csv:
            report.notes.forEach { printError("note: \($0)") }
            try printResult(report.csv(level, neutralise: csv.neutralise), as: .data, terminator: "")
        case .table:
            try printResult(report.text())
        }
    }
}

extension SeriesReport.Level: ExpressibleByArgument {}
