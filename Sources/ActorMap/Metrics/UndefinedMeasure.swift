/// A figure that has no value on this graph, and why: Katz with α at or above 1/λmax,
/// Bonacich power when I − βA is singular, an iteration that did not converge.
///
/// ActorMap reports these as undefined, with the reason, never as a number.
public struct UndefinedMeasure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The measure's column name, such as `katz`.
    public var measure: String
    /// Why it is undefined, in a sentence an analyst can act on.
    public var reason: String

    public init(_ measure: String, reason: String) {
        self.measure = measure
        self.reason = reason
    }

    public var description: String { "\(measure) is undefined: \(reason)" }
}
