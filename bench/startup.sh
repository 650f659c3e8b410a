#!/usr/bin/env bash
# Start-up time and idle memory of each service's container image, run the way a deployment runs it:
# profile prod, every setting from REDRESS_* variables, under Podman with a memory limit.
#
#   bench/startup.sh [runs]          (default: 5 runs per service)
#
# It builds what is missing (the services' jars, the base image, the images: deploy/containers/build.sh),
# uses the local stack's PostgreSQL and Keycloak (starting them with
# `REDRESS_SKIP_SERVICES=1 deploy/local/start.sh --detach` when Keycloak is not listening), and starts an
# Artemis broker of its own with a login that is not the local stack's (profile prod refuses that one).
# Each service's image then starts `runs` times with `podman run --network host --memory 384m --cpus 1`,
# and for each run it records
#   - ready:   wall time from `podman run` to the first 200 of /q/health/ready on the management port
#              (Podman's own start of the container included);
#   - quarkus: the "started in" figure Quarkus logs (the JVM's share of it);
#   - rss:     the java process's resident memory (VmRSS) after REDRESS_BENCH_IDLE seconds idle (20).
# The same run also starts each image once without its trained start-up cache (REDRESS_STARTUP_CACHE=off):
# the reference that shows how fast the machine is today. Median and worst are printed beside the
# ceilings of issue 15 (2 s, 180 MB). Everything it started is stopped at the end but the local stack.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../deploy/lib/components.sh
source "$here/../deploy/lib/components.sh"
# shellcheck source=lib.sh
source "$here/lib.sh"
# shellcheck source=../deploy/lib/podman.sh
source "$here/../deploy/lib/podman.sh"
cd "$REDRESS_ROOT"

runs="${1:-5}"
idle_seconds="${REDRESS_BENCH_IDLE:-20}"
ready_ceiling_ms=2000
rss_ceiling_mb=180
services=(complaints-service cases-service notifications-service)

ensure_podman
for svc in "${services[@]}"; do
    build_if_missing "$svc" "$REDRESS_ROOT/$svc/target/quarkus-app"
done
deploy/containers/build.sh >/dev/null
port_open 8180 || REDRESS_SKIP_SERVICES=1 deploy/local/start.sh --detach

out="$REDRESS_LOCAL/bench/startup"
rm -rf "$out"
mkdir -p "$out"

# a broker of its own, with a login of this deployment
amqp_port="$(free_port)"
amqp_user="bench"
amqp_password="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
REDRESS_AMQP_USER="$amqp_user" REDRESS_AMQP_PASSWORD="$amqp_password" \
    deploy/artemis/create-instance.sh "$out/artemis" "$amqp_port" >"$out/artemis-create.log" 2>&1
start artemis "$out/artemis.log" "$out/artemis" "$out/artemis/bin/artemis" run
containers=()
cleanup() {
    local c
    for c in "${containers[@]}"; do podman rm -f "$c" >/dev/null 2>&1 || true; done
    # (podman here has no systemd for health-check timers: it complains into podman.log, harmlessly)
    stop artemis
}
trap cleanup EXIT
wait_for_port "$amqp_port" 60 || { echo "the bench broker did not start; see $out/artemis.log" >&2; exit 1; }

declare -A database=([complaints-service]=redress_bench_complaints [cases-service]=redress_bench_cases
    [notifications-service]=redress_bench_notifications)
for svc in "${services[@]}"; do
    PGOPTIONS="--client-min-messages=warning" psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS ${database[$svc]}" -c "CREATE DATABASE ${database[$svc]}" >/dev/null
done

