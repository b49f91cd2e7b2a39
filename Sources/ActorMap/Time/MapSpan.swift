import Foundation

/// The years a map speaks about, and so the years a question about it may name.
///
/// A map starts at its earliest dated `since` or `until` and ends at its latest dated year.
/// When any actor or tie is open-ended (no `until`), the map says it still holds, so it runs
/// on to the year it was recorded as of (the dataset's `as_of`) or, failing that, to the
/// current year. Outside these years the map says nothing: "3 actors, 0 ties in 1980" on a
/// map that starts in 1992 is not a finding, so commands refuse such moments unless asked.
public struct MapSpan: Hashable, Sendable, CustomStringConvertible {
    /// How the last year of a span was found.
    public enum End: String, Hashable, Sendable {
        /// Every actor and tie has an `until`: the latest dated year.
        case lastDatedYear = "last dated year"
        /// Something is open-ended and the map gives `as_of`.
        case asOf = "as_of"
        /// Something is open-ended and the map gives no `as_of`.
        case currentYear = "current year"
    }

    /// The first to the last year, both included.
    public let years: ClosedRange<Int>
    /// Where the last year comes from.
    public let end: End

    /// The span of `dataset`, or `nil` when nothing on it is dated (then every moment
    /// shows the same map, and no year is outside it).
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - currentYear: The year an open-ended map without `as_of` runs to.
    /// - Complexity: O(*n* + *m*) over the actors and relationships.
    public init?(_ dataset: Dataset, currentYear: Int = MapSpan.currentYear) {
        let (dated, openEnded) = Self.datedYears(of: dataset)
        guard let first = dated?.lowerBound, let last = dated?.upperBound else { return nil }
        // An as_of or a current year before the last dated event does not cut that event off.
        if openEnded, let asOf = dataset.asOf, asOf.year > last {
            years = first...asOf.year
            end = .asOf
        } else if openEnded, dataset.asOf == nil, currentYear > last {
            years = first...currentYear
            end = .currentYear
        } else {
            years = first...last
            end = .lastDatedYear
        }
    }

    /// The first and last years anything on `dataset` is dated to (`nil` when nothing is),
    /// and whether any actor or tie is open-ended: what a span is made from.
    ///
    /// - Complexity: O(*n* + *m*) over the actors and relationships.
    static func datedYears(of dataset: Dataset) -> (years: ClosedRange<Int>?, openEnded: Bool) {
        var first = Int.max, last = Int.min, openEnded = false
        for period in dataset.actors.lazy.map(\.period) + dataset.relationships.lazy.map(\.period) {
            for date in [period.since, period.until].compactMap({ $0 }) {
                first = min(first, date.year)
                last = max(last, date.year)
            }
            if period.until == nil { openEnded = true }
        }
        return (first <= last ? first...last : nil, openEnded)
    }

    /// The year it is now, by the machine's calendar.
    public static var currentYear: Int { Calendar(identifier: .gregorian).component(.year, from: Date()) }

    /// Whether every year `selection` touches lies in the span; all time always does.
    ///
    /// - Parameter selection: A year, date or window; all time always lies in the span.
    /// - Returns: Whether the first and last years it touches are both in the span.
    /// - Complexity: O(1).
    public func contains(_ selection: TimeSelection) -> Bool {
        guard let touched = selection.years else { return true }
        return years.contains(touched.lowerBound) && years.contains(touched.upperBound)
    }

    /// Checks that `selection` lies in the span.
    ///
    /// - Parameter selection: A year, date or window.
    /// - Throws: ``OutsideSpanError`` naming the moment, the span and the fix.
    public func check(_ selection: TimeSelection) throws(OutsideSpanError) {
        guard !contains(selection) else { return }
        throw OutsideSpanError(moment: selection, span: self)
    }

    /// "1992 to 2008", with where an end that is not a dated year comes from.
    public var description: String {
        switch end {
        case .lastDatedYear: "\(years.lowerBound) to \(years.upperBound)"
        case .asOf: "\(years.lowerBound) to \(years.upperBound) (its as_of year)"
        case .currentYear: "\(years.lowerBound) to \(years.upperBound) (this year: some actors or ties have no end)"
        }
    }
}

/// A moment that lies outside the years a map covers.
public struct OutsideSpanError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The moment asked for.
    public let moment: TimeSelection
    /// The years the map covers.
    public let span: MapSpan

    /// "1980 is outside the map: the map runs from 1992 to 2008; choose a year inside it."
    public var description: String {
        let what = if case .window = moment { "the window \(moment)" } else { "\(moment)" }
        return "\(what) is outside the map: the map runs from \(span); choose a year inside it."
    }
}

extension MetricsTable {
    /// Fewer ties than this in the measured projection, and a moment's figures describe
    /// almost nothing.
    public static let fewTies = 3

    /// A caution when the moment measured has fewer than ``fewTies`` ties, such as "1985 has
    /// only 1 tie on this projection; its figures say little."; `nil` otherwise.
    public var fewTiesNote: String? {
        let count = projection.tieCount
        guard count < Self.fewTies else { return nil }
        let ties = count == 0 ? "no ties" : count == 1 ? "only 1 tie" : "only \(count) ties"
        let moment = snapshot.time == .allTime ? "The whole map" : "\(snapshot.time)"
        return "\(moment) has \(ties) on this projection; its figures say little."
    }
}

/// The years a comparison over a map looks at when none are chosen, and why.
public struct DefaultYears: Hashable, Sendable {
    /// The first to the last year, both included.
    public let years: ClosedRange<Int>
    /// How they were chosen, as a sentence for the page: "From 1999, the first year with at
    /// least 3 ties, to 2022, the map's last year (its as_of year)."
    public let reason: String

