import PeruseIO
import Testing

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("", 0), ("year", 4), ("Apurímac", 8), ("中", 2), ("中文字", 6),
        ("e\u{301}", 1), ("😀", 2), ("👨‍👩‍👧", 2), ("❤️", 2), ("👍🏽", 2), ("🇵🇪", 2),
        ("ｈｅｌｌｏ", 10), ("\u{200B}", 0), ("…", 1), ("a\nb", 2), ("\u{1B}", 0),
    ])
    func widths(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }
}
