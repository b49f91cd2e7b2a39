import Foundation

/// Reads edge lists without a header, one tie a line and its fields apart by spaces or tabs,
/// as networkx's `write_edgelist` and `write_weighted_edgelist` and igraph's `ncol` format
/// write them:
///
///     # a comment
///     fed city
///     fed ngo 2.5
///     ngo donor {'weight': 2.0, 'type': 'funding', 'since': 2012}
///
/// The first two fields are the actors, named as written; a third is the tie's weight, or,
/// as networkx writes each edge's data by default, a Python mapping whose keys are read as
/// the columns of a table are (`weight`, `type`, `since`, `until`, …; any other key is an
/// attribute). Everything after a `#` is a comment, as networkx reads it. Ties are undirected
/// unless their data says `directed`: an edge list does not say.
///
/// Fields may be apart by commas instead, as networkx writes them with `delimiter=","` and
/// Network Repository's `.edges` files keep them: `fed,city,2.5`. The first tie's line decides
/// for the whole file: commas when the line has no space or tab before any `{` and a comma
/// there, so that names holding commas in a list apart by spaces (`Smith,J Doe,K`) stay whole.
///
/// An edge list with a header row is a table: ``CSVDatasetReader`` reads it, with spaces or
/// tabs between its columns.
public struct EdgeListReader: DatasetFileReader {
    /// How files are read: the order of dates with slashes, the size limit.
    public var options: ReadingOptions

    /// A reader with the given options; by default slashed dates are refused and files are
    /// read up to 256 MiB.
    ///
    /// - Parameter options: How files are read.
    public init(options: ReadingOptions = ReadingOptions()) {
        self.options = options
    }

    /// Whether text is an edge list rather than a map in ActorMap's own YAML or JSON: its
    /// first line that is not blank or a comment holds two fields or more, apart by spaces or
    /// tabs (or by commas), the first of them no YAML key (`title:`), list item (`-`) or JSON.
    ///
    /// - Parameter text: The file's text.
    /// - Returns: `true` when the text reads as an edge list.
    /// - Complexity: O(*n*) for the *n* characters before the first such line.
    public static func recognises(_ text: String) -> Bool {
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = Self.fields(of: line, apartByCommas: Self.isApartByCommas(line))
            guard let first = fields.first else { continue }
            return fields.count >= 2 && !first.text.hasSuffix(":") && !first.text.contains(": ")
                && !["-", "---", "%YAML"].contains(first.text) && !"{[\"'".contains(first.text.first!)
        }
        return false
    }

    /// Whether a line's fields are apart by commas: before any `{` or `#` it has a comma and
    /// no space or tab between two fields.
    static func isApartByCommas(_ line: Substring) -> Bool {
        let fields = line.prefix { $0 != "{" && $0 != "#" }
        return fields.contains(",") && Self.fields(of: fields).count == 1
    }

    /// Reads and checks an edge list held in memory.
    ///
    /// - Parameters:
    ///   - data: The file's bytes, UTF-8.
    ///   - file: The name problems give for it, each with its line and column.
    /// - Returns: The dataset, when it can be used, and every problem found.
    /// - Complexity: O(*n*) for *n* bytes, then assembling the ties.
    public func check(data: Data, file: String) -> ValidationReport {
        if let tooLarge = options.sizeProblem(ofData: data.count, file: file) { return ValidationReport(problems: [tooLarge]) }
        var document = DatasetDocument(file: file)
        guard let text = document.decodeText(data) else { return document.report(dataset: nil) }
        var problems: [Problem] = []
        var records: [ImportedRecord] = []
        var number = 0
        var commas: Bool?
        // Lines as the file breaks them: `\n`, `\r\n` or a lone `\r`.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            // The first tie's line says what separates the fields of every line.
            let apartByCommas = commas ?? Self.isApartByCommas(line)
            let fields = Self.fields(of: line, apartByCommas: apartByCommas)
            guard !fields.isEmpty else { continue }
            commas = apartByCommas
            let place = SourcePlace(file: file, line: number, column: nil, field: "")
            func value(_ field: Field, _ scalar: ImportedScalar, named name: String) -> ImportedValue {
                ImportedValue(scalar: scalar, place: SourcePlace(file: file, line: number, column: field.column, field: name))
            }
            guard fields.count >= 2 else {
                problems.append(place.problem(.error, "this line names one actor, '\(fields[0].text)'; each line of an edge list is a tie between two.",
                                              fix: "give both actors, apart by a space or a tab, or remove the line."))
                continue
            }
            var record = ImportedRecord(place: place)
            record.add(.field(.from), named: "from", value(fields[0], .text(fields[0].text), named: "from"))
            record.add(.field(.to), named: "to", value(fields[1], .text(fields[1].text), named: "to"))
            let rest = fields.dropFirst(2)
            if let data = rest.first, data.text.hasPrefix("{") {
                // networkx's `write_edgelist` writes each edge's data as a Python mapping.
                let written = String(line[line.index(line.startIndex, offsetBy: data.column - 1)...]).prefix { $0 != "#" }
                switch PythonMapping.read(String(written).trimmingCharacters(in: .whitespaces)) {
                case .success(let entries):
                    for (key, scalar) in entries {
                        record.add(FieldNames.column(key, in: .relationships, readsTypeSuffix: false), named: key, value(data, scalar, named: key))
                    }
                case .failure(let problem):
                    problems.append(value(data, .text(""), named: "data").place.problem(.error, problem.message, fix: problem.fix))
                }
            } else if let weight = rest.first {
                guard rest.count == 1 else {
                    problems.append(value(rest[rest.startIndex + 1], .text(""), named: "column \(rest.startIndex + 2)").place.problem(
                        .error, "this line has \(rest.count) fields after its two actors; an edge list without a header can give a weight, or networkx's {'key': value} data, and no more.",
                        fix: "write the list with networkx's write_edgelist(G, path) or write_weighted_edgelist, or as a table with a header row, such as `from to weight type`."))
                    continue
                }
                record.add(.field(.weight), named: "weight", value(weight, .untyped(weight.text), named: "weight"))
            }
            records.append(record)
        }
        if records.isEmpty, problems.isEmpty {
            problems.append(Problem(.error, path: "", "the edge list holds no tie.", fix: "write one tie a line: the two actors, apart by a space or a tab.", file: file))
        }
        var assembler = DatasetAssembler(
            frame: DatasetFrame(title: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent), file: file,
            options: options, problems: problems)
        return assembler.assemble(actors: nil, relationships: records)
    }

    /// One field of a line and the column it starts at, counting characters from 1.
    struct Field {
        var text: String
        var column: Int
    }

    /// The fields of a line, apart by spaces and tabs (or by commas, spaces around them left
    /// out, and then a `{` starts a last field that runs to the end), up to a `#`.
    static func fields(of line: Substring, apartByCommas: Bool = false) -> [Field] {
        var fields: [Field] = []
        var current = "", start = 0, column = 0
        func endField() {
            let text = apartByCommas ? current.trimmingCharacters(in: .whitespaces) : current
            if !text.isEmpty { fields.append(Field(text: text, column: start)) }
            current = ""
        }
        for character in line {
            column += 1
            if character == "#" { break }
            let isSpace = character == " " || character == "\t"
            if apartByCommas ? character == "," : isSpace {
                endField()
            } else if apartByCommas, character == "{", current.allSatisfy(\.isWhitespace) {
                // networkx's data, which holds commas of its own, runs to the end of the line.
                current = ""
                fields.append(Field(text: String(line.dropFirst(column - 1).prefix { $0 != "#" }).trimmingCharacters(in: .whitespaces), column: column))
                return fields
            } else if !(apartByCommas && isSpace && current.isEmpty) {
                if current.isEmpty { start = column }
                current.append(character)
            }
        }
        endField()
        return fields
    }
}

