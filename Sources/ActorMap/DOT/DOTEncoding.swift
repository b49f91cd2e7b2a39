extension DOTGraph {
    /// The graph as DOT text: graph, node and edge defaults first, then nodes and edges in
    /// the order they were added, each with its attributes sorted by name.
    ///
    /// The same graph always gives the same text, byte for byte.
    ///
    /// - Complexity: O(*n* + *e*) for *n* nodes and *e* edges, times their attributes.
    public var text: String {
        var output: [UInt8] = []
        output.reserveCapacity(256 * (nodes.count + edges.count) + 4096)
        output += isDirected ? "digraph ".utf8 : "graph ".utf8
        DOTEscaping.appendIdentifier(name, to: &output)
        output += " {\n".utf8
        for (keyword, defaults) in [("graph", attributes), ("node", nodeDefaults), ("edge", edgeDefaults)] where !defaults.isEmpty {
            output += "  \(keyword) ".utf8
            Self.append(defaults, to: &output)
            output += ";\n".utf8
        }
        for node in nodes {
            output += "  ".utf8
            DOTEscaping.appendIdentifier(node.id, to: &output)
            Self.append(trailing: node.attributes, to: &output)
        }
        let connector = isDirected ? " -> " : " -- "
        for edge in edges {
            output += "  ".utf8
            DOTEscaping.appendIdentifier(edge.from, to: &output)
            output += connector.utf8
            DOTEscaping.appendIdentifier(edge.to, to: &output)
            Self.append(trailing: edge.attributes, to: &output)
        }
        output += "}\n".utf8
        return String(decoding: output, as: UTF8.self)
    }

    private static func append(_ attributes: DOTAttributes, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "["))
        for (index, attribute) in attributes.enumerated() {
            if index > 0 { output += ", ".utf8 }
            DOTEscaping.appendIdentifier(attribute.name.rawValue, to: &output)
            output.append(UInt8(ascii: "="))
            attribute.value.encode(into: &output)
        }
        output.append(UInt8(ascii: "]"))
    }

    private static func append(trailing attributes: DOTAttributes, to output: inout [UInt8]) {
        if !attributes.isEmpty {
            output.append(UInt8(ascii: " "))
            append(attributes, to: &output)
        }
        output += ";\n".utf8
    }
}
