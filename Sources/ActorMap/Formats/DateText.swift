/// Dates as files write them, beyond ActorMap's own `2017`, `2017-03` and `2017-03-15`:
/// with slashes, in the order the analyst says the file uses (`15/03/2017` in Kenya, Namibia
/// and Zimbabwe, `03/15/2017` in the United States), and with a time of day, whose day is
/// taken.
enum DateText {
    enum Reading: Equatable {
        case date(CalendarDate)
        /// A date with slashes, read without an order: `05/03/2017` is the 5th of March or
        /// the 3rd of May, and only the analyst knows which.
        case needsOrder
        case invalid
    }

    /// Reads a date written as text.
    ///
    /// - Parameters:
    ///   - text: `2017`, `2017-03`, `2017-03-15`, `2017-03-15T10:00:00`, or with slashes:
    ///     `15/03/2017` and `03/2017` (day or month first), `2017/03/15` and `2017/03`.
    ///   - order: The order of dates with slashes, or `nil` when the file's order is not known.
    static func read(_ text: String, order: ReadingOptions.DateOrder?) -> Reading {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let date = CalendarDate(parsing: text) { return .date(date) }
        let day = text.prefix { $0 != "T" && $0 != " " }
        if day.count < text.count, let date = CalendarDate(parsing: String(day)) { return .date(date) }
        guard day.contains("/") else { return .invalid }
        guard let order else { return .needsOrder }
        let parts = day.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return .invalid }
        let (year, month, dayOfMonth): (String, String, String?) = switch (order, parts.count) {
        case (.ymd, 3): (parts[0], parts[1], parts[2])
        case (.ymd, _): (parts[0], parts[1], nil)
        case (.dmy, 3): (parts[2], parts[1], parts[0])
        case (.mdy, 3): (parts[2], parts[0], parts[1])
        default: (parts[1], parts[0], nil)
        }
        // A two-digit year could be of any century.
        guard year.count == 4, month.count <= 2, (dayOfMonth?.count ?? 1) <= 2,
              let date = CalendarDate(year: Int(year)!, month: Int(month)!, day: dayOfMonth.map { Int($0)! })
        else { return .invalid }
        return .date(date)
    }

    /// The fix for a date with slashes read without an order.
    static let orderFix = "say which order the file uses with `--date-format dmy` (15/03/2017), `mdy` (03/15/2017) or `ymd` (2017/03/15), or write the date as 2017-03-15."
}
