/// Text broken into lines at spaces, for names in drawings and cells in text tables.
enum TextWrap {
    /// `text` broken into lines of at most `width` characters at its spaces; a word longer
    /// than `width` stays whole on a line of its own, and runs of spaces count as one.
    ///
    /// - Parameters:
    ///   - text: One paragraph: a line break in it counts as part of a word.
    ///   - width: The most characters a line holds.
    /// - Returns: The lines in order; none when `text` has no word.
    /// - Complexity: O(*n*) in the length of `text`.
    static func lines(_ text: some StringProtocol, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
