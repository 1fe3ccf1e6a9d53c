# Shared by bench/online.sh and bench/tenants.sh: wrk runs and the branch data they read, created through the API.
# Needs lib.sh sourced first (BASE, PSQL, BENCH_DB).
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-16}
WRK_SECONDS=${WRK_SECONDS:-20}
WRK_WARMUP=${WRK_WARMUP:-3}
WRK_LUA=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lua
declare -A RPS P99

ensure_wrk() {
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
}

api() { # method url token [body]: the answer's body, failing on any error status
  curl -sf -X "$1" "$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' ${4:+-d "$4"}
}

json_field() { # field: its string value in the JSON on stdin
  python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"
}

make_account() { # tenant token: a customer, premises and account of the branch; prints the account number
  local b="$BASE/v1/tenants/$1/accounts" customer premises
  customer=$(api POST "$b/customers" "$2" '{"kind":"PERSON","name":"郑华","category":"RESIDENTIAL"}' | json_field id)
  premises=$(api POST "$b/premises" "$2" '{"district":"西城区","community":"锦绣小区","building":"8栋","address":"锦绣路 8 号 8 栋"}' | json_field id)
  api POST "$b/accounts" "$2" "{\"customerId\":\"$customer\",\"premisesId\":\"$premises\"}" | json_field accountNo
}

ticket_json() { # account
  echo "{\"type\":\"REPAIR\",\"channel\":\"HOTLINE\",\"accountNo\":\"$1\",\"callerPhone\":\"13700001234\",\"description\":\"灶具打不着火\"}"
}

post_ticket() { # tenant token account
  api POST "$BASE/v1/tenants/$1/ticketing/tickets" "$2" "$(ticket_json "$3")"
}

db_transactions() {
  $PSQL -d postgres -Atc "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = '$BENCH_DB'"
}

to_ms() { # a wrk duration (850.00us, 1.23ms, 1.01s): milliseconds
  awk -v d="$1" 'BEGIN { v = d + 0; if (d ~ /us$/) v /= 1000; else if (d ~ /[0-9]s$/ && d !~ /ms$/) v *= 1000; printf "%.1f", v }'
}

# wrk_row label url token [body]: one wrk run, its line of figures; with a body it POSTs it (lua/post.lua)
# WRK_SCRIPT=file.lua runs that script instead, with WRK_SCRIPT_ARG as its argument
wrk_row() {
  local label=$1 url=$2 token=$3 body=${4:-} out tx0 tx1 args=() after=()
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  if [ -n "$body" ]; then
    args+=(-s "$WRK_LUA/post.lua")
    export WRK_BODY=$body
  elif [ -n "${WRK_SCRIPT:-}" ]; then
    args+=(-s "$WRK_SCRIPT")
    after=(-- "${WRK_SCRIPT_ARG:-}")
  fi
  wrk -t2 -c4 -d"${WRK_WARMUP}s" "${args[@]}" "$url" "${after[@]}" >/dev/null # warm-up: JIT and the caches
  sleep 11 # PostgreSQL publishes an idle connection's counters within 10 s
  tx0=$(db_transactions)
  out=$(wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${WRK_SECONDS}s" --latency "${args[@]}" "$url" "${after[@]}")
  sleep 11
  tx1=$(db_transactions)
  local rps p50 p99 n bad
  rps=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
  p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
  p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  bad=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  RPS[$label]=$rps
  P99[$label]=$p99
  printf '%-22s %9s req/s   p50 %7s ms   p99 %7s ms   non-2xx %s   db transactions/request %s\n' "$label" "$rps" "$p50" "$p99" \
      "${bad:-0}" "$(awk -v a="$tx0" -v b="$tx1" -v n="$n" 'BEGIN { printf "%.2f", (b - a) / n }')"
}

ratio() { # label-a label-b: req/s of a over b
  awk -v a="${RPS[$1]}" -v b="${RPS[$2]}" -v la="$1" -v lb="$2" 'BEGIN { printf "ratio %s / %s = %.2f\n", la, lb, a / b }'
}
