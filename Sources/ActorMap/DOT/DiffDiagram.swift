import Foundation

/// Two moments of a map drawn as one: the actors of either at their stable places, shaped
/// by kind, outlined in their group's colour and filled on a diverging blue–white–orange
/// scale by their change in the measure of a ``PowerShift``; actors who entered with a
/// double border, actors who left with a dashed one.
///
/// Every tie keeps its type's own colour, dash and end marks, as on the map of one year
/// (contention stays a dashed bar-ended line); what happened to it is a separate channel:
/// a tie formed is drawn thick, a tie dissolved faint and thin, a tie kept plain, and a pair
/// whose tie changed type is one thick edge of its new type labelled with the change
/// ("Contention → Memorandum of understanding"). There is one edge per pair of actors and
/// type, whatever the directions. The legend explains both channels.
///
/// Blue and orange stay apart for every common form of colour blindness. Every name goes
/// through DOT escaping.
public struct DiffDiagram: Sendable {
    /// The styled graph, ready to be written as DOT or drawn by Graphviz's `nop2`.
    public let graph: DOTGraph

    /// Colours of the scale's ends.
    public static let fell = "#2166AC", rose = "#E66101"

    /// What happened to a tie between the two moments.
    public enum TieFate: String, Sendable, CaseIterable {
        /// The pair had a tie of this type at both moments.
        case kept
        /// The pair has a tie of this type only at the later moment.
        case formed
        /// The pair had a tie of this type only at the earlier moment.
        case dissolved
        /// The pair's tie changed type: drawn as one edge of its new type.
        case retyped

        /// The pen width of a plain line of this fate; a bold type's is wider still.
        var penWidth: Double {
            switch self {
            case .kept, .dissolved: 1.2
            case .formed, .retyped: 3.6
            }
        }

        /// The opacity of the line, as two hexadecimal digits appended to its colour.
        var alpha: String { self == .dissolved ? "55" : "" }
    }

    /// One edge of the diff: a pair of actors, a type, and what happened to it.
    struct DrawnTie {
        var from: Int, to: Int, type: Int
        var fate: TieFate
        var bothWays = false
        /// For a retyped tie, the types the pair had before.
        var was: [Int] = []
    }

    /// The words a drawing of change uses for its two sides, in its title, legend and
    /// tooltips: two years by default, or a map as it is and without some actors
    /// (``WhatIf``).
    public struct Wording: Sendable, Hashable {
        /// The drawing's title, such as "Mukuru: 2012 → 2020".
        public var title: String
        /// How a tooltip places a value on the first side, such as "in 2012".
        public var before: String
        /// How a tooltip places a value on the second side, such as "in 2020".
        public var after: String
        /// What a tooltip calls an actor on the second side only, such as "entered".
        public var entered: String
        /// What a tooltip calls an actor on the first side only, such as "left".
        public var exited: String
        /// What the legend says an actor on the second side only did, such as "entered by 2020".
        public var enteredKey: String
        /// What the legend says an actor on the first side only did, such as "left by 2020".
        public var exitedKey: String
        /// What the legend says of each fate of a tie.
        public var fates: [TieFate: String]

        /// Words of your own.
        ///
        /// - Parameters:
        ///   - title: The drawing's title.
        ///   - before: How a tooltip places a value on the first side ("as it is").
        ///   - after: How a tooltip places a value on the second side ("without the county").
        ///   - entered: What a tooltip calls an actor on the second side only.
        ///   - exited: What a tooltip calls an actor on the first side only ("removed").
        ///   - enteredKey: What the legend says an actor on the second side only did.
        ///   - exitedKey: What the legend says an actor on the first side only did.
        ///   - fates: What the legend says of each fate of a tie.
        public init(
            title: String, before: String, after: String, entered: String, exited: String, enteredKey: String, exitedKey: String,
            fates: [TieFate: String]
        ) {
            self.title = title
            self.before = before
            self.after = after
            self.entered = entered
            self.exited = exited
            self.enteredKey = enteredKey
            self.exitedKey = exitedKey
            self.fates = fates
        }

        /// The words for `shift` between two moments: "in 2012", "left by 2020".
        ///
        /// - Parameter shift: The change between two moments.
        public init(_ shift: PowerShift) {
            let from = shift.before.snapshot.time.description, to = shift.after.snapshot.time.description
            self.init(
                title: "\(shift.before.snapshot.dataset.title): \(from) → \(to)", before: "in \(from)", after: "in \(to)",
                entered: "entered", exited: "left", enteredKey: "entered by \(to)", exitedKey: "left by \(to)",
                fates: [.kept: "kept: tied in \(from) and \(to)", .formed: "formed since \(from)",
                        .dissolved: "dissolved by \(to)", .retyped: "changed type, labelled \"before → after\""])
        }
    }

