/// The engine a drawing is laid out with, and why, for the analyst to be told.
public enum LayoutChoice: Hashable, Sendable {
    /// No engine was asked for; `reason` says in a sentence why this one suits the map.
    case recommended(LayoutEngine, reason: String)
    /// The engine asked for.
    case asked(LayoutEngine)
    /// The engine asked for, which can take minutes on `map` (its actors and ties, in
    /// words) where `faster` takes seconds.
    case slow(LayoutEngine, faster: LayoutEngine, map: String)

    /// The expected layout time, in seconds, beyond which an engine asked for is said to
    /// take minutes.
    public static let slowLayout = 60.0

    /// The engine `asked` for, or the one ``LayoutEngine/recommended(for:focused:layered:)``
    /// gives for `workload` when none is; an engine asked for that is slow on the map, where
    /// the recommended one is quick, is said to be.
    ///
    /// - Parameters:
    ///   - asked: The engine the analyst asked for, if any.
    ///   - workload: The actors, ties and loops drawn.
    ///   - focused: Whether the drawing is one actor's ego network.
    /// - Complexity: O(1).
    public init(asked: LayoutEngine?, for workload: LayoutWorkload, focused: Bool) {
        let (recommended, reason) = LayoutEngine.recommended(for: workload, focused: focused)
        guard let asked else {
            self = .recommended(recommended, reason: reason)
            return
        }
        if asked.expectedSeconds(for: workload) > Self.slowLayout, recommended.expectedSeconds(for: workload) < Self.slowLayout {
            self = .slow(asked, faster: recommended, map: workload.described)
        } else {
            self = .asked(asked)
        }
    }

    /// The engine chosen.
    public var engine: LayoutEngine {
        switch self {
        case .recommended(let engine, _), .asked(let engine), .slow(let engine, _, _): engine
        }
    }
}
