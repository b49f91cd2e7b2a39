import Foundation
import ActorMap
import ArgumentParser

/// How a command turns relationships into the graph it measures or draws.
struct ProjectionArguments: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Relationship types that count as ties: positive (every type of positive sign), negative, all, or ids such as mou,funding.",
        valueName: "types"))
    var types: String = "positive"

    @Option(help: "directed: funding and other directed types run one way, MoUs both ways; undirected: every tie joins its two actors.")
    var direction: ProjectionOptions.Direction = .undirected

    @Flag(help: "Use tie weights: flow measures take them as they are, path measures as distances 1/weight.")
    var weighted = false

    @Option(name: .customLong("where"), help: ArgumentHelp(
        "Keep only actors that match, at each moment, before measuring: group=state, influence>=5, stance=opposes (operators = != < <= > >=). A comma means or; repeat --where for and.",
        valueName: "condition"))
    var filters: [String] = []

    /// The projection options, checking type ids against the dataset's vocabulary and
    /// `--where` expressions against its fields and attributes.
    func options(for dataset: Dataset) throws -> ProjectionOptions {
        let actorFilter: ActorFilter
        do {
            actorFilter = try ActorFilter(parsing: filters, for: dataset)
        } catch {
            throw ValidationError(error.description)
        }
        return ProjectionOptions(types: try typeSelection(for: dataset), direction: direction, weighted: weighted, actorFilter: actorFilter)
    }

    private func typeSelection(for dataset: Dataset) throws -> ProjectionOptions.Types {
        switch types {
        case "positive": return .positive
        case "negative": return .negative
        case "all": return .all
        default:
            let ids = types.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let known = dataset.vocabulary.relationshipTypes.map(\.id)
            for id in ids where dataset.vocabulary.typeIndex(of: id) == nil {
                let near = Suggestion.nearest(to: id, in: known)
                throw ValidationError("--types: '\(id)' is not a relationship type of this map\(near.map { " (did you mean '\($0)'?)" } ?? ""). Use positive, negative, all, or ids among \(known.joined(separator: ", ")).")
            }
            return .only(Set(ids))
        }
    }
}

extension ProjectionOptions.Direction: ExpressibleByArgument {}
