#!/usr/bin/env bash
# Runs one libFuzzer target of Tests/Fuzz: bash Tests/Fuzz/fuzz.sh FuzzANJSON|FuzzCSV|FuzzZip|FuzzDispositif|FuzzAkomaNtoso|FuzzDecision [SECONDS] [libFuzzer flags…]
#
# Builds the target in release with libFuzzer (-sanitize=fuzzer; linked with lld: the default
# gold fails on libFuzzer's runtime beside SwiftPM's entry point) in its own scratch folder, seeds a working corpus from the test
# fixtures, and fuzzes for SECONDS (default 60). Crashes are written to .build-fuzz/crashes/;
# replay one with `swift run FuzzCSV .build-fuzz/crashes/FuzzCSV-crash-…` (a normal build replays files).
set -euo pipefail
target=${1:?usage: fuzz.sh FuzzANJSON|FuzzCSV|FuzzZip|FuzzDispositif|FuzzAkomaNtoso|FuzzDecision [SECONDS] [libFuzzer flags…]}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
root=$(cd "$(dirname "$0")/../.." && pwd)
scratch=${FUZZ_SCRATCH:-$root/.build-fuzz}
swift build --package-path "$root" --scratch-path "$scratch" -c release --product "$target" \
  -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xswiftc -DFUZZING \
  -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
corpus=${FUZZ_CORPUS:-$scratch/corpus/$target}
mkdir -p "$corpus" "$scratch/crashes"
fixtures=$root/Tests/HemicycleImportTests/Fixtures
case $target in
  FuzzANJSON) cp -n "$fixtures"/an/*.json "$corpus"/ ;;
  FuzzCSV) for f in "$fixtures"/registers/*.csv; do { printf '\000'; cat "$f"; } > "$corpus/$(basename "$f")"; done ;;
  FuzzZip) cp -n "$fixtures"/an/*.zip "$corpus"/ ;;
  FuzzDecision) cp -n "$fixtures"/legislation/decision-*.html "$corpus"/ ;;
esac
cp -n "$root/Tests/Fuzz/Corpus/$target"/* "$corpus"/ 2>/dev/null || true
# Inputs that once crashed a target (the unit tests replay them too).
cp -n "$fixtures/fuzz/$target"/* "$corpus"/ 2>/dev/null || true
# The AN JSON and zip targets hand each input to their reader as a file: in memory (/dev/shm)
# they run 30 times faster than on disk.
if [ -z "${TMPDIR:-}" ] && [ -w /dev/shm ]; then export TMPDIR=/dev/shm; fi
# SWIFT_BACKTRACE=enable=no: let libFuzzer catch the trap and write the crashing input.
SWIFT_BACKTRACE=enable=no "$scratch/release/$target" "$corpus" -max_total_time="$seconds" \
  -artifact_prefix="$scratch/crashes/$target-" -print_final_stats=1 "$@"
