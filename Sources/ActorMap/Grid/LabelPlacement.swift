import Foundation

/// A rectangle in a drawing's units, y growing downwards as in SVG.
struct GridBox: Hashable, Sendable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    /// Whether the two boxes share any area (touching edges do not).
    func overlaps(_ other: GridBox) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// Whether `other` lies wholly inside this box.
    func contains(_ other: GridBox) -> Bool {
        other.x >= x && other.maxX <= maxX && other.y >= y && other.maxY <= maxY
    }
}

/// Places the names of marks on a chart so that no two names overlap, no name covers a
/// mark or a fixed piece of text, and every name stays inside the plot, deterministically:
/// the same marks always get the same places.
///
/// Marks are taken in the order given (the caller puts the most important first). Each
/// name tries the places around its mark, nearest first (right, left, a little above or
/// below either, above, below, then the diagonals), then the same directions further out,
/// joined to the mark by a leader line that passes no other mark. A name that finds no free place in any of them is left out of the plot,
/// and the caller lists it in a key under a number drawn beside the mark, or, on a chart
/// that names only so many (`limit`), leaves the mark unnamed; so the guarantee holds
/// however crowded the chart.
///
/// - Complexity: O(*n*² · *c*) for *n* marks and *c* candidate places each.
enum LabelPlacement {
    /// Where one name went.
    enum Place: Hashable, Sendable {
        /// Beside the mark, in this box.
        case beside(GridBox)
        /// Further out, in this box, with a leader line from the mark to its nearest edge.
        case leader(GridBox)
        /// Nowhere free: the caller numbers the mark and lists the name in a key.
        case key
        /// Not named: no free place on a chart that names only so many, or the names it
        /// allows were all written before this mark's turn.
        case unnamed

        /// The box the name occupies, when it has one.
        var box: GridBox? {
            switch self {
            case .beside(let box), .leader(let box): box
            case .key, .unnamed: nil
            }
        }
    }

    /// The places of names.
    ///
    /// - Parameters:
    ///   - centres: Each mark's centre.
    ///   - radius: The radius of every mark.
    ///   - sizes: Each name's width and height, in the order of `centres`.
    ///   - bounds: The area names must stay within.
    ///   - obstacles: Fixed things names must not cover (quadrant titles).
    ///   - lines: Lines names should not cross (arrows of moves); a name crosses one only
    ///     when no other place is free.
    ///   - limit: At most how many names to write; `nil` for every one that finds a place.
    ///     With a limit, a name with no free place is `unnamed` instead of `key`, and so is
    ///     every mark after the limit is reached.
    ///   - guarded: The marks (by position in `centres`) no name may cover, besides those
    ///     named; `nil` for every mark. On a crowded chart a name may then lie over an
    ///     unnamed mark (its white halo keeps it legible), never over a named one.
    /// - Returns: One place per mark, in the order given.
    static func place(centres: [(x: Double, y: Double)], radius: Double, sizes: [(width: Double, height: Double)],
                      bounds: GridBox, obstacles: [GridBox], lines: [Segment] = [], limit: Int? = nil,
                      guarded: Set<Int>? = nil) -> [Place] {
        precondition(centres.count == sizes.count, "one size per mark")
        let markBoxes = centres.map { GridBox(x: $0.x - radius, y: $0.y - radius, width: 2 * radius, height: 2 * radius) }
        var keptClear = guarded.map { $0.sorted().map { markBoxes[$0] } } ?? markBoxes
        var taken: [GridBox] = []
        var places: [Place] = []
        for (index, centre) in centres.enumerated() {
            if let limit, taken.count >= limit {
                places.append(.unnamed)
                continue
            }
            // A mark an earlier name lies over is not named: its name would point at text.
            if guarded != nil, taken.contains(where: markBoxes[index].overlaps) {
                places.append(limit == nil ? .key : .unnamed)
                continue
            }
            let size = sizes[index]
            var chosen = limit == nil ? Place.key : .unnamed
            // Every place clear of the lines first, then, only if none is, any other.
            search: for avoided in lines.isEmpty ? [lines] : [lines, []] {
                for (ring, gap) in [3.0, 16, 32, 52].enumerated() {
                    for candidate in candidates(around: centre, radius: radius, gap: gap, size: size) {
                        guard bounds.contains(candidate),
                              !taken.contains(where: candidate.overlaps),
                              !obstacles.contains(where: candidate.overlaps),
                              !keptClear.contains(where: candidate.overlaps),
                              !avoided.contains(where: { crosses($0, candidate) })
                        else { continue }
                        // A leader must not run through another mark, or it points at the wrong one.
                        if ring > 0 {
                            let line = leader(from: centre, radius: radius, to: candidate)
                            let others = centres.indices.filter { $0 != index }
                            if others.contains(where: { passes(line, near: centres[$0], within: radius + 2) }) { continue }
                        }
                        chosen = ring == 0 ? .beside(candidate) : .leader(candidate)
                        break search
                    }
                }
            }
            if let box = chosen.box {
                taken.append(box)
                if let guarded, !guarded.contains(index) { keptClear.append(markBoxes[index]) }
            }
            places.append(chosen)
        }
        return places
    }

