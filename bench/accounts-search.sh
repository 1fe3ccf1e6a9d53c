#!/usr/bin/env bash
# Account search on N accounts (default 1,000,000) in one branch, on PostgreSQL, through HTTP.
# Usage: bench/accounts-search.sh [N]
cd "$(dirname "$0")"
source ./lib.sh
N=${1:-1000000}
start_on_postgres
trap stop_karaf EXIT
onboard bench accounts
echo "== loading $N customers, premises and accounts"
t0=$(date +%s)
$PSQL -d "$BENCH_DB" <<SQL
INSERT INTO acc_customer (tenant_id, id, kind, name, id_type, id_number, phones, phone_tail, category, household_size, created_at, version)
SELECT 'bench', 'c' || g, 'PERSON',
       (ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴'])[1 + g % 10] || (ARRAY['建国','秀英','伟','芳','敏','静','强','磊','军','洋'])[1 + (g / 10) % 10] || (g % 1000),
       '身份证', lpad(g::text, 18, '3'), '138' || lpad(g::text, 8, '0'), right(lpad(g::text, 8, '0'), 4), 'RESIDENTIAL', 1 + g % 6, now(), 1
FROM generate_series(1, $N) g;
INSERT INTO acc_premises (tenant_id, id, district, community, building, unit, room, area, address, created_at)
SELECT 'bench', 'p' || g, d, c, b, u, r, d || '/' || c || '/' || b || '/' || u || '/' || r, d || '幸福路' || g || '号', now()
FROM (SELECT g, (ARRAY['东城区','西城区','南城区','北城区','高新区','开发区'])[1 + g % 6] AS d, '小区' || ((g / 6) % 500) AS c,
             ((g / 3000) % 30) || '栋' AS b, ((g / 90000) % 4 + 1) || '单元' AS u, (g % 3000)::text AS r FROM generate_series(1, $N) g) x;
INSERT INTO acc_account (tenant_id, account_no, customer_id, holder_name, phones, phone_tail, premises_id, area, address, category, household_size,
                         state, opening_fee_fen, prepayment_fen, settlement_fen, applied_at, history_count, version)
SELECT 'bench', lpad(g::text, 8, '0'), c.id, c.name, c.phones, c.phone_tail, p.id, p.area, p.address, 'RESIDENTIAL', c.household_size,
       'ACTIVE', 0, 0, 0, now(), 0, 1
FROM generate_series(1, $N) g JOIN acc_customer c ON c.tenant_id = 'bench' AND c.id = 'c' || g JOIN acc_premises p ON p.tenant_id = 'bench' AND p.id = 'p' || g;
INSERT INTO acc_counter (tenant_id, prefix, next_value) VALUES ('bench', '', $N + 1);
ANALYZE;
SQL
echo "loaded in $(( $(date +%s) - t0 )) s"
A="$BASE/v1/tenants/bench/accounts/accounts"
mid=$(printf '%08d' $((N / 2)))
echo "== median of 11 requests (ms), page of 20"
echo "account number exact     $(median_ms "$A?accountNo=$mid&size=20")"
echo "name prefix 王建国       $(median_ms "$A?name=%E7%8E%8B%E5%BB%BA%E5%9B%BD&size=20")"
echo "phone last 4 digits      $(median_ms "$A?phone=4321&size=20")"
echo "address fragment         $(median_ms "$A?address=%E5%B9%B8%E7%A6%8F%E8%B7%AF$((N / 3))%E5%8F%B7&size=20")"
echo "area (district/小区)     $(median_ms "$A?area=%E4%B8%9C%E5%9F%8E%E5%8C%BA/%E5%B0%8F%E5%8C%BA17&size=20")"
echo "area page 100            $(median_ms "$A?area=%E4%B8%9C%E5%9F%8E%E5%8C%BA&size=20&page=100")"
echo "open one account         $(median_ms "$A/$mid")"
