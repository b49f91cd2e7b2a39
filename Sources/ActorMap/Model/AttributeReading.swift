/// An attribute's value at one moment, with each informant's own value kept beside the
/// summary.
///
/// The rules, for each informant's values of one attribute apart (values without an
/// informant count as one informant):
/// - a value holds from its `since` to its `until`, or, without an `until`, up to the next
///   value's `since`; the last value without an `until` holds to the end of the map;
/// - at a year or a date, the value is the latest-starting one that holds at some time in it;
///   a window of years takes the value of its last year; all time, the latest value;
/// - several informants' values are summarised by their median: the middle number, or the
///   mean of the two middle ones, as numpy's `median`; for a declared category, the middle
///   word in the declared order (of two, the one listed first); for other text, the value
///   most informants gave (of equally many, the one given first).
public struct AttributeReading: Hashable, Sendable {
    /// One informant's value at the moment.
    public struct Rating: Hashable, Sendable {
        /// Who gave it; `nil` for values given without an informant.
        public var informant: String?
        /// The value.
        public var value: AttributeValue
    }

    /// The value at the moment: the one value given, or the informants' median.
    public var value: AttributeValue
    /// Each informant's value at the moment, in the order the informants are first given.
    public var ratings: [Rating]
    /// The least and the greatest number informants gave, when they gave numbers; a single
    /// rating spreads over one point.
    public var spread: ClosedRange<Double>?

    /// The reading of an attribute at `time`.
    ///
    /// - Parameters:
    ///   - time: The moment.
    ///   - constant: The value given once for all time, if any.
    ///   - dated: The values given over time, if any; they take precedence over `constant`.
    ///   - declaration: The attribute's declaration, which orders categories.
    /// - Returns: The reading, or `nil` when no value holds at `time`.
    /// - Complexity: O(*v* log *v*) for *v* dated values.
    public static func at(
        _ time: TimeSelection, constant: AttributeValue?, dated: [DatedAttributeValue],
        declaration: AttributeDeclaration? = nil
    ) -> AttributeReading? {
        guard !dated.isEmpty else {
            return constant.map { AttributeReading(value: $0, ratings: [Rating(informant: nil, value: $0)], spread: $0.number.map { $0...$0 }) }
        }
        let moment: (first: Int, last: Int) = switch time {
        case .window(let years): (TimeSelection.year(years.upperBound).firstDay, TimeSelection.year(years.upperBound).lastDay)
        default: (time.firstDay, time.lastDay)
        }
        var informants: [String?] = []
        var byInformant: [String?: [DatedAttributeValue]] = [:]
        for value in dated {
            if byInformant[value.informant] == nil { informants.append(value.informant) }
            byInformant[value.informant, default: []].append(value)
        }
        let ratings = informants.compactMap { informant in
            value(in: byInformant[informant]!, first: moment.first, last: moment.last).map { Rating(informant: informant, value: $0) }
        }
        guard !ratings.isEmpty else { return nil }
        let numbers = ratings.compactMap(\.value.number)
        let spread = numbers.count == ratings.count ? numbers.min()!...numbers.max()! : nil
        return AttributeReading(value: summary(of: ratings.map(\.value), declaration: declaration), ratings: ratings, spread: spread)
    }

    /// The latest-starting of one informant's values that holds at some day of `first…last`.
    private static func value(in values: [DatedAttributeValue], first: Int, last: Int) -> AttributeValue? {
        let sorted = values.count < 2 ? values : values.sorted { ($0.since?.firstDay ?? .min) < ($1.since?.firstDay ?? .min) }
        var found: AttributeValue?
        for (index, value) in sorted.enumerated() {
            let start = value.since?.firstDay ?? .min
            guard start <= last else { break }
            let holds: Bool = if let until = value.until {
                until.lastDay >= first
            } else if index + 1 < sorted.count, let next = sorted[index + 1].since {
                next.firstDay > first
            } else {
                true
            }
            if holds { found = value.value }
        }
        return found
    }

    /// The median of several informants' values, by the rules above.
    static func summary(of values: [AttributeValue], declaration: AttributeDeclaration?) -> AttributeValue {
        guard values.count > 1 else { return values[0] }
        let numbers = values.compactMap(\.number)
        if numbers.count == values.count {
            let sorted = numbers.sorted(), middle = sorted.count / 2
            let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
            let whole = values.allSatisfy { if case .integer = $0 { true } else { false } }
            return whole && median.rounded() == median && abs(median) < 1e15 ? .integer(Int(median)) : .number(median)
        }
        if let declaration, declaration.type == .category {
            let order = values.compactMap { declaration.values.firstIndex(of: $0.description) }
            if order.count == values.count {
                return .text(declaration.values[order.sorted()[(order.count - 1) / 2]])
            }
        }
        var counts: [AttributeValue: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        let most = counts.values.max()!
        return values.first { counts[$0] == most }!
    }
}
