#!/usr/bin/env bash
# Builds the Redress service images with Podman, offline, from the packaged services:
#
#   deploy/containers/build.sh [complaints-service|cases-service|notifications-service ...]
#
#   localhost/redress/<service>:0.1.0  and  localhost/redress/<service>:latest   (all three by default)
#
# Needs <service>/target/quarkus-app (./mvnw -B package -DskipTests); this script does not run Maven.
# The base image comes from deploy/containers/base-image.sh (built once, then cached by its hash),
# each service image from deploy/containers/Containerfile with --pull=never --network none. When
# nothing changed, every step is a layer-cache hit and a service takes a few seconds.
#
# Environment:
#   REDRESS_IMAGE_VERSION   tag (default 0.1.0, the contract's)
#   REDRESS_BASE_IMAGE      use this base instead of building the local one (e.g. a maintained JRE
#                           image already in local storage)
#   REDRESS_STARTUP_CACHE   on (default) | off: train the start-up cache at build time
#   REDRESS_PODMAN_BUILD_ARGS  extra arguments for `podman build` (word-split)
#   REDRESS_BUILD_LOCK      a lock file that Maven builds on this machine hold (none by
#                           default; e.g. /tmp/redress-maven.lock): the images are built under a
#                           shared lock on it, so that no Maven build rewrites target/quarkus-app
#                           while it is being copied
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=SCRIPTDIR/../lib/podman.sh
source "$ROOT/deploy/lib/podman.sh"

ALL_SERVICES=(complaints-service cases-service notifications-service)
VERSION="${REDRESS_IMAGE_VERSION:-0.1.0}"
log() { printf '[redress/build] %s\n' "$*" >&2; }
die() { printf '[redress/build] ERROR: %s\n' "$*" >&2; exit 1; }

services=("$@")
((${#services[@]})) || services=("${ALL_SERVICES[@]}")
for svc in "${services[@]}"; do
    [[ " ${ALL_SERVICES[*]} " == *" $svc "* ]] || die "unknown service '$svc' (one of: ${ALL_SERVICES[*]})"
done

# every service packaged before anything is built
missing=()
for svc in "${services[@]}"; do
    app="$ROOT/$svc/target/quarkus-app"
    for part in quarkus-run.jar lib quarkus app; do
        [[ -e "$app/$part" ]] || { missing+=("$svc/target/quarkus-app/$part"); break; }
    done
done
if ((${#missing[@]})); then
    die "not packaged: ${missing[*]}
  build the services first:  cd $ROOT && ./mvnw -B -ntp package -DskipTests"
fi
for svc in "${services[@]}"; do
    newer="$(find "$ROOT/$svc/src" "$ROOT/$svc/pom.xml" -newer "$ROOT/$svc/target/quarkus-app/quarkus-run.jar" -type f -print -quit 2>/dev/null || true)"
    [[ -z "$newer" ]] || log "warning: $svc has sources newer than its package (${newer#"$ROOT"/}); the image gets the old package"
done

ensure_podman
if [[ -n "${REDRESS_BASE_IMAGE:-}" ]]; then
    base="$REDRESS_BASE_IMAGE"
    podman image exists "$base" || die "REDRESS_BASE_IMAGE=$base is not in local storage (podman pull it first)"
else
    base="$("$ROOT/deploy/containers/base-image.sh")"
fi
revision="$(git -C "$ROOT" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"

read -r -a extra <<<"${REDRESS_PODMAN_BUILD_ARGS:-}"
lock="${REDRESS_BUILD_LOCK:-}"
if [[ -n "$lock" && -e "$lock" ]] && command -v flock >/dev/null 2>&1; then
    exec 9<"$lock"
    flock -s -w 1800 9 || die "timed out waiting for the Maven build that holds $lock"
fi
for svc in "${services[@]}"; do
    started=$SECONDS
    image="localhost/redress/$svc"
    log "building $image:$VERSION from $svc/target/quarkus-app on $base ..."
    buildlog="$(mktemp)"
    if ! podman build --pull=never --network none --format docker \
        -f "$ROOT/deploy/containers/Containerfile" \
        --build-arg BASE_IMAGE="$base" \
        --build-arg SERVICE="$svc" \
        --build-arg VERSION="$VERSION" \
        --build-arg REVISION="$revision" \
        --build-arg STARTUP_CACHE="${REDRESS_STARTUP_CACHE:-on}" \
        -t "$image:$VERSION" -t "$image:latest" \
        "${extra[@]}" "$ROOT" >"$buildlog" 2>&1; then
        tail -n 40 "$buildlog" >&2
        rm -f "$buildlog"
        die "podman build of $svc failed (output above)"
    fi
    grep -h 'start-up cache\|training:' "$buildlog" | sed 's/^/    /' >&2 || true
    rm -f "$buildlog"
    log "$image:$VERSION  $(podman image inspect --format '{{.Size}}' "$image:$VERSION" | numfmt --to=iec)  ($((SECONDS - started)) s)"
done
