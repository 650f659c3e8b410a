#!/usr/bin/env bash
# Recovery of reminders from a crash: 1,000 response periods end at one instant, and just after it
# (0.3 s) notifications-service is killed with SIGKILL, mid-send. Measured: the delay from the instant
# to the SMTP server accepting each "period ended" email (p50/p99/max), lost reminders, copies of one
# email (same Message-ID, which mail systems drop) and recipients who got two different emails.
#   baseline  one instance, no fault: the figure the others compare with, measured in the same run
#   restart   one instance, killed, started again 2 s later        target: p99 < 15 s, none lost
#   pair      two instances, one killed, no restart: the other takes over   target: p99 < 10 s
# Every scenario: 0 lost, 0 recipients with two different emails.
#
#   bench/recovery.sh     (on this shared machine: flock /tmp/redress-maven.lock bash bench/recovery.sh)
#
# Everything on 127.0.0.1, stopped again at the end (trap on EXIT): a scratch database
# redress_bench_recovery, a fresh Artemis, the recording SMTP server of bench/reminders.sh
# (bench/reminders-smtp.java), and the packaged service with its production JVM options
# (deploy/lib/components.sh), built first if its jar is missing. A first round of 500 reminders warms
# the JIT up and is not judged. Bounded: each scenario waits at most 120 s for its emails.
#
# Environment: REDRESS_BENCH_COUNT (1000) reminders per scenario; REDRESS_BENCH_JAVA_OPTS, REDRESS_PG_*
# as bench/reminders.sh. Logs and the SMTP server's record: .local/bench/recovery/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../deploy/lib/components.sh
source "$here/../deploy/lib/components.sh"
# shellcheck source=lib.sh
source "$here/lib.sh"
cd "$REDRESS_ROOT"

db=redress_bench_recovery
count="${REDRESS_BENCH_COUNT:-1000}"
svc=notifications-service
app="$REDRESS_ROOT/$svc/target/quarkus-app"
out="$REDRESS_LOCAL/bench/recovery"
mkdir -p "$out"

psql_db() { _redress_psql -d "$db" "$@"; }

stop_all_on_exit

build_if_missing "$svc" "$app"
fresh_database "$db"
start_artemis "$out"
start_recording_smtp "$out"
wait_for_port "$amqp_port" 60 "${started[artemis]}"
declare -A http_port=([a]="$(free_port)" [b]="$(free_port)")
declare -A mgmt_port=([a]="$(free_port)" [b]="$(free_port)")

# instance NAME: starts instance NAME (a or b) of the service and waits until it is ready
instance() {
    start_notifications "$1" "$out/service-$1.log" "${http_port[$1]}" "${mgmt_port[$1]}" "$db"
}


now_ms() { date +%s%3N; }
sleep_until_ms() {
    local left=$(($1 - $(now_ms)))
    ((left <= 0)) || sleep "$(awk -v ms="$left" 'BEGIN { printf "%.3f", ms / 1000 }')"
}

# scenario LABEL N FAULT TARGET_MS: N reminders due 3 s ahead; FAULT (none, restart, pair) just after
# they fall due; prints one line of the table
scenario() {
    local label="$1" n="$2" fault="$3" target="$4" phase="r$1-$RANDOM"
    local due_ms=$(( $(now_ms) + 3000 + n / 10 ))
    local due
    due="$(date -u -d "@$((due_ms / 1000)).$(printf '%03d' $((due_ms % 1000)))" '+%Y-%m-%dT%H:%M:%S.%3NZ')"
    psql_db -q -v n="$n" -v phase="$phase" -v due="$due" -f "$here/reminders-seed.sql"
    local sending=-
    if [[ "$fault" != none ]]; then
        sleep_until_ms $((due_ms + 300))
        crash a
        sending="$(psql_db -Atc "select count(*) from delivery where status = 'SENDING' and recipient like '$phase-%'")"
        if [[ "$fault" == restart ]]; then
            sleep 2
            instance a
        fi
    fi
    local limit=$((SECONDS + 120))
    while (( $(grep -c " $phase-" "$received" || true) < n && SECONDS < limit )); do
        sleep 0.5
    done
    sleep 3   # a late copy would arrive now
    local line
    line="$(grep " $phase-" "$received" | sort -n -k1,1 | awk -v due="$due_ms" -v n="$n" '
        { delays[NR] = $1 - due; id[$2] = 1; if (!(($3, $2) in pair)) { pair[$3, $2] = 1; ids[$3]++ } }
        END {
            got = 0; twice = 0
            for (r in ids) { got++; if (ids[r] > 1) twice++ }
            ni = 0; for (k in id) ni++
            if (NR == 0) { print 0, 0, "-", "-", "-", 0, 0; exit }
            i50 = int(NR * 0.50 + 0.999); i99 = int(NR * 0.99 + 0.999)
            # delays sorted already (by acceptance time); the lost count as beyond any delay
            p99 = (i99 <= NR && got == n) ? delays[i99] : "lost"
            printf "%d %d %s %s %s %d %d\n", NR, got, delays[i50], p99, delays[NR], NR - ni, twice }')"
    local emails got p50 p99 max copies twice
    read -r emails got p50 p99 max copies twice <<<"$line"
    local verdict=ok
    if ((got != n)); then verdict="LOST $((n - got))"; failed=1
    elif ((twice != 0)); then verdict="TWO DIFFERENT EMAILS to $twice"; failed=1
    elif [[ "$target" != - ]] && ((p99 >= target)); then verdict="p99 NOT under $((target / 1000)) s"; failed=1
    elif [[ "$target" != - ]]; then verdict="ok, p99 < $((target / 1000)) s"
    fi
    [[ "$label" == warm-up ]] && verdict="$verdict (not judged)"
    printf '%-9s %9s %9s %10s %8s %8s %8s %8s %8s %s\n' "$label" "$n" "$sending" "$got" "$p50" "$p99" "$max" "$copies" "$twice" "$verdict"
}

failed=0
instance a
echo
echo "recovery of $count reminders due at one instant, $svc on $(nproc) cores ($(date -u '+%Y-%m-%d %H:%M UTC'))"
printf '%-9s %9s %9s %10s %8s %8s %8s %8s %8s %s\n' scenario reminders sending¹ recipients p50_ms p99_ms max_ms copies² twice³ verdict
scenario warm-up 500 none -
scenario baseline "$count" none -
scenario restart "$count" restart 15000
instance b
scenario pair "$count" pair 10000
echo "¹ emails claimed mid-send (SENDING) by the killed instance when it died"
echo "² the same email (same Message-ID) accepted again: what a crash mid-send costs; mail systems drop the copy"
echo "³ recipients who got two different emails (different Message-IDs): must be 0"
echo "service JVM: $("$java_bin" -version 2>&1 | head -1); ${service_opts[*]}"
echo "machine: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$failed"
