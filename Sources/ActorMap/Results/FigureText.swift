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

    /// Words broken into lines of at most `width` characters at spaces, or items joined by
    /// ` · ` and broken between items, as a result's notes and figures are printed.
    static func wrapped(_ pieces: [String], separator: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for piece in pieces {
            if !line.isEmpty, line.count + separator.count + piece.count > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? piece : separator + piece
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// A sentence broken into lines of at most `width` characters at spaces.
    static func wrapped(words text: String, width: Int) -> [String] {
        wrapped(text.split(separator: " ").map(String.init), separator: " ", width: width)
    }
}
