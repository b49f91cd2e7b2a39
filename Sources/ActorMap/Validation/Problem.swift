import Foundation

/// One thing wrong with a dataset, said so that the analyst can find it and fix it:
/// the file, the line, the field and what to do.
public struct Problem: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Whether a problem stops the dataset from being used; errors sort before warnings.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        /// The dataset cannot be used until this is fixed.
        case error
        /// The dataset can be used, but something is probably not what was meant.
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// Whether the problem stops the dataset from being used.
    public var severity: Severity
    /// The file the problem is in, as the user named it.
    public var file: String?
    /// The line, counted from 1, when known.
    public var line: Int?
    /// The column, counted from 1, when known.
    public var column: Int?
    /// Where in the dataset: `relationships[12].to`; empty for the file as a whole.
    public var path: String
    /// What is wrong, in a sentence that quotes the value at fault.
    public var message: String
    /// What to do about it, such as the id that was probably meant.
    public var fix: String?

    /// Creates a problem.
    ///
    /// - Parameters:
    ///   - severity: Whether it stops the dataset from being used.
    ///   - path: Where in the dataset, such as `relationships[12].to`; empty for the file.
    ///   - message: What is wrong.
    ///   - fix: What to do about it.
    ///   - file: The file, as the user named it.
    ///   - line: The line, counted from 1.
    ///   - column: The column, counted from 1.
    public init(
        _ severity: Severity, path: String, _ message: String, fix: String? = nil,
        file: String? = nil, line: Int? = nil, column: Int? = nil
    ) {
        self.severity = severity
        self.path = path
        self.message = message
        self.fix = fix
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column: error: path: message (fix)`, the shape compilers use, so that
    /// editors can jump to the place.
    public var description: String {
        var place = file ?? "<dataset>"
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        var text = "\(place): \(severity.rawValue): "
        if !path.isEmpty { text += "\(path): " }
        text += message
        if let fix { text += " Fix: \(fix)" }
        return text
    }
}

/// A dataset that cannot be used, with every problem found in it.
public struct DatasetError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, errors and warnings, in the order they were found.
    public var problems: [Problem]

    /// Creates the error of a dataset that cannot be used.
    ///
    /// - Parameter problems: Every problem found; at least one should be an error.
    public init(problems: [Problem]) { self.problems = problems }

    /// The problems that stop the dataset from being used.
    public var errors: [Problem] { problems.filter { $0.severity == .error } }

    public var description: String {
        let count = errors.count
        let header = count == 1 ? "1 error" : "\(count) errors"
        return ([header + " in the dataset:"] + problems.map(\.description)).joined(separator: "\n")
    }
}
