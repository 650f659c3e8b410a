#!/usr/bin/env bash
# Complaint intake throughput: complaints submitted through the JSON API over loopback, at rising
# concurrency and at a fixed offered rate, beside the ceiling of plain single-row inserts into the
# same PostgreSQL, all in one run.
#
#   bench/complaints.sh
#
# What it does, everything on 127.0.0.1 and stopped again at the end (trap on EXIT):
#   1. builds complaints-service if its jar is missing;
#   2. drops and recreates the scratch database redress_bench_complaints (the service's Flyway
#      migrations create its tables), so every run starts empty;
#   3. starts a fresh Artemis broker on free ports (the outbox relay publishes every complaint's
#      event to it, as in production) and the packaged service on a free port, with the per-IP rate
#      limit switched off (all the load comes from one address) and no OIDC tenant (no Keycloak);
#   4. runs bench/LoadGenerator.java: a warm-up, closed-loop steps at 1, 8, 16, 32 and 64 clients
#      (each client sends its next complaint when the previous one was answered), then an open-loop
#      step at 1,000 complaints per second (latency counted from each request's due time, so
#      queueing is not hidden); before each step it pauses (5 s) so the service finishes what the
#      previous step left (the relay publishing its last events), and opens the step's connections
#      before the step's clock starts; it prints one row per step: requests, accepted (201), errors,
#      accepted per second, p50/p95/p99/max latency, and the CPU milliseconds the service, PostgreSQL
#      (all its processes) and Artemis spent per accepted complaint during the step;
#   5. waits for the outbox relay to publish every event, then checks that the complaint table holds
#      exactly as many rows as there were 201 answers;
#   6. stops the service and the broker and measures the ceiling: pgbench, 64 clients, one plain
#      single-row INSERT per transaction into a scratch table of the same database;
#   7. prints the figures against the targets (>= 2,000 accepted/s at 64 clients with p99 < 50 ms;
#      p99 < 50 ms at 1,000/s offered).
# The whole run takes about 4 minutes. Exit status 1 if the row count differs from the 201 answers.
#
# Environment (defaults in brackets):
#   REDRESS_BENCH_CLIENTS ("1 8 16 32 64")  closed-loop steps      REDRESS_BENCH_STEP_SECONDS (15)
#   REDRESS_BENCH_RATE (1000)               open-loop rate per s   REDRESS_BENCH_OPEN_SECONDS (20)
#   REDRESS_BENCH_WARMUP_SECONDS (45)       warm-up at 32 clients (the C2 compiler's), not reported
#   REDRESS_BENCH_JAVA_OPTS                 the service's JVM options (default below: full C2
#                                           compiler, fixed 512 MB heap, G1: for sustained load,
#                                           not the local stack's start-up-first C1-only options;
#                                           the parallel collector gave no more throughput, and it
#                                           stops everything for a full collection of 100 ms or more
#                                           whenever class metadata or compiled code crosses a
#                                           threshold, minutes into the load; G1 does that work
#                                           concurrently)
#   REDRESS_BENCH_DB_POOL (12)              JDBC connection pool of the service (the group commit's
#                                           committers, the outbox relay, validation's lookups)
#   REDRESS_BENCH_WORKER_THREADS (8)        the service's worker threads: each reads and validates a
#                                           request, then hands it to the group commit and is free
#   REDRESS_COMPLAINTS_GROUP_COMMIT_*       passed on to the service (committers, max-size; see
#                                           complaints-service's application.properties)
#   REDRESS_BENCH_BATCH_SIZE (50)           Hibernate JDBC statement batch size
#   REDRESS_BENCH_SKIP_CEILING              set: no pgbench step (when comparing service settings)
#   REDRESS_BENCH_SETTLE_SECONDS (5)        pause before each step
#   REDRESS_BENCH_TIMELINE                  a folder: each step's requests go to a file there, one
#                                           line each (epoch ms when due or sent, latency in µs), to
#                                           see when the slow ones happened
#   REDRESS_BENCH_APP                       another build's quarkus-app folder to measure
#                                           (default: complaints-service/target/quarkus-app)
#   REDRESS_PG_HOST / REDRESS_PG_PORT / REDRESS_PG_USER, REDRESS_SERVICE_JAVA_HOME (components.sh)
# Logs: .local/bench/complaints/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../deploy/lib/components.sh
source "$here/../deploy/lib/components.sh"
# shellcheck source=lib.sh
source "$here/lib.sh"
cd "$REDRESS_ROOT"

