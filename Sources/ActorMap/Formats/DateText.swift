import Foundation

/// Dates as files write them, read one way by every reader: ActorMap's own `2017`, `2017-03`
/// and `2017-03-15`; a year as spreadsheets and Gephi write it (`2017.0`); a time of day,
/// whose day is taken; dates with slashes, in the order the analyst says the file uses
/// (`15/03/2017` in Kenya, Namibia and Zimbabwe, `03/15/2017` in the United States); and,
/// from cells and values typed as numbers, Excel's day numbers.
enum DateText {
    /// What a date's text reads as.
    enum Reading: Equatable {
        case date(CalendarDate)
        /// A date with slashes, read without an order: `05/03/2017` is the 5th of March or
        /// the 3rd of May, and only the analyst knows which.
        case needsOrder
        /// A year or date whose year lies outside 1…9999, the years ``CalendarDate`` holds.
        case yearOutOfRange
        case invalid
    }

    /// Reads a date written as text.
    ///
    /// - Parameters:
    ///   - text: `2017`, `2017.0`, `2017-03`, `2017-03-15`, `2017-03-15T10:00:00`, or with
    ///     slashes: `15/03/2017` and `03/2017` (day or month first), `2017/03/15` and `2017/03`.
    ///   - order: The order of dates with slashes, or `nil` when the file's order is not known.
    /// - Complexity: O(*n*) for *n* characters.
    static func read(_ text: String, order: ReadingOptions.DateOrder?) -> Reading {
        // Most dates are a year, and most texts start and end with a visible ASCII character,
        // which trimming would leave: both are read without Foundation's string machinery.
        if let year = fourDigitYear(text), let date = CalendarDate(year: year) { return .date(date) }
        let edges = [text.utf8.first, text.utf8.last]
        let text = edges.allSatisfy({ $0.map { (0x21...0x7E).contains($0) } ?? false }) ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let date = CalendarDate(parsing: text) { return .date(date) }
        if text.contains("."), let date = Double(text).flatMap(year(writtenAs:)).flatMap({ CalendarDate(year: $0) }) { return .date(date) }
        if hasYearOutOfRange(text) { return .yearOutOfRange }
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

    /// The year of a text of exactly four ASCII digits, such as `2017`.
    private static func fourDigitYear(_ text: String) -> Int? {
        let digits = text.utf8
        guard digits.count == 4 else { return nil }
        var year = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            year = year * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return year
    }

    /// Reads a date a file gives as a number, from a workbook cell formatted as a date or a
    /// value typed as a number: a whole number up to 9999 is a year, a larger one a day
    /// counted as Excel counts them, from the 30th of December 1899.
    ///
    /// - Complexity: O(1).
    static func read(number: Double) -> Reading {
        guard number.isFinite, number.rounded() == number else { return .invalid }
        if let date = year(writtenAs: number).flatMap({ CalendarDate(year: $0) }) { return .date(date) }
        guard (10_000...2_958_465).contains(number) else { return number < 1 ? .yearOutOfRange : .invalid }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let origin = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))!
        guard let day = calendar.date(byAdding: .day, value: Int(number), to: origin) else { return .invalid }
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        return CalendarDate(year: parts.year!, month: parts.month, day: parts.day).map(Reading.date) ?? .invalid
    }

    /// A year written as a number, `2017` or `2017.0`: a whole number in
    /// ``TimeSelection/possibleYears``; `nil` for any other number.
    static func year(writtenAs number: Double) -> Int? {
        guard number.rounded() == number, number >= Double(TimeSelection.possibleYears.lowerBound),
              number <= Double(TimeSelection.possibleYears.upperBound) else { return nil }
        return Int(number)
    }

    /// What is wrong with a date that did not read, and what to write instead, in the words
    /// every reader uses; `nil` for a date that read.
    ///
    /// - Parameter text: The value as the file wrote it.
    static func problem(with reading: Reading, of text: String) -> ValueProblem? {
        let shown = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch reading {
        case .date: return nil
        case .needsOrder:
            return ValueProblem("'\(shown)' is a date with slashes, which reads day first or month first.", fix: orderFix)
        case .yearOutOfRange:
            return ValueProblem("the year in '\(shown.prefix(40))' is outside 1 to 9999, the years ActorMap reads.",
                                fix: "write the year with four digits, such as 2017.")
        case .invalid:
            return ValueProblem("'\(shown)' is not a year or date.",
                                fix: "write a year such as 2017, or a date as 2017-03 or 2017-03-15 (the day must exist).")
        }
    }

    /// The fix for a date with slashes read without an order.
    static let orderFix = "say which order the file uses with `--date-format dmy` (15/03/2017), `mdy` (03/15/2017) or `ymd` (2017/03/15), or write the date as 2017-03-15."

    /// Whether text shaped like a year or date (`12345`, `-5`, `0000-01`) has a year outside
    /// 1…9999.
    private static func hasYearOutOfRange(_ text: String) -> Bool {
        guard text.range(of: #"^[+-]?[0-9]+(-[0-9]{2}){0,2}$"#, options: .regularExpression) != nil else { return false }
        if text.hasPrefix("-") { return true }
        guard let year = Int(text.drop { $0 == "+" }.prefix { $0 != "-" }) else { return true }
        return !TimeSelection.possibleYears.contains(year)
    }
}

/// A value a file gives that cannot be read as its field needs, said the same way by every
/// reader: what is wrong, and what to write instead.
struct ValueProblem: Hashable, Sendable {
    var message: String
    var fix: String

    init(_ message: String, fix: String) {
        self.message = message
        self.fix = fix
    }

    /// A field's value that is not a number: "the weight 'heavy' is not a number."
    ///
    /// - Parameters:
    ///   - field: The field, such as `weight`.
    ///   - written: The value as written, or `nil` when it is not a single value (`shape`).
    ///   - shape: What it is instead, such as "a list".
    static func notANumber(_ field: String, written: String?, shape: String = "") -> ValueProblem {
        ValueProblem(written.map { "the \(field) '\($0.count > 40 ? $0.prefix(40) + "…" : $0[...])' is not a number." } ?? "the \(field) is \(shape), not a number.",
                     fix: "write a plain number such as 2.5, without quotes, units, currency signs or thousands separators.")
    }
}
