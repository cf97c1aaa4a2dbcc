import PeruseSyntax

/// Every text the shell itself shows — messages, errors of meta-commands, prompts of lessons —
/// named by a key. The English texts are in `ShellText+English.swift`, the Spanish ones in
/// `ShellText+Spanish.swift`; `Tests/PeruseShellTests/ShellTextTests.swift` fails when a key
/// lacks a text in either language or the two texts have different `{}` holes.
///
/// Texts have `{}` holes filled in order with the arguments: `unknown mode: {}; use {}`.
/// Add a key in the section of the file that shows it, then its text in both languages.
enum ShellText: String, CaseIterable, Sendable {
    // MARK: Shell (Shell.swift)
    /// Text made elsewhere, already in the right language: `{}`.
    case verbatim
    case useCtrlDToExit
    case interrupted
    case runTime

    // MARK: Meta-commands (Shell+MetaCommands.swift, Shell+Record.swift, FileAccess.swift)
    case metaCommandNeedsName
    case unknownMetaCommand
    case unknownMetaCommandSuggestion
    case usage
    case noTables
    case modeIs
    case unknownMode
    case notBuiltinTable
    case maxrowsIs
    case maxrowsNeedsNumber
    case noResultYet
    case limitsAre
    case notASize
    case limitRowsNeedsNumber
    case noSuchTable
    case noSuchTableSuggestion
    case readNestedTooDeeply
    case cannotOpen
    case cannotReadDirectory
    case cannotRead
    case cannotWrite
    case recordingTo
    case notRecording
    case stoppedRecording
    case startedRecording
    case languageIs
    case unknownLanguage
    case onlyAtThePrompt

    // MARK: Help (HelpText.swift)
    case helpStatements
    case helpLanguage
    case helpMetaCommands
    case helpExamples
    case helpFooter
    case noHelpOn
    case noHelpOnSuggestion

    // MARK: Tutorial (Shell+Tutorial.swift)
    case tutorialCannotLoad
    case tutorialNoLessonOpen
    case tutorialLesson
    case tutorialHint
    case tutorialAnswer
    case tutorialClosed
    case tutorialAllDone
    case tutorialRight
    case tutorialNotYet
    case tutorialYourResultHas
    case tutorialOneColumn
    case tutorialColumns
    case tutorialOneRow
    case tutorialRows
    case tutorialOtherOrder
    case tutorialValuesDiffer

    // MARK: Lessons (Shell+Lesson.swift, LessonFile.swift)
    case lessonNotOpen
    case lessonTask
    case lessonResuming
    case lessonAllDone
    case lessonEndWithTasksLeft
    case lessonHint
    case lessonNoHints
    case lessonNoMoreHints
    case lessonClosed
    case lessonRight
    case lessonNotYet
    case lessonNotYetBecause
    case lessonSameSize
    case lessonSameSizeOrdered
    case lessonSize
    case lessonBadShape
    case lessonNoResultToCheck
    case lessonHashNeedsQuery
    case lessonProgressNotLogged
    case lessonProgressNotRead
    case lessonBadLine
    case lessonLineBeforeTask
    case lessonBadHash
    case lessonUnknownKey
    case lessonHasNoTasks
    case lessonTaskWithoutExpect

    /// The text in `language` with its holes filled by `arguments`, in order. A key with no text
    /// in `language` falls back to English (the test keeps that from happening).
    func text(in language: Language, _ arguments: [String] = []) -> String {
        let template = (language == .es ? Self.spanish[self] : nil) ?? Self.english[self] ?? rawValue
        return Self.fill(template, with: arguments)
    }

    /// `template` with each `{}` replaced by the next argument (a missing one by nothing).
    static func fill(_ template: String, with arguments: [String]) -> String {
        let parts = template.split(separator: "{}", omittingEmptySubsequences: false)
        var out = String(parts.first ?? "")
        for (index, part) in parts.dropFirst().enumerated() {
            if index < arguments.count { out += arguments[index] }
            out += part
        }
        return out
    }

    /// How many `{}` holes `template` has.
    static func holes(in template: String) -> Int {
        template.split(separator: "{}", omittingEmptySubsequences: false).count - 1
    }
}

/// A meta-command's failure as a value: a catalogue text and its arguments, rendered in the
/// shell's language when it is printed.
struct ShellError: Error, Equatable {
    let key: ShellText
    let arguments: [String]

    init(_ key: ShellText, _ arguments: String...) {
        self.key = key
        self.arguments = arguments
    }

    /// English-only text from code not yet moved to the catalogue; `ShellTextTests` lists the
    /// files still allowed to use it, and fails for any other.
    init(untranslated text: String) { self.init(.verbatim, text) }

    /// Text already made elsewhere in the right language (a rendered diagnostic).
    static func rendered(_ text: String) -> ShellError { ShellError(.verbatim, text) }

    /// The message in `language`.
    func message(in language: Language) -> String { key.text(in: language, arguments) }
}
