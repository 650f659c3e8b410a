#!/usr/bin/env bash
# Builds the local JRE base image of the Redress services, without pulling anything:
#
#   deploy/containers/base-image.sh        # prints the image reference on stdout (logs on stderr)
#
#   localhost/redress/jre-base:<hash>  and  localhost/redress/jre-base:latest
#
# debootstrap --variant=minbase puts a Debian system with a headless JRE into a folder (from the
# Debian mirror apt uses), the security updates are applied, apt caches / docs / man pages are
# removed, a non-root user 185 (group 0, home /deployments) is added, and the folder is imported
# with `tar | podman import`. Here, where no registry can be reached, this is the base of the
# service images; in production the Containerfile's BASE_IMAGE is a maintained JRE image instead
# (see Containerfile).
#
# Cached: <hash> is a hash of this script, the suite and the package list, and the image carries
# it as label org.redress.base.hash; when such an image exists, nothing is built (a second run
# takes well under a second). REDRESS_BASE_REFRESH=1 rebuilds anyway (to pick up new Debian
# security updates, e.g. weekly in CI).
#
# Environment:
#   REDRESS_BASE_SUITE   auto (default): Debian trixie with openjdk-25-jre-headless (Java 25: the
#                        services start faster with a JDK 25 AOT cache) and, if that cannot be
#                        bootstrapped, bookworm with openjdk-17-jre-headless; or trixie / bookworm
#   REDRESS_DEBIAN_MIRROR  default: the Debian mirror of /etc/apt/sources.list(.d), else
#                        http://deb.debian.org/debian
#   REDRESS_BASE_REFRESH=1 rebuild even when the cached image exists
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=SCRIPTDIR/../lib/podman.sh
source "$HERE/../lib/podman.sh"

REPO=localhost/redress/jre-base
SUITE_CHOICE="${REDRESS_BASE_SUITE:-auto}"
# suite -> packages (the JRE pulls in ca-certificates-java; tzdata for java.time zone names
# is inside the JDK, so not needed; fonts-dejavu-core: the fonts cases-service embeds in a formal
# notice's PDF, so that every character of a company's name prints)
declare -A PACKAGES=(
    [trixie]="openjdk-25-jre-headless,fonts-dejavu-core"
    [bookworm]="openjdk-17-jre-headless,fonts-dejavu-core"
)
case "$SUITE_CHOICE" in
    auto) SUITES=(trixie bookworm) ;;
    trixie | bookworm) SUITES=("$SUITE_CHOICE") ;;
    *) _podman_err "REDRESS_BASE_SUITE must be auto, trixie or bookworm (was $SUITE_CHOICE)"; exit 2 ;;
esac

log() { printf '[redress/base-image] %s\n' "$*" >&2; }

# input_hash SUITE: sha256 of this script + suite + packages
input_hash() {
    { cat "${BASH_SOURCE[0]}"; printf '\n%s\n%s\n' "$1" "${PACKAGES[$1]}"; } | sha256sum | cut -c1-64
}

# debian_mirror: the first Debian archive URI apt uses (not the security archive)
debian_mirror() {
    if [[ -n "${REDRESS_DEBIAN_MIRROR:-}" ]]; then printf '%s' "$REDRESS_DEBIAN_MIRROR"; return; fi
    local uri
    uri="$(
        {
            # one-line style: deb [opts] URI suite components
            cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
                | awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) { print $i; break } }'
            # deb822 style: URIs: ... in a stanza of Types: deb
            cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
                | awk 'tolower($1) == "uris:" { for (i = 2; i <= NF; i++) print $i }'
        } | grep -E '^https?://' | grep -v -- '-security' | grep -E '/debian/?$' | head -n1
    )"
    printf '%s' "${uri:-http://deb.debian.org/debian}"
}

# use_existing SUITE: tags and prints the cached image of SUITE, if any
use_existing() {
    local hash image
    hash="$(input_hash "$1")"
    image="$REPO:${hash:0:12}"
    [[ "${REDRESS_BASE_REFRESH:-0}" == 1 ]] && return 1
    podman image exists "$image" || return 1
    [[ "$(podman_image_label "$image" org.redress.base.hash)" == "$hash" ]] || return 1
    podman tag "$image" "$REPO:latest"
    log "cached: $image ($1, $(podman_image_label "$image" org.redress.base.java))"
    printf '%s\n' "$image"
}

WORK=""
cleanup() {
    if [[ -n "$WORK" && -d "$WORK" ]]; then
        umount "$WORK/rootfs/proc" 2>/dev/null || true
        rm -rf --one-file-system "$WORK"
    fi
}

