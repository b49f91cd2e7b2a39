import ActorMap
import Foundation

extension Provenance {
    /// How this run of the command made its result: the files it read, every argument it was
    /// given after the program's name, and the seed where one applies.
    ///
    /// Each input's digest is of the bytes the run read when it loaded the file (see
    /// ``InputDigests``), so that a file is read once; a file the run did not read is read
    /// here for its digest, and has none when it cannot be.
    static func ofThisRun(inputs: [String], seed: Int? = nil) -> Provenance {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let read = inputs.map { path in InputDigests.input(named: path) ?? Provenance(inputs: [path], arguments: arguments).inputs[0] }
        var provenance = Provenance(inputs: read, arguments: arguments, seed: seed.map(UInt64.init))
        provenance.evidenceFilter = EvidenceFilterRecord.effect
        return provenance
    }
}

/// The digest of each file this run read, taken from the bytes as they were read, for the
/// provenance of the run's JSON.
enum InputDigests {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var digests: [String: String?] = [:]

    /// Keeps the digests of the files a report read.
    static func remember(_ report: ValidationReport) {
        lock.withLock {
            for input in report.inputs { digests[input.path] = input.sha256 }
        }
    }

    /// The file given as `path` with the digest of what the run read of it, or `nil` when the
    /// run did not read it.
    static func input(named path: String) -> Provenance.Input? {
        // Readers name a file by its URL's relative path, which is the path as given.
        let name = URL(fileURLWithPath: path).relativePath
        return lock.withLock { digests[name].map { Provenance.Input(path: path, sha256: $0) } }
    }
}
