/// What checking dataset files found, file by file, as `actormap validate` prints it: every
/// problem with its file, line, field and fix, and a verdict for each file.
public struct ValidationResults: Sendable {
    /// One file's problems and whether it can be used.
    public struct File: Encodable, Sendable, Hashable {
        /// The path as given.
        public var file: String
        /// Whether the file can be used: it has no errors and, when checked strictly, no
        /// warnings.
        public var valid: Bool
        /// How many errors it has.
        public var errors: Int
        /// How many warnings it has.
        public var warnings: Int
        /// Every problem, in the order found.
        public var problems: [Problem]
        /// How many actors it holds, when it could be read.
        public var actors: Int?
        /// How many relationships it holds, when it could be read.
        public var relationships: Int?

        /// The verdict on `file` from its `report`.
        ///
        /// - Parameters:
        ///   - file: The path as given.
        ///   - report: What reading and checking the file found.
        ///   - strict: Whether warnings make the file invalid.
        public init(file: String, report: ValidationReport, strict: Bool) {
            self.file = file
            errors = report.errors.count
            warnings = report.warnings.count
            valid = report.dataset != nil && !(strict && warnings > 0)
            problems = report.problems
            actors = report.dataset?.actors.count
            relationships = report.dataset?.relationships.count
        }

        /// How many warnings of one kind are listed before the rest are counted.
        public static let warningsShown = 3

        /// Every error; warnings of one kind up to ``warningsShown``, then how many more
        /// there are and how to list every one.
        public var problemLines: [String] {
            ProblemGroup.grouping(problems).flatMap { group -> [String] in
                guard group.severity == .warning, group.problems.count > Self.warningsShown + 1 else {
                    return group.problems.map(\.description)
                }
                let more = group.problems.count - Self.warningsShown
                return group.problems.prefix(Self.warningsShown).map(\.description) + [
                    "\(file): warning: \(more) more like the \(Self.warningsShown) above (\(group.problems.count) in all); `actormap validate --format json \(ShellText.quoted(file))` lists every one.",
                ]
            }
        }

        /// Whether the file is valid, with its counts: `valid (12 actors, 20 relationships;
        /// 0 errors, 1 warning)`.
        public var verdict: String {
            let counts = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            if valid, let actors, let relationships {
                return "valid (\(actors) actors, \(relationships) relationships; \(counts))"
            }
            return errors == 0 ? "not valid under --strict (\(counts))" : "not valid (\(counts))"
        }
    }

    /// Each file checked, in the order given.
    public let files: [File]

    /// The results of checking `files`.
    ///
    /// - Parameter files: Each file's verdict.
    public init(_ files: [File]) {
        self.files = files
    }

    /// Whether every file can be used.
    public var allValid: Bool { files.allSatisfy(\.valid) }

    /// Each file's problem lines then its verdict, every line escaped for a terminal.
    ///
    /// - Returns: The lines, without a final line break.
    /// - Complexity: O(*p*·*m*) for *p* problems of at most *m* characters.
    public func text() -> String {
        files.flatMap { file in
            file.problemLines.map { TerminalText.escaped($0) } + ["\(file.file): \(file.verdict)"]
        }
        .joined(separator: "\n")
    }

    /// The results as JSON: `files`, each with its counts and problems, with the schema
    /// version and `provenance`. Its schema is `docs/schemas/validate.schema.json`.
    ///
    /// - Parameter provenance: How the results were made.
    /// - Returns: Indented JSON with sorted keys.
    /// - Throws: `EncodingError` when a value cannot be encoded.
    /// - Complexity: O(*p*) in the number of problems.
    public func json(provenance: Provenance) throws -> String {
        try ResultJSON.text(["files": files], provenance: provenance)
    }
}
