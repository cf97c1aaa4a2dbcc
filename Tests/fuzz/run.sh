#!/usr/bin/env bash
# Builds one libFuzzer target with the fuzzer and address sanitizers and runs it.
#
#   Tests/fuzz/run.sh TARGET SECONDS      TARGET: syntax | statements | readers
#
# Seeds come from the logic tests, the grammar examples and Examples/; the corpus the fuzzer
# grows is kept in .build/fuzz/corpus/TARGET between runs. A crash leaves its input in
# .build/fuzz/artifacts/ and makes this script fail. Prints one summary line:
#   fuzz TARGET: N executions in S s, 0 crashes
set -euo pipefail
cd "$(dirname "$0")/../.."

target=${1:?usage: Tests/fuzz/run.sh TARGET SECONDS}
seconds=${2:?usage: Tests/fuzz/run.sh TARGET SECONDS}
case "$target" in
    syntax) product=FuzzSyntax ;;
    statements) product=FuzzStatements ;;
    readers) product=FuzzReaders ;;
    *) echo "run.sh: unknown target '$target' (syntax, statements, readers)" >&2; exit 2 ;;
esac

work=.build/fuzz
scratch=$work/build
seeds=$work/seeds/$target
corpus=$work/corpus/$target
artifacts=$work/artifacts
mkdir -p "$seeds" "$corpus" "$artifacts"

# The debug configuration with -O: overflow checks and preconditions trap as in the shipped
# binary, and it runs about three times faster than -Onone. (`-c release` leaves the code
# without the fuzzer's coverage counters, so the fuzzer would be blind.)
PERUSE_FUZZ=1 swift build --scratch-path "$scratch" -Xswiftc -O --sanitize=fuzzer --sanitize=address \
    --product "$product" 2>&1 | grep -E "error|warning: unre|Compiling Fuzz|Build complete" || true
binary=$scratch/debug/$product
[[ -x "$binary" ]] || { echo "run.sh: $product did not build" >&2; exit 1; }

rm -f "$seeds"/*
if [[ $target == readers ]]; then
    # Seeds: small files of each kind; the first byte picks the extension (0 .csv, 1 .tsv,
    # 2 .json, 3 none).
    printf '\0year,rate,region,estimated\n2019,5.5,Lima,false\n2020,,"La Libertad, norte",true\n' > "$seeds/plain.csv"
    printf '\0a;b;c\n"x ""quoted""";2024-01-31;1e3\n"multi\nline";NULL;-7\n' > "$seeds/semicolons.csv"
    printf '\1name\tcount\nLima\t12\nCusco\t\n' > "$seeds/tabs.tsv"
    printf '\2[{"year": 2019, "rate": 5.5, "tags": ["a"]}, {"year": null, "rate": "n/a", "ok": true}]' > "$seeds/array.json"
    printf '\2{"a": 1, "b": "x\\u00e9"}\n{"a": 2.5, "c": {"nested": 1}}\n' > "$seeds/lines.json"
    printf '\3\xef\xbb\xbfid|value\r\n1|\xc3\xa9\r\n2|\xff\r\n' > "$seeds/sniffed"
else
    # Seeds: each statement of each logic test record, each grammar example, each example script.
    for file in Tests/PeruseLogicTests/Logic/*.test; do
        awk -v prefix="$seeds/$(basename "$file" .test)" '
            /^(statement|query)/ { inRecord = 1; n++; out = sprintf("%s-%04d.sql", prefix, n); next }
            inRecord && (/^----/ || /^[ \t\r]*$/) { inRecord = 0; close(out); next }
            inRecord { print > out }
        ' "$file"
    done
    cp Grammar/examples/*.sql "$seeds/" 2>/dev/null || true
    for file in Examples/*.sql; do cp "$file" "$seeds/example-$(basename "$file")"; done
fi

# A dictionary of the language's words helps the fuzzer past the lexer.
dictionary=$work/$target.dict
{
    sed -n 's/^    case \(.*\)/\1/p' Sources/PeruseSyntax/Keyword.swift | tr -d '`' | tr ',' '\n' \
        | sed 's/^ *//; s/ *$//' | grep -E '^[a-z]+$' | sed 's/.*/"&"/'
    for word in "count(" "sum(" "avg(" "min(" "max(" "median(" "stddev(" "abs(" "round(" "length(" \
        "lower(" "upper(" "substr(" "replace(" "trim(" "coalesce(" "nullif(" "concat(" "year(" \
        "::" "||" "<>" "!=" "<=" ">=" "//" "%" "'" "\"" ";" "(" ")" "," "*" "9223372036854775807" \
        "-9223372036854775808" "1e308" "bigint" "double" "varchar" "boolean" "date" "crime" "extortion" \
        "indicators" "events" "sources" "year" "rate"; do
        printf '"%s"\n' "$(printf '%s' "$word" | sed 's/\\/\\\\/g; s/"/\\"/g')"
    done
} > "$dictionary"

log=$work/$target.log
status=0
before=$(ls "$artifacts" | grep -c "^$target-" || true)
# Leak checking is off: Swift keeps tag bits in the spare bits of enum payload pointers, so
# LeakSanitizer misses references from them and reports live objects as leaked.
ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no "$binary" "$corpus" "$seeds" -dict="$dictionary" \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len=4096 \
    -artifact_prefix="$artifacts/$target-" -print_final_stats=1 >"$log" 2>&1 || status=$?

runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
elapsed=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
crashes=$(( $(ls "$artifacts" | grep -c "^$target-" || true) - before ))
echo "fuzz $target: ${runs:-?} executions in ${elapsed:-$seconds} s, $crashes new crash inputs in $artifacts"
if [[ $status -ne 0 ]]; then
    echo "run.sh: the $target fuzzer failed (status $status); its report:" >&2
    grep -A40 -E "^==[0-9]+==|Fatal error|runtime failure|ERROR: libFuzzer" "$log" | head -80 >&2
    exit 1
fi
