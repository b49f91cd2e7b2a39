import ActorMap

extension Graphviz {
    /// One place per actor for every moment of `years`: the layout of the map over the whole
    /// span (every actor and tie active in any of the years), so that diagrams of each year
    /// pinned to it differ only in their ties.
    ///
    /// The span is laid out with neato or sfdp, whichever `LayoutEngine.recommended(for:focused:layered:)`
    /// gives for its actors and ties, styled as `options` ask (so that actors take the room
    /// their names need).
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - years: The span laid out: every actor and tie active in any of its years.
    ///   - options: How the drawings are styled, so that actors take the room their names
    ///     need; its pinned places, focus and legend are left out.
    ///   - budget: How long each layout may take, as for `render(_:layout:format:budget:)`
    ///     of a diagram.
    /// - Returns: The layout, and the engine that made it.
    /// - Throws: ``GraphvizError`` when Graphviz fails or the budget is spent, or the
    ///   diagram's error.
    /// - Complexity: One layout of the span by neato or sfdp, and one by dot of the actors
    ///   without a tie when there are any.
    public static func stableLayout(
        _ dataset: Dataset, years: ClosedRange<Int>, options: DiagramOptions = DiagramOptions(), budget: LayoutBudget? = nil
    ) throws -> (layout: PinnedLayout, engine: LayoutEngine) {
        let span = Snapshot(dataset, at: .window(years))
        var options = options
        options.pinned = nil
        options.focus = nil
        options.legend = false
        // Actors without a tie in any of the years go to each diagram's margin, not here.
        if options.isolates == .margin { options.isolates = .hide }
        options.layout = .neato
        var diagram = try Diagram(span, options: options)
        let workload = LayoutWorkload(diagram.graph)
        let engine = LayoutEngine.recommended(for: workload, layered: false).engine
        if engine != options.layout {
            options.layout = engine
            diagram = try Diagram(span, options: options)
        }
        let laidOut = try laidOut(diagram.text, layout: engine.rawValue, workload: workload, budget: budget)
        var positions: [String: DiagramPoint] = [:]
        for (node, actor) in diagram.actorIDsByNode { positions[actor] = laidOut.nodes[node]?.centre }
        // Each year draws in its margin row those of them active that year: measured here
        // with their names, each as large as its name makes it (a year's figure may make it
        // larger still, which the row reads from the year's own diagram).
        var sizes: [String: DiagramSize] = [:]
        let untied = Set(span.actorIndices.map { dataset.actors[$0].id }).subtracting(positions.keys)
        if !untied.isEmpty {
            var whole = options
            whole.isolates = .show
            whole.labels = .all
            whole.size = nil
            whole.encoding?.size = nil
            sizes = try measured(untied, in: try Diagram(span, options: whole), budget: budget)
        }
        return (PinnedLayout(positions: positions, sizes: sizes), engine)
    }
}