    /// Draws `shift` with the actors at `layout`'s places.
    ///
    /// - Parameters:
    ///   - shift: The change between two moments, with the measure whose change fills the actors.
    ///   - layout: Where each actor sits, such as ``PinnedLayout`` made over both moments.
    ///   - wording: The words for the two sides; by default the shift's two moments.
    /// - Complexity: O(*a* + *r*) for *a* actors and *r* relationships in either moment.
    public init(_ shift: PowerShift, layout: PinnedLayout, wording: Wording? = nil) {
        let wording = wording ?? Wording(shift)
        let dataset = shift.before.snapshot.dataset
        let vocabulary = dataset.vocabulary
        let styles = zip(vocabulary.relationshipTypes, RelationshipStyle.colors(of: vocabulary)).map(RelationshipStyle.init)
        let groupColors = Palette.groupColors(vocabulary)
        let present = Array(Set(shift.before.snapshot.actorIndices + shift.after.snapshot.actorIndices)).sorted()
        let entered = Set(shift.entered), exited = Set(shift.exited)
        var rows = [Int: PowerShift.ActorShift]()
        for row in shift.actors { rows[row.actor] = row }
        var changes = [Int: Double]()
        for row in shift.actors { if let change = row.change, change.isFinite { changes[row.actor] = change } }
        let largest = changes.values.map(abs).max() ?? 0
        var nodeIDs = [Int: String]()
        var nodes: [DOTGraph.Node] = []
        for (number, actor) in present.enumerated() {
            let id = Diagram.nodeID(number: number)
            nodeIDs[actor] = id
            let change = changes[actor] ?? 0
            let kind = dataset.kind(ofActorAt: actor), group = dataset.actorGroupIndices[actor]
            var attributes: DOTAttributes = [
                .id: .identifier("actor-\(dataset.actors[actor].id)"),
                .label: .text(DiagramBuilder.wrapped(dataset.actors[actor].name)),
                .shape: .identifier(kind.shape ?? "ellipse"),
                .color: .color(groupColors[group]),
                .fillcolor: .color(Self.diverging(largest > 0 ? change / largest : 0)),
                // Names stay legible on the darkest fills.
                .fontcolor: .color(largest > 0 && abs(change) / largest > 0.6 ? "#FFFFFF" : "#000000"),
                .tooltip: .tooltip("\(dataset.actors[actor].name)\n\(kind.label) · \(vocabulary.groups[group].label)\n\(Self.figureLine(rows[actor], of: shift, wording: wording))"),
            ]
            let classes = "actor kind-\(kind.id) group-\(vocabulary.groups[group].id)"
            if entered.contains(actor) {
                attributes[.peripheries] = .integer(2)
                attributes[.class] = .identifier("\(classes) entered")
            } else if exited.contains(actor) {
                attributes[.style] = .identifier("filled,dashed")
                attributes[.class] = .identifier("\(classes) exited")
            } else {
                attributes[.class] = .identifier(classes)
            }
            nodes.append(DOTGraph.Node(id, attributes))
        }
        let ties = Self.drawnTies(shift)
        let evidence = shift.before.options.projection.evidence
        let cited = (TieSources(shift.before.snapshot, admitting: evidence), TieSources(shift.after.snapshot, admitting: evidence))
        let edges = ties.compactMap { tie -> DOTGraph.Edge? in
            guard let from = nodeIDs[tie.from], let to = nodeIDs[tie.to] else { return nil }
            let style = styles[tie.type]
            var attributes = style.attributes(bothWays: tie.bothWays)
            attributes[.color] = .color(style.color + tie.fate.alpha)
            attributes[.penwidth] = .number(tie.fate.penWidth * style.widthFactor)
            attributes[.class] = .identifier("tie \(tie.fate.rawValue) type-\(style.type.id)")
            var tooltip = "\(dataset.actors[tie.from].name) – \(dataset.actors[tie.to].name)\n\(style.type.label), \(tie.fate.rawValue)"
            if tie.fate == .retyped {
                let change = tie.was.map { vocabulary.relationshipTypes[$0].label }.joined(separator: " + ") + " → " + style.type.label
                attributes[.xlabel] = .text(change)
                attributes[.fontcolor] = .color("#333333")
                tooltip = "\(dataset.actors[tie.from].name) – \(dataset.actors[tie.to].name)\n\(change)"
            }
            let key = style.type.directed
                ? TieKey(type: tie.type, from: tie.from, to: tie.to)
                : TieKey(type: tie.type, from: min(tie.from, tie.to), to: max(tie.from, tie.to))
            var sources = tie.fate == .retyped ? cited.0.sources(between: tie.from, and: tie.to) : cited.0.sources(of: key)
            for source in tie.fate == .retyped ? cited.1.sources(between: tie.from, and: tie.to) : cited.1.sources(of: key)
            where !sources.contains(source) { sources.append(source) }
            for id in sources { tooltip += "\nsource: " + (dataset.source(id)?.citation ?? id) }
            attributes[.tooltip] = .tooltip(tooltip)
            return DOTGraph.Edge(from: from, to: to, attributes)
        }
        let heading = Self.heading(shift, wording: wording, styles: styles, groupColors: groupColors, ties: ties, actors: present)
        var graph = DOTGraph(
            name: "actormap_diff", isDirected: true,
            attributes: [
                .fontname: .text(DiagramBuilder.fontName), .label: .html(heading), .labelloc: .identifier("t"),
                .labeljust: .identifier("l"), .bgcolor: .color("#FFFFFF"), .pad: .number(0.3),
                .splines: .identifier("line"), .outputorder: .identifier("edgesfirst"),
            ],
            nodeDefaults: [
                .fontname: .text(DiagramBuilder.fontName), .fontsize: .number(11), .style: .identifier("filled"),
                .penwidth: .number(2), .margin: .identifier("0.08,0.04"),
            ],
            edgeDefaults: [.fontname: .text(DiagramBuilder.fontName), .fontsize: .number(9), .arrowsize: .number(0.7)],
            nodes: nodes, edges: edges)
        layout.pin(&graph, actorIDs: present.map { dataset.actors[$0].id })
        if let bounds = layout.bounds() {
            let kinds = Set(present.map { dataset.actorKindIndices[$0] }).sorted()
            DiagramBuilder.placeSamples(
                DiagramBuilder.kindSamples(kinds, in: vocabulary), heading: "Shape by kind", in: &graph,
                left: bounds.lower.x, bottom: bounds.upper.y, width: max(bounds.upper.x - bounds.lower.x, 900))
        }
        self.graph = graph
    }

