import Foundation

/// Reads GEXF 1.1, 1.2 and 1.3, static or dynamic, as Gephi, networkx and ActorMap write it.
///
/// Nodes are actors, named by their `label`; edges are relationships, with their `weight`,
/// `label` and, in GEXF 1.3, `kind` as the relationship type when no attribute gives one.
/// Attribute values are mapped by their attribute's title onto fields, as for GraphML, and
/// the rest become attributes of their declared type. Periods come from `start` and `end`
/// (or `startopen` and `endopen`) and from `spells`, in any of GEXF's time formats: dates,
/// timestamps, or years as integers or doubles. An edge with several spells becomes one
/// relationship per spell; an actor with several is given one period from the first start to
/// the last end, with a warning. A dynamic attribute keeps its latest value, with a warning;
/// the measures ActorMap wrote (ids starting `metric-`) are left out.
public struct GEXFReader: Sendable {
    /// How files are read: the order of dates with slashes.
    public var options: ReadingOptions

    public init(options: ReadingOptions = ReadingOptions()) {
        self.options = options
    }

    public func check(contentsOf url: URL) -> ValidationReport {
        do {
            return check(data: try Data(contentsOf: url), file: url.relativePath)
        } catch {
            let reason = FileManager.default.fileExists(atPath: url.path) ? "the file cannot be read." : "there is no such file."
            return ValidationReport(problems: [Problem(.error, path: "", reason, fix: "check the path and the file's permissions.", file: url.relativePath)])
        }
    }

    public func check(data: Data, file: String) -> ValidationReport {
        let tree: XMLTree
        do {
            tree = try XMLTree.parse(data, file: file)
        } catch {
            return ValidationReport(problems: error.problems)
        }
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
        for attributes in graph.children("attributes") {
            let domain = attributes.attributes["class"] ?? "node"
            for attribute in attributes.children("attribute") {
                guard let id = attribute.attributes["id"] else { continue }
                reader.attributes[domain + "\u{0}" + id] = Attribute(
                    title: attribute.attributes["title"] ?? id, type: (attribute.attributes["type"] ?? "string").lowercased(),
                    isMeasure: id.hasPrefix("metric-"), defaultValue: attribute.child("default")?.text)
            }
        }
        var nodes: [ImportedRecord] = []
        reader.collectNodes(graph.child("nodes"), into: &nodes)
        let edges = (graph.child("edges")?.children("edge") ?? []).enumerated().flatMap { reader.edgeRecords($1, number: $0 + 1) }
        var assembler = DatasetAssembler(frame: frame, file: file, directedByDefault: graph.attributes["defaultedgetype"] == "directed", ends: .ids,
                                         options: options, problems: problems + reader.problems)
        return assembler.assemble(actors: nodes, relationships: edges)
    }

    private struct Attribute {
        var title: String
        var type: String
        var isMeasure: Bool
        var defaultValue: String?

        func scalar(_ text: String) -> ImportedScalar {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            switch type {
            case "integer", "long", "short", "byte", "biginteger": return Int(trimmed).map(ImportedScalar.integer) ?? .text(text)
            case "double", "float", "bigdecimal": return Double(trimmed).map(ImportedScalar.number) ?? .text(text)
            case "boolean": return AttributeValue.truthValue(trimmed).map(ImportedScalar.boolean) ?? .text(text)
            default: return .text(text)
            }
        }
    }

    private struct Reader {
        let file: String
        var attributes: [String: Attribute] = [:]
        var keepsEdgeIDs = true
        var problems: [Problem] = []
        private var warnedDynamic: Set<String> = []

        init(file: String) { self.file = file }

        /// Nodes and the nodes nested in them, as if flat.
        mutating func collectNodes(_ nodes: XMLTree.Element?, into records: inout [ImportedRecord]) {
            for node in nodes?.children("node") ?? [] {
                let id = node.attributes["id"] ?? ""
                let place = SourcePlace(file: file, line: node.line, column: nil, field: "node '\(id)'")
                var record = ImportedRecord(place: place)
                if !id.isEmpty { record.add(.field(.id), named: "id", ImportedValue(scalar: .text(id), place: place.naming("node '\(id)'.id"))) }
                if let label = node.attributes["label"] { record.add(.field(.name), named: "label", ImportedValue(scalar: .text(label), place: place.naming("node '\(id)'.label"))) }
                readValues(node, domain: "node", into: &record, table: .actors)
                let spells = spells(of: node)
                if spells.count > 1 {
                    problems.append(place.problem(.warning, "this actor has \(spells.count) spells; ActorMap gives an actor one period, so it runs from the first start to the last end.",
                                                  fix: "if the actor really left and came back, split it into two actors."))
                }
                let starts = spells.map(\.start), ends = spells.map(\.end)
                if let start = starts.contains(where: { $0 == nil }) ? nil : starts.compactMap({ $0 }).min(by: Self.earlier) {
                    record.fill(.since, ImportedValue(scalar: .text(start), place: place.naming("node '\(id)'.start")))
                }
                if let end = ends.contains(where: { $0 == nil }) ? nil : ends.compactMap({ $0 }).max(by: Self.earlier) {
                    record.fill(.until, ImportedValue(scalar: .text(end), place: place.naming("node '\(id)'.end")))
                }
                records.append(record)
                collectNodes(node.child("nodes"), into: &records)
            }
        }

