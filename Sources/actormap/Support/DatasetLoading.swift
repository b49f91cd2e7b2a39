import ActorMap
import ArgumentParser
import Foundation

/// Reads the dataset a command was given, printing its errors and the count of its warnings
/// to standard error, and failing when it cannot be used. Its private sources are withheld
/// unless `--include-private` was given, so that no output of any command names them.
func loadDataset(_ path: String, input: InputOptions) throws -> Dataset {
    let report = input.reader.check(contentsOf: URL(fileURLWithPath: path))
    InputDigests.remember(report)
    printProblems(report, of: [path])
    guard let dataset = report.dataset else {
        // Every error is printed above; a file that is missing or unreadable has nothing more to list.
        printError("\(path) cannot be used until the errors above are fixed.")
        throw ExitCode(1)
    }
    return input.shown(dataset)
}

/// Prints every error of a dataset in full and its warnings as a count, pointing to
/// `actormap validate`, which lists them grouped by kind: a file from another tool can carry
/// hundreds of one kind, which would bury the command's own output.
func printProblems(_ report: ValidationReport, of paths: [String]) {
    for problem in report.errors { printError(problem.description) }
    let warnings = report.warnings.count
    if warnings > 0 {
        printError("\(paths.joined(separator: " ")): \(warnings) warning\(warnings == 1 ? "" : "s"); `actormap validate \(paths.map(ShellText.quoted).joined(separator: " "))` lists \(warnings == 1 ? "it" : "them").")
    }
}
