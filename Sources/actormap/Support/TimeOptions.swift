import ActorMap
import ArgumentParser

/// The moment of the map a command looks at.
struct TimeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Look at one year, such as 2017.", valueName: "year"))
    var year: String?

    @Option(name: .long, help: ArgumentHelp("Look at one date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var at: String?

    @Option(name: .long, help: ArgumentHelp("Look at a window of years; a tie counts when active in any of them.", valueName: "first..last"))
    var window: String?

    @OptionGroup var span: SpanOption

    func validate() throws {
        if [year != nil, at != nil, window != nil].filter({ $0 }).count > 1 {
            throw ValidationError("Give only one of --year, --at and --window.")
        }
        _ = try selection()
    }

    /// The selection these options describe; all time when none is given.
    func selection() throws -> TimeSelection {
        if let year { return .year(try parsedYear(year, option: "--year")) }
        if let at {
            let notADate = "--at '\(at)' is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, such as 2017-03-15 (the day must exist)."
            // A bare year is a date at the precision of a year, as the help says.
            switch try parsedTime(at, option: "--at", otherwise: notADate) {
            case .year(let year): return .year(year)
            case .date(let date): return .date(date)
            case .window: throw ValidationError("--at '\(at)' is a window of years; give it as --window \(at), or give --at one date.")
            case .allTime: throw ValidationError(notADate)
            }
        }
        if let window {
            let notAWindow = "--window '\(window)' is not a range of years. Write it as 2010..2015."
            let selection = try parsedTime(window, option: "--window", otherwise: notAWindow)
            guard case .window = selection else { throw ValidationError(notAWindow) }
            return selection
        }
        return .allTime
    }

    /// The selection, checked against the map's span.
    func selection(in dataset: Dataset) throws -> TimeSelection {
        let selection = try selection()
        let option = year != nil ? "--year" : at != nil ? "--at" : "--window"
        try span.check(selection, option: option, in: dataset)
        return selection
    }
}

/// `--allow-outside-span`, and the check it turns off: every moment a command is given lies
/// in the years the map covers.
struct SpanOption: ParsableArguments {
    @Flag(help: "Measure a moment outside the years the map covers, where it says nothing.")
    var allowOutsideSpan = false

    /// Refuses `selection` when it lies outside the map's span, with the span and the fix.
    func check(_ selection: TimeSelection, option: String, in dataset: Dataset) throws {
        guard !allowOutsideSpan, let span = MapSpan(dataset) else { return }
        do {
            try span.check(selection)
        } catch {
            printError("error: \(option) \(error) (To measure it anyway, give --allow-outside-span.)")
            throw ExitCode(1)
        }
    }

    /// Refuses a year outside the map's span.
    func check(year: Int, option: String, in dataset: Dataset) throws {
        try check(.year(year), option: option, in: dataset)
    }
}

/// Parses `2017` as a year, `2015..2018` as a window and `2017-06` or `2017-06-30` as a date,
/// every year checked to 1…9999.
///
/// An option that takes only one of these gives `otherwise`, the message for text that is
/// none of them, so that it does not offer forms the option refuses; a year out of range or
/// a window written backwards keeps its own message.
func parsedTime(_ text: String, option: String, otherwise: String? = nil) throws -> TimeSelection {
    do {
        return try TimeSelection(parsing: text)
    } catch {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.first == "-" || trimmed.first == "+" ? trimmed.dropFirst() : Substring(trimmed)
        let hasItsOwnMessage = trimmed.contains("..") || (!digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isWholeNumber })
        if let otherwise, !hasItsOwnMessage { throw ValidationError(otherwise) }
        throw ValidationError("\(option): \(error)")
    }
}

/// Parses one year, checked to 1…9999.
func parsedYear(_ text: String, option: String) throws -> Int {
    do {
        return try TimeSelection.year(parsing: text)
    } catch {
        throw ValidationError("\(option): \(error)")
    }
}

/// Parses a number of years, such as a window's length or a step, checked to 1…9999.
func parsedYearCount(_ count: Int, option: String) throws -> Int {
    guard TimeSelection.possibleYears.contains(count) else {
        throw ValidationError("\(option) takes a number of years from 1 to \(TimeSelection.possibleYears.upperBound); \(count) is not one.")
    }
    return count
}

/// The years a timeline or report covers, shared by those commands.
struct YearRange: ParsableArguments {
    @Option(help: ArgumentHelp("The first year; by default the first year with at least \(MetricsTable.fewTies) ties.", valueName: "year"))
    var from: String?

    @Option(help: ArgumentHelp("The last year; by default the end of the map's span.", valueName: "year"))
    var to: String?

    @OptionGroup var span: SpanOption

    func validate() throws {
        let first = try from.map { try parsedYear($0, option: "--from") }
        let last = try to.map { try parsedYear($0, option: "--to") }
        if let first, let last, first > last { throw ValidationError("--from \(first) comes after --to \(last).") }
    }

    /// The years asked for, filled in from the map's span, and how they were chosen.
    func years(of dataset: Dataset, file: String, projection: ProjectionOptions) throws -> DefaultYears {
        let first = try from.map { try parsedYear($0, option: "--from") }
        let last = try to.map { try parsedYear($0, option: "--to") }
        if let first { try span.check(year: first, option: "--from", in: dataset) }
        if let last { try span.check(year: last, option: "--to", in: dataset) }
        guard let mapSpan = MapSpan(dataset) else {
            guard let first, let last else {
                printError("\(file) has no dates; give --from and --to.")
                throw ExitCode(1)
            }
            return DefaultYears(first...last, reason: "Years chosen with --from and --to.")
        }
        let chosen = DefaultYears(dataset, span: mapSpan, options: projection)
        if first == nil && last == nil { return chosen }
        let start = first ?? chosen.years.lowerBound, end = last ?? mapSpan.years.upperBound
        guard start <= end else {
            throw ValidationError("--from \(start) comes after --to \(end).")
        }
        return DefaultYears(start...end, reason: "Years chosen with --from and --to.")
    }
}
