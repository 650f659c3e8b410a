#!/bin/bash
# Health check of the Redress service images (/deployments/bin/health), for container engines that
# run a command in the container (Compose/Podman HEALTHCHECK); Kubernetes uses httpGet probes instead.
#
#   /deployments/bin/health [ready|live|started]   (default ready)
#
# Asks the management interface (127.0.0.1:${REDRESS_MANAGEMENT_PORT:-9000}/q/health/<check>) with
# bash's /dev/tcp, because the image carries no curl or wget; exit 0 only on HTTP 200.
set -u
check="${1:-ready}"
port="${REDRESS_MANAGEMENT_PORT:-9000}"
exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
printf 'GET /q/health/%s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$check" >&3
status=""
read -r -t 5 _ status _ <&3 || exit 1
exec 3<&-
[ "$status" = 200 ]
