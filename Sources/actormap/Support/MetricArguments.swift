import Foundation
import ActorMap
import ArgumentParser

/// The parameters of the measures, shared by every command that measures.
struct MetricArguments: ParsableArguments {
    @OptionGroup var projection: ProjectionArguments

    // Unconditional, so that a negative β (`--beta -0.2`) is read as the value it is, not
    // as an unknown option.
    @Option(parsing: .unconditional, help: "Bonacich's β (negative for power from ties to dependent actors); by default half the reciprocal of the largest eigenvalue.")
    var beta: Double?

    @Option(help: "What brokerage roles, the E-I index and shares of power count as sides: group or kind.")
    var sides: MetricOptions.Sides = .group

    // Unconditional and signed, so that `--seed -1` is read and refused in the option's terms.
    @Option(parsing: .unconditional, help: "Seed of every random choice made (the order Louvain visits actors in for communities, and the permutations of any permutation test), so that results repeat from run to run.")
    var seed: Int = 0

    func validate() throws {
        if let beta, !beta.isFinite {
            throw ValidationError("--beta takes a finite number, such as 0.1 or -0.2; '\(beta)' is not one.")
        }
        guard seed >= 0 else { throw ValidationError("--seed takes a whole number of 0 or more; \(seed) is not one.") }
    }

    func options(for dataset: Dataset) throws -> MetricOptions {
        MetricOptions(projection: try projection.options(for: dataset), bonacichBeta: beta, sides: sides, communitySeed: UInt64(seed))
    }
}

extension MetricOptions.Sides: ExpressibleByArgument {}

extension Measure: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
}

/// Measure names from a comma-separated list, each checked.
func measures(_ list: String, option: String) throws -> [Measure] {
    try list.split(separator: ",").map { name in
        let name = name.trimmingCharacters(in: .whitespaces)
        if let measure = Measure(rawValue: name) { return measure }
        let near = Suggestion.nearest(to: name, in: Measure.allCases.map(\.name))
        throw ValidationError("\(option): '\(name)' is not a measure\(near.map { "; did you mean '\($0)'?" } ?? ""). The measures are \(Measure.allCases.map(\.name).joined(separator: ", ")).")
    }
}
