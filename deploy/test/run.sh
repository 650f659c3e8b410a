#!/usr/bin/env bash
# Runs every Redress test: unit and @QuarkusTest tests of each service, then the system tests
# against the packaged services. It sets up what the tests need by itself: the test databases on
# the PostgreSQL at 127.0.0.1:5432 (started, or installed as root, when missing), the
# downloads of Artemis and Keycloak that the tests start as real processes (GreenMail runs inside
# the test JVMs), Debian's chromium and chromium-driver for the browser tests, Podman (configured
# for this machine) with the base image the services' images are built on, docker-compose and
# podman-compose for the Compose checks, and HAProxy for the replica tests (installed as root when
# missing). Extra arguments go to Maven, e.g. `deploy/test/run.sh -pl cases-service -am`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib/components.sh
source "$here/../lib/components.sh"
# shellcheck source=../lib/podman.sh
source "$here/../lib/podman.sh"

# ensure_chromium: the browser tests drive Debian's chromium through its chromedriver
ensure_chromium() {
    if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
        return 0
    fi
    if [[ "$(id -u)" -eq 0 ]]; then
        redress_log "installing Debian's chromium and chromium-driver for the browser tests ..."
        DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null || return 1
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver </dev/null || return 1
    else
        redress_err "chromium or chromedriver is missing: the browser tests (system-tests *IT) will fail."
        redress_err "Install them as root:  apt-get install -y chromium chromium-driver"
    fi
}

# ensure_packages COMMAND=PACKAGE...: installs each Debian package whose command is missing (as root)
ensure_packages() {
    local wanted missing=()
    for wanted in "$@"; do
        command -v "${wanted%%=*}" >/dev/null 2>&1 || missing+=("${wanted#*=}")
    done
    ((${#missing[@]})) || return 0
    if [[ "$(id -u)" -eq 0 ]]; then
        redress_log "installing ${missing[*]} ..."
        DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null || return 1
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" </dev/null || return 1
    else
        redress_err "missing: ${missing[*]}. Install them as root:  apt-get install -y ${missing[*]}"
        return 1
    fi
}

ensure_postgres
ensure_chromium
ensure_packages haproxy=haproxy docker-compose=docker-compose podman-compose=podman-compose debootstrap=debootstrap
ensure_podman
# the base image of the services' images (Debian and a JRE, built here: nothing can be pulled); rebuilt
# only when its inputs change. The images themselves are built by the tests that run them.
"$REDRESS_ROOT/deploy/containers/base-image.sh"
fetch_components
find_java21 >/dev/null

cd "$REDRESS_ROOT"
./mvnw -B -ntp verify "$@"
# the whole run (no Maven arguments): the Compose file too, with the images the tests built
if [[ $# -eq 0 ]]; then
    deploy/compose/check.sh
fi
