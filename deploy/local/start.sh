#!/usr/bin/env bash
# Runs the whole Redress suite on this machine, without Docker.
#
#   deploy/local/start.sh [--detach] [--replicas N]
#
# Needs: a JDK 17 (default java), a JDK 21+ for Keycloak (found in /usr/lib/jvm or
# REDRESS_JAVA21_HOME), curl, unzip or python3, and PostgreSQL (installed as root
# with apt-get if missing). Everything else is downloaded from Maven Central into
# the git-ignored .local/ folder on the first run and reused afterwards.
#
# What it does:
#   1. downloads/unpacks Artemis, Keycloak, GreenMail (deploy/lib/components.sh);
#   2. makes sure PostgreSQL runs on 127.0.0.1:5432 and creates the databases
#      redress_complaints, redress_cases, redress_notifications;
#   3. builds the services (./mvnw -B -q package -DskipTests) if a
#      <module>/target/quarkus-app/quarkus-run.jar is missing or older than any
#      pom.xml or file under a src/ folder;
#   4. starts, all bound to 127.0.0.1:
#        Artemis    AMQP 61616, web console 8161      (instance .local/run/artemis)
#        Keycloak   8180 (management 9180), realm deploy/keycloak/redress-realm.json
#        GreenMail  SMTP 3025, IMAP 3143, API/UI 8025
#        complaints-service 8081, cases-service 8082, notifications-service 8083
#      and waits until each is ready;
#      with --replicas N (2 to 9), N instances of each service instead, each on ports of its own
#      (instance i: HTTP = public port + 10000 + 100*(i-1), management = 9081.. + 10000 + 100*(i-1),
#      e.g. complaints-service-1 on 18081/19081, complaints-service-2 on 18181/19181), and HAProxy
#      on the usual public ports 8081, 8082, 8083 in front of them (statistics on 8404): round
#      robin, health checks against each instance's /q/health/ready, X-Forwarded-For set by HAProxy
#      (the client's own is deleted), connections to the instances from 127.0.0.2, the one address
#      the instances trust X-Forwarded-For from (deploy/lib/haproxy.sh, docs/scaling.md);
#   5. prints the URLs and demo logins, then stays in the foreground until
#      Ctrl-C / SIGTERM, and then stops everything it started (HAProxy and the
#      services first, then GreenMail, Keycloak, Artemis).
#
# Options / environment:
#   --detach, REDRESS_DETACH=1   return after printing; stop later with deploy/local/stop.sh
#   --replicas N, REDRESS_REPLICAS=N   N instances of each service behind HAProxy (default 1:
#                                one instance per service on its public port, no HAProxy).
#                                Needs HAProxy 2.x (installed with apt-get when run as root)
#   REDRESS_PROXY_SOURCE         the address HAProxy connects to the instances from, which they
#                                trust X-Forwarded-For from (default 127.0.0.2)
#   REDRESS_SKIP_SERVICES=1      infrastructure only (no build, no services)
#   REDRESS_SKIP_BUILD=1         never build; run the service jars as they are
#                                (e.g. when CI or an IDE has just built them)
#   REDRESS_JAVA_OPTS            JVM options of the services
#                                (default: -Xms32m -Xmx128m -XX:+UseSerialGC)
#   REDRESS_WAIT_SECONDS         readiness timeout per component (default 120)
#   REDRESS_KEYCLOAK_WAIT_SECONDS  readiness timeout of Keycloak (default 180: its
#                                very first start also builds its server image)
#   REDRESS_JAVA21_HOME, REDRESS_PG_*   see deploy/lib/components.sh
# Any other environment variable (e.g. QUARKUS_*) is passed on to the services.
#
# Files:
#   .local/demo-users.env   demo passwords (alice, bob, visitor, Keycloak admin),
#                           generated on the first run and reused (mode 600)
#   .local/run/logs/*.log   one log per component (the previous run's in *.log.1);
#                           with --replicas: complaints-service-1.log, ..., haproxy.log
#   .local/run/haproxy.cfg  HAProxy's configuration (with --replicas; generated at each start)
#   .local/run/pids/*.pid   pids of the running components (used by stop.sh)
#   .local/run/<service>/   working directory of each service
#
# A previous run that is still alive (pid files whose processes still run) is
# stopped first with deploy/local/stop.sh, then everything starts fresh, so the
# freshly built jars and the current configuration are always the ones running.
# A port taken by anything else is reported and the script stops.
#
# Keycloak keeps its dev database in .local/keycloak-*/data and imports the realm
# only when it is not there yet. When deploy/keycloak/redress-realm.json or the
# demo passwords change, that dev database is deleted so that the realm (and the
# admin user) are imported again with the current values.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/lib/components.sh
source "$SCRIPT_DIR/../lib/components.sh"
# shellcheck source=deploy/lib/haproxy.sh
source "$SCRIPT_DIR/../lib/haproxy.sh"

