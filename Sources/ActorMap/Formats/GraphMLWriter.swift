import Foundation

/// Writes a dataset as GraphML, with a typed key for every actor and relationship field and
/// every attribute, so that networkx's `read_graphml`, igraph, yEd and Gephi read the same
/// values.
///
/// Actors are nodes, with their id as the node id and the keys `name`, `kind`, `group`,
/// `since`, `until`, `tags` (joined with `|`), `source`, `note`. Relationships are edges in
/// dataset order, with `type`, `directed`, `sign`, `since`, `until`, `weight`, `amount`,
/// `currency`, `source`, `label`, `note`. `group`, `directed` and `sign` repeat what the
/// kind and type say, for tools that filter on them. Attributes get keys of their own type
/// (`long`, `double`, `boolean`, `string`); an attribute whose values mix types is written as
/// text, and one named like a field is written `attributes.name`.
///
/// The graph is directed (`edgedefault="directed"`) when any relationship is of a directed
/// type; ties of undirected types in it are ordinary edges with `directed` false, since
/// networkx refuses GraphML that marks single edges undirected. The graph keys `title`,
/// `description` and `actormap` (the dataset's frame as native JSON: sources and definitions)
/// let ``GraphMLReader`` read the file back as the same dataset.
///
/// With measures, every actor on the map that year also gets one `double` key per measure,
/// whose id starts with `metric_`; readers leave those out, since they are results, not data.
public struct GraphMLWriter: Sendable {
    /// A writer.
    public init() {}

    /// The GraphML document.
    ///
    /// - Parameters:
    ///   - dataset: The map to write.
    ///   - measures: Measures of one year to add to the nodes, if any.
    /// - Returns: The document's text.
    public func document(_ dataset: Dataset, measures: ActorMeasures? = nil) -> String {
        let actorAttributes = Self.attributeKeys(dataset.actors.map(\.attributes), in: .actors, prefix: "actor_attribute")
        let tieAttributes = Self.attributeKeys(dataset.relationships.map(\.attributes), in: .relationships, prefix: "tie_attribute")
        let directed = dataset.relationshipEnds.contains { dataset.vocabulary.relationshipTypes[$0.type].directed }

        var xml = XMLOutput()
        xml.open("graphml", [
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"),
        ])
        for (id, name) in [("title", "title"), ("description", "description"), ("actormap", "actormap")] {
            xml.element("key", [("id", id), ("for", "graph"), ("attr.name", name), ("attr.type", "string")])
        }
        for (field, type) in Self.actorFields { xml.element("key", Self.key("actor_\(field)", for: "node", name: field, type: type)) }
        for key in actorAttributes { xml.element("key", Self.key(key.id, for: "node", name: key.header, type: key.type)) }
        if let measures {
            xml.element("key", [("id", "metric_year"), ("for", "graph"), ("attr.name", "measures_year"), ("attr.type", "int")])
            for measure in measures.measures {
                let name = actorAttributes.contains { $0.header == measure.name } ? "\(measure.name) \(measures.year)" : measure.name
                xml.open("key", Self.key("metric_\(measure.name)", for: "node", name: name, type: "double"))
                xml.element("desc", text: "ActorMap measure for \(measures.year): \(measure.explanation)")
                xml.close("key")
            }
        }
        for (field, type) in Self.tieFields(of: dataset) { xml.element("key", Self.key("tie_\(field)", for: "edge", name: field, type: type)) }
        for key in tieAttributes { xml.element("key", Self.key(key.id, for: "edge", name: key.header, type: key.type)) }

        xml.open("graph", [("id", "G"), ("edgedefault", directed ? "directed" : "undirected")])
        xml.element("data", [("key", "title")], text: dataset.title)
        if let description = dataset.description { xml.element("data", [("key", "description")], text: description) }
        xml.element("data", [("key", "actormap")], text: NativeDatasetWriter().text(DatasetFrame(dataset), syntax: .json))
        if let measures { xml.element("data", [("key", "metric_year")], text: String(measures.year)) }

        for (index, actor) in dataset.actors.enumerated() {
            xml.open("node", [("id", actor.id)])
            let fields: [(String, String?)] = [
                ("name", actor.name), ("kind", actor.kind), ("group", dataset.group(ofActorAt: index).id),
                ("since", actor.period.since?.description), ("until", actor.period.until?.description),
                ("tags", actor.tags.isEmpty ? nil : TagList.join(actor.tags)), ("source", actor.source), ("note", actor.note),
            ]
            for (field, value) in fields { if let value { xml.element("data", [("key", "actor_\(field)")], text: value) } }
            Self.writeAttributes(actor.attributes, keys: actorAttributes, to: &xml)
            for measure in measures?.measures ?? [] {
                let value = measures!.columns[measure]![index]
                if !value.isNaN { xml.element("data", [("key", "metric_\(measure.name)")], text: String(value)) }
            }
            xml.close("node")
        }
        for (index, relationship) in dataset.relationships.enumerated() {
            let type = dataset.type(ofRelationshipAt: index)
            xml.open("edge", [("id", "e\(index)"), ("source", relationship.from), ("target", relationship.to)])
            let fields: [(String, String?)] = [
                ("type", relationship.type), ("directed", String(type.directed)), ("sign", String(type.sign)),
                ("since", relationship.period.since?.description), ("until", relationship.period.until?.description),
                ("weight", String(relationship.weight)), ("amount", relationship.amount.map { String($0) }),
                ("currency", relationship.currency), ("source", relationship.sourceList), ("label", relationship.label),
                ("note", relationship.note), ("confidence", relationship.confidence?.rawValue),
            ]
            for (field, value) in fields { if let value { xml.element("data", [("key", "tie_\(field)")], text: value) } }
            Self.writeAttributes(relationship.attributes, keys: tieAttributes, to: &xml)
            xml.close("edge")
        }
        xml.close("graph")
        xml.close("graphml")
        return xml.text
    }

