/// Gephi's time sets, as its Data Laboratory writes them into CSV cells (the `timeset`
/// column, `Time Interval` in Gephi 0.8): intervals `<[2016-02-03, 2016-02-04]; [2016-02-05, Infinity]>`,
/// or timestamps `<[2016-02-03, 2016-02-05, 2016-02-09]>`.
///
/// A bracket may be open at either end, `[2005, 2010)`, `(2005, 2010]` or `(2005, 2010)`, as
/// Gephi 0.8 reads it (the bound excluded) and as GEXF 1.2 writes `startopen` and `endopen`;
/// Gephi 0.9 and later read every bound as closed. ActorMap counts time in whole years,
/// months or days, and a bound names one of them: a closed bound holds its year, month or
/// day, an open one leaves it out (see `Interval`).
enum GephiTimeSet {
    /// One interval of a time set, its bounds as ActorMap counts them.
    ///
    /// A bound names the year, month or day it is written to: `2005` (or Gephi's `2005.0`) the
    /// year, `2005-03` the month, `2005-03-15` the day. An open bound leaves that out, so
    /// `[2005, 2010)` holds 2005 to 2009, `(2005, 2010]` 2006 to 2010, `(2005, 2010)` 2006 to
    /// 2009, and `[2016-02-03, 2016-02-05)` the 3rd and the 4th of February. A date-time names
    /// a moment within its day: an open start there still holds the rest of the day, and an
    /// open end the part before it, unless the moment is midnight, which leaves the day out.
    /// This reading takes Gephi's own example of open intervals (gephi/gexf,
    /// `data/dynamics_openintervals.gexf`: `[2000, 2005]`, `(2005, 2010)`, `[2010, 2015)`) to
    /// 2000–2005, 2006–2009 and 2010–2014, one after another without overlap, as written.
    struct Interval: Hashable, Sendable {
        /// The first year, month or day the interval holds, as written when its bound is
        /// closed; `nil` where it is infinite.
        var start: String?
        /// The last year, month or day the interval holds; `nil` where it is infinite.
        var end: String?
        /// The interval as the file wrote it, such as `(2005, 2010]`, for messages.
        var written: String
        /// Whether open bounds leave the interval no whole year, month or day, as in
        /// `(2005, 2006)` or `[2005, 2005)`.
        var holdsNoTime = false
    }

    /// The intervals of a time set, each bound as ActorMap counts it (see `Interval`) and
    /// `nil` where it is infinite; a timestamp is an interval of one moment. A bracket of two
    /// values is an interval, of one or of three and more a list of timestamps; with
    /// `timestamps`, every bracket is a list of timestamps, as in a column Gephi wrote with
    /// timestamps (see ``holdsTimestamps(_:)``). A single time, or brackets without the
    /// angles, are read as Gephi's importer reads them.
    ///
    /// - Returns: the intervals in the order written, or `nil` when the text is not a time set,
    ///   which includes an interval starting at `Infinity` or ending at `-Infinity`.
    /// - Complexity: O(*n*) for *n* characters.
    static func intervals(_ text: String, timestamps: Bool = false) -> [Interval]? {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        // As Gephi's importer takes them: one time alone, or brackets without the angles.
        if !body.isEmpty, isTime(String(body)), !isInfinite(String(body)) { return [Interval(start: String(body), end: String(body), written: String(body))] }
        if body.first == "[" || body.first == "(" { body = Substring("<" + body + ">") }
        guard body.first == "<", body.last == ">" else { return nil }
        body = body.dropFirst().dropLast()
        if body.trimmingCharacters(in: .whitespaces).lowercased() == "empty" { return [] }
        var intervals: [Interval] = []
        for part in body.split(separator: ";") {
            let part = part.trimmingCharacters(in: .whitespaces)
            guard let first = part.first, let last = part.last, "[(".contains(first), "])".contains(last), part.count >= 2 else { return nil }
            let values = part.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard !values.contains(where: \.isEmpty) else { return nil }
            let bounds = values.map { isInfinite($0) ? nil : $0 }
            if bounds.count == 2, !timestamps {
                // Time runs from -Infinity to Infinity; an interval the other way holds nothing.
                guard !isPositiveInfinity(values[0]), !isNegativeInfinity(values[1]) else { return nil }
                intervals.append(interval(start: bounds[0], end: bounds[1], startIsOpen: first == "(", endIsOpen: last == ")", written: part))
            } else {
                guard !bounds.contains(where: { $0 == nil }) else { return nil }
                intervals += bounds.map { Interval(start: $0, end: $0, written: $0!) }
            }
        }
        return intervals
    }

