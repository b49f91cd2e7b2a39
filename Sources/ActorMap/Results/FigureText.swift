import Foundation

/// How results write numbers: in full for programs, to four significant figures for people.
enum FigureText {
    /// Full precision, the shortest text that reads back as the same number; counts as
    /// whole numbers.
    static func exact(_ value: Double, _ measure: Measure) -> String {
        measure.isCount ? String(Int(value)) : "\(value)"
    }

    /// As ``readable(_:)``, with counts as whole numbers.
    static func readable(_ value: Double, _ measure: Measure) -> String {
        measure.isCount ? String(Int(value)) : readable(value)
    }

    /// Four significant figures, enough to rank and compare by eye.
    static func readable(_ value: Double) -> String {
        let value = TableFigure.shown(value)
        if value == value.rounded(), abs(value) < 1e9 { return String(Int(value)) }
        return String(format: abs(value) >= 0.001 && abs(value) < 1e6 ? "%.4g" : "%.3e", value)
    }

    /// A share as a percentage with one decimal: `0.25` is `25.0%`.
    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
}
