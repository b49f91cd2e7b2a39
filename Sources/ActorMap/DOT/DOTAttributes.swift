/// The name of a Graphviz attribute, such as `label` or `fillcolor`.
public struct DOTAttribute: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral {
    /// The name as Graphviz spells it.
    public var rawValue: String

    /// The attribute Graphviz calls `rawValue`.
    ///
    /// - Parameter rawValue: The name as Graphviz spells it.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The attribute named by a string literal, such as `"ranksep"`.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Orders attributes by name, the order they are written in.
    public static func < (lhs: DOTAttribute, rhs: DOTAttribute) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The mark at an edge's head: `normal`, `tee`, `none`…
    public static let arrowhead: DOTAttribute = "arrowhead"
    /// The size of an edge's end marks, as a multiple of the default.
    public static let arrowsize: DOTAttribute = "arrowsize"
    /// The mark at an edge's tail, drawn when `dir` is `back` or `both`.
    public static let arrowtail: DOTAttribute = "arrowtail"
    /// The graph's background colour.
    public static let bgcolor: DOTAttribute = "bgcolor"
    /// Classes an SVG gives the element, separated by spaces (`actor kind-donor`).
    public static let `class`: DOTAttribute = "class"
    /// The colour of an outline or a line.
    public static let color: DOTAttribute = "color"
    /// Which ends of an edge carry marks: `forward`, `back`, `both` or `none`.
    public static let dir: DOTAttribute = "dir"
    /// The colour inside a node's shape.
    public static let fillcolor: DOTAttribute = "fillcolor"
    /// Whether a node keeps its `width` and `height` whatever its label needs.
    public static let fixedsize: DOTAttribute = "fixedsize"
    /// The colour of a label's text.
    public static let fontcolor: DOTAttribute = "fontcolor"
    /// The font of a label, as a list of families to try.
    public static let fontname: DOTAttribute = "fontname"
    /// The size of a label's text, in points.
    public static let fontsize: DOTAttribute = "fontsize"
    /// A node's least height, in inches.
    public static let height: DOTAttribute = "height"
    /// The id an SVG gives the element (`actor-muungano`).
    public static let id: DOTAttribute = "id"
    /// The text drawn on a node, an edge or the graph (the graph's is its title and legend).
    public static let label: DOTAttribute = "label"
    /// Where the graph's label sits across the page: `l`, `c` or `r`.
    public static let labeljust: DOTAttribute = "labeljust"
    /// Where the graph's label sits up the page: `t` or `b`.
    public static let labelloc: DOTAttribute = "labelloc"
    /// The engine that lays the graph out, which wins over the one Graphviz is asked for.
    public static let layout: DOTAttribute = "layout"
    /// The room around a node's label, in inches across and down.
    public static let margin: DOTAttribute = "margin"
    /// dot: how long crossing minimisation may run, as a multiple of its default.
    public static let mclimit: DOTAttribute = "mclimit"
    /// dot: how many network simplex iterations rank assignment may take, per node.
    public static let nslimit: DOTAttribute = "nslimit"
    /// dot: how many network simplex iterations placing nodes may take, per node.
    public static let nslimit1: DOTAttribute = "nslimit1"
    /// Which is drawn first: `edgesfirst` keeps lines under the actors.
    public static let outputorder: DOTAttribute = "outputorder"
    /// How neato, fdp and sfdp keep nodes apart: `prism` moves them apart.
    public static let overlap: DOTAttribute = "overlap"
    /// Whether separate parts of the graph are laid out apart and packed together.
    public static let pack: DOTAttribute = "pack"
    /// The room around the whole drawing, in inches.
    public static let pad: DOTAttribute = "pad"
    /// The width of an outline or a line, in points.
    public static let penwidth: DOTAttribute = "penwidth"
    /// How many outlines a node has: 2 draws a double border.
    public static let peripheries: DOTAttribute = "peripheries"
    /// A node's place (`x,y`, pinned with `!`) or an edge's route, in points.
    public static let pos: DOTAttribute = "pos"
    /// How far apart overlap removal keeps nodes (`+8`: 8 points).
    public static let sep: DOTAttribute = "sep"
    /// A node's shape: `ellipse`, `box`, `house`…
    public static let shape: DOTAttribute = "shape"
    /// How edges are drawn: `line` straight, `true` as curves around nodes.
    public static let splines: DOTAttribute = "splines"
    /// How a node or edge is drawn: `filled`, `dashed`, `invis`…
    public static let style: DOTAttribute = "style"
    /// The text a browser shows on pointing at the element in an SVG.
    public static let tooltip: DOTAttribute = "tooltip"
    /// A node's least width, in inches.
    public static let width: DOTAttribute = "width"
    /// A label beside an edge or node, placed where it covers nothing.
    public static let xlabel: DOTAttribute = "xlabel"
}

/// The attributes of a graph, node or edge: at most one value per name, kept sorted by
/// name so that the same attributes always give the same text.
public struct DOTAttributes: Hashable, Sendable, ExpressibleByDictionaryLiteral, Sequence {
    private struct Entry: Hashable, Sendable {
        var name: DOTAttribute
        var value: DOTValue
    }

    /// Sorted by name. A node has about a dozen attributes, so a sorted array beats a
    /// dictionary that would have to be sorted each time it is written.
    private var entries: [Entry] = []

    /// The attributes of a dictionary literal; a name given twice keeps its last value.
    ///
    /// - Parameter elements: Names and values, in any order.
    /// - Complexity: O(*k*²) for *k* attributes, which are few.
    public init(dictionaryLiteral elements: (DOTAttribute, DOTValue)...) {
        for (name, value) in elements { self[name] = value }
    }

    /// The value of the attribute `name`, or `nil` when it has none; setting `nil` removes it.
    ///
    /// - Complexity: O(*k*) for *k* attributes.
    public subscript(name: DOTAttribute) -> DOTValue? {
        get { entries.first { $0.name == name }?.value }
        set {
            let position = entries.firstIndex { $0.name >= name } ?? entries.endIndex
            let present = position < entries.endIndex && entries[position].name == name
            switch (newValue, present) {
            case (let value?, true): entries[position].value = value
            case (let value?, false): entries.insert(Entry(name: name, value: value), at: position)
            case (nil, true): entries.remove(at: position)
            case (nil, false): break
            }
        }
    }

    /// Whether there are no attributes.
    public var isEmpty: Bool { entries.isEmpty }

    /// The attributes sorted by name.
    ///
    /// - Returns: An iterator over names and values.
    public func makeIterator() -> some IteratorProtocol<(name: DOTAttribute, value: DOTValue)> {
        entries.lazy.map { (name: $0.name, value: $0.value) }.makeIterator()
    }

    /// These attributes with `other`'s laid over them.
    ///
    /// - Parameter other: The attributes that win where both have a name.
    /// - Returns: The union, with `other`'s values for names both have.
    /// - Complexity: O(*k* · *l*) for *k* and *l* attributes.
    public func merging(_ other: DOTAttributes) -> DOTAttributes {
        var result = self
        for entry in other.entries { result[entry.name] = entry.value }
        return result
    }
}