usage() {
    sed -n '2,/^set -euo pipefail/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
}

DETACH="${REDRESS_DETACH:-0}"
REPLICAS="${REDRESS_REPLICAS:-1}"
while (($# > 0)); do
    case "$1" in
        --detach | -d) DETACH=1 ;;
        --replicas)
            (($# >= 2)) || { redress_err "--replicas needs a number"; usage >&2; exit 2; }
            REPLICAS="$2"
            shift
            ;;
        --replicas=*) REPLICAS="${1#*=}" ;;
        --help | -h) usage; exit 0 ;;
        *) redress_err "unknown argument: $1"; usage >&2; exit 2 ;;
    esac
    shift
done
[[ "$REPLICAS" =~ ^[1-9]$ ]] || { redress_err "--replicas must be a number from 1 to 9, was '$REPLICAS'"; exit 2; }
case "$DETACH" in 1 | true | yes) DETACH=1 ;; *) DETACH=0 ;; esac
SKIP_SERVICES="${REDRESS_SKIP_SERVICES:-0}"
case "$SKIP_SERVICES" in 1 | true | yes) SKIP_SERVICES=1 ;; *) SKIP_SERVICES=0 ;; esac
SKIP_BUILD="${REDRESS_SKIP_BUILD:-0}"
case "$SKIP_BUILD" in 1 | true | yes) SKIP_BUILD=1 ;; *) SKIP_BUILD=0 ;; esac
WAIT_SECONDS="${REDRESS_WAIT_SECONDS:-120}"
KEYCLOAK_WAIT_SECONDS="${REDRESS_KEYCLOAK_WAIT_SECONDS:-180}"

RUN_DIR="$REDRESS_LOCAL/run"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
SUPERVISOR_PID_FILE="$RUN_DIR/start.pid"
ARTEMIS_INSTANCE="$RUN_DIR/artemis"
DEMO_ENV="$REDRESS_LOCAL/demo-users.env"
REALM_FILE="$REDRESS_ROOT/deploy/keycloak/redress-realm.json"

ARTEMIS_PORT=61616
ARTEMIS_WEB_PORT=8161
KEYCLOAK_PORT=8180
KEYCLOAK_MGMT_PORT=9180
SMTP_PORT=3025
IMAP_PORT=3143
GREENMAIL_API_PORT=8025
SERVICES=(complaints-service cases-service notifications-service)
declare -A SERVICE_PORT=([complaints-service]=8081 [cases-service]=8082 [notifications-service]=8083)
# each service's management interface: health and metrics (/q/health/ready, /q/metrics)
declare -A SERVICE_MGMT_PORT=([complaints-service]=9081 [cases-service]=9082 [notifications-service]=9083)
DATABASES=(redress_complaints redress_cases redress_notifications)
# --replicas N > 1: HAProxy on the public ports, its statistics here, and the address it connects from
HAPROXY_STATS_PORT=8404
PROXY_SOURCE="${REDRESS_PROXY_SOURCE:-127.0.0.2}"

