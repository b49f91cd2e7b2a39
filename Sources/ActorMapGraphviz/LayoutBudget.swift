import ActorMap
import Foundation

/// How long a layout may take, and the program that runs one which may take longer than is
/// safe inside this process.
///
/// Graphviz cannot be interrupted once a layout starts, and it holds the process-wide lock
/// while it runs, so a layout that could run long is done in a separate process, which is
/// killed when the budget is spent. A layout whose expected time (`LayoutEngine.expectedSeconds(for:)`)
/// is a small part of the budget and under ``inProcessLimit`` runs in process, where it
/// costs no process start.
///
/// ```swift
/// let budget = LayoutBudget(seconds: 120, worker: .thisProgram(arguments: ["isolated-layout"]))
/// let svg = try Graphviz.render(diagram, format: .svg, budget: budget)
/// ```
public struct LayoutBudget: Hashable, Sendable {
    /// The wall-clock time a layout may take, its rendering included.
    public var seconds: Double
    /// The program that lays out a graph in a separate process: one that calls
    /// ``Graphviz/serveIsolatedLayout(input:output:)`` when started with its arguments.
    public var worker: LayoutWorker

    /// A budget of `seconds` (at least a millisecond) whose long layouts run in `worker`.
    ///
    /// - Parameters:
    ///   - seconds: The wall-clock time a layout may take; infinite or not a number is
    ///     ``longest``.
    ///   - worker: The program that runs a layout apart.
    public init(seconds: Double, worker: LayoutWorker) {
        self.seconds = seconds.isFinite ? max(seconds, 0.001) : Self.longest
        self.worker = worker
    }

    /// The longest a layout is expected to take for it to run in process, in seconds.
    public static let inProcessLimit = 0.5

    /// The longest budget honoured, in seconds (30 days); a longer one is this.
    public static let longest = 2_592_000.0

    /// Whether a layout with `engine` of `workload` runs in this process: when it is
    /// expected to take under ``inProcessLimit`` and under a tenth of the budget.
    /// An engine ActorMap does not know, or a workload that is not known, runs apart.
    func runsInProcess(engine: String, workload: LayoutWorkload?) -> Bool {
        guard let workload, let expected = Self.expectedSeconds(engine: engine, workload: workload) else { return false }
        return expected <= min(Self.inProcessLimit, seconds / 10)
    }

    /// The time `engine` is expected to take on `workload`, for the engines ActorMap knows:
    /// those of `LayoutEngine` and the pinned drawing's `nop2`, which only draws the ties.
    static func expectedSeconds(engine: String, workload: LayoutWorkload) -> Double? {
        if engine == PinnedLayout.engine { return LayoutEngine.twopi.expectedSeconds(for: workload) / 2 }
        return LayoutEngine(rawValue: engine)?.expectedSeconds(for: workload)
    }

    /// An engine likely to finish sooner than `engine` on `workload`, or `nil` when none is.
    static func fasterEngine(than engine: String, workload: LayoutWorkload?) -> String? {
        guard engine != LayoutEngine.sfdp.rawValue else { return nil }
        guard let workload else { return LayoutEngine.sfdp.rawValue }
        let recommended = LayoutEngine.recommended(for: workload).engine
        return recommended.rawValue != engine ? recommended.rawValue : LayoutEngine.sfdp.rawValue
    }

    /// Seconds as the analyst reads them: `0.5 s`, `120 s`.
    ///
    /// - Parameter seconds: A time in seconds.
    /// - Returns: The time rounded to the millisecond, with its unit.
    public static func formatted(seconds: Double) -> String {
        let rounded = (seconds * 1000).rounded() / 1000
        return "\(rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) s"
    }
}

/// A program started to lay out one graph in a separate process.
public struct LayoutWorker: Hashable, Sendable {
    /// The program's executable.
    public var executable: URL
    /// The arguments that make it serve one layout request (see
    /// ``Graphviz/serveIsolatedLayout(input:output:)``).
    public var arguments: [String]

    /// A worker started as `executable` with `arguments`.
    ///
    /// - Parameters:
    ///   - executable: The program's executable.
    ///   - arguments: The arguments that make it serve one layout request.
    public init(executable: URL, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// The running program itself, started again with `arguments`.
    ///
    /// - Parameter arguments: The arguments that make this program serve one layout request,
    ///   such as a hidden subcommand's name.
    /// - Returns: A worker that is this program.
    public static func thisProgram(arguments: [String]) -> LayoutWorker {
        #if os(Linux)
        // The kernel's link to this process's own executable, whatever path started it.
        let executable = URL(fileURLWithPath: "/proc/self/exe")
        #else
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        #endif
        return LayoutWorker(executable: executable, arguments: arguments)
    }
}
