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
        case .lesson: ".lesson [FILE [as NAME]|hint|skip|restart|off|hash QUERY]"
        case .check: ".check"
        case .last: ".last"
        case .quit: ".quit"
        case .exit: ".exit"
        }
    }

    /// What the command does, in one line, in English and Spanish.
    public var summary: Bilingual {
        switch self {
        case .help:
            Bilingual(
                "list help topics, or show one: a statement, a meta-command, functions, types",
                es: "lista los temas de ayuda, o muestra uno: una sentencia, un meta-comando, funciones, tipos")
        case .tables:
            Bilingual(
                "list the tables",
                es: "lista las tablas")
        case .schema:
            Bilingual(
                "show the create table statement of every table, or of one",
                es: "muestra la sentencia create table de cada tabla, o de una")
        case .source:
            Bilingual(
                "where a built-in table's figures come from: articles, sentences, caveats, units",
                es: "de dónde vienen las cifras de una tabla incorporada: artículos, frases, advertencias, unidades")
        case .limit:
            Bilingual(
                "set the memory a statement may use (2GB, 500MB, none) and the rows shown; no argument: show them",
                es:
                    "fija la memoria que puede usar una sentencia (2GB, 500MB, none) y las filas que se muestran; sin argumento: los muestra"
            )
        case .provenance:
            Bilingual(
                "show or hide where built-in figures come from, under each table",
                es: "muestra u oculta, debajo de cada tabla, de dónde vienen las cifras incorporadas")
        case .mode:
            Bilingual(
                "set how results are printed (no argument: show the current mode)",
                es: "elige cómo se imprimen los resultados (sin argumento: muestra el modo actual)")
        case .headers:
            Bilingual(
                "show or hide column names",
                es: "muestra u oculta los nombres de las columnas")
        case .nullvalue:
            Bilingual(
                "set the text printed for NULL (no argument: the default)",
                es: "fija el texto que se imprime para NULL (sin argumento: el predeterminado)")
        case .maxrows:
            Bilingual(
                "at a terminal, show at most N rows of a table (first and last rows); all: every row",
                es: "en una terminal, muestra como máximo N filas de una tabla (las primeras y las últimas); all: todas"
            )
        case .timer:
            Bilingual(
                "print each statement's wall time",
                es: "imprime el tiempo real de cada sentencia")
        case .read:
            Bilingual(
                "run the statements and meta-commands in FILE (not added to history)",
                es: "ejecuta las sentencias y meta-comandos de FILE (no se agregan al historial)")
        case .output:
            Bilingual(
                "send results to FILE until .output stdout (no argument: back to the terminal)",
                es: "envía los resultados a FILE hasta .output stdout (sin argumento: vuelve a la terminal)")
        case .once:
            Bilingual(
                "send the next result only to FILE",
                es: "envía solo el siguiente resultado a FILE")
        case .lang:
            Bilingual(
                "the language of messages, errors and help: en (English) or es (Spanish); no argument: show it",
                es:
                    "el idioma de los mensajes, los errores y la ayuda: en (inglés) o es (español); sin argumento: lo muestra"
            )
        case .record:
            Bilingual(
                "append each statement and its result to a Markdown handout that peruse --verify checks; off: stop",
                es:
                    "agrega cada sentencia y su resultado a una guía en Markdown que peruse --verify comprueba; off: deja de grabar"
            )
        case .tutorial:
            Bilingual(
                "lessons over the built-in data, each answer checked; progress is kept for next time",
                es:
                    "lecciones sobre los datos incorporados, con cada respuesta revisada; el avance se guarda para la próxima vez"
            )
        case .lesson:
            Bilingual(
                "run an instructor's lesson file, resuming at the first task not passed; hash QUERY prints the expect: line for a task's answer",
                es:
                    "ejecuta el archivo de lección de un instructor, desde la primera tarea no aprobada; hash QUERY imprime la línea esperado: de la respuesta de una tarea"
            )
        case .check:
            Bilingual(
                "grade the last result against the lesson's task; logged in FILE.progress next to the lesson",
                es:
                    "califica el último resultado según la tarea de la lección; queda registrado en FILE.progress junto a la lección"
            )
        case .last:
            Bilingual(
                "show the whole previous result in $PAGER (default: less -S)",
                es: "muestra todo el resultado anterior en $PAGER (por defecto: less -S)")
        case .quit:
            Bilingual(
                "leave the shell (so does Ctrl-D)",
                es: "sale del shell (también con Ctrl-D)")
        case .exit:
            Bilingual(
                "leave the shell (so does Ctrl-D)",
                es: "sale del shell (también con Ctrl-D)")
        }
    }

    /// The names `.mode` accepts.
    static let modeNames = ["table", "csv", "json", "markdown", "line"]

    /// `.limit` arguments.
    static let limitNames = ["memory", "rows"]

    /// Commands for a person at the prompt, refused in a script.
    static let promptOnly: Set<MetaCommand> = [.tutorial, .lesson, .check, .last]

    /// `.tutorial` arguments.
    static let tutorialWords = ["hint", "skip", "restart", "off"]

    /// `.lesson` arguments other than a file.
    static let lessonWords = ["hint", "skip", "restart", "off", "hash"]

    /// `.headers`, `.timer` and `.provenance` arguments.
    static let switchNames = ["on", "off"]
}
