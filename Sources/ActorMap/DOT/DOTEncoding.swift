extension DOTGraph {
    /// The graph as DOT text: graph, node and edge defaults first, then nodes and edges in
    /// the order they were added, each with its attributes sorted by name.
    ///
    /// The same graph always gives the same text, byte for byte.
    ///
    /// - Complexity: O(*n* + *e*) for *n* nodes and *e* edges, times the attributes' sort.
    public var text: String {
        var lines = ["\(isDirected ? "digraph" : "graph") \(DOTEscaping.identifier(name)) {"]
        for (keyword, defaults) in [("graph", attributes), ("node", nodeDefaults), ("edge", edgeDefaults)] where !defaults.isEmpty {
            lines.append("  \(keyword) \(Self.list(defaults));")
        }
        for node in nodes {
            lines.append("  \(DOTEscaping.identifier(node.id))\(Self.trailing(node.attributes));")
        }
        let connector = isDirected ? "->" : "--"
        for edge in edges {
            let ends = "\(DOTEscaping.identifier(edge.from)) \(connector) \(DOTEscaping.identifier(edge.to))"
            lines.append("  \(ends)\(Self.trailing(edge.attributes));")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func list(_ attributes: DOTAttributes) -> String {
        "[" + attributes.map { "\(DOTEscaping.identifier($0.name.rawValue))=\($0.value.encoded)" }.joined(separator: ", ") + "]"
    }

    private static func trailing(_ attributes: DOTAttributes) -> String {
        attributes.isEmpty ? "" : " " + list(attributes)
    }
}
