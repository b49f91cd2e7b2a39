import Foundation

/// How every result ActorMap writes as JSON is encoded: the result's own fields, the
/// version of their shape (`schema_version`) and how the result was made (`provenance`),
/// with sorted keys and two-space indentation, so that the same result is always the same
/// text and a figure in a report can be traced to the files and options that made it.
///
/// The shape of each document is published as a JSON Schema in `docs/schemas/`.
public enum ResultJSON {
    /// The version of the shape of every JSON document, raised when a field is renamed,
    /// removed or changes its meaning; adding a field does not raise it.
    public static let schemaVersion = 1

    /// `document` as JSON text, with `schema_version` and `provenance` beside its fields.
    ///
    /// - Parameters:
    ///   - document: A result whose encoding is a JSON object.
    ///   - provenance: How the result was made.
    /// - Returns: Indented JSON with sorted keys and no escaped slashes, without a final
    ///   line break.
    /// - Throws: `EncodingError` when `document` cannot be encoded (a non-finite number).
    /// - Complexity: O(*n*) in the size of the document.
    public static func text<Document: Encodable>(_ document: Document, provenance: Provenance) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Stamped(document: document, provenance: provenance)), as: UTF8.self)
    }

    /// A document's fields and the two that every document carries, in one JSON object.
    private struct Stamped<Document: Encodable>: Encodable {
        var document: Document
        var provenance: Provenance

        enum CodingKeys: String, CodingKey {
            case schemaVersion = "schema_version"
            case provenance
        }

        func encode(to encoder: Encoder) throws {
            try document.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(ResultJSON.schemaVersion, forKey: .schemaVersion)
            try container.encode(provenance, forKey: .provenance)
        }
    }
}
