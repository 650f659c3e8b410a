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
start() {
    local name="$1" log="$2" dir="$3"
    shift 3
    (cd "$dir" && exec setsid "$@" </dev/null >"$log" 2>&1) &
    started[$name]=$!
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
