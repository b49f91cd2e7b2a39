/// How sure the analyst is that a tie exists as recorded: a signed MoU is not a remark made
/// in one interview.
///
/// Confidences are ordered, `low` below `medium` below `high`; a tie that records none counts
/// as `low` wherever ties are filtered by confidence (``EvidenceFilter``).
public enum Confidence: String, Hashable, Sendable, CaseIterable, Comparable {
    /// Reported once, by one informant, or inferred.
    case low
    /// Reported by a credible source, not confirmed by a second.
    case medium
    /// Documented, such as a signed agreement, or confirmed by independent sources.
    case high

    private var order: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        }
    }

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.order < rhs.order }
}
