/// Which moment of a map to look at: one year, one date, a window of years, or all time.
public enum TimeSelection: Hashable, Sendable, CustomStringConvertible {
    /// Everything that was ever on the map.
    case allTime
    /// One calendar year, first of January to thirty-first of December.
    case year(Int)
    /// One date; at year or month precision it covers that whole year or month.
    case date(CalendarDate)
    /// Several whole years, both ends included. An actor or tie counts when it is active in
    /// any year of the window.
    case window(ClosedRange<Int>)

    /// The first day covered, as `yyyymmdd`.
    public var firstDay: Int {
        switch self {
        case .allTime: Int.min
        case .year(let year): year * 10_000 + 101
        case .date(let date): date.firstDay
        case .window(let years): years.lowerBound * 10_000 + 101
        }
    }

    /// The last day covered, as `yyyymmdd`.
    public var lastDay: Int {
        switch self {
        case .allTime: Int.max
        case .year(let year): year * 10_000 + 1231
        case .date(let date): date.lastDay
        case .window(let years): years.upperBound * 10_000 + 1231
        }
    }

    /// Whether something active over `period` is on the map at this moment.
    public func includes(_ period: Period) -> Bool {
        period.meets(firstDay: firstDay, lastDay: lastDay)
    }

    public var description: String {
        switch self {
        case .allTime: "all time"
        case .year(let year): String(year)
        case .date(let date): date.description
        case .window(let years): "\(years.lowerBound)–\(years.upperBound)"
        }
    }
}
