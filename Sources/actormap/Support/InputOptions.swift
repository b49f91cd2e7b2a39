import ActorMap
import ArgumentParser

/// How a command reads its dataset files.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("date-format"), help: ArgumentHelp(
        "How to read dates written with slashes: dmy (15/03/2017), mdy (03/15/2017) or ymd.", valueName: "order"))
    var dateFormat: ReadingOptions.DateOrder?

    @Option(name: .customLong("max-input-mb"), parsing: .unconditional, help: ArgumentHelp(
        "The largest input file to read, in megabytes.", valueName: "megabytes"))
    var maxInputMB: Int = ReadingOptions.defaultMaximumInputBytes >> 20

    @Flag(name: .customLong("include-private"), help: ArgumentHelp(
        "Name sources marked `private: true` in every output; by default they are counted but withheld, as 'private-1', 'private-2'…"))
    var includePrivate = false

    func validate() throws {
        guard (1...1_048_576).contains(maxInputMB) else {
            throw ValidationError("--max-input-mb takes a number of megabytes from 1 to 1048576.")
        }
    }

    /// How files are read; each file's digest is taken as it is read, for the provenance of
    /// the run's JSON.
    var reading: ReadingOptions {
        var options = ReadingOptions(dateOrder: dateFormat, maximumInputBytes: maxInputMB << 20)
        options.recordingDigests = true
        return options
    }

    var reader: DatasetReader { DatasetReader(options: reading) }

    /// The map as outputs may show it: its private sources withheld, unless
    /// `--include-private` was given.
    func shown(_ dataset: Dataset) -> Dataset {
        includePrivate ? dataset : dataset.withholdingPrivateSources()
    }
}

extension ReadingOptions.DateOrder: ExpressibleByArgument {}
