/// Gephi's time sets, as its Data Laboratory writes them into CSV cells (the `timeset`
/// column, `Time Interval` in Gephi 0.8): intervals `<[2016-02-03, 2016-02-04]; [2016-02-05, Infinity]>`,
/// or timestamps `<[2016-02-03, 2016-02-05, 2016-02-09]>`.
enum GephiTimeSet {
    /// The intervals of a time set, each bound as written and `nil` where it is infinite; a
    /// timestamp is an interval of one moment. A bracket of two values is an interval, of one
    /// or of three and more a list of timestamps; with `timestamps`, every bracket is a list of
    /// timestamps, as in a column Gephi wrote with timestamps (see ``holdsTimestamps(_:)``).
    /// A single time, or brackets without the angles, are read as Gephi's importer reads them.
    ///
    /// - Returns: the intervals in the order written, or `nil` when the text is not a time set.
    /// - Complexity: O(*n*) for *n* characters.
    static func intervals(_ text: String, timestamps: Bool = false) -> [(start: String?, end: String?)]? {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        // As Gephi's importer takes them: one time alone, or brackets without the angles.
        if !body.isEmpty, isTime(String(body)), !isInfinite(String(body)) { return [(String(body), String(body))] }
        if body.first == "[" || body.first == "(" { body = Substring("<" + body + ">") }
        guard body.first == "<", body.last == ">" else { return nil }
        body = body.dropFirst().dropLast()
        if body.trimmingCharacters(in: .whitespaces).lowercased() == "empty" { return [] }
        var intervals: [(start: String?, end: String?)] = []
        for part in body.split(separator: ";") {
            let part = part.trimmingCharacters(in: .whitespaces)
            guard let first = part.first, let last = part.last, "[(".contains(first), "])".contains(last), part.count >= 2 else { return nil }
            let values = part.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard !values.contains(where: \.isEmpty) else { return nil }
            let bounds = values.map { ["infinity", "+infinity", "-infinity", "inf", "-inf"].contains($0.lowercased()) ? nil : $0 }
            if bounds.count == 2, !timestamps {
                intervals.append((bounds[0], bounds[1]))
            } else {
                guard !bounds.contains(where: { $0 == nil }) else { return nil }
                intervals += bounds.map { ($0, $0) }
            }
        }
        return intervals
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

    /// One value of a Gephi value over time: from `start` to `end` (each as written, `nil`
    /// where infinite), the value as written, unquoted.
    struct TimedValue: Hashable, Sendable {
        var start: String?
        var end: String?
        var value: String
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
            values.append(TimedValue(start: times.first!, end: times.last!, value: unquoted(fields.last!)))
        }
        return values.isEmpty ? nil : values
    }

    /// Whether text is a time Gephi writes: a number, a date or date-time, or an infinity.
    static func isTime(_ text: String) -> Bool {
        isInfinite(text) || Double(text) != nil
            || text.range(of: #"^[0-9]{4}-[0-9]{2}(-[0-9]{2}([T ][0-9:.]+(Z|[+-][0-9:]+)?)?)?$"#, options: .regularExpression) != nil
    }

    static func isInfinite(_ text: String) -> Bool {
        ["infinity", "+infinity", "-infinity", "inf", "-inf"].contains(text.lowercased())
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
