#!/usr/bin/env bash
# Online paths under wrk (2 threads, 16 connections, 20 s each) on a fresh distribution on PostgreSQL with one branch
# whose data is created through the API: health (framework + one database round trip), GET one account, a ticket list
# page (20 of 60) and POST a ticket. Prints req/s, p50/p99, non-2xx answers and the database transactions per
# request (pg_stat_database) for each, and the ratio GET account / health.
# Usage: bench/online.sh [baseline.tar.gz]   (build first: mvn -q install -DskipTests)
# With a baseline distribution it runs the same steps against it first, in the same run.
# WRK_SECONDS (default 20) shortens the runs for a quick look; THIS_DIST=other.tar.gz measures that build as "this build".
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
BENCH_PORT=${BENCH_PORT:-28481} BENCH_DB=${BENCH_DB:-online_bench} BENCH_SSH_PORT=${BENCH_SSH_PORT:-28401} BENCH_RMI_PORTS=${BENCH_RMI_PORTS:-21299/54644}
source "$here/lib.sh"
source "$here/wrk.sh"

one_run() {
  start_on_postgres
  onboard bench accounts ticketing
  ACCOUNT=$(make_account bench "$BRANCH")
  for i in $(seq 1 60); do post_ticket bench "$BRANCH" "$ACCOUNT" >/dev/null; done
  local b="$BASE/v1/tenants/bench"
  wrk_row "health" "$BASE/v1/health" ""
  wrk_row "GET one account" "$b/accounts/accounts/$ACCOUNT" "$BRANCH"
  wrk_row "ticket list page" "$b/ticketing/tickets?page=0&size=20" "$BRANCH"
  wrk_row "POST a ticket" "$b/ticketing/tickets" "$BRANCH" "$(ticket_json "$ACCOUNT")"
  ratio "GET one account" "health"
  stop_karaf
}

ensure_wrk
if [ $# -ge 1 ]; then
  echo "== baseline: $1"
  DIST=$1 one_run
fi
echo "== this build"
DIST=${THIS_DIST:-} one_run
