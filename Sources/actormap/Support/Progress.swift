import ActorMapGraphviz
import Foundation

/// One line on standard error that shows a long job is alive: what it is doing, how far it
/// has got and for how long, such as `measuring years 12/30 · 41 s`.
///
/// The line is drawn as each stage starts and step ends, and redrawn every second by a timer
/// of its own, so that it moves even while one step (a layout inside Graphviz, the measures
/// of 10,000 actors) holds the thread. It is drawn only when standard error is a terminal,
/// so that logs and scripts stay clean, and erased by ``finish()``; messages printed
/// meanwhile (``printError(_:)``) go above it. Stage names are ActorMap's own words, never
/// text from a file, so nothing reaches the terminal unescaped.
final class Progress: @unchecked Sendable {
    private let output: Int32
    private var stage: String
    private var total: Int?
    private var done = 0
    private var started = ContinuousClock.now
    private var timer: DispatchSourceTimer?
    private var finished = false

    /// One lock for every progress line and every message, so that the two never interleave.
    private static let lock = NSLock()
    /// Whether a progress line is on the terminal now, to be erased before a message.
    nonisolated(unsafe) private static var lineShown = false

    /// Starts showing `stage` (with `done/total` when `total` is given) on `output`, when it
    /// is a terminal.
    init(_ stage: String, total: Int? = nil, output: Int32 = STDERR_FILENO) {
        self.stage = stage
        self.total = total
        self.output = output
        guard isatty(output) == 1 else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [weak self] in
            Self.lock.withLock { self?.draw() }
        }
        timer.resume()
        self.timer = timer
        Self.lock.withLock { draw() }
    }

    deinit { timer?.cancel() }

    /// Moves on to the next stage, its count (when it has one) and clock starting afresh.
    func begin(_ stage: String, total: Int? = nil) {
        guard timer != nil else { return }
        Self.lock.withLock {
            self.stage = stage
            self.total = total
            done = 0
            started = .now
            draw()
        }
    }

    /// Counts one more step of the stage done; safe to call from any thread.
    func advance() {
        guard timer != nil else { return }
        Self.lock.withLock {
            done += 1
            draw()
        }
    }

    /// Erases the line and stops the clock; later calls do nothing.
    func finish() {
        guard let timer else { return }
        timer.cancel()
        Self.lock.withLock {
            guard !finished else { return }
            finished = true
            Self.erase(output)
        }
    }

    /// Runs `body`, which writes a message to standard error, with any progress line erased
    /// first; the line comes back at its next step or second.
    static func aboveTheLine(_ body: () -> Void) {
        lock.withLock {
            erase(STDERR_FILENO)
            body()
        }
    }

    /// Draws the line; called under the lock.
    private func draw() {
        guard !finished else { return }
        var line = stage
        if let total { line += " \(done)/\(total)" }
        let seconds = (ContinuousClock.now - started).components.seconds
        if seconds >= 1 { line += " · \(seconds) s" }
        Self.write("\r\u{1B}[K" + line, to: output)
        Self.lineShown = true
    }

    /// Erases the line, when one is shown; called under the lock.
    private static func erase(_ output: Int32) {
        guard lineShown else { return }
        write("\r\u{1B}[K", to: output)
        lineShown = false
    }

    private static func write(_ text: String, to output: Int32) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(output, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }
}

/// The progress line of drawings of several years (``DrawingProgress``): laying out the
/// span, then each year drawn, with the engine chosen said on standard error.
final class DrawingProgressLine {
    private var line: Progress?

    /// Shows `step`: a new line for a layout of the span, a step of it for each year.
    func show(_ step: DrawingProgress) {
        switch step {
        case .layingOut(let span):
            line?.finish()
            line = Progress("laying out every actor of \(span.lowerBound)–\(span.upperBound)")
        case .drawing(let years, let engine, let span):
            printError("layout: \(engine.rawValue) on every actor of \(span.lowerBound)–\(span.upperBound), kept for each year")
            line?.begin("drawing years", total: years)
        case .drew:
            line?.advance()
        }
    }

    /// Erases the line.
    func finish() { line?.finish() }
}
