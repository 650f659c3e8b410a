#!/usr/bin/env bash
# Checks deploy/compose/compose.yaml:
#
#   deploy/compose/check.sh [--static-only]
#
# static (seconds, no container):
#   1. `docker-compose -f compose.yaml --env-file example.env config -q` passes;
#   2. with no variables at all, `config` fails and names a missing variable (nothing has a default
#      that a deployment must set);
#   3. every variable of the production contract reaches the service that needs it;
#   4. artemis/broker.properties declares exactly the addresses and queues of deploy/artemis/addresses.xml.
# run (a minute or two; skipped with --static-only):
#   5. the three Redress services, as compose.yaml defines them (images, limits, read-only root,
#      capabilities, environment, health check), are started with podman-compose against the local
#      stack's PostgreSQL, Artemis, Keycloak and GreenMail (compose.local.yaml, host network: images
#      of those cannot be pulled here) and must answer 200 on /q/health/ready of their management
#      port; the images' own health command (`podman healthcheck run`) must say healthy.
#      Each service gets a database and login of its own for the check (redress_check_*), dropped
#      afterwards. The local stack is started with deploy/local/start.sh when it is not running
#      (and stopped again afterwards).
#
# Needs: docker-compose (Debian 1.29) and python3-yaml; for the run also podman, podman-compose,
# psql, curl, and the images (deploy/containers/build.sh).
# Environment: REDRESS_CHECK_TIMEOUT (seconds until all three are ready, default 120).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
STATIC_ONLY=0
[[ "${1:-}" == --static-only ]] && STATIC_ONLY=1
SERVICES=(complaints-service cases-service notifications-service)
PROJECT=redress-check
TIMEOUT="${REDRESS_CHECK_TIMEOUT:-120}"

log() { printf '[redress/compose-check] %s\n' "$*" >&2; }
fail() { printf '[redress/compose-check] FAIL: %s\n' "$*" >&2; exit 1; }

command -v docker-compose >/dev/null 2>&1 || fail "docker-compose is not installed (apt-get install -y docker-compose)"
python3 -c 'import yaml' 2>/dev/null || fail "python3-yaml is not installed (apt-get install -y python3-yaml)"
cd "$HERE"
WORK="$(mktemp -d)"

# --- 1. the example env file gives a valid file --------------------------------------------------------
docker-compose -f compose.yaml --env-file example.env config -q \
    || fail "docker-compose config -q with example.env"
log "ok: docker-compose -f compose.yaml --env-file example.env config -q"

# --- 2. no variable, no file ---------------------------------------------------------------------------
: >"$WORK/empty.env"
if env -i PATH="$PATH" HOME="${HOME:-/root}" docker-compose -f compose.yaml --env-file "$WORK/empty.env" \
    config -q >"$WORK/empty.out" 2>&1; then
    fail "config passed without any variable: something a deployment must set has a default"
fi
grep -q 'in the env file' "$WORK/empty.out" \
    || { cat "$WORK/empty.out" >&2; fail "config without variables failed, but not with a 'set ... in the env file' message"; }
log "ok: without variables config fails: $(grep -o 'set [A-Z_]*' "$WORK/empty.out" | head -n1)..."

# --- 3. the contract's variables reach each service ----------------------------------------------------
docker-compose -f compose.yaml --env-file example.env config >"$WORK/rendered.yaml"
python3 - "$WORK/rendered.yaml" <<'PY' || fail "a service lacks a variable of the production contract"
import sys, yaml
services = yaml.safe_load(open(sys.argv[1]))["services"]
common = ["DB_URL", "DB_USERNAME", "DB_PASSWORD", "AMQP_HOST", "AMQP_PORT", "AMQP_USERNAME",
          "AMQP_PASSWORD", "OIDC_URL", "OIDC_CLIENT_SECRET", "SESSION_SECRET", "COMPLAINTS_URL",
          "CASES_URL", "NOTIFICATIONS_URL", "NOTIFICATIONS_INTERNAL_URL", "TRUSTED_PROXIES"]
own = {"complaints-service": ["CASES_INTERNAL_URL"], "cases-service": [],
       "notifications-service": ["SMTP_HOST", "SMTP_PORT", "SMTP_USERNAME", "SMTP_PASSWORD", "MAIL_FROM"]}
