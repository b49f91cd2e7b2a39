import CSV
import Foundation

/// Reads actor maps kept as CSV: an actors table and a relationships table, or a
/// relationships table alone.
///
/// Columns are recognised by name, ActorMap's own (`id`, `name`, `kind`, `from`, `to`,
/// `type`, `since`, `until`, `weight`…) and Kumu's (`Label`, `Type`, `Description`,
/// `Tags` with `|` between tags, `From`, `To`, `Strength`, `Start Date`, `End Date`);
/// every other column becomes an attribute. A relationships table alone is enough: its
/// actors are made from the names in `from` and `to`. It may give each tie a bare `year`
/// instead of `since` and `until`, one row per year, as edge lists do; rows of the same tie
/// in consecutive years become one relationship.
///
/// A file whose rows all hold two ends and perhaps a weight, and whose first row names no
/// column ActorMap knows (or an actor a later row ties), is an edge list without a header, as
/// networkx writes it with `delimiter=","`: its first row is read as a tie, with a warning
/// (see docs/interchange.md for the whole rule).
///
/// The files of a map sit side by side under one name: `map.actors.csv`,
/// `map.relationships.csv` and, for the title, sources and definitions, `map.dataset.yaml`
/// (a native dataset with no actors), as ``CSVDatasetWriter`` writes them. Reading any one
/// of them, or `map.csv`, reads them all.
public struct CSVDatasetReader: Sendable {
    /// How files are read: the order of dates with slashes.
    public var options: ReadingOptions

    /// A reader with the given options; by default slashed dates are refused and files are read up to 256 MiB.
    ///
    /// - Parameter options: How files are read.
    public init(options: ReadingOptions = ReadingOptions()) {
        self.options = options
    }

    /// Reads the map a CSV file belongs to, with its companion files.
    ///
    /// - Parameter url: Any of the map's CSV files, or its `map.dataset.yaml`.
    /// - Returns: The dataset, when it can be used, and every problem found.
    public func check(contentsOf url: URL) -> ValidationReport {
        check(files: Self.companions(of: url))
    }

    /// Reads a map from the files given: one or two CSV tables (actors, relationships,
    /// told apart by their headers) and at most one native dataset file for the frame.
    ///
    /// - Parameter urls: The tables and at most one native dataset file.
    /// - Returns: The dataset, when it can be used, and every problem found.
    public func check(files urls: [URL]) -> ValidationReport {
        var inputs: [Provenance.Input] = []
        var report = check(files: urls, inputs: &inputs)
        report.inputs = inputs
        return report
    }

    /// Reads a map from `urls`, adding each file read, with its digest when the options ask
    /// for digests, to `inputs`.
    private func check(files urls: [URL], inputs: inout [Provenance.Input]) -> ValidationReport {
        var problems: [Problem] = []
        var frame: DatasetFrame?
        var actorTable: ImportedTable?
        var relationshipTable: ImportedTable?
        var historyTable: ImportedTable?
        for url in urls {
            let name = url.relativePath
            let data: Data
            switch options.contents(of: url) {
            case .success(let contents): data = contents
            case .failure(let error):
                problems += error.problems
                continue
            }
            inputs += options.inputs(read: data, from: name)
            if ["yaml", "yml", "json"].contains(url.pathExtension.lowercased()) {
                let read = DatasetFrame.read(data, syntax: url.pathExtension.lowercased() == "json" ? .json : .yaml,
                                             at: SourcePlace(file: name, line: nil, column: nil, field: ""))
                problems += read.problems
                frame = read.frame
                continue
            }
            guard let table = Self.table(data, file: name, problems: &problems) else { continue }
            if Self.holdsAttributeHistory(table) {
                historyTable = table
            } else if table.holdsRelationships {
                if relationshipTable != nil {
                    problems.append(table.place.problem(.error, "this is a second relationships table.",
                                                        fix: "give one actors table and one relationships table."))
                }
                relationshipTable = relationshipTable ?? table
            } else {
                if actorTable != nil {
                    problems.append(table.place.problem(.error, "this is a second actors table; a relationships table needs `from` and `to` columns.",
                                                        fix: "name the columns of the ends of each tie `from` and `to` (or Kumu's `From` and `To`)."))
                }
                actorTable = actorTable ?? table
            }
        }
        guard let first = urls.first else { return ValidationReport(problems: problems) }
        if problems.contains(where: { $0.severity == .error }) { return ValidationReport(problems: problems) }
        var actorRead = actorTable?.records()
        var relationshipRead = relationshipTable?.records()
        if let historyTable {
            problems += Self.attach(historyTable, actors: &actorRead, relationships: &relationshipRead)
        }
        // Kumu's connections, headed `From` and `To`, run one way unless they say otherwise.
        let kumuHeader = relationshipTable.map { $0.header.contains("From") && $0.header.contains("To") } ?? false
        var assembler = DatasetAssembler(
            frame: frame ?? DatasetFrame(title: Self.stem(of: first)), file: first.relativePath, directedByDefault: kumuHeader,
            options: options, problems: problems + (actorRead?.problems ?? []) + (relationshipRead?.problems ?? []))
        return assembler.assemble(actors: actorRead?.records, relationships: relationshipRead?.records ?? [])
    }

