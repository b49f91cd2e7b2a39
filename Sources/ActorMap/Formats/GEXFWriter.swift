import Foundation

/// Writes a dataset as GEXF 1.3 in dynamic mode, so that Gephi's timeline plays the map and
/// networkx's `read_gexf` reads it.
///
/// Actors are nodes, labelled with their names and coloured by group, with `start` and `end`
/// from their periods (a year covers the first of January to the thirty-first of December;
/// an open end is left out). Relationships are edges with their weight, label and period.
/// The graph is directed when any relationship is of a directed type; ties of undirected
/// types in it are `mutual` edges, which networkx reads as an arc each way, the way
/// ActorMap's directed projections count them. Static attributes carry the fields (`kind`,
/// `group`, `since`, `until`, `tags`, `source`, `note` for actors; `type`, `sign`, `since`,
/// `until`, `amount`, `currency`, `source`, `note` for relationships) and every attribute;
/// `since` and `until` keep the dates as written (`2017`, `2017-03`), which the day-precise
/// spells cannot.
///
/// Measures go in as dynamic attributes, each value valid for its year, so that Gephi can
/// size or colour actors by a measure as the timeline moves. The title, sources and
/// definitions travel as the dataset's frame in native JSON, inside an `actormap-frame`
/// processing instruction that other programs pass over.
public struct GEXFWriter: Sendable {
    /// A writer.
    public init() {}

