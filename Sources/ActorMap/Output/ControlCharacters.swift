/// The characters in a map's text that no output shows as they are, and the one visible form
/// every output writes them in.
///
/// Names, notes and titles come from spreadsheets, email and other tools, and can hold
/// characters that are not text: control characters that a terminal obeys and that XML 1.0
/// cannot hold at all (an SVG or GraphML file with one is not XML), the bidirectional
/// overrides that make text read in another order than it is written, line separators that
/// some programs break on and others ignore, and the noncharacters U+FFFE, U+FFFF and their
/// kin. Each output has its own escaping (``TerminalText``, ``HTMLText``, the DOT escaping
/// behind ``DOTValue``, and the XML of ``GraphMLWriter`` and ``GEXFWriter``); they share this
/// set and write such a character as `\u{1B}`, its code in hexadecimal, so that the analyst
/// sees what the file holds and where, rather than a `�` or nothing.
///
/// The pictures, the report and the terminal show every character of ``contains(_:)`` that
/// way (tab and line breaks aside, which each target lays out). GraphML and GEXF are data for
/// other programs, so they keep everything XML allows and write only what it forbids
/// (``isAllowedInXML(_:)``) in the visible form.
public enum ControlCharacters {
    /// Whether a character is not shown as it is: the C0 controls (tab and line breaks
    /// included; each output decides about those), DEL, the C1 controls, the line and
    /// paragraph separators U+2028 and U+2029, the bidirectional embeddings, overrides and
    /// isolates (U+202A…U+202E, U+2066…U+2069), and the noncharacters (U+FDD0…U+FDEF and the
    /// last two code points of every plane, U+FFFE and U+FFFF among them).
    ///
    /// The marks U+200E and U+200F, which right-to-left text needs, are text and pass.
    ///
    /// - Parameter scalar: A character of a map's text.
    /// - Returns: Whether outputs show it as ``visible(_:)``.
    /// - Complexity: O(1).
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFDD0...0xFDEF: true
        default: scalar.value & 0xFFFE == 0xFFFE
        }
    }

    /// Whether XML 1.0 allows a character in a document: tab, line feed, carriage return,
    /// and everything from space up but U+FFFE and U+FFFF (surrogates cannot occur in Swift
    /// strings).
    ///
    /// - Parameter scalar: A character of a map's text.
    /// - Returns: Whether an XML document may hold it as it is.
    /// - Complexity: O(1).
    public static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The character as it is shown instead: `\u{` and its code in upper-case hexadecimal,
    /// then `}` (`\u{1B}`, `\u{202E}`), as Swift writes it. Only ASCII, so every target's
    /// own escaping (of the backslash, for DOT) applies to it as to any other text.
    ///
    /// - Parameter scalar: The character to show.
    /// - Returns: Its code as Swift writes it, such as `\u{1B}`.
    /// - Complexity: O(1).
    public static func visible(_ scalar: Unicode.Scalar) -> String {
        #"\u{"# + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
}