# build SUITE: debootstrap + slim + import; prints the image reference.
# Run it as a separate (background) process: there `set -e` stops at the first failure, which
# it would not do in a function called from an `if` or `&&`.
build() {
    local suite="$1" pkgs="${PACKAGES[$1]}" hash mirror rootfs started=$SECONDS
    hash="$(input_hash "$suite")"
    mirror="$(debian_mirror)"
    WORK="$(mktemp -d /var/tmp/redress-base.XXXXXX)"
    trap cleanup EXIT
    rootfs="$WORK/rootfs"
    log "debootstrap --variant=minbase --include=$pkgs $suite (mirror $mirror); takes a few minutes ..."
    if ! debootstrap --variant=minbase --include="$pkgs" "$suite" "$rootfs" "$mirror" >"$WORK/debootstrap.log" 2>&1; then
        log "debootstrap of $suite failed; last lines of its log:"
        tail -n 15 "$WORK/debootstrap.log" >&2
        return 1
    fi

    # Security and point-release updates: debootstrap installs only what the suite itself has.
    cat >"$rootfs/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb ${mirror%/}-security $suite-security main
EOF
    # from now on dpkg leaves docs (but copyright files), man pages and translations out
    cat >"$rootfs/etc/dpkg/dpkg.cfg.d/01-redress-slim" <<'EOF'
path-exclude=/usr/share/doc/*
path-include=/usr/share/doc/*/copyright
path-exclude=/usr/share/man/*
path-exclude=/usr/share/info/*
path-exclude=/usr/share/locale/*
path-exclude=/usr/share/lintian/*
EOF
    mount -t proc proc "$rootfs/proc"
    log "applying $suite-updates / $suite-security ..."
    if ! chroot "$rootfs" sh -c 'apt-get -q update && DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Options::=--force-confold dist-upgrade' \
        >"$WORK/upgrade.log" 2>&1; then
        tail -n 15 "$WORK/upgrade.log" >&2
        log "ERROR: updating $suite failed (security archive unreachable?)"
        return 1
    fi
    local java java_home version
    java="$(chroot "$rootfs" readlink -f /usr/bin/java)"
    java_home="${java%/bin/java}"
    # the JVM's default CDS archive (Debian ships it; regenerate if an update left none)
    if ! ls "$rootfs$java_home"/lib/server/classes*.jsa >/dev/null 2>&1; then
        chroot "$rootfs" "$java" -Xshare:dump >/dev/null
    fi
    version="$(chroot "$rootfs" "$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version/ { print $2 }')"
    umount "$rootfs/proc"

    # non-root user of the services: uid 185 (as in the Red Hat / Quarkus images), group 0 so that
    # a platform running the container with an arbitrary uid in group 0 (OpenShift) can write too
    chroot "$rootfs" useradd --system --uid 185 --gid 0 --home-dir /deployments --no-create-home \
        --shell /usr/sbin/nologin --comment "Redress service" redress
    install -d -m 0775 -o 185 -g 0 "$rootfs/deployments"

    # slim: package caches and lists, docs (copyright files stay), man pages, translations, logs
    chroot "$rootfs" apt-get clean
    rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/cache/debconf/*-old \
        "$rootfs"/var/lib/dpkg/*-old "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* \
        "$rootfs"/usr/share/locale/* "$rootfs"/usr/share/lintian "$rootfs"/usr/share/bug \
        "$rootfs"/var/log/* "$rootfs"/tmp/* "$rootfs"/var/tmp/* "$rootfs"/root/.cache
    find "$rootfs/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
    find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
    # the JVM's CDS archives for heaps above 32 GB (no compressed oops): never used in a container
    # of this size (-30 MB)
    rm -f "$rootfs$java_home"/lib/server/classes_nocoops*.jsa

    local image="$REPO:${hash:0:12}" created
    created="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    log "importing $image ($(du -sh --apparent-size "$rootfs" | cut -f1) of files) ..."
    tar -C "$rootfs" --numeric-owner -cf - . | podman import -q \
        --change "USER 185" \
        --change "WORKDIR /deployments" \
        --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
        --change "ENV LANG=C.UTF-8" \
        --change "ENV JAVA_HOME=$java_home" \
        --change "ENV JAVA_VERSION=$version" \
        --change "LABEL org.redress.base.hash=$hash" \
        --change "LABEL org.redress.base.suite=$suite" \
        --change "LABEL org.redress.base.java=$version" \
        --change "LABEL org.opencontainers.image.title=redress-jre-base" \
        --change "LABEL org.opencontainers.image.description=Debian $suite minbase with $pkgs, user 185:0, built locally by deploy/containers/base-image.sh" \
        --change "LABEL org.opencontainers.image.created=$created" \
        --change "LABEL org.opencontainers.image.base.name=debian:$suite" \
        --message "debootstrap --variant=minbase --include=$pkgs $suite" \
        - "$image" >/dev/null
    podman tag "$image" "$REPO:latest"
    log "built $image (Java $version) in $((SECONDS - started)) s: $(podman image inspect --format '{{.Size}}' "$image" | numfmt --to=iec)"
    printf '%s\n' "$image"
}

main() {
    if [[ $EUID -ne 0 ]]; then
        _podman_err "debootstrap, chroot and podman import need root here"
        exit 1
    fi
    ensure_podman
    local suite
    for suite in "${SUITES[@]}"; do
        use_existing "$suite" && return 0
    done
    command -v debootstrap >/dev/null 2>&1 || {
        log "installing debootstrap (apt-get) ..."
        DEBIAN_FRONTEND=noninteractive apt-get install -y debootstrap >&2 </dev/null
    }
    for suite in "${SUITES[@]}"; do
        build "$suite" &
        if wait $!; then return 0; fi
        log "could not build the $suite base image"
    done
    _podman_err "no base image could be built (suites tried: ${SUITES[*]})"
    exit 1
}

main "$@"
