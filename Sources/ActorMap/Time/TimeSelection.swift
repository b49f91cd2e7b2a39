import Foundation

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

    /// The years a map, a date or an option may name: 1 to 9999, as in ``CalendarDate``.
    public static let possibleYears = 1...9999

    /// The first day covered, as `yyyymmdd`.
    ///
    /// A year outside ``possibleYears`` is held just outside them, so that a selection made
    /// in code with any `Int` covers no dated day instead of overflowing.
    public var firstDay: Int {
        switch self {
        case .allTime: Int.min
        case .year(let year): Self.held(year) * 10_000 + 101
        case .date(let date): date.firstDay
        case .window(let years): Self.held(years.lowerBound) * 10_000 + 101
        }
    }

    /// The last day covered, as `yyyymmdd`.
    public var lastDay: Int {
        switch self {
        case .allTime: Int.max
        case .year(let year): Self.held(year) * 10_000 + 1231
        case .date(let date): date.lastDay
        case .window(let years): Self.held(years.upperBound) * 10_000 + 1231
        }
    }

    /// The first and last year the selection touches; `nil` for all time.
    public var years: ClosedRange<Int>? {
        switch self {
        case .allTime: nil
        case .year(let year): year...year
        case .date(let date): date.year...date.year
        case .window(let years): years
        }
    }

    /// Whether something active over `period` is on the map at this moment.
    ///
    /// - Parameter period: When an actor or relationship is active.
    /// - Returns: Whether the period meets this moment.
    public func includes(_ period: Period) -> Bool {
        period.meets(firstDay: firstDay, lastDay: lastDay)
    }

    /// `2017`, `2017-06-30`, `2015–2018` or `all time`, as sentences write them.
    public var description: String {
        switch self {
        case .allTime: "all time"
        case .year(let year): String(year)
        case .date(let date): date.description
        case .window(let years): "\(years.lowerBound)–\(years.upperBound)"
        }
    }

    private static func held(_ year: Int) -> Int {
        min(max(year, possibleYears.lowerBound - 1), possibleYears.upperBound + 1)
    }
}

// MARK: Reading a selection from text

extension TimeSelection {
    /// Reads a moment as analysts write it: a year (`2017`), a window of years (`2015..2018`,
    /// also `2015...2018`) or a date (`2017-06`, `2017-06-30`).
    ///
    /// Every year is checked to lie in ``possibleYears`` before anything is computed from it.
    ///
    /// - Parameter text: The moment as written, such as an option's value.
    /// - Throws: ``TimeSelectionError`` saying what is wrong and how to write it.
    public init(parsing text: String) throws(TimeSelectionError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if Self.looksLikeNumber(trimmed) {
            self = .year(try Self.year(parsing: trimmed))
            return
        }
        let separator = trimmed.contains("...") ? "..." : ".."
        if trimmed.contains("..") {
            let parts = trimmed.components(separatedBy: separator)
            guard parts.count == 2, parts.allSatisfy(Self.looksLikeNumber) else {
                throw TimeSelectionError("'\(text)' is not a window of years; write it as 2015..2018.")
            }
            let first = try Self.year(parsing: parts[0]), last = try Self.year(parsing: parts[1])
            guard first <= last else {
                throw TimeSelectionError("the window \(first)..\(last) runs backwards; write the earlier year first: \(last)..\(first).")
            }
            self = .window(first...last)
            return
        }
        if let date = CalendarDate(parsing: trimmed) {
            self = .date(date)
            return
        }
        throw TimeSelectionError("'\(text)' is not a year (2017), a window (2015..2018) or a date (2017-06-30; the day must exist).")
    }

    /// Reads one year, such as `2017`, and checks that it lies in ``possibleYears``.
    ///
    /// - Parameter text: The year as written.
    /// - Returns: The year.
    /// - Throws: ``TimeSelectionError`` when the text is not a whole number or the year is
    ///   outside 1…9999, however many digits it has.
    public static func year(parsing text: String) throws(TimeSelectionError) -> Int {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard looksLikeNumber(trimmed) else {
            throw TimeSelectionError("'\(text)' is not a year; write it with digits, such as 2017.")
        }
        guard let year = Int(trimmed), possibleYears.contains(year) else {
            throw TimeSelectionError("\(trimmed) is not a year ActorMap can use; years run from \(possibleYears.lowerBound) to \(possibleYears.upperBound).")
        }
        return year
    }

    /// Reads one year given as `name`, such as `--from`, checked to lie in ``possibleYears``.
    ///
    /// - Parameters:
    ///   - text: The year as written.
    ///   - name: What the user gave it as, such as `--from`.
    /// - Returns: The year.
    /// - Throws: ``TimeSelectionError`` whose message starts with `name`: "--from: 'abc' is
    ///   not a year; write it with digits, such as 2017."
    public static func year(parsing text: String, as name: String) throws(TimeSelectionError) -> Int {
        do {
            return try year(parsing: text)
        } catch {
            throw TimeSelectionError("\(name): \(error)")
        }
    }

    /// Checks a number of years given as `name`, such as a window's length or a step, to lie
    /// in 1…9999, so that nothing computed from it overflows.
    ///
    /// - Parameters:
    ///   - count: The number of years.
    ///   - name: What the user gave it as, such as `--step`.
    /// - Returns: `count`.
    /// - Throws: ``TimeSelectionError`` naming `name` and the range.
    public static func yearCount(_ count: Int, as name: String) throws(TimeSelectionError) -> Int {
        guard possibleYears.contains(count) else {
            throw TimeSelectionError("\(name) takes a number of years from \(possibleYears.lowerBound) to \(possibleYears.upperBound); \(count) is not one.")
        }
        return count
    }

