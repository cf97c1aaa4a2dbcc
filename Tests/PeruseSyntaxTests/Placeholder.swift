import Testing

@Test func placeholder_PeruseSyntaxTests() {}
