#!/usr/bin/env bash
# Meter to cash through the API on PostgreSQL, side by side with raw PostgreSQL doing the same rows.
# Usage: bench/meter-to-cash.sh [N]   (N accounts, default 200,000; 20,000 for a quick run)
# Archive (customers, premises, accounts, meters) by SQL and the tariff through the API; then all N readings through
# readings:bulk (5,000 a request, 2 clients), the bill run through POST bill-runs (polled to DONE) and payments for
# 10 % of the accounts through POST payments with an Idempotency-Key. The container runs with -Xmx1g.
# URC (one customer read, validated and billed) per hour = N / (upload + bill run); payments are reported beside it.
cd "$(dirname "$0")"
here=$(pwd)
source ./lib.sh
N=${1:-200000}
BENCH_HEAP=1g
RAW_DB=${BENCH_DB}_raw
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
rate() { echo $(( $1 * 1000 / ($2 > 0 ? $2 : 1) )); } # count ms -> per second
karaf_pid() { pgrep -f "karaf.home=$KARAF_HOME" | head -1; }
# BENCH_JFR=dir: a flight recording from the start, dumped after each phase (for finding where the time goes)
[ -n "${BENCH_JFR:-}" ] && BENCH_JAVA_OPTS="-XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=settings=profile"
dump() { [ -z "${BENCH_JFR:-}" ] || jcmd "$(karaf_pid)" JFR.dump filename="$BENCH_JFR/$1.jfr" >/dev/null; }

start_on_postgres
trap stop_karaf EXIT
onboard bench accounts metering
# tiers of 300 and 600 m³ a tariff year, raised by 60 m³ for each person over 4 in the household
curl -sf -X PUT "$BASE/v1/tenants/bench/metering/tariffs/RESIDENTIAL" -H "Authorization: Bearer $BRANCH" -H 'Content-Type: application/json' \
  -d '{"effectiveFrom":"2026-01-01","kind":"TIERED","yearStart":"01-01","householdBase":4,"upliftPerPersonM3":60,
       "tiers":[{"upToM3":300,"priceFen":261},{"upToM3":600,"priceFen":313},{"priceFen":392}]}' >/dev/null

echo "== archive: $N customers, premises, accounts and meters (SQL)"
t0=$(now_ms)
load_archive "$N"
$PSQL -d "$BENCH_DB" <<SQL
INSERT INTO met_meter (tenant_id, serial, account_no, type, digits, installed_on, initial_reading, status, last_reading, last_read_on,
                       actual_reading, actual_read_on, reading_count, consumption_total, route_seq, version)
SELECT 'bench', 'M' || g, lpad(g::text, 8, '0'), 'DIAPHRAGM', 5, DATE '2026-09-25', 100, 'ACTIVE', 100, DATE '2026-09-25', 100, DATE '2026-09-25',
       0, 0, 0, 1 FROM generate_series(1, $N) g;
ANALYZE;
SQL
echo "archive loaded in $(( $(now_ms) - t0 )) ms"

echo "== $N readings through readings:bulk (5,000 a request, 2 clients)"
read -r up_s accepted refused < <(python3 "$here/meter_to_cash.py" readings "$BASE" "$BRANCH" "$N")
up_ms=$(awk -v s="$up_s" 'BEGIN {printf "%d", s * 1000}')
echo "accepted $accepted, refused $refused in $up_ms ms: $(rate "$accepted" "$up_ms") readings/s"
dump readings

