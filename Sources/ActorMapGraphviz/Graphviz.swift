import ActorMap
import CGraphviz
import Foundation

/// Graphviz in process: DOT text in, laid out and rendered image out.
///
/// Graphviz's libraries are not safe to call from two threads at once, not even to read, so
/// every call goes through one lock for the whole process; renders from many tasks run one
/// after another. Every graph is released however a render ends, and Graphviz's messages
/// come back as ``GraphvizError``s instead of being printed to standard error.
public enum Graphviz {
    /// Draws `diagram` as `format`: laid out by `layout`, then drawn with its actors pinned
    /// where the layout put them, so that the legend's shape samples and the row of untied
    /// actors sit beside them (see ``arranged(_:budget:)``). This is the drawing
    /// `actormap render` writes.
    ///
    /// A diagram already pinned to a `PinnedLayout` (a year of a timeline) keeps its places
    /// and is drawn as it is, whatever `layout` says.
    ///
    /// ```swift
    /// let diagram = try Diagram(Snapshot(dataset, at: .year(2020)))
    /// let svg = try Graphviz.render(diagram, layout: .neato, format: .svg)
    /// ```
    ///
    /// - Parameters:
    ///   - diagram: The styled map to draw.
    ///   - layout: The engine that places the actors; the one `diagram`'s options name when
    ///     `nil`. The diagram is styled again for another engine (each has its own bounds
    ///     and overlap removal).
    ///   - format: The file format, such as ``ImageFormat/svg``.
    ///   - budget: How long each layout may take; without one it runs in process for as long
    ///     as it takes. With one, a layout that may run long runs in the budget's worker
    ///     process and is stopped when the budget is spent.
    /// - Returns: The file's bytes.
    /// - Throws: ``GraphvizError`` naming what went wrong, with Graphviz's own message;
    ///   ``GraphvizError/timedOut(engine:seconds:suggestion:)`` when the budget is spent.
    /// - Complexity: Two layouts by Graphviz: the engine's, then the pinned drawing's.
    public static func render(
        _ diagram: Diagram, layout: LayoutEngine? = nil, format: ImageFormat, budget: LayoutBudget? = nil
    ) throws -> Data {
        var diagram = diagram
        if let layout, diagram.options.pinned == nil { diagram = try diagram.styled(for: layout) }
        return try drawn(try arranged(diagram, budget: budget), format: format, budget: budget)
    }

    /// Lays out `dot` with the engine `layout` and renders it as `format`.
    ///
    /// Graphviz lets a `layout` attribute in the DOT text itself win over `layout`; the text
    /// a `Diagram` writes names the same engine as its options.
    ///
    /// - Parameters:
    ///   - dot: A graph in the DOT language.
    ///   - layout: A layout engine Graphviz has (``layouts``), such as `dot`, `neato`,
    ///     `sfdp`, or `nop2` for a graph whose nodes are pinned.
    ///   - format: An output format Graphviz has (``formats``).
    ///   - budget: How long the layout may take, as for `render(_:layout:format:budget:)` of a diagram.
    /// - Returns: The rendered file's bytes.
    /// - Throws: ``GraphvizError`` naming what went wrong, with Graphviz's own message;
    ///   ``GraphvizError/timedOut(engine:seconds:suggestion:)`` when the budget is spent.
    public static func render(
        _ dot: String, layout: String, format: ImageFormat, budget: LayoutBudget? = nil
    ) throws(GraphvizError) -> Data {
        try render(dot, layout: layout, format: format, workload: nil, budget: budget)
    }

    /// Draws `diagram` as it is, with the engine it names: pinned diagrams by `nop2`.
    static func drawn(_ diagram: Diagram, format: ImageFormat, budget: LayoutBudget?) throws(GraphvizError) -> Data {
        try render(
            diagram.text, layout: diagram.engine, format: format,
            workload: budget.map { _ in LayoutWorkload(diagram.graph) }, budget: budget)
    }

    private static func render(
        _ dot: String, layout: String, format: ImageFormat, workload: LayoutWorkload?, budget: LayoutBudget?
    ) throws(GraphvizError) -> Data {
        let request = LayoutRequest(task: .render(format: format), layout: layout, seconds: budget?.seconds ?? LayoutBudget.longest)
        return try perform(
            request, dot: dot, workload: workload, budget: budget,
            inProcess: { () throws(GraphvizError) in try renderInProcess(dot, layout: layout, format: format) },
            decode: { $0 })
    }

