/// One cell of a CSV file ActorMap writes: quoted as RFC 4180 asks, and kept from being
/// run as a formula by a spreadsheet.
///
/// Excel, LibreOffice and Google Sheets run a cell that starts with `=`, `+`, `-` or `@`
/// as a formula, and some also after a tab or a carriage return. A name such as
/// `=HYPERLINK("http://…","click")` in a map received by email would then act when the
/// CSV is opened. Following OWASP's advice on CSV injection, such a text cell is written
/// with a leading apostrophe, which spreadsheets take as "this is text" and do not show.
/// Numbers stay numbers: `-3.5` and `+2e-4` are written as they are. ActorMap's own CSV
/// reader removes the apostrophe again (``restored(_:)``), so its files read back as
/// written.
public enum CSVCell {
    /// `text` as a CSV field: neutralised when asked, then quoted when it holds a comma,
    /// a quote or a line break, with quotes doubled.
    ///
    /// - Parameters:
    ///   - text: The cell's text.
    ///   - neutralise: Put an apostrophe before text a spreadsheet would run as a formula.
    /// - Returns: The field as it goes between two commas.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func field(_ text: String, neutralise: Bool = true) -> String {
        let cell = neutralise ? neutralised(text) : text
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` with a leading apostrophe when a spreadsheet would take it for a formula.
    ///
    /// Text that already starts with an apostrophe before such a character gets one more,
    /// so that ``restored(_:)`` gives back exactly what was written.
    ///
    /// - Parameter text: The cell's text.
    /// - Returns: The text with an apostrophe before it, or as it is when safe.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func neutralised(_ text: String) -> String {
        needsApostrophe(Substring(text)) ? "'" + text : text
    }

    /// The text of a cell as it was before ``neutralised(_:)``: one leading apostrophe
    /// removed where neutralising would have added it, any other cell as it is.
    ///
    /// - Parameter text: A cell as read from a CSV file.
    /// - Returns: The text before neutralising.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func restored(_ text: String) -> String {
        guard text.first == "'", needsApostrophe(text.dropFirst()) else { return text }
        return String(text.dropFirst())
    }

    /// Whether neutralising adds an apostrophe: the text starts like a formula and is not
    /// a number, or is itself an apostrophe before such text.
    private static func needsApostrophe(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return !isNumber(text)
        case "'": return needsApostrophe(text.dropFirst())
        default: return false
        }
    }

    /// A plain decimal number, such as `-3.5`, `+12` or `-1.5e-7`: nothing a spreadsheet
    /// would compute.
    private static func isNumber(_ text: Substring) -> Bool {
        var scalars = Substring.UnicodeScalarView(text.unicodeScalars)
        if let sign = scalars.first, sign == "+" || sign == "-" { scalars.removeFirst() }
        var digits = 0, seenPoint = false
        while let scalar = scalars.first {
            if ("0"..."9").contains(scalar) {
                digits += 1
            } else if scalar == ".", !seenPoint {
                seenPoint = true
            } else {
                break
            }
            scalars.removeFirst()
        }
        guard digits > 0 else { return false }
        if let e = scalars.first, e == "e" || e == "E" {
            scalars.removeFirst()
            if let sign = scalars.first, sign == "+" || sign == "-" { scalars.removeFirst() }
            guard let digit = scalars.first, ("0"..."9").contains(digit) else { return false }
            while let scalar = scalars.first, ("0"..."9").contains(scalar) { scalars.removeFirst() }
        }
        return scalars.isEmpty
    }
}