    /// The interval ActorMap counts for one written from `start` to `end` (`nil` where
    /// infinite), either bound perhaps open (see `Interval`).
    ///
    /// Bounds that are not dates, or that are written the wrong way round, are kept as
    /// written, for the reader to report as they stand.
    ///
    /// - Complexity: O(*n*) for *n* characters.
    static func interval(start: String?, end: String?, startIsOpen: Bool, endIsOpen: Bool, written: String) -> Interval {
        var result = Interval(start: start, end: end, written: written)
        guard startIsOpen || endIsOpen else { return result }
        let from = start.map(Bound.init), to = end.map(Bound.init)
        if let from, from.date == nil { return result }
        if let to, to.date == nil { return result }
        let first = from?.date, last = to?.date
        if let first, let last, last.lastDay < first.firstDay { return result }
        var firstDay = first?.firstDay ?? .min, lastDay = last?.lastDay ?? .max
        if startIsOpen, let from, let first, !from.isMoment {
            guard let next = first.next else { return Interval(start: start, end: end, written: written, holdsNoTime: true) }
            result.start = next.description
            firstDay = next.firstDay
        }
        // An open end at midnight leaves out the day it starts.
        if endIsOpen, let to, let last, !to.isMoment || to.isMidnight {
            guard let before = last.previous else { return Interval(start: start, end: end, written: written, holdsNoTime: true) }
            result.end = before.description
            lastDay = before.lastDay
        }
        result.holdsNoTime = lastDay < firstDay
        return result
    }

    /// A bound of an interval: the date it falls on, and whether it is a moment within that
    /// day (a date-time) and that moment midnight.
    private struct Bound {
        var date: CalendarDate?
        var isMoment = false
        var isMidnight = false

        init(_ text: String) {
            if case .date(let date) = DateText.read(text, order: nil) { self.date = date }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard date?.day != nil, let separator = trimmed.firstIndex(where: { $0 == "T" || $0 == " " }) else { return }
            isMoment = true
            let time = trimmed[trimmed.index(after: separator)...]
            isMidnight = time.range(of: #"^00(:00(:00(\.0+)?)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$"#, options: .regularExpression) != nil
        }
    }
}

extension GephiTimeSet {
    /// Whether a time set can only be a list of timestamps: a bracket of one time, or of three
    /// and more. Gephi writes both intervals and timestamps in the same brackets, `<[2016-02-03,
    /// 2016-02-05]>` being an interval or two timestamps; a column holding any such cell (and no
    /// `Infinity`, which only intervals have) was written with timestamps, so its brackets of
    /// two are timestamps too.
    static func holdsTimestamps(_ text: String) -> Bool {
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard body.hasPrefix("<") || body.hasPrefix("[") || body.hasPrefix("(") else { return false }
        return body.split(separator: ";").contains { part in
            let count = part.split(separator: ",", omittingEmptySubsequences: false).count
            return count != 2 && !part.trimmingCharacters(in: .whitespaces).lowercased().contains("empty")
        }
    }

    /// One value of a Gephi value over time: from `start` to `end` (each as ActorMap counts
    /// it, see `Interval`, and `nil` where infinite), the value as written, unquoted.
    struct TimedValue: Hashable, Sendable {
        var start: String?
        var end: String?
        var value: String
        /// The bracket as written, such as `(2005, 2010, 3.0)`, for messages.
        var written = ""
        /// Whether open bounds leave the value no whole year, month or day.
        var holdsNoTime = false
    }

