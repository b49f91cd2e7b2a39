import Foundation

/// Two moments of a map drawn as one: the actors of either at their stable places, filled on
/// a diverging blue–white–orange scale by their change in the measure of a ``PowerShift``;
/// ties formed in blue, ties dissolved dashed and faded, ties that took the place of another
/// type between the same pair in purple and labelled with what they were; actors who entered
/// with a double border, actors who left with a dashed one; and a legend saying so.
///
/// Blue and orange stay apart for every common form of colour blindness. Every name goes
/// through DOT escaping.
public struct DiffDiagram: Sendable {
    public let graph: DOTGraph

    /// Colours of the scale's ends and of the kinds of tie.
    public static let fell = "#2166AC", rose = "#E66101", formed = "#0072B2", dissolved = "#9A9A9A",
        kept = "#555555", retyped = "#8E3C8E"

    /// Draws `shift` with the actors at `layout`'s places.
    public init(_ shift: PowerShift, layout: PinnedLayout) {
        let dataset = shift.before.snapshot.dataset
        let types = dataset.vocabulary.relationshipTypes
        let present = Array(Set(shift.before.snapshot.actorIndices + shift.after.snapshot.actorIndices)).sorted()
        let entered = Set(shift.entered), exited = Set(shift.exited)
        var changes = [Int: Double]()
        for row in shift.actors { if let change = row.change, change.isFinite { changes[row.actor] = change } }
        let largest = changes.values.map(abs).max() ?? 0
        var nodeIDs = [Int: String]()
        var nodes: [DOTGraph.Node] = []
        for (number, actor) in present.enumerated() {
            nodeIDs[actor] = "a\(number)"
            let change = changes[actor] ?? 0
            var attributes: DOTAttributes = [
                .id: .identifier("actor-\(dataset.actors[actor].id)"),
                .label: .text(DiagramBuilder.wrapped(dataset.actors[actor].name)),
                .fillcolor: .color(Self.diverging(largest > 0 ? change / largest : 0)),
                // Names stay legible on the darkest fills.
                .fontcolor: .color(largest > 0 && abs(change) / largest > 0.6 ? "#FFFFFF" : "#000000"),
                .tooltip: .tooltip("\(dataset.actors[actor].name)\n\(shift.measure.name) change \(DiagramBuilder.formatted(change))"),
            ]
            if entered.contains(actor) {
                attributes[.peripheries] = .integer(2)
                attributes[.class] = .identifier("actor entered")
            } else if exited.contains(actor) {
                attributes[.style] = .identifier("filled,dashed")
                attributes[.class] = .identifier("actor exited")
            } else {
                attributes[.class] = .identifier("actor")
            }
            nodes.append(DOTGraph.Node("a\(number)", attributes))
        }
        var retypedPairs = [Pair: [Int]]()
        for transition in shift.transitions { retypedPairs[Pair(transition.actors.0, transition.actors.1)] = transition.before }
        var edges: [DOTGraph.Edge] = []
        let ties = shift.ties
        for (keys, change) in [(ties.persisted, "kept"), (ties.removed, "dissolved"), (ties.added, "formed")] {
            for key in keys {
                guard let from = nodeIDs[key.from], let to = nodeIDs[key.to] else { continue }
                var attributes: DOTAttributes = [
                    .class: .identifier("tie \(change) type-\(types[key.type].id)"),
                    .tooltip: .tooltip("\(types[key.type].label), \(change)"),
                    .dir: .identifier(types[key.type].directed ? "forward" : "none"),
                ]
                switch change {
                case "dissolved":
                    attributes[.color] = .color(Self.dissolved)
                    attributes[.style] = .identifier("dashed")
                case "formed":
                    if let was = retypedPairs[Pair(key.from, key.to)] {
                        attributes[.color] = .color(Self.retyped)
                        attributes[.penwidth] = .number(2.5)
                        attributes[.class] = .identifier("tie retyped type-\(types[key.type].id)")
                        attributes[.xlabel] = .text("was " + was.map { types[$0].label }.joined(separator: " + "))
                    } else {
                        attributes[.color] = .color(Self.formed)
                        attributes[.penwidth] = .number(2)
                    }
                default:
                    attributes[.color] = .color(Self.kept)
                }
                edges.append(DOTGraph.Edge(from: from, to: to, attributes))
            }
        }
        let from = shift.before.snapshot.time.description, to = shift.after.snapshot.time.description
        let legend = [
            "\(dataset.title): \(from) → \(to)",
            "Fill: change in \(shift.measure.name), blue fell · white unchanged · orange rose",
            "Double border: entered · dashed border: left",
            "Blue tie: formed · grey dashed: dissolved · purple: changed type (was …) · dark grey: kept",
        ].joined(separator: "\n")
        var graph = DOTGraph(
            name: "actormap_diff", isDirected: true,
            attributes: [
                .fontname: .text(DiagramBuilder.fontName), .label: .text(legend), .labelloc: .identifier("t"),
                .labeljust: .identifier("l"), .bgcolor: .color("#FFFFFF"), .pad: .number(0.3),
                .splines: .identifier("line"), .outputorder: .identifier("edgesfirst"),
            ],
            nodeDefaults: [
                .fontname: .text(DiagramBuilder.fontName), .fontsize: .number(11), .style: .identifier("filled"),
                .shape: .identifier("ellipse"), .color: .color("#333333"), .margin: .identifier("0.08,0.04"),
            ],
            edgeDefaults: [.fontname: .text(DiagramBuilder.fontName), .fontsize: .number(9), .arrowsize: .number(0.7)],
            nodes: nodes, edges: edges)
        layout.pin(&graph, actorIDs: present.map { dataset.actors[$0].id })
        self.graph = graph
    }

    /// The DOT text.
    public var text: String { graph.text }

    /// A colour on the blue–white–orange scale for `t` from -1 (fell most) to 1 (rose most).
    static func diverging(_ t: Double) -> String {
        let t = max(-1, min(1, t.isFinite ? t : 0))
        let end: (Double, Double, Double) = t < 0 ? (0x21, 0x66, 0xAC) : (0xE6, 0x61, 0x01)
        let a = abs(t)
        let channels = [end.0, end.1, end.2].map { Int((255 + (($0) - 255) * a).rounded()) }
        return "#" + channels.map { String(format: "%02X", $0) }.joined()
    }

    private struct Pair: Hashable {
        var low: Int, high: Int
        init(_ a: Int, _ b: Int) { (low, high) = (min(a, b), max(a, b)) }
    }
}
