import ActorMap
import ArgumentParser
import Foundation

struct QAP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qap",
        abstract: "Whether two networks are alike beyond chance: their graph correlation and its QAP permutation test, as R's sna::gcor and sna::qaptest.",
        discussion: """
            Compares two years over the actors on the map in both (--from, --to), or two kinds \
            of tie in one year (--types-a, --types-b, --year): do MoUs follow the money? \
            The JSON schema is documented in docs/change-over-time.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: "A dataset file.")
    var file: String

    @Option(help: ArgumentHelp("The earlier year to compare.", valueName: "year"))
    var from: String?

    @Option(help: ArgumentHelp("The later year to compare.", valueName: "year"))
    var to: String?

    @Option(help: ArgumentHelp("The year whose two kinds of tie --types-a and --types-b compare.", valueName: "year"))
    var year: String?

    @Option(help: ArgumentHelp("The first kind of tie, with --year: relationship type ids such as mou, or positive, negative, all.", valueName: "types"))
    var typesA: String?

    @Option(help: ArgumentHelp("The second kind of tie, with --year, as --types-a.", valueName: "types"))
    var typesB: String?

    @OptionGroup var projection: ProjectionArguments

    @Option(parsing: .unconditional, help: ArgumentHelp("Random relabellings of the actors.", valueName: "N"))
    var permutations: Int = 5000

    // Unconditional and signed, so that `--seed -1` is read and refused in the option's terms.
    @Option(parsing: .unconditional, help: "Seed of the random relabellings, so that the p-values repeat.")
    var seed: Int = 0

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @OptionGroup var span: SpanOption

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func validate() throws {
        try checkPermutations(permutations, option: "--permutations", allowingNone: false)
        guard seed >= 0 else { throw ValidationError("--seed takes a whole number of 0 or more; \(seed) is not one.") }
        let years = from != nil || to != nil, types = typesA != nil || typesB != nil || year != nil
        if years && types {
            throw ValidationError("Compare either two years (--from and --to) or two kinds of tie in one year (--types-a, --types-b and --year), not both.")
        }
        if types {
            guard typesA != nil, typesB != nil, let year else {
                throw ValidationError("Comparing two kinds of tie takes all of --types-a, --types-b and --year.")
            }
            _ = try parsedYear(year, option: "--year")
        } else {
            guard let from, let to else { throw ValidationError("Give --from and --to, two years to compare (or --types-a, --types-b and --year).") }
            let first = try parsedYear(from, option: "--from"), last = try parsedYear(to, option: "--to")
            guard first < last else { throw ValidationError("--from \(from) must come before --to \(to).") }
        }
    }

    func run() throws {
        let dataset = try loadDataset(file, input: input)
        let options = try projection.options(for: dataset)
        let correlation: GraphCorrelation
        let compared: [String: String]
        if let year {
            let moment = TimeSelection.year(try parsedYear(year, option: "--year"))
            try span.check(moment, option: "--year", in: dataset)
            var first = options, second = options
            first.types = try ProjectionArguments.typeSelection(typesA!, option: "--types-a", for: dataset)
            second.types = try ProjectionArguments.typeSelection(typesB!, option: "--types-b", for: dataset)
            correlation = GraphCorrelation(Snapshot(dataset, at: moment), first, second, permutations: permutations, seed: UInt64(seed))
            compared = ["year": year, "types_a": typesA!, "types_b": typesB!]
        } else {
            let first = TimeSelection.year(try parsedYear(from!, option: "--from"))
            let last = TimeSelection.year(try parsedYear(to!, option: "--to"))
            try span.check(first, option: "--from", in: dataset)
            try span.check(last, option: "--to", in: dataset)
            correlation = GraphCorrelation(
                from: Snapshot(dataset, at: first), to: Snapshot(dataset, at: last), options: options,
                permutations: permutations, seed: UInt64(seed))
            compared = ["from": from!, "to": to!, "types": projection.types]
        }
        let report = CorrelationReport(correlation, title: dataset.title, compared: compared, direction: options.direction, weighted: options.weighted)
        switch format {
        case .json: try printResult(try report.json(provenance: .ofThisRun(inputs: [file], seed: seed)), as: .data)
        case .table: try printResult(report.text())
        }
    }
}
