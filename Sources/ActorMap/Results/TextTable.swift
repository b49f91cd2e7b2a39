import Foundation

/// Columns of text aligned for a terminal: numbers to the right, words to the left. Every
/// cell is shown with its control characters escaped (``TerminalText``), so a name from a
/// map cannot act on the terminal.
struct TextTable {
    /// Where a column's cells sit: words to the left, numbers to the right.
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// The table, each cell cut to `maximumWidth` columns with an ellipsis.
    func render(maximumWidth: Int = 40) -> String {
        render(limits: headers.map { _ in maximumWidth })
    }

    /// The table in at most `width` columns a line, when it can be done by cutting the
    /// first column (the names) to no fewer than `narrowest` columns; with no width, whole,
    /// however wide.
    func render(fitting width: Int?, narrowest: Int = 12) -> String {
        guard let width else { return render(limits: headers.map { _ in .max }) }
        let others = columnWidths(escapedCells()).dropFirst().reduce(0, +) + 2 * (headers.count - 1)
        return render(limits: [max(narrowest, width - others)] + headers.dropFirst().map { _ in .max })
    }

    private func escapedCells() -> [[String]] {
        ([headers] + rows).map { $0.map { TerminalText.escaped($0) } }
    }

    private func columnWidths(_ cells: [[String]]) -> [Int] {
        var widths = [Int](repeating: 0, count: headers.count)
        for row in cells {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], TerminalText.width(cell)) }
        }
        return widths
    }

    private func render(limits: [Int]) -> String {
        let cells = ([headers] + rows).map { row in
            row.enumerated().map { column, cell in TerminalText.clipped(cell, to: limits[column]) }
        }
        let widths = columnWidths(cells)
        return cells.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - TerminalText.width(cell))
                return alignments[column] == .left ? cell + padding : padding + cell
            }
            .joined(separator: "  ")
            .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        .joined(separator: "\n")
    }
}
