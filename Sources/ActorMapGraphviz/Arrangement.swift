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
        options.pinned = PinnedLayout(positions: places, routes: routes)
        return try Diagram(diagram.snapshot, options: options)
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
