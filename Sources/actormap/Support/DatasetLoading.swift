import ActorMap
import ArgumentParser
import Foundation

/// Reads the dataset a command was given, printing warnings to standard error and every
/// problem before failing when it cannot be used.
func loadDataset(_ path: String, input: InputOptions) throws -> Dataset {
    let report = input.reader.check(contentsOf: URL(fileURLWithPath: path))
    for problem in report.problems { printError(problem.description) }
    guard let dataset = report.dataset else {
        printError("\(path) cannot be used until its errors are fixed; `actormap validate \(path)` lists them.")
        throw ExitCode(1)
    }
    return dataset
}

func printError(_ text: String) {
    Progress.aboveTheLine { FileHandle.standardError.write(Data((text + "\n").utf8)) }
}

/// Encodes a value as stable, readable JSON: sorted keys, two-space indentation.
func jsonText<Value: Encodable>(_ value: Value) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
