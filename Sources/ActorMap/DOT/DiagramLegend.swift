/// The fill colour of each actor drawn, and the categories the legend explains.
///
/// A category's colour depends on the map, never on which categories one drawing happens to
/// hold: a group's is its own (``Palette/groupColors(_:)``), a kind's follows the kinds the
/// map's actors have, an attribute's value its place among every value the map gives
/// (``DiagramOptions/attributeValueOrder(_:in:)``), a community's its number. So the years of a
/// timeline or a report fill one value with one colour, even when a year lacks some other.
struct Coloring {
    typealias Category = (label: String, color: String, textColor: String)
    /// What the colours stand for, as the legend's heading says it.
    let heading: String
    /// The categories present, in legend order, with the colour of text on their fill.
    let categories: [Category]
    /// Every category the map has, in legend order: what a legend shared by several years
    /// lists for an attribute, whose values at the span's last moment need not be all of
    /// theirs. The same as ``categories`` for the other fills.
    let everyCategory: [Category]
    /// For each actor drawn (by node number), its category.
    let categoryOfActor: [Int]

    init(snapshot: Snapshot, positions: [Int], coloring: DiagramOptions.Coloring) {
        let dataset = snapshot.dataset
        let vocabulary = dataset.vocabulary
        // Each category is a number (a group, kind, community or value index); the legend
        // lists those present in ascending order, or an attribute's in `listing`'s.
        let keys: [Int]
        var attributeValues: [String] = []
        var listing: [Int]?
        var given = Set<String>()
        var kinds: [Int: Int] = [:]
        switch coloring {
        case .group: keys = positions.map { dataset.actorGroupIndices[snapshot.actorIndices[$0]] }
        case .kind:
            kinds = Dictionary(uniqueKeysWithValues: Set(dataset.actorKindIndices).sorted().enumerated().map { ($1, $0) })
            keys = positions.map { dataset.actorKindIndices[snapshot.actorIndices[$0]] }
        case .community(let communities): keys = positions.map { communities[$0] }
        case .attribute(let id, let values):
            attributeValues = DiagramOptions.attributeValueOrder(id, in: dataset)
            // A value no actor gives as it is, such as the median of informants' numbers,
            // takes a colour after those the map gives, and its place in the legend's order.
            let unknown = Set(values.compactMap { $0 }).subtracting(attributeValues)
            given = DiagramOptions.attributeValuesGiven(id, in: dataset).union(unknown)
            attributeValues += DiagramOptions.legendOrder(of: unknown.map(Optional.some), declaration: nil).compactMap { $0 }
            let index = Dictionary(uniqueKeysWithValues: attributeValues.enumerated().map { ($1, $0) })
            // No value is the key after every value, listed last.
            keys = positions.map { values[$0].flatMap { index[$0] } ?? attributeValues.count }
            listing = DiagramOptions.legendOrder(of: attributeValues.map(Optional.some) + [nil], declaration: vocabulary.attribute(id))
                .map { $0.flatMap { index[$0] } ?? attributeValues.count }
        }
        let drawn = Set(keys)
        let present = listing?.filter(drawn.contains) ?? drawn.sorted()
        let order = Dictionary(uniqueKeysWithValues: present.enumerated().map { ($1, $0) })
        categoryOfActor = keys.map { order[$0]! }
        let category: (Int) -> (label: String, color: String)
        switch coloring {
        case .group:
            heading = "Group"
            let groupColors = Palette.groupColors(vocabulary)
            category = { (vocabulary.groups[$0].label, groupColors[$0]) }
        case .kind:
            heading = "Kind"
            category = { (vocabulary.kinds[$0].label, Palette.color(kinds[$0] ?? 0)) }
        case .community:
            heading = "Community"
            category = { $0 < 0 ? ("in no year drawn", DiagramOptions.noValueColor) : ("Community \($0 + 1)", Palette.color($0)) }
        case .attribute(let id, _):
            heading = vocabulary.attribute(id)?.label ?? id
            category = { key in
                let value = key < attributeValues.count ? attributeValues[key] : nil
                return (value ?? "no value", DiagramOptions.attributeColor(value, place: key))
            }
        }
        func described(_ key: Int) -> Category {
            let (label, color) = category(key)
            return (label, color, Palette.textColor(on: color))
        }
        categories = present.map(described)
        // Declared values no actor gives are left out of the key; no value only when drawn.
        everyCategory = listing.map { listing in
            listing.filter { $0 < attributeValues.count ? given.contains(attributeValues[$0]) : drawn.contains($0) }.map(described)
        } ?? categories
    }
}

