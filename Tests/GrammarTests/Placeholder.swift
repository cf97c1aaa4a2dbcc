import Testing

@Test func placeholder_GrammarTests() {}
