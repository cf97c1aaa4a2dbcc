import Testing

@Test func placeholder_io() {}
