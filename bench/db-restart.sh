#!/usr/bin/env bash
# A PostgreSQL restart under load: 500 reminders fall due in notifications-service while `pg_ctlcluster
# restart` runs, and cases-service is asked a read every 50 ms throughout (its calendar feed for an
# unknown secret address: a database lookup answered 404). Counted: reminders lost, different emails
# to one recipient, reads answered with anything but 404, and the time from the restart to the last
# email. Targets: 0 lost, 0 different duplicates, 0 failed reads (no 5xx).
#
#   bench/db-restart.sh    (as root, on a machine whose PostgreSQL may be restarted: it restarts the
#                           cluster serving 127.0.0.1:5432 with pg_ctlcluster; every client of it sees it)
#
# Everything else as bench/recovery.sh: scratch database redress_bench_dbrestart, a fresh Artemis,
# the recording SMTP server, the packaged service; logs in .local/bench/db-restart/. Bounded: at most
# 120 s for the emails.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../deploy/lib/components.sh
source "$here/../deploy/lib/components.sh"
# shellcheck source=lib.sh
source "$here/lib.sh"
cd "$REDRESS_ROOT"

local_cluster
db=redress_bench_dbrestart
cases_db=redress_bench_dbrestart_cases
n="${REDRESS_BENCH_COUNT:-500}"
out="$REDRESS_LOCAL/bench/db-restart"
mkdir -p "$out"

stop_all_on_exit

build_if_missing notifications-service "$REDRESS_ROOT/notifications-service/target/quarkus-app"
build_if_missing cases-service "$REDRESS_ROOT/cases-service/target/quarkus-app"
fresh_database "$db"
fresh_database "$cases_db"
start_artemis "$out"
start_recording_smtp "$out"
wait_for_port "$amqp_port" 60 "${started[artemis]}"
start_notifications a "$out/service.log" "$(free_port)" "$(free_port)" "$db"
cases_port="$(free_port)"
start_service cases-service cases "$out/cases.log" "$cases_port" "$(free_port)" "$cases_db"

# the prober: one line per read, "<ms> <status> <seconds taken>"
probes="$out/probes.txt"
: >"$probes"
feed="http://127.0.0.1:$cases_port/calendar/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE.ics"
start prober "$out/prober.log" "$REDRESS_ROOT" bash -c \
    "while :; do echo \"\$(date +%s%3N) \$(curl -s -o /dev/null -m 15 -w '%{http_code} %{time_total}' '$feed')\" >>'$probes'; sleep 0.05; done"
sleep 1

phase="pg-$RANDOM"
now_ms="$(date +%s%3N)"
due_ms=$((now_ms + 3000))
due="$(date -u -d "@$((due_ms / 1000)).$(printf '%03d' $((due_ms % 1000)))" '+%Y-%m-%dT%H:%M:%S.%3NZ')"
_redress_psql -d "$db" -q -v n="$n" -v phase="$phase" -v due="$due" -f "$here/reminders-seed.sql"
sleep "$(awk -v ms=$((due_ms - $(date +%s%3N) - 200)) 'BEGIN { printf "%.3f", (ms > 0 ? ms / 1000 : 0) }')"
restart_ms="$(date +%s%3N)"
restart_postgres
back_ms="$(date +%s%3N)"
limit=$((SECONDS + 120))
while (( $(grep -c " $phase-" "$received" || true) < n && SECONDS < limit )); do
    sleep 0.5
done
sleep 3
stop prober
read -r got twice last < <(grep " $phase-" "$received" | sort -n -k1,1 | awk '
    { last = $1; if (!(($3, $2) in seen)) { seen[$3, $2] = 1; ids[$3]++ } }
    END { got = 0; twice = 0; for (r in ids) { got++; if (ids[r] > 1) twice++ }; print got, twice, last + 0 }')
read -r asked bad slowest < <(awk -v from="$restart_ms" '$1 >= from - 1000 { asked++; if ($2 != "404") bad++; if ($3 > slow) slow = $3 }
    END { print asked + 0, bad + 0, slow + 0 }' "$probes")
echo
echo "PostgreSQL restart under load ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores)"
echo "restart took $((back_ms - restart_ms)) ms (pg_ctlcluster $cluster restart, $n reminders due 200 ms after it began)"
echo "reminders: $got of $n delivered, $twice recipients with two different emails, the last $((last - restart_ms)) ms after the restart began"
echo "reads of cases-service from 1 s before the restart: $asked, $bad answered other than 404 (the slowest took $slowest s)"
awk -v from="$restart_ms" '$1 >= from - 1000 && $2 != "404" { print "  " $1 - from " ms: " $2 }' "$probes" | head -20
verdict=0
((got == n && twice == 0 && bad == 0)) || verdict=1
echo "verdict: $([[ $verdict == 0 ]] && echo ok || echo FAILED)"
exit "$verdict"