    static let actorFields: [(String, String)] = [
        ("name", "string"), ("kind", "string"), ("group", "string"), ("since", "string"), ("until", "string"),
        ("tags", "string"), ("source", "string"), ("note", "string"),
    ]

    static let tieFields: [(String, String)] = [
        ("type", "string"), ("directed", "boolean"), ("sign", "int"), ("since", "string"), ("until", "string"),
        ("weight", "double"), ("amount", "double"), ("currency", "string"), ("source", "string"), ("label", "string"),
        ("note", "string"),
    ]

    /// The fields of ties a map's file declares: ``tieFields``, and `confidence` when any tie
    /// records one, so that maps without confidences are written as before.
    static func tieFields(of dataset: Dataset) -> [(String, String)] {
        tieFields + (dataset.relationships.contains { $0.confidence != nil } ? [("confidence", "string")] : [])
    }

    private static func key(_ id: String, for domain: String, name: String, type: String) -> [(String, String?)] {
        [("id", id), ("for", domain), ("attr.name", name), ("attr.type", type)]
    }

    private static func writeAttributes(_ attributes: [String: AttributeValue], keys: [AttributeKey], to xml: inout XMLOutput) {
        for key in keys {
            guard let value = attributes[key.name] else { continue }
            xml.element("data", [("key", key.id)], text: key.type == "double" ? value.numberText : value.description)
        }
    }
}

/// How an attribute is declared in GraphML and GEXF: its name as the file shows it and the
/// one type all its values share.
struct AttributeKey {
    var id: String
    var name: String
    /// The name as written, `attributes.`-prefixed when it would read back as a field.
    var header: String
    /// `long`, `double`, `boolean`; `double` for whole numbers mixed with others, `string`
    /// when the values mix other types.
    var type: String
}

extension GraphMLWriter {
    /// One key per attribute name, sorted by name.
    static func attributeKeys(_ attributes: [[String: AttributeValue]], in table: FieldNames.Table, prefix: String) -> [AttributeKey] {
        var types: [String: Set<String>] = [:]
        for entry in attributes {
            for (name, value) in entry { types[name, default: []].insert(value.declaredType) }
        }
        return types.keys.sorted().enumerated().map { index, name in
            let kinds = types[name]!
            return AttributeKey(
                id: "\(prefix)_\(index)", name: name,
                header: FieldNames.attributeNeedsPrefix(name, in: table) ? FieldNames.attributePrefix + name : name,
                type: sharedType(kinds))
        }
    }
}

extension GraphMLWriter {
    /// The one GraphML and GEXF type that holds values of these types: their own when they
    /// share one, `double` for whole numbers beside others, `string` otherwise.
    static func sharedType(_ types: Set<String>) -> String {
        if types.count == 1 { return types.first! }
        return types == ["long", "double"] ? "double" : "string"
    }
}

extension AttributeValue {
    /// The GraphML and GEXF type that holds this value.
    var declaredType: String {
        switch self {
        case .text: "string"
        case .integer: "long"
        case .number: "double"
        case .boolean: "boolean"
        }
    }

    /// A number as XML Schema's `double` writes it (`2.0`, `1e-05`, `INF`), which Python's
    /// `float` reads too.
    var numberText: String {
        guard case .number(let number) = self else { return description }
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number > 0 ? "INF" : "-INF" }
        return String(number)
    }
}