    /// The GEXF document.
    ///
    /// - Parameters:
    ///   - dataset: The map to write.
    ///   - measures: Measures per year, written as dynamic node attributes.
    /// - Returns: The document's text.
    public func document(_ dataset: Dataset, measures: [ActorMeasures] = []) -> String {
        let actorAttributes = GraphMLWriter.attributeKeys(dataset.actors.map(\.attributes), in: .actors, prefix: "actor-attribute")
        let tieAttributes = GraphMLWriter.attributeKeys(dataset.relationships.map(\.attributes), in: .relationships, prefix: "tie-attribute")
        let datedKeys = Self.datedKeys(dataset.actors)
        let measured = Measure.allCases.filter { measure in measures.contains { $0.columns[measure] != nil } }
        let directed = dataset.relationshipEnds.contains { dataset.vocabulary.relationshipTypes[$0.type].directed }

        var xml = XMLOutput()
        xml.open("gexf", [
            ("xmlns", "http://gexf.net/1.3"), ("xmlns:viz", "http://gexf.net/1.3/viz"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"), ("version", "1.3"),
        ])
        xml.open("meta")
        xml.instruction("actormap-frame", NativeDatasetWriter().text(DatasetFrame(dataset), syntax: .json).replacingOccurrences(of: "?>", with: "?\\u003e"))
        xml.element("creator", text: "ActorMap")
        xml.element("description", text: dataset.description ?? dataset.title)
        xml.close("meta")

        xml.open("graph", [("mode", "dynamic"), ("defaultedgetype", directed ? "directed" : "undirected"), ("timeformat", "date"), ("timerepresentation", "interval")])
        xml.open("attributes", [("class", "node"), ("mode", "static")])
        for (field, _) in GraphMLWriter.actorFields where field != "name" {
            xml.element("attribute", [("id", "actor-\(field)"), ("title", field), ("type", "string")])
        }
        for key in actorAttributes { xml.element("attribute", [("id", key.id), ("title", key.header), ("type", key.type)]) }
        xml.close("attributes")
        if !measured.isEmpty || !datedKeys.isEmpty {
            xml.open("attributes", [("class", "node"), ("mode", "dynamic")])
            for key in datedKeys { xml.element("attribute", [("id", key.id), ("title", key.header), ("type", key.type)]) }
            for measure in measured {
                let title = actorAttributes.contains { $0.header == measure.name } ? "\(measure.name) (measure)" : measure.name
                xml.element("attribute", [("id", "metric-\(measure.name)"), ("title", title), ("type", "double")])
            }
            xml.close("attributes")
        }
        xml.open("attributes", [("class", "edge"), ("mode", "static")])
        for (field, type) in GraphMLWriter.tieFields(of: dataset) where !["directed", "weight", "label"].contains(field) {
            xml.element("attribute", [("id", "tie-\(field)"), ("title", field), ("type", type == "int" ? "integer" : type)])
        }
        for key in tieAttributes { xml.element("attribute", [("id", key.id), ("title", key.header), ("type", key.type)]) }
        xml.close("attributes")

        xml.open("nodes", [("count", String(dataset.actors.count))])
        for (index, actor) in dataset.actors.enumerated() {
            xml.open("node", [("id", actor.id), ("label", actor.name)] + Self.spell(actor.period))
            xml.open("attvalues")
            let fields: [(String, String?)] = [
                ("kind", actor.kind), ("group", dataset.group(ofActorAt: index).id),
                ("since", actor.period.since?.description), ("until", actor.period.until?.description),
                ("tags", actor.tags.isEmpty ? nil : TagList.join(actor.tags)), ("source", actor.source), ("note", actor.note),
            ]
            for (field, value) in fields { if let value { xml.element("attvalue", [("for", "actor-\(field)"), ("value", value)]) } }
            Self.writeAttributes(actor.attributes, keys: actorAttributes, to: &xml)
            if !actor.datedAttributes.isEmpty { Self.writeDated(actor.datedAttributes, keys: datedKeys, to: &xml) }
            for measure in measured {
                for year in measures {
                    guard let value = year.columns[measure]?[index], !value.isNaN else { continue }
                    xml.element("attvalue", [("for", "metric-\(measure.name)"), ("value", String(value))] + Self.spell(Period(since: CalendarDate(year: year.year), until: CalendarDate(year: year.year))))
                }
            }
            xml.close("attvalues")
            if let rgb = Self.rgb(dataset.group(ofActorAt: index).color) {
                xml.element("viz:color", [("r", String(rgb.r)), ("g", String(rgb.g)), ("b", String(rgb.b))])
            }
            xml.close("node")
        }
        xml.close("nodes")

        xml.open("edges", [("count", String(dataset.relationships.count))])
        for (index, relationship) in dataset.relationships.enumerated() {
            let type = dataset.type(ofRelationshipAt: index)
            xml.open("edge", [
                ("id", "e\(index)"), ("source", relationship.from), ("target", relationship.to),
                ("type", directed && !type.directed ? "mutual" : nil), ("weight", String(relationship.weight)), ("label", relationship.label),
            ] + Self.spell(relationship.period))
            xml.open("attvalues")
            let fields: [(String, String?)] = [
                ("type", relationship.type), ("sign", String(type.sign)),
                ("since", relationship.period.since?.description), ("until", relationship.period.until?.description),
                ("amount", relationship.amount.map { String($0) }), ("currency", relationship.currency),
                ("source", relationship.sourceList), ("note", relationship.note), ("confidence", relationship.confidence?.rawValue),
            ]
            for (field, value) in fields { if let value { xml.element("attvalue", [("for", "tie-\(field)"), ("value", value)]) } }
            Self.writeAttributes(relationship.attributes, keys: tieAttributes, to: &xml)
            xml.close("attvalues")
            xml.close("edge")
        }
        xml.close("edges")
        xml.close("graph")
        xml.close("gexf")
        return xml.text
    }

    /// One dynamic attribute per attribute given over time and informant, titled with the
    /// attribute's name, and `name@informant` for an informant's values.
    private static func datedKeys(_ actors: [Actor]) -> [AttributeKey] {
        var types: [String: Set<String>] = [:]
        var names: [String: String] = [:]
        for actor in actors where !actor.datedAttributes.isEmpty {
            for (name, values) in actor.datedAttributes {
                for value in values {
                    let title = value.informant.map { "\(name)@\($0)" } ?? name
                    names[title] = name
                    types[title, default: []].insert(value.value.declaredType)
                }
            }
        }
        return types.keys.sorted().enumerated().map { index, title in
            AttributeKey(id: "dated-\(index)", name: title, header: title, type: GraphMLWriter.sharedType(types[title]!))
        }
    }

    /// Each value over time as an `attvalue` for its span: from its `since` to its `until`,
    /// or to the day before the same informant's next value starts.
    private static func writeDated(_ dated: [String: [DatedAttributeValue]], keys: [AttributeKey], to xml: inout XMLOutput) {
        let idByTitle = Dictionary(uniqueKeysWithValues: keys.map { ($0.header, $0) })
        for name in dated.keys.sorted() {
            let byInformant = Dictionary(grouping: dated[name]!, by: \.informant)
            for informant in byInformant.keys.sorted(by: { ($0 ?? "") < ($1 ?? "") }) {
                let values = byInformant[informant]!.sorted { ($0.since?.firstDay ?? .min) < ($1.since?.firstDay ?? .min) }
                let key = idByTitle[informant.map { "\(name)@\($0)" } ?? name]!
                for (index, value) in values.enumerated() {
                    let end: String? = if let until = value.until {
                        day(until.lastDay)
                    } else if index + 1 < values.count, let next = values[index + 1].since {
                        dayBefore(next)
                    } else {
                        nil
                    }
                    xml.element("attvalue", [
                        ("for", key.id), ("value", key.type == "double" ? value.value.numberText : value.value.description),
                        ("start", value.since.map { day($0.firstDay) }), ("end", end),
                    ])
                }
            }
        }
    }

    /// The day before a date starts, as GEXF writes days.
    private static func dayBefore(_ date: CalendarDate) -> String {
        let first = date.firstDay
        let year = first / 10_000, month = first / 100 % 100, day = first % 100
        if day > 1 { return Self.day(first - 1) }
        if month > 1 {
            let previous = month - 1
            return Self.day(year * 10_000 + previous * 100 + CalendarDate.daysIn(month: previous, year: year))
        }
        return Self.day((year - 1) * 10_000 + 1231)
    }

    /// `start` and `end` for a period: the first and last days it covers.
    private static func spell(_ period: Period) -> [(String, String?)] {
        [("start", period.since.map { day($0.firstDay) }), ("end", period.until.map { day($0.lastDay) })]
    }

    private static func day(_ yyyymmdd: Int) -> String {
        String(format: "%04d-%02d-%02d", yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100)
    }

    private static func writeAttributes(_ attributes: [String: AttributeValue], keys: [AttributeKey], to xml: inout XMLOutput) {
        for key in keys {
            guard let value = attributes[key.name] else { continue }
            xml.element("attvalue", [("for", key.id), ("value", key.type == "double" ? value.numberText : value.description)])
        }
    }

    private static func rgb(_ color: String?) -> (r: Int, g: Int, b: Int)? {
        guard let color, color.count == 7, let value = Int(color.dropFirst(), radix: 16) else { return nil }
        return (value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF)
    }
}
