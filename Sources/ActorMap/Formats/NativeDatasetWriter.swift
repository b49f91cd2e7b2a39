import Foundation
import Yams

/// Writes a dataset in ActorMap's own format, YAML or JSON, canonically: fields in the order
/// `docs/dataset-format.md` lists them, defaults left out, attributes sorted by name, and
/// only the groups, kinds and types the dataset defines itself, not the catalogue.
///
/// The same dataset always gives the same bytes, and reading the text back gives the same
/// dataset, so a converted map can be kept under version control and compared line by line.
public struct NativeDatasetWriter: Sendable {
    /// A writer.
    public init() {}

    /// The dataset as a YAML or JSON document.
    ///
    /// - Parameters:
    ///   - dataset: The map to write.
    ///   - syntax: YAML or JSON.
    /// - Returns: The document's text.
    public func text(_ dataset: Dataset, syntax: DatasetReader.Syntax) -> String {
        render(document(DatasetFrame(dataset), actors: dataset.actors, relationships: dataset.relationships), syntax: syntax)
    }

    /// A frame as a native dataset with no actors, for the places interchange files keep it.
    func text(_ frame: DatasetFrame, syntax: DatasetReader.Syntax) -> String {
        render(document(frame, actors: [], relationships: []), syntax: syntax)
    }

    private func render(_ document: NativeNode, syntax: DatasetReader.Syntax) -> String {
        switch syntax {
        case .json: return document.json(depth: 0) + "\n"
        case .yaml:
            // The tree holds only scalars, sequences and mappings Yams builds itself, so the
            // emitter has nothing it could refuse.
            return try! Yams.serialize(node: document.yaml, indent: 2, width: 100, allowUnicode: true)
        }
    }

    // MARK: The document

    private func document(_ frame: DatasetFrame, actors: [Actor], relationships: [Relationship]) -> NativeNode {
        var top: [(String, NativeNode?)] = [("version", .integer(1)), ("title", .text(frame.title)), ("description", frame.description.map(NativeNode.text))]
        top.append(("as_of", frame.asOf.map(NativeNode.date)))
        if !frame.sources.isEmpty {
            top.append(("sources", .list(frame.sources.map { source in
                .record([
                    ("id", .text(source.id)), ("citation", .text(source.citation)), ("url", source.url.map(NativeNode.text)),
                    ("date", source.date.map(NativeNode.date)), ("kind", source.kind.map { .text($0.rawValue) }),
                    ("private", source.isPrivate ? .boolean(true) : nil),
                ], inline: false)
            })))
        }
        if !frame.groups.isEmpty {
            top.append(("groups", .list(frame.groups.map { group in
                .record([("id", .text(group.id)), ("label", .text(group.label)), ("color", group.color.map(NativeNode.text))], inline: true)
            })))
        }
        if !frame.kinds.isEmpty {
            top.append(("kinds", .list(frame.kinds.map { kind in
                .record([("id", .text(kind.id)), ("label", .text(kind.label)), ("group", .text(kind.group)), ("shape", kind.shape.map(NativeNode.text))], inline: true)
            })))
        }
        if !frame.relationshipTypes.isEmpty {
            top.append(("relationship_types", .list(frame.relationshipTypes.map { type in
                .record([
                    ("id", .text(type.id)), ("label", .text(type.label)), ("directed", .boolean(type.directed)),
                    ("sign", .integer(type.sign)), ("color", type.color.map(NativeNode.text)), ("style", type.style.map(NativeNode.text)),
                ], inline: true)
            })))
        }
        if !frame.attributes.isEmpty {
            top.append(("attributes", .list(frame.attributes.map { attribute in
                .record([
                    ("id", .text(attribute.id)), ("label", .text(attribute.label)),
                    ("applies_to", attribute.appliesTo == .actors ? nil : .text(attribute.appliesTo.rawValue)),
                    ("type", .text(attribute.type.rawValue)), ("min", attribute.minimum.map(NativeNode.number)),
                    ("max", attribute.maximum.map(NativeNode.number)),
                    ("values", attribute.values.isEmpty ? nil : .list(attribute.values.map(NativeNode.text), inline: true)),
                    ("description", attribute.description.map(NativeNode.text)),
                ], inline: false)
            })))
        }
        top.append(("actors", .list(actors.map { actor in
            .record([
                ("id", .text(actor.id)), ("name", .text(actor.name)), ("kind", .text(actor.kind)),
                ("since", actor.period.since.map(NativeNode.date)), ("until", actor.period.until.map(NativeNode.date)),
                ("tags", actor.tags.isEmpty ? nil : .list(actor.tags.map(NativeNode.text), inline: true)),
                ("attributes", attributes(actor.attributes, actor.datedAttributes)),
                ("source", actor.source.map(NativeNode.text)), ("note", actor.note.map(NativeNode.text)),
            ], inline: false)
        })))
        if !relationships.isEmpty {
            top.append(("relationships", .list(relationships.map { relationship in
                .record([
                    ("from", .text(relationship.from)), ("to", .text(relationship.to)), ("type", .text(relationship.type)),
                    ("since", relationship.period.since.map(NativeNode.date)), ("until", relationship.period.until.map(NativeNode.date)),
                    ("weight", relationship.weight == 1 ? nil : .number(relationship.weight)),
                    ("amount", relationship.amount.map(NativeNode.number)), ("currency", relationship.currency.map(NativeNode.text)),
                    // One source is written with the shorthand `source`, several as a list.
                    ("source", relationship.sources.count == 1 ? .text(relationship.sources[0]) : nil),
                    ("sources", relationship.sources.count > 1 ? .list(relationship.sources.map(NativeNode.text), inline: true) : nil),
                    ("confidence", relationship.confidence.map { .text($0.rawValue) }), ("label", relationship.label.map(NativeNode.text)),
                    ("note", relationship.note.map(NativeNode.text)), ("attributes", attributes(relationship.attributes, relationship.datedAttributes)),
                ], inline: true)
            })))
        }
        return .record(top, inline: false)
    }