# instances SERVICE: the names of its instances (the service's own name with one replica)
instances() {
    local svc="$1" i
    if ((REPLICAS == 1)); then
        printf '%s\n' "$svc"
        return 0
    fi
    for ((i = 1; i <= REPLICAS; i++)); do
        printf '%s-%d\n' "$svc" "$i"
    done
}
# instance_port SERVICE I, instance_mgmt_port SERVICE I: the ports of instance I (from 1) with --replicas
instance_port() { echo $((SERVICE_PORT[$1] + 10000 + 100 * ($2 - 1))); }
instance_mgmt_port() { echo $((SERVICE_MGMT_PORT[$1] + 10000 + 100 * ($2 - 1))); }

JAVA_BIN="java"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    JAVA_BIN="$JAVA_HOME/bin/java"
fi
command -v "$JAVA_BIN" >/dev/null 2>&1 || { redress_err "no java found: apt-get install -y openjdk-17-jdk-headless"; exit 1; }
command -v curl >/dev/null 2>&1 || { redress_err "curl is needed: apt-get install -y curl"; exit 1; }

log() { printf '[redress] %s\n' "$*"; }

# ---------------------------------------------------------------------------
# stopping (on Ctrl-C, TERM, or a failed start)
# ---------------------------------------------------------------------------

