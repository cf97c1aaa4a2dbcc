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
        .helpStatements: "Statements",
        .helpLanguage: "The language",
        .helpMetaCommands: "Meta-commands",
        .helpExamples: "Examples",
        .helpFooter: "Type .help TOPIC for details and examples: .help select, .help functions, .help .mode",
        .noHelpOn: "no help on {}; type .help to list the topics",
        .noHelpOnSuggestion: "no help on {}; did you mean {}?",

        // Tutorial
        .tutorialCannotLoad: "the tutorial could not load the built-in tables",
        .tutorialNoLessonOpen: "no lesson is open: type .tutorial to start",
        .tutorialLesson: "Lesson {} of {}: {}\n{}\n(type a query; .tutorial hint for a hint, .tutorial skip to move on, .tutorial off to stop)",
        .tutorialHint: "hint {} of {}: {}",
        .tutorialAnswer: "the answer: {}",
        .tutorialClosed: "tutorial closed; .tutorial resumes where you were",
        .tutorialAllDone: "You have done all {} lessons. .tutorial restart starts again.",
        .tutorialRight: "✓ right! {}",
        .tutorialNotYet: "not yet: {}; .tutorial hint helps",
        .tutorialYourResultHas: "your result has {}, the answer has {}",
        .tutorialOneColumn: "1 column",
        .tutorialColumns: "{} columns",
        .tutorialOneRow: "1 row",
        .tutorialRows: "{} rows",
        .tutorialOtherOrder: "the right rows, in another order",
        .tutorialValuesDiffer: "the values differ from the answer",

        // Lessons
    ]
}
