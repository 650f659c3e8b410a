# shellcheck shell=bash
# Redress — shared helpers for the components that run next to the services
# (ActiveMQ Artemis, Keycloak, GreenMail, PostgreSQL). No Docker needed.
#
# Source this file; sourcing only sets variables and defines functions:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/../lib/components.sh"
#   fetch_components          # download (Maven Central) + unpack into .local/
#   ensure_postgres           # PostgreSQL reachable on 127.0.0.1:${REDRESS_PG_PORT:-5432}
#   create_database redress_cases
#   wait_for_port 61616 120 [PID]
#   wait_for_http http://127.0.0.1:8180/realms/redress 120 [PID]
#   find_java21               # prints a JAVA_HOME of Java 21+ (for Keycloak)
#
# Functions return non-zero (never `exit`) on failure, so callers that use
# `set -e` stop, and callers that test the result can react.
#
# Environment overrides:
#   REDRESS_PG_HOST (127.0.0.1)  REDRESS_PG_PORT (5432)  REDRESS_PG_USER (postgres)
#   REDRESS_PG_PASSWORD (unset: trust auth; otherwise exported as PGPASSWORD to psql)
#   REDRESS_JAVA21_HOME (a JDK 21+ for Keycloak; otherwise /usr/lib/jvm/* and $JAVA_HOME are scanned)

REDRESS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
REDRESS_LOCAL="$REDRESS_ROOT/.local"
REDRESS_DOWNLOADS="$REDRESS_LOCAL/downloads"

ARTEMIS_VERSION=2.40.0
KEYCLOAK_VERSION=26.5.6
GREENMAIL_VERSION=2.1.13

ARTEMIS_HOME="$REDRESS_LOCAL/apache-artemis-$ARTEMIS_VERSION"
KEYCLOAK_HOME="$REDRESS_LOCAL/keycloak-$KEYCLOAK_VERSION"
GREENMAIL_JAR="$REDRESS_DOWNLOADS/greenmail-standalone-$GREENMAIL_VERSION.jar"

ARTEMIS_ZIP="$REDRESS_DOWNLOADS/apache-artemis-$ARTEMIS_VERSION-bin.zip"
KEYCLOAK_ZIP="$REDRESS_DOWNLOADS/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"

export REDRESS_ROOT REDRESS_LOCAL ARTEMIS_VERSION KEYCLOAK_VERSION GREENMAIL_VERSION \
    ARTEMIS_HOME KEYCLOAK_HOME GREENMAIL_JAR

# ---------------------------------------------------------------------------
# messages
# ---------------------------------------------------------------------------

redress_log() { printf '[redress] %s\n' "$*" >&2; }
redress_err() { printf '[redress] ERROR: %s\n' "$*" >&2; }

# ---------------------------------------------------------------------------
# downloads
# ---------------------------------------------------------------------------

# _redress_mvn_copy GROUP:ARTIFACT:VERSION[:TYPE[:CLASSIFIER]] EXPECTED_FILE
# Copies one artifact from Maven Central into $REDRESS_DOWNLOADS with the
# Maven wrapper. Maven runs in a folder under .local/downloads, which has no pom.xml:
# dependency:copy needs no project, and this way a half-edited reactor pom in
# the repo root can neither break nor multiply the download. The wrapper
# (only-script type) finds .mvn/wrapper/ next to itself, so any cwd works.
_redress_mvn_copy() {
    local coords="$1" expected="$2"
    if [[ -s "$expected" ]]; then
        return 0
    fi
    redress_log "downloading $coords from Maven Central ..."
    # copy into a temporary folder first: an interrupted copy never looks finished
    local partial
    partial="$(mktemp -d "$REDRESS_DOWNLOADS/.partial.XXXXXX")"
    (cd "$partial" && "$REDRESS_ROOT/mvnw" -B -q \
        org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy \
        -Dartifact="$coords" -DoutputDirectory="$partial") </dev/null || {
        rm -rf "$partial"
        redress_err "could not download $coords (Maven Central reachable? see output above)"
        return 1
    }
    if [[ ! -s "$partial/$(basename "$expected")" ]]; then
        rm -rf "$partial"
        redress_err "download of $coords did not produce $(basename "$expected")"
        return 1
    fi
    mv -f "$partial/$(basename "$expected")" "$expected"
    rm -rf "$partial"
}

