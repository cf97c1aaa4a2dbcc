import PeruseStorage

/// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and the same sequence on every platform.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    @inline(__always)
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0 ..< bound` (multiply-high; the bias is below 2⁻³² for our bounds).
    @inline(__always)
    mutating func next(below bound: UInt64) -> UInt64 {
        next().multipliedFullWidth(by: bound).high
    }

    /// A double in `[0, 1)` with 53 random bits.
    @inline(__always)
    mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// An independent stream for one column: the column's name mixed into the seed.
    static func stream(seed: UInt64, column: UInt64) -> SplitMix64 {
        var mix = SplitMix64(seed: seed ^ (column &* 0xD6E8_FEB8_6659_FD93))
        return SplitMix64(seed: mix.next())
    }
}

/// The synthetic `events` table: crime reports by year, month, Peruvian region and category.
enum EventsGenerator {
    /// Peru's 25 regions, in the order their dictionary codes are handed out.
    static let regions = [
        "Amazonas", "Áncash", "Apurímac", "Arequipa", "Ayacucho", "Cajamarca", "Callao", "Cusco",
        "Huancavelica", "Huánuco", "Ica", "Junín", "La Libertad", "Lambayeque", "Lima", "Loreto",
        "Madre de Dios", "Moquegua", "Pasco", "Piura", "Puno", "San Martín", "Tacna", "Tumbes", "Ucayali",
    ]
    static let limaIndex = 14
    /// Rough regional populations (2017 census order of magnitude), for the `population` column.
    static let regionPopulation: [Int64] = [
        379_000, 1_084_000, 406_000, 1_383_000, 617_000, 1_341_000, 994_000, 1_206_000,
        347_000, 722_000, 851_000, 1_247_000, 1_779_000, 1_198_000, 9_485_000, 884_000,
        141_000, 174_000, 254_000, 1_857_000, 1_173_000, 813_000, 330_000, 225_000, 497_000,
    ]

    /// Crime kinds with their share of rows, in percent (sums to 100).
    static let categories: [(name: String, percent: Int)] = [
        ("theft", 30), ("robbery", 20), ("extortion", 15), ("fraud", 12),
        ("assault", 10), ("drug trafficking", 7), ("homicide", 4), ("kidnapping", 2),
    ]

    static let schema: [ColumnInfo] = [
        ColumnInfo(name: "year", type: .bigint),
        ColumnInfo(name: "month", type: .bigint),
        ColumnInfo(name: "region", type: .varchar),
        ColumnInfo(name: "category", type: .varchar),
        ColumnInfo(name: "reports", type: .bigint),
        ColumnInfo(name: "victims", type: .bigint),
        ColumnInfo(name: "rate", type: .double),
        ColumnInfo(name: "population", type: .bigint),
    ]

    /// Builds the table column by column, each column from its own PRNG stream, straight
    /// into typed arrays: no `Value` boxing, no per-row interning.
    static func generate(rows n: Int, seed: UInt64) -> Table {
        precondition(n >= 0)
        let year = int64Column(n, seed: seed, column: 1) { rng in 2010 + Int64(rng.next(below: 15)) }
        let month = int64Column(n, seed: seed, column: 2) { rng in 1 + Int64(rng.next(below: 12)) }

        // region: Lima ≈ 30 %, the other 24 regions share the rest evenly.
        let regionDict = StringDictionary()
        let regionCodes = regions.map { regionDict.intern($0) }
        var othersTable = [Int32]()
        for (i, c) in regionCodes.enumerated() where i != limaIndex { othersTable.append(c) }
        let limaCode = regionCodes[limaIndex]
        let region = codeColumn(n, seed: seed, column: 3) { rng -> Int32 in
            let v = rng.next(below: 10_000)  // 0 ..< 10 000
            if v < 3_000 { return limaCode }
            return othersTable[Int((v - 3_000) &* 24 / 7_000)]
        }

        // category: weighted by `categories`, through a 100-entry lookup table.
        let categoryDict = StringDictionary()
        var percentTable = [Int32]()
        for (name, percent) in categories {
            let code = categoryDict.intern(name)
            percentTable += Array(repeating: code, count: percent)
        }
        let category = codeColumn(n, seed: seed, column: 4) { rng in percentTable[Int(rng.next(below: 100))] }

        let reports = int64Column(n, seed: seed, column: 5) { rng in Int64(rng.next(below: 501)) }

        // victims: 0 … 100, NULL in 2 % of rows.
        var victimsValid = ValidityWriter(count: n)
        var rngV = SplitMix64.stream(seed: seed, column: 6)
        let victims = [Int64](unsafeUninitializedCapacity: n) { buf, filled in
            for i in 0..<n {
                let x = rngV.next()
                if x.multipliedFullWidth(by: 50).high == 0 {
                    buf[i] = 0
                } else {
                    victimsValid.setValid(i)
                    buf[i] = Int64(((x & 0xFFFF_FFFF) &* 101) >> 32)
                }
            }
            filled = n
        }

        // rate: uniform in [0, 100) with full 53-bit precision (no ties for `order by rate`),
        // NULL in 2 % of rows.
        var rateValid = ValidityWriter(count: n)
        var rngR = SplitMix64.stream(seed: seed, column: 7)
        let rate = [Double](unsafeUninitializedCapacity: n) { buf, filled in
            for i in 0..<n {
                if rngR.next(below: 50) == 0 {
                    buf[i] = 0
                } else {
                    rateValid.setValid(i)
                    buf[i] = rngR.nextUnit() * 100
                }
            }
            filled = n
        }

        // population: the region's population, ±5 %.
        var rngP = SplitMix64.stream(seed: seed, column: 8)
        let population = [Int64](unsafeUninitializedCapacity: n) { buf, filled in
            for i in 0..<n {
                let base = regionPopulation[Int(region[i])]
                let jitter = Int64(rngP.next(below: UInt64(base / 10 + 1))) - base / 20
                buf[i] = base + jitter
            }
            filled = n
        }

        let columns = [
            Vector(int64: year),
            Vector(int64: month),
            Vector(codes: region, dictionary: regionDict),
            Vector(codes: category, dictionary: categoryDict),
            Vector(int64: reports),
            Vector(int64: victims, validity: victimsValid.bitmap),
            Vector(double: rate, validity: rateValid.bitmap),
            Vector(int64: population),
        ]
        return Table(name: "events", schema: schema, columns: columns)
    }

    @inline(__always)
    private static func int64Column(
        _ n: Int, seed: UInt64, column: UInt64, _ make: (inout SplitMix64) -> Int64
    ) -> [Int64] {
        var rng = SplitMix64.stream(seed: seed, column: column)
        return [Int64](unsafeUninitializedCapacity: n) { buf, filled in
            for i in 0..<n { buf[i] = make(&rng) }
            filled = n
        }
    }

    @inline(__always)
    private static func codeColumn(
        _ n: Int, seed: UInt64, column: UInt64, _ make: (inout SplitMix64) -> Int32
    ) -> [Int32] {
        var rng = SplitMix64.stream(seed: seed, column: column)
        return [Int32](unsafeUninitializedCapacity: n) { buf, filled in
            for i in 0..<n { buf[i] = make(&rng) }
            filled = n
        }
    }
}

/// Validity bits written row by row (bit set = value present).
struct ValidityWriter {
    var words: [UInt64]
    let count: Int

    init(count: Int) {
        self.count = count
        words = [UInt64](repeating: 0, count: (count + 63) >> 6)
    }

    @inline(__always)
    mutating func setValid(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }

    var bitmap: Bitmap { Bitmap(words: words[...], count: count) }
}

/// Bytes of the column buffers proper: 8 per BIGINT/DOUBLE row, 4 per VARCHAR code,
/// validity words where a column has them, and the dictionaries' string bytes.
func rawColumnBytes(_ table: Table) -> (buffers: Int, dictionaries: Int) {
    var buffers = 0
    var dictionaries = 0
    for column in table.columns {
        switch column.storage {
        case .int64(let a): buffers += a.count * 8
        case .double(let a): buffers += a.count * 8
        case .boolean(let a): buffers += a.count
        case .string(let codes, let dictionary):
            buffers += codes.count * 4
            dictionaries += dictionary.values.reduce(0) { $0 + $1.utf8.count }
        case .null: break
        }
        if let v = column.validity { buffers += v.words.count * 8 }
    }
    return (buffers, dictionaries)
}
