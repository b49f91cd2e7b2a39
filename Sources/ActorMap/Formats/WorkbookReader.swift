import Foundation
import ZIPFoundation

/// Reads Excel workbooks (`.xlsx`) with a sheet of actors and a sheet of relationships, as
/// Kumu exports them (`Elements` and `Connections`).
///
/// A workbook is a zip archive of XML parts; ZIPFoundation opens the archive and the parts
/// are read with `XMLParser`. The sheets are tables read as ``CSVDatasetReader`` reads CSV,
/// with the same column names, except that cells keep the types the workbook gives them:
/// a number cell is a number, a text cell text even when it holds digits. Sheets named
/// `Elements`, `Actors` or `Nodes` hold actors and `Connections`, `Relationships`, `Edges` or
/// `Ties` relationships; otherwise a sheet whose header has `From` and `To` is taken for the
/// relationships and the first other sheet for the actors. Dates may be text (`2017-03`),
/// years, or date-formatted cells (Excel's day numbers). A `map.dataset.yaml` beside
/// `map.xlsx` gives the title, sources and definitions, as for CSV.
public struct WorkbookReader: DatasetFileReader {
    /// How files are read: the order of dates with slashes, and the limit no workbook may
    /// unpack past (`maximumInputBytes`), whatever its parts claim.
    public var options: ReadingOptions

    /// A reader with the given options; by default slashed dates are refused and files are read up to 256 MiB.
    ///
    /// - Parameter options: How files are read.
    public init(options: ReadingOptions = ReadingOptions()) {
        self.options = options
    }

    /// Reads and checks a workbook file, with the `map.dataset.yaml` beside it when there is one.
    ///
    /// - Parameter url: The `.xlsx` file.
    /// - Returns: The dataset, when it can be used, and every problem found, each at its sheet,
    ///   row and cell (`Connections!C5 (Strength)`).
    /// - Complexity: O(*n*) in the bytes the workbook unpacks to, at most
    ///   `options.maximumInputBytes`.
    public func check(contentsOf url: URL) -> ValidationReport {
        let file = url.relativePath
        let bytes: Data
        switch options.contents(of: url) {
        case .success(let contents): bytes = contents
        case .failure(let error): return ValidationReport(problems: error.problems)
        }
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            return ValidationReport(problems: [notAWorkbook(file)])
        }
        let framePath = CSVDatasetReader.sibling(of: url, named: "\(CSVDatasetReader.stem(of: url)).dataset.yaml")
        var report = check(archive, bytes: bytes, file: file, frameURL: FileManager.default.fileExists(atPath: framePath.path) ? framePath : nil)
        report.inputs.insert(contentsOf: options.inputs(read: bytes, from: file), at: 0)
        return report
    }

    /// Reads and checks a workbook held in memory.
    ///
    /// ZIPFoundation's in-memory archives trap when an entry points past the end of the
    /// data, where a file simply reads short, so the bytes go through a temporary file.
    ///
    /// - Parameters:
    ///   - data: The workbook's bytes.
    ///   - file: The file's name, as problems give it.
    /// - Returns: The dataset, when it can be used, and every problem found.
    public func check(data: Data, file: String) -> ValidationReport {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("actormap-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            try data.write(to: temporary)
            return check(try Archive(url: temporary, accessMode: .read), bytes: data, file: file, frameURL: nil)
        } catch {
            return ValidationReport(problems: [notAWorkbook(file)])
        }
    }

    private func notAWorkbook(_ file: String) -> Problem {
        Problem(.error, path: "", "the file is not an Excel workbook (.xlsx): it cannot be opened as one.",
                fix: "save it from the spreadsheet as 'Excel Workbook (.xlsx)', or export CSV.", file: file)
    }

    private func check(_ archive: Archive, bytes: Data, file: String, frameURL: URL?) -> ValidationReport {
        var problems: [Problem] = []
        let filePlace = SourcePlace(file: file, line: nil, column: nil, field: "")
        let sheets: [(name: String, table: ImportedTable)]
        do {
            var workbook = Workbook(archive: archive, bytes: bytes, file: file, limit: options.maximumInputBytes)
            sheets = try workbook.sheets()
        } catch {
            return ValidationReport(problems: error.problems)
        }
        var actorSheet = sheets.first { Self.actorSheetNames.contains(FieldNames.normalized($0.name)) }
        var relationshipSheet = sheets.first { Self.relationshipSheetNames.contains(FieldNames.normalized($0.name)) }
        relationshipSheet = relationshipSheet ?? sheets.first { $0.table.holdsRelationships }
        actorSheet = actorSheet ?? sheets.first { $0.name != relationshipSheet?.name && !$0.table.holdsRelationships && !$0.table.rows.isEmpty }
        guard let relationshipSheet else {
            return ValidationReport(problems: [filePlace.problem(
                .error, "the workbook has no sheet of relationships (Kumu's `Connections`), and no sheet with `From` and `To` columns.",
                fix: "name the sheet of ties `Connections` or `Relationships`, with the columns `From` and `To`.")])
        }
        var frame = DatasetFrame(title: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        var frameInputs: [Provenance.Input] = []
        if let frameURL {
            switch options.contents(of: frameURL) {
            case .success(let data):
                frameInputs = options.inputs(read: data, from: frameURL.relativePath)
                let read = DatasetFrame.read(data, syntax: .yaml, at: SourcePlace(file: frameURL.relativePath, line: nil, column: nil, field: ""))
                problems += read.problems
                frame = read.frame ?? frame
            case .failure(let error):
                problems += error.problems
            }
        }
        let actors = actorSheet?.table.records()
        let relationships = relationshipSheet.table.records()
        var assembler = DatasetAssembler(frame: frame, file: file, directedByDefault: true, options: options,
                                         problems: problems + (actors?.problems ?? []) + relationships.problems)
        var report = assembler.assemble(actors: actors?.records, relationships: relationships.records)
        report.inputs = frameInputs
        return report
    }

    static let actorSheetNames: Set = ["elements", "actors", "nodes"]
    static let relationshipSheetNames: Set = ["connections", "relationships", "edges", "ties"]
}