    static func renderInProcess(_ dot: String, layout: String, format: ImageFormat) throws(GraphvizError) -> Data {
        try withLayout(of: dot, by: layout, format: format) { context, graph throws(GraphvizError) in
            var bytes: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(context.pointer, graph, format.rawValue, &bytes, &length)
            defer { gvFreeRenderData(bytes) }
            guard status == 0, let bytes, !context.hasFailed else {
                throw .renderFailed(format: format, message: context.lastMessage ?? "no message.")
            }
            return Data(bytes: bytes, count: Int(length))
        }
    }

    /// Lays out `dot` with the engine `layout` and gives the centre of each node, by node id,
    /// in points.
    ///
    /// - Parameters:
    ///   - dot: A graph in the DOT language.
    ///   - layout: A layout engine Graphviz has (``layouts``).
    ///   - budget: How long the layout may take, as for `render(_:layout:format:budget:)` of a diagram.
    /// - Returns: Each node's centre, by node id, with y growing upwards.
    /// - Throws: ``GraphvizError`` naming what went wrong, with Graphviz's own message;
    ///   ``GraphvizError/timedOut(engine:seconds:suggestion:)`` when the budget is spent.
    public static func positions(
        _ dot: String, layout: String, budget: LayoutBudget? = nil
    ) throws(GraphvizError) -> [String: DiagramPoint] {
        try laidOut(dot, layout: layout, workload: nil, budget: budget).nodes.mapValues(\.centre)
    }

    /// Lays out `dot` with the engine `layout` and reads back where it put each node and how
    /// it routed each edge, in process or in the budget's worker.
    static func laidOut(
        _ dot: String, layout: String, workload: LayoutWorkload?, budget: LayoutBudget?
    ) throws(GraphvizError) -> LaidOutGraph {
        let request = LayoutRequest(task: .layout, layout: layout, seconds: budget?.seconds ?? LayoutBudget.longest)
        return try perform(
            request, dot: dot, workload: workload, budget: budget,
            inProcess: { () throws(GraphvizError) in try laidOutInProcess(dot, layout: layout) },
            decode: { data throws(GraphvizError) in
                guard let graph = try? JSONDecoder().decode(LaidOutGraph.self, from: data) else {
                    throw .layoutProcessFailed(engine: layout, message: "its layout could not be read.")
                }
                return graph
            })
    }

    static func laidOutInProcess(_ dot: String, layout: String) throws(GraphvizError) -> LaidOutGraph {
        try withLayout(of: dot, by: layout, format: nil) { _, graph in
            // The layout lives in Graphviz's private records; this writes it out as the
            // attributes (`pos`, `width`, `height`) every node and edge can be asked for.
            attach_attrs(graph)
            var laidOut = LaidOutGraph()
            var node = agfstnode(graph)
            while let current = node {
                let object = UnsafeMutableRawPointer(current)
                if let name = agnameof(object), let centre = attribute("pos", of: object).flatMap(LaidOutGraph.point) {
                    // Graphviz gives sizes in inches.
                    let width = attribute("width", of: object).flatMap { Double($0) }
                    let height = attribute("height", of: object).flatMap { Double($0) }
                    laidOut.nodes[String(cString: name)] = LaidOutGraph.Node(
                        centre: centre, size: width.flatMap { width in height.map { DiagramSize(width: width * 72, height: $0 * 72) } })
                }
                var edge = agfstout(graph, current)
                while let tie = edge {
                    let object = UnsafeMutableRawPointer(tie)
                    if let id = attribute("id", of: object), !id.isEmpty, let route = attribute("pos", of: object) {
                        laidOut.routes[id] = route
                    }
                    edge = agnxtout(graph, tie)
                }
                node = agnxtnode(graph, current)
            }
            return laidOut
        }
    }

