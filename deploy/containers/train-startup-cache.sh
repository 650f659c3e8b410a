#!/bin/bash
# Trains the start-up cache of a Redress service image at build time (Containerfile, RUN), with the
# image's own JVM and JAVA_OPTS, so that the cache matches the JVM that runs it:
#
#   JDK 25+   -XX:AOTCacheOutput=app.aot      (JEP 514, one step: AOT cache of loaded and linked
#             classes, JEP 483, plus method profiles, JEP 515)          used with -XX:AOTCache
#   JDK 17-24 -XX:ArchiveClassesAtExit=app.jsa (dynamic AppCDS on top of the JDK's own archive)
#                                                                       used with -XX:SharedArchiveFile
#
#   train-startup-cache [full|static]     (default: $STARTUP_CACHE_TRAINING, else full)
#
# full   The service starts for real (runtime init: Hibernate, Vert.x HTTP, OIDC, messaging,
#        scheduler), answers a few requests, and is stopped with SIGTERM; the JVM writes the cache
#        as it exits. No database, broker, Keycloak or SMTP is needed: every address points at
#        127.0.0.1:1, which refuses at once (the build may run with --network none), the service
#        logs that and starts anyway; only Flyway's migration at start is switched off, because it
#        would stop start-up. The cache then covers the whole start-up. Measured (complaints-
#        service, JDK 25, 1 CPU): ready in 3.9-4.2 s, against 4.6-5.0 s with `static` and 5.5-5.7 s
#        with no cache; the cache file is larger (110 MB against 70 MB).
# static Quarkus' own AppCDS mode (-Dquarkus.appcds.generate=true): static init only, then exit.
#        Used when `full` does not reach a listening management port within 120 s.
#
# The variables the prod profile requires get dummy values inside this process only; no secret of
# a deployment ever exists at build time, and nothing but the cache file is kept.
set -euo pipefail
cd /deployments
mode="${1:-${STARTUP_CACHE_TRAINING:-full}}"
mgmt_port="${REDRESS_MANAGEMENT_PORT:-9000}"
http_port="${REDRESS_HTTP_PORT:-8080}"

major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
case "$major" in 1.*) major=8 ;; esac
if [ "$major" -ge 25 ]; then
    out=app.aot
    flags=(-XX:AOTCacheOutput=app.aot)
else
    out=app.jsa
    flags=(-XX:ArchiveClassesAtExit=app.jsa)
fi

# Dummy values for the prod profile's required variables (docs/configuration.md has the real ones).
refused="127.0.0.1"
dummy() {
    case "$1" in
        *_DB_URL) echo "jdbc:postgresql://$refused:1/training" ;;
        *_HOST) echo "$refused" ;;
        *_PORT) echo 1 ;;
        *_URL) echo "http://$refused:1/training" ;;
        *_PROXIES) echo "$refused" ;;
        *_FROM) echo "training@example.org" ;;
        *) echo "training-only-not-a-secret-0000000000000000" ;;
    esac
}
for name in REDRESS_DB_URL REDRESS_DB_USERNAME REDRESS_DB_PASSWORD REDRESS_AMQP_HOST REDRESS_AMQP_PORT \
    REDRESS_AMQP_USERNAME REDRESS_AMQP_PASSWORD REDRESS_OIDC_URL REDRESS_OIDC_CLIENT_SECRET \
    REDRESS_SESSION_SECRET REDRESS_COMPLAINTS_URL REDRESS_CASES_URL REDRESS_NOTIFICATIONS_URL \
    REDRESS_NOTIFICATIONS_INTERNAL_URL REDRESS_TRUSTED_PROXIES REDRESS_CASES_INTERNAL_URL \
    REDRESS_SMTP_HOST REDRESS_SMTP_PORT REDRESS_SMTP_USERNAME REDRESS_SMTP_PASSWORD REDRESS_MAIL_FROM; do
    export "$name=$(dummy "$name")"
done

log=/tmp/training.log
# a variable not listed above that the configuration asks for: "Could not expand value NAME"
add_missing_variables() {
    local missing name
    missing="$(sed -n 's/.*Could not expand value \([A-Za-z0-9_]*\).*/\1/p' "$log" | sort -u)"
    [ -n "$missing" ] || return 1
    for name in $missing; do export "$name=$(dummy "$name")"; done
    echo "training: the configuration also needs $(printf '%s' "$missing" | tr '\n' ' ')- repeating with dummy values"
}

# get PORT PATH: one HTTP request with bash's /dev/tcp; prints the status code
get() {
    local status=""
    exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
    printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\n\r\n' "$2" >&3
    read -r -t 10 _ status _ <&3 || true
    cat <&3 >/dev/null 2>&1 || true
    exec 3<&-
    printf '%s' "$status"
}

train_full() {
    local pid deadline
    # word splitting of JAVA_OPTS is intended
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} "${flags[@]}" -Dquarkus.flyway.migrate-at-start=false \
        -jar /deployments/quarkus-run.jar >"$log" 2>&1 &
    pid=$!
    deadline=$((SECONDS + 120))
    until (exec 3<>"/dev/tcp/127.0.0.1/$mgmt_port") 2>/dev/null; do
        if ! kill -0 "$pid" 2>/dev/null || ((SECONDS > deadline)); then
            kill -KILL "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
            return 1
        fi
        sleep 0.2
    done
    # a little traffic: the request paths of Vert.x, REST, Qute and health get linked and profiled
    local path
    for path in /q/health/live /q/health/ready /q/health/started /q/metrics; do get "$mgmt_port" "$path" >/dev/null || true; done
    for path in / /q/openapi /does-not-exist; do get "$http_port" "$path" >/dev/null || true; done
    kill -TERM "$pid"
    # the JVM assembles the cache while it exits (a child JVM for JDK 25's AOT cache)
    wait "$pid" || true
    [ -s "$out" ]
}

train_static() {
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} "${flags[@]}" -Dquarkus.appcds.generate=true \
        -jar /deployments/quarkus-run.jar >"$log" 2>&1 && [ -s "$out" ]
}

started=$SECONDS
for _ in 1 2 3 4 5; do
    rm -f "$out"
    if [ "$mode" = full ]; then
        train_full && break
        add_missing_variables && continue
        echo "training: the service did not start without its database and broker (last lines below);"
        echo "          falling back to Quarkus' static-init training"
        grep -v '^[[:space:]]*at ' "$log" | tail -n 8 || true
        mode=static
        continue
    fi
    train_static && break
    add_missing_variables && continue
    cat "$log"
    echo "training of the start-up cache failed (Java $major)" >&2
    exit 1
done
if [ ! -s "$out" ]; then
    cat "$log"
    echo "the training run wrote no $out (Java $major)" >&2
    exit 1
fi
rm -f "$log" ./*.aot.config
echo "start-up cache /deployments/$out: $(du -h "$out" | cut -f1), Java $major, training $mode, $((SECONDS - started)) s"
