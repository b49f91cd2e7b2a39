import ArgumentParser

/// How a command writes CSV.
struct CSVOptions: ParsableArguments {
    @Flag(name: .customLong("neutralise"), inversion: .prefixedNo, help: ArgumentHelp(
        "In CSV, put an apostrophe before text that starts with =, +, -, @, a tab or a carriage return, so that spreadsheets do not run it as a formula (numbers are left alone)."))
    var neutralise = true
}
