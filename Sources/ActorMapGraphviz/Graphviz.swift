import ActorMap
import CGraphviz
import Foundation

/// An image format ActorMap asks Graphviz for.
public enum ImageFormat: String, CaseIterable, Sendable, Hashable {
    case svg, png, pdf
}

/// Graphviz in process: DOT text in, laid out and rendered image out.
///
/// Graphviz's libraries are not safe to call from two threads at once, not even to read, so
/// every call goes through one lock for the whole process; renders from many tasks run one
/// after another. Every graph is released however a render ends, and Graphviz's messages
/// come back as ``GraphvizError``s instead of being printed to standard error.
public enum Graphviz {
    /// Lays out `dot` with the engine `layout` and renders it as `format`.
    ///
    /// Graphviz lets a `layout` attribute in the DOT text itself win over `layout`; the text
    /// a ``Diagram`` writes names the same engine as its options.
    ///
    /// - Parameters:
    ///   - dot: A graph in the DOT language.
    ///   - layout: A layout engine Graphviz has, such as `dot`, `neato` or `sfdp`.
    ///   - format: An output format Graphviz has, such as `svg`, `png` or `pdf`.
    ///   - budget: How long the layout may take; without one it runs in process for as long
    ///     as it takes. With one, a layout that may run long runs in the budget's worker
    ///     process and is stopped when the budget is spent.
    /// - Returns: The rendered file's bytes.
    /// - Throws: ``GraphvizError`` naming what went wrong, with Graphviz's own message;
    ///   ``GraphvizError/timedOut(engine:seconds:suggestion:)`` when the budget is spent.
    public static func render(
        _ dot: String, layout: String, format: String, budget: LayoutBudget? = nil
    ) throws(GraphvizError) -> Data {
        try render(dot, layout: layout, format: format, workload: nil, budget: budget)
    }

    private static func render(
        _ dot: String, layout: String, format: String, workload: LayoutWorkload?, budget: LayoutBudget?
    ) throws(GraphvizError) -> Data {
        let request = LayoutRequest(task: .render(format: format), layout: layout, seconds: budget?.seconds ?? LayoutBudget.longest)
        return try perform(
            request, dot: dot, workload: workload, budget: budget,
            inProcess: { () throws(GraphvizError) in try renderInProcess(dot, layout: layout, format: format) },
            decode: { $0 })
    }

    static func renderInProcess(_ dot: String, layout: String, format: String) throws(GraphvizError) -> Data {
        try session.run { context throws(GraphvizError) in
            try context.check(layout: layout, format: format)
            guard let graph = agmemread(dot) else {
                throw .unreadable(message: context.lastMessage ?? "the text is not a DOT graph.")
            }
            defer { agclose(graph) }
            // Graphviz carries on after some errors (a malformed HTML-like label is drawn as
            // the graph's name); a drawing with an error in it is a failure all the same.
            guard gvLayout(context.pointer, graph, layout) == 0, !context.hasFailed else {
                throw .layoutFailed(engine: layout, message: context.lastMessage ?? "no message.")
            }
            defer { gvFreeLayout(context.pointer, graph) }
            var bytes: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(context.pointer, graph, format, &bytes, &length)
            defer { gvFreeRenderData(bytes) }
            guard status == 0, let bytes, !context.hasFailed else {
                throw .renderFailed(format: format, message: context.lastMessage ?? "no message.")
            }
            return Data(bytes: bytes, count: Int(length))
        }
    }

    /// Renders a diagram with the engine its options name, or with its actors where a
    /// ``PinnedLayout`` puts them, within `budget` when there is one (see
    /// ``render(_:layout:format:budget:)``).
    public static func render(_ diagram: Diagram, format: ImageFormat, budget: LayoutBudget? = nil) throws(GraphvizError) -> Data {
        try render(
            diagram.text, layout: diagram.engine, format: format.rawValue,
            workload: budget.map { _ in LayoutWorkload(diagram.graph) }, budget: budget)
    }

    /// Lays out `dot` with the engine `layout` and gives the centre of each node, by node id,
    /// in points.
    ///
    /// - Parameter budget: How long the layout may take, as for ``render(_:layout:format:budget:)``.
    /// - Throws: ``GraphvizError`` naming what went wrong, with Graphviz's own message;
    ///   ``GraphvizError/timedOut(engine:seconds:suggestion:)`` when the budget is spent.
    public static func positions(
        _ dot: String, layout: String, budget: LayoutBudget? = nil
    ) throws(GraphvizError) -> [String: DiagramPoint] {
        try positions(dot, layout: layout, workload: nil, budget: budget)
    }

    static func positions(
        _ dot: String, layout: String, workload: LayoutWorkload?, budget: LayoutBudget?
    ) throws(GraphvizError) -> [String: DiagramPoint] {
        let request = LayoutRequest(task: .positions, layout: layout, seconds: budget?.seconds ?? LayoutBudget.longest)
        return try perform(
            request, dot: dot, workload: workload, budget: budget,
            inProcess: { () throws(GraphvizError) in try positionsInProcess(dot, layout: layout) },
            decode: { data throws(GraphvizError) in
                guard let pairs = try? JSONDecoder().decode([String: [Double]].self, from: data) else {
                    throw .layoutProcessFailed(engine: layout, message: "its positions could not be read.")
                }
                return pairs.compactMapValues { $0.count == 2 ? DiagramPoint(x: $0[0], y: $0[1]) : nil }
            })
    }