    /// How much work `dot` is for a layout engine: its nodes and edges, read by Graphviz.
    ///
    /// - Parameter dot: A graph in the DOT language.
    /// - Returns: The graph's nodes and edges, numbered in the order Graphviz reads them.
    /// - Throws: ``GraphvizError/unreadable(message:)`` when the text is not a DOT graph.
    /// - Complexity: O(*n* + *m* log *m*) for *n* nodes and *m* edges, besides reading the text.
    public static func workload(of dot: String) throws(GraphvizError) -> LayoutWorkload {
        try session.run { context throws(GraphvizError) in
            try withGraph(dot, context: context) { graph in
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
    }

    /// Reads `dot`, lays it out with `layout` and hands the laid-out graph to `body`, under
    /// the session's lock; the layout and then the graph are released however `body` ends.
    ///
    /// - Parameter format: The format `body` renders in, checked with the engine before any
    ///   work; `nil` when it renders nothing.
    private static func withLayout<Result>(
        of dot: String, by layout: String, format: ImageFormat?,
        _ body: (Context, UnsafeMutablePointer<Agraph_t>) throws(GraphvizError) -> Result
    ) throws(GraphvizError) -> Result {
        try session.run { context throws(GraphvizError) in
            try context.check(layout: layout, format: format)
            return try withGraph(dot, context: context) { graph throws(GraphvizError) in
                guard gvLayout(context.pointer, graph, layout) == 0 else {
                    throw .layoutFailed(engine: layout, message: context.lastMessage ?? "no message.")
                }
                defer { gvFreeLayout(context.pointer, graph) }
                // Graphviz carries on after some errors (a malformed HTML-like label is drawn
                // as the graph's name); a drawing with an error in it is a failure all the same.
                guard !context.hasFailed else {
                    throw .layoutFailed(engine: layout, message: context.lastMessage ?? "no message.")
                }
                return try body(context, graph)
            }
        }
    }

    /// Reads `dot` into a graph for `body`, closed however `body` ends; called under the
    /// session's lock.
    private static func withGraph<Result>(
        _ dot: String, context: Context, _ body: (UnsafeMutablePointer<Agraph_t>) throws(GraphvizError) -> Result
    ) throws(GraphvizError) -> Result {
        guard let graph = agmemread(dot) else {
            throw .unreadable(message: context.lastMessage ?? "the text is not a DOT graph.")
        }
        defer { agclose(graph) }
        return try body(graph)
    }

    /// The value of the attribute `name` of a graph, node or edge, or `nil` when the graph
    /// declares no such attribute.
    private static func attribute(_ name: String, of object: UnsafeMutableRawPointer) -> String? {
        var bytes = Array(name.utf8CString)
        return bytes.withUnsafeMutableBufferPointer { agget(object, $0.baseAddress) }.map { String(cString: $0) }
    }

    /// The layout engines this Graphviz has, sorted.
    ///
    /// - Throws: ``GraphvizError/unavailable`` when Graphviz cannot start.
    public static var layouts: [String] {
        get throws(GraphvizError) { try session.run { $0.layouts } }
    }

    /// The output formats this Graphviz writes, sorted.
    ///
    /// - Throws: ``GraphvizError/unavailable`` when Graphviz cannot start.
    public static var formats: [ImageFormat] {
        get throws(GraphvizError) { try session.run { $0.formats } }
    }

    /// Graphviz's version, such as `2.43.0`.
    ///
    /// - Throws: ``GraphvizError/unavailable`` when Graphviz cannot start.
    public static var version: String {
        get throws(GraphvizError) { try session.run { String(cString: gvcVersion($0.pointer)) } }
    }

    static let session = Session()
}

/// A graph Graphviz laid out, read back: where each node is and how large, and the route of
/// each edge that has an `id`, as Graphviz writes them.
struct LaidOutGraph: Codable, Hashable {
    struct Node: Codable, Hashable {
        /// The node's centre, in points.
        var centre: DiagramPoint
        /// The node's width and height, in points.
        var size: DiagramSize?
    }

    /// Every node, by node id.
    var nodes: [String: Node] = [:]
    /// The route of every edge with an `id`, by that id, as Graphviz writes a spline
    /// (`e,x,y x1,y1 …`).
    var routes: [String: String] = [:]

    /// The point a `pos` of a node gives (`x,y`, perhaps pinned with `!`).
    static func point(_ pos: String) -> DiagramPoint? {
        let parts = pos.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: "! "))) }
        return parts.count == 2 ? DiagramPoint(x: parts[0], y: parts[1]) : nil
    }
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
    let formats: [ImageFormat]

    init(pointer: OpaquePointer) {
        self.pointer = pointer
        layouts = Self.plugins(of: "layout", in: pointer)
        formats = Self.plugins(of: "device", in: pointer).map(ImageFormat.init(rawValue:))
    }

    /// Throws unless Graphviz has the engine `layout` and, when one is given, the `format`.
    func check(layout: String, format: ImageFormat?) throws(GraphvizError) {
        guard layouts.contains(layout) else { throw .unknownLayout(layout, available: layouts) }
        if let format, !formats.contains(format) { throw .unknownFormat(format, available: formats) }
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
