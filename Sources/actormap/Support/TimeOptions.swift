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
        if let year { return try parsedTime(year, option: "--year", accepting: .year) }
        if let at { return try parsedTime(at, option: "--at", accepting: [.year, .date], elsewhere: [.window: "--window"]) }
        if let window { return try parsedTime(window, option: "--window", accepting: .window) }
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

/// The moment given to `option`, as the library reads it (see
/// `TimeSelection.init(parsing:as:accepting:elsewhere:)`); its message is the option's error.
func parsedTime(_ text: String, option: String, accepting forms: TimeSelection.Forms = .any,
                elsewhere: [TimeSelection.Forms: String] = [:]) throws -> TimeSelection {
    do {
        return try TimeSelection(parsing: text, as: option, accepting: forms, elsewhere: elsewhere)
    } catch {
        throw ValidationError(error.message)
    }
}

/// The year given to `option`, checked to 1…9999.
func parsedYear(_ text: String, option: String) throws -> Int {
    do {
        return try TimeSelection.year(parsing: text, as: option)
    } catch {
        throw ValidationError(error.message)
    }
}

/// A number of years given to `option`, such as a window's length or a step, checked to 1…9999.
func parsedYearCount(_ count: Int, option: String) throws -> Int {
    do {
        return try TimeSelection.yearCount(count, as: option)
    } catch {
        throw ValidationError(error.message)
    }
}

/// The years from `--from` to `--to`, the missing ends filled in from the map as the library
/// chooses them (`DefaultYears`), each given year checked against the map's span.
func chosenYears(of dataset: Dataset, file: String, from: String?, to: String?, span: SpanOption,
                 start: DefaultYears.Start, projection: ProjectionOptions = ProjectionOptions()) throws -> DefaultYears {
    let first = try from.map { try parsedYear($0, option: "--from") }
    let last = try to.map { try parsedYear($0, option: "--to") }
    if let first { try span.check(year: first, option: "--from", in: dataset) }
    if let last { try span.check(year: last, option: "--to", in: dataset) }
    do {
        return try DefaultYears(dataset, from: first, to: last, start: start, options: projection, given: "Years chosen with --from and --to.")
    } catch .noDates {
        printError("\(file) has no dates; give --from and --to.")
        throw ExitCode(1)
    } catch .backwards(let first, let last) {
        throw ValidationError("--from \(first) comes after --to \(last).")
    }
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
        try chosenYears(of: dataset, file: file, from: from, to: to, span: span, start: .firstYearWithTies, projection: projection)
    }
}
