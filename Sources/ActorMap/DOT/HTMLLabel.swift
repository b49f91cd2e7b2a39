/// An HTML-like Graphviz label (`label=<…>`), used for the title and legend, built so that
/// every piece of text in it is escaped.
///
/// Markup can only be made through the static builders; ``text(_:)`` is the one way text
/// enters, and it escapes `&`, `<`, `>`, quotes and backslashes.
public struct HTMLLabel: Hashable, Sendable {
    /// The markup between Graphviz's `<` and `>`.
    public let markup: String

    private init(markup: String) { self.markup = markup }

    /// Text, escaped; a newline becomes a line break.
    ///
    /// - Parameter text: Any text, such as a name from a dataset.
    /// - Returns: A label showing the text as it is.
    public static func text(_ text: String) -> HTMLLabel {
        HTMLLabel(markup: DOTEscaping.html(text))
    }

    /// Pieces one after another.
    ///
    /// - Parameter pieces: The pieces, in order.
    /// - Returns: A label of the pieces side by side.
    public static func concatenation(_ pieces: [HTMLLabel]) -> HTMLLabel {
        HTMLLabel(markup: pieces.map(\.markup).joined())
    }

    /// Content in bold.
    ///
    /// - Parameter content: What is set in bold.
    /// - Returns: The content in bold.
    public static func bold(_ content: HTMLLabel) -> HTMLLabel {
        HTMLLabel(markup: "<B>\(content.markup)</B>")
    }

    /// Content in a size or colour of its own.
    ///
    /// - Parameters:
    ///   - content: What the font applies to.
    ///   - pointSize: The text's size in points; the surrounding one when `nil`.
    ///   - color: The text's colour, such as `#333333`; escaped.
    /// - Returns: The content in that font.
    public static func font(_ content: HTMLLabel, pointSize: Double? = nil, color: String? = nil) -> HTMLLabel {
        var attributes: [(String, String)] = []
        if let color { attributes.append(("COLOR", color)) }
        if let pointSize { attributes.append(("POINT-SIZE", DOTEscaping.number(pointSize))) }
        return HTMLLabel(markup: "<FONT\(Self.attributeText(attributes))>\(content.markup)</FONT>")
    }

    /// A table of rows of cells.
    ///
    /// - Parameters:
    ///   - rows: The rows, each a list of cells.
    ///   - attributes: Graphviz's table attributes (`BORDER`, `CELLSPACING`…); escaped.
    /// - Returns: The table.
    public static func table(_ rows: [[Cell]], attributes: [String: String] = [:]) -> HTMLLabel {
        let body = rows.map { row in "<TR>" + row.map(\.markup).joined() + "</TR>" }.joined()
        return HTMLLabel(markup: "<TABLE\(attributeText(attributes.sorted { $0.key < $1.key }))>\(body)</TABLE>")
    }

    /// One cell of a table: content and Graphviz's cell attributes (`BGCOLOR`, `ALIGN`…).
    public struct Cell: Hashable, Sendable {
        /// What the cell shows.
        public var content: HTMLLabel
        /// Graphviz's cell attributes, by name; their values are escaped.
        public var attributes: [String: String]

        /// A cell showing `content`.
        ///
        /// - Parameters:
        ///   - content: What the cell shows.
        ///   - attributes: Graphviz's cell attributes, by name.
        public init(_ content: HTMLLabel = .text(""), _ attributes: [String: String] = [:]) {
            self.content = content
            self.attributes = attributes
        }

        var markup: String {
            "<TD\(HTMLLabel.attributeText(attributes.sorted { $0.key < $1.key }))>\(content.markup)</TD>"
        }
    }

    private static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(DOTEscaping.html($0.1))\"" }.joined()
    }
}
