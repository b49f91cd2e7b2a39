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
        let columns = header.enumerated().map { index, name in
            name.trimmingCharacters(in: .whitespaces).isEmpty
                ? ImportedColumn.attribute("column \(index + 1)", nil)
                : FieldNames.column(name, in: table, endpointsAreSourceTarget: sourceTarget)
        }
        var problems: [Problem] = []
        var records: [ImportedRecord] = []
        for row in rows where row.cells.contains(where: { $0.map { !$0.scalar.isBlank } ?? false }) {
            var record = ImportedRecord(place: row.place)
            for (index, cell) in row.cells.enumerated() {
                guard let cell else { continue }
                guard columns.indices.contains(index) else {
                    if !cell.scalar.isBlank {
                        problems.append(cell.place.problem(.warning, "this cell lies beyond the header's last column, so it is left out.",
                                                           fix: "give the column a name in the header row."))
                    }
                    continue
                }
                record.add(columns[index], named: header[index], cell)
            }
            records.append(record)
        }
        return (records, problems)
    }
}
