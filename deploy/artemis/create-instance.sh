#!/usr/bin/env bash
# Creates (once) an ActiveMQ Artemis broker instance for Redress, without starting it.
#
#   deploy/artemis/create-instance.sh INSTANCE_DIR PORT [WEB_PORT]
#
# - one acceptor on 127.0.0.1:PORT that speaks AMQP 1.0 (and CORE); the
#   dedicated AMQP/MQTT/STOMP/HornetQ acceptors (5672, 1883, 61613, 5445) are
#   left out, because those ports are taken on the CI machines;
# - login required: user ${REDRESS_AMQP_USER:-redress} / ${REDRESS_AMQP_PASSWORD:-redress};
# - web console on 127.0.0.1:WEB_PORT if WEB_PORT is given, else no web server;
# - the Redress addresses and durable queues of deploy/artemis/addresses.xml,
#   inserted into etc/broker.xml between marker comments. Re-running the script
#   on an existing instance refreshes that block if addresses.xml changed (a
#   running broker picks broker.xml changes up within seconds).
#
# Start the broker with:  INSTANCE_DIR/bin/artemis run   (Java 17 is fine)
# Idempotent; safe to call concurrently for the same INSTANCE_DIR (flock).
# Environment: REDRESS_ARTEMIS_JAVA_MEMORY (512M) sets the broker's -Xmx.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/lib/components.sh
source "$SCRIPT_DIR/../lib/components.sh"

usage() {
    echo "usage: $0 INSTANCE_DIR PORT [WEB_PORT]" >&2
    exit 2
}

[[ $# -ge 2 && $# -le 3 ]] || usage
INSTANCE_ARG="$1"
PORT="$2"
WEB_PORT="${3:-}"
[[ "$PORT" =~ ^[0-9]+$ ]] || { redress_err "PORT must be a number, got '$PORT'"; usage; }
[[ -z "$WEB_PORT" || "$WEB_PORT" =~ ^[0-9]+$ ]] || { redress_err "WEB_PORT must be a number, got '$WEB_PORT'"; usage; }

ADDRESSES_XML="$SCRIPT_DIR/addresses.xml"
BEGIN_MARK='<!-- BEGIN redress addresses (deploy/artemis/addresses.xml) -->'
END_MARK='<!-- END redress addresses -->'

mkdir -p "$(dirname "$INSTANCE_ARG")"
INSTANCE_DIR="$(cd "$(dirname "$INSTANCE_ARG")" && pwd)/$(basename "$INSTANCE_ARG")"
BROKER_XML="$INSTANCE_DIR/etc/broker.xml"

# Serialise concurrent calls for the same instance (e.g. parallel test JVMs).
if command -v flock >/dev/null 2>&1; then
    exec 9>"$(dirname "$INSTANCE_DIR")/.$(basename "$INSTANCE_DIR").create.lock"
    flock -w 300 9 || { redress_err "timed out waiting for the lock on $INSTANCE_DIR"; exit 1; }
fi

if [[ -x "$INSTANCE_DIR/bin/artemis" && -f "$BROKER_XML" ]]; then
    if ! grep -q "tcp://127.0.0.1:${PORT}[?<]" "$BROKER_XML"; then
        redress_err "$INSTANCE_DIR exists but its acceptor is not on 127.0.0.1:$PORT:"
        grep -o 'tcp://[^?<]*' "$BROKER_XML" | sed 's/^/[redress]   /' >&2 || true
        redress_err "delete that folder to recreate it, or use its port."
        exit 1
    fi
else
    fetch_components
    create_args=(
        create "$INSTANCE_DIR"
        --silent
        --host 127.0.0.1
        --http-host 127.0.0.1
        --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor
        --default-port "$PORT"
        --user "${REDRESS_AMQP_USER:-redress}"
        --password "${REDRESS_AMQP_PASSWORD:-redress}"
        --require-login
        --java-memory "${REDRESS_ARTEMIS_JAVA_MEMORY:-512M}"
    )
    if [[ -n "$WEB_PORT" ]]; then
        create_args+=(--http-port "$WEB_PORT")
    else
        create_args+=(--no-web)
    fi
    if [[ -e "$INSTANCE_DIR" ]]; then
        # left over from an interrupted create: overwrite it
        create_args+=(--force)
    fi
    redress_log "creating Artemis instance $INSTANCE_DIR (AMQP on 127.0.0.1:$PORT${WEB_PORT:+, console on 127.0.0.1:$WEB_PORT})"
    create_log="$(mktemp)"
    if ! "$ARTEMIS_HOME/bin/artemis" "${create_args[@]}" </dev/null >"$create_log" 2>&1 \
        || [[ ! -x "$INSTANCE_DIR/bin/artemis" || ! -f "$BROKER_XML" ]]; then
        cat "$create_log" >&2
        rm -f "$create_log"
        redress_err "artemis create failed for $INSTANCE_DIR"
        exit 1
    fi
    rm -f "$create_log"
fi

# (Re)write the block between the markers, right after <addresses>.
new_xml="$(mktemp)"
trap 'rm -f "$new_xml"' EXIT
awk -v frag="$ADDRESSES_XML" -v begin="$BEGIN_MARK" -v end="$END_MARK" '
    index($0, begin) { skipping = 1; next }
    skipping && index($0, end) { skipping = 0; next }
    skipping { next }
    {
        print
        if (!done && $0 ~ /<addresses>[[:space:]]*$/) {
            print "         " begin
            while ((getline line < frag) > 0) print "         " line
            close(frag)
            print "         " end
            done = 1
        }
    }
    END { if (!done) exit 3 }
' "$BROKER_XML" >"$new_xml" || {
    redress_err "could not find a line ending in <addresses> in $BROKER_XML"
    exit 1
}

# Check well-formedness before replacing the live file.
if command -v xmllint >/dev/null 2>&1; then
    xmllint --noout "$new_xml" || { redress_err "the resulting broker.xml is not well-formed (kept the old one)"; exit 1; }
elif command -v python3 >/dev/null 2>&1; then
    python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$new_xml" \
        || { redress_err "the resulting broker.xml is not well-formed (kept the old one)"; exit 1; }
else
    redress_log "neither xmllint nor python3 found: broker.xml not checked (Artemis validates it at start)"
fi

if cmp -s "$new_xml" "$BROKER_XML"; then
    redress_log "Artemis instance $INSTANCE_DIR is ready (addresses up to date)"
else
    cat "$new_xml" >"$BROKER_XML"
    redress_log "Artemis instance $INSTANCE_DIR is ready (addresses written to etc/broker.xml)"
fi
