/// Gephi's time sets, as its Data Laboratory writes them into CSV cells (the `timeset`
/// column, `Time Interval` in Gephi 0.8): intervals `<[2016-02-03, 2016-02-04]; [2016-02-05, Infinity]>`,
/// or timestamps `<[2016-02-03, 2016-02-05, 2016-02-09]>`.
enum GephiTimeSet {
    /// The intervals of a time set, each bound as written and `nil` where it is infinite; a
    /// timestamp is an interval of one moment. A bracket of two values is an interval, of one
    /// or of three and more a list of timestamps.
    ///
    /// - Returns: the intervals in the order written, or `nil` when the text is not a time set.
    /// - Complexity: O(*n*) for *n* characters.
    static func intervals(_ text: String) -> [(start: String?, end: String?)]? {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
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
            if bounds.count == 2 {
                intervals.append((bounds[0], bounds[1]))
            } else {
                guard !bounds.contains(where: { $0 == nil }) else { return nil }
                intervals += bounds.map { ($0, $0) }
            }
        }
        return intervals
    }
}
