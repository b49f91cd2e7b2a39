extension HTMLReport {
    /// The measures a report about `measure` reads from its series: the per-year tables'
    /// columns, PageRank and betweenness for the concentration chart (degree centralisation
    /// needs no column), and what its power shift reads.
    ///
    /// - Parameter measure: The measure of power the report is about.
    /// - Returns: The measures to ask each year's ``MetricsTable`` for.
    public static func measures(for measure: Measure) -> Set<Measure> {
        Set(tableMeasures + [.pagerank, .betweenness]).union(PowerShift.measures(for: measure))
    }
}
