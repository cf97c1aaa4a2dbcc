import PeruseEngine
import PeruseIO
import PeruseSyntax

extension Shell {
    /// `.record FILE.md` starts appending every statement that succeeds, with its result, to a
    /// Markdown handout in the format `peruse --verify` checks (see `Handout`); `.record off`
    /// stops; no argument says where it is recording.
    ///
    /// A statement that fails is left out: it changed nothing, and the handout must run again.
    func recordCommand(_ argument: String?) -> Result<String?, ShellError> {
        guard let argument else {
            return .success(recording.map { say(.recordingTo, $0.path) } ?? say(.notRecording))
        }
        if argument.lowercased() == "off" {
            guard let path = recording?.path else { return .success(say(.notRecording)) }
            stopRecording()
            return .success(say(.stoppedRecording, path))
        }
        return FileAccess.appendToFile(engine.resolvedPath(argument)).map { writer in
            stopRecording()
            recording = (writer, argument)
            return say(.startedRecording, argument)
        }
    }

    /// `.lang es`: messages and errors in Spanish from now on; no argument shows the language.
    func languageCommand(_ argument: String?) -> Result<String?, ShellError> {
        guard let argument else { return .success(say(.languageIs, language.rawValue)) }
        guard let chosen = Language(argument: argument) else {
            return .failure(ShellError(.unknownLanguage, argument, MetaCommand.lang.usage))
        }
        language = chosen
        return .success(nil)
    }

    /// Appends one statement that succeeded, and its rows, to the handout being recorded.
    func record(_ outcome: StatementOutcome, in source: SourceText) {
        guard let recording, case .success(let result) = outcome.result else { return }
        var sql = source.slice(outcome.range).trimmingSpaces
        if !sql.hasSuffix(";") { sql += ";" }
        let entry: String
        switch result {
        case .rows(let table):
            let footnotes = table.annotations.provenance.map { ResultText.provenance.localized($0, to: language) }
            entry = Handout.entry(sql: sql, result: table, footnotes: footnotes)
        case .message:
            entry = Handout.entry(sql: sql, result: nil)
        }
        recording.writer.write(entry + "\n")
        recording.writer.flush()
    }

    /// Closes the handout being recorded, if any.
    func stopRecording() {
        guard let recording else { return }
        recording.writer.flush()
        recording.writer.close()
        self.recording = nil
    }
}
