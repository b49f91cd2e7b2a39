/// Text a user wrote, made safe for the markup it is written into: XML files for other
/// programs, HTML and SVG pages for readers, Markdown for reports. Every escaper of the
/// library is here, each built on one loop over the text's scalars, so that what each
/// language needs is stated once, side by side.
public enum MarkupText {
    /// Text escaped for XML 1.0 files other programs read (GraphML, GEXF): markup characters
    /// as entities; carriage returns (and, in attributes, line breaks and tabs) as character
    /// references, which parsers would otherwise normalise away; characters XML 1.0 cannot
    /// hold at all (most control characters, U+FFFE, U+FFFF) in their visible form, `\u{1B}`
    /// (``ControlCharacters/visible(_:)``). Everything else XML allows is kept as it is, for
    /// the programs that read the file.
    ///
    /// - Parameters:
    ///   - text: Any text, such as a name from a dataset.
    ///   - inAttribute: Whether the text goes inside a double-quoted attribute value.
    /// - Returns: The text, safe inside an element or a quoted attribute.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func xml(_ text: String, inAttribute: Bool) -> String {
        escaped(text) { scalar in
            switch scalar {
            case "\"" where inAttribute: "&quot;"
            case "\r": "&#13;"
            case "\n" where inAttribute: "&#10;"
            case "\t" where inAttribute: "&#9;"
            case _ where !ControlCharacters.isAllowedInXML(scalar): ControlCharacters.visible(scalar)
            default: nil
            }
        }
    }

    /// Text for element content and quoted attribute values of pages people read, in HTML
    /// and in SVG (the report's charts, a timeline's grid): `&`, `<`, `>`, `"` and `'`
    /// become entities; tab and line breaks stay; every other character of
    /// ``ControlCharacters/contains(_:)`` (controls, bidirectional overrides, U+FFFE…) is
    /// shown as `\u{…}`, which keeps the page valid and its text in the order it was written.
    ///
    /// - Parameter text: Any text, such as a name from a dataset.
    /// - Returns: The text, safe inside an element or a quoted attribute.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func html(_ text: String) -> String {
        escaped(text) { scalar in
            switch scalar {
            case "\"": "&quot;"
            case "'": "&#39;"
            case "\t", "\n", "\r": nil
            case _ where ControlCharacters.contains(scalar): ControlCharacters.visible(scalar)
            default: nil
            }
        }
    }

    /// Text as Markdown renderers show it as written: no HTML, no table breaks, no emphasis
    /// or links from a name that happens to hold `*`, `_` or `[`, and no line breaks.
    ///
    /// - Parameter text: Any text, such as a name from a dataset.
    /// - Returns: The text, safe in a Markdown paragraph, list item or table cell.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func markdown(_ text: String) -> String {
        escaped(text) { scalar in
            switch scalar {
            case "|", "*", "_", "`", "[", "]", "\\": "\\" + String(scalar)
            case "\n", "\r": " "
            default: nil
            }
        }
    }

    /// JSON made safe to sit inside an HTML `<script>` element: `<`, `>` and `&` (which could
    /// close the element or open a comment there) and U+2028 and U+2029 (line ends to older
    /// script parsers) become `\u` escapes. JSON holds these characters only inside strings,
    /// where the escapes read back as the same characters, so the data is unchanged.
    ///
    /// - Parameter json: A JSON text, such as `JSONEncoder`'s.
    /// - Returns: The same JSON, with no character that could end a script element.
    /// - Complexity: O(*n*) in the length of `json`.
    public static func scriptJSON(_ json: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": escaped += "\\u003c"
            case ">": escaped += "\\u003e"
            case "&": escaped += "\\u0026"
            case "\u{2028}": escaped += "\\u2028"
            case "\u{2029}": escaped += "\\u2029"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// `text` with `&`, `<` and `>` as entities, as every markup language here needs, and
    /// each other scalar replaced by what `special` gives for it, or kept when it gives `nil`.
    private static func escaped(_ text: String, _ special: (Unicode.Scalar) -> String?) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default:
                if let replacement = special(scalar) { escaped += replacement } else { escaped.unicodeScalars.append(scalar) }
            }
        }
        return escaped
    }
}

/// Text broken into lines at spaces, as tables' notes, figures and the names on a map are.
public enum WordWrap {
    /// Items joined by `separator` into lines of at most `width` characters, broken only
    /// between items; an item longer than `width` has a line of its own.
    ///
    /// - Parameters:
    ///   - pieces: The items, in order, such as words or `name value` figures.
    ///   - separator: What stands between two items on one line, such as `" "` or `" · "`.
    ///   - width: The longest a line may be, in characters.
    /// - Returns: The lines, none of them empty; no lines when there are no items.
    /// - Complexity: O(*n*) in the total length of `pieces`.
    public static func lines(_ pieces: [String], separator: String = " ", width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for piece in pieces {
            if !line.isEmpty, line.count + separator.count + piece.count > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? piece : separator + piece
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// A text broken into lines of at most `width` characters at spaces; a single long word
    /// stays whole.
    ///
    /// - Parameters:
    ///   - text: Words separated by spaces.
    ///   - width: The longest a line may be, in characters.
    /// - Returns: The lines; no lines when `text` has no words.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func lines(words text: String, width: Int) -> [String] {
        lines(text.split(separator: " ").map(String.init), width: width)
    }
}
