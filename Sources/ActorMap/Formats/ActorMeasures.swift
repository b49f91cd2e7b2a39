/// Measures of every actor in one year, to write beside the map in GraphML or GEXF.
public struct ActorMeasures: Sendable {
    /// The year the measures were taken in.
    public var year: Int
    /// For each measure, one value per actor of the dataset, in `Dataset.actors` order:
    /// `.nan` where the actor is not on the map that year or the measure is undefined for it.
    public var columns: [Measure: [Double]]

    /// Measures of one year, given by column.
    ///
    /// - Parameters:
    ///   - year: The year measured.
    ///   - columns: For each measure, one value per actor of the dataset, in its order.
    public init(year: Int, columns: [Measure: [Double]]) {
        self.year = year
        self.columns = columns
    }

    /// The measures in the order `Measure` lists them, so that files come out the same way
    /// every time.
    var measures: [Measure] { Measure.allCases.filter { columns[$0] != nil } }
}

extension ActorMeasures {
    /// A table's measures, laid out by the dataset's actors rather than the projection's
    /// nodes.
    /// - Parameters:
    ///   - table: The measures of one snapshot.
    ///   - year: The year it shows.
    /// - Complexity: O(*n* · *k*) for *n* actors and *k* measures.
    public init(_ table: MetricsTable, year: Int) {
        let actorCount = table.snapshot.dataset.actors.count
        let actorIndices = table.projection.actorIndices
        self.init(year: year, columns: table.columns.mapValues { values in
            var byActor = [Double](repeating: .nan, count: actorCount)
            for (node, value) in values.enumerated() { byActor[actorIndices[node]] = value }
            return byActor
        })
    }
}
