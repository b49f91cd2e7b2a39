extension HTMLReport {
    /// The measures a report about `measure` reads from its series: the per-year tables'
    /// columns, what the concentration chart's figures rest on (PageRank and betweenness;
    /// degree centralisation needs no column), and what its power shift reads.
    ///
    /// - Parameter measure: The measure of power the report is about.
    /// - Returns: The measures to ask each year's ``MetricsTable`` for.
    public static func measures(for measure: Measure) -> Set<Measure> {
        Set(tableMeasures)
            .union(GraphMetrics.measures(for: Set(concentrationLines.map(\.figure))))
            .union(PowerShift.measures(for: measure))
    }

    /// The map figures a report about `measure` reads from its series: the three lines of
    /// the concentration chart and what its power shift reads.
    ///
    /// - Parameter measure: The measure of power the report is about.
    /// - Returns: The figures to ask each year's ``MetricsTable`` for, with
    ///   ``measures(for:)``.
    /// - Complexity: O(1).
    public static func mapFigures(for measure: Measure) -> Set<MapFigure> {
        Set(concentrationLines.map(\.figure)).union(PowerShift.mapFigures(for: measure))
    }

    /// The lines of the chart of concentration: the map figure each draws, and how.
    static let concentrationLines: [(figure: MapFigure, label: String, color: String, dashed: Bool)] = [
        (.pagerankGini, "Gini of PageRank", "#0072B2", false),
        (.degreeCentralization, "Degree centralisation", "#D55E00", true),
        (.betweennessCentralization, "Betweenness centralisation", "#009E73", true),
    ]
}
