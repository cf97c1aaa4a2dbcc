import Testing

@Test func placeholder_PeruseCLITests() {}
