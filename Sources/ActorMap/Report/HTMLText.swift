import Foundation

/// Links and colours from a dataset, checked before a report uses them; the text itself is
/// escaped by ``MarkupText/html(_:)``, so that a name such as `<script>alert(1)</script>` is
/// shown as those characters and never runs.
public enum HTMLText {
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
        return MarkupText.html(trimmed)
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
