import ActorMap
import Foundation

extension Graphviz {
    /// What changed between a power shift's two years, drawn on one map: ties formed,
    /// dissolved and retyped, actors filled by how far they rose or fell, each actor where
    /// the timeline and the report put it (the layout of every actor of the years between).
    ///
    /// - Parameters:
    ///   - dataset: The map the shift was measured on.
    ///   - shift: The shift between two years.
    ///   - years: The years the shared layout covers, the shift's first to its last.
    ///   - format: The image to draw, or `nil` for the DOT text itself.
    ///   - budget: How long the layout may take; `nil` lays out in this process, unbounded.
    ///   - wording: The words for the two sides; by default the shift's two years. A map as
    ///     it is and without some actors (`WhatIf.wording`) is drawn over one year.
    /// - Returns: The image's bytes, or the DOT text as UTF-8.
    /// - Throws: ``GraphvizError`` when Graphviz cannot lay the map out or draw the format,
    ///   or the budget runs out.
    /// - Complexity: One layout of the span's actors and ties, then one pinned drawing.
    public static func drawChange(
        _ dataset: Dataset, shift: PowerShift, years: ClosedRange<Int>, format: ImageFormat?, budget: LayoutBudget? = nil,
        wording: DiffDiagram.Wording? = nil
    ) throws -> Data {
        let (layout, _) = try stableLayout(dataset, years: years, options: DiagramOptions(isolates: .show), budget: budget)
        let text = DiffDiagram(shift, layout: layout, wording: wording).text
        guard let format else { return Data(text.utf8) }
        return try render(text, layout: PinnedLayout.engine, format: format, budget: budget)
    }
}
