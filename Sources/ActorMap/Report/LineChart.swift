import Foundation

/// A line chart drawn as inline SVG, for values that change over the years: each group's
/// share of power, the concentration of power.
///
/// Pure text, no script and nothing loaded from anywhere, so a report that holds it works
/// offline and can be sent by email.
public struct LineChart: Sendable {
    /// One line of the chart: a name, a colour and a value per x position.
    public struct Line: Sendable {
        /// The name shown in the chart's key.
        public var label: String
        /// The line's colour, as `#rrggbb`; any other text is drawn grey.
        public var color: String
        /// One value per x position; `nil` leaves a gap.
        public var values: [Double?]
        /// Whether the line is dashed, for a line that stands apart (a total, a reference).
        public var dashed: Bool

        /// A line named `label`.
        ///
        /// - Parameters:
        ///   - label: The name shown in the key; escaped.
        ///   - color: The line's colour, as `#rrggbb`.
        ///   - values: One value per x position; `nil` leaves a gap.
        ///   - dashed: Whether the line is dashed.
        public init(label: String, color: String, values: [Double?], dashed: Bool = false) {
            self.label = label
            self.color = color
            self.values = values
            self.dashed = dashed
        }
    }

    /// The chart's title, above the plot.
    public var title: String
    /// The labels along the x axis, one per position, such as years.
    public var xLabels: [String]
    /// The lines, drawn in order.
    public var lines: [Line]
    /// The value range of the y axis; from the data when `nil`.
    public var yRange: ClosedRange<Double>?
    /// Whether the y axis reads its values as shares, in per cent.
    public var formatsAsPercent: Bool

    /// A chart of `lines` over `xLabels`.
    ///
    /// - Parameters:
    ///   - title: The chart's title; escaped.
    ///   - xLabels: The labels along the x axis, one per position.
    ///   - lines: The lines, each with one value per position.
    ///   - yRange: The value range of the y axis; from the data when `nil`.
    ///   - formatsAsPercent: Whether the values are shares, shown in per cent.
    public init(title: String, xLabels: [String], lines: [Line], yRange: ClosedRange<Double>? = nil, formatsAsPercent: Bool = false) {
        self.title = title
        self.xLabels = xLabels
        self.lines = lines
        self.yRange = yRange
        self.formatsAsPercent = formatsAsPercent
    }

    /// The width of `text` in the chart's 11-unit type, roughly, and generously: an
    /// average letter is a little over half as wide as it is tall.
    static func textWidth(_ text: String) -> Double { Double(text.count) * 6.6 }

    /// The dash pattern of line `index`: solid for the first, then dashes, dots and
    /// dash-dots, so that lines that lie on top of each other stay apart in print and for
    /// readers who do not see the colours. A line marked `dashed` starts from the dashes.
    static func dash(_ index: Int, dashed: Bool) -> String? {
        let patterns: [String?] = [nil, "7 4", "2 3", "9 3 2 3"]
        return patterns[(index + (dashed ? 1 : 0)) % patterns.count]
    }

    /// The marker of line `index` at (`x`, `y`): a circle, square, triangle or diamond.
    static func marker(_ index: Int, x: Double, y: Double, color: String, title: String = "") -> String {
        func n(_ value: Double) -> String { String(format: "%.1f", value) }
        let inner = title.isEmpty ? "/>" : "><title>\(title)</title></\(["circle", "rect", "polygon", "polygon"][index % 4])>"
        switch index % 4 {
        case 0: return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"3.2\" fill=\"\(color)\"\(inner)"
        case 1: return "<rect x=\"\(n(x - 3))\" y=\"\(n(y - 3))\" width=\"6\" height=\"6\" fill=\"\(color)\"\(inner)"
        case 2: return "<polygon points=\"\(n(x)),\(n(y - 4)) \(n(x + 3.6)),\(n(y + 3)) \(n(x - 3.6)),\(n(y + 3))\" fill=\"\(color)\"\(inner)"
        default: return "<polygon points=\"\(n(x)),\(n(y - 4)) \(n(x + 4)),\(n(y)) \(n(x)),\(n(y + 4)) \(n(x - 4)),\(n(y))\" fill=\"\(color)\"\(inner)"
        }
    }

