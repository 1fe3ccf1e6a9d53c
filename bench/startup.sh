#!/usr/bin/env bash
# Time from a fresh unpack of the distribution to *ready*: every module of the distribution active in
# GET /api/v1/health and the group admin API answering an authenticated call.
# Usage: bench/startup.sh [runs] [baseline.tar.gz]   (build first: mvn -q install -DskipTests)
# With a baseline distribution, each run times the baseline and then this build, one after the other.
set -euo pipefail
runs=${1:-3}
current=$(ls "$(dirname "$0")"/../distribution/target/gasline-distribution-*.tar.gz)
port=28181
ready() {
  local h t
  h=$(curl -sf "http://127.0.0.1:$port/api/v1/health" || true)
  for m in accounts metering ticketing cylinders duties notices; do echo "$h" | grep -q "\"$m\"" || return 1; done
  t=$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
      -d '{"username":"admin","password":"bench-password-1"}' | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
  [ -n "$t" ] && curl -sf -o /dev/null -H "Authorization: Bearer $t" "http://127.0.0.1:$port/api/v1/admin/modules"
}
time_one() { # label tarball
  local dir home start
  dir=$(mktemp -d)
  tar xzf "$2" -C "$dir"
  home=$(ls -d "$dir"/gasline-distribution-*)
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
  start=$(date +%s%N)
  GASLINE_ADMIN_PASSWORD=bench-password-1 "$home/bin/start"
  until ready; do
    sleep 0.1
    if [ $(( ($(date +%s%N) - start) / 1000000000 )) -gt 120 ]; then echo "$1: not ready after 120 s"; break; fi
  done
  echo "$1: ready after $(( ($(date +%s%N) - start) / 1000000 )) ms"
  "$home/bin/stop" >/dev/null 2>&1 || true
  sleep 3
  rm -rf "$dir"
}
for i in $(seq 1 "$runs"); do
  [ $# -ge 2 ] && time_one "run $i baseline" "$2"
  time_one "run $i this build" "$current"
done