db=redress_bench_complaints
clients="${REDRESS_BENCH_CLIENTS:-1 8 16 32 64}"
step_seconds="${REDRESS_BENCH_STEP_SECONDS:-15}"
rate="${REDRESS_BENCH_RATE:-1000}"
open_seconds="${REDRESS_BENCH_OPEN_SECONDS:-20}"
warmup_seconds="${REDRESS_BENCH_WARMUP_SECONDS:-45}"
java_opts="${REDRESS_BENCH_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseG1GC -XX:+AlwaysPreTouch}"
pool="${REDRESS_BENCH_DB_POOL:-12}"
workers="${REDRESS_BENCH_WORKER_THREADS:-8}"
batch="${REDRESS_BENCH_BATCH_SIZE:-50}"
svc=complaints-service
app="${REDRESS_BENCH_APP:-$REDRESS_ROOT/$svc/target/quarkus-app}"
out="$REDRESS_LOCAL/bench/complaints"
mkdir -p "$out"

psql_db() { _redress_psql -d "$db" "$@"; }

stop_all_on_exit

# 1. the service's jar
build_if_missing "$svc" "$app"

# 2. a fresh scratch database
fresh_database "$db"

# 3. the broker and the service
start_artemis "$out"
http_port="$(free_port)"
mgmt_port="$(free_port)"
wait_for_port "$amqp_port" 60 "${started[artemis]}"

java_bin="$(service_java)"
mapfile -t service_opts < <(REDRESS_JAVA_OPTS="$java_opts" service_java_opts "$svc" "$java_bin")
start service "$out/service.log" "$app" env \
    QUARKUS_HTTP_PORT="$http_port" QUARKUS_MANAGEMENT_PORT="$mgmt_port" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$(_redress_pg_host):$(_redress_pg_port)/$db" \
    QUARKUS_DATASOURCE_USERNAME="$(_redress_pg_user)" \
    QUARKUS_DATASOURCE_JDBC_MAX_SIZE="$pool" \
    QUARKUS_THREAD_POOL_MAX_THREADS="$workers" \
    QUARKUS_HIBERNATE_ORM_JDBC_STATEMENT_BATCH_SIZE="$batch" \
    AMQP_PORT="$amqp_port" \
    REDRESS_COMPLAINTS_RATE_LIMIT_ENABLED=false \
    QUARKUS_OIDC_TENANT_ENABLED=false \
    "$java_bin" "${service_opts[@]}" -jar quarkus-run.jar
wait_for_http "http://127.0.0.1:$mgmt_port/q/health/ready" 90 "${started[service]}"
redress_log "complaints-service ready on 127.0.0.1:$http_port (broker on $amqp_port, database $db)"

# 4. the load
steps=("warmup:32:$warmup_seconds")
for n in $clients; do steps+=("closed:$n:$step_seconds"); done
steps+=("open:$rate:$open_seconds")
echo
echo "complaint intake, POST /api/complaints over loopback ($(date -u '+%Y-%m-%d %H:%M UTC'))"
# per step, the CPU time each process spent per accepted complaint (service, PostgreSQL with all its
# processes, Artemis), appended to the step's row: robust to other load on the machine where throughput
# is not, so two builds compare by it
postgres_cpu_ms() { cpu_ms $(pgrep -x postgres); }
cpu_now() { echo "$(session_cpu_ms service) $(postgres_cpu_ms) $(session_cpu_ms artemis)"; }
with_cpu_per_step() {
    local line="" before="" now=""
    while IFS= read -r line; do
        now="$(cpu_now)"
        if [[ "$line" == step* ]]; then
            line="$line   CPU ms/complaint: service postgres artemis"
        elif [[ "$line" != TOTAL* && -n "$before" ]]; then
            line="$line$(awk -v b="$before" -v a="$now" -v n="$(awk '{print $4}' <<<"$line")" 'BEGIN {
                split(b, x, " "); split(a, y, " ")
                if (n > 0) printf "   %25.3f %8.3f %7.3f", (y[1] - x[1]) / n, (y[2] - x[2]) / n, (y[3] - x[3]) / n }')"
        fi
        before="$now"
        echo "$line"
    done
}
generator_opts=(-Dredress.bench.settle="${REDRESS_BENCH_SETTLE_SECONDS:-5}")
if [[ -n "${REDRESS_BENCH_TIMELINE:-}" ]]; then
    mkdir -p "$REDRESS_BENCH_TIMELINE"
    generator_opts+=(-Dredress.bench.timeline="$REDRESS_BENCH_TIMELINE")
