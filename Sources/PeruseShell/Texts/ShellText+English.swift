extension ShellText {
    /// The English texts. Keep the keys in the order of `ShellText`.
    static let english: [ShellText: String] = [
        // Shell
        .verbatim: "{}",
        .useCtrlDToExit: "use Ctrl-D or .quit to exit",
        .interrupted: "Interrupted",
        .runTime: "Run Time: {} s",

        // Meta-commands
        .metaCommandNeedsName: "a meta-command needs a name after '.'; type .help to list them",
        .unknownMetaCommand: "unknown command: .{}; type .help to list them",
        .unknownMetaCommandSuggestion: "unknown command: .{}; did you mean .{}?",
        .usage: "usage: {}",
        .noTables: "no tables",
        .modeIs: "mode: {}",
        .unknownMode: "unknown mode: {}; use {}",
        .notBuiltinTable: "{} is not a built-in table: it has no recorded source",
        .maxrowsIs: "maxrows: {}",
        .maxrowsNeedsNumber: "{}: N is a whole number above 0",
        .noResultYet: "no result yet: run a query first",
        .limitsAre: "memory: {}\nrows: {}",
        .notASize: "'{}' is not a size: give a number and a unit, such as 2GB or 500MB, or none",
        .limitRowsNeedsNumber: ".limit rows N: N is a whole number above 0, or all",
        .noSuchTable: "no such table: {}",
        .noSuchTableSuggestion: "no such table: {}; did you mean {}?",
        .readNestedTooDeeply: ".read is nested too deeply (a file reading itself?)",
        .cannotOpen: "cannot open '{}': {}",
        .cannotReadDirectory: "cannot read '{}': it is a directory",
        .cannotRead: "cannot read '{}': {}",
        .cannotWrite: "cannot write '{}': {}",
        .recordingTo: "recording to {}",
        .notRecording: "not recording",
        .stoppedRecording: "stopped recording to {}",
        .startedRecording: "recording statements and results to {}; .record off stops",
        .languageIs: "lang: {}",
        .unknownLanguage: "unknown language: {}; use {}",

        // Help

        // Tutorial

        // Lessons
    ]
}