    /// The DOT text.
    public var text: String { graph.text }

    /// The edges to draw: one per pair of actors and type, those of a pair whose types
    /// changed merged into one retyped edge per new type.
    /// An actor's measure at the two moments, as its tooltip says it: "PageRank 0.0221 in
    /// 2012, 0.106 in 2020"; an actor who entered or left is on the map at one moment only,
    /// so it has no change.
    static func figureLine(_ row: PowerShift.ActorShift?, of shift: PowerShift, wording: Wording) -> String {
        let title = shift.measure.title
        let from = wording.before, to = wording.after
        func value(_ value: Double?) -> String { value.map(DiagramBuilder.formatted) ?? "undefined" }
        guard let row else { return "\(title): not measured" }
        if shift.entered.contains(row.actor) { return "\(wording.entered): \(title) \(value(row.after)) \(to)" }
        if shift.exited.contains(row.actor) { return "\(wording.exited): \(title) \(value(row.before)) \(from)" }
        if let before = row.before, let after = row.after {
            let (old, new) = figures(before, after)
            return "\(title) \(old) \(from), \(new) \(to)"
        }
        return "\(title) \(value(row.before)) \(from), \(value(row.after)) \(to)"
    }

    static func drawnTies(_ shift: PowerShift) -> [DrawnTie] {
        struct Key: Hashable { var low: Int, high: Int, type: Int }
        var order: [Key] = []
        var byKey: [Key: DrawnTie] = [:]
        let changes = shift.ties
        for (keys, fate) in [(changes.persisted, TieFate.kept), (changes.removed, .dissolved), (changes.added, .formed)] {
            for tie in keys {
                let key = Key(low: min(tie.from, tie.to), high: max(tie.from, tie.to), type: tie.type)
                if var drawn = byKey[key] {
                    // The same type between the pair in the other direction: one edge, kept
                    // if either direction was.
                    drawn.bothWays = true
                    if fate == .kept { drawn.fate = .kept }
                    byKey[key] = drawn
                } else {
                    byKey[key] = DrawnTie(from: tie.from, to: tie.to, type: tie.type, fate: fate)
                    order.append(key)
                }
            }
        }
        var merged = Set<Key>()
        for transition in shift.transitions {
            let (low, high) = transition.actors
            let gone = transition.before.filter { !transition.after.contains($0) }
            let new = transition.after.filter { !transition.before.contains($0) }
            guard !gone.isEmpty, !new.isEmpty else { continue }
            for type in gone { merged.insert(Key(low: low, high: high, type: type)) }
            for type in new {
                byKey[Key(low: low, high: high, type: type)]?.fate = .retyped
                byKey[Key(low: low, high: high, type: type)]?.was = gone
            }
        }
        return order.filter { !merged.contains($0) }.compactMap { byKey[$0] }
    }

