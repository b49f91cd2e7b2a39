/// The fill colour of each actor drawn, and the categories the legend explains.
struct Coloring {
    /// What the colours stand for, as the legend's heading says it.
    let heading: String
    /// The categories present, in legend order, with the colour of text on their fill.
    let categories: [(label: String, color: String, textColor: String)]
    /// For each actor drawn (by node number), its category.
    let categoryOfActor: [Int]

    /// - Parameter blackText: Whether names must be black whatever the fill, because they
    ///   spill over a node sized by a figure; fills are then lightened where black would not
    ///   read on them.
    init(snapshot: Snapshot, positions: [Int], coloring: DiagramOptions.Coloring, blackText: Bool) {
        let dataset = snapshot.dataset
        let vocabulary = dataset.vocabulary
        // Each category is a number (a group, kind or community index); the legend lists
        // those present in ascending order.
        let keys: [Int]
        switch coloring {
        case .group: keys = positions.map { dataset.actorGroupIndices[snapshot.actorIndices[$0]] }
        case .kind: keys = positions.map { dataset.actorKindIndices[snapshot.actorIndices[$0]] }
        case .community(let communities): keys = positions.map { communities[$0] }
        }
        let present = Array(Set(keys)).sorted()
        let order = Dictionary(uniqueKeysWithValues: present.enumerated().map { ($1, $0) })
        categoryOfActor = keys.map { order[$0]! }
        let colored: [(label: String, color: String)]
        switch coloring {
        case .group:
            heading = "Group"
            // A group the dataset gives no colour takes the palette colour least like those of
            // the other groups on the drawing.
            var used = present.compactMap { vocabulary.groups[$0].color }
            colored = present.map { key in
                let group = vocabulary.groups[key]
                if let color = group.color { return (group.label, color) }
                let color = Palette.mostDistinct(from: used)
                used.append(color)
                return (group.label, color)
            }
        case .kind:
            heading = "Kind"
            colored = present.enumerated().map { rank, key in (vocabulary.kinds[key].label, Palette.color(rank)) }
        case .community:
            heading = "Community"
            colored = present.enumerated().map { rank, key in ("Community \(key + 1)", Palette.color(rank)) }
        }
        categories = colored.map { category in
            blackText
                ? (category.label, Palette.legibleUnderBlackText(category.color), "#000000")
                : (category.label, category.color, Palette.textColor(on: category.color))
        }
    }
}

extension DiagramBuilder {
    /// The title, a line saying what is drawn, and the legend, as one HTML-like label.
    ///
    /// The legend is one table whose blocks (colours, shapes, relationship types) sit side
    /// by side, so that every row has the same height; nested tables would each stretch to
    /// the tallest block.
    func heading() -> HTMLLabel? {
        let title = options.title ?? "\(dataset.title) · \(snapshot.time)"
        let blocks = options.legend ? [colorLegend(), kindLegend(), typeLegend()].filter { !$0.rows.isEmpty } : []
        // Blocks are separated by a spacer column.
        let width = max(1, blocks.reduce(0) { $0 + $1.columns } + blocks.count - 1)
        let wide = ["ALIGN": "LEFT", "COLSPAN": String(width)]
        var rows: [[HTMLLabel.Cell]] = []
        if !title.isEmpty {
            rows.append([HTMLLabel.Cell(.font(.bold(.text(title)), pointSize: 16), wide)])
        }
        if options.legend {
            rows.append([HTMLLabel.Cell(.font(.text(summary()), pointSize: 10, color: "#444444"), wide)])
            rows.append(Self.joined(blocks.map { block in
                [HTMLLabel.Cell(.font(.bold(.text(block.heading)), pointSize: 10), ["ALIGN": "LEFT", "COLSPAN": String(block.columns)])]
            }))
            for line in 0..<(blocks.map(\.rows.count).max() ?? 0) {
                rows.append(Self.joined(blocks.map { block in
                    line < block.rows.count ? block.rows[line] : [HTMLLabel.Cell(.text(""), ["COLSPAN": String(block.columns)])]
                }))
            }
        }
        guard !rows.isEmpty else { return nil }
        // A margin between the heading and the drawing below it.
        rows.append([HTMLLabel.Cell(.text(""), ["COLSPAN": String(width), "HEIGHT": "12"])])
        return .font(.table(rows, attributes: Self.plainTable), pointSize: 10)
    }

