import Foundation

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
    case number(Double)
    case integer(Int)
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
        switch self {
        case .identifier(let name): DOTEscaping.identifier(name)
        case .number(let value): DOTEscaping.number(value)
        case .integer(let value): String(value)
        case .boolean(let value): value ? "true" : "false"
        case .color(let color): DOTEscaping.quoted(color)
        case .text(let text): "\"" + DOTEscaping.labelText(text) + "\""
        case .tooltip(let text): "\"" + DOTEscaping.tooltipText(text) + "\""
        case .html(let label): "<" + label.markup + ">"
        }
    }
}

/// Escaping of text for each of the ways Graphviz reads it.
enum DOTEscaping {
    /// Words DOT reserves, which cannot stand bare as ids or values.
    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// A DOT id: bare when it is a plain name or number, quoted otherwise.
    static func identifier(_ name: String) -> String {
        isBareIdentifier(name) ? name : quoted(name)
    }

    /// Text in double quotes, read literally: only `"` and `\` need escaping.
    static func quoted(_ text: String) -> String {
        "\"" + escaped(text, backslash: "\\\\", ampersand: "&") + "\""
    }

    private static func isBareIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !keywords.contains(name.lowercased()) else { return false }
        let isNameStart: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "_" }
        if isNameStart(first) {
            return name.unicodeScalars.allSatisfy { isNameStart($0) || ("0"..."9").contains($0) }
        }
        return name.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// A number with at most four decimals and no exponent, the way DOT reads numerals.
    static func number(_ value: Double) -> String {
        precondition(value.isFinite, "a DOT number must be finite")
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// The body of a quoted escString shown as a label. Graphviz turns `\\` into `\`, `\n`
    /// into a line break and `&amp;` into `&`, and would substitute `\N`, `\G` and the other
    /// escapes, so each backslash is doubled and each ampersand written as an entity.
    static func labelText(_ text: String) -> String {
        escaped(text, backslash: "\\\\", ampersand: "&amp;")
    }

    /// The body of a quoted tooltip. Graphviz substitutes escapes in tooltips twice, so a
    /// backslash needs four to arrive as one.
    static func tooltipText(_ text: String) -> String {
        escaped(text, backslash: "\\\\\\\\", ampersand: "&amp;")
    }

    /// Escapes scalar by scalar, not character by character: a quote followed by a combining
    /// accent is one `Character`, and must still be escaped.
    private static func escaped(_ text: String, backslash: String, ampersand: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in printable(text).unicodeScalars {
            switch scalar {
            case "\"": result.append(contentsOf: "\\\"".unicodeScalars)
            case "\\": result.append(contentsOf: backslash.unicodeScalars)
            case "&": result.append(contentsOf: ampersand.unicodeScalars)
            case "\n": result.append(contentsOf: "\\n".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Text for an HTML-like label: XML's five characters as entities, newlines as `<BR/>`,
    /// and backslashes doubled, since Graphviz substitutes escapes there too.
    static func html(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in printable(text).unicodeScalars {
            let replacement: String? = switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            case "\\": "\\\\"
            case "\n": "<BR/>"
            default: nil
            }
            if let replacement { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }

    /// The text with every line ending as `\n`, and the characters XML cannot hold (control
    /// characters, U+FFFE, U+FFFF) replaced, so that an SVG made from it stays well formed.
    static func printable(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasReturn: continue
            case 0x0A, 0x0D: result.append("\n")
            case 0x09: result.append(" ")
            case 0x00..<0x20, 0x7F: result.append("\u{FFFD}")
            case 0xFFFE, 0xFFFF: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
