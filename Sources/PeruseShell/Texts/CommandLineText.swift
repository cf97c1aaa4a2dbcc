import PeruseSyntax

/// The texts the `peruse` command prints itself (`Sources/peruse`): errors after `peruse: `,
/// the `--verify` report, the banner, the checks of its options. Kept here, beside the shell's
/// texts, so one test (`Tests/PeruseShellTests/CommandLineTextTests.swift`) sees that every
/// key has both texts with the same `{}` holes and is used by the command.
public enum CommandLineText: String, CaseIterable, Sendable {
    case cannotOpen
    case cannotReadDirectory
    case cannotReadFile
    case cannotReadStandardInput
    case builtinsFailed
    case oneResultVerified
    case resultsVerified
    case queryGivesNoRows
    case noResultUnderQuery
    case resultChanged
    case expected
    case now
    case banner
    case bannerNoTables
    case bannerTables
    case fileOrCommand
    case verifyAlone
    case unknownLanguage
    case notASize

    /// The text in `language` with its holes filled by `arguments`, in order.
    public func text(in language: Language, _ arguments: String...) -> String { text(in: language, arguments) }

    /// The text in `language` with its holes filled by `arguments`, in order.
    public func text(in language: Language, _ arguments: [String]) -> String {
        let template = (language == .es ? Self.spanish[self] : nil) ?? Self.english[self] ?? rawValue
        return ShellText.fill(template, with: arguments)
    }

    static let english: [CommandLineText: String] = [
        .cannotOpen: "cannot open '{}': {}",
        .cannotReadDirectory: "cannot read '{}': it is a directory",
        .cannotReadFile: "cannot read '{}': {}",
        .cannotReadStandardInput: "cannot read standard input: {}",
        .builtinsFailed: "cannot load the built-in tables",
        .oneResultVerified: "{}: 1 result verified",
        .resultsVerified: "{}: {} results verified",
        .queryGivesNoRows: "the query gives no rows now",
        .noResultUnderQuery: "no result under the query",
        .resultChanged: "result changed",
        .expected: "expected:",
        .now: "now:",
        .banner: "peruse {} ({}). Type .help for help.",
        .bannerNoTables: "no tables",
        .bannerTables: "tables: {}",
        .fileOrCommand: "give either a file or -c statements, not both",
        .verifyAlone: "--verify runs a handout by itself: give no FILE or -c with it",
        .unknownLanguage: "--lang takes en or es, not '{}'",
        .notASize: "'{}' is not a size: give a number and a unit, such as 2GB or 500MB, or none",
    ]

    static let spanish: [CommandLineText: String] = [
        .cannotOpen: "no se puede abrir '{}': {}",
        .cannotReadDirectory: "no se puede leer '{}': es un directorio",
        .cannotReadFile: "no se puede leer '{}': {}",
        .cannotReadStandardInput: "no se puede leer la entrada estándar: {}",
        .builtinsFailed: "no se pudieron cargar las tablas incorporadas",
        .oneResultVerified: "{}: 1 resultado verificado",
        .resultsVerified: "{}: {} resultados verificados",
        .queryGivesNoRows: "la consulta ya no da filas",
        .noResultUnderQuery: "no hay resultado debajo de la consulta",
        .resultChanged: "el resultado cambió",
        .expected: "esperado:",
        .now: "ahora:",
        .banner: "peruse {} ({}). Escribe .help para ver la ayuda.",
        .bannerNoTables: "sin tablas",
        .bannerTables: "tablas: {}",
        .fileOrCommand: "da un archivo o sentencias con -c, no ambos",
        .verifyAlone: "--verify revisa una guía por sí sola: no des un archivo ni -c con ella",
        .unknownLanguage: "--lang acepta en o es, no '{}'",
        .notASize: "'{}' no es un tamaño: da un número y una unidad, como 2GB o 500MB, o none",
    ]
}