    /// The line from the edge of a mark at `centre` to the nearest point of `box`.
    static func leader(from centre: (x: Double, y: Double), radius: Double, to box: GridBox)
        -> (from: (x: Double, y: Double), to: (x: Double, y: Double)) {
        let target = (x: min(max(centre.x, box.x), box.maxX), y: min(max(centre.y, box.y), box.maxY))
        let dx = target.x - centre.x, dy = target.y - centre.y
        let length = max((dx * dx + dy * dy).squareRoot(), 1e-9)
        return ((centre.x + dx / length * radius, centre.y + dy / length * radius), target)
    }

    /// A straight line from one point to another.
    typealias Segment = (from: (x: Double, y: Double), to: (x: Double, y: Double))

    /// Whether the segment `line` passes through `box` (Liang and Barsky's clipping).
    static func crosses(_ line: Segment, _ box: GridBox) -> Bool {
        let dx = line.to.x - line.from.x, dy = line.to.y - line.from.y
        var enter = 0.0, leave = 1.0
        for (p, q) in [(-dx, line.from.x - box.x), (dx, box.maxX - line.from.x), (-dy, line.from.y - box.y), (dy, box.maxY - line.from.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let t = q / p
                if p < 0 { enter = max(enter, t) } else { leave = min(leave, t) }
                if enter > leave { return false }
            }
        }
        return true
    }

    /// Whether the segment `line` comes within `distance` of `point`.
    static func passes(_ line: (from: (x: Double, y: Double), to: (x: Double, y: Double)),
                       near point: (x: Double, y: Double), within distance: Double) -> Bool {
        let (a, b) = line
        let dx = b.x - a.x, dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        let t = lengthSquared == 0 ? 0 : max(0, min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared))
        let nearest = (x: a.x + t * dx, y: a.y + t * dy)
        return ((point.x - nearest.x) * (point.x - nearest.x) + (point.y - nearest.y) * (point.y - nearest.y)).squareRoot() < distance
    }

    /// The boxes a name of `size` may take around a mark at `centre`, `gap` away from its
    /// edge, in the order they are tried.
    static func candidates(around centre: (x: Double, y: Double), radius: Double, gap: Double,
                           size: (width: Double, height: Double)) -> [GridBox] {
        let (w, h) = size
        let near = radius + gap
        let diagonal = radius * 0.7 + gap
        let spots: [(Double, Double)] = [
            (centre.x + near, centre.y - h / 2),                  // right
            (centre.x - near - w, centre.y - h / 2),              // left
            (centre.x + near, centre.y - h + 5),                  // right, a little higher
            (centre.x + near, centre.y - 5),                      // right, a little lower
            (centre.x - near - w, centre.y - h + 5),              // left, a little higher
            (centre.x - near - w, centre.y - 5),                  // left, a little lower
            (centre.x - w / 2, centre.y - near - h),              // above
            (centre.x - w / 2, centre.y + near),                  // below
            (centre.x + diagonal, centre.y - diagonal - h),       // above right
            (centre.x + diagonal, centre.y + diagonal),           // below right
            (centre.x - diagonal - w, centre.y - diagonal - h),   // above left
            (centre.x - diagonal - w, centre.y + diagonal),       // below left
        ]
        return spots.map { GridBox(x: $0.0, y: $0.1, width: w, height: h) }
    }
}