    /// The title and the legend: what the fill, the outline, the borders, the lines'
    /// colours and their widths mean.
    private static func heading(
        _ shift: PowerShift, wording: Wording, styles: [RelationshipStyle], groupColors: [String], ties: [DrawnTie], actors: [Int]
    ) -> HTMLLabel {
        let dataset = shift.before.snapshot.dataset
        let key = { (text: String) in HTMLLabel.Cell(.text(text), ["ALIGN": "LEFT"]) }
        let swatch = { (color: String, border: String, width: Int) in
            HTMLLabel.Cell(.text(""), ["BGCOLOR": color, "WIDTH": "16", "COLOR": border, "BORDER": String(width)])
        }
        var blocks: [LegendBlock] = []
        // The legend keys only what the drawing shows: no "fell" when no actor fell, no
        // border for actors who left when none did.
        let drawn = Set(actors)
        let changes = shift.actors.filter { drawn.contains($0.actor) && $0.hasMoved }.compactMap(\.change).filter(\.isFinite)
        let entered = shift.entered.filter(drawn.contains), exited = shift.exited.filter(drawn.contains)
        var fills: [[HTMLLabel.Cell]] = []
        if changes.contains(where: { $0 < 0 }) {
            fills += [[swatch(Self.diverging(-1), "#333333", 1), key("fell most")],
                      [swatch(Self.diverging(-0.5), "#333333", 1), key("fell")]]
        }
        // Who entered or left has a value at one year only, so no change: white too.
        fills.append([swatch("#FFFFFF", "#333333", 1), key(
            entered.isEmpty && exited.isEmpty ? "unchanged"
                : entered.isEmpty ? "unchanged or \(wording.exited)"
                : exited.isEmpty ? "unchanged or \(wording.entered)"
                : "unchanged, \(wording.entered) or \(wording.exited)")])
        if changes.contains(where: { $0 > 0 }) {
            fills += [[swatch(Self.diverging(0.5), "#333333", 1), key("rose")],
                      [swatch(Self.diverging(1), "#333333", 1), key("rose most")]]
        }
        blocks.append(LegendBlock(heading: "Fill: change in \(shift.measure.title)", columns: 2, rows: fills))
        let groups = Set(actors.map { dataset.actorGroupIndices[$0] }).sorted()
        var borders: [[HTMLLabel.Cell]] = []
        if !entered.isEmpty && !wording.enteredKey.isEmpty {
            borders.append([HTMLLabel.Cell(.text("◎"), ["ALIGN": "CENTER"]), key("double border: \(wording.enteredKey)")])
        }
        if !exited.isEmpty {
            borders.append([HTMLLabel.Cell(.text("┅"), ["ALIGN": "CENTER"]), key("dashed border: \(wording.exitedKey)")])
        }
        blocks.append(LegendBlock(heading: "Outline: group", columns: 2, rows: groups.map { group in
            [swatch("#FFFFFF", groupColors[group], 3), key(dataset.vocabulary.groups[group].label)]
        } + borders))
        let types = Set(ties.map(\.type)).sorted()
        blocks.append(LegendBlock(heading: "Relationship: colour and dash", columns: 3, rows: types.map { type in
            let style = styles[type]
            return [style.sample(),
                    HTMLLabel.Cell(style.endMark.map { .font(.text($0), color: style.color) } ?? .text(""), ["ALIGN": "LEFT"]),
                    key(style.type.label)]
        }))
        let fates = TieFate.allCases.filter { fate in ties.contains { $0.fate == fate } }
        let grey = "#555555"
        let describe = wording.fates
        blocks.append(LegendBlock(heading: "Change: width and strength", columns: 2, rows: fates.map { fate in
            [HTMLLabel.Cell(.text(""), ["SIDES": "B", "WIDTH": "30", "COLOR": grey + fate.alpha, "BORDER": String(Int(fate.penWidth.rounded()))]),
             key(describe[fate] ?? fate.rawValue)]
        }))
        return LegendBlock.table(title: wording.title, blocks: blocks)
    }

    /// A colour on the blue–white–orange scale for `t` from -1 (fell most) to 1 (rose most).
    static func diverging(_ t: Double) -> String {
        let t = max(-1, min(1, t.isFinite ? t : 0))
        let end: (Double, Double, Double) = t < 0 ? (0x21, 0x66, 0xAC) : (0xE6, 0x61, 0x01)
        let a = abs(t)
        let channels = [end.0, end.1, end.2].map { Int((255 + (($0) - 255) * a).rounded()) }
        return "#" + channels.map { String(format: "%02X", $0) }.joined()
    }
}