/// The parts of a workbook archive a reader needs: the sheet list, the shared strings and
/// the sheets themselves.
struct Workbook {
    let archive: Archive
    let file: String
    private var sharedStrings: [String] = []
    /// The most the parts read may unpack to, together: a workbook of actors is far smaller,
    /// and a crafted archive must not fill the memory.
    let limit: Int
    /// The bytes unpacked so far, counted as they come out, since an archive's stated sizes
    /// can lie.
    private var unpacked = 0

    /// The archive's bytes, from which parts are unpacked.
    let bytes: Data

    init(archive: Archive, bytes: Data, file: String, limit: Int) {
        self.archive = archive
        self.bytes = bytes
        self.file = file
        self.limit = limit
    }

    private struct OverLimit: Error {}
    private struct Damaged: Error { var reason: String }

    /// A part's bytes, unpacked here rather than by `Archive.extract`: ZIPFoundation reads a
    /// deflated part until its stream ends, so one cut short spins forever at the end of the
    /// file. Here the compressed bytes are the ones the part's headers give, and running out
    /// of them is an error.
    private func unpack(_ entry: Entry, path: String, into consume: (Data) throws -> Void) throws {
        guard let start = Self.dataStart(of: path, in: bytes) else { throw Damaged(reason: "its header is missing") }
        let size = entry.compressedSize
        guard size <= UInt64(bytes.endIndex - start) else { throw Damaged(reason: "it runs past the end of the file") }
        let compressed = bytes[start ..< start + Int(size)]
        guard entry.isCompressed else { return try consume(Data(compressed)) }
        let checksum = try Data.decompress(size: Int64(size), bufferSize: 1 << 16, skipCRC32: false, provider: { position, chunk in
            guard position < Int64(compressed.count) else { throw Damaged(reason: "its compressed data ends too soon") }
            let from = compressed.startIndex + Int(position)
            return Data(compressed[from ..< min(from + chunk, compressed.endIndex)])
        }, consumer: consume)
        guard checksum == entry.checksum else { throw Damaged(reason: "its checksum does not match") }
    }

