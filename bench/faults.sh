#!/usr/bin/env bash
# The fault run: steady complaint intake, staff reads and reminders against two replicas of every
# service behind HAProxy, while faults are injected one after the other, then a few at random. For
# each fault it counts what the clients saw and how long the suite took to recover; at the end it
# checks that nothing acknowledged was lost.
#
#   bench/faults.sh     (as root, on a machine whose PostgreSQL may be restarted: one fault restarts
#                        the cluster serving 127.0.0.1:5432 with pg_ctlcluster; every client of it sees it)
#
# The load, all on 127.0.0.1: complaints POSTed to complaints-service (through HAProxy) at
# REDRESS_BENCH_RATE per second (bench/LoadGenerator.java, open loop); a read of cases-service
# (through HAProxy; its calendar feed for an unknown address, a database lookup answered 404) every
# 100 ms; every second, 5 response periods ending 3 s later, each one "period ended" email.
# The faults, in turn: SIGKILL of each replica (started again 2 s later), SIGKILL of Artemis (started
# again 2 s later), a PostgreSQL restart, the SMTP server refusing connections for 30 s, SIGTERM and
# restart of every replica one after the other (a rolling update); then REDRESS_BENCH_RANDOM (3)
# faults drawn from the kills, Artemis and PostgreSQL.
#
# Per fault (its window runs until the next fault): intake requests and those answered 5xx or not at
# all; reads and those answered other than 404; "ok again", from the fault to the first accepted
# complaint after the last failed one; "drained", from the moment the fault ended (a killed process
# is not waited for: the other replica serves; Artemis, PostgreSQL and SMTP: once back) to the first
# moment no work is late (no reminder due 3 s ago without its email sent, no email due 3 s ago
# unsent, no complaint event unpublished 3 s after its commit, none published and not consumed).
# At the end: complaints acknowledged (201) vs stored, events published vs consumed, reminders due
# vs delivered (once, copies with the same Message-ID, two different emails).
# Targets: 0 acknowledged complaints lost, 0 events unconsumed, 0 reminders lost, 0 two different
# emails, 0 failed reads, "drained" under 15 s for every fault. Exit status 1 if one is missed.
#
# Everything is stopped at the end (trap on EXIT): scratch databases redress_bench_faults_*, a fresh
# Artemis, the recording SMTP server (bench/reminders-smtp.java), HAProxy, six packaged services with
# REDRESS_BENCH_JAVA_OPTS (default: a 160 MB serial-GC heap, C1 only: six JVMs share 2 cores). Built
# first if a jar is missing. Bounded: each fault waits at most 60 s to drain; the run takes about
# 10 minutes. Logs, the timelines and the table: .local/bench/faults/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../deploy/lib/components.sh
source "$here/../deploy/lib/components.sh"
# shellcheck source=../deploy/lib/haproxy.sh
source "$here/../deploy/lib/haproxy.sh"
# shellcheck source=lib.sh
source "$here/lib.sh"
cd "$REDRESS_ROOT"

local_cluster
haproxy_bin="$(ensure_haproxy)"
rate="${REDRESS_BENCH_RATE:-10}"
random_faults="${REDRESS_BENCH_RANDOM:-3}"
export REDRESS_BENCH_JAVA_OPTS="${REDRESS_BENCH_JAVA_OPTS:--Xmx160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
# readiness as in production: the broker's state is not in it (profile local, which the packaged services
# run with here, adds the messaging connector's check so that the system tests start with consumers attached)
REDRESS_BENCH_JAVA_OPTS+=' -D%local.quarkus.smallrye-health.check."io.smallrye.reactive.messaging.extension.health.SmallRyeReactiveMessagingReadinessCheck".enabled=false'
# all the intake comes from one address: no per-address rate limit
export REDRESS_COMPLAINTS_RATE_LIMIT_ENABLED=false
# SIGTERM: readiness DOWN for 3 s while still serving, so that HAProxy (a check every second, out after
# two failures) stops sending requests before the replica refuses them
export QUARKUS_SHUTDOWN_DELAY=3S
out="$REDRESS_LOCAL/bench/faults"
rm -rf "$out"
mkdir -p "$out"