# run_once SVC CACHE LABEL: one start of SVC's image; appends ready ms, started-in ms and RSS MB to $out/LABEL.*
run_once() {
    local svc="$1" cache="$2" label="$3" http mgmt name start_ms pid log
    http="$(free_port)"
    mgmt="$(free_port)"
    name="redress-bench-$svc-$http"
    containers+=("$name")
    log="$out/$label-$http.log"
    start_ms=$(date +%s%3N)
    podman run -d --name "$name" --network host --memory 384m --cpus 1 \
        -e QUARKUS_HTTP_PORT="$http" -e QUARKUS_MANAGEMENT_PORT="$mgmt" -e REDRESS_STARTUP_CACHE="$cache" \
        -e REDRESS_DB_URL="jdbc:postgresql://127.0.0.1:5432/${database[$svc]}" \
        -e REDRESS_DB_USERNAME=postgres -e REDRESS_DB_PASSWORD=bench-database-password \
        -e REDRESS_AMQP_HOST=127.0.0.1 -e REDRESS_AMQP_PORT="$amqp_port" \
        -e REDRESS_AMQP_USERNAME="$amqp_user" -e REDRESS_AMQP_PASSWORD="$amqp_password" \
        -e REDRESS_OIDC_URL=http://127.0.0.1:8180/realms/redress -e REDRESS_OIDC_CLIENT_SECRET=bench-client-secret \
        -e REDRESS_SESSION_SECRET=bench-session-secret-of-more-than-32-characters \
        -e REDRESS_COMPLAINTS_URL=http://127.0.0.1:8081 -e REDRESS_CASES_URL=http://127.0.0.1:8082 \
        -e REDRESS_NOTIFICATIONS_URL=http://127.0.0.1:8083 -e REDRESS_NOTIFICATIONS_INTERNAL_URL=http://127.0.0.1:8083 \
        -e REDRESS_CASES_INTERNAL_URL=http://127.0.0.1:8082 -e REDRESS_TRUSTED_PROXIES=127.0.0.1 \
        -e REDRESS_SMTP_HOST=127.0.0.1 -e REDRESS_SMTP_PORT=3025 -e REDRESS_SMTP_USERNAME=bench \
        -e REDRESS_SMTP_PASSWORD=bench-smtp-password -e "REDRESS_MAIL_FROM=Redress <bench@redress.example>" \
        "localhost/redress/$svc:0.1.0" >/dev/null 2>>"$out/podman.log"
    # poll cheaply: a new curl every 20 ms would itself slow the start on 2 cores
    until curl -fs -o /dev/null "http://127.0.0.1:$mgmt/q/health/ready"; do
        if [[ "$(podman inspect --format '{{.State.Running}}' "$name" 2>/dev/null)" != true ]]; then
            podman logs "$name" >"$log" 2>&1 || true
            echo "$svc exited; see $log" >&2
            exit 1
        fi
        sleep 0.02
    done
    echo $(($(date +%s%3N) - start_ms)) >>"$out/$label.ready"
    sleep "$idle_seconds"
    podman logs "$name" >"$log" 2>&1
    sed -n 's/.* started in \([0-9.]*\)s.*/\1/p' "$log" | head -1 | awk '{print int($1 * 1000)}' >>"$out/$label.quarkus"
    pid="$(podman inspect --format '{{.State.Pid}}' "$name")"
    awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status" >>"$out/$label.rss"
    podman rm -f "$name" >/dev/null 2>>"$out/podman.log"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
worst() { sort -n | tail -1; }

printf '%-34s %4s %9s %9s %9s %9s %8s %8s\n' image runs ready_med ready_max quarkus_med quarkus_max rss_med rss_max
for svc in "${services[@]}"; do
    for ((i = 1; i <= runs; i++)); do
        run_once "$svc" on "$svc"
    done
    run_once "$svc" off "$svc-nocache"
    for label in "$svc" "$svc-nocache"; do
        printf '%-34s %4s %7sms %7sms %9sms %9sms %6sMB %6sMB\n' "$label" "$(wc -l <"$out/$label.ready")" \
            "$(median <"$out/$label.ready")" "$(worst <"$out/$label.ready")" \
            "$(median <"$out/$label.quarkus")" "$(worst <"$out/$label.quarkus")" \
            "$(median <"$out/$label.rss")" "$(worst <"$out/$label.rss")"
    done
done
echo "ceilings (issue 15): ready < ${ready_ceiling_ms} ms, rss < ${rss_ceiling_mb} MB"
echo "JVM in the image: $(podman run --rm --entrypoint java localhost/redress/cases-service:0.1.0 -version 2>&1 | grep -v "level=" | head -1)"
echo "JAVA_OPTS: $(podman image inspect --format '{{range .Config.Env}}{{println .}}{{end}}' localhost/redress/cases-service:0.1.0 | sed -n 's/^JAVA_OPTS=//p')"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