bad = []
for svc, extra in own.items():
    env = services[svc].get("environment") or {}
    for name in ("REDRESS_" + v for v in common + extra):
        if not str(env.get(name, "")).strip():
            bad.append(f"{svc}: {name}")
    if len(str(env.get("REDRESS_SESSION_SECRET", ""))) < 32:
        bad.append(f"{svc}: REDRESS_SESSION_SECRET shorter than 32 characters")
secrets = {svc: services[svc]["environment"]["REDRESS_SESSION_SECRET"] for svc in own}
if len(set(secrets.values())) != len(secrets):
    bad.append("the three services share a session secret")
for b in bad:
    print("  missing or wrong:", b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
log "ok: every variable of the production contract is set for the service that needs it"

# --- 4. broker.properties == addresses.xml --------------------------------------------------------------
python3 - "$ROOT/deploy/artemis/addresses.xml" artemis/broker.properties <<'PY' \
    || fail "artemis/broker.properties and deploy/artemis/addresses.xml declare different queues"
import re, sys
xml = open(sys.argv[1]).read()
want = {(m.group(1), q) for m in re.finditer(r'<address name="([^"]+)">(.*?)</address>', xml, re.S)
        for q in re.findall(r'<queue name="([^"]+)">', m.group(2))}
props = open(sys.argv[2]).read()
have = set(re.findall(r'^addressConfigurations\.([^.]+)\.queueConfigs\."([^"]+)"\.durable=true$', props, re.M))
for a, q in sorted(want - have):
    print(f"  missing in broker.properties: {a}::{q}", file=sys.stderr)
for a, q in sorted(have - want):
    print(f"  not in addresses.xml: {a}::{q}", file=sys.stderr)
sys.exit(0 if want == have and want else 1)
PY
log "ok: artemis/broker.properties declares the queues of deploy/artemis/addresses.xml"

if ((STATIC_ONLY)); then
    rm -rf "$WORK"
    log "static checks passed"
    exit 0
fi

# --- 5. the services start and become ready ------------------------------------------------------------
# shellcheck source=SCRIPTDIR/../lib/podman.sh
source "$ROOT/deploy/lib/podman.sh"
ensure_podman
command -v podman-compose >/dev/null 2>&1 || fail "podman-compose is not installed (apt-get install -y podman-compose)"
command -v psql >/dev/null 2>&1 || fail "psql is not installed"
for svc in "${SERVICES[@]}"; do
    podman image exists "localhost/redress/$svc:0.1.0" \
        || fail "image localhost/redress/$svc:0.1.0 missing: run deploy/containers/build.sh"
done
for port in 18081 18082 18083 19081 19082 19083; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        fail "port $port is taken (a previous check still running? podman-compose -p $PROJECT down)"
    fi
done

infra_up() {
    (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null && (exec 3<>/dev/tcp/127.0.0.1/61616) 2>/dev/null \
        && (exec 3<>/dev/tcp/127.0.0.1/8180) 2>/dev/null && (exec 3<>/dev/tcp/127.0.0.1/3025) 2>/dev/null
}
STARTED_INFRA=0
cleanup() {
    local rc=$?
    if [[ -f "$WORK/run.yaml" && -x "$WORK/podman" ]]; then
        compose down >/dev/null 2>&1 || true
        podman network rm "${PROJECT}_default" >/dev/null 2>&1 || true
    fi
    for svc in complaints cases notifications; do
        psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS redress_check_$svc" \
            -c "DROP ROLE IF EXISTS redress_check_$svc" >/dev/null 2>&1 || true
    done
    if ((STARTED_INFRA)); then
        log "stopping the local stack started for the check ..."
        "$ROOT/deploy/local/stop.sh" >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
[[ -n "${REDRESS_CHECK_DEBUG:-}" ]] && trap - EXIT

if ! infra_up; then
    log "the local stack (PostgreSQL, Artemis, Keycloak, GreenMail) is not running; starting it ..."
    REDRESS_SKIP_SERVICES=1 "$ROOT/deploy/local/start.sh" --detach >"$WORK/infra.log" 2>&1 \
        || { tail -n 20 "$WORK/infra.log" >&2; fail "deploy/local/start.sh failed"; }
    STARTED_INFRA=1
    infra_up || fail "the local stack started but its ports do not answer"
fi

# a database and a login (not a superuser, as in compose.yaml) per service, like postgres/10-redress-databases.sh
for svc in complaints cases notifications; do
    psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 --set=name="redress_check_$svc" <<'SQL' >/dev/null 2>&1 \
        || fail "could not create the check database redress_check_$svc"
DROP DATABASE IF EXISTS :"name";
DROP ROLE IF EXISTS :"name";
CREATE ROLE :"name" LOGIN PASSWORD 'check-only-not-a-secret';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
done

# compose.yaml + compose.local.yaml, rendered; then only the three services, on the host network
docker-compose -f compose.yaml -f compose.local.yaml --env-file example.env config >"$WORK/merged.yaml"
python3 - "$WORK/merged.yaml" "$WORK/run.yaml" <<'PY'
import sys, yaml
doc = yaml.safe_load(open(sys.argv[1]))
keep = ["complaints-service", "cases-service", "notifications-service"]
services = {}
for name in keep:
    svc = doc["services"][name]
    svc.pop("depends_on", None)
    svc.pop("ports", None)
    svc.pop("networks", None)
    svc["network_mode"] = "host"
    services[name] = svc
yaml.safe_dump({"version": "3.8", "services": services}, open(sys.argv[2], "w"), sort_keys=False)
PY

# podman-compose 1.0.3 adds `--net <project>_default --network-alias <service>` even to a service with
# network_mode: host, which podman refuses; this wrapper drops those two options when --network host
# is there, and passes everything else to podman unchanged.
cat >"$WORK/podman" <<'WRAPPER'
#!/bin/bash
args=("$@")
if [[ " ${args[*]} " == *" --network host "* ]]; then
    kept=()
    for ((i = 0; i < ${#args[@]}; i++)); do
        case "${args[i]}" in
            --net | --network-alias) i=$((i + 1)) ;;
            *) kept+=("${args[i]}") ;;
        esac
    done
    args=("${kept[@]}")
fi
exec podman "${args[@]}"
WRAPPER
chmod +x "$WORK/podman"
compose() { podman-compose --podman-path "$WORK/podman" -p "$PROJECT" -f "$WORK/run.yaml" "$@"; }

log "podman-compose up: ${SERVICES[*]} (limits, read-only root, no capabilities, as in compose.yaml) ..."
compose down >/dev/null 2>&1 || true
started=$(date +%s.%N)
compose up -d >"$WORK/up.log" 2>&1 \
    || { tail -n 30 "$WORK/up.log" >&2; fail "podman-compose up failed"; }

failed=0
deadline=$((SECONDS + TIMEOUT))
declare -A mport=([complaints-service]=19081 [cases-service]=19082 [notifications-service]=19083)
for svc in "${SERVICES[@]}"; do
    container="$(podman ps -a --filter "label=io.podman.compose.project=$PROJECT" \
        --filter "label=com.docker.compose.service=$svc" --format '{{.Names}}' | head -n1)"
    [[ -n "$container" ]] || container="${PROJECT}_${svc}_1"
    url="http://127.0.0.1:${mport[$svc]}/q/health/ready"
    left=$((deadline - SECONDS))
    ((left > 0)) || left=1
    if podman_wait_http "$url" "$left" "$container"; then
        ready=$(printf '%.1f' "$(echo "$(date +%s.%N) - $started" | bc)")
        pid="$(podman inspect --format '{{.State.Pid}}' "$container")"
        rss="$(awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null || echo '?')"
        health="$(podman healthcheck run "$container" 2>/dev/null && echo healthy || echo unhealthy)"
        limits="$(podman inspect --format 'memory {{.HostConfig.Memory}} B, cpus {{.HostConfig.NanoCpus}} n, read-only {{.HostConfig.ReadonlyRootfs}}' "$container")"
        log "ok: $svc ready ($url 200) ${ready} s after up; health command: $health; RSS $rss; $limits"
        [[ "$health" == healthy ]] || failed=1
    else
        failed=1
        log "$svc did not become ready; its last log lines:"
        podman logs "$container" 2>&1 | grep -v '^[[:space:]]*at ' | grep -v SRHCK01001 | tail -n 15 >&2 || true
        curl -s --max-time 2 "$url" | tr -d '\n ' | cut -c1-400 >&2 || true
        echo >&2
    fi
done
((failed == 0)) || fail "not every service became ready and healthy"
log "all checks passed"
