# Shared by the benchmarks: a fresh distribution on a fresh PostgreSQL database.
# Needs a built distribution (mvn -q install -DskipTests) and PostgreSQL at 127.0.0.1:5432 (user postgres, trust).
set -euo pipefail
BENCH_PORT=${BENCH_PORT:-28281}
BENCH_DB=${BENCH_DB:-gasline_bench}
# other ports of the container, so two benchmarks can run side by side on one machine
BENCH_SSH_PORT=${BENCH_SSH_PORT:-28201}
BENCH_RMI_PORTS=${BENCH_RMI_PORTS:-21099/54444}
BASE="http://127.0.0.1:$BENCH_PORT/api"
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

start_on_postgres() {
  local dist
  # DIST=other.tar.gz runs a baseline build side by side
  dist=${DIST:-$(ls "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"/distribution/target/gasline-distribution-*.tar.gz)}
  $PSQL -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB" -c "CREATE DATABASE $BENCH_DB"
  BENCH_DIR=$(mktemp -d)
  tar xzf "$dist" -C "$BENCH_DIR"
  KARAF_HOME=$(ls -d "$BENCH_DIR"/gasline-distribution-*)
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $BENCH_PORT/" "$KARAF_HOME/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $BENCH_SSH_PORT/" "$KARAF_HOME/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = ${BENCH_RMI_PORTS%/*}/; s/^rmiServerPort *=.*/rmiServerPort = ${BENCH_RMI_PORTS#*/}/" "$KARAF_HOME/etc/org.apache.karaf.management.cfg"
  cat > "$KARAF_HOME/etc/org.ops4j.datasource-gasline.cfg" <<CFG
osgi.jdbc.driver.class = org.postgresql.Driver
dataSourceName = gasline
url = jdbc:postgresql://127.0.0.1:5432/$BENCH_DB${BENCH_JDBC_PARAMS-?reWriteBatchedInserts=true}
user = postgres
password =
pool = hikari
xa = false
pool.maximumPoolSize = 16
pool.connectionTimeout = 5000
CFG
  # an SSH user for the operator's commands (bin/client) of the benchmarks
  printf 'bench = bench,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n' >> "$KARAF_HOME/etc/users.properties"
  GASLINE_ADMIN_PASSWORD=bench-password-1 EXTRA_JAVA_OPTS="-Xmx${BENCH_HEAP:-2g} ${BENCH_JAVA_OPTS:-}" "$KARAF_HOME/bin/start"
  for _ in $(seq 1 120); do
    # health first, with every branch module active (under load they arrive seconds apart, and enabling one that has not
    # arrived yet is a 404), then the admin API (it joins the REST server a moment later)
    if curl -sf "$BASE/v1/health" | grep '"accounts"' | grep '"metering"' | grep '"ticketing"' | grep '"cylinders"' | grep -q '"duties"'; then
      local t
      t=$(token "" admin bench-password-1 || true)
      [ -n "$t" ] && curl -sf -o /dev/null -H "Authorization: Bearer $t" "$BASE/v1/admin/modules" && return 0
    fi
    sleep 1
  done
  echo "not healthy after 120 s" >&2
  return 1
}

karaf_cmd() { # an operator's console command (through stdin: Karaf 4.4.9's client closes a session given the command as an argument)
  echo "$*" | "$KARAF_HOME/bin/client" -a "$BENCH_SSH_PORT" -u bench -p bench >/dev/null 2>&1
}

stop_karaf() {
  "$KARAF_HOME/bin/stop" >/dev/null 2>&1 || true
  sleep 3
  # a container still shutting down would answer the next run's health check on the same port
  for _ in $(seq 1 30); do curl -s -o /dev/null "$BASE/v1/health" || break; sleep 1; done
  rm -rf "$BENCH_DIR"
}

token() { # tenant-or-empty username password
  local t='null'
  [ -n "$1" ] && t="\"$1\""
  curl -s -f -X POST "$BASE/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"tenant\":$t,\"username\":\"$2\",\"password\":\"$3\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'
}

onboard() { # tenant modules...
  local tenant=$1; shift
  ADMIN=$(token "" admin bench-password-1)
  curl -sf -X POST "$BASE/v1/admin/tenants" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"code\":\"$tenant\",\"name\":\"压测分公司\",\"region\":\"华东\"}" >/dev/null
  for m in "$@"; do
    # a module's bundle may still be starting on a busy machine: it is unknown for a few seconds
    for try in $(seq 1 30); do
      curl -sf -X PUT "$BASE/v1/admin/tenants/$tenant/modules/$m" -H "Authorization: Bearer $ADMIN" >/dev/null && break
      [ "$try" -lt 30 ] || { echo "module $m not enabled" >&2; return 1; }
      sleep 1
    done
  done
  curl -sf -X POST "$BASE/v1/admin/tenants/$tenant/users" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d '{"username":"bench-admin","password":"bench-password-1","displayName":"压测","roles":["BRANCH_ADMIN","CLERK"]}' >/dev/null
  BRANCH=$(token "$tenant" bench-admin bench-password-1)
}

# time_ms URL: wall time of one authenticated GET in milliseconds
time_ms() {
  curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $BRANCH" "$1" | awk '{printf "%d", $1 * 1000}'
}

# median_ms URL [runs]: median of several runs after one warm-up
median_ms() {
  local url=$1 runs=${2:-11}
  time_ms "$url" >/dev/null
  for _ in $(seq 1 "$runs"); do time_ms "$url"; echo; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# load_archive N: N residential customers, premises and active accounts of tenant bench, known to metering (SQL, fast)
load_archive() {
  local N=$1
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
SQL
}

# load_metered N: N accounts of tenant bench, each with a meter and one unbilled reading for 2026-10 (SQL, fast)
load_metered() {
  local N=$1
  echo "== loading $N accounts with a meter and a reading each"
  t0=$(date +%s)
  load_archive "$N"
  $PSQL -d "$BENCH_DB" <<SQL
  INSERT INTO met_meter (tenant_id, serial, account_no, type, digits, installed_on, initial_reading, status, last_reading, last_read_on, actual_reading, actual_read_on,
                         reading_count, consumption_total, route_seq, version)
  SELECT 'bench', 'M' || g, lpad(g::text, 8, '0'), 'DIAPHRAGM', 5, DATE '2026-09-25', 100, 'ACTIVE', 100 + 1 + g % 50, DATE '2026-10-25', 100 + 1 + g % 50, DATE '2026-10-25',
         1, 1 + g % 50, 0, 1 FROM generate_series(1, $N) g;
  INSERT INTO met_reading (tenant_id, id, serial, account_no, reading_value, read_on, source, reader, consumption, rollover, reviewed, created_at)
  SELECT 'bench', 'r' || g, 'M' || g, lpad(g::text, 8, '0'), 100 + 1 + g % 50, DATE '2026-10-25', 'READER', 'bench', 1 + g % 50, false, false, now()
  FROM generate_series(1, $N) g;
  ANALYZE;
SQL
  echo "loaded in $(( $(date +%s) - t0 )) s"
}
