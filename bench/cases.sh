#!/usr/bin/env bash
# Staff pages under a large case load: the dashboard, the filtered case list and the case page over
# HTTP, logged in, with 100,000 cases and 1,000,000 deadlines in the database. Target: p95 < 100 ms
# for each page.
#
#   bench/cases.sh        (on this shared machine: flock /tmp/redress-maven.lock bash bench/cases.sh)
#
# What it does, everything on 127.0.0.1 and stopped again at the end (trap on EXIT):
#   1. builds cases-service if its jar is missing;
#   2. drops and recreates the scratch database redress_bench_cases; the service's Flyway
#      migrations create its tables when it starts;
#   3. starts a fresh Artemis broker (the service's complaint-events channel needs one) and a
#      Keycloak of its own (a copy of the local stack's download with the realm of deploy/keycloak,
#      an empty dev database, bench passwords), each on free ports;
#   4. starts the packaged service (target/quarkus-app) against them;
#   5. seeds the database with bench/cases-seed.sql: 100,000 cases, 1,000,000 deadlines (past ones
#      met, cancelled or missed, coming ones open or extended), 200,000 steps (10,000 hearings),
#      300,000 timeline entries, 20,000 linked complaints: generate_series SQL, not the API;
#   6. runs bench/cases-load.java as bob (role staff): a Keycloak access token from the realm's
#      password grant, sent as a bearer token, which the staff pages' hybrid OIDC tenant accepts as
#      it accepts the browser's session cookie (the code-flow login itself is not measured). Per page
#      a warm-up, then a bounded number of requests by one client, then the same by four; rows of
#      requests, errors, p50/p95/p99/max; each filter of the case list on its own as well;
#   7. prints the verdict per page against the target.
#
# Environment (defaults in brackets):
#   REDRESS_BENCH_CASES (100000)   REDRESS_BENCH_DEADLINES_PER_CASE (10)
#   REDRESS_BENCH_WARMUP (300)     requests per page before measuring (the JIT's), not reported
#   REDRESS_BENCH_REQUESTS (1000)  requests measured per page and step
#   REDRESS_BENCH_CLIENTS ("1 4")  closed-loop clients, one step each
#   REDRESS_BENCH_JAVA_OPTS        the service's JVM options (default: C2, 512 MB heap, parallel GC)
#   REDRESS_BENCH_KEEP_DB          set: keep the seeded database of the last run (skips step 5 when
#                                  it holds the expected number of cases)
#   REDRESS_PG_HOST / REDRESS_PG_PORT / REDRESS_PG_USER, REDRESS_SERVICE_JAVA_HOME (components.sh)
# Logs: .local/bench/cases/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../deploy/lib/components.sh
source "$here/../deploy/lib/components.sh"
# shellcheck source=lib.sh
source "$here/lib.sh"
cd "$REDRESS_ROOT"

db=redress_bench_cases
cases="${REDRESS_BENCH_CASES:-100000}"
per_case="${REDRESS_BENCH_DEADLINES_PER_CASE:-10}"
warmup="${REDRESS_BENCH_WARMUP:-300}"
requests="${REDRESS_BENCH_REQUESTS:-1000}"
clients="${REDRESS_BENCH_CLIENTS:-1 4}"
java_opts="${REDRESS_BENCH_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC}"
svc=cases-service
app="$REDRESS_ROOT/$svc/target/quarkus-app"
out="$REDRESS_LOCAL/bench/cases"
bob_password="bob-bench-password"
mkdir -p "$out"

psql_db() { _redress_psql -d "$db" "$@"; }

stop_all_on_exit

# 1. the service's jar
build_if_missing "$svc" "$app"

# 2. the scratch database
ensure_postgres
seeded=0
if [[ -n "${REDRESS_BENCH_KEEP_DB:-}" ]] \
    && [[ "$(_redress_psql -d "$db" -Atc 'select count(*) from case_file' 2>/dev/null || echo 0)" == "$cases" ]]; then
    seeded=1
    redress_log "keeping the seeded database $db"
else
    _redress_psql -d postgres -qc "drop database if exists $db with (force)" >/dev/null
    create_database "$db"
fi

# 3. broker and Keycloak
start_artemis "$out"

