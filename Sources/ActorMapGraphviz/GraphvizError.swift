/// Why Graphviz could not draw a graph, with Graphviz's own message where it gave one.
public enum GraphvizError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// No layout engine of that name is installed.
    case unknownLayout(String, available: [String])
    /// No output format of that name is installed.
    case unknownFormat(ImageFormat, available: [ImageFormat])
    /// The DOT text could not be read.
    case unreadable(message: String)
    /// The engine failed to lay the graph out.
    case layoutFailed(engine: String, message: String)
    /// The graph could not be written in the format.
    case renderFailed(format: ImageFormat, message: String)
    /// Graphviz could not start: its plugins are missing or misconfigured.
    case unavailable
    /// The layout ran past its budget of `seconds` and was stopped; `suggestion` names an
    /// engine likely to be faster on the same graph, when there is one.
    case timedOut(engine: String, seconds: Double, suggestion: String?)
    /// The separate process that lays out a graph within a budget failed to start or
    /// stopped without an answer.
    case layoutProcessFailed(engine: String, message: String)

    /// The error in a sentence for the analyst, with Graphviz's own message where it gave one.
    public var description: String {
        switch self {
        case .unknownLayout(let name, let available):
            "unknown layout engine '\(name)'; Graphviz here has \(available.joined(separator: ", "))."
        case .unknownFormat(let name, let available):
            "unknown output format '\(name)'; Graphviz here writes \(available.map(\.rawValue).joined(separator: ", "))."
        case .unreadable(let message):
            "Graphviz could not read the graph: \(message)"
        case .layoutFailed(let engine, let message):
            "Graphviz's \(engine) layout failed: \(message)"
        case .renderFailed(let format, let message):
            "Graphviz could not write \(format): \(message)"
        case .unavailable:
            "Graphviz could not start; check that its plugins are installed (on Debian or Ubuntu: apt-get install libgraphviz-dev)."
        case .timedOut(let engine, let seconds, let suggestion):
            "Graphviz's \(engine) layout did not finish within \(LayoutBudget.formatted(seconds: seconds)) and was stopped"
                + (suggestion.map { "; \($0) is faster on this graph." } ?? "; no engine is faster on this graph: draw fewer actors or ties.")
        case .layoutProcessFailed(let engine, let message):
            "the process laying out the graph with \(engine) failed: \(message)"
        }
    }
}
