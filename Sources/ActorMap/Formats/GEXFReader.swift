import Foundation

/// Reads GEXF 1.1, 1.2 and 1.3, static or dynamic, as Gephi, networkx and ActorMap write it.
///
/// Nodes are actors, named by their `label`; edges are relationships between the nodes
/// whose ids they give, with their `weight`, `label` and, in GEXF 1.3, `kind` as the
/// relationship type when no attribute gives one. Attribute values are mapped by their
/// attribute's title onto fields, as for GraphML, and the rest become attributes of their
/// declared type. Time comes from `start` and `end` (or `startopen` and `endopen`), `spells`,
/// `intervals`, and, with `timerepresentation="timestamp"`, from `timestamp`, `timestamps`
/// and `<timestamps>`, in any of GEXF's time formats: dates and date-times (the day is kept),
/// or years as integers or doubles; a slice's own time dates everything in it. An edge with
/// several spells becomes one relationship per spell, and an edge whose weight or attributes
/// change over time one relationship per span of values, each with the values that hold at
/// its start. An actor with several spells is given one period from the first start to the
/// last end, with a warning; a dynamic attribute of an actor keeps each value over its
/// span (``DatedAttributeValue``). The
/// measures ActorMap wrote (ids starting `metric-`) are left out.
public struct GEXFReader: DatasetFileReader {
    /// The order of dates with slashes, which GEXF's own formats never use, and the size limit.
    public var options: ReadingOptions

    /// A GEXF reader with these options (slashed dates refused and files over 256 MiB by default).
    ///
    /// - Parameter options: How files are read.
    public init(options: ReadingOptions = ReadingOptions()) {
        self.options = options
    }

    /// Reads and checks a GEXF document held in memory.
    ///
    /// - Parameters:
    ///   - data: The document's bytes, in the encoding its declaration gives.
    ///   - file: The name its problems give, each with the line and element (`node 'a'.start`).
    /// - Returns: The dataset, when it can be used, and every problem found.
    /// - Complexity: O(*n* log *n*) for *n* elements, which are ordered by line.
    public func check(data: Data, file: String) -> ValidationReport {
        XMLTree.check(data, file: file) { check($0, file: file) }
    }

