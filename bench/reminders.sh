#!/usr/bin/env bash
# Reminders due at one instant: the delay from each reminder's instant to the SMTP server accepting
# its email (p50/p99/max), emails per second, and no duplicate or lost email, for 1, 1,000 and
# 100,000 reminders; beside it the ceiling of plain SMTP sends to the same server from one JVM.
# Targets: one reminder p99 < 2 s; in bulk >= 500 emails/s or 50% of the ceiling if that is lower;
# 100,000 drained without a duplicate or a loss.
#
#   bench/reminders.sh     (on this shared machine: flock /tmp/redress-maven.lock bash bench/reminders.sh)
#
# What it does, everything on 127.0.0.1 and stopped again at the end (trap on EXIT):
#   1. builds notifications-service if its jar is missing;
#   2. drops and recreates the scratch database redress_bench_reminders (Flyway creates the tables);
#   3. starts a fresh Artemis broker (the outcome events go out through it, as in production) and
#      the SMTP server bench/reminders-smtp.java: GreenMail (greenmail-standalone from Maven Central,
#      the local stack's download) that writes the instant it accepts each message, with its
#      Message-ID and recipient;
#   4. measures the ceiling: bench/reminders-ceiling.java sends REDRESS_BENCH_CEILING emails over
#      10 kept-open SMTP connections from one JVM;
#   5. starts the packaged service against them, with its production settings;
#   6. per phase (1, 1000, 100000 by default) stores that many deadlines whose period ends at one
#      instant a few seconds ahead, one "period ended" reminder each to an address of its own
#      (bench/reminders-seed.sql, plain SQL as the deadline events would store them), waits until
#      the SMTP server has accepted them all (bounded), then 3 s more for late duplicates, and
#      prints the delays from the instant, emails/s (count / time from the instant to the last
#      email), distinct Message-IDs and recipients against the count; and the CPU time each process
#      (service, SMTP server, the database's backends, Artemis) spent per email meanwhile.
#
# Environment (defaults in brackets):
#   REDRESS_BENCH_PHASES ("1 1000 100000")   REDRESS_BENCH_CEILING (20000)
#   REDRESS_BENCH_WARMUP (2000)   reminders of a first phase that warms the JIT up, shown and checked
#                                 for loss/duplicates but not judged against the targets; 0: none
#   REDRESS_BENCH_JAVA_OPTS   the service's JVM options (default: the production ones of
#                             deploy/lib/components.sh: C1 only, serial GC, 128 MB heap, AOT cache)
#   REDRESS_PG_HOST / REDRESS_PG_PORT / REDRESS_PG_USER, REDRESS_SERVICE_JAVA_HOME (components.sh)
# Logs and the SMTP server's record: .local/bench/reminders/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../deploy/lib/components.sh
source "$here/../deploy/lib/components.sh"
# shellcheck source=lib.sh
source "$here/lib.sh"
cd "$REDRESS_ROOT"

db=redress_bench_reminders
phases="${REDRESS_BENCH_PHASES:-1 1000 100000}"
ceiling_count="${REDRESS_BENCH_CEILING:-20000}"
warmup="${REDRESS_BENCH_WARMUP:-2000}"
svc=notifications-service
app="$REDRESS_ROOT/$svc/target/quarkus-app"
out="$REDRESS_LOCAL/bench/reminders"
mkdir -p "$out"

psql_db() { _redress_psql -d "$db" "$@"; }

stop_all_on_exit

# 1. the service's jar
build_if_missing "$svc" "$app"

# 2. the scratch database
fresh_database "$db"

# 3. broker and SMTP server
start_artemis "$out"
start_recording_smtp "$out"
wait_for_port "$amqp_port" 60 "${started[artemis]}"
redress_log "Artemis on $amqp_port, SMTP (GreenMail) on $smtp_port"

# 4. the ceiling: plain SMTP from one JVM (a warm-up run of a tenth first, for the JIT)
java -cp "$GREENMAIL_JAR" "$here/reminders-ceiling.java" "$smtp_port" "$((ceiling_count / 10))" 10 >/dev/null
ceiling_line="$(java -cp "$GREENMAIL_JAR" "$here/reminders-ceiling.java" "$smtp_port" "$ceiling_count" 10)"
ceiling="$(awk '{print $2}' <<<"$ceiling_line")"

# 5. the service
http_port="$(free_port)"
start_notifications service "$out/service.log" "$http_port" "$(free_port)" "$db"
redress_log "$svc ready on 127.0.0.1:$http_port (database $db)"

