import Foundation

/// The filters a result was measured with and what they removed, as the JSON of `series`
/// and `shift` states them under `filters`, so that no reader has to parse a note: the
/// `--where` expressions and, at each moment measured, the actors and ties they removed;
/// the evidence thresholds (`--min-confidence`, `--min-sources`) and the relationships they
/// left out.
///
/// The object is always there: a run without filters says so with an empty `where`, no
/// moments and `evidence` `null`.
public struct ResultFilters: Encodable, Hashable, Sendable {
    /// What `--where` removed at one moment measured.
    public struct Moment: Encodable, Hashable, Sendable {
        /// The moment, as results name it (`2015`, `2010..2012`).
        public var time: String
        /// The actors on the map at the moment before filtering.
        public var actorsBefore: Int
        /// The actors the filter removed.
        public var actorsRemoved: Int
        /// The ties on the map at the moment before filtering.
        public var tiesBefore: Int
        /// The ties removed with their actors.
        public var tiesRemoved: Int

        enum CodingKeys: String, CodingKey {
            case time
            case actorsBefore = "actors_before", actorsRemoved = "actors_removed"
            case tiesBefore = "ties_before", tiesRemoved = "ties_removed"
        }
    }

    /// Each `--where` as given, in order; empty when none ran.
    public var `where`: [String]
    /// What `--where` removed at each moment measured, in order; empty when none ran.
    public var moments: [Moment]
    /// What the evidence thresholds left out of the map's relationships of the types
    /// measured, in every year; `nil` when no threshold was asked for.
    public var evidence: EvidenceFilter.Effect?

    enum CodingKeys: String, CodingKey {
        case `where`, moments, evidence
    }

    /// The filters `tables` were measured with, and what they removed.
    ///
    /// - Parameter tables: The measured moments, in order, all measured with the same
    ///   projection (as a series' or a shift's are).
    /// - Complexity: O(*t* + *r*) for *t* tables and *r* relationships of the map.
    public init(_ tables: [MetricsTable]) {
        let projection = tables.first?.options.projection ?? ProjectionOptions()
        `where` = projection.actorFilter.expressions
        moments = tables.compactMap { table in
            table.snapshot.filtering.map {
                Moment(time: table.snapshot.time.description, actorsBefore: $0.actorsBefore, actorsRemoved: $0.actorsRemoved,
                       tiesBefore: $0.tiesBefore, tiesRemoved: $0.tiesRemoved)
            }
        }
        let thresholds = projection.evidence
        if let dataset = tables.first?.snapshot.dataset,
           (thresholds.minimumConfidence.map { $0 > .low } ?? false) || thresholds.minimumSources > 0 {
            evidence = thresholds.effect(on: dataset, types: projection.types)
        } else {
            evidence = nil
        }
    }

    /// Writes every field, `evidence` as `null` when no threshold was asked for.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: `EncodingError` when a value cannot be encoded.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(`where`, forKey: .where)
        try container.encode(moments, forKey: .moments)
        try container.encode(evidence, forKey: .evidence)
    }
}
