/// The name of a Graphviz attribute, such as `label` or `fillcolor`.
public struct DOTAttribute: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static func < (lhs: DOTAttribute, rhs: DOTAttribute) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let arrowhead: DOTAttribute = "arrowhead"
    public static let arrowsize: DOTAttribute = "arrowsize"
    public static let arrowtail: DOTAttribute = "arrowtail"
    public static let bgcolor: DOTAttribute = "bgcolor"
    public static let `class`: DOTAttribute = "class"
    public static let color: DOTAttribute = "color"
    public static let dir: DOTAttribute = "dir"
    public static let fillcolor: DOTAttribute = "fillcolor"
    public static let fixedsize: DOTAttribute = "fixedsize"
    public static let fontcolor: DOTAttribute = "fontcolor"
    public static let fontname: DOTAttribute = "fontname"
    public static let fontsize: DOTAttribute = "fontsize"
    public static let height: DOTAttribute = "height"
    public static let id: DOTAttribute = "id"
    public static let label: DOTAttribute = "label"
    public static let labeljust: DOTAttribute = "labeljust"
    public static let labelloc: DOTAttribute = "labelloc"
    public static let layout: DOTAttribute = "layout"
    public static let margin: DOTAttribute = "margin"
    public static let mclimit: DOTAttribute = "mclimit"
    public static let nslimit: DOTAttribute = "nslimit"
    public static let nslimit1: DOTAttribute = "nslimit1"
    public static let outputorder: DOTAttribute = "outputorder"
    public static let overlap: DOTAttribute = "overlap"
    public static let pack: DOTAttribute = "pack"
    public static let pad: DOTAttribute = "pad"
    public static let penwidth: DOTAttribute = "penwidth"
    public static let pos: DOTAttribute = "pos"
    public static let sep: DOTAttribute = "sep"
    public static let shape: DOTAttribute = "shape"
    public static let splines: DOTAttribute = "splines"
    public static let style: DOTAttribute = "style"
    public static let tooltip: DOTAttribute = "tooltip"
    public static let width: DOTAttribute = "width"
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

    public init(dictionaryLiteral elements: (DOTAttribute, DOTValue)...) {
        for (name, value) in elements { self[name] = value }
    }

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

    public var isEmpty: Bool { entries.isEmpty }

    /// The attributes sorted by name.
    public func makeIterator() -> some IteratorProtocol<(name: DOTAttribute, value: DOTValue)> {
        entries.lazy.map { (name: $0.name, value: $0.value) }.makeIterator()
    }

    /// These attributes with `other`'s laid over them.
    public func merging(_ other: DOTAttributes) -> DOTAttributes {
        var result = self
        for entry in other.entries { result[entry.name] = entry.value }
        return result
    }
}
