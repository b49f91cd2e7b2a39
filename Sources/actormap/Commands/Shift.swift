import ActorMap
import ArgumentParser
import Foundation

struct Shift: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "How power shifted between two moments: who rose and fell, which ties formed, dissolved or changed type.",
        discussion: "The JSON schema is documented in docs/change-over-time.md."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv, markdown }

    @Argument(help: "A dataset file.")
    var file: String

    @Option(help: ArgumentHelp("The earlier moment: a year, a window 2010..2012, or a date.", valueName: "year"))
    var from: String

    @Option(help: ArgumentHelp("The later moment: a year, a window, or a date.", valueName: "year"))
    var to: String

    @Option(help: "The measure of power to compare.")
    var metric: Measure = .pagerank

    @OptionGroup var measuring: MetricArguments

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Flag(help: "Split each actor's change, and each group's change in share, between actors that entered and left, ties formed, dissolved and retyped, and changed weights (Shapley values over the maps in between).")
    var decompose = false

    @Flag(help: "Add the QAP correlation of the two moments' networks over the actors on the map at both, with its permutation p-values.")
    var qap = false

    @Option(parsing: .unconditional, help: ArgumentHelp("Random relabellings of the actors for --qap (seeded by --seed).", valueName: "N"))
    var permutations: Int = 5000

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Test the E-I index at each moment against N permutations of the sides among the actors, as UCINET does (seeded by --seed); 0 for none.",
        valueName: "N"))
    var eiPermutations: Int = 0

    @Flag(help: "Recompute the shift without each tie that cites a single source, and without the low-confidence ties, and mark every finding that changes.")
    var robustness = false

    @OptionGroup var span: SpanOption

    @OptionGroup(title: "Reading the file") var input: InputOptions

    @OptionGroup(title: "Writing CSV") var csv: CSVOptions

    func validate() throws {
        let first = try parsedTime(from, option: "--from"), last = try parsedTime(to, option: "--to")
        // A shift read backwards turns every rise into a fall; one moment against itself has none.
        guard first.firstDay < last.firstDay else {
            throw ValidationError("--from \(from) must come before --to \(to): shift compares an earlier moment with a later one.")
        }
        try checkPermutations(permutations, option: "--permutations", allowingNone: false)
        try checkPermutations(eiPermutations, option: "--ei-permutations", allowingNone: true)
    }

    func run() throws {
        let dataset = try loadDataset(file, input: input)
        let first = try parsedTime(from, option: "--from"), last = try parsedTime(to, option: "--to")
        try span.check(first, option: "--from", in: dataset)
        try span.check(last, option: "--to", in: dataset)
        let options = try measuring.options(for: dataset)
        var shift = PowerShift(dataset, from: first, to: last, measure: metric, options: options, measures: PowerShift.measures(for: metric),
                               mapFigures: PowerShift.mapFigures(for: metric))
        // Up to 64 maps to measure, and thousands of permutations: a large map shows it is alive.
        let progress = Progress(decompose ? "measuring the maps in between" : "testing the change")
        if decompose { shift.decomposition = ShiftDecomposition(shift) }
        if qap {
            progress.begin("relabelling actors \(permutations) times")
            shift.correlation = GraphCorrelation(
                from: shift.before.snapshot, to: shift.after.snapshot, options: options.projection,
                permutations: permutations, seed: UInt64(measuring.seed))
        }
        if eiPermutations > 0 {
            progress.begin("shuffling sides \(eiPermutations) times")
            let seed = UInt64(measuring.seed)
            shift.eiTests = (EIIndexTest(shift.before, permutations: eiPermutations, seed: seed),
                             EIIndexTest(shift.after, permutations: eiPermutations, seed: seed))
        }
        progress.finish()
        var report = ShiftReport(shift)
        if robustness {
            let progress = Progress("trying the findings without single-source ties")
            defer { progress.finish() }
            report.robustness = ShiftRobustness(shift) { done, total in
                if done == 1 { progress.begin("trying the findings without single-source ties", total: total) }
                progress.advance()
            }
        }
        if let warning = report.instabilityWarning { printError("warning: \(warning)") }
        switch format {
        case .json: try printResult(try report.json(provenance: .ofThisRun(inputs: [file], seed: measuring.seed)), as: .data)
        case .csv:
            // Text and Markdown carry their notes at the top, JSON in `notes`; CSV has no room above its header.
            shift.notes.forEach { printError("note: \($0)") }
            if decompose || qap || eiPermutations > 0 {
                printError("note: CSV lists the actors' measures only; --decompose, --qap and --ei-permutations are in the table, Markdown and JSON.")
            }
            try printResult(report.csv(neutralise: csv.neutralise), as: .data, terminator: "")
        case .markdown: try printResult(report.markdown())
        case .table: try printResult(report.text())
        }
    }
}
