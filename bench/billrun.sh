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
load_metered "$N"
run=$(curl -sf -X POST "$BASE/v1/tenants/bench/metering/bill-runs" -H "Authorization: Bearer $BRANCH" -H 'Content-Type: application/json' \
  -d '{"period":"2026-10"}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
t0=$(date +%s%N)
while true; do
  state=$(curl -sf "$BASE/v1/tenants/bench/metering/bill-runs/$run" -H "Authorization: Bearer $BRANCH")
  echo "$state" | grep -Eq '"status":"(QUEUED|RUNNING)"' || break
  sleep 5
done
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
echo "$state"
billed=$(echo "$state" | sed 's/.*"billed":\([0-9]*\).*/\1/')
echo "== $billed accounts billed in $ms ms: $(( billed * 1000 / (ms > 0 ? ms : 1) )) accounts/s"