# _redress_unpack ZIP TOPDIR_IN_ZIP TARGET_DIR
# Unpacks into a temporary folder next to the target and renames it at the end,
# so an interrupted unpack never looks like a finished one.
_redress_unpack() {
    local zip="$1" top="$2" target="$3" tmp
    [[ -d "$target" ]] && return 0
    redress_log "unpacking $(basename "$zip") into $target ..."
    tmp="$(mktemp -d "$REDRESS_LOCAL/.unpack.XXXXXX")"
    if command -v unzip >/dev/null 2>&1; then
        unzip -q "$zip" -d "$tmp" </dev/null || { rm -rf "$tmp"; redress_err "unzip of $zip failed"; return 1; }
    elif command -v python3 >/dev/null 2>&1; then
        python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$zip" "$tmp" \
            || { rm -rf "$tmp"; redress_err "unpacking $zip with python3 failed"; return 1; }
    else
        rm -rf "$tmp"
        redress_err "neither unzip nor python3 is installed: apt-get install -y unzip"
        return 1
    fi
    if [[ ! -d "$tmp/$top" ]]; then
        rm -rf "$tmp"
        redress_err "$zip does not contain $top/"
        return 1
    fi
    # python's zipfile drops the executable bits; unzip keeps them. Set them either way.
    find "$tmp/$top/bin" -maxdepth 1 -type f \( -name '*.sh' -o -name artemis \) -exec chmod +x {} +
    if ! mv -T "$tmp/$top" "$target" 2>/dev/null && [[ ! -d "$target" ]]; then
        rm -rf "$tmp"
        redress_err "could not move the unpacked files to $target"
        return 1
    fi
    rm -rf "$tmp"
}

# fetch_components: downloads Artemis, Keycloak and GreenMail standalone into
# .local/downloads (only what is missing) and unpacks Artemis and Keycloak.
# Concurrent calls (parallel test JVMs) are serialised with flock when present.
fetch_components() {
    if [[ -d "$ARTEMIS_HOME" && -d "$KEYCLOAK_HOME" && -s "$ARTEMIS_ZIP" && -s "$KEYCLOAK_ZIP" && -s "$GREENMAIL_JAR" ]]; then
        return 0
    fi
    mkdir -p "$REDRESS_DOWNLOADS"
    (
        if command -v flock >/dev/null 2>&1; then
            exec 8>"$REDRESS_LOCAL/.fetch.lock"
            flock -w 1800 8 || { redress_err "timed out waiting for another fetch_components"; exit 1; }
        fi
        _redress_mvn_copy "org.apache.activemq:apache-artemis:$ARTEMIS_VERSION:zip:bin" "$ARTEMIS_ZIP" || exit 1
        _redress_mvn_copy "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" "$KEYCLOAK_ZIP" || exit 1
        _redress_mvn_copy "com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" "$GREENMAIL_JAR" || exit 1
        _redress_unpack "$ARTEMIS_ZIP" "apache-artemis-$ARTEMIS_VERSION" "$ARTEMIS_HOME" || exit 1
        _redress_unpack "$KEYCLOAK_ZIP" "keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME" || exit 1
    )
}

# ---------------------------------------------------------------------------
# Java
# ---------------------------------------------------------------------------

# _redress_java_major JAVA_HOME -> prints the feature version (8, 17, 21, 25...)
_redress_java_major() {
    local home="$1" line ver
    [[ -x "$home/bin/java" ]] || return 1
    line="$("$home/bin/java" -version 2>&1 </dev/null | grep -m1 -E 'version "' || true)"
    ver="${line#*version \"}"
    ver="${ver%%\"*}"
    [[ -n "$ver" ]] || return 1
    if [[ "$ver" == 1.* ]]; then
        ver="${ver#1.}"
    fi
    ver="${ver%%[^0-9]*}"
    [[ -n "$ver" ]] || return 1
    printf '%s\n' "$ver"
}

