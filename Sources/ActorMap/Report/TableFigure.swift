/// How a computed figure is shown in a table a person reads.
public enum TableFigure {
    /// Below this magnitude a figure is left-over rounding from floating-point sums (a
    /// betweenness of 2.8e-17 where the exact answer is 0), not a finding.
    public static let zeroTolerance = 1e-12

    /// `value` as a table shows it: exactly 0 when it lies within ``zeroTolerance`` of zero
    /// (so never "-0" or "2.8e-17"), else unchanged. JSON and CSV keep the computed value.
    ///
    /// - Parameter value: A computed figure.
    /// - Returns: The figure as a table shows it.
    public static func shown(_ value: Double) -> Double {
        abs(value) < zeroTolerance ? 0 : value
    }
}
