import ActorMap

extension Graphviz {
    /// `diagram` laid out by its engine, then pinned at the places the layout gave its
    /// actors, so that what it draws around them (a sample of each kind's shape, the row of
    /// actors without a tie) sits where ``Diagram`` puts it. A diagram already pinned comes
    /// back as it is.
    ///
    /// The first layout leaves out the legend and, when they go to the margin, the actors
    /// without a tie, so that they take no place among the others.
    ///
    /// - Throws: ``GraphvizError`` when Graphviz fails, or the diagram's error.
    public static func arranged(_ diagram: Diagram) throws -> Diagram {
        guard diagram.options.pinned == nil else { return diagram }
        var draft = diagram.options
        draft.legend = false
        if draft.isolates == .margin { draft.isolates = .hide }
        let sketch = try Diagram(diagram.snapshot, options: draft)
        let byNode = try positions(sketch.text, layout: draft.layout.rawValue)
        let dataset = diagram.snapshot.dataset
        var places: [String: DiagramPoint] = [:]
        for (number, position) in sketch.actorPositions.enumerated() {
            places[dataset.actors[diagram.snapshot.actorIndices[position]].id] = byNode["a\(number)"]
        }
        var options = diagram.options
        options.pinned = PinnedLayout(positions: places)
        return try Diagram(diagram.snapshot, options: options)
    }
}