    private func attributes(_ attributes: [String: AttributeValue], _ dated: [String: [DatedAttributeValue]]) -> NativeNode? {
        guard !attributes.isEmpty || !dated.isEmpty else { return nil }
        let constant = attributes.map { ($0.key, Self.node($0.value)) }
        let overTime = dated.map { name, values in
            (name, NativeNode.list(values.map { value in
                .record([
                    ("since", value.since.map(NativeNode.date)), ("until", value.until.map(NativeNode.date)),
                    ("value", Self.node(value.value)),
                    ("sources", value.sources.isEmpty ? nil : .list(value.sources.map(NativeNode.text), inline: true)),
                    ("confidence", value.confidence.map(NativeNode.text)), ("informant", value.informant.map(NativeNode.text)),
                ], inline: true)
            }, inline: true))
        }
        return .record((constant + overTime).sorted { $0.0 < $1.0 }.map { ($0.0, $0.1) }, inline: true)
    }

    private static func node(_ value: AttributeValue) -> NativeNode {
        switch value {
        case .text(let text): .text(text)
        case .integer(let integer): .integer(integer)
        case .number(let number): .decimal(number)
        case .boolean(let truth): .boolean(truth)
        }
    }
}

/// A native document as a tree, in the order it is written: one place decides the layout of
/// both syntaxes.
private indirect enum NativeNode {
    case text(String)
    case date(CalendarDate)
    case integer(Int)
    /// A weight or amount: whole numbers without a decimal point.
    case number(Double)
    /// An attribute's number, written so that it reads back as a number, not a whole one.
    case decimal(Double)
    case boolean(Bool)
    case list([NativeNode], inline: Bool = false)
    /// Fields in order; absent ones are left out.
    case record([(String, NativeNode?)], inline: Bool)

    // MARK: YAML

    var yaml: Node {
        switch self {
        case .text(let text): return .scalar(text.represented())
        case .date(let date): return .scalar(Node.Scalar(date.description, Tag(.str), .plain))
        case .integer(let integer): return .scalar(Node.Scalar(String(integer)))
        case .number(let number): return .scalar(Node.Scalar(number.formatted()))
        case .decimal(let number): return .scalar(Node.Scalar(Self.decimalText(number, nonFinite: [".inf", "-.inf", ".nan"])))
        case .boolean(let truth): return .scalar(Node.Scalar(truth ? "true" : "false"))
        case .list(let items, let inline):
            return .sequence(Node.Sequence(items.map(\.yaml), .implicit, inline ? .flow : .block))
        case .record(let fields, let inline):
            let pairs = fields.compactMap { name, value in value.map { (Node.scalar(name.represented()), $0.yaml) } }
            return .mapping(Node.Mapping(pairs, .implicit, inline ? .flow : .block))
        }
    }

    /// A number that reads back as a decimal: `2.0`, not `2`.
    private static func decimalText(_ number: Double, nonFinite: [String]) -> String {
        if number.isNaN { return nonFinite[2] }
        if number.isInfinite { return number > 0 ? nonFinite[0] : nonFinite[1] }
        let text = String(number)
        return text.contains(where: { ".eE".contains($0) }) ? text : text + ".0"
    }

    // MARK: JSON

    /// JSON text: the top level and its lists one entry per line, everything deeper on the
    /// entry's line.
    func json(depth: Int) -> String {
        switch self {
        case .text(let text): return Self.jsonString(text)
        case .date(let date): return date.month == nil ? String(date.year) : Self.jsonString(date.description)
        case .integer(let integer): return String(integer)
        case .number(let number): return number.formatted()
        case .decimal(let number):
            // JSON has no infinity; such an attribute is kept as text.
            return number.isFinite ? Self.decimalText(number, nonFinite: []) : Self.jsonString(String(number))
        case .boolean(let truth): return truth ? "true" : "false"
        case .list(let items, _):
            guard depth < 2, !items.isEmpty else { return "[" + items.map { $0.json(depth: depth + 1) }.joined(separator: ", ") + "]" }
            let indent = String(repeating: "  ", count: depth + 1)
            return "[\n" + items.map { indent + $0.json(depth: 2) }.joined(separator: ",\n") + "\n" + String(repeating: "  ", count: depth) + "]"
        case .record(let fields, _):
            let present = fields.compactMap { name, value in value.map { (name, $0) } }
            guard depth == 0 else {
                return "{" + present.map { "\(Self.jsonString($0.0)): \($0.1.json(depth: depth + 1))" }.joined(separator: ", ") + "}"
            }
            return "{\n" + present.map { "  \(Self.jsonString($0.0)): \($0.1.json(depth: 1))" }.joined(separator: ",\n") + "\n}"
        }
    }

    private static func jsonString(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where scalar.value < 0x20 || DatasetDocument.needsEscapeInYAML(scalar): escaped += String(format: "\\u%04x", scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
