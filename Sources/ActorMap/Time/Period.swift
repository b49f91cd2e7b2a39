/// When an actor exists or a relationship holds: from `since` to `until`, both inclusive,
/// either end open.
///
/// A relationship recorded as `since: 2017, until: 2022` is active in 2017 and in 2022.
/// An open end reaches as far as the map does.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// The first date, included; `nil` when open at the start.
    public var since: CalendarDate?
    /// The last date, included; `nil` when open at the end.
    public var until: CalendarDate?

    /// A period open at both ends: always active.
    public static let always = Period(since: nil, until: nil)

    /// A period from `since` to `until`, both included; leave either out for an open end.
    ///
    /// - Parameters:
    ///   - since: The first date, included; `nil` for an open start.
    ///   - until: The last date, included; `nil` for an open end.
    public init(since: CalendarDate? = nil, until: CalendarDate? = nil) {
        self.since = since
        self.until = until
    }

    /// The first day covered, as `yyyymmdd`; `Int.min` when open.
    public var firstDay: Int { since?.firstDay ?? Int.min }

    /// The last day covered, as `yyyymmdd`; `Int.max` when open.
    public var lastDay: Int { until?.lastDay ?? Int.max }

    /// Whether `until` comes before `since`, which no period can.
    public var isReversed: Bool { lastDay < firstDay }

    /// Whether this period shares at least one day with the span `firstDay…lastDay`.
    ///
    /// - Parameters:
    ///   - spanStart: The span's first day, as `yyyymmdd`.
    ///   - spanEnd: The span's last day, as `yyyymmdd`.
    /// - Returns: Whether the two share a day.
    public func meets(firstDay spanStart: Int, lastDay spanEnd: Int) -> Bool {
        firstDay <= spanEnd && lastDay >= spanStart
    }

    /// Whether this period shares at least one day with `other`.
    ///
    /// - Parameter other: Another period.
    /// - Returns: Whether the two share a day.
    public func overlaps(_ other: Period) -> Bool {
        meets(firstDay: other.firstDay, lastDay: other.lastDay)
    }

    /// Whether every day of `other` lies inside this period.
    ///
    /// - Parameter other: Another period.
    /// - Returns: Whether `other` starts no earlier and ends no later.
    public func contains(_ other: Period) -> Bool {
        firstDay <= other.firstDay && lastDay >= other.lastDay
    }

    /// `2017–2022`, with `…` for an open end.
    public var description: String {
        "\(since.map(String.init(describing:)) ?? "…")–\(until.map(String.init(describing:)) ?? "…")"
    }
}
