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
        // A time set column written with timestamps says so in any cell of one or three times,
        // unless another cell has an infinite bound, which only intervals have.
        let timestamps = columns.indices.contains { index in
            let cells = columns[index] == .field(.timeset) ? rows.compactMap { index < $0.cells.count ? $0.cells[index]?.scalar.text : nil } : []
            return cells.contains(where: GephiTimeSet.holdsTimestamps) && !cells.contains { $0.lowercased().contains("inf") }
        }
        var problems: [Problem] = []
        var records: [ImportedRecord] = []
        for row in rows where row.cells.contains(where: { $0.map { !$0.scalar.isBlank } ?? false }) {
            var record = ImportedRecord(place: row.place)
            record.timesetHoldsTimestamps = timestamps
            for (index, cell) in row.cells.enumerated() {
                guard var cell, !cell.scalar.isBlank else { continue }
                guard columns.indices.contains(index) else {
                    problems.append(cell.place.problem(.warning, "this cell lies beyond the header's last column, so it is left out.",
                                                       fix: "give the column a name in the header row."))
                    continue
                }
                // Gephi's values over time, `<[2000.0, 2005.0, 3.0]; [2006.0, 2010.0, 5.0]>`: an
                // attribute's are kept as values over time, a weight's by the assembler.
                if let timed = Self.valuesOverTime(cell.scalar), columns[index] != .field(.timeset) {
                    if let empty = timed.first(where: \.holdsNoTime) {
                        let problem = GephiTimeSet.noTimeProblem(empty.written)
                        problems.append(cell.place.problem(.error, problem.message, fix: problem.fix))
                        continue
                    }
                    switch columns[index] {
                    case .attribute(let name, _):
                        for item in timed {
                            var value = ImportedValue(scalar: .untyped(item.value), place: cell.place)
                            if let type = types[index] {
                                guard let typed = type.apply(to: value.scalar) else {
                                    problems.append(cell.place.problem(.error, "'\(item.value)' is not \(type.noun), as the column `\(header[index])` says.",
                                                                       fix: "correct the value, or drop `:\(type.rawValue)` from the header to read the column as it comes."))
                                    continue
                                }
                                value.scalar = typed
                            }
                            record.dated.append((name, ImportedDatedValue(
                                value: value, since: item.start.map { ImportedValue(scalar: .text($0), place: cell.place) },
                                until: item.end.map { ImportedValue(scalar: .text($0), place: cell.place) })))
                        }
                        continue
                    case .field(.weight):
                        // Each value is checked as a number when the tie is assembled.
                        record.add(columns[index], named: header[index], cell)
                        continue
                    case .field:
                        problems.append(cell.place.problem(.error, "`\(header[index])` holds values over time (Gephi's `<[start, end, value]>`); ActorMap keeps values over time for a tie's weight and for attributes, and one value of this field.",
                                                           fix: "give one value, or name the column as an attribute (such as `attributes.\(header[index])`) to keep each value with its time."))
                        continue
                    }
                }
                if columns[index] == .field(.timeset),
                   let empty = GephiTimeSet.intervals(cell.scalar.text, timestamps: timestamps)?.first(where: \.holdsNoTime) {
                    let problem = GephiTimeSet.noTimeProblem(empty.written)
                    problems.append(cell.place.problem(.error, problem.message, fix: problem.fix))
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

    /// The values over time a cell holds as Gephi writes them, or `nil` for any other cell.
    private static func valuesOverTime(_ scalar: ImportedScalar) -> [GephiTimeSet.TimedValue]? {
        switch scalar {
        case .untyped(let text), .text(let text): text.contains("<") ? GephiTimeSet.values(text) : nil
        default: nil
        }
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