fi
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -Xss256k "${generator_opts[@]}" "$here/LoadGenerator.java" \
    "http://127.0.0.1:$http_port/api/complaints" "${steps[@]}" | with_cpu_per_step | tee "$out/results.txt"
accepted="$(sed -n 's/^TOTAL accepted=\([0-9]*\).*/\1/p' "$out/results.txt")"

# 5. every 201 committed, every event published
pending=-1
for ((i = 0; i < 60; i++)); do
    pending="$(psql_db -Atc 'select count(*) from outbox_message where published_at is null')"
    [[ "$pending" == 0 ]] && break
    sleep 1
done
rows="$(psql_db -Atc 'select count(*) from complaint')"
events="$(psql_db -Atc 'select count(*) from outbox_message where published_at is not null')"
# nothing consumes the events here: past its memory limit (about 110,000 complaints) the broker pages
# them to disk, which costs it more CPU per event in the later steps (a test with three consumers
# draining the queues, as the suite's services would, cost more still: the deliveries)
paged="$(grep -c AMQ222038 "$out/artemis.log" || true)"
stop service
stop artemis

# 6. the ceiling: plain single-row inserts, 64 clients, same database
if [[ -n "${REDRESS_BENCH_SKIP_CEILING:-}" ]]; then
    echo "rows in complaint: $rows; 201 answers: $accepted; events published: $events; still unpublished: $pending"
    [[ "$rows" == "$accepted" ]] || exit 1
    exit 0
fi
psql_db -qc 'create table bench_insert (id bigserial primary key, payload text not null, created_at timestamptz not null default now())' >/dev/null
printf '%s\n' "insert into bench_insert (payload) values ('a complaint-sized row of text, about as long as the one a complaint carries');" >"$out/insert.sql"
pgbench="$(ls -d /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -1)"
pgbench="${pgbench:-pgbench}"
PGPASSWORD="${REDRESS_PG_PASSWORD:-}" "$pgbench" -n -c 64 -j 2 -T "$step_seconds" -r -f "$out/insert.sql" \
    -h "$(_redress_pg_host)" -p "$(_redress_pg_port)" -U "$(_redress_pg_user)" "$db" >"$out/pgbench.txt" 2>&1
ceiling_tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$out/pgbench.txt" | head -1)"
ceiling_latency="$(sed -n 's/^latency average = \(.*\)$/\1/p' "$out/pgbench.txt")"

# 7. figures
row64="$(grep -E '^64 clients ' "$out/results.txt" || true)"
row_open="$(grep -E "^$rate/s open " "$out/results.txt" || true)"
verdict() { if [[ "$1" == 1 ]]; then echo met; else echo "NOT met"; fi; }
echo
echo "ceiling, pgbench: 64 clients, one single-row INSERT per transaction, ${step_seconds} s: ${ceiling_tps%.*} tps, latency average $ceiling_latency"
echo "synchronous_commit=$(psql_db -Atc 'show synchronous_commit'), PostgreSQL $(psql_db -Atc 'show server_version')"
echo "rows in complaint: $rows; 201 answers: $accepted; events published: $events; still unpublished: $pending"
if [[ -n "$row64" ]]; then
    echo "target 64 clients >= 2000/s and p99 < 50 ms: $(verdict "$(awk '{print ($6 >= 2000 && $9 < 50) ? 1 : 0}' <<<"$row64")")"
fi
if [[ -n "$row_open" ]]; then
    echo "target p99 < 50 ms at $rate/s offered: $(verdict "$(awk '{print ($9 < 50) ? 1 : 0}' <<<"$row_open")")"
fi
echo "broker: events kept (no consumer); addresses that began paging to disk during the run: $paged"
echo "service JVM: $("$java_bin" -version 2>&1 | head -1); ${service_opts[*]}; JDBC pool $pool, $workers worker threads, batch size $batch"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2 / 1048576)}' /proc/meminfo) GB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "$rows" != "$accepted" ]]; then
    redress_err "the complaint table holds $rows rows but $accepted complaints were answered 201"
    exit 1
fi
