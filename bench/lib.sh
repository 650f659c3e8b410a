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
