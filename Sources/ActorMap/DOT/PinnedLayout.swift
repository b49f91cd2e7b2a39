/// A point of a Graphviz drawing, in points (1/72 inch), with y growing upwards as
/// Graphviz measures it.
public struct DiagramPoint: Hashable, Sendable, Codable {
    /// Across, in points.
    public var x: Double
    /// Up, in points.
    public var y: Double

    /// The point `x` points across and `y` up.
    ///
    /// - Parameters:
    ///   - x: Across, in points.
    ///   - y: Up, in points.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// The width and height of a drawn node, in points.
public struct DiagramSize: Hashable, Sendable, Codable {
    /// Across, in points.
    public var width: Double
    /// Up and down, in points.
    public var height: Double

    /// A size of `width` by `height` points.
    ///
    /// - Parameters:
    ///   - width: Across, in points.
    ///   - height: Up and down, in points.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}

/// Where each actor sits, by actor id, so that diagrams of several moments put every actor in
/// the same place and what changes on screen is the relationships.
///
/// Made once by laying out the union of all the moments (see `Graphviz.stableLayout` in
/// ActorMapGraphviz). A diagram with a pinned layout is drawn by Graphviz's `nop2` engine
/// (`neato -n2`): it keeps every position exactly and only routes the ties. The diagram also
/// carries two invisible corner nodes at the layout's bounds, so that every moment's drawing
/// has the same extent and an actor is at the same place on the page, not only in the
/// drawing's coordinates.
public struct PinnedLayout: Hashable, Sendable {
    /// The centre of each actor, by actor id.
    public var positions: [String: DiagramPoint]

    /// Graphviz's engine for a pinned drawing: positions as given, in points.
    public static let engine = "nop2"

    /// The route of each relationship's edge, by dataset relationship index, as Graphviz
    /// writes a spline (`e,x,y x1,y1 …`), for a drawing of one moment laid out by an engine
    /// that routes edges around the actors; edges without one are drawn straight.
    public var routes: [Int: String]

    /// The width and height in points that Graphviz gave actors it drew, by actor id: the
    /// room an actor's shape takes once its name is set, which the row of untied actors
    /// leaves between them. An actor without one gets a rough estimate.
    public var sizes: [String: DiagramSize]

    /// A layout that puts actors at `positions`.
    ///
    /// - Parameters:
    ///   - positions: The centre of each actor, by actor id.
    ///   - routes: The route of each relationship's edge, by dataset relationship index.
    ///   - sizes: The size Graphviz gave actors it drew, by actor id.
    public init(positions: [String: DiagramPoint], routes: [Int: String] = [:], sizes: [String: DiagramSize] = [:]) {
        self.positions = positions
        self.routes = routes
        self.sizes = sizes
    }

    /// The lowest and highest corners of the positions, widened by `margin` points to leave
    /// room for the actors drawn around them; `nil` when there are none.
    ///
    /// - Parameter margin: How far to widen the box on every side, in points.
    /// - Returns: The lower-left and upper-right corners.
    /// - Complexity: O(*a*) for *a* actors placed.
    public func bounds(margin: Double = 60) -> (lower: DiagramPoint, upper: DiagramPoint)? {
        guard let first = positions.values.first else { return nil }
        var lower = first, upper = first
        for point in positions.values {
            lower = DiagramPoint(x: min(lower.x, point.x), y: min(lower.y, point.y))
            upper = DiagramPoint(x: max(upper.x, point.x), y: max(upper.y, point.y))
        }
        return (DiagramPoint(x: lower.x - margin, y: lower.y - margin), DiagramPoint(x: upper.x + margin, y: upper.y + margin))
    }

    /// The `pos` attribute pinning a node at `point`.
    static func position(_ point: DiagramPoint) -> DOTValue {
        .text(DOTEscaping.fixed(point.x, decimals: 2) + "," + DOTEscaping.fixed(point.y, decimals: 2) + "!")
    }

    /// Pins the nodes of `graph` whose actors have a position and adds the corner nodes.
    /// `actorIDs[k]` is the actor id of the graph's node `k`.
    func pin(_ graph: inout DOTGraph, actorIDs: [String]) {
        graph.attributes[.layout] = .identifier(Self.engine)
        for (number, id) in actorIDs.enumerated() {
            if let point = positions[id] { graph.nodes[number].attributes[.pos] = Self.position(point) }
        }
        guard let (lower, upper) = bounds() else { return }
        for (name, corner) in [("corner0", lower), ("corner1", upper)] {
            graph.nodes.append(DOTGraph.Node(name, [
                .style: .identifier("invis"), .shape: .identifier("point"), .width: .number(0), .height: .number(0),
                .label: .text(""), .pos: Self.position(corner),
            ]))
        }
    }
}
