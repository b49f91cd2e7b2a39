import Foundation
import Yams

/// Reads ActorMap's own dataset format, version 1, from YAML or JSON.
///
/// Both syntaxes share one schema and one reader: JSON is read by ActorMap's own scanner and
/// YAML by Yams into one kind of tree, which one walk reads, so that every problem names a
/// line and column in either. The reader collects every problem it can rather than stopping at the
/// first, and never trusts the input's shape: a sequence where a name was expected is a
/// problem, not a crash, and nothing it does grows faster than the text it reads.
public struct DatasetReader: Sendable {
    /// The two syntaxes of ActorMap's own format.
    public enum Syntax: String, Sendable {
        /// YAML: `.yaml` and `.yml` files.
        case yaml
        /// JSON: `.json` files.
        case json
    }

    /// How files are read: the order of day-first dates, the size limit.
    public var options: ReadingOptions

    /// A reader with the given options.
    ///
    /// - Parameter options: The order of slashed dates and the size limit.
    public init(options: ReadingOptions) {
        self.options = options
    }

    /// A reader with the default options: slashed dates refused, files up to 256 MiB.
    public init() {
        self.init(options: ReadingOptions())
    }

    /// Reads and checks a dataset file.
    ///
    /// - Parameter url: A `.yaml`, `.yml` or `.json` file in ActorMap's own format; a `.csv`
    ///   table with its companions (see ``CSVDatasetReader``); or a file another tool wrote, by
    ///   its extension: `.xlsx`, `.graphml`, `.gexf`, `.tsv`, edge lists `.edgelist`, `.edges`
    ///   and `.ncol` (see docs/interchange.md); Kumu's JSON, by its `elements` and `connections`
    ///   (see ``KumuJSONReader``). Other names are read as an edge list when their first line
    ///   is one (see ``EdgeListReader/recognises(_:)``), as JSON when they start with `{` and
    ///   as YAML otherwise.
    /// - Returns: the dataset and every problem found, warnings included; a file larger than
    ///   `options.maximumInputBytes` is refused before it is read.
    public func check(contentsOf url: URL) -> ValidationReport {
        if let tooLarge = options.sizeProblem(of: url) { return ValidationReport(problems: [tooLarge]) }
        switch url.pathExtension.lowercased() {
        case "csv", "tsv": return CSVDatasetReader(options: options).check(contentsOf: url)
        case "edgelist", "edges", "ncol": return EdgeListReader(options: options).check(contentsOf: url)
        case "graphml": return GraphMLReader(options: options).check(contentsOf: url)
        case "gexf": return GEXFReader(options: options).check(contentsOf: url)
        case "xlsx": return WorkbookReader(options: options).check(contentsOf: url)
        case "yaml" where CSVDatasetReader.isFrameOfTables(url): return CSVDatasetReader(options: options).check(contentsOf: url)
        default: return checkNative(contentsOf: url)
        }
    }

    /// Reads and checks a map kept in several files: an actors table and a relationships
    /// table, with the native file holding their title and definitions if there is one. A
    /// single file reads as ``check(contentsOf:)-(URL)`` reads it.
    ///
    /// - Parameter urls: The files of one map.
    /// - Returns: The dataset, when it can be used, and every problem found.
    public func check(contentsOf urls: [URL]) -> ValidationReport {
        if urls.count == 1 { return check(contentsOf: urls[0]) }
        let unpaired = urls.filter { !["csv", "tsv", "yaml", "yml", "json"].contains($0.pathExtension.lowercased()) }
        guard unpaired.isEmpty, urls.contains(where: { ["csv", "tsv"].contains($0.pathExtension.lowercased()) }) else {
            return ValidationReport(problems: [
                Problem(.error, path: "", "only CSV tables can make one map from several files; this is one map on its own.",
                        fix: "give CSV tables (actors and relationships, with a native file for the title if wanted), or one file.",
                        file: (unpaired.first ?? urls[0]).relativePath),
            ])
        }
        let tooLarge = urls.compactMap(options.sizeProblem(of:))
        guard tooLarge.isEmpty else { return ValidationReport(problems: tooLarge) }
        return CSVDatasetReader(options: options).check(files: urls)
    }

