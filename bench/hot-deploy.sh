#!/usr/bin/env bash
# Hot deploy under load: 2 clients each on two module paths and the group admin API of a distribution on
# PostgreSQL, while an operator restarts a module bundle, the tenant-admin bundle, and edits the security
# configuration. Prints, per event and path: answers ok, 503 (problem+json with Retry-After), failed, HTML,
# how long the 503s lasted and when the last bad answer came after the event began (the operator's command itself
# takes a few seconds: bin/client starts a JVM and an SSH session).
# Usage: bench/hot-deploy.sh [baseline.tar.gz]   (build first: mvn -q install -DskipTests)
# With a baseline distribution it runs the same script against it first, in the same run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

one_run() {
  start_on_postgres
  onboard bench accounts notices
  local work; work=$(mktemp -d)
  printf 'admin=%s\nbranch=%s\n' "$ADMIN" "$BRANCH" > "$work/tokens"
  : > "$work/events"
  python3 "$here/load.py" "$BASE" "$work/tokens" "$work/events" 75 \
      /v1/tenants/bench/notices=branch "/v1/tenants/bench/accounts/accounts?name=%E7%8E%8B=branch" /v1/admin/tenants/bench=admin &
  local load=$!
  event() { echo "$(date +%s.%N) $1" >> "$work/events"; }
  event "steady"; sleep 5
  event "bundle:restart notice-board"; karaf_cmd "bundle:restart gasline-example-notice-board"; sleep 10
  event "bundle:restart tenant-admin"; karaf_cmd "bundle:restart gasline-tenant-admin"; sleep 10
  event "edit com.gasline.security.cfg"
  sed -i 's/^token.ttl.minutes *=.*/token.ttl.minutes = 479/' "$KARAF_HOME/etc/com.gasline.security.cfg"
  grep -q '^token.ttl.minutes' "$KARAF_HOME/etc/com.gasline.security.cfg" || echo 'token.ttl.minutes = 479' >> "$KARAF_HOME/etc/com.gasline.security.cfg"
  sleep 10
  event "after"
  wait $load
  stop_karaf
  rm -rf "$work"
}

if [ $# -ge 1 ]; then
  echo "== baseline: $1"
  DIST=$1 one_run
fi
echo "== this build"
DIST= one_run
