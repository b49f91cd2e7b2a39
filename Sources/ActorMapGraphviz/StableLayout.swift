import ActorMap

extension Graphviz {
    /// One place per actor for every moment of `years`: the layout of the map over the whole
    /// span (every actor and tie active in any of the years), so that diagrams of each year
    /// pinned to it differ only in their ties.
    ///
    /// The span is laid out with neato up to ``LayoutEngine/stressLimit`` actors and with sfdp
    /// beyond, styled as `options` ask (so that actors take the room their names need).
    ///
    /// - Returns: The layout, and the engine that made it.
    /// - Throws: ``GraphvizError`` when Graphviz fails, or the diagram's error.
    public static func stableLayout(
        _ dataset: Dataset, years: ClosedRange<Int>, options: DiagramOptions = DiagramOptions()
    ) throws -> (layout: PinnedLayout, engine: LayoutEngine) {
        let span = Snapshot(dataset, at: .window(years))
        var options = options
        options.pinned = nil
        options.focus = nil
        options.legend = false
        // Actors without a tie in any of the years go to each diagram's margin, not here.
        if options.isolates == .margin { options.isolates = .hide }
        options.layout = span.actorIndices.count <= LayoutEngine.stressLimit ? .neato : .sfdp
        let diagram = try Diagram(span, options: options)
        let byNode = try positions(diagram.text, layout: options.layout.rawValue)
        var positions: [String: DiagramPoint] = [:]
        for (number, position) in diagram.actorPositions.enumerated() {
            positions[dataset.actors[span.actorIndices[position]].id] = byNode["a\(number)"]
        }
        return (PinnedLayout(positions: positions), options.layout)
    }
}
