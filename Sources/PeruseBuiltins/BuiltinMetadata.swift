import PeruseStorage

/// Provenance and units of the built-in tables, as `SOURCES.md` tells them: attached to each
/// table after `BuiltinScript` has created it.
enum BuiltinMetadata {
    static let byTable: [String: TableMetadata] = [
        "crime": TableMetadata(
            sourceIDs: ["france24-focus"],
            credit: "France 24 (INEI)",
            caveats: [
                "2023 is an estimate",
                "the rates may be cumulative since 2019, so do not add them up",
            ],
            units: ["year": "year", "rate": "percent"]),
        "extortion": TableMetadata(
            sourceIDs: ["velezmoro-extortion"],
            credit: "Karla Velezmoro",
            caveats: ["no article gives 2022", "\"fivefold\" in the article is really 4.71"],
            units: ["year": "year", "reports": "reports"]),
        "indicators": TableMetadata(
            sourceIDs: ["france24-focus", "unsigned-orgcrime", "insightcrime-basombrio", "velezmoro-extortion"],
            credit: "four news articles (see the source column)",
            caveats: ["each value's unit is in the unit column", "caveats are in the note column"],
            units: ["year": "year"]),
        "events": TableMetadata(
            sourceIDs: ["timenews-2025", "insightcrime-basombrio", "velezmoro-extortion"],
            credit: "Time News, InSight Crime, Karla Velezmoro",
            caveats: ["dates are no more precise than the articles"],
            units: ["year": "year", "month": "month", "day": "day of month"]),
        "sources": TableMetadata(
            sourceIDs: [
                "timenews-2025", "unsigned-orgcrime", "france24-focus", "insightcrime-basombrio", "velezmoro-extortion",
            ],
            credit: "the five seed articles",
            caveats: ["NULL where an article does not print its publisher, author or date"]),
    ]
}
