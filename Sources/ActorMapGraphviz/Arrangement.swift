import ActorMap

extension Graphviz {
    /// `diagram` laid out by its engine, then pinned at the places the layout gave its
    /// actors, so that what it draws around them (a sample of each kind's shape, the row of
    /// actors without a tie) sits where `Diagram` puts it. A diagram already pinned comes
    /// back as it is.
    ///
    /// The edges keep the routes the engine gave them (dot's curves around the actors).
    /// The first layout leaves out the legend and, when they go to the margin, the actors
    /// without a tie, so that they take no place among the others.
    ///
    /// - Parameters:
    ///   - diagram: The styled map to lay out.
    ///   - budget: How long each layout may take, as for `render(_:layout:format:budget:)` of a diagram.
    /// - Returns: The diagram pinned where its engine put its actors, drawn by `nop2`.
    /// - Throws: ``GraphvizError`` when Graphviz fails or the budget is spent, or the
    ///   diagram's error.
    /// - Complexity: One layout by the diagram's engine, and one by dot of the untied actors
    ///   when they go to the margin.
    public static func arranged(_ diagram: Diagram, budget: LayoutBudget? = nil) throws -> Diagram {
        guard diagram.options.pinned == nil else { return diagram }
        var draft = diagram.options
        draft.legend = false
        if draft.isolates == .margin { draft.isolates = .hide }
        let sketch = try Diagram(diagram.snapshot, options: draft)
        let laidOut = try laidOut(sketch.text, layout: draft.layout.rawValue, workload: nil, budget: budget)
        var places: [String: DiagramPoint] = [:]
        for (node, actor) in sketch.actorIDsByNode { places[actor] = laidOut.nodes[node]?.centre }
        var routes: [Int: String] = [:]
        for (edge, relationship) in sketch.relationshipIndicesByEdge { routes[relationship] = laidOut.routes[edge] }
        var options = diagram.options
        var sizes: [String: DiagramSize] = [:]
        if diagram.options.isolates == .margin {
            // The untied actors, each as Graphviz sizes it, so that the row leaves room for
            // their shapes and names as drawn.
            var whole = diagram.options
            whole.legend = false
            whole.isolates = .show
            let dataset = diagram.snapshot.dataset
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
    static func measured(_ actors: Set<String>, in diagram: Diagram, budget: LayoutBudget?) throws(GraphvizError) -> [String: DiagramSize] {
        let actorOfNode = diagram.actorIDsByNode.filter { actors.contains($0.value) }
        var graph = diagram.graph
        graph.nodes.removeAll { actorOfNode[$0.id] == nil }
        graph.edges.removeAll()
        graph.attributes[.layout] = nil
        let laidOut = try laidOut(graph.text, layout: LayoutEngine.dot.rawValue, workload: nil, budget: budget)
        var sizes: [String: DiagramSize] = [:]
        for (node, actor) in actorOfNode { sizes[actor] = laidOut.nodes[node]?.size }
        return sizes
    }
}
