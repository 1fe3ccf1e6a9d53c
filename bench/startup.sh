#!/usr/bin/env bash
# Time from a fresh unpack of the distribution to a healthy GET /api/v1/health.
# Usage: bench/startup.sh [runs]   (build first: mvn -q install -DskipTests)
set -euo pipefail
runs=${1:-3}
dist=$(ls "$(dirname "$0")"/../distribution/target/gasline-distribution-*.tar.gz)
port=28181
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  tar xzf "$dist" -C "$dir"
  home=$(ls -d "$dir"/gasline-distribution-*)
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
  start=$(date +%s%N)
  GASLINE_ADMIN_PASSWORD=bench-password-1 "$home/bin/start"
  until curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null; do
    sleep 0.1
    if [ $(( ($(date +%s%N) - start) / 1000000000 )) -gt 120 ]; then echo "run $i: not healthy after 120 s"; break; fi
  done
  echo "run $i: healthy after $(( ($(date +%s%N) - start) / 1000000 )) ms"
  "$home/bin/stop" >/dev/null 2>&1 || true
  sleep 3
  rm -rf "$dir"
done
