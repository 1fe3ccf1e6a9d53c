#!/usr/bin/env bash
# Faults a branch must survive, on PostgreSQL:
#  1. PostgreSQL restarted under payment load: calls during the outage must be 503 problem+json with Retry-After (never a
#     500, never a hang past the 10 s client timeout); service back soon after the database; every payment that got a 2xx
#     is in the database exactly once.
#  2. kill -9 of the container in the middle of a bill run of N accounts, then a restart: the job resumes and finishes,
#     one bill per account.
#  3. kill -9 in the middle of a CSV import of M rows, then a restart: the import finishes, no account twice.
# Usage: bench/faults.sh [N] [M]   (build first: mvn -q install -DskipTests; restarts the local PostgreSQL cluster)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
N=${1:-20000}
M=${2:-5000}
CLUSTER="$(ls /etc/postgresql) main"
trap stop_karaf EXIT

restart_karaf() {
  pkill -9 -f "$KARAF_HOME/" || true
  sleep 1
  GASLINE_ADMIN_PASSWORD=bench-password-1 EXTRA_JAVA_OPTS="-Xmx2g" "$KARAF_HOME/bin/start"
  for _ in $(seq 1 120); do curl -sf "$BASE/v1/health" | grep -q '"duties"' && return 0; sleep 1; done
  echo "not healthy after restart" >&2; return 1
}
job() { curl -sf "$BASE/v1/tenants/bench/jobs/$1" -H "Authorization: Bearer $BRANCH" || echo '{}'; }
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"]*\).*/\1/p"; }
sql() { $PSQL -d "$BENCH_DB" -tAc "$1"; }

start_on_postgres
onboard bench accounts metering
curl -sf -X PUT "$BASE/v1/tenants/bench/metering/tariffs/RESIDENTIAL" -H "Authorization: Bearer $BRANCH" -H 'Content-Type: application/json' \
  -d '{"effectiveFrom":"2026-01-01","kind":"TIERED","yearStart":"01-01","householdBase":4,"upliftPerPersonM3":60,
       "tiers":[{"upToM3":300,"priceFen":261},{"upToM3":600,"priceFen":313},{"priceFen":392}]}' >/dev/null
load_metered "$N"

echo "== 1. PostgreSQL restarted under payment load (4 clients, 40 s; the database goes down at 10 s for 5 s)"
out=$(mktemp)
python3 "$here/writes.py" "$BASE" "$BRANCH" "" 500 40 "$out" &
writer=$!
sleep 10
down=$(date +%s.%N)
pg_ctlcluster --skip-systemctl-redirect $CLUSTER stop -m fast
sleep 5
pg_ctlcluster --skip-systemctl-redirect $CLUSTER start
up=$(date +%s.%N)
wait $writer
ok_keys=$(awk '$4 == "ok" {print $2}' "$out" | sort -u)
printf '%s\n' $ok_keys > "$out.ok"
stored=$(sql "SELECT idempotency_key FROM met_payment WHERE tenant_id = 'bench' AND idempotency_key LIKE 'fault-%'" | sort)
dupes=$(sql "SELECT count(*) - count(DISTINCT idempotency_key) FROM met_payment WHERE tenant_id = 'bench'")
missing=$(comm -23 "$out.ok" <(printf '%s\n' $stored) | grep -c . || true)
back=$(awk -v up="$up" '$1 > up && $4 == "ok" {print $1 - up; exit}' "$out")
echo "answers:                                 $(awk '{print $4}' "$out" | sort | uniq -c | tr '\n' ' ')"
echo "slowest answer (ms):                     $(awk '{print $5}' "$out" | sort -n | tail -1)"
echo "first 2xx after the database was back:   ${back:-never} s"
echo "2xx payments missing from the database:  $missing"
echo "payments stored twice:                   $dupes"
echo "5xx other than 503:                      $(awk '$4 ~ /^fail-5/' "$out" | wc -l)"
echo "ledger = sum of movements (accounts off): $(sql "SELECT count(*) FROM met_balance b WHERE tenant_id = 'bench' AND ledger_fen <> (SELECT coalesce(sum(amount_fen), 0) FROM met_ledger l WHERE l.tenant_id = b.tenant_id AND l.account_no = b.account_no)")"

echo "== 2. kill -9 in the middle of a bill run of $N accounts, then a restart"
run=$(curl -sf -X POST "$BASE/v1/tenants/bench/metering/bill-runs" -H "Authorization: Bearer $BRANCH" -H 'Content-Type: application/json' \
  -d '{"period":"2026-10"}' | field id)
until [ "$(job "$run" | field done)" -ge $((N / 3)) ] 2>/dev/null; do sleep 0.5; done
echo "killed at $(job "$run" | field done) of $N"
t0=$(date +%s)
restart_karaf
BRANCH=$(token bench bench-admin bench-password-1)
while job "$run" | grep -Eq '"status":"(QUEUED|RUNNING)"'; do sleep 1; done
echo "job:                                     $(job "$run" | field status), $(( $(date +%s) - t0 )) s after the kill"
echo "bills of 2026-10:                        $(sql "SELECT count(*) FROM met_bill WHERE tenant_id = 'bench' AND period = '2026-10'") of $N accounts"
echo "bills duplicated:                        $(sql "SELECT count(*) - count(DISTINCT (account_no, period)) FROM met_bill WHERE tenant_id = 'bench'")"
echo "ledger movements of those bills:         $(sql "SELECT count(*) FROM met_ledger l JOIN met_bill b ON b.tenant_id = l.tenant_id AND b.id = l.ref WHERE l.tenant_id = 'bench' AND b.period = '2026-10' AND l.kind = 'BILL'")"

echo "== 3. kill -9 in the middle of a CSV import of $M rows, then a restart"
csv=$(mktemp)
{ printf '\xef\xbb\xbf户号,户名,客户类型,证件类型,证件号,电话,类别,人口数,区,小区,楼栋,单元,房号,地址,状态\n'
  for i in $(seq 1 "$M"); do printf 'I%07d,导入%d,个人,,,1381111%04d,居民,3,南城区,春晖小区,%d栋,1单元,%d,春晖路 %d 号,已通气\n' "$i" "$i" $((i % 10000)) $((i % 40)) "$i" "$i"; done
} > "$csv"
import=$(curl -sf -X POST "$BASE/v1/tenants/bench/accounts/imports" -H "Authorization: Bearer $BRANCH" -H 'Content-Type: text/csv; charset=UTF-8' \
  --data-binary @"$csv" | field id)
until [ "$(job "$import" | field done)" -ge $((M / 3)) ] 2>/dev/null; do sleep 0.2; done
echo "killed at $(job "$import" | field done) of $M rows"
restart_karaf
BRANCH=$(token bench bench-admin bench-password-1)
while job "$import" | grep -Eq '"status":"(QUEUED|RUNNING)"'; do sleep 1; done
echo "job:                                     $(job "$import" | field status)"
echo "accounts imported:                       $(sql "SELECT count(*) FROM acc_account WHERE tenant_id = 'bench' AND account_no LIKE 'I%'") of $M rows"
echo "accounts imported twice:                 $(sql "SELECT count(*) - count(DISTINCT account_no) FROM acc_account WHERE tenant_id = 'bench' AND account_no LIKE 'I%'")"