# find_java21: prints a JAVA_HOME whose java is 21 or newer (Keycloak 26 needs it).
# _redress_find_jdk MIN: prints the first JDK home ($JAVA_HOME, then /usr/lib/jvm/*) of Java MIN+.
_redress_find_jdk() {
    local candidate major
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
        [[ -n "$candidate" && -d "$candidate" ]] || continue
        major="$(_redress_java_major "$candidate" || true)"
        if [[ -n "$major" && "$major" -ge "$1" ]]; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    return 1
}
find_java21() {
    local major
    if [[ -n "${REDRESS_JAVA21_HOME:-}" ]]; then
        major="$(_redress_java_major "$REDRESS_JAVA21_HOME" || true)"
        if [[ -n "$major" && "$major" -ge 21 ]]; then
            printf '%s\n' "$REDRESS_JAVA21_HOME"
            return 0
        fi
        redress_err "REDRESS_JAVA21_HOME=$REDRESS_JAVA21_HOME is not a Java 21+ JDK (found: ${major:-no java})"
        return 1
    fi
    _redress_find_jdk 21 && return 0
    redress_err "Keycloak $KEYCLOAK_VERSION needs Java 21 or newer and none was found in \$JAVA_HOME or /usr/lib/jvm/*."
    redress_err "Install one, e.g.:  apt-get install -y openjdk-21-jdk-headless   (Debian 13 / Ubuntu 24.04: openjdk-21 or openjdk-25)"
    redress_err "or point REDRESS_JAVA21_HOME at an existing JDK 21+."
    return 1
}

# ---------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------

_redress_pg_host() { printf '%s' "${REDRESS_PG_HOST:-127.0.0.1}"; }
_redress_pg_port() { printf '%s' "${REDRESS_PG_PORT:-5432}"; }
_redress_pg_user() { printf '%s' "${REDRESS_PG_USER:-postgres}"; }

# _redress_psql ARGS... : psql over TCP as the configured user, never prompting.
_redress_psql() {
    local -a envs=()
    if [[ -n "${REDRESS_PG_PASSWORD:-}" ]]; then
        envs=(PGPASSWORD="$REDRESS_PG_PASSWORD")
    fi
    env "${envs[@]}" psql -X -w -v ON_ERROR_STOP=1 -h "$(_redress_pg_host)" -p "$(_redress_pg_port)" \
        -U "$(_redress_pg_user)" "$@" </dev/null
}

# _redress_pg_start_cluster: starts the first installed Debian cluster that
# listens on our port (or the first one at all). Needs pg_ctlcluster.
_redress_pg_start_cluster() {
    local ver name port status
    local want_port
    want_port="$(_redress_pg_port)"
    # pg_lsclusters -h: "15 main 5432 down postgres /var/lib/... /var/log/..."
    while read -r ver name port status _; do
        [[ "$port" == "$want_port" ]] || continue
        if [[ "$status" == online* ]]; then
            return 0
        fi
        redress_log "starting PostgreSQL cluster $ver/$name (port $port) ..."
        if [[ "$(id -u)" -eq 0 ]]; then
            pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start
        else
            redress_err "PostgreSQL cluster $ver/$name is down; start it as root:"
            redress_err "  sudo pg_ctlcluster --skip-systemctl-redirect $ver $name start"
            return 1
        fi
        return $?
    done < <(pg_lsclusters -h 2>/dev/null)
    redress_err "no PostgreSQL cluster listens on port $want_port (pg_lsclusters lists: $(pg_lsclusters -h 2>/dev/null | awk '{print $1"/"$2":"$3}' | tr '\n' ' '))"
    return 1
}

