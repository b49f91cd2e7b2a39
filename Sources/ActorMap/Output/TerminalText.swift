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

    /// `text` escaped and cut to at most `width` columns of a terminal, ending in `…` when
    /// cut.
    ///
    /// The cut falls between whole characters (a letter with its accents, a flag, a family
    /// emoji) and never inside an escape, so the result is still safe to print.
    ///
    /// - Parameters:
    ///   - text: Text to print.
    ///   - width: The most columns to fill, the ellipsis included; at least 1.
    /// - Returns: The escaped text, whole when it fits.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func clipped(_ text: String, to width: Int) -> String {
        let units = units(text, keepingLineBreaks: false)
        guard units.reduce(0, { $0 + columns(of: $1) }) > width else { return units.joined() }
        var kept = "", used = 0
        for unit in units {
            let columns = columns(of: unit)
            guard used + columns <= max(0, width - 1) else { break }
            kept += unit
            used += columns
        }
        return kept + "…"
    }

    /// How many columns of a terminal `text` fills: two for each wide character (Chinese,
    /// Japanese and Korean script, most emoji), one for each other character. Text is
    /// measured as it is; escape it first.
    ///
    /// - Parameter text: Text as it will be printed.
    /// - Returns: The number of columns.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    private static func columns(of unit: String) -> Int {
        unit.count == 1 && isWide(unit.first!) ? 2 : unit.count
    }

    /// East Asian Wide and Fullwidth characters, and emoji shown as pictures.
    private static func isWide(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return false }
        if first.properties.isEmojiPresentation || character.unicodeScalars.contains("\u{FE0F}") && first.properties.isEmoji {
            return true
        }
        switch first.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Whether a character must not reach a terminal as it is: those of
    /// ``ControlCharacters/contains(_:)``, the C0 and C1 controls, DEL, the line and
    /// paragraph separators and the bidirectional embeddings, overrides and isolates among
    /// them.
    ///
    /// - Parameter scalar: A character about to be printed.
    /// - Returns: Whether it must be shown as an escape.
    /// - Complexity: O(1).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        ControlCharacters.contains(scalar)
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
        default: ControlCharacters.visible(scalar)
        }
    }
}
