/// An output format of Graphviz's, by the name Graphviz gives it (`-T` on its command line):
/// the formats ActorMap draws in (``svg``, ``png``, ``pdf``) and any other this Graphviz
/// has (``Graphviz/formats``).
///
/// ```swift
/// let svg = try Graphviz.render(diagram, format: .svg)
/// let jpeg = try Graphviz.render(diagram, format: ImageFormat(rawValue: "jpeg"))
/// ```
public struct ImageFormat: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// Graphviz's name of the format, such as `svg`.
    public let rawValue: String

    /// The format Graphviz calls `rawValue`; whether it has it is known only when rendering
    /// (``GraphvizError/unknownFormat(_:available:)``).
    ///
    /// - Parameter rawValue: Graphviz's name of the format, such as `jpeg`.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The format named by a string literal, such as `"jpeg"`.
    ///
    /// - Parameter name: Graphviz's name of the format.
    public init(stringLiteral name: String) {
        self.init(rawValue: name)
    }

    /// Scalable vector graphics: one group per actor and per tie, with their tooltips.
    public static let svg: ImageFormat = "svg"
    /// A bitmap, for slides and documents that take no SVG.
    public static let png: ImageFormat = "png"
    /// A page for print.
    public static let pdf: ImageFormat = "pdf"

    /// The formats ActorMap draws maps in.
    public static let drawings: [ImageFormat] = [.svg, .png, .pdf]

    /// The name, as Graphviz gives it.
    public var description: String { rawValue }

    /// Orders formats by name, as ``Graphviz/formats`` lists them.
    public static func < (lhs: ImageFormat, rhs: ImageFormat) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Reads the format from its name, a JSON string.
    ///
    /// - Parameter decoder: A decoder holding the name.
    /// - Throws: `DecodingError` when the value is not a string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Writes the format as its name, a JSON string.
    ///
    /// - Parameter encoder: The encoder the name is written to.
    /// - Throws: `EncodingError` when the encoder refuses a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