declare -A module=([complaints]=complaints-service [cases]=cases-service [notifications]=notifications-service)
declare -A db=([complaints]=redress_bench_faults_complaints [cases]=redress_bench_faults_cases
    [notifications]=redress_bench_faults_notifications)
replicas=(complaints-a complaints-b cases-a cases-b notifications-a notifications-b)
declare -A http_port mgmt_port
for r in "${replicas[@]}"; do
    http_port[$r]="$(free_port)"
    mgmt_port[$r]="$(free_port)"
done

psql_of() { local s="$1"; shift; _redress_psql -d "${db[$s]}" "$@"; }
now_ms() { date +%s%3N; }

stop_all_on_exit

for s in complaints cases notifications; do
    build_if_missing "${module[$s]}" "$REDRESS_ROOT/${module[$s]}/target/quarkus-app"
    fresh_database "${db[$s]}"
done
start_artemis "$out"
start_recording_smtp "$out"
wait_for_port "$amqp_port" 60 "${started[artemis]}"

# replica NAME: starts replica NAME (complaints-a, ...) and waits until it is ready; its log is
# NAME.N.log, N counting its starts
declare -A starts=()
replica() {
    local s="${1%-*}"
    starts[$1]=$((${starts[$1]:-0} + 1))
    start_service "${module[$s]}" "$1" "$out/$1.${starts[$1]}.log" "${http_port[$1]}" "${mgmt_port[$1]}" "${db[$s]}" \
        >>"$out/starts.log" 2>&1
}
for r in "${replicas[@]}"; do
    replica "$r"
done

# HAProxy in front of complaints- and cases-service, as deploy/local/start.sh --replicas puts it
complaints_port="$(free_port)"
cases_port="$(free_port)"
stats_port="$(free_port)"
haproxy_config 127.0.0.2 "$stats_port" \
    "complaints-service:$complaints_port:${http_port[complaints-a]}/${mgmt_port[complaints-a]},${http_port[complaints-b]}/${mgmt_port[complaints-b]}" \
    "cases-service:$cases_port:${http_port[cases-a]}/${mgmt_port[cases-a]},${http_port[cases-b]}/${mgmt_port[cases-b]}" \
    >"$out/haproxy.cfg"
start haproxy "$out/haproxy.log" "$out" "$haproxy_bin" -db -f "$out/haproxy.cfg"
haproxy_wait_up "$stats_port" 60 "${started[haproxy]}"

# the load: intake (LoadGenerator, one open step until the file "done" exists), reads, reminders
mkdir -p "$out/timeline"
start intake "$out/intake.log" "$REDRESS_ROOT" java -Xmx256m -Dredress.bench.settle=0 \
    -Dredress.bench.timeline="$out/timeline" -Dredress.bench.until-file="$out/done" \
    "$here/LoadGenerator.java" "http://127.0.0.1:$complaints_port/api/complaints" "open:$rate:3600"
feed="http://127.0.0.1:$cases_port/calendar/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE.ics"
start reads "$out/reads.log" "$REDRESS_ROOT" bash -c \
    "while :; do echo \"\$(date +%s%3N) \$(curl -s -o /dev/null -m 15 -w '%{http_code}' '$feed')\" >>'$out/reads.txt'; sleep 0.1; done"
# shellcheck disable=SC2016
start seeder "$out/seeder.log" "$REDRESS_ROOT" bash -c '
    source deploy/lib/components.sh
    tick=0
    while :; do
        tick=$((tick + 1))
        due_ms=$(( $(date +%s%3N) + 3000 ))
        due="$(date -u -d "@$((due_ms / 1000)).$(printf "%03d" $((due_ms % 1000)))" "+%Y-%m-%dT%H:%M:%S.%3NZ")"
        if _redress_psql -d "$1" -q -v n=5 -v phase="f$tick" -v due="$due" -f bench/reminders-seed.sql; then
            echo "$due_ms f$tick 5" >>"$2"
        fi
        sleep 1
    done' seeder "${db[notifications]}" "$out/seeded.txt"
# the lag, every 500 ms: work late by more than 3 s (-1: the database did not answer)
late_reminders="select count(*) from reminder r where r.due_at < now() - interval '3 s' and not exists
    (select 1 from delivery d where d.reminder_id = r.id and d.status = 'SENT')"
late_emails="select count(*) from delivery where status = 'PENDING' and next_attempt_at < now() - interval '3 s'
    or status = 'SENDING' and claimed_at < now() - interval '3 s'"
