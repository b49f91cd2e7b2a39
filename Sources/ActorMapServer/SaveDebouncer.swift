/// When to act on a file that is being saved: once it has been quiet for a moment, so that
/// the writes of one save (an editor may truncate, write and rename) make one rebuild.
///
/// Time is given to it, never read by it, so that it can be tested without waiting: feed it
/// the moments changes are seen with ``changed(at:)`` and ask ``isDue(at:)``.
/// A file that keeps changing is still acted on once ``longest`` has passed since its first
/// unhandled change, so that a stream of writes cannot hold back every rebuild.
public struct SaveDebouncer: Sendable {
    /// How long the file must stay unchanged before it is acted on.
    public let quiet: Duration
    /// The longest a change waits, however often the file keeps changing.
    public let longest: Duration
    private var first: ContinuousClock.Instant?
    private var last: ContinuousClock.Instant?

    /// A debouncer.
    ///
    /// - Parameters:
    ///   - quiet: How long the file must stay unchanged, 200 ms by default.
    ///   - longest: The longest a change waits, 2 s by default; held to at least `quiet`.
    public init(quiet: Duration = .milliseconds(200), longest: Duration = .seconds(2)) {
        self.quiet = quiet
        self.longest = max(longest, quiet)
    }

    /// Notes that the file was seen to change at `time`.
    ///
    /// - Parameter time: When the change was seen.
    public mutating func changed(at time: ContinuousClock.Instant) {
        if first == nil { first = time }
        last = time
    }

    /// When the changes noted so far are to be acted on, or `nil` when none waits.
    public var deadline: ContinuousClock.Instant? {
        guard let first, let last else { return nil }
        return min(last + quiet, first + longest)
    }

    /// Whether the changes noted are due at `time`; when they are, they count as handled, so
    /// that the next call is `false` until a new change.
    ///
    /// - Parameter time: Now.
    /// - Returns: `true` once, when the file has been quiet for ``quiet`` or a change has
    ///   waited ``longest``.
    public mutating func isDue(at time: ContinuousClock.Instant) -> Bool {
        guard let deadline, time >= deadline else { return false }
        first = nil
        last = nil
        return true
    }
}

/// One rebuild at a time, and never a queue of them: asked for while one runs, a rebuild is
/// noted, and however often it is asked for, one more runs when the current one ends. That one
/// reads the file as it is then, which holds every change asked about.
public struct RebuildGate: Sendable {
    /// Whether a rebuild is running.
    public private(set) var isRunning = false
    /// Whether another is to run when the current one ends.
    public private(set) var isPending = false

    /// A gate with nothing running.
    public init() {}

    /// Asks for a rebuild.
    ///
    /// - Returns: `true` when the caller is to start one now; `false` when one is running,
    ///   and the request is kept for when it ends.
    public mutating func request() -> Bool {
        if isRunning {
            isPending = true
            return false
        }
        isRunning = true
        return true
    }

    /// Says that the running rebuild has ended.
    ///
    /// - Returns: `true` when one was asked for meanwhile, which the caller is to start now
    ///   (the gate counts it as running); `false` when the gate is now idle.
    public mutating func finish() -> Bool {
        guard isRunning else { return false }
        if isPending {
            isPending = false
            return true
        }
        isRunning = false
        return false
    }
}
