extension DiagramOptions {
    /// The figures every actor's tooltip gives when the map is measured.
    public static let tooltipMeasures: [Measure] = [.degree, .betweenness, .pagerank]

    /// The largest map whose tooltips get figures without being asked: measuring takes
    /// about as long as sfdp's layout beyond it.
    public static let measuredTooltipLimit = 2000

    /// The measures a drawing of `snapshot` shows: the tooltip figures (on a map of up to
    /// ``measuredTooltipLimit`` actors, or whenever a size or communities are asked for),
    /// the measure that sizes the actors, and the communities that colour them.
    ///
    /// - Parameters:
    ///   - snapshot: The moment drawn.
    ///   - size: The measure an actor's area is proportional to, if any.
    ///   - communities: Whether the actors are filled by community.
    /// - Returns: What a ``MetricsTable`` is to compute for ``show(_:size:communities:)``;
    ///   empty when nothing is to be measured.
    /// - Complexity: O(1).
    public static func measuresShown(in snapshot: Snapshot, size: Measure?, communities: Bool) -> Set<Measure> {
        guard size != nil || communities || snapshot.actorIndices.count <= measuredTooltipLimit else { return [] }
        return Set(tooltipFigures(adding: size) + (communities ? [.community] : []))
    }

    /// Shows `table`'s figures: each actor's tooltip lists the tooltip measures (and `size`),
    /// the actors' areas follow `size`, and their fill their community when `communities`.
    ///
    /// - Parameters:
    ///   - table: The measures of the snapshot drawn, computed for at least
    ///     ``measuresShown(in:size:communities:)``.
    ///   - size: The measure an actor's area is proportional to, if any.
    ///   - communities: Whether the actors are filled by community.
    /// - Throws: ``DiagramError`` when `size` is undefined for the map, saying why.
    /// - Complexity: O(*a*) for *a* actors in the snapshot.
    public mutating func show(_ table: MetricsTable, size: Measure?, communities: Bool) throws(DiagramError) {
        figures = Self.tooltipFigures(adding: size).compactMap { Self.figures(table, $0) }
        if communities, let values = table.columns[.community] {
            coloring = .community(values.map { Int($0) })
        }
        if let size {
            guard let figures = Self.figures(table, size) else {
                throw DiagramError("\(size.name) is undefined for this map: \(table.undefined[size]?.reason ?? "no value").")
            }
            self.size = figures
        }
    }

    /// The tooltip measures, then `size` when it is not among them.
    private static func tooltipFigures(adding size: Measure?) -> [Measure] {
        tooltipMeasures + [size].compactMap { $0 }.filter { !tooltipMeasures.contains($0) }
    }

    /// A measure's column as figures for the diagram, or `nil` when it is undefined for the map.
    private static func figures(_ table: MetricsTable, _ measure: Measure) -> ActorFigures? {
        table.columns[measure].map { ActorFigures(name: measure.name, values: $0) }
    }
}

/// One scale of areas for the drawings of several moments: the figure drawn at the largest
/// area in each of them, so that one figure is drawn at one size in every year of a timeline
/// or a report, rather than each year's largest at the largest area.
public struct SizeScale: Hashable, Sendable {
    /// The figure drawn at the largest area: the largest over the moments.
    public var largest: Double
    /// The moments the scale is shared by, as the legend says them, such as `2010–2020`.
    public var span: String

    /// A scale whose largest area stands for `largest`.
    ///
    /// - Parameters:
    ///   - largest: The figure drawn at the largest area.
    ///   - span: The moments sharing the scale, as the legend says them.
    public init(largest: Double, span: String) {
        self.largest = largest
        self.span = span
    }
}