    /// How much work `dot` is for a layout engine: its nodes and edges, read by Graphviz.
    ///
    /// - Throws: ``GraphvizError/unreadable(message:)`` when the text is not a DOT graph.
    /// - Complexity: O(*n* + *m* log *m*) for *n* nodes and *m* edges, besides reading the text.
    public static func workload(of dot: String) throws(GraphvizError) -> LayoutWorkload {
        try session.run { context throws(GraphvizError) in
            guard let graph = agmemread(dot) else {
                throw .unreadable(message: context.lastMessage ?? "the text is not a DOT graph.")
            }
            defer { agclose(graph) }
            var numbers: [UnsafeMutablePointer<Agnode_t>: Int] = [:]
            var node = agfstnode(graph)
            while let current = node {
                numbers[current] = numbers.count
                node = agnxtnode(graph, current)
            }
            var ties: [(from: Int, to: Int)] = []
            node = agfstnode(graph)
            while let current = node {
                var edge = agfstout(graph, current)
                while let tie = edge {
                    if let head = actormap_head(tie).flatMap({ numbers[$0] }) { ties.append((numbers[current]!, head)) }
                    edge = agnxtout(graph, tie)
                }
                node = agnxtnode(graph, current)
            }
            return LayoutWorkload(actors: numbers.count, ties: ties)
        }
    }

    static func positionsInProcess(_ dot: String, layout: String) throws(GraphvizError) -> [String: DiagramPoint] {
        try session.run { context throws(GraphvizError) in
            try context.check(layout: layout, format: "svg")
            guard let graph = agmemread(dot) else {
                throw .unreadable(message: context.lastMessage ?? "the text is not a DOT graph.")
            }
            defer { agclose(graph) }
            guard gvLayout(context.pointer, graph, layout) == 0, !context.hasFailed else {
                throw .layoutFailed(engine: layout, message: context.lastMessage ?? "no message.")
            }
            defer { gvFreeLayout(context.pointer, graph) }
            // The layout lives in Graphviz's private records; this writes it out as the
            // `pos` attribute every node can be asked for.
            attach_attrs(graph)
            var positions: [String: DiagramPoint] = [:]
            var attribute = Array("pos".utf8CString)
            var node = agfstnode(graph)
            while let current = node {
                if let name = agnameof(UnsafeMutableRawPointer(current)), let pos = agget(UnsafeMutableRawPointer(current), &attribute) {
                    let parts = String(cString: pos).split(separator: ",").compactMap { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: "! "))) }
                    if parts.count == 2 { positions[String(cString: name)] = DiagramPoint(x: parts[0], y: parts[1]) }
                }
                node = agnxtnode(graph, current)
            }
            return positions
        }
    }

    /// The layout engines this Graphviz has, sorted.
    public static var layouts: [String] {
        get throws(GraphvizError) { try session.run { $0.layouts } }
    }

    /// The output formats this Graphviz writes, sorted.
    public static var formats: [String] {
        get throws(GraphvizError) { try session.run { $0.formats } }
    }

    /// Graphviz's version, such as `2.43.0`.
    public static var version: String {
        get throws(GraphvizError) { try session.run { String(cString: gvcVersion($0.pointer)) } }
    }

    static let session = Session()
}

/// The process's one Graphviz context, and the lock every call into Graphviz holds.
///
/// The context is made on first use and kept for the life of the process: making one reads
/// Graphviz's plugin configuration, which would cost every render a few milliseconds.
final class Session: @unchecked Sendable {
    private let lock = NSLock()
    private var context: Context?

    func run<Result>(_ body: (Context) throws(GraphvizError) -> Result) throws(GraphvizError) -> Result {
        lock.lock()
        defer { lock.unlock() }
        if context == nil {
            // Keep every message for aglasterr() instead of printing it.
            agseterr(AGMAX)
            guard let pointer = gvContext() else { throw .unavailable }
            context = Context(pointer: pointer)
        }
        agreseterrors()
        return try body(context!)
    }
}

/// A Graphviz context and what it has installed; used only under the session's lock.
struct Context {
    let pointer: OpaquePointer
    let layouts: [String]
    let formats: [String]

    init(pointer: OpaquePointer) {
        self.pointer = pointer
        layouts = Self.plugins(of: "layout", in: pointer)
        formats = Self.plugins(of: "device", in: pointer)
    }

    func check(layout: String, format: String) throws(GraphvizError) {
        guard layouts.contains(layout) else { throw .unknownLayout(layout, available: layouts) }
        guard formats.contains(format) else { throw .unknownFormat(format, available: formats) }
    }

    /// Whether Graphviz reported an error (not just a warning) since the errors were reset.
    var hasFailed: Bool { agerrors() >= Int32(AGERR.rawValue) }

    /// The last message Graphviz kept since the errors were reset, trimmed.
    var lastMessage: String? {
        guard hasFailed, let message = aglasterr() else { return nil }
        defer { free(message) }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// The names of the installed plugins of one kind, such as `layout` or `device`.
    private static func plugins(of kind: String, in context: OpaquePointer) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names: [String] = []
        for index in 0..<Int(count) {
            guard let name = list[index] else { continue }
            names.append(String(cString: name))
            free(name)
        }
        return Array(Set(names)).sorted()
    }
}