    /// A value over time as Gephi writes it into a CSV cell (a dynamic weight or attribute,
    /// an `IntervalMap` or `TimestampMap`): intervals `<[2000.0, 2005.0, 3.0]; [2006.0, 2010.0, 5.0]>`
    /// or timestamps `<[2000.0, 3.0]; [2005.0, 5.0]>`. As Gephi's own parser does, each
    /// bracket splits at its first two commas at most, so a value may hold commas; a value in
    /// single or double quotes is unquoted.
    ///
    /// Only bounds that are times (numbers, dates, date-times or `Infinity`) make a value over
    /// time, so that text which merely looks like one stays text.
    ///
    /// - Returns: The values in the order written, or `nil` when the text is not a value over
    ///   time (`<empty>` included).
    /// - Complexity: O(*n*) for *n* characters.
    static func values(_ text: String) -> [TimedValue]? {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        guard body.hasPrefix("<[") || body.hasPrefix("<("), body.last == ">" else { return nil }
        body = body.dropFirst().dropLast()
        var values: [TimedValue] = []
        for part in split(body, at: ";", limit: .max) {
            let part = part.trimmingCharacters(in: .whitespaces)
            guard let first = part.first, let last = part.last, "[(".contains(first), "])".contains(last), part.count >= 2 else { return nil }
            let fields = split(part.dropFirst().dropLast(), at: ",", limit: 3).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2 else { return nil }
            let bounds = fields.dropLast()
            guard bounds.allSatisfy(isTime) else { return nil }
            let times = bounds.map { isInfinite($0) ? nil : $0 }
            guard !isPositiveInfinity(bounds.first!), bounds.count == 1 || !isNegativeInfinity(bounds.last!) else { return nil }
            // A timestamp's bracket is one moment, which no bracket opens.
            let counted = bounds.count == 1 ? Interval(start: times[0], end: times[0], written: part)
                : Self.interval(start: times.first!, end: times.last!, startIsOpen: first == "(", endIsOpen: last == ")", written: part)
            values.append(TimedValue(start: counted.start, end: counted.end, value: unquoted(fields.last!), written: part, holdsNoTime: counted.holdsNoTime))
        }
        return values.isEmpty ? nil : values
    }

    /// Whether text is a time Gephi writes: a number, a date or date-time, or an infinity.
    static func isTime(_ text: String) -> Bool {
        isInfinite(text) || Double(text) != nil
            || text.range(of: #"^[0-9]{4}-[0-9]{2}(-[0-9]{2}([T ][0-9:.]+(Z|[+-][0-9:]+)?)?)?$"#, options: .regularExpression) != nil
    }

    static func isInfinite(_ text: String) -> Bool {
        isPositiveInfinity(text) || isNegativeInfinity(text)
    }

    private static func isPositiveInfinity(_ text: String) -> Bool {
        ["infinity", "+infinity", "inf", "+inf"].contains(text.lowercased())
    }

    private static func isNegativeInfinity(_ text: String) -> Bool {
        ["-infinity", "-inf"].contains(text.lowercased())
    }

    /// What is wrong with an interval whose open bounds leave it no time, and its fix.
    ///
    /// - Parameter written: The interval as the file wrote it, such as `(2005, 2006)`.
    static func noTimeProblem(_ written: String) -> ValueProblem {
        ValueProblem("the interval \(written.count > 60 ? written.prefix(60) + "…" : written[...]) holds no whole year, month or day: an open bound leaves out the year, month or day it names, and none lies between.",
                     fix: "close a bound with [ or ] to keep the year or day it names, such as [2005, 2006) for 2005 alone, or remove the interval.")
    }

    /// Text split at `separator` outside quotes, into `limit` parts at most.
    private static func split(_ text: Substring, at separator: Character, limit: Int) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex, quote: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == separator, parts.count < limit - 1 {
                parts.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        parts.append(text[start...])
        return parts
    }

    /// A value without the single or double quotes around it.
    private static func unquoted(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first else { return text }
        return String(text.dropFirst().dropLast())
    }
}

extension CalendarDate {
    /// The date right after this one, at its precision: the next year, month or day; `nil`
    /// after 9999.
    var next: CalendarDate? {
        switch (month, day) {
        case (let month?, let day?):
            if day < CalendarDate.daysIn(month: month, year: year) { return CalendarDate(year: year, month: month, day: day + 1) }
            return month < 12 ? CalendarDate(year: year, month: month + 1, day: 1) : CalendarDate(year: year + 1, month: 1, day: 1)
        case (let month?, nil):
            return month < 12 ? CalendarDate(year: year, month: month + 1) : CalendarDate(year: year + 1, month: 1)
        default:
            return CalendarDate(year: year + 1)
        }
    }

    /// The date right before this one, at its precision; `nil` before the year 1.
    var previous: CalendarDate? {
        switch (month, day) {
        case (let month?, let day?):
            if day > 1 { return CalendarDate(year: year, month: month, day: day - 1) }
            if month > 1 { return CalendarDate(year: year, month: month - 1, day: CalendarDate.daysIn(month: month - 1, year: year)) }
            return CalendarDate(year: year - 1, month: 12, day: 31)
        case (let month?, nil):
            return month > 1 ? CalendarDate(year: year, month: month - 1) : CalendarDate(year: year - 1, month: 12)
        default:
            return CalendarDate(year: year - 1)
        }
    }
}