    /// The files of the map `url` belongs to: `map.actors.csv`, `map.relationships.csv` and
    /// `map.dataset.yaml` for any of them or for `map.csv`; a CSV file of another name alone.
    static func companions(of url: URL) -> [URL] {
        let stem = stem(of: url)
        let family = ["\(stem).dataset.yaml", "\(stem).actors.csv", "\(stem).relationships.csv", "\(stem).attributes.csv"]
            .map { sibling(of: url, named: $0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        let isCompanion = family.contains { $0.lastPathComponent == url.lastPathComponent }
        if isCompanion || (!FileManager.default.fileExists(atPath: url.path) && family.contains { $0.pathExtension == "csv" }) {
            return family
        }
        return [url] + family.filter { $0.pathExtension != "csv" }
    }

    /// Whether a table is `map.attributes.csv`: its header names an attribute, a value, and
    /// an actor or a relationship.
    static func holdsAttributeHistory(_ table: ImportedTable) -> Bool {
        let header = Set(table.header)
        return header.isSuperset(of: ["attribute", "value"]) && (header.contains("actor") || header.contains("relationship"))
    }

    /// Gives the actors and relationships the values over time of `map.attributes.csv`:
    /// each row names an actor by its id, or a relationship by its row in the relationships
    /// table, counting the first as 1.
    ///
    /// - Returns: The problems of rows that name nothing.
    static func attach(
        _ table: ImportedTable, actors: inout (records: [ImportedRecord], problems: [Problem])?,
        relationships: inout (records: [ImportedRecord], problems: [Problem])?
    ) -> [Problem] {
        var problems: [Problem] = []
        var actorByID: [String: Int] = [:]
        for (index, record) in (actors?.records ?? []).enumerated() {
            if let id = record.fields[.id]?.trimmed, actorByID[id] == nil { actorByID[id] = index }
        }
        let column = Dictionary(table.header.enumerated().map { ($1, $0) }) { first, _ in first }
        for row in table.rows {
            func cell(_ name: String) -> ImportedValue? {
                guard let index = column[name], index < row.cells.count, let value = row.cells[index], !value.scalar.isBlank else { return nil }
                return value
            }
            guard let name = cell("attribute")?.trimmed, let value = cell("value") else {
                problems.append(row.place.problem(.error, "this row gives no \(cell("attribute") == nil ? "attribute" : "value").",
                                                  fix: "fill in the attribute's name and its value, or remove the row."))
                continue
            }
            let dated = ImportedDatedValue(
                value: value, since: cell("since"), until: cell("until"), informant: cell("informant")?.trimmed,
                confidence: cell("confidence")?.trimmed, sources: cell("sources").map { TagList.split($0.scalar.text) } ?? [])
            if let actor = cell("actor") {
                guard let index = actorByID[actor.trimmed] else {
                    let near = Suggestion.nearest(to: actor.trimmed, in: actorByID.keys)
                    problems.append(actor.place.problem(.error, "unknown actor '\(actor.trimmed)': the actors table has no such id.",
                                                        fix: near.map { "did you mean '\($0)'?" } ?? "give the id of an actor in the actors table."))
                    continue
                }
                actors!.records[index].dated.append((name, dated))
            } else if let number = cell("relationship") {
                let count = relationships?.records.count ?? 0
                guard let position = Int(number.trimmed), position >= 1, position <= count else {
                    problems.append(number.place.problem(.error, "'\(number.trimmed)' is not a relationship: the relationships table has \(count).",
                                                         fix: "give the relationship's row in the relationships table, counting the first as 1."))
                    continue
                }
                relationships!.records[position - 1].dated.append((name, dated))
            } else {
                problems.append(row.place.problem(.error, "this row names neither an actor nor a relationship.",
                                                  fix: "give the actor's id under `actor`, or the relationship's row under `relationship`."))
            }
        }
        return problems
    }

    /// Whether `url` is the frame of a map kept as tables: `map.dataset.yaml` with
    /// `map.actors.csv` or `map.relationships.csv` beside it, so that reading it reads them.
    static func isFrameOfTables(_ url: URL) -> Bool {
        guard url.lastPathComponent.lowercased().hasSuffix(".dataset.yaml") else { return false }
        let stem = stem(of: url)
        return ["\(stem).actors.csv", "\(stem).relationships.csv"].contains {
            FileManager.default.fileExists(atPath: sibling(of: url, named: $0).path)
        }
    }

    /// The file called `name` in the folder of `url`, written the way `url` was (relative
    /// paths stay relative), so that problems name files as the user did.
    static func sibling(of url: URL, named name: String) -> URL {
        let folder = (url.relativePath as NSString).deletingLastPathComponent
        return URL(fileURLWithPath: folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name))
    }

    /// `map` for `map.csv`, `map.actors.csv` and `map.relationships.csv`.
    static func stem(of url: URL) -> String {
        var stem = url.deletingPathExtension().lastPathComponent
        for suffix in [".actors", ".relationships", ".dataset"] where stem.hasSuffix(suffix) {
            stem = String(stem.dropLast(suffix.count))
        }
        return stem
    }


    /// Parses CSV text into a table, keeping the line each row starts on: a quoted cell can
    /// hold line breaks, so rows and lines differ.
    static func table(_ data: Data, file: String, problems: inout [Problem]) -> ImportedTable? {
        var document = DatasetDocument(file: file)
        guard let text = document.decodeText(data) else {
            problems += document.report(dataset: nil).problems
            return nil
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter(of: text))
        } catch {
            problems.append(Problem(.error, path: "", "the file could not be read as CSV: \(error).", fix: "export it again as CSV, UTF-8.", file: file))
            return nil
        }
        var written: [(line: Int, cells: [String])] = []
        var line = 1
        var lastRow: (line: Int, cells: [String])?
        while let cells = reader.next()?.map(CSVCell.restored) {
            defer { line += 1 + cells.reduce(0) { $0 + lineBreaks(in: $1) } }
            lastRow = (line, cells)
            if cells.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            written.append((line, cells))
        }
        // A quote left open swallows the rest of the file into the last row's cell; the
        // quotes of a well-formed file pair up.
        if let lastRow, let open = lastRow.cells.first(where: { lineBreaks(in: $0) > 0 }),
           text.unicodeScalars.filter({ $0 == "\"" }).count % 2 == 1 {
            problems.append(Problem(.error, path: "", "a quoted cell starting on this row is never closed, so the rest of the file ran into it (it begins '\(open.prefix(30))').",
                                    fix: "close the quote; a quote inside a quoted cell is written twice (\"\").",
                                    file: file, line: lastRow.line))
            return nil
        }
        guard let first = written.first else {
            problems.append(Problem(.error, path: "", "the file has no header row.", fix: "start the file with a row of column names, such as `id,name,kind`.", file: file))
            return nil
        }
        var header = first.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        var rows = written.dropFirst()
        if let reason = firstRowIsATie(written.map(\.cells), file: file) {
            let columns = written.map(\.cells.count).max()!
            let shown = header.map { "'\($0.prefix(40))'" }.joined(separator: ", ")
            problems.append(Problem(.warning, path: "", "line \(first.line) (\(shown)) was read as a tie, not as a header: \(reason).",
                                    fix: "if line \(first.line) is a header, name its columns as ActorMap knows them, such as `from,to\(columns == 3 ? ",weight" : "")`; if it is a tie, add the header row `from,to\(columns == 3 ? ",weight" : "")` above it to say so.",
                                    file: file, line: first.line))
            header = Array(["from", "to", "weight"].prefix(columns))
            rows = written[...]
        }
        let tableRows = rows.map { row in
            ImportedTable.Row(place: SourcePlace(file: file, line: row.line, column: nil, field: ""), cells: row.cells.enumerated().map { index, cell in
                ImportedValue(scalar: .untyped(cell), place: SourcePlace(
                    file: file, line: row.line, column: index + 1,
                    field: index < header.count && !header[index].isEmpty ? header[index] : "column \(index + 1)"))
            })
        }
        return ImportedTable(place: SourcePlace(file: file, line: first.line, column: nil, field: ""), header: header, rows: Array(tableRows))
    }

