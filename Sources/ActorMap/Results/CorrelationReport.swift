import Foundation

/// The graph correlation of two networks and its QAP test, as `actormap qap` prints it: as
/// JSON or as a few lines for a terminal.
public struct CorrelationReport: Sendable {
    /// The correlation and its test.
    public let correlation: GraphCorrelation
    /// The map's title.
    public let title: String
    /// What was compared: `from` and `to` with `types`, or `year` with `types_a` and `types_b`.
    public let compared: [String: String]
    /// Whether the networks kept the direction of ties.
    public let direction: ProjectionOptions.Direction
    /// Whether cells held tie weights rather than 1.
    public let weighted: Bool

    /// The report of `correlation`.
    ///
    /// - Parameters:
    ///   - correlation: The correlation and its test.
    ///   - title: The map's title.
    ///   - compared: What was compared, as the options gave it: `from`, `to` and `types`, or
    ///     `year`, `types_a` and `types_b`.
    ///   - direction: Whether the networks kept the direction of ties.
    ///   - weighted: Whether cells held tie weights.
    public init(_ correlation: GraphCorrelation, title: String, compared: [String: String],
                direction: ProjectionOptions.Direction, weighted: Bool) {
        self.correlation = correlation
        self.title = title
        self.compared = compared
        self.direction = direction
        self.weighted = weighted
    }

    private struct Document: Encodable {
        var title: String
        var compared: [String: String]
        var direction: String
        var weighted: Bool
        var actors: Int
        var correlation: Double?
        var p_greater_or_equal: Double?
        var p_less_or_equal: Double?
        var permutations: Int
        var seed: UInt64
        var summary: [String]

        enum CodingKeys: String, CodingKey {
            case title, compared, direction, weighted, actors, correlation, p_greater_or_equal, p_less_or_equal
            case permutations, seed, summary
        }

        // An undefined correlation is written as null, not left out.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(compared, forKey: .compared)
            try container.encode(direction, forKey: .direction)
            try container.encode(weighted, forKey: .weighted)
            try container.encode(actors, forKey: .actors)
            try container.encode(correlation, forKey: .correlation)
            try container.encodeIfPresent(p_greater_or_equal, forKey: .p_greater_or_equal)
            try container.encodeIfPresent(p_less_or_equal, forKey: .p_less_or_equal)
            try container.encode(permutations, forKey: .permutations)
            try container.encode(seed, forKey: .seed)
            try container.encode(summary, forKey: .summary)
        }
    }

    /// The report as JSON: `correlation`, `p_greater_or_equal`, `p_less_or_equal`,
    /// `permutations`, `seed`, `actors` (how many the networks are compared over), what was
    /// compared, and a sentence, with `schema_version` and `provenance`. Its schema is
    /// `docs/schemas/qap.schema.json`.
    ///
    /// - Parameter provenance: How the report was made.
    /// - Returns: Indented JSON with sorted keys.
    /// - Throws: `EncodingError` when a value cannot be encoded.
    public func json(provenance: Provenance) throws -> String {
        try ResultJSON.text(
            Document(title: title, compared: compared, direction: direction.rawValue, weighted: weighted,
                     actors: correlation.actors, correlation: correlation.correlation,
                     p_greater_or_equal: correlation.pGreaterOrEqual, p_less_or_equal: correlation.pLessOrEqual,
                     permutations: correlation.permutations, seed: correlation.seed, summary: [correlation.sentence]),
            provenance: provenance)
    }

    /// The report for a terminal: the title, what was compared, the figures and the sentence,
    /// every name escaped.
    ///
    /// - Returns: The lines, without a final line break.
    public func text() -> String {
        let what = if let year = compared["year"] {
            "\(compared["types_a"] ?? "") ties against \(compared["types_b"] ?? "") ties in \(year)"
        } else {
            "\(compared["from"] ?? "") against \(compared["to"] ?? "") (\(compared["types"] ?? "") types)"
        }
        func number(_ value: Double?) -> String { value.map { String(format: "%.4f", $0) } ?? "–" }
        var table = TextTable([("figure", .left), ("value", .right)])
        table.append(["actors compared", String(correlation.actors)])
        table.append(["correlation", number(correlation.correlation)])
        table.append(["p (≥ observed)", number(correlation.pGreaterOrEqual)])
        table.append(["p (≤ observed)", number(correlation.pLessOrEqual)])
        table.append(["permutations", String(correlation.permutations)])
        table.append(["seed", String(correlation.seed)])
        return [
            TerminalText.escaped(title),
            TerminalText.escaped("QAP: \(what), \(direction.rawValue), \(weighted ? "weighted" : "unweighted")"),
            "",
            table.render(maximumWidth: 26),
            "",
            correlation.sentence,
        ].joined(separator: "\n")
    }
}
