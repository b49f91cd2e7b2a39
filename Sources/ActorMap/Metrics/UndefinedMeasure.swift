/// A figure that has no value on this graph, and why: Katz with α at or above 1/λmax,
/// Bonacich power when I − βA is singular, an iteration that did not converge, a
/// centralisation of a map of two actors.
///
/// ActorMap reports these as undefined, with the reason, never as a number. The figure is
/// either a per-actor ``Measure`` or a figure of the whole map (``MapFigure``).
public struct UndefinedMeasure: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is undefined: a per-actor measure or a figure of the whole map.
    public enum Subject: Hashable, Sendable {
        /// A measure of every actor, such as Katz centrality.
        case measure(Measure)
        /// A figure of the whole map, such as modularity or a centralisation.
        case figure(MapFigure)

        /// The name the tools print: the measure's column or the figure's name.
        public var name: String {
            switch self {
            case .measure(let measure): measure.name
            case .figure(let figure): figure.name
            }
        }
    }

    /// What is undefined.
    public var subject: Subject
    /// Why it is undefined, in a sentence an analyst can act on.
    public var reason: String

    /// A per-actor measure that is undefined.
    ///
    /// - Parameters:
    ///   - measure: The measure, such as ``Measure/katz``.
    ///   - reason: Why, in a sentence an analyst can act on.
    public init(_ measure: Measure, reason: String) {
        subject = .measure(measure)
        self.reason = reason
    }

    /// A figure of the whole map that is undefined.
    ///
    /// - Parameters:
    ///   - figure: The figure, such as ``MapFigure/modularity``.
    ///   - reason: Why, in a sentence an analyst can act on.
    public init(_ figure: MapFigure, reason: String) {
        subject = .figure(figure)
        self.reason = reason
    }

    /// The measure that is undefined, or `nil` when it is a figure of the whole map.
    public var measure: Measure? {
        if case .measure(let measure) = subject { measure } else { nil }
    }

    /// The figure of the whole map that is undefined, or `nil` when it is a per-actor measure.
    public var figure: MapFigure? {
        if case .figure(let figure) = subject { figure } else { nil }
    }

    /// The name the tools print: `katz`, `modularity`, `degree_centralization`.
    public var name: String { subject.name }

    /// The same reason, said of another measure: hub and authority scores fail together.
    ///
    /// - Parameter measure: The measure the reason now applies to.
    /// - Returns: A copy whose subject is `measure`.
    /// - Complexity: O(1).
    public func said(of measure: Measure) -> UndefinedMeasure {
        UndefinedMeasure(measure, reason: reason)
    }

    /// "katz is undefined: α = 0.1 is at or above 1/λmax…".
    public var description: String { "\(name) is undefined: \(reason)" }
}
