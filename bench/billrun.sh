#!/usr/bin/env bash
# A bill run through the API on PostgreSQL: N accounts (default 200,000), one meter and one reading each.
# Usage: bench/billrun.sh [N]
cd "$(dirname "$0")"
source ./lib.sh
N=${1:-200000}
start_on_postgres
trap stop_karaf EXIT
onboard bench accounts metering
curl -sf -X PUT "$BASE/v1/tenants/bench/metering/tariffs/RESIDENTIAL" -H "Authorization: Bearer $BRANCH" -H 'Content-Type: application/json' \
  -d '{"effectiveFrom":"2026-01-01","kind":"TIERED","yearStart":"01-01","householdBase":4,"upliftPerPersonM3":60,
       "tiers":[{"upToM3":300,"priceFen":261},{"upToM3":600,"priceFen":313},{"priceFen":392}]}' >/dev/null
echo "== loading $N accounts with a meter and a reading each"
t0=$(date +%s)
$PSQL -d "$BENCH_DB" <<SQL
INSERT INTO acc_customer (tenant_id, id, kind, name, category, household_size, created_at, version)
SELECT 'bench', 'c' || g, 'PERSON', '用户' || g, 'RESIDENTIAL', 1 + g % 6, now(), 1 FROM generate_series(1, $N) g;
INSERT INTO acc_premises (tenant_id, id, district, area, address, created_at)
SELECT 'bench', 'p' || g, '东城区', '东城区', '东城区幸福路' || g || '号', now() FROM generate_series(1, $N) g;
INSERT INTO acc_account (tenant_id, account_no, customer_id, holder_name, premises_id, area, address, category, household_size, state,
                         opening_fee_fen, prepayment_fen, settlement_fen, applied_at, history_count, version)
SELECT 'bench', lpad(g::text, 8, '0'), 'c' || g, '用户' || g, 'p' || g, '东城区', '东城区幸福路' || g || '号', 'RESIDENTIAL', 1 + g % 6, 'ACTIVE',
       0, 0, 0, now(), 0, 1 FROM generate_series(1, $N) g;
INSERT INTO met_account (tenant_id, account_no, category, household_size, state, holder_name, address)
SELECT 'bench', lpad(g::text, 8, '0'), 'RESIDENTIAL', 1 + g % 6, 'ACTIVE', '用户' || g, '东城区幸福路' || g || '号' FROM generate_series(1, $N) g;
INSERT INTO met_meter (tenant_id, serial, account_no, type, digits, installed_on, initial_reading, status, last_reading, last_read_on,
                       reading_count, consumption_total, route_seq, version)
SELECT 'bench', 'M' || g, lpad(g::text, 8, '0'), 'DIAPHRAGM', 5, DATE '2026-09-25', 100, 'ACTIVE', 100 + 1 + g % 50, DATE '2026-10-25',
       1, 1 + g % 50, 0, 1 FROM generate_series(1, $N) g;
INSERT INTO met_reading (tenant_id, id, serial, account_no, reading_value, read_on, source, reader, consumption, rollover, reviewed, created_at)
SELECT 'bench', 'r' || g, 'M' || g, lpad(g::text, 8, '0'), 100 + 1 + g % 50, DATE '2026-10-25', 'READER', 'bench', 1 + g % 50, false, false, now()
FROM generate_series(1, $N) g;
ANALYZE;
SQL
echo "loaded in $(( $(date +%s) - t0 )) s"
run=$(curl -sf -X POST "$BASE/v1/tenants/bench/metering/bill-runs" -H "Authorization: Bearer $BRANCH" -H 'Content-Type: application/json' \
  -d '{"period":"2026-10"}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
t0=$(date +%s%N)
while true; do
  state=$(curl -sf "$BASE/v1/tenants/bench/metering/bill-runs/$run" -H "Authorization: Bearer $BRANCH")
  echo "$state" | grep -q '"status":"RUNNING"' || break
  sleep 5
done
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
echo "$state"
billed=$(echo "$state" | sed 's/.*"billed":\([0-9]*\).*/\1/')
echo "== $billed accounts billed in $ms ms: $(( billed * 1000 / (ms > 0 ? ms : 1) )) accounts/s"