    /// Why the first row of a table is a tie rather than a header, or `nil` when it is a
    /// header, as it is unless all of these hold:
    ///
    /// - the file is not named as an actors or attributes table (`map.actors.csv`);
    /// - every row has two or three cells, the first two filled and the third, if any, a
    ///   number or blank: an edge list with weights, as networkx's `write_weighted_edgelist`
    ///   writes it with `delimiter=","`;
    /// - the first row names no column ActorMap knows (`from`, `to`, `source`, `target`,
    ///   `weight`, `type`, `id`, `name`…), or it names an actor that a later row ties.
    ///
    /// The rule decides from the file alone, so the same file always reads the same way.
    ///
    /// - Complexity: O(*n*) for *n* cells.
    static func firstRowIsATie(_ rows: [[String]], file: String) -> String? {
        let name = file.lowercased()
        guard let first = rows.first, !name.hasSuffix(".actors.csv"), !name.hasSuffix(".attributes.csv") else { return nil }
        let trimmed = { (cell: String) in cell.trimmingCharacters(in: .whitespaces) }
        let isTie = { (cells: [String]) in
            (2...3).contains(cells.count) && !trimmed(cells[0]).isEmpty && !trimmed(cells[1]).isEmpty
                && (cells.count == 2 || trimmed(cells[2]).isEmpty || Double(trimmed(cells[2])).map(\.isFinite) == true)
        }
        guard rows.allSatisfy(isTie) else { return nil }
        let names = first.map(trimmed)
        // A header that names both ends of a tie is one, whatever the rows hold.
        if ImportedTable(place: SourcePlace(file: file, line: nil, column: nil, field: ""), header: names, rows: []).holdsRelationships { return nil }
        let named = Set(rows.dropFirst().flatMap { $0.prefix(2).map(trimmed) })
        if let tied = names.prefix(2).first(where: { named.contains($0) }) {
            return "'\(tied.prefix(40))' is an actor that a later line ties too"
        }
        let known = names.contains { cell in
            if case .field = FieldNames.column(cell, in: .relationships, endpointsAreSourceTarget: true) { return true }
            if case .field = FieldNames.column(cell, in: .actors) { return true }
            return cell.lowercased().hasPrefix(FieldNames.attributePrefix)
        }
        return known ? nil : "none of its cells is a column name ActorMap knows (such as from, to, source, target, weight or type)"
    }