    private func checkNative(contentsOf url: URL) -> ValidationReport {
        let name = url.relativePath
        let data: Data
        switch options.contents(of: url) {
        case .success(let contents): data = contents
        case .failure(let error): return ValidationReport(problems: error.problems)
        }
        let syntax: Syntax? = switch url.pathExtension.lowercased() {
        case "json": .json
        case "yaml", "yml": .yaml
        default: nil
        }
        let inputs = options.inputsPending(read: data, from: name)
        var report = if syntax != .yaml, KumuJSONReader.recognises(data) {
            KumuJSONReader(options: options).check(data: data, file: name)
        } else if syntax == nil, EdgeListReader.recognises(String(decoding: data.prefix(4096), as: UTF8.self)) {
            // A `.txt` or other file that holds ties one a line, as networkx writes them.
            EdgeListReader(options: options).check(data: data, file: name)
        } else {
            check(consuming: consume data, syntax: syntax, file: name)
        }
        report.inputs = inputs()
        return report
    }

    /// Reads a dataset file, throwing when it has errors.
    ///
    /// - Parameter url: A file in any format ``check(contentsOf:)-(URL)`` reads.
    /// - Returns: The dataset; its warnings are in ``Dataset/warnings``.
    /// - Throws: ``DatasetError`` with every problem, when any is an error.
    public func read(contentsOf url: URL) throws(DatasetError) -> Dataset {
        let report = check(contentsOf: url)
        guard let dataset = report.dataset else { throw DatasetError(problems: report.problems) }
        return dataset
    }

    /// Reads and checks dataset text in memory; text larger than `options.maximumInputBytes`
    /// is refused.
    ///
    /// - Parameters:
    ///   - data: The text's bytes, UTF-8.
    ///   - syntax: YAML or JSON; by default JSON when the text starts with `{`.
    ///   - file: The name problems give for it.
    /// - Returns: The dataset, when it can be used, and every problem found, each at its line.
    /// - Complexity: O(*n*) for *n* bytes, YAML aliases held to ten times the text's size.
    public func check(data: Data, syntax: Syntax? = nil, file: String? = nil) -> ValidationReport {
        check(consuming: data, syntax: syntax, file: file)
    }

    /// Reads and checks dataset text, letting go of the bytes once they are decoded and of the
    /// text once it is parsed: a big map's text is then not held beside its tree and model.
    private func check(consuming data: consuming Data, syntax: Syntax?, file: String?) -> ValidationReport {
        if let tooLarge = options.sizeProblem(ofData: data.count, file: file) { return ValidationReport(problems: [tooLarge]) }
        var document = DatasetDocument(file: file)
        document.dateOrder = options.dateOrder
        document.requiringSources = options.requiringSources
        guard let text = document.decodeText(data) else { return document.report(dataset: nil) }
        _ = consume data
        let syntax = syntax ?? (text.drop(while: \.isWhitespace).first == "{" ? .json : .yaml)
        guard let contents = document.contents(of: consume text, syntax: syntax) else { return document.report(dataset: nil) }
        let dataset = document.dataset(from: contents)
        return document.report(dataset: dataset)
    }
}

/// The result of checking a dataset: the dataset when it can be used, and every problem.
public struct ValidationReport: Sendable {
    /// Every problem found, errors and warnings, errors first and then in the order of the file.
    public var problems: [Problem]
    /// The dataset, or `nil` when it has errors.
    public var dataset: Dataset?
    /// Each file read, named as problems name it, with the SHA-256 of the bytes read, when
    /// the reader's options ask for digests (``ReadingOptions/recordingDigests``); a file
    /// that could not be read is not listed. A result's ``Provenance`` is made from these
    /// without reading the files again.
    public var inputs: [Provenance.Input] = []

    /// A report of `problems`, with the dataset when it can be used.
    ///
    /// - Parameters:
    ///   - problems: Every problem found.
    ///   - dataset: The dataset, when it can be used.
    public init(problems: [Problem], dataset: Dataset? = nil) {
        self.problems = problems
        self.dataset = dataset
    }

    /// The problems that keep the dataset from being used.
    ///
    /// - Complexity: O(*p*) for *p* problems.
    public var errors: [Problem] { problems.filter { $0.severity == .error } }
    /// The problems that do not keep the dataset from being used.
    ///
    /// - Complexity: O(*p*) for *p* problems.
    public var warnings: [Problem] { problems.filter { $0.severity == .warning } }
}
