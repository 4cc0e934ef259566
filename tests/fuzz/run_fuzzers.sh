#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each, one after another (they share the machine's
# cores with everything else), and prints per target the executions and the corpus size.
#
#   cmake --preset fuzz && cmake --build --preset fuzz
#   tests/fuzz/run_fuzzers.sh 600 [BUILD_DIR] [TARGET...]
#
# Corpora grow in BUILD_DIR/fuzz-corpus/<target> (seeded from the project's fixtures, never
# committed); a crash leaves its input in BUILD_DIR/fuzz-crashes/ and makes the script exit 1.
set -uo pipefail
seconds=${1:?usage: run_fuzzers.sh SECONDS [BUILD_DIR] [TARGET...]}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${2:-$source_dir/build/fuzz}
shift $(( $# >= 2 ? 2 : 1 ))
data=$source_dir/tests/data
seeds=$source_dir/tests/fuzz/seeds

# Seed files for a target (fixtures of the matching kind).
seed_files() {
    case $1 in
        fuzz_parser_json_lines) ls "$data"/formats/json-lines.* "$data"/formats/bad_mixed.jsonl ;;
        fuzz_parser_journal_json) ls "$data"/formats/journal-json.jsonl ;;
        fuzz_parser_json_array) ls "$data"/formats/json-array.* ;;
        fuzz_parser_bracketed_text) ls "$data"/formats/bracketed-text.* ;;
        fuzz_parser_timestamp_level | fuzz_parser_plain | fuzz_parser_logparser)
            ls "$data"/formats/timestamp-level.log "$data"/formats/merge/*.log "$data"/bad/*.log ;;
        fuzz_parser_syslog_3164) ls "$data"/formats/syslog-3164.log ;;
        fuzz_parser_syslog_5424) ls "$data"/formats/syslog-5424.log ;;
        fuzz_parser_access_log) ls "$data"/formats/access-log.* ;;
        fuzz_parser_logfmt) ls "$data"/formats/logfmt.log ;;
        fuzz_format_detection) ls "$data"/formats/*.* "$data"/bad/*.log ;;
        fuzz_decompress) ls "$data"/formats/*.gz "$data"/formats/*.zst "$data"/bad/*.gz "$data"/bad/*.zst ;;
        fuzz_timestamp) ;; # seeded below with one time per line of the fixtures
        fuzz_format_string) ls "$seeds"/format_string/* ;;
        fuzz_scenario) ls "$source_dir"/resources/profiles/*.json "$data"/bad/scenario_*.json ;;
        fuzz_analysis_config) ls "$seeds"/analysis_config/* "$data"/bad/config_*.json ;;
        fuzz_template_state) ls "$seeds"/template_state/* ;;
    esac
}

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for binary in "$build_dir"/fuzz/fuzz_*; do
        targets+=("$(basename "$binary")")
    done
fi
mkdir -p "$build_dir/fuzz-crashes"
status=0
for target in "${targets[@]}"; do
    corpus=$build_dir/fuzz-corpus/$target
    mkdir -p "$corpus"
    if [ -z "$(ls -A "$corpus")" ]; then
        for file in $(seed_files "$target"); do
            cp "$file" "$corpus/seed-$(basename "$file")"
        done
        if [ "$target" = fuzz_timestamp ]; then
            printf '%s\n' '2024-01-15T10:30:45.123456Z' '2024-01-15 10:30:45,123' \
                '10/Oct/2000:13:55:36 -0700' 'Oct 11 22:14:15' '081109 203615' \
                '17/06/09 20:10:40' 'Sun Dec 04 04:47:44 2005' '2005-06-03-15.42.50.675872' \
                '1705314645123' 'Mon, 15 Jan 2024 10:30:45 +0100' |
                split -l 1 - "$corpus/seed-time-"
        fi
    fi
    log=$build_dir/fuzz-crashes/$target.log
    "$build_dir/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 \
        -rss_limit_mb=2560 -timeout=30 -max_len=65536 \
        -artifact_prefix="$build_dir/fuzz-crashes/$target-" "$corpus" >"$log" 2>&1
    code=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    files=$(find "$corpus" -type f | wc -l)
    bytes=$(du -sk "$corpus" | cut -f1)
    if [ $code -eq 0 ]; then
        echo "$target: ${runs:-?} executions in ${seconds} s, corpus $files files (${bytes} KB), no finding"
    else
        echo "$target: FINDING after ${runs:-?} executions (exit $code); see $log"
        grep -m3 -E 'ERROR|SUMMARY|Test unit written' "$log" | sed 's/^/    /'
        status=1
    fi
done
exit $status