    /// The separator the header row uses most: a comma, or the semicolon or tab that
    /// spreadsheets in some languages write; or a space, for a header of names ActorMap knows
    /// apart by single spaces, as in Gephi's own `Source Target Type timeset`.
    static func delimiter(of text: String) -> UnicodeScalar {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" }
        let counts: [(UnicodeScalar, Int)] = [",", ";", "\t"].map { scalar in
            (scalar, firstLine.unicodeScalars.filter { $0 == scalar }.count)
        }
        let best = counts.max { $0.1 < $1.1 }!
        if best.1 > 0 { return best.0 }
        let names = firstLine.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let sourceTarget = FieldNames.usesSourceTarget(names)
        let known = names.count >= 2 && names.allSatisfy { name in
            [FieldNames.Table.actors, .relationships].contains { FieldNames.field(named: name, in: $0, endpointsAreSourceTarget: sourceTarget) != nil }
        }
        return known ? " " : ","
    }

    /// Line breaks inside a cell: `\r\n`, `\n` or a lone `\r`, each one line.
    private static func lineBreaks(in cell: String) -> Int {
        var count = 0
        var previous: UnicodeScalar?
        for scalar in cell.unicodeScalars {
            if scalar == "\n" {
                if previous != "\r" { count += 1 }
            } else if scalar == "\r" {
                count += 1
            }
            previous = scalar
        }
        return count
    }
}
