import ActorMap
import ArgumentParser

/// The moment of the map a command looks at.
struct TimeOptions: ParsableArguments {
    @Option(name: .long, help: "Look at one year, such as 2017.")
    var year: Int?

    @Option(name: .long, help: ArgumentHelp("Look at one date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var at: String?

    @Option(name: .long, help: ArgumentHelp("Look at a window of years; a tie counts when active in any of them.", valueName: "first..last"))
    var window: String?

    func validate() throws {
        if [year != nil, at != nil, window != nil].filter({ $0 }).count > 1 {
            throw ValidationError("Give only one of --year, --at and --window.")
        }
        _ = try selection()
    }

    /// The selection these options describe; all time when none is given.
    func selection() throws -> TimeSelection {
        if let year { return .year(year) }
        if let at {
            guard let date = CalendarDate(parsing: at) else {
                throw ValidationError("--at '\(at)' is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, such as 2017-03-15.")
            }
            return .date(date)
        }
        if let window {
            let parts = window.replacingOccurrences(of: "...", with: "..").components(separatedBy: "..")
            guard parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]) else {
                throw ValidationError("--window '\(window)' is not a range of years. Write it as 2010..2015.")
            }
            guard first <= last else {
                throw ValidationError("--window \(window) runs backwards. Write the earlier year first: \(last)..\(first).")
            }
            return .window(first...last)
        }
        return .allTime
    }
}