    /// Where the data of the part at `path` starts: after its local header (30 bytes, its
    /// name and its extra field), found by its signature and name.
    private static func dataStart(of path: String, in bytes: Data) -> Int? {
        let name = Data(path.utf8)
        var from = bytes.startIndex
        while let header = bytes[from...].firstRange(of: [0x50, 0x4B, 0x03, 0x04] as [UInt8]) {
            let at = header.lowerBound
            guard at + 30 <= bytes.endIndex else { return nil }
            func short(_ offset: Int) -> Int { Int(bytes[at + offset]) | Int(bytes[at + offset + 1]) << 8 }
            let nameLength = short(26), extraLength = short(28)
            if at + 30 + nameLength <= bytes.endIndex, bytes[(at + 30) ..< (at + 30 + nameLength)] == name {
                return at + 30 + nameLength + extraLength
            }
            from = header.upperBound
        }
        return nil
    }

    private mutating func part(_ path: String) throws(DatasetError) -> XMLTree? {
        guard let entry = archive[path] else { return nil }
        let tooLarge = problem(
            "the workbook unpacks to more than \(ReadingOptions.describe(bytes: limit)), the most ActorMap reads (part \(path)).",
            fix: "raise the limit with --max-input-mb (ReadingOptions.maximumInputBytes) if the workbook is genuine, or export the sheets as CSV.")
        guard entry.uncompressedSize <= UInt64(limit - unpacked) else { throw tooLarge }
        var data = Data()
        var total = unpacked
        let limit = limit
        do {
            try unpack(entry, path: path) { chunk in
                total += chunk.count
                guard total <= limit else { throw OverLimit() }
                data.append(chunk)
            }
        } catch is OverLimit {
            throw tooLarge
        } catch let damaged as Damaged {
            throw problem("the workbook part \(path) cannot be unpacked: \(damaged.reason).", fix: "save the workbook again from the spreadsheet.")
        } catch {
            throw problem("the workbook part \(path) cannot be unpacked (\(error)).", fix: "save the workbook again from the spreadsheet.")
        }
        unpacked = total
        return try XMLTree.parse(data, file: "\(file) (\(path))")
    }

    private func problem(_ message: String, fix: String, line: Int? = nil) -> DatasetError {
        DatasetError(problems: [Problem(.error, path: "", message, fix: fix, file: file, line: line)])
    }

