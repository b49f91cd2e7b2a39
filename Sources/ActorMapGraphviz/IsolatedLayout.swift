import ActorMap
import CGraphviz
import Foundation

/// One layout asked of a separate process: the first line of its standard input, as JSON,
/// followed by the DOT text.
struct LayoutRequest: Codable, Hashable {
    enum Task: Codable, Hashable {
        /// Lay out and render in `format`; the answer is the file's bytes.
        case render(format: ImageFormat)
        /// Lay out; the answer is the ``LaidOutGraph``, as JSON.
        case layout
    }

    var task: Task
    var layout: String
    /// The budget, so that the process stops itself should it outlive the one waiting for it.
    var seconds: Double

    /// The request and the DOT text after it, or `nil` when `data` does not start with one.
    static func read(_ data: Data) -> (LayoutRequest, dot: String)? {
        guard let newline = data.firstIndex(of: UInt8(ascii: "\n")),
            let request = try? JSONDecoder().decode(LayoutRequest.self, from: data[..<newline])
        else { return nil }
        return (request, String(decoding: data[(newline + 1)...], as: UTF8.self))
    }

    /// The request line and `dot`, as the worker reads them.
    func encoded(with dot: String) throws -> Data {
        var data = try JSONEncoder().encode(self)
        data.append(UInt8(ascii: "\n"))
        data.append(contentsOf: dot.utf8)
        return data
    }
}

extension Graphviz {
    /// Serves one layout request from `input` in this process, writing the answer to `output`,
    /// for a program that is a ``LayoutWorker``: `actormap` calls it from a hidden subcommand.
    ///
    /// The request is what `render(_:layout:format:budget:)` and
    /// ``positions(_:layout:budget:)`` send: a line of JSON and the DOT text. The process
    /// ends itself a little after the request's budget, and with its parent on Linux, so that
    /// a layout never outlives the command that wanted it.
    ///
    /// - Parameters:
    ///   - input: Where the request is read from, to its end.
    ///   - output: Where the answer is written.
    /// - Returns: The exit status: 0 with the answer written, 3 with a ``GraphvizError`` written
    ///   as JSON, 2 when the request could not be read.
    public static func serveIsolatedLayout(
        input: FileHandle = .standardInput, output: FileHandle = .standardOutput
    ) -> Int32 {
        let data = input.readDataToEndOfFile()
        guard let (request, dot) = LayoutRequest.read(data) else {
            FileHandle.standardError.write(Data("error: not a layout request.\n".utf8))
            return 2
        }
        actormap_stop_with_parent()
        alarm(UInt32(min(request.seconds.rounded(.up) + 5, Double(UInt32.max))))
        let (status, answer) = answer(request, dot: dot)
        output.write(answer)
        return status
    }

    /// The answer to `request` on `dot`, laid out in this process, and the exit status that
    /// goes with it (see ``serveIsolatedLayout(input:output:)``).
    static func answer(_ request: LayoutRequest, dot: String) -> (status: Int32, answer: Data) {
        do throws(GraphvizError) {
            switch request.task {
            case .render(let format):
                return (0, try renderInProcess(dot, layout: request.layout, format: format))
            case .layout:
                return (0, (try? JSONEncoder().encode(try laidOutInProcess(dot, layout: request.layout))) ?? Data())
            }
        } catch {
            return (3, (try? JSONEncoder().encode(error)) ?? Data())
        }
    }

    /// Does `request` on `dot` within `budget`: in process when the layout is expected to be
    /// quick, else in the budget's worker, which is killed when the budget is spent.
    static func perform<Answer>(
        _ request: LayoutRequest, dot: String, workload: LayoutWorkload?, budget: LayoutBudget?,
        inProcess: () throws(GraphvizError) -> Answer, decode: (Data) throws(GraphvizError) -> Answer
    ) throws(GraphvizError) -> Answer {
        guard let budget else { return try inProcess() }
        let format: ImageFormat? = if case .render(let format) = request.task { format } else { nil }
        try session.run { context throws(GraphvizError) in try context.check(layout: request.layout, format: format) }
        let workload = if let workload { workload } else { try self.workload(of: dot) }
        if budget.runsInProcess(engine: request.layout, workload: workload) { return try inProcess() }
        return try decode(IsolatedLayout.run(request, dot: dot, workload: workload, budget: budget))
    }
}

/// A layout in a separate process, killed when its budget is spent.
enum IsolatedLayout {
    /// Starts `budget`'s worker with `request` and `dot` on its standard input and waits for
    /// its answer at most `budget.seconds`.
    ///
    /// Input and answer go through files in a temporary folder rather than pipes, so that
    /// neither side can block on the other and nothing is left when the worker is killed:
    /// the folder is removed however the layout ends.
    static func run(
        _ request: LayoutRequest, dot: String, workload: LayoutWorkload?, budget: LayoutBudget
    ) throws(GraphvizError) -> Data {
        let fail = { (message: String) in GraphvizError.layoutProcessFailed(engine: request.layout, message: message) }
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("actormap-layout-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }
        let input = folder.appendingPathComponent("request"), answer = folder.appendingPathComponent("answer")
        let process = Process()
        let finished = DispatchSemaphore(value: 0)
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            try request.encoded(with: dot).write(to: input)
            guard manager.createFile(atPath: answer.path, contents: nil) else { throw fail("could not make a file in \(folder.path).") }
            process.executableURL = budget.worker.executable
            process.arguments = budget.worker.arguments
            process.standardInput = try FileHandle(forReadingFrom: input)
            process.standardOutput = try FileHandle(forWritingTo: answer)
            process.standardError = FileHandle.nullDevice
            process.terminationHandler = { _ in finished.signal() }
            try process.run()
        } catch let error as GraphvizError {
            throw error
        } catch {
            throw fail("could not start \(budget.worker.executable.path): \(error.localizedDescription)")
        }
        if finished.wait(timeout: .now() + .milliseconds(Int(min(budget.seconds, LayoutBudget.longest) * 1000))) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            throw .timedOut(
                engine: request.layout, seconds: budget.seconds,
                suggestion: LayoutBudget.fasterEngine(than: request.layout, workload: workload))
        }
        let bytes = (try? Data(contentsOf: answer)) ?? Data()
        switch (process.terminationReason, process.terminationStatus) {
        case (.exit, 0):
            return bytes
        case (.exit, 3):
            throw (try? JSONDecoder().decode(GraphvizError.self, from: bytes)) ?? fail("its answer could not be read.")
        case (.exit, let status):
            throw fail("it ended with status \(status); check that \(budget.worker.executable.path) \(budget.worker.arguments.joined(separator: " ")) serves layouts.")
        case (.uncaughtSignal, let signal):
            throw fail("Graphviz stopped on signal \(signal) (\(String(cString: strsignal(signal))))")
        @unknown default:
            throw fail("it stopped without an answer.")
        }
    }
}
