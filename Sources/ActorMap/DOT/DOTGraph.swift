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
    public var nodes: [Node]
    public var edges: [Edge]

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
        public var id: String
        public var attributes: DOTAttributes

        public init(_ id: String, _ attributes: DOTAttributes = [:]) {
            self.id = id
            self.attributes = attributes
        }
    }

    /// An edge between two nodes, by their ids. Two edges between the same pair stay two
    /// edges: DOT graphs are written without `strict`.
    public struct Edge: Hashable, Sendable {
        public var from: String
        public var to: String
        public var attributes: DOTAttributes

        public init(from: String, to: String, _ attributes: DOTAttributes = [:]) {
            self.from = from
            self.to = to
            self.attributes = attributes
        }
    }
}
