import ActorMap
import Foundation

/// Several SVG drawings side by side in one SVG document, each under its caption, below one
/// heading drawing (title and legend): small multiples for print.
public enum SVGGrid {
    /// One image holding `heading` at the top and `parts` below it in rows of `columns`,
    /// each drawn at its own size in a cell as large as the largest. Ids inside each part
    /// get the part's number as a prefix, so that they stay unique in the document. The
    /// sheet is sized to fit A3 paper in landscape (400 × 277 mm inside the margins),
    /// keeping its proportions; without `columns`, rows are as long as prints each part
    /// largest (`PrintSheet.bestColumns(cells:cell:heading:)`).
    ///
    /// - Parameters:
    ///   - parts: The drawings, each an SVG document as Graphviz writes one, with the caption
    ///     set above it (escaped here).
    ///   - columns: How many drawings in a row, kept between 1 and the number of parts; the
    ///     number that prints each part largest when `nil`.
    ///   - heading: A drawing set above the rows, such as ``Graphviz/legend(_:span:options:)``'s.
    /// - Returns: An SVG document.
    /// - Complexity: O(*n*) in the total length of the drawings.
    public static func compose(_ parts: [(caption: String, svg: String)], columns: Int? = nil, heading: String? = nil) -> String {
        let drawings = parts.map { Drawing($0.svg) }
        let top = heading.map { Drawing($0) }
        let cellWidth = drawings.map(\.width).max() ?? 0, cellHeight = (drawings.map(\.height).max() ?? 0) + captionHeight
        let headingHeight = top?.height ?? 0
        let sheet = PrintSheet.a3Landscape, cell = (width: cellWidth, height: cellHeight), headingSize = (width: top?.width ?? 0, height: headingHeight)
        let columns = max(1, min(columns ?? sheet.bestColumns(cells: parts.count, cell: cell, heading: headingSize), parts.count))
        let rows = (parts.count + columns - 1) / columns
        let width = max(Double(columns) * cellWidth, top?.width ?? 0), height = headingHeight + Double(rows) * cellHeight
        let scale = sheet.scale(cells: parts.count, columns: columns, cell: cell, heading: headingSize)
        var document = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="\(number(width * scale))mm" height="\(number(height * scale))mm" viewBox="0 0 \(number(width)) \(number(height))">
            <rect width="100%" height="100%" fill="#FFFFFF"/>

            """
        if let top {
            document += "<g class=\"heading\" id=\"heading\">\n"
            document += "<svg x=\"0\" y=\"0\" width=\"\(number(top.width))\" height=\"\(number(top.height))\" viewBox=\"\(top.viewBox)\">\n"
            document += top.content.replacingOccurrences(of: " id=\"", with: " id=\"heading-")
            document += "</svg>\n</g>\n"
        }
        for (index, (part, drawing)) in zip(parts, drawings).enumerated() {
            let x = Double(index % columns) * cellWidth, y = headingHeight + Double(index / columns) * cellHeight
            document += "<g class=\"cell\" id=\"cell-\(index)\">\n"
            document += "<rect x=\"\(number(x + 4))\" y=\"\(number(y + 4))\" width=\"\(number(cellWidth - 8))\" height=\"\(number(cellHeight - 8))\" fill=\"none\" stroke=\"#DDDDDD\"/>\n"
            document += "<text class=\"caption\" x=\"\(number(x + 16))\" y=\"\(number(y + captionHeight - 4))\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"22\" font-weight=\"bold\">\(MarkupText.html(part.caption))</text>\n"
            document += "<svg x=\"\(number(x))\" y=\"\(number(y + captionHeight))\" width=\"\(number(drawing.width))\" height=\"\(number(drawing.height))\" viewBox=\"\(drawing.viewBox)\">\n"
            document += drawing.content.replacingOccurrences(of: " id=\"", with: " id=\"c\(index)-")
            document += "</svg>\n</g>\n"
        }
        return document + "</svg>\n"
    }

    /// The height of the caption above each drawing, in the sheet's units (points).
    public static let captionHeight = 34.0

    private static func number(_ value: Double) -> String { String(format: "%.2f", value) }

    /// A Graphviz SVG's size in points, view box and what lies inside its root element.
    private struct Drawing {
        var width = 0.0, height = 0.0
        var viewBox = "0 0 0 0"
        var content = ""

        init(_ svg: String) {
            guard let start = svg.range(of: "<svg"), let open = svg[start.upperBound...].range(of: ">"),
                let close = svg.range(of: "</svg>", options: .backwards)
            else { return }
            let tag = String(svg[start.lowerBound..<open.upperBound])
            width = Self.points(Self.attribute("width", in: tag)) ?? 0
            height = Self.points(Self.attribute("height", in: tag)) ?? 0
            viewBox = Self.attribute("viewBox", in: tag) ?? "0 0 \(width) \(height)"
            content = String(svg[open.upperBound..<close.lowerBound])
        }

        private static func attribute(_ name: String, in tag: String) -> String? {
            guard let start = tag.range(of: " \(name)=\"") else { return nil }
            let rest = tag[start.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }

        private static func points(_ text: String?) -> Double? {
            text.flatMap { Double($0.replacingOccurrences(of: "pt", with: "")) }
        }
    }
}
