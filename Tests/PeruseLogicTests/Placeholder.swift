import Testing

@Test func placeholder_PeruseLogicTests() {}
