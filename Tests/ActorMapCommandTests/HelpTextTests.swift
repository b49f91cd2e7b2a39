import Foundation
import Testing

/// `actormap --help` and every subcommand's `--help`, compared exactly with the files in
/// Fixtures/help that `scripts/update_help_goldens.sh` writes from the built command: a
/// changed option, abstract or discussion shows in review as a change to a plain text file.
/// Both run with `COLUMNS=80`, the width ArgumentParser wraps help to, so that the texts
/// are the same in a terminal of any size and in CI.
@Suite struct HelpTextTests {
    /// Where the help texts are, one `<subcommand>.txt` each (`actormap.txt` for the command
    /// itself, `<subcommand>_<subcommand>.txt` for one within another).
    static let folder = packageRoot.appendingPathComponent("Tests/ActorMapCommandTests/Fixtures/help")

    /// The help texts there are.
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    static let script = "scripts/update_help_goldens.sh"

    /// Every command a user can ask for help on has its file, and every file a command.
    @Test func everyCommandHasItsHelpText() throws {
        let dump = try actormap("--experimental-dump-help")
        #expect(dump.status == 0, "\(dump.errors)")
        let tool = try JSONDecoder().decode(ToolInfo.self, from: Data(dump.output.utf8))
        // ArgumentParser's own `help` subcommand prints the command's help, checked as actormap.txt.
        let paths = tool.command.visibleSubcommandPaths().filter { $0 != ["help"] }
        let expected = ["actormap.txt"] + paths.map { $0.joined(separator: "_") + ".txt" }
        #expect(expected.count > 10, "the command lists its subcommands: \(expected)")
        #expect(Self.files == expected.sorted(), "the help texts are not those of the commands; run \(Self.script)")
    }

    @Test(arguments: files)
    func helpIsItsText(_ file: String) throws {
        let name = String(file.dropLast(".txt".count))
        let subcommands = name == "actormap" ? [] : name.split(separator: "_").map(String.init)
        let result = try actormap(subcommands + ["--help"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.isEmpty, "\(result.errors)")
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
        if let difference = firstDifference(result.output, expected) {
            Issue.record("""
                `\((["actormap"] + subcommands + ["--help"]).joined(separator: " "))` differs from \
                Tests/ActorMapCommandTests/Fixtures/help/\(file) at line \(difference.line):
                  printed: \(difference.printed ?? "(nothing)")
                  file:    \(difference.file ?? "(nothing)")
                If the new text is meant, run \(Self.script) and commit the files it changes.
                """)
        }
    }

    /// The first line at which `printed` and `file` differ, with each one's line there
    /// (`nil` past its end); `nil` when they are the same.
    private func firstDifference(_ printed: String, _ file: String) -> (line: Int, printed: String?, file: String?)? {
        guard printed != file else { return nil }
        let printedLines = printed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let fileLines = file.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let line = zip(printedLines, fileLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(printedLines.count, fileLines.count)
        return (line + 1, printedLines.indices.contains(line) ? printedLines[line] : nil,
                fileLines.indices.contains(line) ? fileLines[line] : nil)
    }
}

/// The parts of ArgumentParser's `--experimental-dump-help` the help texts follow.
private struct ToolInfo: Decodable {
    struct Command: Decodable {
        var commandName: String
        var shouldDisplay: Bool?
        var subcommands: [Command]?

        /// The subcommands a user sees listed, as the words that name each, depth first.
        func visibleSubcommandPaths() -> [[String]] {
            (subcommands ?? []).filter { $0.shouldDisplay ?? true }.flatMap { subcommand in
                [[subcommand.commandName]] + subcommand.visibleSubcommandPaths().map { [subcommand.commandName] + $0 }
            }
        }
    }

    var command: Command
}
