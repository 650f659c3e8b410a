# Shared by the benchmark scripts (sourced after deploy/lib/components.sh): processes they start
# and stop, on free loopback ports.

# free_port: a port on 127.0.0.1 nothing listens on (never the ones other software holds here)
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 20000))
        case " 5672 1883 3306 6379 4222 " in *" $port "*) continue ;; esac
        port_open "$port" || { echo "$port"; return 0; }
    done
}

# start NAME LOG DIR CMD...: in its own session (so stopping it stops its children), pid in started[NAME]
declare -A started=()
start_order=()
start() {
    local name="$1" log="$2" dir="$3"
    shift 3
    (cd "$dir" && exec setsid "$@" </dev/null >"$log" 2>&1) &
    started[$name]=$!
    start_order+=("$name")
}

# stop_all: stops whatever start started and still runs, the last started first
stop_all() {
    local i
    for ((i = ${#start_order[@]} - 1; i >= 0; i--)); do
        stop "${start_order[$i]}"
    done
}

# stop_all_on_exit: everything started is stopped when the script ends, however it ends
stop_all_on_exit() {
    trap stop_all EXIT
    trap 'exit 130' INT TERM
}

# stop NAME: TERM to its whole session, up to 15 s to end, then KILL
stop() {
    local pid="${started[$1]:-}"
    [[ -n "$pid" ]] || return 0
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    local i
    for ((i = 0; i < 150; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    unset "started[$1]"
}

# crash NAME: SIGKILL to NAME's whole session, as a crash or an OOM kill would end it
crash() {
    local pid="${started[$1]}"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
    wait "$pid" 2>/dev/null || true
    unset "started[$1]"
}

# cpu_ms PID...: the CPU time (user + system, in ms) the given processes have used so far
cpu_ms() {
    local tck pid total=0 ticks
    tck="$(getconf CLK_TCK)"
    for pid in "$@"; do
        ticks="$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)"
        total=$((total + ticks))
    done
    echo $((total * 1000 / tck))
}

# session_cpu_ms NAME: cpu_ms of every process in the session of started[NAME]
session_cpu_ms() {
    # shellcheck disable=SC2046
    cpu_ms $(ps -s "${started[$1]}" -o pid= 2>/dev/null)
}

# build_if_missing SVC APP: packages SVC (skipping tests) unless APP/quarkus-run.jar exists
build_if_missing() {
    [[ -f "$2/quarkus-run.jar" ]] && return 0
    redress_log "building $1 ..."
    "$REDRESS_ROOT/mvnw" -B -ntp -q -f "$REDRESS_ROOT/pom.xml" -pl "$1" -am package -DskipTests
}

# fresh_database DB: an empty scratch database DB on the PostgreSQL the stack uses
fresh_database() {
    ensure_postgres
    _redress_psql -d postgres -qc "drop database if exists $1 with (force)" >/dev/null
    create_database "$1"
}

# start_artemis DIR: a fresh Artemis instance in DIR on a free port, started (not yet waited for);
# the port is in amqp_port
start_artemis() {
    fetch_components
    amqp_port="$(free_port)"
    rm -rf "$1/artemis"
    "$REDRESS_ROOT/deploy/artemis/create-instance.sh" "$1/artemis" "$amqp_port" >"$1/artemis-create.log" 2>&1 \
        || { cat "$1/artemis-create.log" >&2; exit 1; }
    start artemis "$1/artemis.log" "$1/artemis" "$1/artemis/bin/artemis" run
}

# start_recording_smtp DIR [PORT]: the SMTP server of bench/reminders-smtp.java (GreenMail, which
# writes "<accepted ms> <Message-ID> <recipient>" a line per message into DIR/received.txt) on a free
# port, started and waited for; its port in smtp_port, its record in received. With PORT (a restart
# on the same port), the record so far is kept and the new lines are appended.
start_recording_smtp() {
    received="$1/received.txt"
    if [[ -n "${2:-}" ]]; then
        smtp_port="$2"
    else
        smtp_port="$(free_port)"
        : >"$received"
    fi
    start smtp "$1/smtp.log" "$REDRESS_ROOT" java -Xmx1g -XX:+UseParallelGC -cp "$GREENMAIL_JAR" \
        "$REDRESS_ROOT/bench/reminders-smtp.java" "$smtp_port" "$received"
    wait_for_port "$smtp_port" 60 "${started[smtp]}"
}

# start_service MODULE NAME LOG HTTP_PORT MGMT_PORT DB: the packaged service MODULE as started[NAME], on
# database DB, Artemis at amqp_port and the SMTP server at smtp_port, with the production JVM options
# (or REDRESS_BENCH_JAVA_OPTS) and no Keycloak (OIDC off: staff routes answer 401); waits until it is
# ready. java_bin and service_opts are set.
start_service() {
    local module="$1" name="$2" log="$3" http="$4" mgmt="$5" db="$6"
    java_bin="$(service_java)"
    mapfile -t service_opts < <(REDRESS_JAVA_OPTS="${REDRESS_BENCH_JAVA_OPTS:-}" service_java_opts "$module" "$java_bin")
    start "$name" "$log" "$REDRESS_ROOT/$module/target/quarkus-app" env \
        QUARKUS_HTTP_PORT="$http" QUARKUS_MANAGEMENT_PORT="$mgmt" \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$(_redress_pg_host):$(_redress_pg_port)/$db" \
        QUARKUS_DATASOURCE_USERNAME="$(_redress_pg_user)" \
        QUARKUS_OIDC_TENANT_ENABLED=false QUARKUS_OIDC_WEB_TENANT_ENABLED=false \
        AMQP_PORT="$amqp_port" QUARKUS_MAILER_PORT="${smtp_port:-2525}" \
        "$java_bin" "${service_opts[@]}" -jar quarkus-run.jar
    wait_for_http "http://127.0.0.1:$mgmt/q/health/ready" 120 "${started[$name]}"
}

# start_notifications NAME LOG HTTP_PORT MGMT_PORT DB: start_service for notifications-service
start_notifications() {
    start_service notifications-service "$@"
}

# local_cluster: the Debian PostgreSQL cluster serving 127.0.0.1:5432 ("VERSION NAME") into cluster,
# or exit 2 when there is none (or no pg_ctlcluster) to restart
local_cluster() {
    command -v pg_ctlcluster >/dev/null || { redress_err "pg_ctlcluster (Debian's postgresql-common) is needed"; exit 2; }
    cluster="$(pg_lsclusters -h | awk '$3 == 5432 { print $1, $2 }')"
    [[ -n "$cluster" ]] || { redress_err "no local PostgreSQL cluster on port 5432"; exit 2; }
}

# restart_postgres: pg_ctlcluster restart of $cluster (local_cluster). The restarted server must not
# inherit this script's open files (a caller's lock, say: it would hold it for as long as PostgreSQL
# runs), so every descriptor above 2 is closed for it.
restart_postgres() {
    # shellcheck disable=SC2016,SC2086
    bash -c 'for fd in /proc/$$/fd/*; do n="${fd##*/}"; [ "$n" -gt 2 ] && eval "exec $n>&-"; done
             exec pg_ctlcluster --skip-systemctl-redirect "$@" restart' restart $cluster
}
