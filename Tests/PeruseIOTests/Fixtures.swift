import PeruseIO
import PeruseStorage

/// A result built column by column: `(name, type, values)`.
func makeResult(_ columns: [(String, DataType, [Value])]) -> ResultTable {
    ResultTable(
        columnNames: columns.map(\.0),
        columns: columns.map { _, type, values in
            var builder = VectorBuilder(type: type)
            for v in values { builder.append(v) }
            return builder.build()
        })
}

func date(_ y: Int64, _ m: Int64, _ d: Int64) -> Value {
    .date(ValueFormatter.days(year: y, month: m, day: d))
}

/// Every type, with a NULL in each column.
var mixed: ResultTable {
    makeResult([
        ("year", .bigint, [.bigint(2021), .bigint(-7), .null]),
        ("rate", .double, [.double(12.1), .null, .double(18)]),
        ("region", .varchar, [.varchar("Apurímac"), .null, .varchar("中文")]),
        ("ok", .boolean, [.null, .boolean(true), .boolean(false)]),
        ("day", .date, [date(2021, 3, 4), date(1999, 12, 31), .null]),
    ])
}

/// No rows, two columns.
var empty: ResultTable { makeResult([("year", .bigint, []), ("name", .varchar, [])]) }

func render(_ result: ResultTable, _ format: OutputFormat, _ configure: (inout RenderOptions) -> Void = { _ in })
    -> String
{
    var options = RenderOptions(format: format)
    configure(&options)
    return Renderer.render(result, options: options)
}
