import Foundation

/// Reads GraphML, as networkx, igraph, yEd, yEd Live, visone, Gephi and ActorMap write it.
///
/// Nodes are actors and edges relationships between the nodes whose ids they give. Each
/// `key` declaration, before the graph or inside it, is mapped by its `attr.name` onto a
/// field (see docs/interchange.md for the names: `name` or `label` for the actor's name,
/// `kind` or `type` for its kind, `weight`, `since`, `until`…), and keys that name no field
/// become attributes of their declared type. yEd's drawing data gives names and edge labels
/// from its node and edge labels (`y:NodeLabel`, yEd Live's `y:Label.Text`) and fill colours
/// as the attribute `color`, and is otherwise left out; so are the `metric_` keys of measures
/// ActorMap wrote. Node ids that are not ActorMap ids (`Alice`, `n 1`) are turned into ids,
/// with the original kept as the name when there is no other and as `original_id`. A node
/// that holds a graph (a yEd group) is the `group` attribute of the nodes in it, and an
/// actor only when ties start or end at it.
public struct GraphMLReader: DatasetFileReader {
    /// How files are read: the order of dates with slashes.
    public var options: ReadingOptions

    /// A GraphML reader; by default it refuses slashed dates and files over 256 MiB.
    ///
    /// - Parameter options: How files are read.
    public init(options: ReadingOptions = ReadingOptions()) {
        self.options = options
    }

    /// Reads and checks the GraphML text `data`, whose problems name `file` and the line and
    /// element of each (`edge 'e3'.weight`).
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The file's name, as problems give it.
    /// - Returns: The dataset, when it can be used, and every problem found.
    /// - Complexity: O(*n* log *n*) for *n* elements.
    public func check(data: Data, file: String) -> ValidationReport {
        XMLTree.check(data, file: file) { check($0, file: file) }
    }

