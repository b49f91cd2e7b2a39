/// A Graphviz graph as data: attributes, nodes and edges, in the order they were added.
///
/// A `DOTGraph` knows nothing of actors or relationships; ``Diagram`` builds one from a
/// snapshot, and ``DOTGraph/text`` writes it as DOT. Keeping the document apart from the
/// styling lets each be tested on its own, and keeps the text deterministic: nodes and edges
/// come out in the order they were added, attributes sorted by name.
public struct DOTGraph: Hashable, Sendable {
    /// The graph's name; Graphviz shows it as the title of an SVG.
    public var name: String
    /// Whether edges are written `->` (a `digraph`) or `--` (a `graph`). A digraph can still
    /// draw single edges without arrowheads, with `dir=none`.
    public var isDirected: Bool
    /// Attributes of the graph itself (`label`, `layout`, `overlap`…).
    public var attributes: DOTAttributes
    /// Attributes every node starts from.
    public var nodeDefaults: DOTAttributes
    /// Attributes every edge starts from.
    public var edgeDefaults: DOTAttributes
    /// The nodes, written in this order.
    public var nodes: [Node]
    /// The edges, written in this order after the nodes.
    public var edges: [Edge]

    /// A graph of these parts.
    ///
    /// - Parameters:
    ///   - name: The graph's name, written as a quoted id.
    ///   - isDirected: Whether it is a `digraph`.
    ///   - attributes: The graph's own attributes.
    ///   - nodeDefaults: What every node starts from.
    ///   - edgeDefaults: What every edge starts from.
    ///   - nodes: The nodes, in order.
    ///   - edges: The edges, in order.
    public init(
        name: String, isDirected: Bool, attributes: DOTAttributes = [:], nodeDefaults: DOTAttributes = [:],
        edgeDefaults: DOTAttributes = [:], nodes: [Node] = [], edges: [Edge] = []
    ) {
        self.name = name
        self.isDirected = isDirected
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
    }

    /// A node, named by an id the caller generates (`a0`, `a1`…), never by user text.
    public struct Node: Hashable, Sendable {
        /// The node's id, which edges name it by.
        public var id: String
        /// The node's own attributes, over the graph's node defaults.
        public var attributes: DOTAttributes

        /// A node named `id` with `attributes`.
        ///
        /// - Parameters:
        ///   - id: An id the caller made, never user text.
        ///   - attributes: The node's own attributes.
        public init(_ id: String, _ attributes: DOTAttributes = [:]) {
            self.id = id
            self.attributes = attributes
        }
    }

    /// An edge between two nodes, by their ids. Two edges between the same pair stay two
    /// edges: DOT graphs are written without `strict`.
    public struct Edge: Hashable, Sendable {
        /// The id of the node it starts from.
        public var from: String
        /// The id of the node it goes to.
        public var to: String
        /// The edge's own attributes, over the graph's edge defaults.
        public var attributes: DOTAttributes

        /// An edge from node `from` to node `to`.
        ///
        /// - Parameters:
        ///   - from: The id of the node it starts from.
        ///   - to: The id of the node it goes to.
        ///   - attributes: The edge's own attributes.
        public init(from: String, to: String, _ attributes: DOTAttributes = [:]) {
            self.from = from
            self.to = to
            self.attributes = attributes
        }
    }
}