/// One block of a legend: a heading over rows of cells.
struct LegendBlock {
    var heading: String
    var columns: Int
    var rows: [[HTMLLabel.Cell]]

    /// A title, a line saying what is drawn, and legend blocks side by side, as one table,
    /// so that every row has the same height (nested tables would each stretch to the
    /// tallest block), with a margin below it.
    static func table(title: String, summary: String? = nil, blocks: [LegendBlock]) -> HTMLLabel {
        // Blocks are separated by a spacer column.
        let width = max(1, blocks.reduce(0) { $0 + $1.columns } + blocks.count - 1)
        let wide = ["ALIGN": "LEFT", "COLSPAN": String(width)]
        var rows: [[HTMLLabel.Cell]] = []
        if !title.isEmpty {
            rows.append([HTMLLabel.Cell(.font(.bold(.text(title)), pointSize: 16), wide)])
        }
        if let summary {
            // Its lines start at the left, as the title does.
            rows.append([HTMLLabel.Cell(.font(.text(summary), pointSize: 10, color: "#444444"), wide.merging(["BALIGN": "LEFT"]) { $1 })])
        }
        if !blocks.isEmpty {
            rows.append(joined(blocks.map { block in
                [HTMLLabel.Cell(.font(.bold(.text(block.heading)), pointSize: 10), ["ALIGN": "LEFT", "COLSPAN": String(block.columns)])]
            }))
            for line in 0..<(blocks.map(\.rows.count).max() ?? 0) {
                rows.append(joined(blocks.map { block in
                    line < block.rows.count ? block.rows[line] : [HTMLLabel.Cell(.text(""), ["COLSPAN": String(block.columns)])]
                }))
            }
        }
        rows.append([HTMLLabel.Cell(.text(""), ["COLSPAN": String(width), "HEIGHT": "12"])])
        return .font(.table(rows, attributes: plainTable), pointSize: 10)
    }

    /// The blocks' cells side by side, a spacer column between each two.
    private static func joined(_ blocks: [[HTMLLabel.Cell]]) -> [HTMLLabel.Cell] {
        Array(blocks.map { $0 }.joined(separator: [HTMLLabel.Cell(.text(""), ["WIDTH": "18"])]))
    }

    private static let plainTable = ["BORDER": "0", "CELLBORDER": "0", "CELLSPACING": "0", "CELLPADDING": "2"]
}

extension DiagramBuilder {
    /// The title, a line saying what is drawn, and the legend, as one HTML-like label.
    ///
    /// The legend is one table whose blocks (colours, shapes, relationship types) sit side
    /// by side, so that every row has the same height; nested tables would each stretch to
    /// the tallest block.
    func heading() -> HTMLLabel? {
        let title = options.title ?? "\(dataset.title) · \(snapshot.time)"
        let blocks = options.legend ? ([colorLegend(), kindLegend(), typeLegend(), sizeLegend()] + amountLegends() + [highlightLegend()]).filter { !$0.rows.isEmpty } : []
        guard !title.isEmpty || options.legend else { return nil }
        return LegendBlock.table(title: title, summary: options.legend ? summary() : nil, blocks: blocks)
    }

