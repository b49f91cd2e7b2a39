import Foundation

/// A point in time as analysts record it: a year, a month of a year, or a day.
///
/// Actor maps are built from reports, minutes and memoranda that give a year far more
/// often than a day, so the precision of a date is kept rather than padded out. A date of
/// lower precision covers a span: `2017` runs from the first of January to the last day of
/// December, `2017-03` covers March.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, 1 to 9999.
    public let year: Int
    /// The month, 1 to 12; `nil` for a date at the precision of a year.
    public let month: Int?
    /// The day of the month; `nil` for a date at the precision of a month or a year.
    public let day: Int?

    /// Creates a date, checking that the month and day exist.
    ///
    /// - Parameters:
    ///   - year: The year.
    ///   - month: The month, 1 to 12; `nil` for a whole year.
    ///   - day: The day of the month; `nil` for a whole month or year.
    /// - Returns: `nil` when the month is outside 1…12, the day does not exist in that
    ///   month, or a day is given without a month.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard TimeSelection.possibleYears.contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    /// - Parameter text: The date as written in a map.
    /// - Returns: `nil` for any other text, and for a month or day that does not exist.
    /// - Complexity: O(*n*) for *n* characters.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0])
        else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        self.init(year: year, month: month, day: day)
    }

    /// The first day this date covers, as a sortable day number `yyyymmdd`.
    public var firstDay: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }

    /// The last day this date covers, as a sortable day number `yyyymmdd`.
    public var lastDay: Int {
        let lastMonth = month ?? 12
        return year * 10_000 + lastMonth * 100 + (day ?? CalendarDate.daysIn(month: lastMonth, year: year))
    }

    /// `2017`, `2017-03` or `2017-03-15`, as ActorMap writes dates.
    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    /// Whether `lhs` starts earlier than `rhs`, or on the same day and ends earlier: `2017` comes
    /// before `2017-01-01`, which ends sooner, and after `2016-12`.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.firstDay, lhs.lastDay) < (rhs.firstDay, rhs.lastDay)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
