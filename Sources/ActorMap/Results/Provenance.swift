import Foundation

/// The version of ActorMap: what `actormap --version` prints and every JSON document
/// records in its ``Provenance``.
public let actorMapVersion = "0.1.0"

/// How a result was made: the version of ActorMap, each input file with the SHA-256 of its
/// bytes, the arguments given, and the random seed where one applies.
///
/// With these a figure in a report can be traced, and made again: the same version, given
/// files whose digests match and the same arguments, computes the same figures.
public struct Provenance: Codable, Sendable, Hashable {
    /// An input file, named as the user gave it, with the digest of what it held.
    public struct Input: Codable, Sendable, Hashable {
        /// The path as given, relative to the folder the command ran in when it is relative.
        public var path: String
        /// The SHA-256 of the file's bytes in lower-case hexadecimal, as `sha256sum` prints
        /// it; `nil` when the file could not be read.
        public var sha256: String?

        /// An input file and its digest.
        ///
        /// - Parameters:
        ///   - path: The path as given.
        ///   - sha256: The digest in hexadecimal, or `nil` for a file that could not be read.
        public init(path: String, sha256: String?) {
            self.path = path
            self.sha256 = sha256
        }
    }

    /// The version of ActorMap that made the result, ``actorMapVersion`` by default.
    public var version: String
    /// The arguments the result was made with, in order, as given (for the command: every
    /// argument after its name, the subcommand first).
    public var arguments: [String]
    /// Every input file, in the order given.
    public var inputs: [Input]
    /// The seed of the random choices made (the order in which Louvain visits actors, the
    /// relabellings of a permutation test, the random starts of a key-player search), or
    /// `nil` when the result makes none.
    public var seed: UInt64?
    /// What filtering ties by their evidence did, when a filter ran (`--min-confidence`,
    /// `--min-sources`); `nil`, and left out of the JSON, when none did.
    public var evidenceFilter: EvidenceFilter.Effect?

    enum CodingKeys: String, CodingKey {
        case version = "actormap_version"
        case arguments, inputs, seed
        case evidenceFilter = "evidence_filter"
    }

    /// The provenance of a result made from `paths`, each read again to take its digest.
    ///
    /// - Parameters:
    ///   - paths: The input files as the user named them; a file that cannot be read is
    ///     listed with no digest.
    ///   - arguments: The arguments the result was made with.
    ///   - seed: The random seed used, where one applies.
    /// - Complexity: O(*n*) in the total size of the files, read in pieces of a megabyte.
    public init(inputs paths: [String], arguments: [String], seed: UInt64? = nil) {
        self.init(
            inputs: paths.map { Input(path: $0, sha256: try? SHA256Digest.hexadecimal(ofFileAt: $0)) },
            arguments: arguments, seed: seed)
    }

    /// A provenance from its parts, for a result whose inputs were not files.
    ///
    /// - Parameters:
    ///   - inputs: The input files and their digests.
    ///   - arguments: The arguments the result was made with.
    ///   - seed: The random seed used, where one applies.
    ///   - version: The version of ActorMap that made it.
    public init(inputs: [Input], arguments: [String], seed: UInt64? = nil, version: String = actorMapVersion) {
        self.version = version
        self.arguments = arguments
        self.inputs = inputs
        self.seed = seed
    }

    /// Writes every field, `seed` as `null` when there is none.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(arguments, forKey: .arguments)
        try container.encode(inputs, forKey: .inputs)
        // Written as null rather than left out, so every document has the same keys.
        try container.encode(seed, forKey: .seed)
        try container.encodeIfPresent(evidenceFilter, forKey: .evidenceFilter)
    }
}

extension Provenance.Input {
    /// Writes the path and the digest, `null` for a file that could not be read.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(sha256, forKey: .sha256)
    }
}
