#!/usr/bin/env bash
# Stops the local Redress stack started by deploy/local/start.sh.
#
#   deploy/local/stop.sh
#
# Stops every process recorded in .local/run/pids/*.pid, in this order:
# HAProxy (start.sh --replicas N), the services (every instance of each), GreenMail,
# Keycloak, Artemis (then anything else recorded).
# Each group gets SIGTERM, and SIGKILL if it is still alive after
# ${REDRESS_STOP_TIMEOUT:-20} s. A pid is only signalled if its command line still
# mentions this repository (protection against recycled pids). If a start.sh is
# still running in the foreground, it is asked to stop first (it then stops its
# components in the same order). Data (databases, broker journal, Keycloak's
# dev database) is kept. Idempotent: with nothing running it just says so.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/lib/components.sh
source "$SCRIPT_DIR/../lib/components.sh"

RUN_DIR="$REDRESS_LOCAL/run"
PID_DIR="$RUN_DIR/pids"
SUPERVISOR_PID_FILE="$RUN_DIR/start.pid"
STOP_TIMEOUT="${REDRESS_STOP_TIMEOUT:-20}"

# ours PID [TEXT]: alive and its command line contains TEXT (default: this repository's path)
ours() {
    local pid="$1" text="${2:-$REDRESS_ROOT}"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    [[ -r "/proc/$pid/cmdline" ]] || return 0 # no /proc: trust the pid file
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$text"
}

# stop_group NAME...: TERM all live members, wait, KILL survivors, remove pid files.
stop_group() {
    local name pid deadline
    local -a names=() pids=()
    for name in "$@"; do
        local file="$PID_DIR/$name.pid"
        [[ -f "$file" ]] || continue
        pid="$(tr -dc '0-9' <"$file" || true)"
        if ours "$pid"; then
            names+=("$name")
            pids+=("$pid")
            echo "[redress] stopping $name (pid $pid)"
            kill -TERM "$pid" 2>/dev/null || true
        else
            rm -f "$file"
        fi
    done
    ((${#pids[@]} > 0)) || return 0
    deadline=$((SECONDS + STOP_TIMEOUT))
    local i alive
    while :; do
        alive=0
        for i in "${!pids[@]}"; do
            if kill -0 "${pids[$i]}" 2>/dev/null; then
                alive=1
            fi
        done
        ((alive)) || break
        if ((SECONDS >= deadline)); then
            for i in "${!pids[@]}"; do
                if kill -0 "${pids[$i]}" 2>/dev/null; then
                    echo "[redress] ${names[$i]} (pid ${pids[$i]}) still alive after ${STOP_TIMEOUT} s: SIGKILL"
                    kill -KILL "${pids[$i]}" 2>/dev/null || true
                fi
            done
            sleep 1
            break
        fi
        sleep 0.5
    done
    for name in "${names[@]}"; do
        rm -f "$PID_DIR/$name.pid"
    done
}

# A start.sh in the foreground: let it shut its stack down itself.
if [[ -f "$SUPERVISOR_PID_FILE" ]]; then
    spid="$(tr -dc '0-9' <"$SUPERVISOR_PID_FILE" || true)"
    if [[ -n "$spid" && "$spid" != "$$" && "$spid" != "$PPID" ]] && ours "$spid" start.sh; then
        echo "[redress] asking the running start.sh (pid $spid) to stop the stack"
        kill -TERM "$spid" 2>/dev/null || true
        # it stops up to 5 groups with ${STOP_TIMEOUT} s each
        deadline=$((SECONDS + 5 * STOP_TIMEOUT + 15))
        while kill -0 "$spid" 2>/dev/null && ((SECONDS < deadline)); do
            sleep 0.5
        done
    fi
    if [[ "$spid" != "$PPID" ]]; then
        rm -f "$SUPERVISOR_PID_FILE"
    fi
fi

if [[ ! -d "$PID_DIR" ]] || [[ -z "$(ls -A "$PID_DIR" 2>/dev/null)" ]]; then
    echo "[redress] nothing to stop (no pid files in $PID_DIR)"
    exit 0
fi

# the proxy first (no new requests), then every instance of the services: complaints-service, or
# complaints-service-1, complaints-service-2, ... with start.sh --replicas N
stop_group haproxy
instances=()
for f in "$PID_DIR"/*.pid; do
    [[ -e "$f" ]] || continue
    name="$(basename "$f" .pid)"
    case "$name" in
        complaints-service | cases-service | notifications-service) instances+=("$name") ;;
        complaints-service-[0-9]* | cases-service-[0-9]* | notifications-service-[0-9]*) instances+=("$name") ;;
    esac
done
if ((${#instances[@]} > 0)); then
    stop_group "${instances[@]}"
fi
stop_group greenmail
stop_group keycloak
stop_group artemis
# anything else recorded there
others=()
for f in "$PID_DIR"/*.pid; do
    [[ -e "$f" ]] || continue
    others+=("$(basename "$f" .pid)")
done
if ((${#others[@]} > 0)); then
    stop_group "${others[@]}"
fi
echo "[redress] local stack stopped"
