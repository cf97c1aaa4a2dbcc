import Foundation
import PeruseShell
import Testing

/// A Spanish-speaking instructor writes the lesson with Spanish keys, and the learner reads
/// every lesson message in Spanish under `.lang es`.
@Suite struct LessonSpanishTests {
    @Test func aLessonWrittenAndTakenInSpanish() throws {
        let instructor = try ShellHarness([
            ".lang es",
            ".lesson hash select year, rate from crime where rate > 10",
            ".lesson hash select year from crime order by year desc",
        ])
        instructor.run()
        let expects = instructor.output.split(separator: "\n").map(String.init).filter { $0.hasPrefix("esperado") }
        #expect(expects.count == 2 && expects.first?.hasPrefix("esperado: ") == true, "\(instructor.output)")
        #expect(expects.last?.hasPrefix("esperado en orden: ") == true)

        let folder = try ShellHarness([])
        let path = folder.path("clase.lesson")
        try """
        # Tasas de delito
        -- para el taller
        Tarea: Los años con una tasa mayor que 10, con su tasa.
        pista: Filtra con where.
        \(expects[0])
        tarea: Los años, del más reciente al más antiguo.
        \(expects[1])
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let h = try ShellHarness([
            ".lang es", ".check", ".lesson \(path)", ".check", "select year from crime", ".check",
            ".lesson hint", ".lesson hint", "select year, rate from crime where rate > 10", ".check",
            ".lesson skip", ".lesson off",
        ])
        h.shell.lessonLearner = "rosa"
        h.run()
        let lines = h.output.split(separator: "\n").filter {
            !"│┌├└".contains($0.first ?? " ") && !$0.hasSuffix(" filas")
        }
        #expect(
            h.errorOutput.contains("error: no hay ninguna lección abierta: escribe .lesson ARCHIVO"), "\(h.errorOutput)"
        )
        #expect(h.errorOutput.contains("error: todavía no hay resultado: ejecuta una consulta y luego .check"))
        #expect(lines.contains("Tasas de delito"))
        #expect(lines.contains("Tarea 1 de 2: Los años con una tasa mayor que 10, con su tasa."), "\(h.output)")
        #expect(lines.contains("(ejecuta una consulta y luego .check; .lesson hint te da una pista)"))
        #expect(lines.contains("todavía no: tu resultado tiene 1 columna y la respuesta esperada, 2 columnas; .lesson hint te da una pista"))
        #expect(lines.contains("pista 1 de 1: Filtra con where."))
        #expect(lines.contains("no hay más pistas: Filtra con where."))
        #expect(lines.contains("✓ ¡correcto!"))
        #expect(
            lines.contains(
                "Fin de Tasas de delito: aprobaste 1 de 2 tareas; .lesson ARCHIVO otra vez te lleva a la primera que falta."
            ))
        #expect(lines.last == "lección cerrada; .lesson ARCHIVO continúa donde estabas")

        let again = try ShellHarness([".lang es", ".lesson \(path)"])
        again.shell.lessonLearner = "rosa"
        again.run()
        #expect(
            again.output.contains(
                "retomando en la tarea 2 de 2 (aprobadas: 1, por rosa); .lesson restart empieza de nuevo\nTarea 2 de 2")
        )
        let log = try String(contentsOfFile: path + ".progress", encoding: .utf8)
        #expect(
            log.split(separator: "\n").map { $0.split(separator: "\t").dropFirst().joined(separator: " ") }
                == ["rosa task 1 fail", "rosa task 1 pass"], "the log's words stay the same in Spanish")
    }

    @Test func badLessonFilesAndAnUnwritableLogInSpanish() throws {
        let h = try ShellHarness([])
        let early = h.path("temprano.lesson")
        try "# T\npista: muy pronto\n".write(toFile: early, atomically: true, encoding: .utf8)
        let unknown = h.path("rara.lesson")
        try "tarea: una\nrespuesta: 1234\n".write(toFile: unknown, atomically: true, encoding: .utf8)
        let noHash = h.path("sin.lesson")
        try "tarea: una\n".write(toFile: noHash, atomically: true, encoding: .utf8)
        // The progress log is a folder here: it can be neither read nor written.
        let blocked = h.path("bloqueada.lesson")
        try "tarea: una\nesperado: 0123456789abcdef\n".write(toFile: blocked, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: blocked + ".progress", withIntermediateDirectories: false)
        let run = try ShellHarness([
            ".lang es", ".lesson \(early)", ".lesson \(unknown)", ".lesson \(noHash)", ".lesson hash",
            ".lesson hash drop table crime", ".lesson \(blocked)", "select 1", ".check",
        ])
        run.run()
        #expect(
            run.errorOutput.contains("error: \(early):2: 'pista:' va después de una línea 'tarea:'"),
            "\(run.errorOutput)")
        #expect(
            run.errorOutput.contains(
                "error: \(unknown):2: línea desconocida 'respuesta:'; usa tarea:, pista: o esperado:"))
        #expect(run.errorOutput.contains("error: \(noHash): la tarea 1 no tiene línea 'esperado:'"))
        #expect(run.errorOutput.contains("error: uso: .lesson hash QUERY"))
        #expect(
            run.errorOutput.contains(
                "error: el resultado esperado sale de una consulta que solo lee: escribe un select"))
        #expect(
            run.errorOutput.contains(
                "aviso: no se pudo leer el progreso, empiezas en la tarea 1: no se puede leer '\(blocked).progress': es un directorio"
            ))
        #expect(
            run.errorOutput.contains("aviso: no se registró el progreso: no se puede escribir '\(blocked).progress': "))
        #expect(run.output.contains("todavía no: tu resultado no es el esperado"))
    }
}