    /// The chart as an `<svg>` element, scaled to the width of its container.
    ///
    /// Labels on the x axis are spaced so that no two overlap; the names of the lines sit
    /// in rows under the plot, each whole; every line has its own dash and marker.
    ///
    /// - Parameters:
    ///   - width: The drawing's width in its own units, before it is scaled to its container.
    ///   - height: The drawing's height in its own units.
    /// - Returns: An `<svg>` element, every text in it escaped.
    /// - Complexity: O(*l* · *x*) for *l* lines and *x* positions.
    public func svg(width: Double = 640, height: Double = 260) -> String {
        let left = 48.0, right = 20.0, top = 28.0, axis = 30.0
        func number(_ value: Double) -> String { String(format: "%.1f", value) }
        // The key: rows of samples and names under the plot, wrapped at the chart's width.
        var keyPlaces: [(x: Double, row: Int)] = []
        var keyX = left, keyRow = 0
        for line in lines {
            let itemWidth = 34 + Self.textWidth(line.label) + 18
            if keyX > left, keyX + itemWidth > width - right {
                keyRow += 1
                keyX = left
            }
            keyPlaces.append((keyX, keyRow))
            keyX += itemWidth
        }
        let keyHeight = lines.isEmpty ? 0 : Double(keyRow + 1) * 18 + 6
        let totalHeight = height + keyHeight
        let plotWidth = width - left - right, plotHeight = height - top - axis
        let defined = lines.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite)
        var range = yRange ?? ((defined.min() ?? 0)...(defined.max() ?? 1))
        if range.upperBound - range.lowerBound < 1e-12 { range = (range.lowerBound - 0.5)...(range.upperBound + 0.5) }
        func x(_ index: Int) -> Double {
            left + (xLabels.count > 1 ? plotWidth * Double(index) / Double(xLabels.count - 1) : plotWidth / 2)
        }
        func y(_ value: Double) -> Double {
            top + plotHeight * (1 - (value - range.lowerBound) / (range.upperBound - range.lowerBound))
        }
        func tick(_ value: Double) -> String {
            formatsAsPercent ? String(format: "%.0f%%", value * 100) : String(format: "%.2g", value)
        }

        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(number(width)) \(number(totalHeight))\" role=\"img\" aria-label=\"\(MarkupText.html(title))\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title>\(MarkupText.html(title))</title>"
        svg += "<text x=\"\(number(left))\" y=\"16\" class=\"chart-title\">\(MarkupText.html(title))</text>"
        for step in 0...4 {
            let value = range.lowerBound + (range.upperBound - range.lowerBound) * Double(step) / 4
            svg += "<line x1=\"\(number(left))\" x2=\"\(number(left + plotWidth))\" y1=\"\(number(y(value)))\" y2=\"\(number(y(value)))\" class=\"grid\"/>"
            svg += "<text x=\"\(number(left - 6))\" y=\"\(number(y(value) + 4))\" text-anchor=\"end\" class=\"tick\">\(tick(value))</text>"
        }
        // Every n-th label, n the least that leaves a gap between the widest two.
        let widest = xLabels.map(Self.textWidth).max() ?? 0
        let spacing = xLabels.count > 1 ? plotWidth / Double(xLabels.count - 1) : plotWidth
        let labelEvery = max(1, Int(((widest + 8) / max(spacing, 1)).rounded(.up)))
        let shown = xLabels.indices.filter { $0 % labelEvery == 0 }
        for index in shown {
            svg += "<text x=\"\(number(x(index)))\" y=\"\(number(top + plotHeight + 18))\" text-anchor=\"middle\" class=\"tick\">\(MarkupText.html(xLabels[index]))</text>"
        }
        for (lineIndex, line) in lines.enumerated() {
            let color = HTMLText.safeColor(line.color)
            let dash = Self.dash(lineIndex, dashed: line.dashed).map { " stroke-dasharray=\"\($0)\"" } ?? ""
            var segment: [String] = []
            func flush() {
                if segment.count > 1 {
                    svg += "<polyline points=\"\(segment.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.2\"\(dash)/>"
                }
                segment = []
            }
            for (index, value) in line.values.enumerated() {
                guard let value, value.isFinite else { flush(); continue }
                segment.append("\(number(x(index))),\(number(y(value)))")
                svg += Self.marker(lineIndex, x: x(index), y: y(value), color: color,
                                   title: "\(MarkupText.html(line.label)), \(MarkupText.html(xLabels[index])): \(tick(value))")
            }
            flush()
            let place = keyPlaces[lineIndex]
            let keyY = height + 4 + Double(place.row) * 18
            svg += "<line x1=\"\(number(place.x))\" x2=\"\(number(place.x + 28))\" y1=\"\(number(keyY))\" y2=\"\(number(keyY))\" stroke=\"\(color)\" stroke-width=\"2.2\"\(dash)/>"
            svg += Self.marker(lineIndex, x: place.x + 14, y: keyY, color: color)
            svg += "<text x=\"\(number(place.x + 34))\" y=\"\(number(keyY + 4))\" class=\"legend\">\(MarkupText.html(line.label))</text>"
        }
        svg += "</svg>"
        return svg
    }
}