kc_home="$out/keycloak-$KEYCLOAK_VERSION"
if [[ ! -x "$kc_home/bin/kc.sh" ]]; then
    rm -rf "$kc_home"
    cp -a "$KEYCLOAK_HOME" "$kc_home"
fi
rm -rf "$kc_home/data/h2" "$kc_home/data/transaction-logs"
mkdir -p "$kc_home/data/import"
cp -f deploy/keycloak/redress-realm.json "$kc_home/data/import/redress-realm.json"
kc_port="$(free_port)"
kc_mgmt_port="$(free_port)"
start keycloak "$out/keycloak.log" "$kc_home" env JAVA_HOME="$(find_java21)" \
    REDRESS_ALICE_PASSWORD=alice-bench-password REDRESS_BOB_PASSWORD="$bob_password" \
    REDRESS_VISITOR_PASSWORD=visitor-bench-password \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin-bench-password \
    "$kc_home/bin/kc.sh" start-dev --import-realm --http-host=127.0.0.1 --http-port="$kc_port" \
    --http-management-port="$kc_mgmt_port" --health-enabled=false --metrics-enabled=false \
    --spi-theme--folder--dir="$REDRESS_ROOT/deploy/keycloak/themes"
wait_for_port "$amqp_port" 60 "${started[artemis]}"
wait_for_http "http://127.0.0.1:$kc_port/realms/redress/.well-known/openid-configuration" 300 "${started[keycloak]}"
redress_log "Artemis on $amqp_port, Keycloak on $kc_port"

# 4. the service
http_port="$(free_port)"
mgmt_port="$(free_port)"
java_bin="$(service_java)"
mapfile -t service_opts < <(REDRESS_JAVA_OPTS="$java_opts" service_java_opts "$svc" "$java_bin")
start service "$out/service.log" "$app" env \
    QUARKUS_HTTP_PORT="$http_port" QUARKUS_MANAGEMENT_PORT="$mgmt_port" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$(_redress_pg_host):$(_redress_pg_port)/$db" \
    QUARKUS_DATASOURCE_USERNAME="$(_redress_pg_user)" \
    QUARKUS_OIDC_AUTH_SERVER_URL="http://127.0.0.1:$kc_port/realms/redress" \
    AMQP_PORT="$amqp_port" \
    "$java_bin" "${service_opts[@]}" -jar quarkus-run.jar
wait_for_http "http://127.0.0.1:$mgmt_port/q/health/ready" 120 "${started[service]}"
redress_log "cases-service ready on 127.0.0.1:$http_port (database $db)"

# 5. the seed
if [[ "$seeded" == 0 ]]; then
    redress_log "seeding $cases cases with $((cases * per_case)) deadlines ..."
    t0=$(date +%s)
    psql_db -q -v cases="$cases" -v deadlines_per_case="$per_case" -f "$here/cases-seed.sql" | tee "$out/seed.txt"
    redress_log "seeded in $(( $(date +%s) - t0 )) s"
fi
psql_db -Atc "select reference from case_file order by md5(reference) limit 5000" >"$out/references.txt"

# 6. the load
echo
echo "staff pages with $(psql_db -Atc 'select count(*) from case_file') cases and $(psql_db -Atc 'select count(*) from deadline') deadlines, logged in as bob ($(date -u '+%Y-%m-%d %H:%M UTC'))"
: >"$out/results.txt"
for n in $clients; do
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m "$here/cases-load.java" \
        "http://127.0.0.1:$http_port" "http://127.0.0.1:$kc_port/realms/redress/protocol/openid-connect/token" \
        "$bob_password" "$out/references.txt" "$warmup" "$requests" "$n" | tee -a "$out/results.txt"
done

# 7. verdict: p95 < 100 ms for each page, at every step
echo
failed=0
while read -r line; do
    p95="$(awk '{print $(NF-2)}' <<<"$line")"
    verdict=met
    awk -v p="$p95" 'BEGIN { exit !(p < 100) }' || { verdict="NOT met"; failed=1; }
    echo "p95 < 100 ms, ${line%% /*}: $verdict ($p95 ms)"
done < <(grep -E '^(dashboard|case list|case page)' "$out/results.txt" | sed 's/ *(\([0-9]*\) req\/s)$//')
echo "service JVM: $("$java_bin" -version 2>&1 | head -1); ${service_opts[*]}"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2 / 1048576)}' /proc/meminfo) GB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$failed"