late_events="select count(*) from outbox_message where published_at is null and created_at < now() - interval '3 s'"
start monitor "$out/monitor.log" "$REDRESS_ROOT" bash -c '
    source deploy/lib/components.sh
    q() { local v; v="$(_redress_psql -d "$1" -Atc "$2" 2>/dev/null)" && echo "$v" || echo -1; }
    while :; do
        t=$(date +%s%3N)
        echo "$t $(q "$1" "$4") $(q "$1" "$5") $(q "$2" "$6") $(q "$3" "$6")" >>"$7"
        sleep 0.5
    done' monitor "${db[notifications]}" "${db[complaints]}" "${db[cases]}" \
    "$late_reminders" "$late_emails" "$late_events" "$out/lag.txt"

# faults.txt: one line per fault: label, when it began, when it ended (epoch ms)
faults="$out/faults.txt"
: >"$faults"
settle() {
    # until nothing is late (or 60 s), then 3 s of calm before the next fault
    local limit=$((SECONDS + 60))
    sleep 2
    while ((SECONDS < limit)); do
        [[ "$(tail -1 "$out/lag.txt")" =~ ^[0-9]+\ 0\ 0\ 0\ 0$ ]] && break
        sleep 0.5
    done
    if ((SECONDS >= limit)); then
        # what is still late, for the reader of late.txt
        { echo "== $(date -u +%T) still late after 60 s:"; psql_of notifications -c "select status, count(*),
            min(claimed_at), min(next_attempt_at), max(attempts), left(max(last_error), 100) from delivery
            where status in ('PENDING', 'SENDING') group by 1"; } >>"$out/late.txt" 2>&1 || true
    fi
    sleep 3
}
fault() {
    local kind="$1" target="${2:-}" began ended
    began="$(now_ms)"
    case "$kind" in
        kill)
            crash "$target"; ended="$(now_ms)"
            sleep 2; replica "$target" ;;
        artemis)
            crash artemis; sleep 2
            start artemis "$out/artemis.log" "$out/artemis" "$out/artemis/bin/artemis" run
            wait_for_port "$amqp_port" 60 "${started[artemis]}"; ended="$(now_ms)" ;;
        postgres)
            restart_postgres; ended="$(now_ms)" ;;
        smtp)
            stop smtp; sleep 30
            start_recording_smtp "$out" "$smtp_port"; ended="$(now_ms)" ;;
        sigterm)
            stop "$target"; ended="$(now_ms)"
            replica "$target" ;;
    esac
    echo "$kind${target:+-$target} $began $ended" >>"$faults"
    redress_log "fault $kind${target:+ $target}: $((ended - began)) ms"
    settle
}

