import Foundation

/// How to read a dataset file: choices a file cannot make for itself, and limits that keep
/// a hostile or mistaken file from exhausting the machine.
public struct ReadingOptions: Sendable, Hashable {
    /// The order of day, month and year in dates written with slashes (`15/03/2017`).
    public enum DateOrder: String, Sendable, Hashable, CaseIterable {
        /// Day first, as in Kenya, Namibia, Zimbabwe and most of the world: `15/03/2017`.
        case dmy
        /// Month first, as in the United States: `03/15/2017`.
        case mdy
        /// Year first: `2017/03/15`.
        case ymd
    }

    /// How dates with slashes are read; `nil` refuses them, naming the option to set.
    public var dateOrder: DateOrder?

    /// The largest input file read, in bytes.
    public var maximumInputBytes: Int

    /// Whether a relationship citing no source is reported as a warning, as checking a map
    /// strictly (`actormap validate --strict`) asks; off by default, since many maps cite none.
    public var requiringSources = false

    /// Whether a report lists each file read with the SHA-256 of the bytes read
    /// (``ValidationReport/inputs``), so that a result's ``Provenance`` need not read the
    /// files again; off by default, since only results that record their provenance need it.
    public var recordingDigests = false

    /// 256 MiB, the default of `maximumInputBytes`.
    public static let defaultMaximumInputBytes = 256 << 20

    /// Options for reading.
    ///
    /// - Parameters:
    ///   - dateOrder: How to read dates with slashes; `nil` refuses them.
    ///   - maximumInputBytes: The largest file read, in bytes.
    public init(dateOrder: DateOrder? = nil, maximumInputBytes: Int = Self.defaultMaximumInputBytes) {
        self.dateOrder = dateOrder
        self.maximumInputBytes = maximumInputBytes
    }
}

extension ReadingOptions {
    /// A size for messages, in the megabytes `--max-input-mb` counts: "256 MB", "1.1 MB"
    /// (rounded up, so that a size just over a limit never reads as the limit itself).
    static func describe(bytes: Int) -> String {
        guard bytes >= 1 << 20 else { return "\(bytes.formatted()) bytes" }
        guard bytes % (1 << 20) != 0 else { return "\(bytes >> 20) MB" }
        let tenths = Int((Double(bytes) * 10 / Double(1 << 20)).rounded(.up))
        return "\(tenths / 10).\(tenths % 10) MB"
    }

    /// The problem with a file larger than `maximumInputBytes`, found from its size before
    /// anything reads it; `nil` when it is small enough or its size cannot be known.
    func sizeProblem(of url: URL) -> Problem? {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber,
              size.int64Value > Int64(maximumInputBytes) else { return nil }
        return Problem(.error, path: "", "the file is \(Self.describe(bytes: Int(clamping: size.int64Value))), more than the \(Self.describe(bytes: maximumInputBytes)) ActorMap reads.",
                       fix: "raise the limit with --max-input-mb (ReadingOptions.maximumInputBytes) if the file is genuine.", file: url.relativePath)
    }

    /// The problem with text larger than `maximumInputBytes`, for data already in memory.
    func sizeProblem(ofData count: Int, file: String?) -> Problem? {
        guard count > maximumInputBytes else { return nil }
        return Problem(.error, path: "", "the text is \(Self.describe(bytes: count)), more than the \(Self.describe(bytes: maximumInputBytes)) ActorMap reads.",
                       fix: "raise the limit with --max-input-mb (ReadingOptions.maximumInputBytes) if the file is genuine.", file: file)
    }
}