    /// What is drawn: how many actors and ties (when ``counted``), around whom, sized and
    /// labelled by what; nil when there is nothing to say.
    private func summary() -> String? {
        var parts = counted ? ["\(positions.count) actor\(positions.count == 1 ? "" : "s")",
                               "\(relationships.count) relationship\(relationships.count == 1 ? "" : "s")"] : []
        if let focus = options.focus, let actor = dataset.actor(focus.actorID) {
            parts.append("within \(focus.radius) step\(focus.radius == 1 ? "" : "s") of \(actor.name)")
        }
        if let size = options.size { parts.append("area ∝ \(size.name)") }
        if counted, !untied.isEmpty {
            // Only those without a pinned place go to the row; an actor tied in another year
            // of a timeline stays where it always is.
            let atFoot = options.isolates != .margin ? 0 : options.pinned.map { pinned in
                untied.filter { pinned.positions[dataset.actors[snapshot.actorIndices[$0]].id] == nil }.count
            } ?? 0
            let count = "\(untied.count) untied"
            parts.append(atFoot == 0 ? count : atFoot == untied.count ? count + " (in the row at the foot)" : count + " (\(atFoot) in the row at the foot)")
        }
        if case .top(let n) = options.labels {
            parts.append("names of the top \(n) by \(options.size?.name ?? "number of ties")")
        }
        // Lines of at most about 60 characters: a line wider than the legend's blocks would
        // spread their columns apart.
        guard let first = parts.first else { return nil }
        var lines = [first]
        for part in parts.dropFirst() {
            if lines[lines.count - 1].count + 3 + part.count > 60 {
                lines.append(part)
            } else {
                lines[lines.count - 1] += " · " + part
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The fills' key: the categories drawn; a legend shared by several years (not
    /// ``counted``) lists every one the map has, since the span's own need not be each year's.
    private func colorLegend() -> LegendBlock {
        LegendBlock(heading: colors.heading, columns: 2, rows: (counted ? colors.categories : colors.everyCategory).map { category in
            // A swatch of fixed size beside its name: a title wider than the legend spreads
            // the legend's columns, and a coloured cell would stretch with them.
            [HTMLLabel.Cell(.table([[HTMLLabel.Cell()]], attributes: [
                "BGCOLOR": category.color, "BORDER": "0", "CELLPADDING": "0", "CELLSPACING": "0",
                "FIXEDSIZE": "TRUE", "WIDTH": "16", "HEIGHT": "12",
            ]), ["ALIGN": "RIGHT"]),
             HTMLLabel.Cell(.text(category.label), ["ALIGN": "LEFT"])]
        })
    }

    /// Kinds present, by name. A pinned diagram draws a sample of each kind's shape above
    /// the actors instead (see ``placeAround(_:pinned:)``): a table cell cannot hold one.
    private func kindLegend() -> LegendBlock {
        guard options.pinned == nil else { return LegendBlock(heading: "", columns: 1, rows: []) }
        let kinds = Set(positions.map { dataset.actorKindIndices[snapshot.actorIndices[$0]] }).sorted()
        return LegendBlock(heading: "Kind", columns: 1, rows: kinds.map { index in
            [HTMLLabel.Cell(.text(dataset.vocabulary.kinds[index].label), ["ALIGN": "LEFT"])]
        })
    }

    /// The scale of areas: squares as large as a quarter and a sixteenth of the largest
    /// figure make, with the figures they stand for (see ``placeAround(_:pinned:)`` for a
    /// pinned diagram).
    private func sizeLegend() -> LegendBlock {
        // A pinned diagram draws the squares as nodes above the actors instead: cells this
        // large would stretch every row of the legend.
        guard let size = options.size, largestSize > 0, options.pinned == nil else { return LegendBlock(heading: "", columns: 2, rows: []) }
        let rows = [1.0 / 4, 1.0 / 16].map { share -> [HTMLLabel.Cell] in
            let points = Self.side(for: largestSize * share, largest: largestSize, shape: "box") * 72
            let side = String(Int(points.rounded()))
            return [HTMLLabel.Cell(.text(""), ["FIXEDSIZE": "TRUE", "WIDTH": side, "HEIGHT": side, "BORDER": "1", "COLOR": "#333333", "BGCOLOR": "#EEEEEE"]),
                    HTMLLabel.Cell(.text("\(size.name) \(Self.formatted(largestSize * share))"), ["ALIGN": "LEFT"])]
        }
        return LegendBlock(heading: "Area ∝ \(size.name)", columns: 2, rows: rows + [
            [HTMLLabel.Cell(.text(sizeNote()), ["ALIGN": "LEFT", "COLSPAN": "2"])],
        ])
    }

    /// What the scale of areas does not show: the figure of the largest area, this drawing's
    /// largest or the largest over the years sharing one scale, and the floor that keeps a
    /// small figure's actor as large as its name.
    func sizeNote() -> String {
        let largest = options.sizeScale.map { "one scale for \($0.span), largest \(Self.formatted($0.largest))" }
            ?? "largest: \(Self.formatted(largestSize))"
        return largest + "; an actor is never smaller than its name"
    }

    /// An amount as a legend shows it: whole from 1,000 up, with commas between groups of
    /// three digits (1,250,000,000), so that a reader can tell a million from a billion.
    static func grouped(_ amount: Double) -> String {
        guard amount.isFinite, abs(amount) >= 1000, abs(amount) < 1e18 else { return formatted(amount) }
        let digits = String(Int(abs(amount).rounded()))
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (amount < 0 ? "-" : "") + groups.joined(separator: ",")
    }

    /// For each currency among the drawn ties' amounts, the widths of a line for the
    /// largest amount, a quarter and a sixteenth of it.
    private func amountLegends() -> [LegendBlock] {
        largestAmounts.sorted { ($0.key ?? "", $0.value) < ($1.key ?? "", $1.value) }.map { currency, largest in
            LegendBlock(heading: "Line width ∝ √amount" + (currency.map { " (\($0))" } ?? ""), columns: 2, rows: [1.0, 1.0 / 4, 1.0 / 16].map { share in
                let width = Self.amountWidth(largest * share, largest: largest)
                return [HTMLLabel.Cell(.text(""), ["SIDES": "B", "WIDTH": "30", "COLOR": "#555555", "BORDER": String(Int(width.rounded()))]),
                        HTMLLabel.Cell(.text(([Self.grouped(largest * share)] + [currency].compactMap { $0 }).joined(separator: " ")), ["ALIGN": "LEFT"])]
            })
        }
    }

    /// What the red outline and the red lines stand for, each only when the drawing has one
    /// and the options say what it means.
    private func highlightLegend() -> LegendBlock {
        let color = DiagramOptions.highlightColor
        var rows: [[HTMLLabel.Cell]] = []
        if let meaning = options.highlightedActorsMeaning,
           positions.contains(where: { options.highlighted.contains(dataset.actors[snapshot.actorIndices[$0]].id) }) {
            rows.append([HTMLLabel.Cell(.text(""), ["WIDTH": "30", "HEIGHT": "12", "BORDER": "3", "COLOR": color]),
                         HTMLLabel.Cell(.text(meaning), ["ALIGN": "LEFT"])])
        }
        if let meaning = options.highlightedRelationshipsMeaning,
           relationships.contains(where: options.highlightedRelationships.contains) {
            rows.append([HTMLLabel.Cell(.text(""), ["SIDES": "B", "WIDTH": "30", "COLOR": color, "BORDER": String(Int(Self.highlightedWidth))]),
                         HTMLLabel.Cell(.text(meaning), ["ALIGN": "LEFT"])])
        }
        return LegendBlock(heading: "In red", columns: 2, rows: rows)
    }

    /// Relationship types present, each with a sample of its line and the mark at its end.
    private func typeLegend() -> LegendBlock {
        let types = Set(relationships.map { dataset.relationshipEnds[$0].type }).sorted()
        return LegendBlock(heading: "Relationship", columns: 3, rows: types.map { index in
            let style = typeStyles[index]
            // Graphviz rejects an empty FONT element, so an undirected type's mark cell is bare.
            return [style.sample(),
                    HTMLLabel.Cell(style.endMark.map { .font(.text($0), color: style.color) } ?? .text(""), ["ALIGN": "LEFT"]),
                    HTMLLabel.Cell(.text(style.type.label), ["ALIGN": "LEFT"])]
        })
    }
}