sleep 10   # the load reaches its steady state: nothing late, then the first fault
settle
for r in "${replicas[@]}"; do fault kill "$r"; done
fault artemis
fault postgres
fault smtp
for r in "${replicas[@]}"; do fault sigterm "$r"; done
seed="${REDRESS_BENCH_SEED:-$RANDOM}"
RANDOM="$seed"
draws=("${replicas[@]/#/kill }" artemis postgres)
for ((i = 0; i < random_faults; i++)); do
    # shellcheck disable=SC2086
    fault ${draws[$((RANDOM % ${#draws[@]}))]}
done
touch "$out/done"
end_ms="$(now_ms)"
stop seeder
wait "${started[intake]}" 2>/dev/null || true
unset "started[intake]"
sleep 8   # the last reminders fall due, the last emails and events go
for p in reads monitor; do stop "$p"; done
stop smtp   # flushes its record

cat "$out"/timeline/*.txt | sort -n >"$out/intake.txt"
# per fault: intake sent / failed (5xx or no answer), reads / failed, ok again, drained
{
    printf '%-26s %7s %7s %6s %6s %9s %9s\n' fault intake failed reads failed ok_again drained
    mapfile -t lines <"$faults"
    for ((i = 0; i < ${#lines[@]}; i++)); do
        read -r label began ended <<<"${lines[$i]}"
        next="$end_ms"
        ((i + 1 < ${#lines[@]})) && next="$(awk '{ print $2 }' <<<"${lines[$((i + 1))]}")"
        read -r sent failed okagain < <(awk -v b="$began" -v n="$next" '$1 >= b && $1 < n {
                sent++; if ($3 == 201) { if (lastfail && !ok) ok = $1 + $2 / 1000 } else { failed++; lastfail = $1; ok = 0 }
                if (!first && $3 == 201) first = $1 + $2 / 1000 }
            END { printf "%d %d %d\n", sent, failed, (failed ? (ok ? ok - b : -1) : (first ? first - b : -1)) }' "$out/intake.txt")
        read -r reads badreads < <(awk -v b="$began" -v n="$next" '$1 >= b && $1 < n { r++; if ($2 != "404") bad++ }
            END { print r + 0, bad + 0 }' "$out/reads.txt")
        drained="$(awk -v e="$ended" -v n="$next" '$1 >= e && $1 < n && $2 == 0 && $3 == 0 && $4 == 0 && $5 == 0 { print $1 - e; exit }' "$out/lag.txt")"
        ((okagain >= 0)) && okagain="$okagain ms" || okagain=never
        [[ -n "$drained" ]] && drained="$drained ms" || drained=NOT
        printf '%-26s %7s %7s %6s %6s %9s %9s\n' "$label" "$sent" "$failed" "$reads" "$badreads" "$okagain" "$drained"
    done
} | tee "$out/table.txt"

# what was acknowledged, published, consumed and delivered, over the whole run
acked="$(awk '$3 == 201' "$out/intake.txt" | wc -l)"
stored="$(psql_of complaints -Atc "select count(*) from complaint")"
psql_of complaints -Atc "select id || ' ' || type from outbox_message where published_at is not null order by 1" >"$out/published.txt"
unpublished="$(psql_of complaints -Atc "select count(*) from outbox_message where published_at is null")"
for s in cases notifications; do
    psql_of "$s" -Atc "select event_id || ' ' || event_type from processed_event order by 1" >"$out/consumed-$s.txt"
done
# an event type is awaited by a service when it consumed at least one event of it
unconsumed=0
for s in cases notifications; do
    for type in $(awk '{ print $2 }' "$out/consumed-$s.txt" | sort -u); do
        missing="$(comm -23 <(awk -v t="$type" '$2 == t { print $1 }' "$out/published.txt" | sort) \
            <(awk -v t="$type" '$2 == t { print $1 }' "$out/consumed-$s.txt" | sort) | wc -l)"
        published_of_type="$(awk -v t="$type" '$2 == t' "$out/published.txt" | wc -l)"
        ((published_of_type > 0)) || continue   # another service's events
        echo "events $type: published $published_of_type, consumed by $s $((published_of_type - missing))"
        unconsumed=$((unconsumed + missing))
    done
done
due="$(awk '{ n += $3 } END { print n + 0 }' "$out/seeded.txt")"
read -r delivered copies twice < <(grep ' f[0-9]*-[0-9]*@bench' "$out/received.txt" | awk '
    { if (!(($3, $2) in seen)) { seen[$3, $2] = 1; ids[$3]++ } else copies++ }
    END { got = 0; twice = 0; for (r in ids) { got++; if (ids[r] > 1) twice++ }; print got, copies + 0, twice }')
worst="$(awk 'NR > 1 { v = ($NF == "NOT") ? 999999 : $(NF - 1); if (v > w) w = v } END { print w + 0 }' "$out/table.txt")"
echo
echo "complaints: $acked acknowledged (201), $stored stored"
echo "events: $unpublished unpublished, $unconsumed published and not consumed"
echo "reminders: $due due, $delivered delivered ($copies copies with the same Message-ID, $twice recipients with two different emails)"
echo "reads: $(awk '$2 != "404"' "$out/reads.txt" | wc -l) of $(wc -l <"$out/reads.txt") answered other than 404"
echo "slowest recovery: drained $worst ms after the fault ended (target: under 15000)"
echo "random faults drawn with REDRESS_BENCH_SEED=$seed; $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
verdict=0
((stored >= acked && unpublished == 0 && unconsumed == 0 && delivered == due && twice == 0 && worst < 15000)) || verdict=1
(($(awk '$2 != "404"' "$out/reads.txt" | wc -l) == 0)) || verdict=1
echo "verdict: $([[ $verdict == 0 ]] && echo ok || echo FAILED)"
exit "$verdict"
