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

    @Option(name: .customLong("min-confidence"), help: ArgumentHelp(
        "Count only ties of at least this confidence: low, medium or high (a tie that records none counts as low).", valueName: "level"))
    var minConfidence: Confidence?

    // Unconditional, so that `--min-sources -1` is refused in the option's own terms.
    @Option(name: .customLong("min-sources"), parsing: .unconditional, help: ArgumentHelp(
        "Count only ties that cite at least this many different sources.", valueName: "count"))
    var minSources: Int = 0

    @Option(name: .customLong("where"), help: ArgumentHelp(
        "Keep only actors that match, at each moment, before measuring: group=state, influence>=5, stance=opposes (operators = != < <= > >=). A comma means or; repeat --where for and.",
        valueName: "condition"))
    var filters: [String] = []

    func validate() throws {
        guard (0...1_000).contains(minSources) else {
            throw ValidationError("--min-sources takes a whole number from 0 to 1000, such as 2; \(minSources) is not one.")
        }
    }

    /// The projection options, checking type ids against the dataset's vocabulary and
    /// `--where` expressions against its fields and attributes. When the evidence filter is
    /// on, says on standard error how many ties it left out, and keeps the count for the
    /// JSON's provenance.
    func options(for dataset: Dataset) throws -> ProjectionOptions {
        let actorFilter: ActorFilter
        do {
            actorFilter = try ActorFilter(parsing: filters, for: dataset)
        } catch {
            throw ValidationError(error.description)
        }
        let evidence = EvidenceFilter(minimumConfidence: minConfidence, minimumSources: minSources)
        let options = ProjectionOptions(
            types: try Self.typeSelection(types, option: "--types", for: dataset), direction: direction, weighted: weighted,
            evidence: evidence, actorFilter: actorFilter)
        if minConfidence != nil || minSources > 0 { EvidenceFilterRecord.note(evidence.effect(on: dataset, types: options.types)) }
        return options
    }

    /// The relationship types `types` names, as `option` takes them, checked against the
    /// dataset's vocabulary.
    static func typeSelection(_ types: String, option: String, for dataset: Dataset) throws -> ProjectionOptions.Types {
        switch types {
        case "positive": return .positive
        case "negative": return .negative
        case "all": return .all
        default:
            let ids = types.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let known = dataset.vocabulary.relationshipTypes.map(\.id)
            for id in ids where dataset.vocabulary.typeIndex(of: id) == nil {
                let near = Suggestion.nearest(to: id, in: known)
                throw ValidationError("\(option): '\(id)' is not a relationship type of this map\(near.map { " (did you mean '\($0)'?)" } ?? ""). Use positive, negative, all, or ids among \(known.joined(separator: ", ")).")
            }
            return .only(Set(ids))
        }
    }
}

extension ProjectionOptions.Direction: ExpressibleByArgument {}

extension Confidence: ExpressibleByArgument {}

/// What the evidence filter did in this run, said once on standard error and kept for the
/// provenance of the run's JSON.
enum EvidenceFilterRecord {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var recorded: EvidenceFilter.Effect?

    /// The filter's effect, if a filter ran.
    static var effect: EvidenceFilter.Effect? { lock.withLock { recorded } }

    /// Keeps `effect`, and prints its sentence the first time.
    static func note(_ effect: EvidenceFilter.Effect) {
        let first = lock.withLock { () -> Bool in
            defer { recorded = effect }
            return recorded == nil
        }
        if first { printError("note: \(effect.sentence)") }
    }
}