extension ReadingOptions {
    /// The bytes of an input file, or the one problem that stops it being read: no such
    /// file, a folder, a file larger than `maximumInputBytes`, or one that cannot be read.
    ///
    /// Every reader opens its files through this, so a missing or oversized file gets the
    /// same words whichever format it is in and whether a command or a library user reads it.
    ///
    /// - Complexity: O(*n*) for a file of *n* bytes; nothing is read past the size check.
    func contents(of url: URL) -> Result<Data, DatasetError> {
        let file = url.relativePath
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            return .failure(DatasetError(problems: [Problem(.error, path: "", "there is no such file.", fix: "check the path.", file: file)]))
        }
        if isFolder.boolValue {
            return .failure(DatasetError(problems: [Problem(.error, path: "", "this is a folder, not a file.", fix: "give the map's file inside it.", file: file)]))
        }
        if let tooLarge = sizeProblem(of: url) { return .failure(DatasetError(problems: [tooLarge])) }
        do {
            // Read through a handle, one byte past the limit at most: a pipe (`<(…)`), a device
            // that never ends (/dev/zero) or a file that grew after its size was read is held
            // to the same limit, without reading it whole first.
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            let data = try handle.read(upToCount: min(maximumInputBytes, Int.max - 1) + 1) ?? Data()
            guard data.count <= maximumInputBytes else {
                return .failure(DatasetError(problems: [Problem(
                    .error, path: "", "the file holds more than the \(Self.describe(bytes: maximumInputBytes)) ActorMap reads.",
                    fix: "raise the limit with --max-input-mb (ReadingOptions.maximumInputBytes) if the file is genuine.", file: file)]))
            }
            return .success(data)
        } catch {
            return .failure(DatasetError(problems: [Problem(.error, path: "", "the file cannot be read.", fix: "check the file's permissions.", file: file)]))
        }
    }
}


extension ReadingOptions {
    /// The file `file` with the digest of `data`, the bytes read from it, when digests are
    /// recorded; nothing otherwise.
    ///
    /// - Complexity: O(*n*) for *n* bytes, when digests are recorded.
    func inputs(read data: Data, from file: String) -> [Provenance.Input] {
        inputsPending(read: data, from: file)()
    }

    /// ``inputs(read:from:)``, with the digest taken on another core from now on: the
    /// function returned waits for it, so that a reader checks the bytes meanwhile.
    func inputsPending(read data: Data, from file: String) -> () -> [Provenance.Input] {
        guard recordingDigests else { return { [] } }
        let digest = SHA256Digest.Pending(of: data)
        return { [Provenance.Input(path: file, sha256: digest.value)] }
    }
}

/// A reader of one format of dataset file: GraphML, GEXF, Kumu's JSON, an Excel workbook.
///
/// Every reader opens its file the same way (``ReadingOptions``' checks of a missing,
/// oversized or unreadable file), so that such a file gets the same words in every format.
public protocol DatasetFileReader: Sendable {
    /// How files are read: the order of dates with slashes, the size limit.
    var options: ReadingOptions { get }

    /// Reads and checks a dataset held in memory.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The name problems give for it, as the user wrote it.
    /// - Returns: The dataset, when it can be used, and every problem found, warnings included.
    func check(data: Data, file: String) -> ValidationReport

    /// Reads and checks a dataset file.
    ///
    /// - Parameter url: The file; problems name it by its relative path.
    /// - Returns: The dataset, when it can be used, and every problem found, warnings
    ///   included; for a file that is missing, a folder, larger than
    ///   `options.maximumInputBytes` or unreadable, that one problem.
    func check(contentsOf url: URL) -> ValidationReport
}

extension DatasetFileReader {
    /// Reads the file through ``ReadingOptions``, then checks its bytes with
    /// ``check(data:file:)``; with ``ReadingOptions/recordingDigests``, the report lists the
    /// file with the digest of those bytes.
    ///
    /// - Parameter url: The file to read.
    /// - Returns: The dataset, when it can be used, and every problem found.
    /// - Complexity: O(*n*) to read a file of *n* bytes, then whatever checking them takes.
    public func check(contentsOf url: URL) -> ValidationReport {
        switch options.contents(of: url) {
        case .success(let data):
            let inputs = options.inputsPending(read: data, from: url.relativePath)
            var report = check(data: data, file: url.relativePath)
            report.inputs = inputs()
            return report
        case .failure(let error):
            return ValidationReport(problems: error.problems)
        }
    }
}
