extension ShellText {
    /// Los textos en español. Las claves siguen el orden de `ShellText`; las palabras clave del
    /// lenguaje (`select`, `from`…) y los meta-comandos (`.help`) no se traducen.
    static let spanish: [ShellText: String] = [
        // Shell
        .verbatim: "{}",
        .useCtrlDToExit: "usa Ctrl-D o .quit para salir",
        .interrupted: "Interrumpido",
        .runTime: "Tiempo: {} s",

        // Meta-commands
        .metaCommandNeedsName: "un meta-comando necesita un nombre después del '.'; escribe .help para verlos",
        .unknownMetaCommand: "comando desconocido: .{}; escribe .help para verlos",
        .unknownMetaCommandSuggestion: "comando desconocido: .{}; ¿quisiste decir .{}?",
        .usage: "uso: {}",
        .noTables: "no hay tablas",
        .modeIs: "modo: {}",
        .unknownMode: "modo desconocido: {}; usa {}",
        .notBuiltinTable: "{} no es una tabla incorporada: no tiene una fuente registrada",
        .maxrowsIs: "maxrows: {}",
        .maxrowsNeedsNumber: "{}: N es un número entero mayor que 0",
        .noResultYet: "todavía no hay resultado: ejecuta primero una consulta",
        .limitsAre: "memoria: {}\nfilas: {}",
        .notASize: "'{}' no es un tamaño: da un número y una unidad, como 2GB o 500MB, o none",
        .limitRowsNeedsNumber: ".limit rows N: N es un número entero mayor que 0, o all",
        .noSuchTable: "no existe la tabla: {}",
        .noSuchTableSuggestion: "no existe la tabla: {}; ¿quisiste decir {}?",
        .readNestedTooDeeply: ".read está anidado demasiado (¿un archivo que se lee a sí mismo?)",
        .cannotOpen: "no se puede abrir '{}': {}",
        .cannotReadDirectory: "no se puede leer '{}': es un directorio",
        .cannotRead: "no se puede leer '{}': {}",
        .cannotWrite: "no se puede escribir '{}': {}",
        .recordingTo: "grabando en {}",
        .notRecording: "no se está grabando",
        .stoppedRecording: "se dejó de grabar en {}",
        .startedRecording: "grabando sentencias y resultados en {}; .record off lo detiene",
        .languageIs: "idioma: {}",
        .unknownLanguage: "idioma desconocido: {}; usa {}",

        // Help
        .helpStatements: "Sentencias",
        .helpLanguage: "El lenguaje",
        .helpMetaCommands: "Meta-comandos",
        .helpExamples: "Ejemplos",
        .helpFooter: "Escribe .help TEMA para ver detalles y ejemplos: .help select, .help funciones, .help .mode (los nombres en inglés también sirven: .help functions)",
        .noHelpOn: "no hay ayuda sobre {}; escribe .help para ver los temas",
        .noHelpOnSuggestion: "no hay ayuda sobre {}; ¿quisiste decir {}?",

        // Tutorial
        .tutorialCannotLoad: "el tutorial no pudo cargar las tablas incorporadas",
        .tutorialNoLessonOpen: "no hay ninguna lección abierta: escribe .tutorial para empezar",
        .tutorialLesson: "Lección {} de {}: {}\n{}\n(escribe una consulta; .tutorial hint para una pista, .tutorial skip para pasar a la siguiente, .tutorial off para salir)",
        .tutorialHint: "pista {} de {}: {}",
        .tutorialAnswer: "la respuesta: {}",
        .tutorialClosed: "tutorial cerrado; .tutorial retoma donde te quedaste",
        .tutorialAllDone: "Completaste las {} lecciones. .tutorial restart empieza de nuevo.",
        .tutorialRight: "✓ ¡correcto! {}",
        .tutorialNotYet: "todavía no: {}; .tutorial hint te da una pista",
        .tutorialYourResultHas: "tu resultado tiene {} y la respuesta esperada, {}",
        .tutorialOneColumn: "1 columna",
        .tutorialColumns: "{} columnas",
        .tutorialOneRow: "1 fila",
        .tutorialRows: "{} filas",
        .tutorialOtherOrder: "las filas correctas, pero en otro orden",
        .tutorialValuesDiffer: "los valores no coinciden con los de la respuesta esperada",

        // Lessons
    ]
}
