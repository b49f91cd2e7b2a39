import ActorMap
import ArgumentParser
import Foundation

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check datasets and list every problem, with its file, line, field and fix.",
        discussion: "Exits with 0 when every file can be used (warnings are printed), 1 when any has errors."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Dataset files: .yaml, .yml, .json, .csv, .xlsx, .graphml or .gexf.")
    var files: [String]

    @Flag(help: "Treat warnings as errors, and warn of relationships that cite no source.")
    var strict = false

    @Option(help: "How to print the problems: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func run() throws {
        var reading = input.reading
        reading.requiringSources = strict
        // Only the JSON result names its inputs' digests; text has no use for them.
        reading.recordingDigests = format == .json
        let reader = DatasetReader(options: reading)
        let results = ValidationResults(files.map { file in
            let report = reader.check(contentsOf: URL(fileURLWithPath: file))
            InputDigests.remember(report)
            return ValidationResults.File(file: file, report: report, strict: strict)
        })
        switch format {
        case .json: try printResult(try results.json(provenance: .ofThisRun(inputs: files)), as: .data)
        case .text: try printResult(results.text())
        }
        if !results.allValid { throw ExitCode(1) }
    }
}