    private func check(_ tree: XMLTree, file: String) -> ValidationReport {
        let root = tree.root
        let filePlace = SourcePlace(file: file, line: nil, column: nil, field: "")
        guard root.name == "graphml", let graph = root.child("graph") else {
            return ValidationReport(problems: [filePlace.problem(.error, "this is not a GraphML file: it has no <graphml> element with a <graph> inside.",
                                                                 fix: "export the map as GraphML from the program that made it.")])
        }
        guard ["", "http://graphml.graphdrawing.org/xmlns"].contains(root.namespace) else {
            return ValidationReport(problems: [filePlace.problem(.error, "the <graphml> element is in the namespace '\(root.namespace)', not GraphML's (http://graphml.graphdrawing.org/xmlns), so its elements mean something else.",
                                                                 fix: "export the map as GraphML from the program that made it.")])
        }
        var problems: [Problem] = []
        if root.children("graph").count > 1 {
            problems.append(filePlace.problem(.warning, "the file holds \(root.children("graph").count) graphs; only the first is read.", fix: "export one graph per file."))
        }
        // Keys may be declared inside a graph too (Gephi does), and one id may serve a node
        // key and an edge key.
        let keys = Keys(root.children("key") + root.descendants("graph").flatMap { $0.children("key") })

        var frame = DatasetFrame(title: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        var title: String?
        // ActorMap's own edge ids are positions in the map, not data to keep.
        var isOwn = false
        for data in graph.children("data") {
            guard let key = data.attributes["key"].flatMap({ keys.key($0, for: "graph") }) else { continue }
            switch key.name.lowercased() {
            case "actormap":
                isOwn = true
                let read = DatasetFrame.read(Data(data.text.utf8), syntax: .json, at: SourcePlace(file: file, line: data.line, column: nil, field: "graph.actormap"))
                problems += read.problems
                if let read = read.frame { frame = read }
            case "title", "name", "label": title = title ?? data.text
            case "description": frame.description = data.text
            default: continue
            }
        }
        if let title, !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { frame.title = title }
        if frame.description == nil, let description = Self.description(of: graph) { frame.description = description }

        var collector = Collector(keys: keys, file: file, isOwn: isOwn,
                                  nodesWithTies: Set(graph.descendants("edge").flatMap { [$0.attributes["source"], $0.attributes["target"]].compactMap { $0 } }))
        collector.collect(graph, group: nil)
        problems += collector.problems
        let nodes = collector.nodes, edges = collector.edges
        var assembler = DatasetAssembler(frame: frame, file: file, directedByDefault: graph.attributes["edgedefault"] == "directed", ends: .ids, options: options, problems: problems)
        return assembler.assemble(actors: nodes, relationships: edges)
    }

    /// The keys a file declares, by id and by what they are for.
    private struct Keys {
        private var byID: [String: [Key]] = [:]
        private var order: [String] = []

        init(_ elements: [XMLTree.Element]) {
            for element in elements {
                guard let id = element.attributes["id"] else { continue }
                if byID[id] == nil { order.append(id) }
                byID[id, default: []].append(Key(element))
            }
        }

        /// The key `id` declared for `domain`, or for all elements.
        func key(_ id: String, for domain: String) -> Key? {
            guard let keys = byID[id] else { return nil }
            return keys.first { $0.domain == domain } ?? keys.first { $0.domain == "all" }
        }

        /// The keys that apply to `domain`, by id, in the order declared.
        func keys(for domain: String) -> [(id: String, key: Key)] {
            order.compactMap { id in key(id, for: domain).map { (id, $0) } }
        }
    }

    private struct Key {
        var name: String
        var domain: String
        var type: ImportedColumn.ForcedType
        var isDrawing: Bool
        var isMeasure: Bool
        var defaultValue: String?

        init(_ element: XMLTree.Element) {
            let id = element.attributes["id"] ?? ""
            name = element.attributes["attr.name"] ?? id
            domain = element.attributes["for"] ?? "all"
            type = ImportedColumn.ForcedType(declared: element.attributes["attr.type"] ?? "string")
            isDrawing = element.attributes["yfiles.type"] != nil
            isMeasure = id.hasPrefix("metric_")
            defaultValue = element.child("default")?.text
        }

        /// The value as the key's type declares it; text that does not read as one stays text.
        func scalar(_ text: String) -> ImportedScalar {
            ImportedScalar.reading(text, as: type) ?? .text(text)
        }
    }

    /// Gathers the nodes and edges of a graph and of the graphs nested in its nodes.
    private struct Collector {
        let keys: Keys
        let file: String
        /// Whether ActorMap wrote the file: its edge ids are only positions, and its text
        /// `null` is text.
        let isOwn: Bool
        /// The ids of nodes some edge starts or ends at.
        let nodesWithTies: Set<String>
        var nodes: [ImportedRecord] = []
        var edges: [ImportedRecord] = []
        var problems: [Problem] = []

        /// Reads a graph's nodes and edges. A node that holds a graph (a yEd group) is the
        /// `group` of the nodes in it, and an actor only when ties start or end at it.
        mutating func collect(_ graph: XMLTree.Element, group: String?) {
            for node in graph.children("node") {
                let id = node.attributes["id"] ?? ""
                let place = SourcePlace(file: file, line: node.line, column: nil, field: "node '\(id)'")
                var record = ImportedRecord(place: place)
                if !id.isEmpty { record.add(.field(.id), named: "id", ImportedValue(scalar: .text(id), place: place.naming("node '\(id)'.id"))) }
                GraphMLReader.read(node, domain: "node", keys: keys, isOwn: isOwn, into: &record, table: .actors, problems: &problems)
                // yEd draws a node's label as y:NodeLabel, yEd Live as y:Label.Text.
                let drawing = node.children("data")
                if record.fields[.name] == nil, let label = Self.text(in: drawing, named: ["NodeLabel", "Label.Text"]) {
                    record.fill(.name, ImportedValue(scalar: .text(label), place: place))
                }
                if !isOwn, let color = drawing.lazy.flatMap({ $0.descendants("Fill") }).first?.attributes["color"], color.hasPrefix("#"), color.count >= 7 {
                    record.add(.attribute("color", nil), named: "color", ImportedValue(scalar: .text(String(color.prefix(7)).lowercased()), place: place.naming("node '\(id)'.color")))
                }
                if let group {
                    record.add(.attribute("group", nil), named: "group", ImportedValue(scalar: .text(group), place: place.naming("node '\(id)'.group")))
                }
                let nested = node.children("graph")
                if nested.isEmpty || nodesWithTies.contains(id) { nodes.append(record) }
                for graph in nested {
                    collect(graph, group: record.fields[.name]?.trimmed ?? id)
                }
            }
            for (index, edge) in graph.children("edge").enumerated() {
                let name = edge.attributes["id"].map { "edge '\($0)'" } ?? "edge \(index + 1)"
                let place = SourcePlace(file: file, line: edge.line, column: nil, field: name)
                var record = ImportedRecord(place: place)
                for (end, field) in [("source", ImportedField.from), ("target", .to)] {
                    if let value = edge.attributes[end] {
                        record.add(.field(field), named: end, ImportedValue(scalar: .text(value), place: place.naming("\(name).\(end)")))
                    }
                }
                GraphMLReader.read(edge, domain: "edge", keys: keys, isOwn: isOwn, into: &record, table: .relationships, problems: &problems)
                if !isOwn, let id = edge.attributes["id"] {
                    record.add(.attribute(DatasetAssembler.originalID, nil), named: "id", ImportedValue(scalar: .text(id), place: place.naming("\(name).id")))
                }
                if let directed = edge.attributes["directed"] {
                    record.fill(.directed, ImportedValue(scalar: .text(directed), place: place))
                }
                if record.fields[.label] == nil, let label = Self.text(in: edge.children("data"), named: ["EdgeLabel", "Label.Text"]) {
                    record.fill(.label, ImportedValue(scalar: .text(label), place: place))
                }
                edges.append(record)
            }
            for hyperedge in graph.children("hyperedge") {
                problems.append(SourcePlace(file: file, line: hyperedge.line, column: nil, field: "hyperedge").problem(
                    .warning, "a hyperedge joins more than two nodes; ActorMap's ties join two, so it is left out.",
                    fix: "replace it by ties between pairs of its actors."))
            }
        }

        /// The first non-blank text of an element of one of these names inside `elements`.
        static func text(in elements: [XMLTree.Element], named names: [String]) -> String? {
            for element in elements {
                for name in names {
                    for found in element.descendants(name) {
                        let text = found.text.trimmingCharacters(in: .whitespacesAndNewlines)
                        if !text.isEmpty { return text }
                    }
                }
            }
            return nil
        }
    }

    /// Reads a node's or edge's `data` elements, then the defaults of keys it lacks, and its
    /// `desc` as the note when no key gives one. A value `null` is no value (see
    /// ``isNull(_:key:keepingText:)``); data under a key the file does not declare is reported
    /// and left out.
    private static func read(_ element: XMLTree.Element, domain: String, keys: Keys, isOwn: Bool, into record: inout ImportedRecord, table: FieldNames.Table, problems: inout [Problem]) {
        var seen: Set<String> = []
        let owner = record.place.field
        for data in element.children("data") {
            guard let id = data.attributes["key"] else { continue }
            guard let key = keys.key(id, for: domain) else {
                problems.append(SourcePlace(file: record.place.file, line: data.line, column: nil, field: "\(owner).\(id)").problem(
                    .warning, "this data is under the key '\(id)', which the file does not declare for \(domain)s, so it is left out.",
                    fix: "declare it with <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"…\"/>."))
                continue
            }
            seen.insert(id)
            guard !key.isDrawing, !key.isMeasure, !Self.isNull(data.text, key: key, keepingText: isOwn) else { continue }
            record.add(FieldNames.column(key.name, in: table, readsTypeSuffix: false), named: key.name,
                       ImportedValue(scalar: key.scalar(data.text), place: SourcePlace(file: record.place.file, line: data.line, column: nil, field: "\(owner).\(key.name)")))
        }
        for (id, key) in keys.keys(for: domain) where !seen.contains(id) && !key.isDrawing && !key.isMeasure {
            guard let value = key.defaultValue, !Self.isNull(value, key: key, keepingText: isOwn) else { continue }
            record.add(FieldNames.column(key.name, in: table, readsTypeSuffix: false), named: key.name,
                       ImportedValue(scalar: key.scalar(value), place: record.place.naming("\(owner).\(key.name)")))
        }
        if let description = Self.description(of: element) {
            record.fill(.note, ImportedValue(scalar: .text(description), place: record.place.naming("\(owner).desc")))
        }
    }

    /// Whether a value is `null`, which Java programs such as Gephi write for a value that is
    /// absent. Text `null` in a file ActorMap wrote is the text itself.
    private static func isNull(_ text: String, key: Key, keepingText: Bool) -> Bool {
        guard !(keepingText && key.type == .text) else { return false }
        return text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() == "null"
    }

    /// An element's `desc`, GraphML's own description of a graph, node or edge.
    private static func description(of element: XMLTree.Element) -> String? {
        guard let text = element.child("desc")?.text.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

}