echo "== bill run 2026-10 through the API"
run=$(curl -sf -X POST "$BASE/v1/tenants/bench/metering/bill-runs" -H "Authorization: Bearer $BRANCH" -H 'Content-Type: application/json' \
  -d '{"period":"2026-10"}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
t0=$(now_ms)
while true; do
  state=$(curl -sf "$BASE/v1/tenants/bench/metering/bill-runs/$run" -H "Authorization: Bearer $BRANCH")
  echo "$state" | grep -Eq '"status":"(QUEUED|RUNNING)"' || break
  sleep 0.2
done
bill_ms=$(( $(now_ms) - t0 ))
echo "$state"
billed=$(echo "$state" | sed 's/.*"billed":\([0-9]*\).*/\1/')
echo "billed $billed in $bill_ms ms: $(rate "$billed" "$bill_ms") bills/s"
dump billrun

echo "== payments for 10 % of the accounts (POST payments, Idempotency-Key, 2 clients)"
read -r pay_s paid failed < <(python3 "$here/meter_to_cash.py" payments "$BASE" "$BRANCH" "$N")
pay_ms=$(awk -v s="$pay_s" 'BEGIN {printf "%d", s * 1000}')
echo "paid $paid, failed $failed in $pay_ms ms: $(rate "$paid" "$pay_ms") payments/s"
heap=$(jcmd "$(karaf_pid)" GC.heap_info 2>/dev/null | grep -Eo 'total [0-9]+K, used [0-9]+K' | head -1 || true)

echo "== check: bills, ledger movements, readings marked"
$PSQL -d "$BENCH_DB" -t -A -F ' ' -c "SELECT 'bills', count(*), 'distinct account+period', count(DISTINCT (account_no, period)), 'amount_fen', sum(amount_fen) FROM met_bill" \
  -c "SELECT 'ledger movements', count(*) FROM met_ledger" -c "SELECT 'readings unbilled', count(*) FROM met_reading WHERE bill_id IS NULL"

echo "== raw PostgreSQL, same rows: COPY of the readings + one set-based tiered bill INSERT"
$PSQL -d postgres -c "DROP DATABASE IF EXISTS $RAW_DB" -c "CREATE DATABASE $RAW_DB"
csv=$(mktemp)
python3 -c "
import sys; sys.path.insert(0, '$here'); from meter_to_cash import reading
for g in range(1, $N + 1):
    r = reading(g); v = float(r['value'])
    print('bench,r%d,%s,%08d,%s,%s,READER,%.3f' % (g, r['serial'], g, r['value'], r['readOn'], v - 100))" > "$csv"
$PSQL -d "$RAW_DB" <<SQL
CREATE TABLE account (tenant_id text, account_no text, household_size int, PRIMARY KEY (tenant_id, account_no));
INSERT INTO account SELECT 'bench', lpad(g::text, 8, '0'), 1 + g % 6 FROM generate_series(1, $N) g;
CREATE TABLE reading (tenant_id text, id text, serial text, account_no text, reading_value numeric(12,3), read_on date, source text,
                      consumption numeric(12,3), bill_id text, PRIMARY KEY (tenant_id, id));
CREATE INDEX ON reading (tenant_id, account_no);
CREATE TABLE bill (tenant_id text, account_no text, period text, volume numeric(12,3), amount_fen bigint, PRIMARY KEY (tenant_id, account_no, period));
SQL
t0=$(now_ms)
$PSQL -d "$RAW_DB" <<SQL
\copy reading (tenant_id, id, serial, account_no, reading_value, read_on, source, consumption) FROM '$csv' WITH (FORMAT csv)
INSERT INTO bill
SELECT r.tenant_id, r.account_no, '2026-10', v, round(least(v, t1) * 261 + greatest(least(v, t2) - t1, 0) * 313 + greatest(v - t2, 0) * 392)::bigint
FROM (SELECT tenant_id, account_no, sum(consumption) v FROM reading WHERE bill_id IS NULL GROUP BY tenant_id, account_no) r
JOIN account a USING (tenant_id, account_no),
LATERAL (SELECT 300 + 60 * greatest(a.household_size - 4, 0) t1, 600 + 60 * greatest(a.household_size - 4, 0) t2) t;
SQL
raw_ms=$(( $(now_ms) - t0 ))
rm -f "$csv"
echo "raw: $N readings copied and billed in $raw_ms ms"
$PSQL -d postgres -c "DROP DATABASE IF EXISTS $RAW_DB"

urc=$(( accepted * 3600 * 1000 / ( (up_ms + bill_ms) > 0 ? up_ms + bill_ms : 1) ))
raw_urc=$(( N * 3600 * 1000 / (raw_ms > 0 ? raw_ms : 1) ))
echo "== meter to cash, N = $N, heap -Xmx1g ($heap)"
echo "readings/s  $(rate "$accepted" "$up_ms")"
echo "bills/s     $(rate "$billed" "$bill_ms")"
echo "payments/s  $(rate "$paid" "$pay_ms")"
echo "URC/h end to end (upload + bill run)  $urc"
echo "URC/h raw PostgreSQL (COPY + INSERT)   $raw_urc"
awk -v a="$urc" -v b="$raw_urc" 'BEGIN {printf "ratio  %.2f %%\n", 100 * a / b}'