    private func check(_ tree: XMLTree, file: String) -> ValidationReport {
        let filePlace = SourcePlace(file: file, line: nil, column: nil, field: "")
        guard tree.root.name == "gexf", let graph = tree.root.child("graph") else {
            return ValidationReport(problems: [filePlace.problem(.error, "this is not a GEXF file: it has no <gexf> element with a <graph> inside.",
                                                                 fix: "export the map as GEXF from Gephi or the program that made it.")])
        }
        var problems: [Problem] = []
        var frame = DatasetFrame(title: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        if let instruction = tree.instructions["actormap-frame"] {
            let read = DatasetFrame.read(Data(instruction.data.utf8), syntax: .json, at: SourcePlace(file: file, line: instruction.line, column: nil, field: "actormap-frame"))
            problems += read.problems
            if let read = read.frame { frame = read }
        } else {
            if let name = graph.attributes["name"], !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { frame.title = name }
            if let description = tree.root.child("meta")?.child("description")?.text, !description.isEmpty { frame.description = description }
        }

        var reader = Reader(file: file)
        // ActorMap's own edge ids are positions in the map, not data to keep.
        reader.keepsEdgeIDs = tree.instructions["actormap-frame"] == nil
        reader.keepsDrawing = reader.keepsEdgeIDs
        if let span = Reader.span(graph), graph.attributes["mode"] == "slice" || graph.attributes["timestamp"] != nil { reader.graphTime = [span] }
        for attributes in graph.children("attributes") {
            let domain = attributes.attributes["class"] ?? "node"
            for attribute in attributes.children("attribute") {
                guard let id = attribute.attributes["id"] else { continue }
                reader.attributes[domain + "\u{0}" + id] = Attribute(
                    title: attribute.attributes["title"] ?? id, type: ImportedColumn.ForcedType(declared: attribute.attributes["type"] ?? "string"),
                    isMeasure: id.hasPrefix("metric-"), defaultValue: attribute.child("default")?.text)
            }
        }
        var nodes: [ImportedRecord] = []
        // GEXF 1.1 hierarchies keep edges inside the nodes that hold their ends.
        let edgeElements = [graph.child("edges")].compactMap { $0 } + graph.descendants("node").compactMap { $0.child("edges") }
        let edgeList = edgeElements.flatMap { $0.children("edge") }.sorted { $0.line < $1.line }
        reader.nodesWithTies = Set(edgeList.flatMap { [$0.attributes["source"], $0.attributes["target"]].compactMap { $0 } })
        let nodeElements = graph.descendants("node")
        reader.groupNodes = Set(nodeElements.compactMap { $0.attributes["pid"] } + nodeElements.filter { $0.child("nodes")?.child("node") != nil }.compactMap { $0.attributes["id"] })
        reader.groupNames = Dictionary(nodeElements.compactMap { node in node.attributes["id"].map { ($0, node.attributes["label"] ?? $0) } }) { first, _ in first }
        reader.collectNodes(graph.child("nodes"), parent: nil, into: &nodes)
        let edges = edgeList.enumerated().flatMap { reader.edgeRecords($1, number: $0 + 1) }
        var assembler = DatasetAssembler(frame: frame, file: file, directedByDefault: graph.attributes["defaultedgetype"] == "directed", ends: .ids,
                                         options: options, problems: problems + reader.problems)
        return assembler.assemble(actors: nodes, relationships: edges)
    }

    private struct Attribute {
        var title: String
        var type: ImportedColumn.ForcedType
        var isMeasure: Bool
        var defaultValue: String?

        /// The value as the attribute's type declares it; text that does not read as one
        /// stays text.
        func scalar(_ text: String) -> ImportedScalar {
            ImportedScalar.reading(text, as: type) ?? .text(text)
        }
    }

    private struct Reader {
        let file: String
        var attributes: [String: Attribute] = [:]
        var keepsEdgeIDs = true
        /// The time the graph as a whole gives (a slice's `timestamp`), for elements that give none.
        var graphTime: [Span] = []
        var problems: [Problem] = []
        private var warnedUndeclared: Set<String> = []

        init(file: String) { self.file = file }

        /// A time span as GEXF writes it, each bound as written; `nil` is open.
        struct Span: Hashable {
            var start: String?
            var end: String?
        }

        /// An attribute value of an element, with the span it holds for when it is dynamic.
        struct Value {
            var id: String
            var attribute: Attribute
            var element: XMLTree.Element
            var span: Span?
        }

        /// The ids of nodes some edge starts or ends at.
        var nodesWithTies: Set<String> = []
        /// The ids of nodes that hold others, nested or by their `pid`.
        var groupNodes: Set<String> = []
        /// Each node's label (or id), which its members take as their `group`.
        var groupNames: [String: String] = [:]

        /// Nodes and the nodes nested in them, as if flat. A node that holds others is their
        /// `group`, and an actor only when ties start or end at it; its members keep its label
        /// (or id) in the attribute `group`.
        mutating func collectNodes(_ nodes: XMLTree.Element?, parent: String?, into records: inout [ImportedRecord]) {
            for node in nodes?.children("node") ?? [] {
                let id = node.attributes["id"] ?? ""
                defer { collectNodes(node.child("nodes"), parent: id, into: &records) }
                if groupNodes.contains(id), !nodesWithTies.contains(id) { continue }
                let place = SourcePlace(file: file, line: node.line, column: nil, field: "node '\(id)'")
                var record = ImportedRecord(place: place)
                if !id.isEmpty { record.add(.field(.id), named: "id", ImportedValue(scalar: .text(id), place: place.naming("node '\(id)'.id"))) }
                if let label = node.attributes["label"] { record.add(.field(.name), named: "label", ImportedValue(scalar: .text(label), place: place.naming("node '\(id)'.label"))) }
                let values = values(of: node, domain: "node", owner: place.field)
                for value in values where value.span == nil { add(value, to: &record, table: .actors) }
                // A dynamic attribute's values are kept over time, each for its span; ActorMap
                // writes one attribute per informant, titled `name@informant`.
                for value in values where value.span != nil {
                    var name = value.attribute.title, informant: String?
                    if value.id.hasPrefix("dated-"), let at = name.lastIndex(of: "@") {
                        informant = String(name[name.index(after: at)...])
                        name = String(name[..<at])
                    }
                    let valuePlace = SourcePlace(file: file, line: value.element.line, column: nil, field: "\(place.field).\(value.attribute.title)")
                    let span = value.span!
                    record.dated.append((name, ImportedDatedValue(
                        value: ImportedValue(scalar: value.attribute.scalar(value.element.attributes["value"] ?? ""), place: valuePlace),
                        since: span.start.map { ImportedValue(scalar: .text($0), place: valuePlace) },
                        until: span.end.map { ImportedValue(scalar: .text($0), place: valuePlace) },
                        informant: informant)))
                }
                addDefaults(domain: "node", except: Set(values.map(\.id)), to: &record, table: .actors)
                let spans = spans(of: node)
                if spans.count > 1 {
                    problems.append(place.problem(.warning, "this actor has \(spans.count) spells; ActorMap gives an actor one period, so it runs from the first start to the last end.",
                                                  fix: "if the actor really left and came back, split it into two actors."))
                }
                let starts = spans.map(\.start), ends = spans.map(\.end)
                if let start = starts.contains(where: { $0 == nil }) ? nil : starts.compactMap({ $0 }).min(by: Self.earlier) {
                    record.fill(.since, ImportedValue(scalar: .text(start), place: place.naming("node '\(id)'.start")))
                }
                if let end = ends.contains(where: { $0 == nil }) ? nil : ends.compactMap({ $0 }).max(by: Self.earlier) {
                    record.fill(.until, ImportedValue(scalar: .text(end), place: place.naming("node '\(id)'.end")))
                }
                if let group = node.attributes["pid"] ?? parent, let name = groupNames[group] {
                    record.add(.attribute("group", nil), named: "group", ImportedValue(scalar: .text(name), place: place.naming("node '\(id)'.group")))
                }
                if keepsDrawing { addDrawing(node, to: &record) }
                records.append(record)
            }
        }

        /// Whether `viz:color` and `viz:size` are kept as attributes: in ActorMap's own files
        /// they only repeat the map's colours.
        var keepsDrawing = true

        /// A node's `viz:color` as `color` (`#rrggbb`) and `viz:size` as `size`.
        private func addDrawing(_ node: XMLTree.Element, to record: inout ImportedRecord) {
            if let color = node.child("color", inAnyNamespace: true) {
                let hex = color.attributes["hex"].map { $0.hasPrefix("#") ? $0 : "#" + $0 }
                    ?? ["r", "g", "b"].map { color.attributes[$0].flatMap { Int($0) }.map { String(format: "%02x", min(255, max(0, $0))) } ?? "" }
                    .joined()
                if hex.count == 6 || hex.count == 7 {
                    record.add(.attribute("color", nil), named: "color", ImportedValue(scalar: .text(hex.hasPrefix("#") ? hex : "#" + hex), place: record.place.naming("\(record.place.field).color")))
                }
            }
            if let size = node.child("size", inAnyNamespace: true)?.attributes["value"].flatMap(Double.init), size.isFinite {
                record.add(.attribute("size", nil), named: "size", ImportedValue(scalar: .number(size), place: record.place.naming("\(record.place.field).size")))
            }
        }

        /// An edge's relationships: one per spell, or, when a weight or attribute changes over
        /// time, one per span over which its values hold.
        mutating func edgeRecords(_ edge: XMLTree.Element, number: Int) -> [ImportedRecord] {
            let name = edge.attributes["id"].map { "edge '\($0)'" } ?? "edge \(number)"
            let place = SourcePlace(file: file, line: edge.line, column: nil, field: name)
            var record = ImportedRecord(place: place)
            for (attribute, field) in [("source", ImportedField.from), ("target", .to)] {
                if let value = edge.attributes[attribute] { record.add(.field(field), named: attribute, ImportedValue(scalar: .text(value), place: place.naming("\(name).\(attribute)"))) }
            }
            let values = values(of: edge, domain: "edge", owner: name)
            for value in values where value.span == nil { add(value, to: &record, table: .relationships) }
            addDefaults(domain: "edge", except: Set(values.map(\.id)), to: &record, table: .relationships)
            if keepsEdgeIDs, let id = edge.attributes["id"] {
                record.add(.attribute(DatasetAssembler.originalID, nil), named: "id", ImportedValue(scalar: .text(id), place: place.naming("\(name).id")))
            }
            // networkx writes an edge's `type` data into GEXF's `type`, which is meant for
            // the direction; a value that is no direction is taken for the relationship type.
            let direction = edge.attributes["type"].map { ["directed", "undirected", "mutual"].contains($0) ? ImportedField.directed : .type }
            let dynamic = values.filter { $0.span != nil }
            let spans: [Span]
            if dynamic.isEmpty {
                spans = self.spans(of: edge)
            } else {
                var seen: Set<Span> = []
                spans = dynamic.compactMap(\.span).filter { seen.insert($0).inserted }
                    .sorted { Self.earlier($0.start ?? "", $1.start ?? "") || ($0.start == nil && $1.start != nil) }
            }
            return spans.map { span in
                var copy = record
                // Each attribute takes the value that holds at the span's start.
                var taken: Set<String> = []
                for value in dynamic.reversed() where !taken.contains(value.id) && Self.holds(value.span!, at: span.start) {
                    taken.insert(value.id)
                    add(value, to: &copy, table: .relationships)
                }
                for (attribute, field) in [("weight", ImportedField.weight), ("label", .label), ("kind", .type), ("type", direction ?? .directed)] {
                    if let value = edge.attributes[attribute] {
                        copy.fill(field, ImportedValue(scalar: .text(value), place: place.naming("\(name).\(attribute)")))
                    }
                }
                if let start = span.start { copy.fill(.since, ImportedValue(scalar: .text(start), place: place.naming("\(name).start"))) }
                if let end = span.end { copy.fill(.until, ImportedValue(scalar: .text(end), place: place.naming("\(name).end"))) }
                return copy
            }
        }

        /// The element's time: its spells (or slices), its `intervals` or `timestamps`, its own
        /// `start` and `end` or `timestamp`, or else the graph's; one open span when there is none.
        private func spans(of element: XMLTree.Element) -> [Span] {
            let listed = (element.child("spells")?.children("spell") ?? []) + (element.child("slices")?.children("slice") ?? [])
            if !listed.isEmpty { return listed.map { Self.span($0) ?? Span() } }
            for key in ["intervals", "timestamps"] {
                if let text = element.attributes[key], let intervals = GephiTimeSet.intervals(text) {
                    return intervals.isEmpty ? [Span()] : intervals.map { Span(start: $0.start, end: $0.end) }
                }
            }
            if let stamps = element.child("timestamps")?.children("timestamp"), !stamps.isEmpty {
                return stamps.compactMap { $0.attributes["timestamp"] ?? $0.attributes["value"] }.map { Span(start: $0, end: $0) }
            }
            return Self.span(element).map { [$0] } ?? (graphTime.isEmpty ? [Span()] : graphTime)
        }

        /// The span an element's own `start`/`end` (or `startopen`/`endopen`) or `timestamp`
        /// gives, or `nil` when it gives none.
        static func span(_ element: XMLTree.Element) -> Span? {
            if let stamp = element.attributes["timestamp"] { return Span(start: stamp, end: stamp) }
            let start = element.attributes["start"] ?? element.attributes["startopen"]
            let end = element.attributes["end"] ?? element.attributes["endopen"]
            return start == nil && end == nil ? nil : Span(start: start, end: end)
        }

        /// Whether a value's span covers a moment; an open start is covered only by a span
        /// open at its start.
        static func holds(_ span: Span, at moment: String?) -> Bool {
            guard let moment else { return span.start == nil }
            return (span.start.map { !earlier(moment, $0) } ?? true) && (span.end.map { !earlier($0, moment) } ?? true)
        }

        /// Attribute values, in `<attvalues>` or, as some files have them, directly inside the
        /// element; values of undeclared attributes are reported and left out, as are the
        /// measures ActorMap wrote.
        private mutating func values(of element: XMLTree.Element, domain: String, owner: String) -> [Value] {
            ((element.child("attvalues")?.children("attvalue") ?? []) + element.children("attvalue"))
                .compactMap { value in
                    guard let id = value.attributes["for"] ?? value.attributes["id"] else { return nil }
                    guard let attribute = attributes[domain + "\u{0}" + id] else {
                        if warnedUndeclared.insert(domain + "\u{0}" + id).inserted {
                            problems.append(SourcePlace(file: file, line: value.line, column: nil, field: "\(owner).\(id)").problem(
                                .warning, "this value is for the \(domain) attribute '\(id)', which the file does not declare, so it is left out.",
                                fix: "declare it in the graph's <attributes class=\"\(domain)\">."))
                        }
                        return nil
                    }
                    guard !attribute.isMeasure else { return nil }
                    return Value(id: id, attribute: attribute, element: value, span: Self.span(value))
                }
        }

        private func add(_ value: Value, to record: inout ImportedRecord, table: FieldNames.Table) {
            record.add(FieldNames.column(value.attribute.title, in: table, readsTypeSuffix: false), named: value.attribute.title,
                       ImportedValue(scalar: value.attribute.scalar(value.element.attributes["value"] ?? ""),
                                     place: SourcePlace(file: file, line: value.element.line, column: nil, field: "\(record.place.field).\(value.attribute.title)")))
        }

        /// The defaults of the attributes an element gives no value for.
        private func addDefaults(domain: String, except given: Set<String>, to record: inout ImportedRecord, table: FieldNames.Table) {
            for (key, attribute) in attributes.sorted(by: { $0.key < $1.key }) where key.hasPrefix(domain + "\u{0}") && !attribute.isMeasure {
                guard let defaultValue = attribute.defaultValue, !given.contains(String(key.dropFirst(domain.count + 1))) else { continue }
                record.add(FieldNames.column(attribute.title, in: table, readsTypeSuffix: false), named: attribute.title,
                           ImportedValue(scalar: attribute.scalar(defaultValue), place: record.place.naming("\(record.place.field).\(attribute.title)")))
            }
        }

        /// Orders times in any of GEXF's formats: as numbers when both are, else as text,
        /// which orders ISO dates.
        static func earlier(_ a: String, _ b: String) -> Bool {
            if let x = Double(a), let y = Double(b) { return x < y }
            return a < b
        }
    }
}
