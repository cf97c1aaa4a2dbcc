extension Engine {
    /// Every function name a query may call, aggregates included, for completion and help.
    public static var functionNames: [String] { ScalarFunction.allNames }
}
