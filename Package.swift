// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Peruse",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "peruse", targets: ["peruse"]),
        .library(name: "PeruseEngine", targets: ["PeruseEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // text -> tokens -> AST. Knows nothing of tables or types.
        .target(name: "PeruseSyntax"),
        // Typed column vectors, batches, tables, the catalog. Knows nothing of SQL text.
        .target(name: "PeruseStorage"),
        // Binder, plans, operators, functions: AST in, result tables out.
        .target(name: "PeruseEngine", dependencies: ["PeruseSyntax", "PeruseStorage", "PeruseIO"]),
        // Result rendering (table, CSV, JSON, Markdown); file readers and writers. Takes the
        // language of the words it adds (`2 rows`, chart captions) from PeruseSyntax's catalogue.
        .target(name: "PeruseIO", dependencies: ["PeruseStorage", "PeruseSyntax"]),
        // The built-in dataset from the seed articles, as a SQL script.
        .target(name: "PeruseBuiltins", dependencies: ["PeruseEngine", "PeruseStorage"], exclude: ["SOURCES.md"]),
        // The interactive shell's logic: statement buffer, meta-commands, completion, help.
        // No C and no terminal calls: a LineEditor protocol stands for readline.
        .target(
            name: "PeruseShell",
            dependencies: ["PeruseEngine", "PeruseIO", "PeruseSyntax", "PeruseStorage", "PeruseBuiltins"]),
        // GNU readline, through a shim header. Only the `peruse` executable imports it.
        .systemLibrary(name: "CReadline", path: "Sources/CReadline", providers: [.apt(["libreadline-dev"])]),
        .executableTarget(
            name: "peruse",
            dependencies: [
                "PeruseEngine", "PeruseIO", "PeruseBuiltins", "PeruseSyntax", "PeruseShell", "PeruseStorage", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "PeruseBench",
            dependencies: ["PeruseEngine", "PeruseStorage", "PeruseIO"],
            path: "Benchmarks/PeruseBench"
        ),
        .testTarget(name: "PeruseSyntaxTests", dependencies: ["PeruseSyntax"]),
        .testTarget(name: "PeruseIOTests", dependencies: ["PeruseIO", "PeruseStorage"]),
        .testTarget(
            name: "PeruseEngineTests", dependencies: ["PeruseEngine", "PeruseBuiltins", "PeruseIO", "PeruseStorage"],
            exclude: ["Golden"]),
        .testTarget(
            name: "PeruseLogicTests",
            dependencies: ["PeruseEngine", "PeruseBuiltins", "PeruseIO"],
            exclude: ["Logic"]
        ),
        .testTarget(name: "PeruseCLITests", dependencies: [], exclude: ["Mistakes"]),
        .testTarget(
            name: "PeruseShellTests", dependencies: ["PeruseShell", "PeruseEngine", "PeruseBuiltins", "PeruseIO"]),
        .testTarget(name: "GrammarTests", dependencies: ["PeruseSyntax"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets (an `LLVMFuzzerTestOneInput` entry point and no `main`): they exist only when
// Tests/fuzz/run.sh builds them with `--sanitize=fuzzer`, so a plain `swift build` never links them.
if Context.environment["PERUSE_FUZZ"] == "1" {
    package.targets += [
        .executableTarget(name: "FuzzSyntax", dependencies: ["PeruseSyntax"], path: "Tests/fuzz/FuzzSyntax"),
        .executableTarget(
            name: "FuzzStatements",
            dependencies: ["PeruseEngine", "PeruseBuiltins", "PeruseIO", "PeruseStorage", "PeruseSyntax"],
            path: "Tests/fuzz/FuzzStatements"),
        .executableTarget(
            name: "FuzzReaders", dependencies: ["PeruseIO", "PeruseStorage"], path: "Tests/fuzz/FuzzReaders"),
    ]
}
