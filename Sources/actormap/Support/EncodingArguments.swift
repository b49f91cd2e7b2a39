import ActorMap
import ArgumentParser

/// `--size-by` and `--color-by`, for every command that draws a map: a measure or an
/// attribute each, read into an ``ActorEncoding`` once the map is read.
struct EncodingArguments: ParsableArguments {
    @Option(name: .customLong("size-by"), help: ArgumentHelp("Make each actor's area proportional to this measure, such as betweenness (an amount: community is a label, for --color-by), or to a number attribute at the moment, such as influence.", valueName: "measure|attribute"))
    var sizeBy: String?

    @Option(name: .customLong("color-by"), help: ArgumentHelp("Fill actors by \(ActorEncoding.fillNames.joined(separator: ", ")), or by an attribute at the moment, such as stance.", valueName: "group|kind|community|attribute"))
    var colorBy: String = "group"

    func validate() throws {
        // An attribute is checked once the map is read.
        if let sizeBy, Measure(rawValue: sizeBy) != nil || sizeBy.contains(",") {
            let named = try measures(sizeBy, option: "--size-by")
            guard named.count == 1 else { throw ValidationError("--size-by takes one measure.") }
            if let problem = ActorEncoding.sizeProblem(named[0]) { throw ValidationError(problem) }
        }
    }

    /// Whether either option was given other than its default.
    var isPlain: Bool { sizeBy == nil && colorBy == "group" }

    /// The encoding the options name, checked against `dataset`'s attributes.
    ///
    /// - Throws: `ValidationError` naming the option, the nearest name and the choices.
    func encoding(for dataset: Dataset, measuring: MetricOptions) throws -> ActorEncoding {
        do {
            return try ActorEncoding(sizeBy: sizeBy, colorBy: colorBy, in: dataset, measuring: measuring)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
