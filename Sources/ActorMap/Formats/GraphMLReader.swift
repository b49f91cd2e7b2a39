import Foundation

/// Reads GraphML, as networkx, igraph, yEd, visone and ActorMap write it.
///
/// Nodes are actors and edges relationships. Each `key` declaration is mapped by its
/// `attr.name` onto a field (see docs/interchange.md for the names: `name` or `label` for
/// the actor's name, `kind` or `type` for its kind, `weight`, `since`, `until`…), and keys
/// that name no field become attributes of their declared type. yEd's drawing data gives
/// names and edge labels from its node and edge labels and is otherwise left out; so are
/// the `metric_` keys of measures ActorMap wrote. Node ids that are not ActorMap ids
/// (`Alice`, `n 1`) are turned into ids, with the original kept as the name when there is
/// no other. Nested graphs (yEd's groups) are read as if flat.
public struct GraphMLReader: Sendable {
    public init() {}

    public func check(contentsOf url: URL) -> ValidationReport {
        let file = url.relativePath
        do {
            return check(data: try Data(contentsOf: url), file: file)
        } catch {
            return ValidationReport(problems: [unreadable(url)])
        }
    }

    public func check(data: Data, file: String) -> ValidationReport {
        let tree: XMLTree
        do {
            tree = try XMLTree.parse(data, file: file)
        } catch {
            return ValidationReport(problems: error.problems)
        }
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
        let keys = Dictionary(root.children("key").compactMap { element in element.attributes["id"].map { ($0, Key(element)) } }) { first, _ in first }

        var frame = DatasetFrame(title: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        var title: String?
        for data in graph.children("data") {
            guard let key = data.attributes["key"].flatMap({ keys[$0] }), key.domain == "graph" || key.domain == "all" else { continue }
            switch key.name.lowercased() {
            case "actormap":
                let read = DatasetFrame.read(Data(data.text.utf8), syntax: .json, at: SourcePlace(file: file, line: data.line, column: nil, field: "graph.actormap"))
                problems += read.problems
                if let read = read.frame { frame = read }
            case "title", "name", "label": title = title ?? data.text
            case "description": frame.description = data.text
            default: continue
            }
        }
        if let title, !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { frame.title = title }

        var nodes: [ImportedRecord] = []
        var edges: [ImportedRecord] = []
        collect(graph, keys: keys, file: file, nodes: &nodes, edges: &edges, problems: &problems)
        var assembler = DatasetAssembler(frame: frame, file: file, directedByDefault: graph.attributes["edgedefault"] == "directed", problems: problems)
        return assembler.assemble(actors: nodes, relationships: edges)
    }

    private struct Key {
        var name: String
        var domain: String
        var type: String
        var isDrawing: Bool
        var isMeasure: Bool
        var defaultValue: String?

        init(_ element: XMLTree.Element) {
            let id = element.attributes["id"] ?? ""
            name = element.attributes["attr.name"] ?? id
            domain = element.attributes["for"] ?? "all"
            type = (element.attributes["attr.type"] ?? "string").lowercased()
            isDrawing = element.attributes["yfiles.type"] != nil
            isMeasure = id.hasPrefix("metric_")
            defaultValue = element.child("default")?.text
        }

        func applies(to domain: String) -> Bool { self.domain == domain || self.domain == "all" }

        /// The value as the key's type declares it; text that does not parse stays text.
        func scalar(_ text: String) -> ImportedScalar {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch type {
            case "boolean": return AttributeValue.truthValue(trimmed).map(ImportedScalar.boolean) ?? (trimmed == "1" ? .boolean(true) : trimmed == "0" ? .boolean(false) : .text(text))
            case "int", "long": return Int(trimmed).map(ImportedScalar.integer) ?? .text(text)
            case "float", "double": return Double(trimmed).map(ImportedScalar.number) ?? .text(text)
            default: return .text(text)
            }
        }
    }

    /// Gathers the nodes and edges of a graph and of the graphs nested in its nodes.
    private func collect(_ graph: XMLTree.Element, keys: [String: Key], file: String, nodes: inout [ImportedRecord], edges: inout [ImportedRecord], problems: inout [Problem]) {
        for node in graph.children("node") {
            let id = node.attributes["id"] ?? ""
            let place = SourcePlace(file: file, line: node.line, column: nil, field: "node '\(id)'")
            var record = ImportedRecord(place: place)
            if !id.isEmpty { record.add(.field(.id), named: "id", ImportedValue(scalar: .text(id), place: place.naming("node '\(id)'.id"))) }
            read(node, domain: "node", keys: keys, into: &record, table: .actors)
            if record.fields[.name] == nil, let label = node.descendants("NodeLabel").first?.text.trimmingCharacters(in: .whitespacesAndNewlines), !label.isEmpty {
                record.fill(.name, ImportedValue(scalar: .text(label), place: place))
            }
            nodes.append(record)
            for nested in node.children("graph") {
                collect(nested, keys: keys, file: file, nodes: &nodes, edges: &edges, problems: &problems)
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
            read(edge, domain: "edge", keys: keys, into: &record, table: .relationships)
            if let directed = edge.attributes["directed"] {
                record.fill(.directed, ImportedValue(scalar: .text(directed), place: place))
            }
            if record.fields[.label] == nil, let label = edge.descendants("EdgeLabel").first?.text.trimmingCharacters(in: .whitespacesAndNewlines), !label.isEmpty {
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

    /// Reads a node's or edge's `data` elements, then the defaults of keys it lacks.
    private func read(_ element: XMLTree.Element, domain: String, keys: [String: Key], into record: inout ImportedRecord, table: FieldNames.Table) {
        var seen: Set<String> = []
        let owner = record.place.field
        for data in element.children("data") {
            guard let id = data.attributes["key"], let key = keys[id], key.applies(to: domain), !key.isDrawing, !key.isMeasure else { continue }
            seen.insert(id)
            record.add(FieldNames.column(key.name, in: table, readsTypeSuffix: false), named: key.name,
                       ImportedValue(scalar: key.scalar(data.text), place: SourcePlace(file: record.place.file, line: data.line, column: nil, field: "\(owner).\(key.name)")))
        }
        for (id, key) in keys.sorted(by: { $0.key < $1.key }) where !seen.contains(id) && key.applies(to: domain) && !key.isDrawing && !key.isMeasure {
            guard let value = key.defaultValue else { continue }
            record.add(FieldNames.column(key.name, in: table, readsTypeSuffix: false), named: key.name,
                       ImportedValue(scalar: key.scalar(value), place: record.place.naming("\(owner).\(key.name)")))
        }
    }

    private func unreadable(_ url: URL) -> Problem {
        let reason = FileManager.default.fileExists(atPath: url.path) ? "the file cannot be read." : "there is no such file."
        return Problem(.error, path: "", reason, fix: "check the path and the file's permissions.", file: url.relativePath)
    }
}
