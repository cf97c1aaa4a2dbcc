import Testing

@Test func placeholder_PeruseEngineTests() {}