# 6. the phases
echo
echo "reminders due at one instant, $svc on $(nproc) cores ($(date -u '+%Y-%m-%d %H:%M UTC'))"
echo "SMTP ceiling from one JVM (10 connections): $ceiling emails/s ($ceiling_line)"
printf '%-8s %9s %9s %9s %9s %10s %8s %8s %s\n' reminders received p50_ms p99_ms max_ms emails/s ids dups verdict
failed=0
cpu_lines=()
for spec in ${warmup/#0*/} $phases; do
    # the first phase warms the service's JIT up, as a service that has been running is; it is shown, not judged
    if [[ -n "$warmup" && "$spec" == "$warmup" && -z "${warmed:-}" ]]; then warmed=1; label="warm-up"; else label="$spec"; fi
    n="$spec"
    phase="b$n-$RANDOM"
    lead_ms=$((3000 + n / 10))   # time to store them before they fall due
    due_ms=$(( $(date +%s%3N) + lead_ms ))
    due="$(date -u -d "@$((due_ms / 1000)).$(printf '%03d' $((due_ms % 1000)))" '+%Y-%m-%dT%H:%M:%S.%3NZ')"
    psql_db -q -v n="$n" -v phase="$phase" -v due="$due" -f "$here/reminders-seed.sql"
    stored_ms="$(date +%s%3N)"
    mapfile -t backends < <(psql_db -Atc "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")
    cpu_before=("$(session_cpu_ms service)" "$(session_cpu_ms smtp)" "$(cpu_ms "${backends[@]}")" "$(session_cpu_ms artemis)")
    ((stored_ms < due_ms)) || redress_err "storing $n reminders took longer than the lead of $lead_ms ms: the delays include it"
    limit=$((SECONDS + 60 + n / 100))
    while (( $(grep -c " $phase-" "$received" || true) < n && SECONDS < limit )); do
        sleep 0.5
    done
    cpu_after=("$(session_cpu_ms service)" "$(session_cpu_ms smtp)" "$(cpu_ms "${backends[@]}")" "$(session_cpu_ms artemis)")
    sleep 3   # a duplicate would arrive now
    read -r count p50 p99 max rate ids rcpts < <(grep " $phase-" "$received" | sort -n -k1,1 | awk -v due="$due_ms" '
        { delays[NR] = $1 - due; last = $1; id[$2] = 1; to[$3] = 1 }
        END {
            n = NR; ni = 0; nr = 0
            for (k in id) ni++
            for (k in to) nr++
            if (n == 0) { print 0, "-", "-", "-", 0, 0, 0; exit }
            i50 = int(n * 0.50 + 0.999); i99 = int(n * 0.99 + 0.999)
            span = (last - due) / 1000; if (span < 0.001) span = 0.001
            printf "%d %d %d %d %.0f %d %d\n", n, delays[i50], delays[i99], delays[n], n / span, ni, nr
        }')
    dups=$((count - ids))
    verdict="ok"
    if ((ids != n || rcpts != n || dups != 0)); then verdict="LOSS OR DUPLICATE"; failed=1; fi
    if [[ "$label" == warm-up ]]; then
        [[ "$verdict" == ok ]] && verdict="ok, warm-up (not judged)"
    elif ((n == 1)); then
        if [[ "$p99" != "-" ]] && ((p99 >= 2000)); then verdict="p99 NOT under 2 s"; failed=1; fi
    elif ((n >= 1000)); then
        target=500
        half=$(awk -v c="$ceiling" 'BEGIN { printf "%d", c / 2 }')
        ((half < target)) && target=$half
        if ((rate < target)); then verdict="$verdict, below $target/s"; failed=1; else verdict="$verdict, >= $target/s"; fi
    fi
    printf '%-8s %9s %9s %9s %9s %10s %8s %8s %s\n' "$label" "$count" "$p50" "$p99" "$max" "$rate" "$ids" "$dups" "$verdict"
    cpu_lines+=("$(awk -v label="$label" -v n="$n" -v s="${cpu_before[0]}" -v S="${cpu_after[0]}" -v m="${cpu_before[1]}" -v M="${cpu_after[1]}" \
        -v p="${cpu_before[2]}" -v P="${cpu_after[2]}" -v a="${cpu_before[3]}" -v A="${cpu_after[3]}" 'BEGIN {
        printf "%-8s %9.2f %9.2f %11.2f %9.2f %9.2f\n", label, (S - s) / n, (M - m) / n, (P - p) / n, (A - a) / n,
            (S - s + M - m + P - p + A - a) / n }')")
done
echo
echo "CPU time per email from the instant to the last email (ms; 2 cores give 2,000 ms per second):"
printf '%-8s %9s %9s %11s %9s %9s\n' reminders service smtp postgresql artemis total
printf '%s\n' "${cpu_lines[@]}"
echo "service JVM: $("$java_bin" -version 2>&1 | head -1); ${service_opts[*]}"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2 / 1048576)}' /proc/meminfo) GB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$failed"
