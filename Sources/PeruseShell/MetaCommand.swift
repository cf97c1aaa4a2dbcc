/// The shell's dot-commands: their names, arguments and one-line summaries. `.help` and
/// completion read this list; `Shell.runMetaCommand` carries each one out.
public enum MetaCommand: String, CaseIterable, Sendable {
    case help, tables, schema, source, mode, headers, nullvalue, maxrows, limit, provenance, timer, read, output, once
    case lang, record, tutorial, lesson, check
    case last, quit, exit

    /// `.mode table|csv|json|markdown|line`: the command with its arguments.
    public var usage: String {
        switch self {
        case .help: ".help [TOPIC]"
        case .tables: ".tables"
        case .schema: ".schema [TABLE]"
        case .source: ".source TABLE"
        case .limit: ".limit [memory SIZE|none] [rows N|all]"
        case .provenance: ".provenance on|off"
        case .mode: ".mode " + MetaCommand.modeNames.joined(separator: "|")
        case .headers: ".headers on|off"
        case .nullvalue: ".nullvalue [TEXT]"
        case .maxrows: ".maxrows N|all"
        case .timer: ".timer on|off"
        case .read: ".read FILE"
        case .output: ".output [FILE|stdout]"
        case .once: ".once FILE"
        case .lang: ".lang [en|es]"
        case .record: ".record [FILE.md|off]"
        case .tutorial: ".tutorial [hint|skip|restart|off]"
        case .lesson: ".lesson [FILE|hint|skip|off|hash QUERY]"
        case .check: ".check"
        case .last: ".last"
        case .quit: ".quit"
        case .exit: ".exit"
        }
    }

    /// What the command does, in one line.
    public var summary: String {
        switch self {
        case .help: "list help topics, or show one: a statement, a meta-command, functions, types"
        case .tables: "list the tables"
        case .schema: "show the create table statement of every table, or of one"
        case .source: "where a built-in table's figures come from: articles, sentences, caveats, units"
        case .limit: "set the memory a statement may use (2GB, 500MB, none) and the rows shown; no argument: show them"
        case .provenance: "show or hide where built-in figures come from, under each table"
        case .mode: "set how results are printed (no argument: show the current mode)"
        case .headers: "show or hide column names"
        case .nullvalue: "set the text printed for NULL (no argument: the default)"
        case .maxrows: "at a terminal, show at most N rows of a table (first and last rows); all: every row"
        case .timer: "print each statement's wall time"
        case .read: "run the statements and meta-commands in FILE (not added to history)"
        case .output: "send results to FILE until .output stdout (no argument: back to the terminal)"
        case .once: "send the next result only to FILE"
        case .lang: "the language of messages and errors: en (English) or es (Spanish); no argument: show it"
        case .record: "append each statement and its result to a Markdown handout that peruse --verify checks; off: stop"
        case .tutorial: "lessons over the built-in data, each answer checked; progress is kept for next time"
        case .lesson: "run an instructor's lesson file; hash QUERY prints the expect: line for a task's answer"
        case .check: "grade the last result against the lesson's task; logged in FILE.progress next to the lesson"
        case .last: "show the whole previous result in $PAGER (default: less -S)"
        case .quit: "leave the shell (so does Ctrl-D)"
        case .exit: "leave the shell (so does Ctrl-D)"
        }
    }

    /// The names `.mode` accepts.
    static let modeNames = ["table", "csv", "json", "markdown", "line"]

    /// `.limit` arguments.
    static let limitNames = ["memory", "rows"]

    /// `.headers`, `.timer` and `.provenance` arguments.
    static let switchNames = ["on", "off"]
}
