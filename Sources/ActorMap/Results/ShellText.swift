import Foundation

/// Text a POSIX shell takes back as one word.
public enum ShellText {
    /// `text` as it is when it holds only characters a shell leaves alone (letters, digits
    /// and `/._-+,:@%`), else in single quotes, each quote inside written `'\''`.
    ///
    /// - Parameter text: A path or other argument.
    /// - Returns: The argument, quoted when it must be.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func quoted(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "/._-+,:@%".unicodeScalars.contains($0) }
        return safe && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
