/// How a relationship type is drawn wherever ties are drawn (maps, timelines, the diff):
/// its colour, its dash and the mark at each end, so that contention looks like contention
/// on every picture.
struct RelationshipStyle {
    /// The colour of the type's lines.
    let color: String
    /// Graphviz's line style: `solid`, `dashed`, `dotted` or `bold`.
    let style: String
    let type: RelationshipType

    /// The style of `type`, drawn in `color` (one of ``colors(of:)``).
    init(_ type: RelationshipType, color: String) {
        self.type = type
        self.color = color
        style = type.style ?? (type.sign < 0 ? "dashed" : "solid")
    }

    /// The colour of every relationship type of `vocabulary`: the dataset's or the
    /// catalogue's, else the palette colour least like the other types', darkened where a
    /// thin line of it would fade into the white background.
    static func colors(of vocabulary: Vocabulary) -> [String] {
        var colors = vocabulary.relationshipTypes.map(\.color)
        for index in colors.indices where colors[index] == nil {
            colors[index] = Palette.mostDistinct(from: colors.compactMap { $0 })
        }
        return colors.map { Palette.legibleOnWhite($0!) }
    }

    /// How much wider than a plain line a bold type's line is drawn.
    var widthFactor: Double { style == "bold" ? 1.6 : 1 }

    /// The colour, dash and end marks for an edge of this type. Conflict is dashed and ends
    /// in a bar at each end it points to, never an arrow; only directed types get arrowheads.
    ///
    /// - Parameter bothWays: Whether the edge stands for the type in both directions
    ///   between the pair.
    func attributes(bothWays: Bool = false) -> DOTAttributes {
        var attributes: DOTAttributes = [.color: .color(color), .style: .identifier(style)]
        if type.sign < 0 {
            attributes[.arrowhead] = .identifier("tee")
            attributes[.arrowsize] = .number(1)
            if !type.directed || bothWays {
                attributes[.dir] = .identifier("both")
                attributes[.arrowtail] = .identifier("tee")
            }
        } else if !type.directed {
            attributes[.dir] = .identifier("none")
        } else if bothWays {
            attributes[.dir] = .identifier("both")
        }
        return attributes
    }

    /// The mark the legend puts beside the type's sample line, or `nil` for none.
    var endMark: String? { type.sign < 0 ? "⊣" : type.directed ? "→" : nil }

    /// The legend's sample of the line: a cell whose bottom border is drawn in the type's
    /// colour and dash.
    func sample(width: Int = 30, color: String? = nil, border: Int? = nil) -> HTMLLabel.Cell {
        var line = ["SIDES": "B", "COLOR": color ?? self.color, "WIDTH": String(width), "BORDER": String(border ?? (style == "bold" ? 3 : 2))]
        if style == "dashed" || style == "dotted" { line["STYLE"] = style }
        return HTMLLabel.Cell(.text(""), line)
    }
}