/// The Python mappings networkx writes for an edge's data, `{'weight': 2.0, 'type': 'mou'}`:
/// keys in quotes, values that are quoted text, numbers, `True`, `False` or `None` (left out).
enum PythonMapping {
    /// The entries of a mapping in the order written, or what keeps it from reading.
    ///
    /// - Complexity: O(*n*) for *n* characters.
    static func read(_ text: String) -> Result<[(String, ImportedScalar)], ValueProblem> {
        var scanner = Substring(text)
        let refusal = ValueProblem(
            "the tie's data '\(text.count > 60 ? text.prefix(60) + "…" : text[...])' is not a mapping of names to single values, as networkx's write_edgelist writes it.",
            fix: "write each value as a number, True, False or quoted text, such as {'weight': 2.0, 'type': 'mou'}; lists and nested mappings need a table with one column each.")
        func skipSpaces() { scanner = scanner.drop { $0 == " " || $0 == "\t" } }
        func quoted() -> String? {
            guard let quote = scanner.first, quote == "'" || quote == "\"" else { return nil }
            scanner = scanner.dropFirst()
            var result = ""
            while let character = scanner.first {
                scanner = scanner.dropFirst()
                if character == quote { return result }
                if character == "\\", let next = scanner.first {
                    scanner = scanner.dropFirst()
                    switch next {
                    case "n": result.append("\n")
                    case "t": result.append("\t")
                    default: result.append(next)
                    }
                } else {
                    result.append(character)
                }
            }
            return nil
        }
        guard scanner.first == "{" else { return .failure(refusal) }
        scanner = scanner.dropFirst()
        var entries: [(String, ImportedScalar)] = []
        skipSpaces()
        if scanner.first == "}" { return scanner.dropFirst().allSatisfy(\.isWhitespace) ? .success([]) : .failure(refusal) }
        while true {
            skipSpaces()
            guard let key = quoted() else { return .failure(refusal) }
            skipSpaces()
            guard scanner.first == ":" else { return .failure(refusal) }
            scanner = scanner.dropFirst()
            skipSpaces()
            if let text = quoted() {
                entries.append((key, .text(text)))
            } else {
                let word = scanner.prefix { $0 != "," && $0 != "}" }.trimmingCharacters(in: .whitespaces)
                scanner = scanner.dropFirst(scanner.prefix { $0 != "," && $0 != "}" }.count)
                switch word {
                case "True": entries.append((key, .boolean(true)))
                case "False": entries.append((key, .boolean(false)))
                case "None": break
                default:
                    if let whole = Int(word) {
                        entries.append((key, .integer(whole)))
                    } else if let number = Double(word), number.isFinite, word.allSatisfy({ "0123456789.eE+-".contains($0) }) {
                        entries.append((key, .number(number)))
                    } else {
                        return .failure(refusal)
                    }
                }
            }
            skipSpaces()
            guard let next = scanner.first else { return .failure(refusal) }
            scanner = scanner.dropFirst()
            if next == "}" { return scanner.allSatisfy(\.isWhitespace) ? .success(entries) : .failure(refusal) }
            guard next == "," else { return .failure(refusal) }
        }
    }
}

extension ValueProblem: Error {}
