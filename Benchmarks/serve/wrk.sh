#!/bin/bash
# wrk against hemicycle serve (release), 64 connections, 20 s per target, on this 2-core machine.
set -u
BIN=${BIN:-.build/release/hemicycle}
DB=${HEMICYCLE_DB:?set HEMICYCLE_DB to a populated store (hemicycle ballot 773 builds one)}
PORT=18090
$BIN serve --db $DB --port $PORT > ${TMPDIR:-/tmp}/hemicycle-serve-access.log 2>${TMPDIR:-/tmp}/hemicycle-serve.err &
PID=$!
sleep 3
U=http://127.0.0.1:$PORT
for path in "/ballots/773" "/town?q=59000&ballot=16:1274&ballot=773" "/api/ballots/773"; do
  curl -s -o /dev/null -w "first request $path: %{http_code} %{size_download} B %{time_total}s\n" "$U$path"
done
for path in "/ballots/773" "/town?q=59000&ballot=16:1274&ballot=773" "/api/ballots/773"; do
  echo "=== $path"
  wrk -t2 -c64 -d20s --latency "$U$path"
done
echo "=== /ballots/773 with Accept-Encoding: gzip"
wrk -t2 -c64 -d20s --latency -H "Accept-Encoding: gzip" "$U/ballots/773"
grep -E "VmHWM|VmRSS" /proc/$PID/status
echo "access log lines: $(wc -l < ${TMPDIR:-/tmp}/hemicycle-serve-access.log)"
kill -TERM $PID; wait $PID; echo "server exit status $?"
