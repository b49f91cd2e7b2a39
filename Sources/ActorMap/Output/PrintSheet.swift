/// A sheet of equal cells in rows under a heading, scaled as a whole to fit a page: how
/// `timeline --grid` prints its years on A3 paper.
public struct PrintSheet: Sendable, Equatable {
    /// The page's printable width and height, in millimetres.
    public var width: Double, height: Double

    /// A3 paper in landscape, inside its margins: 400 × 277 mm.
    public static let a3Landscape = PrintSheet(width: 400, height: 277)

    /// A page of `width` × `height` millimetres.
    ///
    /// - Parameters:
    ///   - width: The printable width, in millimetres.
    ///   - height: The printable height, in millimetres.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// How much `cells` cells of `cell` size (any unit, captions included) in rows of
    /// `columns`, under a heading of `heading` size, shrink or grow to fit the page: the
    /// millimetres per unit, the same for every cell.
    ///
    /// - Parameters:
    ///   - cells: how many cells (at least 1 counts; fewer is taken as 1).
    ///   - columns: cells in a row; taken as at least 1 and at most `cells`.
    ///   - cell: a cell's width and height.
    ///   - heading: the heading's width and height above the rows (zero for none).
    /// - Returns: millimetres per unit.
    public func scale(cells: Int, columns: Int, cell: (width: Double, height: Double), heading: (width: Double, height: Double) = (0, 0)) -> Double {
        let cells = max(cells, 1)
        let columns = max(1, min(columns, cells))
        let rows = (cells + columns - 1) / columns
        let drawnWidth = max(Double(columns) * cell.width, heading.width)
        let drawnHeight = heading.height + Double(rows) * cell.height
        return min(width / max(drawnWidth, 1), height / max(drawnHeight, 1))
    }

    /// The number of cells in a row that prints each cell largest: many years in few
    /// columns make a tall, narrow sheet of small cells; a wide cell wants fewer columns
    /// than a tall one. Of column counts that print cells equally large, the fewest.
    ///
    /// - Parameters: as for ``scale(cells:columns:cell:heading:)``.
    /// - Returns: a number from 1 to `cells` (1 when `cells` is below 1).
    /// - Complexity: O(*n*) for *n* cells.
    public func bestColumns(cells: Int, cell: (width: Double, height: Double), heading: (width: Double, height: Double) = (0, 0)) -> Int {
        var best = 1, bestScale = scale(cells: cells, columns: 1, cell: cell, heading: heading)
        for columns in stride(from: 2, through: max(cells, 1), by: 1) {
            let scale = scale(cells: cells, columns: columns, cell: cell, heading: heading)
            if scale > bestScale * (1 + 1e-12) {
                best = columns
                bestScale = scale
            }
        }
        return best
    }
}
