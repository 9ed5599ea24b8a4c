#!/bin/bash
# Load benchmark of `hemicycle serve` (issue 19 item 5): builds the release binary, serves the shipped
# store, and runs wrk (Debian package `wrk`) with 64 connections for 20 s against the ballot page, the
# town page and /api/ballots/773, then prints one summary line per target: requests/s, p50, p99,
# errors (socket errors and non-2xx/3xx answers), and the server's peak resident memory (VmHWM).
# Not a test: figures go to Benchmarks/README.md with the machine's state.
#
#   bash Benchmarks/serve/wrk.sh                 # build, then measure (DURATION=20s CONNECTIONS=64)
#   BIN=path/to/hemicycle bash Benchmarks/serve/wrk.sh   # measure a binary already built (hemicycle-online beside it)
#   HEMICYCLE_DB=path.sqlite …                   # a store already populated (else one is built in $TMPDIR)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is not installed (Debian/Ubuntu: apt-get install wrk)" >&2; exit 69; }
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-18090}
TMP=${TMPDIR:-/tmp}
if [ -z "${BIN:-}" ]; then
  # `hemicycle serve` runs the companion hemicycle-online beside hemicycle (same process, execv).
  swift build -c release --product hemicycle
  swift build -c release --product hemicycle-online
  BIN=$(swift build -c release --show-bin-path)/hemicycle
fi
DB=${HEMICYCLE_DB:-$TMP/hemicycle-serve-bench.sqlite}
# A first command builds the store from datasets/ when it is empty (about a minute in release).
"$BIN" ballot 773 --db "$DB" --format json > /dev/null
"$BIN" serve --db "$DB" --port "$PORT" > "$TMP/hemicycle-serve.out" 2> "$TMP/hemicycle-serve.err" &
PID=$!
trap 'kill -TERM $PID 2>/dev/null || true' EXIT
U=http://127.0.0.1:$PORT
for _ in $(seq 1 600); do
  curl -sf "$U/healthz" > /dev/null && break
  kill -0 $PID 2>/dev/null || { echo "serve ended:"; cat "$TMP/hemicycle-serve.err"; exit 1; }
  sleep 0.2
done
TARGETS=("/ballots/773" "/town?q=59000&ballot=16:1274&ballot=773" "/api/ballots/773")
echo "# $(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $BIN"
for path in "${TARGETS[@]}"; do
  curl -s -o /dev/null -w "first request $path: %{http_code}, %{size_download} bytes, %{time_total} s\n" "$U$path"
done
summary=()
run() { # label, extra wrk arguments…
  local label=$1; shift
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  echo "=== $label"; echo "$out"
  local rps p50 p99 socket non2xx
  rps=$(awk '/^Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<< "$out")
  non2xx=$(awk '/Non-2xx or 3xx/ {print $NF}' <<< "$out")
  summary+=("$(printf '| %s | %s | %s | %s | %s |' "$label" "$rps" "$p50" "$p99" "$(( ${socket:-0} + ${non2xx:-0} ))")")
}
for path in "${TARGETS[@]}"; do run "\`$path\`" "$U$path"; done
run "\`/ballots/773\` gzip" -H "Accept-Encoding: gzip" "$U/ballots/773"
peak=$(awk '/VmHWM/ {print $2, $3}' /proc/$PID/status)
kill -TERM $PID; wait $PID || true; trap - EXIT
echo
echo "| target | requests/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|"
printf '%s\n' "${summary[@]}"
echo "peak resident memory (VmHWM): $peak; access-log lines (standard error): $(wc -l < "$TMP/hemicycle-serve.err")"
