import Foundation

/// Escaping for text that a user wrote and a report shows: names, titles, citations.
///
/// Everything a dataset holds reaches HTML only through these functions, so that a name such
/// as `<script>alert(1)</script>` is shown as those characters and never runs.
public enum HTMLText {
    /// Text for element content and quoted attribute values, in HTML and in XML (the SVG
    /// of the report's charts, a timeline's grid): `&`, `<`, `>`, `"` and `'` become
    /// entities; tab and line breaks stay; every other character of
    /// ``ControlCharacters/contains(_:)`` (controls, bidirectional overrides, U+FFFE…) is
    /// shown as `\u{…}`, which keeps the page valid and its text in the order it was written.
    ///
    /// - Parameter text: Any text, such as a name from a dataset.
    /// - Returns: The text, safe inside an element or a quoted attribute.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where ControlCharacters.contains(scalar): escaped += ControlCharacters.visible(scalar)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// A link target, or `nil` when the address is not plain `http` or `https`: a
    /// `javascript:` or `data:` address in a dataset's sources must not become a link, nor
    /// one holding a space or a character of ``ControlCharacters/contains(_:)``, which no
    /// address has.
    ///
    /// - Parameter address: An address from a dataset's sources.
    /// - Returns: The address, trimmed and escaped for an `href`, or `nil`.
    public static func safeURL(_ address: String) -> String? {
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
              !trimmed.contains(where: { $0.isWhitespace }), !trimmed.unicodeScalars.contains(where: ControlCharacters.contains)
        else { return nil }
        return escape(trimmed)
    }

    /// A colour from a dataset, or the fallback when it is not `#rrggbb`.
    ///
    /// - Parameters:
    ///   - color: A colour from a dataset, if any.
    ///   - fallback: The colour used instead of one that is missing or malformed.
    /// - Returns: A colour as `#rrggbb`, safe in an attribute or style.
    public static func safeColor(_ color: String?, fallback: String = "#999999") -> String {
        guard let color, color.count == 7, color.first == "#", color.dropFirst().allSatisfy(\.isHexDigit) else {
            return fallback
        }
        return color
    }
}
