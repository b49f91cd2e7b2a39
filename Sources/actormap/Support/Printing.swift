import ActorMap
import ArgumentParser
import Foundation

/// What a command prints as its result, which decides how it is made safe for a terminal.
enum ResultText {
    /// Tables, sentences and Markdown, made for reading: control characters in names are
    /// always shown as escapes.
    case text
    /// CSV and JSON, made for other programs: written as they are, except to a terminal,
    /// where control characters are shown as escapes as in text.
    case data
}

/// Prints a command's result on standard output: the one place results are printed.
///
/// A write that fails (a full disk) is an error: a message and exit status 1. When the
/// reader of a pipe stops early (`actormap metrics map.yaml | head -1`) the command stops
/// quietly with status 0, as the reader has what it wanted.
func printResult(_ text: String, as kind: ResultText = .text, terminator: String = "\n") throws {
    let safe = kind == .text || isatty(STDOUT_FILENO) == 1 ? TerminalText.escaped(text, keepingLineBreaks: true) : text
    try writeStandardOutput(Data((safe + terminator).utf8))
}

/// Writes bytes on standard output as they are (an image asked for with `-o -`), with the
/// same handling of a full disk and of a reader that stopped early as `printResult`.
func writeStandardOutput(_ bytes: Data) throws {
    var failure: OutputError?
    // A progress line on the same terminal is erased first, so the result does not follow it.
    Progress.aboveTheLine {
        do throws(OutputError) {
            try OutputFile.write(bytes, toDescriptor: STDOUT_FILENO, name: "standard output")
        } catch {
            failure = error
        }
    }
    guard let failure else { return }
    if failure.isBrokenPipe {
        throw ExitCode.success
    }
    printError("error: \(failure)")
    throw ExitCode(1)
}

/// How wide results printed as text may be: `COLUMNS` when set, else the terminal's width
/// when standard output is one, else no limit (`nil`), so that a file or a pipe gets every
/// name whole.
func outputWidth() -> Int? {
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
    var size = winsize()
    if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return nil
}

/// Prints a message on standard error, with any control character in it shown as an escape
/// so that names from a map cannot act on the terminal or start a line of their own.
///
/// - Parameter keepingLineBreaks: Leave the message's line breaks, for text of several lines
///   made by the command (usage).
func printError(_ text: String, keepingLineBreaks: Bool = false) {
    let bytes = Data((TerminalText.escaped(text, keepingLineBreaks: keepingLineBreaks) + "\n").utf8)
    Progress.aboveTheLine { try? OutputFile.write(bytes, toDescriptor: STDERR_FILENO, name: "standard error") }
}

/// Writes a file the user asked for, or stops with a message that names the path and the fix.
/// `-` is standard output, as for every command.
func writeFile(_ data: Data, to path: String) throws {
    if path == standardOutputPath { return try writeStandardOutput(data) }
    try stoppingOnFailure { () throws(OutputError) in try OutputFile.write(data, to: path) }
}

/// The name every command's `-o` takes for standard output.
let standardOutputPath = "-"


/// Writes files that belong together (the CSV tables of a map) all or none.
func writeFiles(_ files: [(path: String, data: Data)]) throws {
    try stoppingOnFailure { () throws(OutputError) in try OutputFile.write(files) }
}

/// Makes the folder a command writes into, or stops with a message that names it and the fix.
func makeFolder(_ path: String) throws {
    try stoppingOnFailure { () throws(OutputError) in try OutputFile.makeFolder(path) }
}

/// Stops with the message `writeFile` would give when `path` cannot be written: before a
/// long run rather than after it.
func checkWritable(_ path: String) throws {
    guard path != standardOutputPath else { return }
    try stoppingOnFailure { () throws(OutputError) in try OutputFile.checkWritable(path) }
}

/// The kind of drawing `-o` asks for, told by the end of its path, or a usage error that
/// names the path and the endings there are: checked before a long run rather than after it.
func drawingFormat(ofOutput path: String) throws -> DrawingFormat {
    guard let format = DrawingFormat(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased()) else {
        throw ValidationError("-o: end '\(path)' in .svg, .png, .pdf or .dot.")
    }
    return format
}

private func stoppingOnFailure(_ body: () throws(OutputError) -> Void) throws {
    do {
        try body()
    } catch {
        printError("error: \(error)")
        throw ExitCode(1)
    }
}
