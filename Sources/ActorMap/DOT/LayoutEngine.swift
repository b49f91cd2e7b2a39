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

    /// The most actors drawn with dot when no engine is given.
    public static let layeredLimit = 50
    /// The most actors drawn with dot when no engine is given and no tie lies on a loop: such
    /// a map falls into layers (who funds whom), which dot draws top to bottom.
    public static let loopFreeLayeredLimit = 100
    /// The most actors drawn with neato when no engine is given; sfdp beyond.
    public static let stressLimit = 400
    /// The longest layout, in expected seconds, that the engine of choice may take: beyond it
    /// the next engine is chosen (dot, then neato, then sfdp).
    public static let quickLayout = 2.0

    /// The time this engine is expected to take to lay out and draw `workload`, in seconds of
    /// one core, from Graphviz 2.42 on maps of 50 to 10,000 actors (Benchmarks/make_map.py).
    ///
    /// A rough guide, within a factor of two or three, meant to tell seconds from minutes:
    /// - dot: 0.15 ms per actor and tie, plus 6 µs per tie squared for the share of actors
    ///   on loops (300 actors and 600 funding ties in loops: 2.5 s; the same without loops:
    ///   0.16 s; 50 actors with 500 ties: 0.9 s; 50 with 9,800: over a minute);
    /// - neato: 6 µs per pair of actors (stress majorization works on all pairs), plus 25 µs
    ///   per tie: 0.3 s at 200 actors, 6 s at 1,000;
    /// - fdp: 3 µs per pair, 0.2 ms per tie; circo: 5 µs per actor cubed (0.35 s at 50,
    ///   about a minute at 200);
    /// - sfdp and twopi: 0.4 ms per actor and tie (sfdp: 1.2 s on 1,000 actors, 4 s on
    ///   10,000).
    ///
    /// - Parameter workload: The actors, ties and loops to lay out.
    /// - Returns: Seconds of one core.
    /// - Complexity: O(1).
    public func expectedSeconds(for workload: LayoutWorkload) -> Double {
        let actors = Double(workload.actors), ties = Double(workload.ties)
        let onLoops = workload.actors > 0 ? Double(workload.actorsOnLoops) / actors : 0
        return switch self {
        case .dot: 0.02 + 1.5e-4 * (actors + ties) + 6e-6 * ties * ties * onLoops
        case .neato: 0.03 + 6e-6 * actors * actors + 2.5e-5 * ties
        case .fdp: 0.03 + 3e-6 * actors * actors + 2e-4 * ties
        case .circo: 0.03 + 5e-6 * actors * actors * actors + 2e-4 * ties
        case .sfdp, .twopi: 0.03 + 4e-4 * (actors + ties)
        }
    }

    /// The engine for `workload` when none is asked for, and the reason, in a sentence for
    /// the analyst.
    ///
    /// dot for small maps, and for maps of up to ``loopFreeLayeredLimit`` actors without
    /// loops, as long as it is quick (``expectedSeconds(for:)`` at most ``quickLayout``):
    /// many ties among few actors, or ties in loops, make it stall. neato up to
    /// ``stressLimit`` actors, sfdp beyond. An ego network (`focused`) is drawn in rings
    /// around its centre.
    ///
    /// - Parameters:
    ///   - workload: The drawing's actors, ties and actors on loops.
    ///   - focused: Whether the drawing is one actor's ego network.
    ///   - layered: Whether dot may be chosen; a layout that pins every actor for several
    ///     drawings asks for neato or sfdp.
    /// - Returns: The engine, and why it was chosen.
    public static func recommended(
        for workload: LayoutWorkload, focused: Bool = false, layered: Bool = true
    ) -> (engine: LayoutEngine, reason: String) {
        let actors = workload.actors
        let size = workload.described
        if focused {
            return (.twopi, "twopi: an ego network is drawn in rings around its centre")
        }
        let loopFree = workload.actorsOnLoops == 0
        let onLoops = counted(workload.actorsOnLoops, "actor")
        let fewEnough = actors <= layeredLimit || loopFree && actors <= loopFreeLayeredLimit
        // Why neato or sfdp rather than dot, in the words of what decided it.
        let notLayered: String
        if !layered {
            notLayered = "a layout of \(size) kept for several drawings is not layered"
        } else if fewEnough, dot.expectedSeconds(for: workload) <= quickLayout {
            return actors <= layeredLimit
                ? (.dot, "dot: \(size) are few enough for a layered drawing (up to \(layeredLimit) actors)")
                : (.dot, "dot: \(size) with no loop among the relationships fall into layers (up to \(loopFreeLayeredLimit) actors)")
        } else if fewEnough {
            notLayered = loopFree
                ? "\(size) are too many relationships for dot, which routes every one between its layers"
                : "\(size) are too many relationships on loops for dot (\(onLoops) on loops), which must break every loop across its layers"
        } else if actors <= loopFreeLayeredLimit {
            notLayered = "\(size) with \(onLoops) on loops are too many for a readable layered drawing (up to \(layeredLimit) actors, or \(loopFreeLayeredLimit) without loops)"
        } else {
            notLayered = "\(size) are too many for a readable layered drawing"
        }
        if actors <= stressLimit, neato.expectedSeconds(for: workload) <= quickLayout {
            return (.neato, "neato: \(notLayered); neato lays them out quickly (up to \(stressLimit) actors)")
        }
        if actors <= stressLimit {
            return (.sfdp, "sfdp: \(notLayered), and too many relationships for neato to be quick; sfdp stays fast")
        }
        return (.sfdp, "sfdp: \(size) are more than neato lays out quickly (up to \(stressLimit) actors); sfdp stays fast")
    }

    /// "1 actor", "9,800 relationships".
    static func counted(_ count: Int, _ noun: String) -> String {
        var digits = String(count), grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return "\(digits)\(grouped) \(noun)\(count == 1 ? "" : "s")"
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
        case .neato:
            // Stress majorization converges by 100 steps on actor maps: on 1,000 actors the
            // default 200 cost 2.2 s for a stress 2.6 % lower than 100 steps' in 1.4 s.
            [.overlap: .identifier("prism"), .splines: .identifier("line"), .sep: .identifier("+8"), .pack: .boolean(true),
             "maxiter": .number(100)]
        case .fdp:
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
