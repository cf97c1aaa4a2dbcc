// swift-argument-parser writes `--help` in English; a Spanish-speaking user gets it in Spanish.
if SpanishHelp.isRequested(Array(CommandLine.arguments.dropFirst()), environment: PeruseCommand.environmentLanguage) {
    print(SpanishHelp.text)
} else {
    PeruseCommand.main()
}