    /// The forms a moment may be written in where one is asked for.
    public struct Forms: OptionSet, Hashable, Sendable {
        /// The forms as bits.
        public let rawValue: Int

        /// Creates a set of forms from its raw bits.
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// A year: `2017`.
        public static let year = Forms(rawValue: 1)
        /// A date at the precision of a month or a day: `2017-06`, `2017-06-30`; with
        /// ``year``, a bare year is a date too.
        public static let date = Forms(rawValue: 2)
        /// A window of years: `2015..2018`.
        public static let window = Forms(rawValue: 4)
        /// Every form: a year, a date or a window.
        public static let any: Forms = [.year, .date, .window]
    }

    /// Reads a moment given as `name`, such as an option's value, that takes only some forms,
    /// and says what is wrong in that option's terms: a message never offers a form `name`
    /// refuses.
    ///
    /// A year out of range or a window written backwards keeps its own message ("--at: 99999
    /// is not a year ActorMap can use…"). Text in a form `name` does not take is refused with
    /// the forms it does take ("--window '2012-2014' is not a range of years…"), or, when
    /// `elsewhere` names what takes that form, with the way to give it there ("--at
    /// '2012..2014' is a window of years; give it as --window 2012..2014, or give --at one
    /// date.").
    ///
    /// - Parameters:
    ///   - text: The moment as written.
    ///   - name: What it was given as, such as `--at`; every message starts with it.
    ///   - forms: The forms `name` takes.
    ///   - elsewhere: For a form `name` does not take, the option or field that takes it.
    /// - Returns: The moment; with ``Forms/year`` and ``Forms/date`` both taken, a bare year
    ///   is ``year(_:)``.
    /// - Throws: ``TimeSelectionError`` whose message starts with `name`.
    /// - Complexity: O(*n*) for *n* characters.
    public init(parsing text: String, as name: String, accepting forms: Forms = .any, elsewhere: [Forms: String] = [:]) throws(TimeSelectionError) {
        if forms == .year {
            self = .year(try Self.year(parsing: text, as: name))
            return
        }
        let notOne = Self.notOne(of: forms, text: text, name: name)
        let selection: TimeSelection
        do {
            selection = try TimeSelection(parsing: text)
        } catch {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let hasItsOwnMessage = trimmed.contains("..") || Self.looksLikeNumber(trimmed)
            if let notOne, !hasItsOwnMessage { throw TimeSelectionError(notOne) }
            throw TimeSelectionError("\(name): \(error)")
        }
        let form: Forms = switch selection {
        case .allTime: []
        // A bare year is a date at the precision of a year, where dates are taken and years not.
        case .year: forms.contains(.date) && !forms.contains(.year) ? .date : .year
        case .date: .date
        case .window: .window
        }
        guard forms.contains(form) else {
            if let other = elsewhere[form], let taken = Self.noun(of: forms, one: true) {
                throw TimeSelectionError("\(name) '\(text)' is \(Self.noun(of: form, one: false) ?? "a moment"); give it as \(other) \(text), or give \(name) \(taken).")
            }
            if let phrase = Self.phrase(for: forms, text: text, name: name) { throw TimeSelectionError(phrase) }
            throw TimeSelectionError("\(name) takes \(Self.list(forms)); '\(text)' is \(Self.noun(of: form, one: false) ?? "none of them").")
        }
        self = selection
    }

    /// The message for text that is none of `forms`, in their terms; `nil` for every form,
    /// whose parser's own message says it.
    private static func notOne(of forms: Forms, text: String, name: String) -> String? {
        if forms == .any { return nil }
        return phrase(for: forms, text: text, name: name) ?? "\(name) '\(text)' is not \(list(forms))."
    }

    /// How the options of ActorMap's commands that take dates or windows say what they take.
    private static func phrase(for forms: Forms, text: String, name: String) -> String? {
        switch forms {
        case [.year, .date], .date:
            "\(name) '\(text)' is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, such as 2017-03-15 (the day must exist)."
        case .window:
            "\(name) '\(text)' is not a range of years. Write it as 2010..2015."
        default:
            nil
        }
    }

    /// The forms in words, with an example of each: "a year (2017) or a window of years
    /// (2010..2015)".
    private static func list(_ forms: Forms) -> String {
        let named: [String] = [(Forms.year, "a year (2017)"), (.date, "a date (2017-06-30)"), (.window, "a window of years (2010..2015)")]
            .filter { forms.contains($0.0) }.map(\.1)
        return named.count > 1 ? named.dropLast().joined(separator: ", ") + " or " + named.last! : named.first ?? "no moment"
    }

    /// A form in words: "a window of years"; with `one`, as asked for ("one date").
    private static func noun(of forms: Forms, one: Bool) -> String? {
        switch forms {
        case .year: one ? "one year" : "a year"
        case .date, [.year, .date]: one ? "one date" : "a date"
        case .window: one ? "one window of years" : "a window of years"
        default: nil
        }
    }

    /// A sign at most, then ASCII digits only.
    private static func looksLikeNumber(_ text: String) -> Bool {
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }
}

/// Why a year, date or window could not be read.
public struct TimeSelectionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong and how to write it instead, as one sentence.
    public let message: String

    /// An error saying `message`.
    ///
    /// - Parameter message: What is wrong and how to write it instead.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