    /// Years chosen some other way, such as by hand.
    ///
    /// - Parameters:
    ///   - years: The first to the last year, both included.
    ///   - reason: How they were chosen, as a sentence for the page.
    public init(_ years: ClosedRange<Int>, reason: String) {
        self.years = years
        self.reason = reason
    }

    /// From the first year of `span` whose projection has at least ``MetricsTable/fewTies``
    /// ties to the span's last year; a year with fewer says too little to compare from.
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - span: Its span.
    ///   - options: The projection the comparison is measured on.
    /// - Complexity: one projection per year of the span, until the first with enough ties.
    public init(_ dataset: Dataset, span: MapSpan, options: ProjectionOptions) {
        func ties(_ year: Int) -> Int { Projection(Snapshot(dataset, at: .year(year)), options: options).tieCount }
        let last = span.years.upperBound
        let end = switch span.end {
        case .lastDatedYear: "the map's last dated year"
        case .asOf: "the year the map is recorded as of"
        case .currentYear: "this year, since some actors or ties have no end"
        }
        if let first = span.years.first(where: { ties($0) >= MetricsTable.fewTies }) {
            years = first...last
            reason = "From \(first), the first year with at least \(MetricsTable.fewTies) ties, to \(last), \(end)."
        } else if let first = span.years.first(where: { ties($0) > 0 }) {
            years = first...last
            reason = "No year has \(MetricsTable.fewTies) ties or more, so from \(first), the first year with a tie, to \(last), \(end)."
        } else {
            years = span.years
            reason = "No year has a tie, so the whole span, \(span.years.lowerBound) to \(last)."
        }
    }
}

extension DefaultYears {
    /// Where a range of years starts when its first year is not given.
    public enum Start: Hashable, Sendable {
        /// At the first year of the map's span.
        case spanStart
        /// At the first year with at least ``MetricsTable/fewTies`` ties, as
        /// ``init(_:span:options:)`` chooses.
        case firstYearWithTies
    }

    /// The years from `first` to `last`, each end that is not given taken from the map: the
    /// start as `start` says, the end at the last year of its ``MapSpan``.
    ///
    /// - Parameters:
    ///   - dataset: The map.
    ///   - first: The first year asked for, if any.
    ///   - last: The last year asked for, if any.
    ///   - start: Where the years start when `first` is not given.
    ///   - options: The projection ties are counted on, for ``Start/firstYearWithTies`` only.
    ///   - given: The reason to give when `first` or `last` is given, such as "Years chosen
    ///     with --from and --to."
    /// - Throws: ``YearRangeError/noDates`` when an end is missing and nothing on the map is
    ///   dated; ``YearRangeError/backwards(first:last:)`` when the start comes after the end.
    /// - Complexity: O(*n* + *m*) for the span, and one projection per year of it until the
    ///   first with enough ties for ``Start/firstYearWithTies``.
    public init(_ dataset: Dataset, from first: Int?, to last: Int?, start: Start, options: ProjectionOptions = ProjectionOptions(), given: String) throws(YearRangeError) {
        guard let span = MapSpan(dataset) else {
            guard let first, let last else { throw .noDates }
            guard first <= last else { throw .backwards(first: first, last: last) }
            self.init(first...last, reason: given)
            return
        }
        let chosen = first == nil && start == .firstYearWithTies ? DefaultYears(dataset, span: span, options: options) : nil
        if let chosen, last == nil {
            self = chosen
            return
        }
        let from = first ?? chosen?.years.lowerBound ?? span.years.lowerBound, to = last ?? span.years.upperBound
        guard from <= to else { throw .backwards(first: from, last: to) }
        self.init(from...to, reason: first == nil && last == nil ? "From \(from) to \(to), the map's span." : given)
    }
}

/// Why no range of years can be chosen from what was given.
public enum YearRangeError: Error, Hashable, Sendable {
    /// An end was not given, and the map has no dated year to take it from.
    case noDates
    /// The first year comes after the last.
    case backwards(first: Int, last: Int)
}

extension MetricSeries {
    /// A caution naming the moments with fewer than ``MetricsTable/fewTies`` ties, such as
    /// "1985 and 1986 have fewer than 3 ties on this projection; their figures say little.";
    /// `nil` when every moment has enough.
    public var fewTiesNote: String? {
        let sparse = zip(moments, tables).filter { $0.1.projection.tieCount < MetricsTable.fewTies }.map { "\($0.0)" }
        switch sparse.count {
        case 0: return nil
        case 1: return tables.count == 1 ? tables[0].fewTiesNote : "\(sparse[0]) has fewer than \(MetricsTable.fewTies) ties on this projection; its figures say little."
        default:
            let named = sparse.count > 6 ? "\(sparse.count) moments (\(sparse.prefix(3).joined(separator: ", ")) … \(sparse.last!))" : list(sparse)
            return "\(named) have fewer than \(MetricsTable.fewTies) ties on this projection; their figures say little."
        }
    }
}

extension Dataset {
    /// This map with `as_of` set to `year` when it has none and something on it is
    /// open-ended, so that a written copy keeps the span it has today instead of running on
    /// to whatever year it is read in.
    ///
    /// - Parameter year: The year the map is recorded as of, usually this year.
    /// - Returns: The map itself when it already has `as_of`, or when every actor and tie has
    ///   an `until` or nothing on it is dated.
    /// - Complexity: O(*n* + *m*) over the actors and relationships.
    public func recorded(asOf year: Int = MapSpan.currentYear) -> Dataset {
        guard asOf == nil, let date = CalendarDate(year: year), MapSpan(self) != nil,
              actors.contains(where: { $0.period.until == nil }) || relationships.contains(where: { $0.period.until == nil })
        else { return self }
        var recorded = self
        recorded.asOf = date
        return recorded
    }
}
