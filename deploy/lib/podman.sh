# shellcheck shell=bash
# Redress — Podman helpers for the container scripts (deploy/containers, deploy/compose, bench).
#
# Source this file; sourcing only defines functions:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/../lib/podman.sh"
#   ensure_podman                  # podman + runc installed, containers.conf usable here
#   podman_image_label IMAGE KEY   # prints a label of a local image (empty if none)
#   podman_wait_http URL SECONDS [CONTAINER]   # waits for a 200, fails early if CONTAINER exits
#
# Functions return non-zero (never `exit`) on failure, like deploy/lib/components.sh.
#
# Why containers.conf matters here (docs: DESIGN.md, "Containers and Kubernetes, seen here"):
# crun refuses this machine's hybrid cgroups ("cgroups in hybrid mode not supported"), and the
# default ulimits exceed what root may set, so every container fails without
#   [containers] default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
#   [engine]     runtime = "runc"
# Override the file with REDRESS_CONTAINERS_CONF (tests), or skip the check with
# REDRESS_PODMAN_CONF_SKIP=1 (a machine whose Podman works without these settings).

_podman_log() { printf '[redress/podman] %s\n' "$*" >&2; }
_podman_err() { printf '[redress/podman] ERROR: %s\n' "$*" >&2; }

# _podman_conf_ensure FILE SECTION KEY VALUE
# Adds `KEY = VALUE` to [SECTION] of a TOML file when the section has no KEY yet: inserted
# right after the section header, or a new section appended. Existing keys and every other
# line are kept as they are (a different value already set is reported, never replaced).
_podman_conf_ensure() {
    local file="$1" section="$2" key="$3" value="$4" current
    current="$(awk -v s="[$section]" -v k="$key" '
        /^[[:space:]]*\[/ { gsub(/[[:space:]]/, ""); insec = ($0 == s); next }
        insec && $0 ~ "^[[:space:]]*" k "[[:space:]]*=" { sub(/^[^=]*=[[:space:]]*/, ""); print; exit }
    ' "$file" 2>/dev/null)"
    if [[ -n "$current" ]]; then
        [[ "$current" == "$value" ]] \
            || _podman_log "$file: [$section] $key = $current kept (this machine needs $value)"
        return 0
    fi
    local tmp
    tmp="$(mktemp "$file.XXXXXX")" || return 1
    if grep -Eq "^[[:space:]]*\[$section\][[:space:]]*$" "$file" 2>/dev/null; then
        awk -v s="[$section]" -v line="$key = $value" '
            { print }
            !done { t = $0; gsub(/[[:space:]]/, "", t); if (t == s) { print line; done = 1 } }
        ' "$file" >"$tmp"
    else
        { [[ -s "$file" ]] && cat "$file" && echo; printf '[%s]\n%s = %s\n' "$section" "$key" "$value"; } >"$tmp"
    fi
    if ! { chmod 644 "$tmp" && mv -f "$tmp" "$file"; }; then
        rm -f "$tmp"
        return 1
    fi
    _podman_log "$file: added [$section] $key = $value"
}

# ensure_podman: podman and runc present (installed with apt-get when missing and running as
# root), and /etc/containers/containers.conf carrying the two settings this machine needs.
ensure_podman() {
    local missing=()
    command -v podman >/dev/null 2>&1 || missing+=(podman)
    command -v runc >/dev/null 2>&1 || [[ -x /usr/sbin/runc ]] || missing+=(runc)
    if ((${#missing[@]})); then
        if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
            _podman_log "installing ${missing[*]} (apt-get) ..."
            DEBIAN_FRONTEND=noninteractive apt-get install -y podman runc >&2 </dev/null \
                || { apt-get update >&2 </dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y podman runc >&2 </dev/null; } \
                || { _podman_err "apt-get install -y podman runc failed"; return 1; }
        else
            _podman_err "${missing[*]} not installed: as root, apt-get install -y podman runc"
            return 1
        fi
    fi
    [[ "${REDRESS_PODMAN_CONF_SKIP:-0}" == 1 ]] && return 0
    local conf="${REDRESS_CONTAINERS_CONF:-/etc/containers/containers.conf}"
    if grep -Eq '^[[:space:]]*default_ulimits[[:space:]]*=' "$conf" 2>/dev/null \
        && grep -Eq '^[[:space:]]*runtime[[:space:]]*=[[:space:]]*"runc"' "$conf" 2>/dev/null; then
        return 0
    fi
    if [[ ! -w "$(dirname "$conf")" && ! -w "$conf" ]]; then
        mkdir -p "$(dirname "$conf")" 2>/dev/null || true
        if [[ ! -w "$(dirname "$conf")" ]]; then
            _podman_err "$conf lacks default_ulimits / runtime = \"runc\" and is not writable here (run as root)"
            return 1
        fi
    fi
    [[ -e "$conf" ]] || : >"$conf"
    _podman_conf_ensure "$conf" containers default_ulimits '["nofile=20000:20000", "nproc=32768:32768"]' || return 1
    _podman_conf_ensure "$conf" engine runtime '"runc"' || return 1
}

# podman_image_label IMAGE KEY: the label's value, empty when the image or the label is missing.
podman_image_label() {
    podman image inspect --format "{{ index .Labels \"$2\" }}" "$1" 2>/dev/null | sed 's/^<no value>$//'
}

# podman_wait_http URL SECONDS [CONTAINER]: waits until URL answers 200 (curl on the host);
# returns 1 on timeout or as soon as CONTAINER is no longer running.
podman_wait_http() {
    local url="$1" seconds="$2" container="${3:-}" deadline
    deadline=$((SECONDS + seconds))
    while ((SECONDS < deadline)); do
        curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null && return 0
        if [[ -n "$container" ]] \
            && [[ "$(podman inspect --format '{{.State.Running}}' "$container" 2>/dev/null)" != true ]]; then
            _podman_err "container $container stopped before $url answered"
            return 1
        fi
        sleep 0.2
    done
    _podman_err "$url did not answer 200 within ${seconds}s"
    return 1
}