        /// An edge's relationships: one, or one per spell.
        mutating func edgeRecords(_ edge: XMLTree.Element, number: Int) -> [ImportedRecord] {
            let name = edge.attributes["id"].map { "edge '\($0)'" } ?? "edge \(number)"
            let place = SourcePlace(file: file, line: edge.line, column: nil, field: name)
            var record = ImportedRecord(place: place)
            for (attribute, field) in [("source", ImportedField.from), ("target", .to)] {
                if let value = edge.attributes[attribute] { record.add(.field(field), named: attribute, ImportedValue(scalar: .text(value), place: place.naming("\(name).\(attribute)"))) }
            }
            readValues(edge, domain: "edge", into: &record, table: .relationships)
            if keepsEdgeIDs, let id = edge.attributes["id"] {
                record.add(.attribute(DatasetAssembler.originalID, nil), named: "id", ImportedValue(scalar: .text(id), place: place.naming("\(name).id")))
            }
            // networkx writes an edge's `type` data into GEXF's `type`, which is meant for
            // the direction; a value that is no direction is taken for the relationship type.
            let direction = edge.attributes["type"].map { ["directed", "undirected", "mutual"].contains($0) ? ImportedField.directed : .type }
            for (attribute, field) in [("weight", ImportedField.weight), ("label", .label), ("kind", .type), ("type", direction ?? .directed)] {
                if let value = edge.attributes[attribute] {
                    record.fill(field, ImportedValue(scalar: .text(value), place: place.naming("\(name).\(attribute)")))
                }
            }
            return spells(of: edge).map { spell in
                var copy = record
                if let start = spell.start { copy.fill(.since, ImportedValue(scalar: .text(start), place: place.naming("\(name).start"))) }
                if let end = spell.end { copy.fill(.until, ImportedValue(scalar: .text(end), place: place.naming("\(name).end"))) }
                return copy
            }
        }

        /// The element's spells: its own `start` and `end`, or those of its `spells`; one
        /// open spell when it has none.
        private func spells(of element: XMLTree.Element) -> [(start: String?, end: String?)] {
            func bounds(_ element: XMLTree.Element) -> (start: String?, end: String?) {
                (element.attributes["start"] ?? element.attributes["startopen"], element.attributes["end"] ?? element.attributes["endopen"])
            }
            let listed = (element.child("spells")?.children("spell") ?? []) + (element.child("slices")?.children("slice") ?? [])
            return listed.isEmpty ? [bounds(element)] : listed.map(bounds)
        }

        /// Attribute values, then the defaults of attributes the element lacks. Of a dynamic
        /// attribute's values, the one starting latest is kept.
        private mutating func readValues(_ element: XMLTree.Element, domain: String, into record: inout ImportedRecord, table: FieldNames.Table) {
            var latest: [String: (start: String?, value: XMLTree.Element)] = [:]
            var order: [String] = []
            for value in element.child("attvalues")?.children("attvalue") ?? [] {
                guard let id = value.attributes["for"] ?? value.attributes["id"],
                      attributes[domain + "\u{0}" + id]?.isMeasure != true else { continue }
                let start = value.attributes["start"] ?? value.attributes["startopen"]
                if let previous = latest[id] {
                    if !warnedDynamic.contains(id) {
                        warnedDynamic.insert(id)
                        problems.append(SourcePlace(file: file, line: value.line, column: nil, field: "\(record.place.field).\(attributes[domain + "\u{0}" + id]?.title ?? id)")
                            .problem(.warning, "this attribute changes over time; ActorMap keeps the value from the latest period.", fix: "keep the values of other periods in attributes of their own if they matter."))
                    }
                    if Self.earlier(previous.start ?? "", start ?? "") { latest[id] = (start, value) }
                } else {
                    latest[id] = (start, value)
                    order.append(id)
                }
            }
            for id in order {
                guard let attribute = attributes[domain + "\u{0}" + id], !attribute.isMeasure, let value = latest[id]?.value else { continue }
                record.add(FieldNames.column(attribute.title, in: table, readsTypeSuffix: false), named: attribute.title,
                           ImportedValue(scalar: attribute.scalar(value.attributes["value"] ?? ""),
                                         place: SourcePlace(file: file, line: value.line, column: nil, field: "\(record.place.field).\(attribute.title)")))
            }
            for (key, attribute) in attributes.sorted(by: { $0.key < $1.key }) where key.hasPrefix(domain + "\u{0}") && !attribute.isMeasure {
                guard let defaultValue = attribute.defaultValue, latest[String(key.dropFirst(domain.count + 1))] == nil else { continue }
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
