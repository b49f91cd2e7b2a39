import ActorMap

extension Graphviz {
    /// `diagram` laid out by its engine, then pinned at the places the layout gave its
    /// actors, so that what it draws around them (a sample of each kind's shape, the row of
    /// actors without a tie) sits where ``Diagram`` puts it. A diagram already pinned comes
    /// back as it is.
    ///
    /// The edges keep the routes the engine gave them (dot's curves around the actors).
    /// The first layout leaves out the legend and, when they go to the margin, the actors
    /// without a tie, so that they take no place among the others.
    ///
    /// - Parameter budget: How long the layout may take, as for ``render(_:layout:format:budget:)``.
    /// - Throws: ``GraphvizError`` when Graphviz fails or the budget is spent, or the
    ///   diagram's error.
    public static func arranged(_ diagram: Diagram, budget: LayoutBudget? = nil) throws -> Diagram {
        guard diagram.options.pinned == nil else { return diagram }
        var draft = diagram.options
        draft.legend = false
        if draft.isolates == .margin { draft.isolates = .hide }
        let sketch = try Diagram(diagram.snapshot, options: draft)
        let laidOut = try render(sketch.text, layout: draft.layout.rawValue, format: "dot", budget: budget)
        let (byNode, routes) = Self.places(inLaidOut: String(decoding: laidOut, as: UTF8.self))
        let dataset = diagram.snapshot.dataset
        var places: [String: DiagramPoint] = [:]
        for (number, position) in sketch.actorPositions.enumerated() {
            places[dataset.actors[diagram.snapshot.actorIndices[position]].id] = byNode["a\(number)"]
        }
        var options = diagram.options
        var sizes: [String: DiagramSize] = [:]
        if diagram.options.isolates == .margin {
            // The untied actors, each as Graphviz sizes it, so that the row leaves room for
            // their shapes and names as drawn.
            var whole = diagram.options
            whole.legend = false
            whole.isolates = .show
            let untied = Set(diagram.snapshot.actorIndices.map { dataset.actors[$0].id }).subtracting(places.keys)
            if !untied.isEmpty { sizes = try measured(untied, in: try Diagram(diagram.snapshot, options: whole), budget: budget) }
        }
        options.pinned = PinnedLayout(positions: places, routes: routes, sizes: sizes)
        return try Diagram(diagram.snapshot, options: options)
    }

    /// The width and height in points Graphviz gives each actor of `actors` (by actor id)
    /// drawn as `diagram` styles it: the diagram's nodes for those actors alone, without
    /// ties, laid out by dot.
    ///
    /// - Throws: ``GraphvizError`` when Graphviz fails or the budget is spent.
    static func measured(_ actors: Set<String>, in diagram: Diagram, budget: LayoutBudget?) throws -> [String: DiagramSize] {
        let dataset = diagram.snapshot.dataset
        var actorOfNode: [String: String] = [:]
        for (number, position) in diagram.actorPositions.enumerated() {
            let id = dataset.actors[diagram.snapshot.actorIndices[position]].id
            if actors.contains(id) { actorOfNode["a\(number)"] = id }
        }
        var graph = diagram.graph
        graph.nodes.removeAll { actorOfNode[$0.id] == nil }
        graph.edges.removeAll()
        graph.attributes[.layout] = nil
        let laidOut = try render(graph.text, layout: LayoutEngine.dot.rawValue, format: "dot", budget: budget)
        var sizes: [String: DiagramSize] = [:]
        for (node, size) in Self.sizes(inLaidOut: String(decoding: laidOut, as: UTF8.self)) {
            if let id = actorOfNode[node] { sizes[id] = size }
        }
        return sizes
    }

    /// The width and height in points of each node, by node id, in a graph Graphviz laid
    /// out and wrote back as DOT (which gives them in inches), read as ``places(inLaidOut:)``
    /// reads places.
    static func sizes(inLaidOut text: String) -> [String: DiagramSize] {
        var sizes: [String: DiagramSize] = [:]
        for statement in text.replacingOccurrences(of: "\\\n", with: "").components(separatedBy: ";\n") {
            // A name may read "width=9": quoted values other than numbers are set aside.
            let bare = statement.replacing(/"(?:\\.|[^"\\])*"/) { quoted in
                quoted.0.dropFirst().dropLast().allSatisfy { $0.isNumber || $0 == "." } ? quoted.0 : "\"\""
            }
            let trimmed = bare.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let node = trimmed.firstMatch(of: /^(a[0-9]+)\s*\[/),
                  let width = bare.firstMatch(of: /[\[,\s]width="?([0-9.]+)/).flatMap({ Double($0.1) }),
                  let height = bare.firstMatch(of: /[\[,\s]height="?([0-9.]+)/).flatMap({ Double($0.1) })
            else { continue }
            sizes[String(node.1)] = DiagramSize(width: width * 72, height: height * 72)
        }
        return sizes
    }

    /// The centre of each node, by node id, and the route of each relationship's edge, by
    /// relationship index, in a graph Graphviz laid out and wrote back as DOT.
    ///
    /// Every statement of Graphviz's output ends in `;` and a newline, and a newline never
    /// falls inside a quoted value once its line continuations are joined; a quote inside a
    /// value is escaped, so `pos="` only ever starts the attribute itself.
    static func places(inLaidOut text: String) -> (nodes: [String: DiagramPoint], routes: [Int: String]) {
        var nodes: [String: DiagramPoint] = [:]
        var routes: [Int: String] = [:]
        for statement in text.replacingOccurrences(of: "\\\n", with: "").components(separatedBy: ";\n") {
            guard let pos = statement.firstMatch(of: /[\[,\s]pos="([^"]*)"/)?.1 else { continue }
            let trimmed = statement.trimmingCharacters(in: .whitespacesAndNewlines)
            if let edge = statement.firstMatch(of: /[\[,\s]id="relationship-([0-9]+)"/), trimmed.contains("->"), let index = Int(edge.1) {
                routes[index] = String(pos)
            } else if let node = trimmed.firstMatch(of: /^(a[0-9]+)\s*\[/) {
                let parts = pos.split(separator: ",").compactMap { Double($0) }
                if parts.count == 2 { nodes[String(node.1)] = DiagramPoint(x: parts[0], y: parts[1]) }
            }
        }
        return (nodes, routes)
    }
}