# _redress_pg_allow_tcp: on a freshly installed Debian PostgreSQL the postgres
# role has no password and pg_hba.conf asks for scram-sha-256 over TCP, so the
# services (which connect to 127.0.0.1 as postgres without a password, like the
# CI machines' trust setup) are refused. Only when a TCP connection really
# fails, and only as root on a local Debian cluster, we prepend ONE line
#     host all postgres 127.0.0.1/32 trust   # added by redress deploy/lib/components.sh
# to that cluster's pg_hba.conf and reload. This is for a developer machine
# only; nothing listens beyond 127.0.0.1. Remove the line to undo.
_redress_pg_allow_tcp() {
    if _redress_psql -d postgres -Atc 'select 1' >/dev/null 2>&1; then
        return 0
    fi
    if [[ "$(id -u)" -ne 0 ]] || ! command -v runuser >/dev/null 2>&1; then
        redress_err "PostgreSQL is up but 'psql -h $(_redress_pg_host) -p $(_redress_pg_port) -U $(_redress_pg_user)' is refused."
        redress_err "Allow it (as root) by adding this line at the top of pg_hba.conf and reloading:"
        redress_err "  host all postgres 127.0.0.1/32 trust"
        redress_err "or set REDRESS_PG_PASSWORD to the password of $(_redress_pg_user)."
        return 1
    fi
    local hba
    hba="$(cd / && { runuser -u postgres -- psql -X -Atc 'show hba_file' -p "$(_redress_pg_port)" 2>/dev/null </dev/null || true; })"
    if [[ -z "$hba" || ! -f "$hba" ]]; then
        redress_err "cannot find pg_hba.conf of the local cluster (is it a Debian package cluster?)"
        return 1
    fi
    if ! grep -q 'added by redress' "$hba"; then
        redress_log "adding 'host all postgres 127.0.0.1/32 trust' to $hba (local development only)"
        local tmp
        tmp="$(mktemp)"
        {
            echo "host all postgres 127.0.0.1/32 trust   # added by redress deploy/lib/components.sh"
            cat "$hba"
        } >"$tmp"
        cat "$tmp" >"$hba"   # keep owner and mode of the original file
        rm -f "$tmp"
    fi
    (cd / && runuser -u postgres -- psql -X -Atc 'select pg_reload_conf()' -p "$(_redress_pg_port)" >/dev/null </dev/null)
    sleep 1
    if ! _redress_psql -d postgres -Atc 'select 1' >/dev/null 2>&1; then
        redress_err "still cannot connect to PostgreSQL over TCP as $(_redress_pg_user); check $hba"
        return 1
    fi
}

# ensure_postgres: makes sure PostgreSQL answers on 127.0.0.1:${REDRESS_PG_PORT:-5432}
# and accepts the postgres user over TCP. Order: already up -> start an installed
# Debian cluster -> (root only) apt-get install postgresql and start it.
ensure_postgres() {
    local host port
    host="$(_redress_pg_host)"
    port="$(_redress_pg_port)"
    if ! command -v pg_isready >/dev/null 2>&1 || ! pg_isready -q -h "$host" -p "$port"; then
        if command -v pg_lsclusters >/dev/null 2>&1 && [[ -n "$(pg_lsclusters -h 2>/dev/null)" ]]; then
            _redress_pg_start_cluster || return 1
        elif [[ "$(id -u)" -eq 0 ]]; then
            redress_log "PostgreSQL is not installed; installing Debian's postgresql package ..."
            DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null || return 1
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql </dev/null || return 1
            _redress_pg_start_cluster || return 1
        else
            redress_err "PostgreSQL is not running on $host:$port and not installed. Run as root:"
            redress_err "  apt-get update && apt-get install -y postgresql && pg_ctlcluster --skip-systemctl-redirect \$(pg_lsclusters -h | awk '{print \$1}' | head -1) main start"
            return 1
        fi
        local i
        for ((i = 0; i < 30; i++)); do
            pg_isready -q -h "$host" -p "$port" && break
            sleep 1
        done
        if ! pg_isready -q -h "$host" -p "$port"; then
            redress_err "PostgreSQL did not become ready on $host:$port within 30 s"
            return 1
        fi
    fi
    _redress_pg_allow_tcp
}

# create_database NAME: creates database NAME (owned by the connecting user) if absent.
create_database() {
    local name="${1:?create_database NAME}"
    if [[ ! "$name" =~ ^[a-z_][a-z0-9_]*$ ]]; then
        redress_err "invalid database name '$name' (use lower-case letters, digits, underscore)"
        return 1
    fi
    if [[ "$(_redress_psql -d postgres -Atc "select 1 from pg_database where datname = '$name'")" == 1 ]]; then
        return 0
    fi
    redress_log "creating database $name"
    _redress_psql -d postgres -qc "create database \"$name\"" >/dev/null
}

# ---------------------------------------------------------------------------
# waiting
# ---------------------------------------------------------------------------

