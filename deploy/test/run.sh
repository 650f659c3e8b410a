#!/usr/bin/env bash
# Runs every Redress test: unit and @QuarkusTest tests of each service, then the system tests
# against the packaged services. It sets up what the tests need by itself: the test databases on
# the PostgreSQL at 127.0.0.1:5432 (started, or installed as root, when missing), and the
# downloads of Artemis and Keycloak that the tests start as real processes (GreenMail runs inside
# the test JVMs). Extra arguments go to Maven, e.g. `deploy/test/run.sh -pl cases-service -am`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib/components.sh
source "$here/../lib/components.sh"

ensure_postgres
fetch_components
find_java21 >/dev/null

cd "$REDRESS_ROOT"
exec ./mvnw -B -ntp verify "$@"
