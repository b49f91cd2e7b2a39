import ActorMap
import ActorMapGraphviz
import ArgumentParser
import Foundation

/// `--timeout`, for every command that lays out a map with Graphviz.
struct LayoutTimeout: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Stop a layout that runs longer than this many seconds; nothing is written then.", valueName: "seconds"))
    var timeout: Double = 120

    func validate() throws {
        guard timeout.isFinite, timeout > 0, timeout <= LayoutBudget.longest else {
            throw ValidationError("--timeout takes a number of seconds above 0 and at most \(Int(LayoutBudget.longest)) (30 days).")
        }
    }

    /// The budget every layout of the command runs within; a layout that may run long runs
    /// in a copy of this program (the hidden `isolated-layout` command), killed at the budget.
    var budget: LayoutBudget {
        LayoutBudget(seconds: timeout, worker: .thisProgram(arguments: [IsolatedLayoutCommand.configuration.commandName!]))
    }

    /// Prints `error` and, when the layout ran out of time, what to do about it.
    ///
    /// - Parameter engineOption: Whether the command has `--layout`, so that a faster engine
    ///   can be suggested by it.
    static func report(_ error: Error, engineOption: Bool) {
        printError("error: \(error)")
        guard case GraphvizError.timedOut(_, let seconds, let suggestion) = error else { return }
        let faster = engineOption ? suggestion.map { "--layout \($0) draws it faster; " } ?? "" : ""
        printError("Nothing was written. \(faster)--timeout \(Int(max(seconds * 4, 60))) allows more time.")
    }
}

extension LayoutTimeout {
    /// Runs `body`, which draws several years of a map, with its progress on a terminal
    /// (``DrawingProgressLine``); a failure is reported as ``report(_:engineOption:)`` does,
    /// and ends the command with status 1.
    func drawing<Result>(_ body: (_ progress: (DrawingProgress) -> Void) throws -> Result) throws -> Result {
        let line = DrawingProgressLine()
        defer { line.finish() }
        do {
            return try body(line.show)
        } catch {
            line.finish()
            Self.report(error, engineOption: false)
            throw ExitCode(1)
        }
    }
}

extension DiagramOptions.Isolates: ExpressibleByArgument {}

/// Lays out one graph for another `actormap` process, which kills this one when its budget
/// is spent: Graphviz cannot be interrupted inside a process. Not for people to run.
struct IsolatedLayoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "isolated-layout",
        abstract: "Lay out one graph sent on standard input (used by actormap itself).",
        shouldDisplay: false)

    func run() throws {
        let status = Graphviz.serveIsolatedLayout()
        if status != 0 { throw ExitCode(status) }
    }
}

/// What `render` and `diff` write: an image Graphviz draws, or the DOT text itself.
enum DrawingFormat: String, ExpressibleByArgument, CaseIterable {
    case svg, png, pdf, dot

    /// The image Graphviz draws, or `nil` for the DOT text itself.
    var image: ImageFormat? { self == .dot ? nil : ImageFormat(rawValue: rawValue) }
}
