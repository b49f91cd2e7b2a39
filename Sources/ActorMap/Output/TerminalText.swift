/// Text from a map made safe to show on a terminal.
///
/// Names, ids and titles come from files sent by email or shared drives. A terminal obeys
/// the control characters in what it prints: an id such as `"\u{1B}]0;PWNED\u{7}"` would
/// set the window's title, `"\u{1B}[2J"` clear the screen, a carriage return write over a
/// line, and the bidirectional overrides (U+202E) make text read in another order than it
/// is. Every such character is shown as a visible escape, `\u{1B}`, instead.
public enum TerminalText {
    /// `text` with every control character shown as `\u{…}` (tab, line feed and carriage
    /// return as `\t`, `\n` and `\r`).
    ///
    /// - Parameters:
    ///   - text: Text to print.
    ///   - keepingLineBreaks: Leave line feeds (and tabs) as they are, for text whose lines
    ///     ActorMap made itself.
    /// - Returns: Text holding no control character but, when asked, line feeds and tabs.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        let needsEscape = text.unicodeScalars.contains { scalar in
            isControl(scalar) && !(keepingLineBreaks && (scalar == "\n" || scalar == "\t"))
        }
        guard needsEscape else { return text }
        return units(text, keepingLineBreaks: keepingLineBreaks).joined()
    }

    /// `text` escaped and cut to at most `width` characters, ending in `…` when cut.
    ///
    /// The cut falls between whole characters (a letter with its accents, a flag, a family
    /// emoji) and never inside an escape, so the result is still safe to print.
    ///
    /// - Parameters:
    ///   - text: Text to print.
    ///   - width: The most characters to keep, the ellipsis included; at least 1.
    /// - Returns: The escaped text, whole when it fits.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func clipped(_ text: String, to width: Int) -> String {
        let units = units(text, keepingLineBreaks: false)
        let length = units.reduce(0) { $0 + $1.count }
        guard length > width else { return units.joined() }
        var kept = "", used = 0
        for unit in units {
            guard used + unit.count <= max(0, width - 1) else { break }
            kept += unit
            used += unit.count
        }
        return kept + "…"
    }

    /// Whether a character must not reach a terminal as it is: the C0 and C1 controls and
    /// DEL, the line and paragraph separators and the bidirectional embeddings, overrides
    /// and isolates.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The text as pieces that must not be split: whole characters, and escapes.
    private static func units(_ text: String, keepingLineBreaks: Bool) -> [String] {
        var units: [String] = []
        for character in text {
            guard character.unicodeScalars.contains(where: isControl) else {
                units.append(String(character))
                continue
            }
            // A control can sit in one character with what follows it ("\r\n", an escape
            // with a combining accent): each scalar becomes its own piece.
            for scalar in character.unicodeScalars {
                if !isControl(scalar) || (keepingLineBreaks && (scalar == "\n" || scalar == "\t")) {
                    units.append(String(scalar))
                } else {
                    units.append(escape(scalar))
                }
            }
        }
        return units
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\t": #"\t"#
        case "\n": #"\n"#
        case "\r": #"\r"#
        default: #"\u{"# + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}
