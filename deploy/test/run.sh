#!/usr/bin/env bash
# Runs every Redress test: unit and @QuarkusTest tests of each service, then the system tests
# against the packaged services. It sets up what the tests need by itself: the test databases on
# the PostgreSQL at 127.0.0.1:5432 (started, or installed as root, when missing), the
# downloads of Artemis and Keycloak that the tests start as real processes (GreenMail runs inside
# the test JVMs), and Debian's chromium and chromium-driver for the browser tests (installed as
# root when missing). Extra arguments go to Maven, e.g. `deploy/test/run.sh -pl cases-service -am`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib/components.sh
source "$here/../lib/components.sh"

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

ensure_postgres
ensure_chromium
fetch_components
find_java21 >/dev/null

cd "$REDRESS_ROOT"
exec ./mvnw -B -ntp verify "$@"
