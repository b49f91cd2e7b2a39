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

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "How to print the problems: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @OptionGroup(title: "Reading the file") var input: InputOptions

    func run() throws {
        let reader = input.reader
        let reports = files.map { FileReport(file: $0, report: reader.check(contentsOf: URL(fileURLWithPath: $0)), strict: strict) }
        switch format {
        case .json:
            try printResult(try jsonText(["files": reports]), as: .data)
        case .text:
            for report in reports {
                for line in report.problemLines { try printResult(TerminalText.escaped(line)) }
                try printResult("\(report.file): \(report.verdict)")
            }
        }
        if reports.contains(where: { !$0.valid }) { throw ExitCode(1) }
    }

    struct FileReport: Encodable {
        var file: String
        var valid: Bool
        var errors: Int
        var warnings: Int
        var problems: [Problem]
        var actors: Int?
        var relationships: Int?

        init(file: String, report: ValidationReport, strict: Bool) {
            self.file = file
            errors = report.errors.count
            warnings = report.warnings.count
            valid = report.dataset != nil && !(strict && warnings > 0)
            problems = report.problems
            actors = report.dataset?.actors.count
            relationships = report.dataset?.relationships.count
        }

        /// How many warnings of one kind are printed before the rest are counted.
        static let warningsShown = 3

        /// Every error; warnings of one kind up to a few, then how many more there are.
        var problemLines: [String] {
            ProblemGroup.grouping(problems).flatMap { group -> [String] in
                guard group.severity == .warning, group.problems.count > Self.warningsShown + 1 else {
                    return group.problems.map(\.description)
                }
                let more = group.problems.count - Self.warningsShown
                return group.problems.prefix(Self.warningsShown).map(\.description) + [
                    "\(file): warning: \(more) more like the \(Self.warningsShown) above (\(group.problems.count) in all); `actormap validate --format json \(shellQuoted(file))` lists every one.",
                ]
            }
        }

        var verdict: String {
            let counts = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            if valid, let actors, let relationships {
                return "valid (\(actors) actors, \(relationships) relationships; \(counts))"
            }
            return errors == 0 ? "not valid under --strict (\(counts))" : "not valid (\(counts))"
        }
    }
}