STARTED_OK=0
STOPPING=0
stop_everything() {
    ((STOPPING)) && return 0
    STOPPING=1
    if [[ "$(cat "$SUPERVISOR_PID_FILE" 2>/dev/null || true)" == "$$" ]]; then
        rm -f "$SUPERVISOR_PID_FILE"
    fi
    if ! compgen -G "$PID_DIR/*.pid" >/dev/null; then
        return 0 # nothing was started
    fi
    # Ctrl-C on "start.sh | tee ..." also ends tee: then stdout/stderr are broken
    # pipes, and writing to them must not abort the shutdown.
    trap '' PIPE
    if ! { printf '\n'; } 2>/dev/null; then
        exec >>"$LOG_DIR/stop.log" 2>&1
    fi
    log "stopping the local stack ..."
    "$SCRIPT_DIR/stop.sh" || true
}
on_exit() {
    local rc=$?
    set +e
    if ((DETACH && STARTED_OK)); then
        return 0
    fi
    stop_everything
    exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# fail COMPONENT LOGFILE MESSAGE: prints the log tail and exits (the EXIT trap stops the rest)
fail() {
    local name="$1" logfile="$2"
    shift 2
    redress_err "$name: $*"
    if [[ -f "$logfile" ]]; then
        echo "----- last 60 lines of $logfile -----" >&2
        tail -n 60 "$logfile" >&2 || true
        echo "----- end of $logfile -----" >&2
    fi
    exit 1
}

# ---------------------------------------------------------------------------
# previous run, ports
# ---------------------------------------------------------------------------

mkdir -p "$LOG_DIR" "$PID_DIR"

previous_alive=0
for f in "$PID_DIR"/*.pid "$SUPERVISOR_PID_FILE"; do
    [[ -f "$f" ]] || continue
    pid="$(tr -dc '0-9' <"$f" || true)"
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        previous_alive=1
    fi
done
if ((previous_alive)); then
    log "a previous run is still alive: stopping it first (deploy/local/stop.sh)"
    "$SCRIPT_DIR/stop.sh"
fi
echo "$$" >"$SUPERVISOR_PID_FILE"

ports=("$ARTEMIS_PORT" "$ARTEMIS_WEB_PORT" "$KEYCLOAK_PORT" "$KEYCLOAK_MGMT_PORT" "$SMTP_PORT" "$IMAP_PORT" "$GREENMAIL_API_PORT")
if ((!SKIP_SERVICES && REPLICAS == 1)); then
    for svc in "${SERVICES[@]}"; do
        ports+=("${SERVICE_PORT[$svc]}" "${SERVICE_MGMT_PORT[$svc]}")
    done
elif ((!SKIP_SERVICES)); then
    ports+=("$HAPROXY_STATS_PORT")
    for svc in "${SERVICES[@]}"; do
        ports+=("${SERVICE_PORT[$svc]}")
        for ((i = 1; i <= REPLICAS; i++)); do
            ports+=("$(instance_port "$svc" "$i")" "$(instance_mgmt_port "$svc" "$i")")
        done
    done
fi
busy=()
for port in "${ports[@]}"; do
    if port_open "$port"; then
        busy+=("$port")
    fi
done
if ((${#busy[@]} > 0)); then
    redress_err "these ports on 127.0.0.1 are already in use by other programs: ${busy[*]}"
    if command -v ss >/dev/null 2>&1; then
        for port in "${busy[@]}"; do
            ss -ltnpH "sport = :$port" 2>/dev/null | sed 's/^/[redress]   /' >&2 || true
        done
    fi
    redress_err "stop them (or the other Redress checkout using them) and run this again."
    exit 1
fi

# ---------------------------------------------------------------------------
# prerequisites
# ---------------------------------------------------------------------------

fetch_components
ensure_postgres
for db in "${DATABASES[@]}"; do
    create_database "$db"
done
JAVA21_HOME="$(find_java21)"
if ((!SKIP_SERVICES && REPLICAS > 1)); then
    HAPROXY_BIN="$(ensure_haproxy)" || exit 1
fi

# Build the services when a jar is missing or older than the sources.
if ((!SKIP_SERVICES)); then
    [[ -f "$REDRESS_ROOT/pom.xml" ]] || {
        redress_err "no pom.xml in $REDRESS_ROOT: nothing to build. REDRESS_SKIP_SERVICES=1 starts the infrastructure only."
        exit 1
    }
    need_build=0
    for svc in "${SERVICES[@]}"; do
        jar="$REDRESS_ROOT/$svc/target/quarkus-app/quarkus-run.jar"
        if [[ ! -f "$jar" ]]; then
            log "$svc: no $svc/target/quarkus-app/quarkus-run.jar yet"
            need_build=1
            break
        fi
        newer="$(find "$REDRESS_ROOT" \( -path "$REDRESS_ROOT/.local" -o -path "$REDRESS_ROOT/.git" \
            -o -name target -o -name node_modules \) -prune -o \
            -type f \( -name pom.xml -o -path '*/src/*' \) -newer "$jar" -print -quit)"
        if [[ -n "$newer" ]]; then
            log "$svc: ${newer#"$REDRESS_ROOT"/} is newer than its jar"
            need_build=1
            break
        fi
    done
    if ((need_build && SKIP_BUILD)); then
        for svc in "${SERVICES[@]}"; do
            [[ -f "$REDRESS_ROOT/$svc/target/quarkus-app/quarkus-run.jar" ]] || {
                redress_err "REDRESS_SKIP_BUILD=1 but $svc/target/quarkus-app/quarkus-run.jar does not exist"
                exit 1
            }
        done
        log "REDRESS_SKIP_BUILD=1: running the existing jars although the sources are newer"
    elif ((need_build)); then
        log "building the services: ./mvnw -B -q package -DskipTests (about 1-2 min the first time) ..."
        build_start=$SECONDS
        if ! (cd "$REDRESS_ROOT" && ./mvnw -B -q package -DskipTests </dev/null); then
            redress_err "the build failed (see the Maven output above)"
            exit 1
        fi
        log "build done in $((SECONDS - build_start)) s"
    else
        log "service jars are up to date (no build needed)"
    fi
fi

# ---------------------------------------------------------------------------
# demo passwords
# ---------------------------------------------------------------------------

random_password() {
    if command -v openssl >/dev/null 2>&1; then
        openssl rand -base64 18 | tr '+/' '-_' | tr -d '=\n'
    else
        head -c 18 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'
    fi
}

demo_vars=(REDRESS_ALICE_PASSWORD REDRESS_BOB_PASSWORD REDRESS_VISITOR_PASSWORD REDRESS_KEYCLOAK_ADMIN_PASSWORD)
if [[ -f "$DEMO_ENV" ]]; then
    # shellcheck disable=SC1090
    source "$DEMO_ENV"
fi
added=0
for var in "${demo_vars[@]}"; do
    if [[ -z "${!var:-}" ]]; then
        if [[ ! -f "$DEMO_ENV" ]]; then
            (umask 077 && printf '# Redress local demo passwords, generated by deploy/local/start.sh\n' >"$DEMO_ENV")
        fi
        printf -v "$var" '%s' "$(random_password)"
        printf '%s=%s\n' "$var" "${!var}" >>"$DEMO_ENV"
        added=1
    fi
done
chmod 600 "$DEMO_ENV"
((added)) && log "demo passwords generated into ${DEMO_ENV#"$REDRESS_ROOT"/}"
export REDRESS_ALICE_PASSWORD REDRESS_BOB_PASSWORD REDRESS_VISITOR_PASSWORD

# ---------------------------------------------------------------------------
# starting components
# ---------------------------------------------------------------------------

# launch NAME LOGFILE WORKDIR COMMAND...: starts COMMAND in the background in its own
# session (so Ctrl-C reaches only this script, which then stops things in order),
# with stdin from /dev/null and output to LOGFILE; records its pid.
launch() {
    local name="$1" logfile="$2" workdir="$3"
    shift 3
    [[ -f "$logfile" ]] && mv -f "$logfile" "$logfile.1"
    local -a pre=()
    command -v setsid >/dev/null 2>&1 && pre=(setsid)
    (cd "$workdir" && exec "${pre[@]}" "$@" </dev/null >"$logfile" 2>&1) &
    local pid=$!
    echo "$pid" >"$PID_DIR/$name.pid"
    log "started $name (pid $pid, log ${logfile#"$REDRESS_ROOT"/})"
}

pid_of() { tr -dc '0-9' <"$PID_DIR/$1.pid"; }

# start_replicas_behind_haproxy: --replicas N > 1. N instances of each service on ports of their own
# (same database, same broker queues: docs/scaling.md says why that is safe), then HAProxy on the
# public ports in front of them; waits until every instance is ready and HAProxy sees it UP.
start_replicas_behind_haproxy() {
    local svc i opt health servers service_java_bin t0
    local -a java_opts instance_opts specs=()
    for svc in "${SERVICES[@]}"; do
        service_java_bin="$(service_java)"
        mapfile -t java_opts < <(service_java_opts "$svc" "$service_java_bin")
        for ((i = 1; i <= REPLICAS; i++)); do
            instance_opts=()
            for opt in "${java_opts[@]}"; do
                # one instance records the AOT cache (Java 25+): N JVMs writing one file at exit would race
                [[ $i -gt 1 && "$opt" == -XX:AOTCacheOutput=* ]] || instance_opts+=("$opt")
            done
            # -Dredress.local-stack puts this checkout's path into the command line, which stop.sh
            # checks before it signals a pid (an instance without AOT or CDS option would not show it)
            launch "$svc-$i" "$LOG_DIR/$svc-$i.log" "$REDRESS_ROOT/$svc/target/quarkus-app" \
                env QUARKUS_HTTP_PORT="$(instance_port "$svc" "$i")" \
                QUARKUS_MANAGEMENT_PORT="$(instance_mgmt_port "$svc" "$i")" \
                QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true \
                QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
                QUARKUS_HTTP_PROXY_TRUSTED_PROXIES="$PROXY_SOURCE" \
                "$service_java_bin" "${instance_opts[@]}" "-Dredress.local-stack=$REDRESS_ROOT" -jar quarkus-run.jar
        done
        servers=""
        for ((i = 1; i <= REPLICAS; i++)); do
            servers+="${servers:+,}$(instance_port "$svc" "$i")/$(instance_mgmt_port "$svc" "$i")"
        done
        specs+=("$svc:${SERVICE_PORT[$svc]}:$servers")
    done

    haproxy_config "$PROXY_SOURCE" "$HAPROXY_STATS_PORT" "${specs[@]}" >"$RUN_DIR/haproxy.cfg" \
        || fail haproxy "$LOG_DIR/haproxy.log" "could not write $RUN_DIR/haproxy.cfg"
    "$HAPROXY_BIN" -c -q -f "$RUN_DIR/haproxy.cfg" \
        || fail haproxy "$RUN_DIR/haproxy.cfg" "HAProxy refuses its generated configuration"
    launch haproxy "$LOG_DIR/haproxy.log" "$RUN_DIR" "$HAPROXY_BIN" -db -f "$RUN_DIR/haproxy.cfg"

    t0=$SECONDS
    for svc in "${SERVICES[@]}"; do
        for ((i = 1; i <= REPLICAS; i++)); do
            health="http://127.0.0.1:$(instance_mgmt_port "$svc" "$i")/q/health/ready"
            wait_for_http "$health" "$WAIT_SECONDS" "$(pid_of "$svc-$i")" \
                || fail "$svc-$i" "$LOG_DIR/$svc-$i.log" "not ready on $health"
            log "$svc-$i is up ($((SECONDS - t0)) s)"
        done
    done
    haproxy_wait_up "$HAPROXY_STATS_PORT" "$WAIT_SECONDS" "$(pid_of haproxy)" \
        || fail haproxy "$LOG_DIR/haproxy.log" "HAProxy does not see every instance UP (http://127.0.0.1:$HAPROXY_STATS_PORT/)"
    log "HAProxy is up: all $((REPLICAS * ${#SERVICES[@]})) instances UP behind it ($((SECONDS - t0)) s)"
}

# Artemis
"$REDRESS_ROOT/deploy/artemis/create-instance.sh" "$ARTEMIS_INSTANCE" "$ARTEMIS_PORT" "$ARTEMIS_WEB_PORT"
launch artemis "$LOG_DIR/artemis.log" "$ARTEMIS_INSTANCE" "$ARTEMIS_INSTANCE/bin/artemis" run

# Keycloak: import the realm unless the dev database already has it; reset that
# database when the realm file or the demo passwords changed. Its themes come from
# deploy/keycloak/themes (the login theme "redress"); start-dev caches none, so an edit
# shows on the next reload of the login page.
mkdir -p "$KEYCLOAK_HOME/data/import"
cp -f "$REALM_FILE" "$KEYCLOAK_HOME/data/import/redress-realm.json"
fingerprint="$(cat "$REALM_FILE" "$DEMO_ENV" | sha256sum | cut -d' ' -f1)"
fingerprint_file="$KEYCLOAK_HOME/data/redress-realm.sha256"
if [[ -d "$KEYCLOAK_HOME/data/h2" && "$(cat "$fingerprint_file" 2>/dev/null || true)" != "$fingerprint" ]]; then
    log "realm file or demo passwords changed since Keycloak's last import: resetting its dev database"
    rm -rf "$KEYCLOAK_HOME/data/h2" "$KEYCLOAK_HOME/data/transaction-logs"
fi
echo "$fingerprint" >"$fingerprint_file"
launch keycloak "$LOG_DIR/keycloak.log" "$KEYCLOAK_HOME" \
    env JAVA_HOME="$JAVA21_HOME" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$REDRESS_KEYCLOAK_ADMIN_PASSWORD" \
    "$KEYCLOAK_HOME/bin/kc.sh" start-dev --import-realm \
    --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MGMT_PORT" \
    --spi-theme--folder--dir="$REDRESS_ROOT/deploy/keycloak/themes"

# GreenMail: SMTP 3025 and IMAP 3143 ("test" setups = port + 3000), any login accepted.
launch greenmail "$LOG_DIR/greenmail.log" "$RUN_DIR" \
    "$JAVA_BIN" -Xms16m -Xmx128m -XX:+UseSerialGC \
    -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.hostname=127.0.0.1 \
    -Dgreenmail.auth.disabled -Dgreenmail.api.port="$GREENMAIL_API_PORT" -Dgreenmail.api.hostname=127.0.0.1 \
    -jar "$GREENMAIL_JAR"

t0=$SECONDS
wait_for_port "$ARTEMIS_PORT" "$WAIT_SECONDS" "$(pid_of artemis)" \
    || fail artemis "$LOG_DIR/artemis.log" "not listening on 127.0.0.1:$ARTEMIS_PORT"
log "Artemis is up ($((SECONDS - t0)) s)"
wait_for_port "$SMTP_PORT" "$WAIT_SECONDS" "$(pid_of greenmail)" \
    || fail greenmail "$LOG_DIR/greenmail.log" "SMTP not listening on 127.0.0.1:$SMTP_PORT"
wait_for_http "http://127.0.0.1:$GREENMAIL_API_PORT/api/service/readiness" "$WAIT_SECONDS" "$(pid_of greenmail)" \
    || fail greenmail "$LOG_DIR/greenmail.log" "API not ready on 127.0.0.1:$GREENMAIL_API_PORT"
log "GreenMail is up ($((SECONDS - t0)) s)"
wait_for_http "http://127.0.0.1:$KEYCLOAK_PORT/realms/redress/.well-known/openid-configuration" \
    "$KEYCLOAK_WAIT_SECONDS" "$(pid_of keycloak)" \
    || fail keycloak "$LOG_DIR/keycloak.log" "realm redress not served on 127.0.0.1:$KEYCLOAK_PORT"
log "Keycloak is up ($((SECONDS - t0)) s)"

# Services (their default configuration already points at the ports above).
if ((!SKIP_SERVICES && REPLICAS > 1)); then
    start_replicas_behind_haproxy
elif ((!SKIP_SERVICES)); then
    for svc in "${SERVICES[@]}"; do
        service_java_bin="$(service_java)"
        mapfile -t java_opts < <(service_java_opts "$svc" "$service_java_bin")
        # from its quarkus-app folder, with a relative -jar: the AppCDS archive only matches that class path
        launch "$svc" "$LOG_DIR/$svc.log" "$REDRESS_ROOT/$svc/target/quarkus-app" \
            "$service_java_bin" "${java_opts[@]}" -jar quarkus-run.jar
    done
    t0=$SECONDS
    for svc in "${SERVICES[@]}"; do
        wait_for_http "http://127.0.0.1:${SERVICE_MGMT_PORT[$svc]}/q/health/ready" "$WAIT_SECONDS" "$(pid_of "$svc")" \
            || fail "$svc" "$LOG_DIR/$svc.log" "not ready on http://127.0.0.1:${SERVICE_MGMT_PORT[$svc]}/q/health/ready"
        log "$svc is up ($((SECONDS - t0)) s)"
    done
fi

STARTED_OK=1

# ---------------------------------------------------------------------------
# what to open
# ---------------------------------------------------------------------------

token_url="http://127.0.0.1:$KEYCLOAK_PORT/realms/redress/protocol/openid-connect/token"
cat <<EOF

==========================================================================
 Redress is running (everything on 127.0.0.1)
==========================================================================
EOF
if ((SKIP_SERVICES)); then
    cat <<EOF
 (REDRESS_SKIP_SERVICES=1: infrastructure only, the services are not started)
EOF
else
    if ((REPLICAS > 1)); then
        cat <<EOF
 $REPLICAS replicas of each service, HAProxy in front on the public ports (round robin)
   HAProxy statistics    http://127.0.0.1:$HAPROXY_STATS_PORT/   (each answer names its replica: header X-Served-By)
EOF
        for svc in "${SERVICES[@]}"; do
            for ((i = 1; i <= REPLICAS; i++)); do
                printf '   %-22s http://127.0.0.1:%s   health http://127.0.0.1:%s/q/health/ready\n' \
                    "$svc-$i" "$(instance_port "$svc" "$i")" "$(instance_mgmt_port "$svc" "$i")"
            done
        done
    fi
    cat <<EOF
 Complaint form          http://127.0.0.1:8081/   (public; English, German, French; campaigns at /c/<slug>)
 Staff portal            one login for the three services (alice or bob), one logout (Log out on any page)
   Triage desk           http://127.0.0.1:8081/staff/triage
   Cases and deadlines   http://127.0.0.1:8082/staff
   Delivery log          http://127.0.0.1:8083/staff/deliveries   (failed emails, retry; /staff/templates: every email)
 Complaint API           POST http://127.0.0.1:8081/api/complaints
   curl -i -X POST http://127.0.0.1:8081/api/complaints -H 'Content-Type: application/json' \\
     -d '{"name":"Jane Doe","email":"jane@example.org","country":"AT","organisationId":"fdac1450-7fdd-4f96-9bc6-83f6af27aec2","service":"Instagram","category":"AI_TRAINING","text":"My posts were used to train AI models without my consent.","startedOn":"2025-05-27","contacted":false,"consentToProcessing":true,"consentVersion":"2026-11","language":"en"}'
 Staff API (cases)       http://127.0.0.1:8082/api/cases   (bearer token of alice or bob)
   TOKEN=\$(curl -s $token_url \\
     -d grant_type=password -d client_id=cases-service -d client_secret=cases-secret \\
     -d username=alice -d password='$REDRESS_ALICE_PASSWORD' | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
   curl -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:8082/api/cases
 Swagger UI              http://127.0.0.1:8081/q/swagger-ui
                         http://127.0.0.1:8082/q/swagger-ui
                         http://127.0.0.1:8083/q/swagger-ui
EOF
fi
cat <<EOF
 Mail (GreenMail)        inbox of jane@example.org:
                         http://127.0.0.1:$GREENMAIL_API_PORT/api/user/jane@example.org/messages/INBOX/
                         all mailboxes: http://127.0.0.1:$GREENMAIL_API_PORT/api/user   API UI: http://127.0.0.1:$GREENMAIL_API_PORT/
                         SMTP 127.0.0.1:$SMTP_PORT, IMAP 127.0.0.1:$IMAP_PORT (any login)
 Keycloak admin console  http://127.0.0.1:$KEYCLOAK_PORT/admin   user admin / $REDRESS_KEYCLOAK_ADMIN_PASSWORD
 Demo logins (realm redress)
   alice   / $REDRESS_ALICE_PASSWORD   (staff, admin; teams litigation@ and enforcement@redress.local)
   bob     / $REDRESS_BOB_PASSWORD   (staff; team litigation@redress.local)
   visitor / $REDRESS_VISITOR_PASSWORD   (no staff role)
   own time zone: Keycloak account console http://127.0.0.1:$KEYCLOAK_PORT/realms/redress/account
 Artemis                 amqp://127.0.0.1:$ARTEMIS_PORT (user ${REDRESS_AMQP_USER:-redress})
                         console http://127.0.0.1:$ARTEMIS_WEB_PORT/console (same user)
 PostgreSQL              127.0.0.1:${REDRESS_PG_PORT:-5432}, databases ${DATABASES[*]}
 Logs                    ${LOG_DIR#"$REDRESS_ROOT"/}/
 Passwords               ${DEMO_ENV#"$REDRESS_ROOT"/}
EOF

if ((DETACH)); then
    rm -f "$SUPERVISOR_PID_FILE"
    cat <<EOF

 Running in the background. Stop with: deploy/local/stop.sh
==========================================================================
EOF
    exit 0
fi

cat <<EOF

 Press Ctrl-C to stop everything (or run deploy/local/stop.sh).
==========================================================================
EOF

# Foreground: watch the components until Ctrl-C / TERM.
components=(artemis keycloak greenmail)
if ((!SKIP_SERVICES)); then
    for svc in "${SERVICES[@]}"; do
        mapfile -t -O "${#components[@]}" components < <(instances "$svc")
    done
    ((REPLICAS == 1)) || components+=(haproxy)
fi
declare -A reported=()
while :; do
    sleep 2 &
    wait $! || true
    for name in "${components[@]}"; do
        [[ -n "${reported[$name]:-}" ]] && continue
        pid="$(pid_of "$name" 2>/dev/null || true)"
        if [[ -z "$pid" ]] || ! kill -0 "$pid" 2>/dev/null; then
            reported[$name]=1
            redress_err "$name exited unexpectedly; last lines of ${LOG_DIR#"$REDRESS_ROOT"/}/$name.log:"
            tail -n 20 "$LOG_DIR/$name.log" >&2 || true
            redress_err "the others keep running; Ctrl-C stops them"
        fi
    done
done
