/// Texts of the diagnostics that answer beginners' mistakes (see `Sources/PeruseEngine/Mistakes`).
extension MessageCatalog {
    static let mistakeEntries: [Entry] = []
}
