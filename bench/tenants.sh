#!/usr/bin/env bash
# 1,000 branches in one container, created through the API. On a fresh distribution on PostgreSQL: GET one account
# under wrk (2 threads, 16 connections, 20 s) with one branch; then onboarding of 999 more branches, each timed
# (tenant, the five modules, first admin: 7 calls with curl, its process start included); then one account per
# branch and GET account again, once on the first branch alone and once spread over all 1,000 (each request another
# branch, with its own token). Prints the onboarding times and the p99s against the one-branch figure.
# Usage: bench/tenants.sh [baseline.tar.gz|""] [branches]   (build first: mvn -q install -DskipTests)
# THIS_DIST=other.tar.gz measures that build as "this build".
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
BENCH_PORT=${BENCH_PORT:-28481} BENCH_DB=${BENCH_DB:-online_bench} BENCH_SSH_PORT=${BENCH_SSH_PORT:-28401} BENCH_RMI_PORTS=${BENCH_RMI_PORTS:-21299/54644}
source "$here/lib.sh"
source "$here/wrk.sh"
MODULES="accounts metering ticketing cylinders duties"

onboard_timed() { # tenant: onboards it with every module and a first admin; prints milliseconds
  local t0 t1
  t0=$(date +%s%N)
  api POST "$BASE/v1/admin/tenants" "$ADMIN" "{\"code\":\"$1\",\"name\":\"压测分公司 $1\",\"region\":\"华东\"}" >/dev/null
  for m in $MODULES; do api PUT "$BASE/v1/admin/tenants/$1/modules/$m" "$ADMIN" >/dev/null; done
  api POST "$BASE/v1/admin/tenants/$1/users" "$ADMIN" \
      '{"username":"bench-admin","password":"bench-password-1","displayName":"压测","roles":["BRANCH_ADMIN","CLERK"]}' >/dev/null
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}

one_run() {
  local branches=$1 work
  work=$(mktemp -d)
  start_on_postgres
  onboard bench accounts ticketing
  local account; account=$(make_account bench "$BRANCH")
  echo "/api/v1/tenants/bench/accounts/accounts/$account $BRANCH" > "$work/one"
  # the reference figure: warmed up as long as the runs after the onboarding had the JIT working for them
  WRK_WARMUP=30 WRK_SCRIPT="$here/lua/rotate.lua" WRK_SCRIPT_ARG="$work/one" wrk_row "GET account, 1 branch" "$BASE" ""
  echo "== onboarding $((branches - 1)) more branches"
  cp "$work/one" "$work/all"
  for i in $(seq 2 "$branches"); do
    local code; code=$(printf 'b%04d' "$i")
    onboard_timed "$code" >> "$work/onboard-ms"
  done
  sort -n "$work/onboard-ms" | awk '{a[NR]=$1} END {printf "onboarding a branch (tenant, %d modules, first admin): median %d ms, p99 %d ms, max %d ms over %d\n", 5, a[int((NR+1)/2)], a[int(NR*0.99)], a[NR], NR}'
  echo "== an account in each branch"
  for i in $(seq 2 "$branches"); do
    local code token; code=$(printf 'b%04d' "$i")
    token=$(token "$code" bench-admin bench-password-1)
    echo "/api/v1/tenants/$code/accounts/accounts/$(make_account "$code" "$token") $token" >> "$work/all"
  done
  WRK_SCRIPT="$here/lua/rotate.lua" WRK_SCRIPT_ARG="$work/one" wrk_row "GET account, 1 of $branches" "$BASE" ""
  WRK_SCRIPT="$here/lua/rotate.lua" WRK_SCRIPT_ARG="$work/all" wrk_row "GET account, all $branches" "$BASE" ""
  awk -v a="${P99[GET account, 1 branch]}" -v b="${P99[GET account, 1 of $branches]}" -v c="${P99[GET account, all $branches]}" -v n="$branches" \
      'BEGIN { printf "p99 against one branch: the first branch among %d %+.0f %%, spread over all %d %+.0f %%\n", n, (b / a - 1) * 100, n, (c / a - 1) * 100 }'
  stop_karaf
  rm -rf "$work"
}

ensure_wrk
branches=${2:-1000}
if [ -n "${1:-}" ]; then
  echo "== baseline: $1"
  DIST=$1 one_run "$branches"
fi
echo "== this build"
DIST=${THIS_DIST:-} one_run "$branches"
