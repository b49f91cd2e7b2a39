/// The value of a Graphviz attribute, typed by how Graphviz reads it, which decides how it
/// must be escaped.
///
/// Graphviz reads text in three different ways, and user text has to survive each one as
/// text: a `label` is an *escString* (`\N` becomes the node's name, `\n` a line break, `\\`
/// a backslash, and `&amp;` an ampersand), a `tooltip` passes through that substitution
/// twice, and an HTML-like label is XML. So a name is not just "quoted": ``text(_:)``,
/// ``tooltip(_:)`` and ``html(_:)`` each escape for their reader, and nothing a user types
/// (`"]; x -> y [`, `\N`, `<script>`) can change the graph or the SVG's markup.
public enum DOTValue: Hashable, Sendable {
    /// A name Graphviz knows (`ellipse`, `dashed`, `true`), or a code-made id or class list.
    case identifier(String)
    /// A number, written with at most four decimals and no exponent, as DOT reads numerals.
    case number(Double)
    /// A whole number.
    case integer(Int)
    /// `true` or `false`.
    case boolean(Bool)
    /// A colour as `#rrggbb`.
    case color(String)
    /// User text shown as a label; a newline starts a new centred line.
    case text(String)
    /// User text shown when the pointer rests on an SVG element; newlines are kept.
    case tooltip(String)
    /// An HTML-like label, built with its text already escaped.
    case html(HTMLLabel)

    /// The value as it stands after `=` in DOT.
    public var encoded: String {
        var bytes: [UInt8] = []
        encode(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func encode(into output: inout [UInt8]) {
        switch self {
        case .identifier(let name): DOTEscaping.appendIdentifier(name, to: &output)
        case .number(let value): output += DOTEscaping.number(value).utf8
        case .integer(let value): output += String(value).utf8
        case .boolean(let value): output += (value ? "true" : "false").utf8
        case .color(let color): DOTEscaping.appendQuoted(color, escaping: .literal, to: &output)
        case .text(let text): DOTEscaping.appendQuoted(text, escaping: .label, to: &output)
        case .tooltip(let text): DOTEscaping.appendQuoted(text, escaping: .tooltip, to: &output)
        case .html(let label):
            output.append(UInt8(ascii: "<"))
            output += label.markup.utf8
            output.append(UInt8(ascii: ">"))
        }
    }
}

/// Escaping of text for each of the ways Graphviz reads it.
///
/// It works on Unicode scalars, not `Character`s, so a quote followed by a combining accent
/// (one `Character`) is still seen and escaped, and writes UTF-8 bytes.
enum DOTEscaping {
    /// How each character that matters is written in one kind of text; the others pass as
    /// they are.
    struct Escapes {
        var quote: String
        var backslash: String
        var ampersand: String
        var less: String
        var greater: String
        var apostrophe: String
        var newline: String

        /// Inside a quoted DOT string read literally: only `"` and `\` are special.
        static let literal = Escapes(quote: "\\\"", backslash: "\\\\", ampersand: "&", less: "<", greater: ">", apostrophe: "'", newline: "\\n")
        /// A label: Graphviz turns `\\` into `\`, `\n` into a line break and `&amp;` into `&`,
        /// and substitutes `\N`, `\G` and the other escapes, so each backslash is doubled and
        /// each ampersand written as an entity.
        static let label = Escapes(quote: "\\\"", backslash: "\\\\", ampersand: "&amp;", less: "<", greater: ">", apostrophe: "'", newline: "\\n")
        /// A tooltip: Graphviz substitutes escapes in tooltips twice, so a backslash needs
        /// four to arrive as one.
        static let tooltip = Escapes(quote: "\\\"", backslash: "\\\\\\\\", ampersand: "&amp;", less: "<", greater: ">", apostrophe: "'", newline: "\\n")
        /// Text in an HTML-like label: XML's five characters as entities, newlines as `<BR/>`,
        /// and backslashes doubled, since Graphviz substitutes escapes there too.
        static let html = Escapes(quote: "&quot;", backslash: "\\\\", ampersand: "&amp;", less: "&lt;", greater: "&gt;", apostrophe: "&#39;", newline: "<BR/>")
    }

    /// Words DOT reserves, which cannot stand bare as ids or values.
    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// A DOT id: bare when it is a plain name or number, quoted otherwise.
    static func appendIdentifier(_ name: String, to output: inout [UInt8]) {
        if isBareIdentifier(name) {
            output += name.utf8
        } else {
            appendQuoted(name, escaping: .literal, to: &output)
        }
    }

    static func identifier(_ name: String) -> String {
        var bytes: [UInt8] = []
        appendIdentifier(name, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isBareIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(name.utf8.count <= 8 && keywords.contains(name.lowercased())) else { return false }
        let isLetter = { (byte: UInt8) in (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F }
        let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
        return isLetter(first) ? name.utf8.allSatisfy { isLetter($0) || isDigit($0) } : name.utf8.allSatisfy(isDigit)
    }

    /// `text` in double quotes, escaped for its reader.
    static func appendQuoted(_ text: String, escaping escapes: Escapes, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        append(text, escaping: escapes, to: &output)
        output.append(UInt8(ascii: "\""))
    }

    /// `text` escaped for HTML-like labels.
    static func html(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, escaping: .html, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` escaped, with every line ending written as one newline, tabs as
    /// spaces, and every other character of ``ControlCharacters/contains(_:)`` (controls,
    /// which XML cannot hold, bidirectional overrides, U+FFFE…) in its visible form `\u{…}`,
    /// escaped in turn, so that an SVG made from it is well formed and reads as written.
    static func append(_ text: String, escaping escapes: Escapes, to output: inout [UInt8]) {
        output.reserveCapacity(output.count + text.utf8.count)
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\"": output += escapes.quote.utf8
            case "\\": output += escapes.backslash.utf8
            case "&": output += escapes.ampersand.utf8
            case "<": output += escapes.less.utf8
            case ">": output += escapes.greater.utf8
            case "'": output += escapes.apostrophe.utf8
            case "\n" where afterCarriageReturn: continue
            case "\r", "\n": output += escapes.newline.utf8
            case "\t": output.append(UInt8(ascii: " "))
            case _ where ControlCharacters.contains(scalar): append(ControlCharacters.visible(scalar), escaping: escapes, to: &output)
            case _ where scalar.isASCII: output.append(UInt8(scalar.value))
            default: output += UTF8.encode(scalar)!
            }
        }
    }

    /// A number with at most four decimals and no exponent, the way DOT reads numerals.
    static func number(_ value: Double) -> String {
        precondition(value.isFinite, "a DOT number must be finite")
        return fixed(value, decimals: 4)
    }

    /// `value` rounded to `decimals` places, without trailing zeros or an exponent; plain
    /// arithmetic, since `String(format:)` costs more than the rest of a node's styling.
    static func fixed(_ value: Double, decimals: Int) -> String {
        var power = 1.0
        for _ in 0..<decimals { power *= 10 }
        let scaled = (abs(value) * power).rounded()
        guard scaled < 1e15 else { return String(Int(value.rounded())) }
        let units = Int(scaled)
        guard units != 0 else { return "0" }
        let sign = value < 0 ? "-" : ""
        let divisor = Int(power)
        let whole = String(units / divisor)
        guard units % divisor != 0 else { return sign + whole }
        var fraction = String(units % divisor)
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + whole + "." + fraction
    }
}
