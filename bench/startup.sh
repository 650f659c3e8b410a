#!/usr/bin/env bash
# Start-up time and idle memory of each packaged service, measured the way an operator runs it.
#
#   bench/startup.sh [runs]          (default: 5 runs per service)
#
# Needs the local stack's infrastructure (PostgreSQL, Artemis, Keycloak, GreenMail): it starts it
# with `REDRESS_SKIP_SERVICES=1 deploy/local/start.sh --detach` when Artemis is not listening, and
# builds the services when their jars are missing. Each service then starts on a spare port with
# the same JVM options as the local stack (service_java_opts in deploy/lib/components.sh), and reports
#   - ready: wall time from `java -jar` to the first 200 of /q/health/ready (database and broker up);
#   - quarkus: the "started in" figure Quarkus logs;
#   - rss: resident memory (VmRSS) after 20 s idle.
# Median and worst of the runs are printed. The services under test are stopped at the end;
# the infrastructure is left running (deploy/local/stop.sh stops it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../deploy/lib/components.sh
source "$here/../deploy/lib/components.sh"
cd "$REDRESS_ROOT"

runs="${1:-5}"
idle_seconds="${REDRESS_BENCH_IDLE:-20}"

if ! port_open 61616; then
  REDRESS_SKIP_SERVICES=1 deploy/local/start.sh --detach
fi
for svc in complaints-service cases-service notifications-service; do
  [ -f "$svc/target/quarkus-app/quarkus-run.jar" ] || { ./mvnw -B -q package -DskipTests; break; }
done

out="$REDRESS_LOCAL/bench"; mkdir -p "$out"
declare -A port=([complaints-service]=18081 [cases-service]=18082 [notifications-service]=18083)
declare -A mgmt=([complaints-service]=19081 [cases-service]=19082 [notifications-service]=19083)

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
worst() { sort -n | tail -1; }

printf '%-22s %6s %10s %10s %10s %10s %9s %9s\n' service runs ready_med ready_max quarkus_med quarkus_max rss_med rss_max
for svc in complaints-service cases-service notifications-service; do
  : >"$out/$svc.ready"; : >"$out/$svc.quarkus"; : >"$out/$svc.rss"
  java_bin="$(service_java)"
  mapfile -t java_opts < <(service_java_opts "$svc" "$java_bin")
  if [[ " ${java_opts[*]} " == *AOTCacheOutput* ]]; then
    # Java 25+ without this build's AOT cache: one training run records it (written at exit)
    (cd "$svc/target/quarkus-app" && QUARKUS_HTTP_PORT="${port[$svc]}" QUARKUS_MANAGEMENT_PORT="${mgmt[$svc]}" exec "$java_bin" "${java_opts[@]}" -jar quarkus-run.jar) >"$out/$svc-training.log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:${mgmt[$svc]}/q/health/ready"; do
      kill -0 "$pid" 2>/dev/null || { echo "$svc exited; see $out/$svc-training.log" >&2; exit 1; }
      sleep 0.5
    done
    curl -s -o /dev/null "http://127.0.0.1:${port[$svc]}/q/openapi"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    mapfile -t java_opts < <(service_java_opts "$svc" "$java_bin")
  fi
  for ((i = 1; i <= runs; i++)); do
    log="$out/$svc-$i.log"
    start=$(now_ms)
    (cd "$svc/target/quarkus-app" && QUARKUS_HTTP_PORT="${port[$svc]}" QUARKUS_MANAGEMENT_PORT="${mgmt[$svc]}" exec "$java_bin" "${java_opts[@]}" -jar quarkus-run.jar) >"$log" 2>&1 &
    pid=$!
    # watch the log (cheap) until Quarkus says it started, then ask for readiness: polling HTTP
    # with a new curl process every few milliseconds would itself slow the start on 2 cores
    until grep -aq ' started in ' "$log"; do
      kill -0 "$pid" 2>/dev/null || { echo "$svc exited; see $log" >&2; exit 1; }
      sleep 0.05
    done
    until curl -fs -o /dev/null "http://127.0.0.1:${mgmt[$svc]}/q/health/ready"; do
      kill -0 "$pid" 2>/dev/null || { echo "$svc exited; see $log" >&2; exit 1; }
      sleep 0.02
    done
    echo $(($(now_ms) - start)) >>"$out/$svc.ready"
    sed -n 's/.* started in \([0-9.]*\)s.*/\1/p' "$log" | head -1 | awk '{print int($1 * 1000)}' >>"$out/$svc.quarkus"
    sleep "$idle_seconds"
    awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status" >>"$out/$svc.rss"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  printf '%-22s %6s %8sms %8sms %8sms %8sms %7sMB %7sMB\n' "$svc" "$runs" \
    "$(median <"$out/$svc.ready")" "$(worst <"$out/$svc.ready")" \
    "$(median <"$out/$svc.quarkus")" "$(worst <"$out/$svc.quarkus")" \
    "$(median <"$out/$svc.rss")" "$(worst <"$out/$svc.rss")"
done
echo "JVM: $("$java_bin" -version 2>&1 | head -1); options: ${java_opts[*]}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
