/// A Graphviz layout engine, and what ActorMap asks of each so that a map stays readable
/// and a layout always finishes.
public enum LayoutEngine: String, CaseIterable, Sendable, Hashable {
    /// Layered drawing; clear for small maps, slow and tangled on large ones with cycles.
    case dot
    /// Stress majorization: distances in the drawing follow path lengths in the map.
    case neato
    /// Force-directed, with clusters.
    case fdp
    /// Multilevel force-directed: the one that stays fast on thousands of actors.
    case sfdp
    /// Circular.
    case circo
    /// Radial, in rings around a centre; good for one actor's ego network.
    case twopi

    /// The largest map drawn with dot when no engine is given.
    public static let layeredLimit = 50
    /// The largest map drawn with neato when no engine is given; sfdp beyond.
    public static let stressLimit = 400

    /// The most actors this engine lays out in seconds (measured with Graphviz 2.42 on maps
    /// with two ties per actor, funding loops included), or `nil` for sfdp, which stays fast.
    /// Beyond it a layout can take minutes.
    public var comfortableLimit: Int? {
        switch self {
        case .dot, .circo: 100
        case .neato, .fdp: 1000
        case .twopi: 2000
        case .sfdp: nil
        }
    }

    /// The engine for a map of `actors` actors when none is asked for, and the reason, in a
    /// sentence for the analyst.
    ///
    /// Measured with Graphviz 2.42: dot takes 1.4 s on 1,000 actors but can stall for
    /// minutes on a few hundred with funding loops; neato takes 3.6 s on 1,000; sfdp 0.2 s.
    /// An ego network (`focused`) is drawn in rings around its centre.
    public static func recommended(actors: Int, focused: Bool = false) -> (engine: LayoutEngine, reason: String) {
        let count = "\(actors) actor\(actors == 1 ? "" : "s")"
        if focused {
            return (.twopi, "twopi: an ego network is drawn in rings around its centre")
        }
        if actors <= layeredLimit {
            return (.dot, "dot: \(count) is few enough for a layered drawing (up to \(layeredLimit))")
        }
        if actors <= stressLimit {
            return (.neato, "neato: \(count) is too many for a readable layered drawing, few enough for neato (up to \(stressLimit))")
        }
        return (.sfdp, "sfdp: \(count) is more than neato lays out quickly (\(stressLimit)); sfdp stays fast")
    }

    /// Graph attributes for this engine: bounds on dot's searches so that it never stalls,
    /// and overlap removal for the others so that no two actors cover each other.
    ///
    /// Engines other than dot draw straight edges (parallel ties fanned apart as curves):
    /// Graphviz 2.42's routing of splines around nodes costs ten times the layout on a
    /// 30-actor map, and can abort the process on an assertion in `multispline.c`.
    var graphAttributes: DOTAttributes {
        switch self {
        case .dot:
            // Network simplex and crossing minimisation are what stall on cyclic maps;
            // these bounds keep a 300-actor map with funding loops to seconds. Packing lays
            // actors without ties beside the rest instead of along the top rank.
            [.nslimit: .number(2), .nslimit1: .number(2), .mclimit: .number(0.5), "ranksep": .number(0.6), "nodesep": .number(0.3),
             .pack: .boolean(true)]
        case .neato, .fdp:
            [.overlap: .identifier("prism"), .splines: .identifier("line"), .sep: .identifier("+8"), .pack: .boolean(true)]
        case .sfdp:
            [.overlap: .identifier("prism"), .splines: .identifier("line"), .sep: .identifier("+4")]
        case .circo:
            [.splines: .identifier("line")]
        case .twopi:
            [.overlap: .identifier("prism"), .splines: .identifier("line"), "ranksep": .number(1.2)]
        }
    }
}