    /// The blocks' cells side by side, a spacer column between each two.
    private static func joined(_ blocks: [[HTMLLabel.Cell]]) -> [HTMLLabel.Cell] {
        Array(blocks.map { $0 }.joined(separator: [HTMLLabel.Cell(.text(""), ["WIDTH": "18"])]))
    }

    private static let plainTable = ["BORDER": "0", "CELLBORDER": "0", "CELLSPACING": "0", "CELLPADDING": "2"]

    /// One block of the legend: a heading over rows of cells.
    private struct LegendBlock {
        var heading: String
        var columns: Int
        var rows: [[HTMLLabel.Cell]]
    }

    /// What is drawn: how many actors and ties, around whom, sized and labelled by what.
    private func summary() -> String {
        var parts = ["\(positions.count) actor\(positions.count == 1 ? "" : "s")",
                     "\(relationships.count) relationship\(relationships.count == 1 ? "" : "s")"]
        if let focus = options.focus, let actor = dataset.actor(focus.actorID) {
            parts.append("within \(focus.radius) step\(focus.radius == 1 ? "" : "s") of \(actor.name)")
        }
        if let size = options.size { parts.append("area ∝ \(size.name)") }
        if case .top(let n) = options.labels {
            parts.append("names of the top \(n) by \(options.size?.name ?? "number of ties")")
        }
        return parts.joined(separator: " · ")
    }

    private func colorLegend() -> LegendBlock {
        LegendBlock(heading: colors.heading, columns: 2, rows: colors.categories.map { category in
            [HTMLLabel.Cell(.text(""), ["BGCOLOR": category.color, "WIDTH": "16"]),
             HTMLLabel.Cell(.text(category.label), ["ALIGN": "LEFT"])]
        })
    }

    /// Kinds present, each with the name of its shape: HTML-like labels cannot draw shapes.
    private func kindLegend() -> LegendBlock {
        let kinds = Set(positions.map { dataset.actorKindIndices[snapshot.actorIndices[$0]] }).sorted()
        return LegendBlock(heading: "Shape by kind", columns: 2, rows: kinds.map { index in
            let kind = dataset.vocabulary.kinds[index]
            return [HTMLLabel.Cell(.font(.text(kind.shape ?? "ellipse"), color: "#666666"), ["ALIGN": "RIGHT"]),
                    HTMLLabel.Cell(.text(kind.label), ["ALIGN": "LEFT"])]
        })
    }

    /// Relationship types present, each with a sample of its line and the mark at its end.
    private func typeLegend() -> LegendBlock {
        let types = Set(relationships.map { dataset.relationshipEnds[$0].type }).sorted()
        return LegendBlock(heading: "Relationship", columns: 3, rows: types.map { index in
            let type = dataset.vocabulary.relationshipTypes[index]
            let style = type.style ?? (type.sign < 0 ? "dashed" : "solid")
            var line = ["SIDES": "B", "COLOR": typeColor(index), "WIDTH": "30", "BORDER": style == "bold" ? "3" : "2"]
            if style == "dashed" || style == "dotted" { line["STYLE"] = style }
            // Graphviz rejects an empty FONT element, so an undirected type's mark cell is bare.
            let end = type.sign < 0 ? "⊣" : type.directed ? "→" : nil
            return [HTMLLabel.Cell(.text(""), line),
                    HTMLLabel.Cell(end.map { .font(.text($0), color: typeColor(index)) } ?? .text(""), ["ALIGN": "LEFT"]),
                    HTMLLabel.Cell(.text(type.label), ["ALIGN": "LEFT"])]
        })
    }
}
