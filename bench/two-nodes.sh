#!/usr/bin/env bash
# Two Gasline nodes on one PostgreSQL database behind nginx. Load runs through nginx while a bill run of
# N accounts (default 20,000) is in progress; one node is killed with kill -9 half way. Prints the calls that
# failed after the kill, how long until nginx served everything from the survivor, duplicated bills (must be
# 0) and whether the bill run finished (must be yes).
# Usage: bench/two-nodes.sh [N]   (build first: mvn -q install -DskipTests; installs nginx when missing)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
N=${1:-20000}
LB_PORT=28280
BASE="http://127.0.0.1:$LB_PORT/api"
command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx >/dev/null; }

dist=$(ls "$here"/../distribution/target/gasline-distribution-*.tar.gz)
work=$(mktemp -d)
secret=$(head -c 32 /dev/urandom | base64)
$PSQL -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB" -c "CREATE DATABASE $BENCH_DB"

node_home() { ls -d "$work/node$1"/gasline-distribution-*; }
start_node() { # index
  local i=$1 home
  mkdir -p "$work/node$i" && tar xzf "$dist" -C "$work/node$i"
  home=$(node_home "$i")
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $((28290 + i))/" "$home/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $((28210 + i))/" "$home/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((21100 + i))/; s/^rmiServerPort *=.*/rmiServerPort = $((54450 + i))/" \
      "$home/etc/org.apache.karaf.management.cfg"
  sed -i "s#^jwt.secret *=.*#jwt.secret = $secret#" "$home/etc/com.gasline.security.cfg"
  printf 'osgi.jdbc.driver.class = org.postgresql.Driver\ndataSourceName = gasline\nurl = jdbc:postgresql://127.0.0.1:5432/%s\nuser = postgres\npassword =\npool = hikari\nxa = false\n' \
      "$BENCH_DB" > "$home/etc/org.ops4j.datasource-gasline.cfg"
  KARAF_NAME="node$i" GASLINE_ADMIN_PASSWORD=bench-password-1 EXTRA_JAVA_OPTS="-Xmx1g -Dkaraf.name=node$i" "$home/bin/start"
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$((28290 + i))/api/v1/health" | grep -q '"duties"' && return 0
    sleep 1
  done
  echo "node $i not healthy after 120 s" >&2; return 1
}

cleanup() {
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  for i in 1 2; do pkill -9 -f "$work/node$i/" 2>/dev/null || true; done
  sleep 1; rm -rf "$work"
}
trap cleanup EXIT

echo "== starting node 1 (migrates), then node 2"
start_node 1
start_node 2
cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  upstream gasline { server 127.0.0.1:28291 max_fails=1 fail_timeout=30s; server 127.0.0.1:28292 max_fails=1 fail_timeout=30s; }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / { proxy_pass http://gasline; proxy_connect_timeout 1s; proxy_next_upstream error timeout; }
  }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work"

onboard bench accounts metering notices
curl -sf -X PUT "$BASE/v1/tenants/bench/metering/tariffs/RESIDENTIAL" -H "Authorization: Bearer $BRANCH" -H 'Content-Type: application/json' \
  -d '{"effectiveFrom":"2026-01-01","kind":"TIERED","yearStart":"01-01","householdBase":4,"upliftPerPersonM3":60,
       "tiers":[{"upToM3":300,"priceFen":261},{"upToM3":600,"priceFen":313},{"priceFen":392}]}' >/dev/null
load_metered "$N"

printf 'admin=%s\nbranch=%s\n' "$ADMIN" "$BRANCH" > "$work/tokens"
: > "$work/events"
echo "$(date +%s.%N) steady (both nodes)" >> "$work/events"
python3 "$here/load.py" "$BASE" "$work/tokens" "$work/events" 120 \
    /v1/tenants/bench/notices=branch "/v1/tenants/bench/accounts/accounts?name=%E7%94%A8%E6%88%B7=branch" /v1/admin/tenants/bench=admin \
    > "$work/load.txt" &
load=$!
run=$(curl -sf -X POST "$BASE/v1/tenants/bench/metering/bill-runs" -H "Authorization: Bearer $BRANCH" -H 'Content-Type: application/json' \
  -d '{"period":"2026-10"}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
t0=$(date +%s%N)
state() { curl -sf "$BASE/v1/tenants/bench/metering/bill-runs/$run" -H "Authorization: Bearer $BRANCH" || echo '{}'; }
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"]*\).*/\1/p"; }
until [ "$(state | field done)" -ge $((N / 4)) ] 2>/dev/null; do sleep 0.5; done
victim=$(pgrep -f "$work/node2/.*karaf" | head -1)
echo "$(date +%s.%N) kill -9 node 2" >> "$work/events"
kill -9 "$victim"
echo "== killed node 2 (pid $victim) at $(state | field done) of $N accounts"
kill_ns=$(date +%s%N)
while state | grep -Eq '"status":"(QUEUED|RUNNING)"'; do sleep 1; done
final=$(state)
done_ms=$(( ($(date +%s%N) - kill_ns) / 1000000 ))
wait $load
cat "$work/load.txt"
dupes=$($PSQL -d "$BENCH_DB" -tAc "SELECT count(*) - count(DISTINCT (account_no, period)) FROM met_bill WHERE tenant_id = 'bench'")
bills=$($PSQL -d "$BENCH_DB" -tAc "SELECT count(*) FROM met_bill WHERE tenant_id = 'bench' AND period = '2026-10'")
failed_after=$(awk '$0 ~ /^kill -9/ {s += $(NF-4)} END {print s + 0}' "$work/load.txt")
last_bad=$(awk '$0 ~ /^kill -9/ && $(NF-4) + $(NF-3) > 0 {if ($NF > m) m = $NF} END {print m + 0}' "$work/load.txt")
echo "== bill run: $final"
echo "calls failed after the kill:            $failed_after"
echo "survivor served everything after:       ${last_bad} s"
echo "bills duplicated:                       $dupes"
echo "bills of 2026-10:                       $bills of $N accounts"
echo "job finished:                           $(echo "$final" | grep -q '"status":"DONE"' && echo yes || echo no) ($(echo "$final" | field status), $done_ms ms after the kill)"
