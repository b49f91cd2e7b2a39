import Foundation

/// A line chart drawn as inline SVG, for values that change over the years: each group's
/// share of power, the concentration of power.
///
/// Pure text, no script and nothing loaded from anywhere, so a report that holds it works
/// offline and can be sent by email.
public struct LineChart: Sendable {
    public struct Line: Sendable {
        public var label: String
        public var color: String
        /// One value per x position; `nil` leaves a gap.
        public var values: [Double?]
        public var dashed: Bool

        public init(label: String, color: String, values: [Double?], dashed: Bool = false) {
            self.label = label
            self.color = color
            self.values = values
            self.dashed = dashed
        }
    }

    public var title: String
    /// The labels along the x axis, one per position, such as years.
    public var xLabels: [String]
    public var lines: [Line]
    /// The value range of the y axis; from the data when `nil`.
    public var yRange: ClosedRange<Double>?
    public var formatsAsPercent: Bool

    public init(title: String, xLabels: [String], lines: [Line], yRange: ClosedRange<Double>? = nil, formatsAsPercent: Bool = false) {
        self.title = title
        self.xLabels = xLabels
        self.lines = lines
        self.yRange = yRange
        self.formatsAsPercent = formatsAsPercent
    }

    /// The chart as an `<svg>` element, scaled to the width of its container.
    public func svg(width: Double = 640, height: Double = 260) -> String {
        let left = 48.0, right = 170.0, top = 28.0, bottom = 36.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let defined = lines.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite)
        var range = yRange ?? ((defined.min() ?? 0)...(defined.max() ?? 1))
        if range.upperBound - range.lowerBound < 1e-12 { range = (range.lowerBound - 0.5)...(range.upperBound + 0.5) }
        func x(_ index: Int) -> Double {
            left + (xLabels.count > 1 ? plotWidth * Double(index) / Double(xLabels.count - 1) : plotWidth / 2)
        }
        func y(_ value: Double) -> Double {
            top + plotHeight * (1 - (value - range.lowerBound) / (range.upperBound - range.lowerBound))
        }
        func number(_ value: Double) -> String { String(format: "%.1f", value) }
        func tick(_ value: Double) -> String {
            formatsAsPercent ? String(format: "%.0f%%", value * 100) : String(format: "%.2g", value)
        }

        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title>\(HTMLText.escape(title))</title>"
        svg += "<text x=\"\(number(left))\" y=\"16\" class=\"chart-title\">\(HTMLText.escape(title))</text>"
        for step in 0...4 {
            let value = range.lowerBound + (range.upperBound - range.lowerBound) * Double(step) / 4
            svg += "<line x1=\"\(number(left))\" x2=\"\(number(left + plotWidth))\" y1=\"\(number(y(value)))\" y2=\"\(number(y(value)))\" class=\"grid\"/>"
            svg += "<text x=\"\(number(left - 6))\" y=\"\(number(y(value) + 4))\" text-anchor=\"end\" class=\"tick\">\(tick(value))</text>"
        }
        let labelEvery = max(1, Int((Double(xLabels.count) / 10).rounded(.up)))
        for (index, label) in xLabels.enumerated() where index % labelEvery == 0 || index == xLabels.count - 1 {
            svg += "<text x=\"\(number(x(index)))\" y=\"\(number(top + plotHeight + 18))\" text-anchor=\"middle\" class=\"tick\">\(HTMLText.escape(label))</text>"
        }
        for (lineIndex, line) in lines.enumerated() {
            let color = HTMLText.safeColor(line.color)
            let dash = line.dashed ? " stroke-dasharray=\"6 4\"" : ""
            var segment: [String] = []
            func flush() {
                if segment.count > 1 {
                    svg += "<polyline points=\"\(segment.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\"\(dash)/>"
                }
                segment = []
            }
            for (index, value) in line.values.enumerated() {
                guard let value, value.isFinite else { flush(); continue }
                segment.append("\(number(x(index))),\(number(y(value)))")
                svg += "<circle cx=\"\(number(x(index)))\" cy=\"\(number(y(value)))\" r=\"2.5\" fill=\"\(color)\"><title>\(HTMLText.escape(line.label)), \(HTMLText.escape(xLabels[index])): \(tick(value))</title></circle>"
            }
            flush()
            let legendY = top + 4 + Double(lineIndex) * 18
            svg += "<line x1=\"\(number(width - right + 12))\" x2=\"\(number(width - right + 32))\" y1=\"\(number(legendY))\" y2=\"\(number(legendY))\" stroke=\"\(color)\" stroke-width=\"2.5\"\(dash)/>"
            svg += "<text x=\"\(number(width - right + 38))\" y=\"\(number(legendY + 4))\" class=\"legend\">\(HTMLText.escape(line.label))</text>"
        }
        svg += "</svg>"
        return svg
    }
}
