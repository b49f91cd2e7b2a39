import Foundation

/// A table of actors or relationships from a CSV file or a workbook sheet: a header row and
/// rows of cells, each cell with its place.
struct ImportedTable: Sendable {
    struct Row: Sendable {
        /// The row as a whole: its line or row number.
        var place: SourcePlace
        /// The cells under each header column; `nil` where the row stops short.
        var cells: [ImportedValue?]
    }

    /// Where the table comes from, for problems about the table as a whole.
    var place: SourcePlace
    var header: [String]
    var rows: [Row]

    /// Whether the table lists relationships: its header names both ends of a tie.
    var holdsRelationships: Bool {
        let fields = Set(header.compactMap { FieldNames.field(named: $0, in: .relationships, endpointsAreSourceTarget: FieldNames.usesSourceTarget(header)) })
        return fields.contains(.from) && fields.contains(.to)
    }

    /// The table's rows as records, each cell under its header's field or as an attribute.
    func records() -> (records: [ImportedRecord], problems: [Problem]) {
        let table: FieldNames.Table = holdsRelationships ? .relationships : .actors
        let sourceTarget = FieldNames.usesSourceTarget(header)
        var columns = header.enumerated().map { index, name in
            name.trimmingCharacters(in: .whitespaces).isEmpty
                ? ImportedColumn.attribute("column \(index + 1)", nil)
                : FieldNames.column(name, in: table, endpointsAreSourceTarget: sourceTarget)
        }
        let types = header.map(FieldNames.typeSuffix)
        // Gephi's Data Laboratory writes each edge's direction under `Type`.
        for index in columns.indices where columns[index] == .field(.type) && holdsOnlyDirections(column: index) {
            columns[index] = .field(.directed)
        }
        var problems: [Problem] = []
        var records: [ImportedRecord] = []
        for row in rows where row.cells.contains(where: { $0.map { !$0.scalar.isBlank } ?? false }) {
            var record = ImportedRecord(place: row.place)
            for (index, cell) in row.cells.enumerated() {
                guard var cell, !cell.scalar.isBlank else { continue }
                guard columns.indices.contains(index) else {
                    problems.append(cell.place.problem(.warning, "this cell lies beyond the header's last column, so it is left out.",
                                                       fix: "give the column a name in the header row."))
                    continue
                }
                if let type = types[index] {
                    guard let typed = type.apply(to: cell.scalar) else {
                        problems.append(cell.place.problem(.error, "'\(cell.scalar.text)' is not \(type.noun), as the column `\(header[index])` says.",
                                                           fix: "correct the value, or drop `:\(type.rawValue)` from the header to read the column as it comes."))
                        continue
                    }
                    cell.scalar = typed
                }
                record.add(columns[index], named: header[index], cell)
            }
            records.append(record)
        }
        return (records, problems)
    }

    /// Whether every value of a column is a direction (`Directed`, `Undirected`, `Mutual`),
    /// as under the `Type` of an edge table from Gephi, rather than a relationship type.
    private func holdsOnlyDirections(column: Int) -> Bool {
        var any = false
        for row in rows {
            guard column < row.cells.count, let cell = row.cells[column], !cell.scalar.isBlank else { continue }
            guard ["directed", "undirected", "mutual"].contains(cell.trimmed.lowercased()) else { return false }
            any = true
        }
        return any
    }
}