# port_open PORT [HOST]: true when something accepts TCP connections there.
port_open() {
    local port="$1" host="${2:-127.0.0.1}"
    (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null
}

# wait_for_port PORT SECONDS [PID]: waits until 127.0.0.1:PORT accepts
# connections. With PID, gives up as soon as that process has died.
wait_for_port() {
    local port="$1" seconds="$2" pid="${3:-}" deadline
    deadline=$((SECONDS + seconds))
    while ((SECONDS < deadline)); do
        if port_open "$port"; then
            return 0
        fi
        if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
            redress_err "process $pid exited before port $port opened"
            return 1
        fi
        sleep 1
    done
    redress_err "port 127.0.0.1:$port did not open within $seconds s"
    return 1
}

# wait_for_http URL SECONDS [PID]: waits until URL answers 2xx.
# With PID, gives up as soon as that process has died.
wait_for_http() {
    local url="$1" seconds="$2" pid="${3:-}" deadline
    deadline=$((SECONDS + seconds))
    while ((SECONDS < deadline)); do
        if curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; then
            return 0
        fi
        if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
            redress_err "process $pid exited before $url answered"
            return 1
        fi
        sleep 1
    done
    redress_err "$url did not answer 2xx within $seconds s"
    return 1
}

# ---------------------------------------------------------------------------
# How the services' JVM starts (deploy/local/start.sh and bench/startup.sh share it).
#
# service_java: prints the java that runs the services: a JDK 25+ when one is installed (its AOT
# cache, JEP 483/514/515, starts a service about a second faster), else the java on the PATH.
# REDRESS_SERVICE_JAVA_HOME chooses one.
#
# service_java_opts SERVICE: the JVM options (one per line), first the configuration profile (local;
# REDRESS_PROFILE chooses another). REDRESS_JAVA_OPTS replaces the
# defaults: a small serial-GC heap and the C1 compiler only, which start a service fastest and keep
# it small on a 2-core machine. On Java 25+ the service's AOT cache (target/quarkus-app/app.aot) is
# used when it is newer than the jar; otherwise this run records it (-XX:AOTCacheOutput), and it is
# written when the service stops — the first run trains, the later ones start fast. On older Java
# the AppCDS archive the build writes beside the jar is used. Both only match when the service is
# started from its quarkus-app folder as `java ... -jar quarkus-run.jar`.
# ---------------------------------------------------------------------------
REDRESS_DEFAULT_JAVA_OPTS="-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
service_java() {
    local home
    if [[ -n "${REDRESS_SERVICE_JAVA_HOME:-}" ]]; then
        printf '%s\n' "$REDRESS_SERVICE_JAVA_HOME/bin/java"
        return 0
    fi
    if home="$(_redress_find_jdk 25)"; then
        printf '%s\n' "$home/bin/java"
        return 0
    fi
    printf '%s\n' "${JAVA_HOME:+$JAVA_HOME/bin/}java"
}
service_java_opts() {
    local app="$REDRESS_ROOT/$1/target/quarkus-app" java="${2:-$(service_java)}" opt major
    # profile local: the settings of this machine's stack (a packaged service's default profile is prod,
    # which takes every address and secret from the deployment's environment)
    printf '%s\n' "-Dquarkus.profile=${REDRESS_PROFILE:-local}"
    for opt in ${REDRESS_JAVA_OPTS:-$REDRESS_DEFAULT_JAVA_OPTS}; do
        printf '%s\n' "$opt"
    done
    [[ -z "${REDRESS_JAVA_OPTS:-}" ]] || return 0
    major="$(_redress_java_major "$(dirname "$(dirname "$(command -v "$java")")")" || echo 0)"
    if [[ "$major" -ge 25 ]]; then
        if [[ -f "$app/app.aot" && "$app/app.aot" -nt "$app/quarkus-run.jar" ]]; then
            printf '%s\n' "-XX:AOTCache=$app/app.aot"
        else
            rm -f "$app/app.aot"
            printf '%s\n' "-XX:AOTCacheOutput=$app/app.aot"
        fi
    elif [[ -f "$app/app-cds.jsa" ]]; then
        printf '%s\n' "-XX:SharedArchiveFile=$app/app-cds.jsa"
    fi
}