    /// Each sheet with its name, in workbook order.
    mutating func sheets() throws(DatasetError) -> [(name: String, table: ImportedTable)] {
        guard let workbook = try part("xl/workbook.xml") else {
            throw problem("the file is a zip archive but not an Excel workbook: it has no xl/workbook.xml.", fix: "save it from the spreadsheet as 'Excel Workbook (.xlsx)'.")
        }
        var targets: [String: String] = [:]
        for relationship in try part("xl/_rels/workbook.xml.rels")?.root.children("Relationship") ?? [] {
            guard let id = relationship.attributes["Id"], let target = relationship.attributes["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        sharedStrings = (try part("xl/sharedStrings.xml")?.root.children("si") ?? []).map(Self.text)
        var sheets: [(String, ImportedTable)] = []
        for (index, sheet) in (workbook.root.child("sheets")?.children("sheet") ?? []).enumerated() {
            let name = sheet.attributes["name"] ?? "Sheet\(index + 1)"
            let relationship = sheet.attributes["r:id"] ?? sheet.attributes["id"]
            let path = relationship.flatMap { targets[$0] } ?? "xl/worksheets/sheet\(index + 1).xml"
            guard let tree = try part(path) else { continue }
            sheets.append((name, try table(tree.root, sheet: name)))
        }
        return sheets
    }

    /// The text of a shared string or inline string: its runs joined, phonetic guides left out.
    private static func text(_ item: XMLTree.Element) -> String {
        if let plain = item.child("t") { return plain.text }
        return item.children("r").compactMap { $0.child("t")?.text }.joined()
    }

    private func table(_ worksheet: XMLTree.Element, sheet: String) throws(DatasetError) -> ImportedTable {
        var header: [String]?
        var headerRow = 1
        var rows: [ImportedTable.Row] = []
        for row in worksheet.child("sheetData")?.children("row") ?? [] {
            let number = row.attributes["r"].flatMap { Int($0) } ?? (rows.count + (header == nil ? 1 : 2))
            var cells: [ImportedValue?] = []
            for (position, cell) in row.children("c").enumerated() {
                var column = position
                if let reference = cell.attributes["r"] {
                    guard let index = Self.columnIndex(reference) else {
                        throw problem("sheet \(sheet), row \(number): the cell reference '\(reference.prefix(40))' names no column (Excel's run from A to XFD).",
                                      fix: "save the workbook again from the spreadsheet; it was not written by one.", line: number)
                    }
                    column = index
                }
                guard let scalar = try value(of: cell, at: "\(sheet)!\(Self.columnName(column))\(number)", line: number) else { continue }
                if cells.count <= column { cells += [ImportedValue?](repeating: nil, count: column + 1 - cells.count) }
                let headerName = header.flatMap { column < $0.count && !$0[column].isEmpty ? $0[column] : nil } ?? "column \(column + 1)"
                cells[column] = ImportedValue(scalar: scalar, place: SourcePlace(
                    file: file, line: number, column: column + 1, field: "\(sheet)!\(Self.columnName(column))\(number) (\(headerName))"))
            }
            guard cells.contains(where: { $0.map { !$0.scalar.isBlank } ?? false }) else { continue }
            if header == nil {
                header = cells.map { $0?.scalar.text.trimmingCharacters(in: .whitespaces) ?? "" }
                headerRow = number
                continue
            }
            rows.append(ImportedTable.Row(place: SourcePlace(file: file, line: number, column: nil, field: "\(sheet) row \(number)"), cells: cells))
        }
        return ImportedTable(place: SourcePlace(file: file, line: headerRow, column: nil, field: sheet), header: header ?? [], rows: rows)
    }

    /// A cell's value with the type the workbook gives it.
    private func value(of cell: XMLTree.Element, at reference: String, line: Int) throws(DatasetError) -> ImportedScalar? {
        let raw = cell.child("v")?.text
        switch cell.attributes["t"] ?? "n" {
        case "s":
            guard let raw else { return nil }
            guard let index = Int(raw.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                throw problem("cell \(reference) refers to shared string '\(raw.prefix(20))', but the workbook has \(sharedStrings.count) (numbered from 0).",
                              fix: "save the workbook again from the spreadsheet; its text table is damaged.", line: line)
            }
            return .text(sharedStrings[index])
        case "inlineStr": return cell.child("is").map { .text(Self.text($0)) }
        case "str", "d", "e": return raw.map(ImportedScalar.text)
        case "b": return raw.map { ImportedScalar.reading($0, as: .boolean) ?? .text($0) }
        default:
            guard let raw else { return nil }
            return ImportedScalar.reading(raw, as: .integer) ?? ImportedScalar.reading(raw, as: .number) ?? .text(raw)
        }
    }

    /// The zero-based column of a cell reference: 0 for `A7`, 27 for `AB7`; `nil` for one that
    /// names no column of a sheet (more than three letters, letters outside A to Z, past XFD).
    static func columnIndex(_ reference: String) -> Int? {
        let letters = reference.utf8.prefix { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0 & 0xDF) && $0 < 0x80 }
        let rest = reference.utf8.dropFirst(letters.count)
        guard (1...3).contains(letters.count), rest.first.map({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) ?? true else { return nil }
        let index = letters.reduce(0) { $0 * 26 + Int($1 & 0xDF) - 64 } - 1
        return index < maximumColumns ? index : nil
    }

    /// Excel's columns: A to XFD.
    static let maximumColumns = 16_384

    private static func columnName(_ index: Int) -> String {
        var name = "", index = index + 1
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }
}
