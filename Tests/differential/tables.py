"""Random tables for the differential tester: every type, NULLs, duplicates, skew, edge values.

`t1` mixes tame columns (small skewed integers, doubles in quarters, a few words) with nasty
ones: `n` holds BIGINT edge values, `f` doubles such as -0.0, 1e308, NaN and long fractions,
`s` accented, multi-byte and pattern-looking text. `t2.t` holds text that may or may not cast
to a number, a boolean or a date. In large mode tables have thousands of rows (several 2048-row
batches) and wider key ranges, so joins stay small.
"""

TABLES = {
    "t1": [("id", "BIGINT"), ("a", "BIGINT"), ("b", "DOUBLE"), ("c", "VARCHAR"), ("d", "BOOLEAN"), ("dt", "DATE"),
           ("n", "BIGINT"), ("f", "DOUBLE"), ("s", "VARCHAR")],
    "t2": [("id", "BIGINT"), ("a", "BIGINT"), ("e", "BIGINT"), ("c", "VARCHAR"), ("t", "VARCHAR")],
    "t3": [("id", "BIGINT"), ("k", "BIGINT"), ("v", "DOUBLE")],
}
# Columns only used where their values cannot change the answer's tolerance (no sums of `f`,
# no arithmetic on `n` expected to succeed): the expression generator treats them specially.
NASTY = {"n", "f", "s", "t"}

WORDS = ["ant", "bee", "cat", "Dog", "eel", "fox", "ant", "ant"]
BIG = 9223372036854775807
INT_EDGES = [str(BIG), "-" + str(BIG), "(-%d - 1)" % BIG, "0", "-1", "1", "2", "-2", "3037000499", "4611686018427387904"]
DOUBLE_EDGES = ["0.0", "cast('-0.0' as double)", "1e308", "-1e308", "5e-324", "1e-300", "0.1", "(1.0 / 3)", "2.5",
                "-2.5", "0.5", "-1.5", "123456789.123456789", "1e15", "1e16", "9.87654321e-5", "cast('nan' as double)",
                "9.2233720368547758e18", "-7.0", "100.0"]
TEXTS = ["Áncash", "é", "Ω", "Ω", "Apurímac", "ñandú", "ÑANDÚ", "año", "a_b", "a%b", "a\\b", "", " pad ", "x😀y", "👍🏽", "straße",
         "e\u0301", "İstanbul", "ﬁn", "Cusco", "cusco", "Lima ", "ÁÉÍÓÚ", "mañana", "日本語"]
NUMBERISH = ["12", " 12 ", "-0", "1e3", "12.5", "abc", "", "9223372036854775808", "+7", "0x10", "true", "T", "yes",
             "2023-02-28", "2023-02-30", "NaN", "inf", "-Infinity", "0.5", "-2.5", "1_000", "٣"]


def quote(text):
    return "'" + text.replace("'", "''") + "'"


def value_for(rng, name, type_, large):
    if rng.random() < (0.35 if name in NASTY else 0.15):
        return "NULL"
    if name == "n":
        return rng.choice(INT_EDGES) if rng.random() < 0.5 else str(rng.randint(-9, 9))
    if name == "f":
        return rng.choice(DOUBLE_EDGES)
    if name == "s":
        return quote(rng.choice(TEXTS))
    if name == "t":
        return quote(rng.choice(NUMBERISH))
    if type_ == "BIGINT":
        if large and rng.random() < 0.9:
            return str(rng.randint(-400, 400))
        # Skewed: small values repeat often, with a heavy hitter.
        return str(rng.choice([0, 1, 1, 1, 2, 3, -1, 5, 7, rng.randint(-20, 20)]))
    if type_ == "DOUBLE":
        # Quarters add up exactly in any order, so sums agree to the last bit.
        return str(rng.randint(-40, 40) / 4)
    if type_ == "VARCHAR":
        return quote(rng.choice(WORDS))
    if type_ == "BOOLEAN":
        return rng.choice(["true", "false"])
    if type_ == "DATE":
        return "DATE '%d-%02d-%02d'" % (rng.choice([2023, 2023, 2024]), rng.randint(1, 12), rng.randint(1, 28))
    raise ValueError(type_)


def make_setup(rng, max_rows, large=False):
    statements = []
    for table, columns in TABLES.items():
        statements.append("create table %s (%s)" % (table, ", ".join("%s %s" % c for c in columns)))
        if large:
            count = rng.randint(2049, 2 * max_rows)
        elif rng.random() < 0.1:
            count = rng.randint(0, max_rows)
        else:
            count = rng.randint(max_rows // 3, max_rows)
        rows = []
        for i in range(count):
            values = [str(i) if n == "id" else value_for(rng, n, t, large) for n, t in columns]
            rows.append("(" + ", ".join(values) + ")")
        for start in range(0, len(rows), 1000):
            statements.append("insert into %s values %s" % (table, ", ".join(rows[start:start + 1000])))
    return statements
