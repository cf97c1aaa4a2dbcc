import PeruseSyntax

/// `peruse --help` in Spanish. swift-argument-parser writes the English help from the options'
/// declarations; a learner whose language is Spanish (`--lang es`, or `LANG=es_PE.UTF-8`) gets
/// this text instead. `Tests/PeruseCLITests/SpanishHelpTests.swift` fails when an option of the
/// English help is missing here.
enum SpanishHelp {
    /// Whether `arguments` (without the program name) ask for help in Spanish.
    static func isRequested(_ arguments: [String], environment: Language) -> Bool {
        let options = arguments.prefix { $0 != "--" }
        guard options.contains("--help") || options.contains("-h") else { return false }
        var language = environment
        for (index, argument) in options.enumerated() {
            if argument == "--lang", index + 1 < options.count, let chosen = Language(argument: options[index + 1]) {
                language = chosen
            } else if argument.hasPrefix("--lang="), let chosen = Language(argument: String(argument.dropFirst(7))) {
                language = chosen
            }
        }
        return language == .es
    }

    static let text = """
        RESUMEN: Consulta tablas en memoria con un pequeño lenguaje SQL.

        Sin FILE ni -c, las sentencias vienen de la entrada estándar: el shell interactivo
        cuando la entrada estándar es una terminal (con edición de línea, historial y
        completado cuando la salida estándar también lo es); si no, toda la entrada se ejecuta
        como un solo script llamado <stdin>. Los scripts pueden tener meta-comandos (.mode csv,
        .read FILE) en líneas propias entre las sentencias.

        --load lee un archivo CSV, TSV o JSON como tabla antes de todo lo demás (la tabla se
        llama como el archivo, salvo que se dé NOMBRE=); su informe va a la salida de error,
        así que la salida estándar tiene solo los resultados de las consultas.

        Los resultados van a la salida estándar. Los mensajes como "tabla t creada" se muestran
        en el prompt, y en los scripts solo cuando el formato es table y la salida estándar es
        una terminal. Los errores van a la salida de error, y un script se detiene en el
        primero, salvo que se dé --keep-going.

        USO: peruse [<file>] [--command <sentencias>] [--format <formato>] [--load <[nombre=]ruta> ...] [--no-builtins] [--keep-going] [--memory-limit <tamaño>] [--annotate] [--lang <en|es>] [--verify <guía.md>]

        ARGUMENTOS:
          <file>                  Un script para ejecutar ('-' lee la entrada estándar).

        OPCIONES:
          -c, --command <sentencias>
                                  Ejecuta estas sentencias y termina (se puede repetir:
                                  cada -c es una línea, así que -c '.mode csv' -c 'select 1'
                                  funciona).
          --format <formato>      Cómo imprimir los resultados. (valores: table, csv, json,
                                  markdown, line; por defecto: table)
          --load <[nombre=]ruta>  Carga primero un archivo .csv, .tsv, .json o .ndjson como
                                  tabla (se puede repetir).
          --no-builtins           Empieza sin tablas, en lugar de con los datos incorporados.
          --keep-going            Sigue con el resto de un script cuando falla una sentencia
                                  (el estado de salida sigue siendo 1).
          --memory-limit <tamaño> Detiene una sentencia que ocuparía más que esto en memoria:
                                  2GB, 500MB, 1.5GiB o none (por defecto: la mitad de la
                                  memoria física).
          --annotate              Muestra notas (filas descartadas por condiciones NULL,
                                  unidades mezcladas) y fuentes debajo de los resultados,
                                  como en el prompt.
          --lang <en|es>          El idioma de los errores y la ayuda: en o es (por defecto:
                                  según LC_ALL, LC_MESSAGES o LANG; es* da español).
          --verify <guía.md>      Vuelve a ejecutar cada consulta de una guía en Markdown e
                                  informa cada resultado que cambió como ARCHIVO:LÍNEA.
          --version               Muestra la versión.
          -h, --help              Muestra esta ayuda.

        Estado de salida: 0 si todas las sentencias funcionaron, 1 si alguna falló, 2 por un
        mal uso de la línea de comandos.
        """
}
