#!/bin/sh
# Entrypoint of the Redress service images (/deployments/bin/run-java):
#
#   java $JAVA_OPTS [native heap trim] [start-up cache] $JAVA_OPTS_APPEND -jar /deployments/quarkus-run.jar "$@"
#
# JAVA_OPTS         the image's production JVM options (Containerfile); replace them only with care
# JAVA_OPTS_APPEND  the deployment's additions, last so that they win (e.g. -XX:MaxRAMPercentage=60)
# The start-up cache trained when the image was built is used when it is there and matches this JVM:
#   /deployments/app.aot  JDK 25+ AOT cache (JEP 483/514/515)   -XX:AOTCache
#   /deployments/app.jsa  JDK 17-23 dynamic AppCDS archive      -XX:SharedArchiveFile
# A cache that does not match (another JVM build, other GC) is ignored by the JVM, never fatal.
# The cache is mapped at the address it was written for (ArchiveRelocationMode=0, the default up to
# JDK 19; a diagnostic flag since): its pages then stay clean, file-backed and shared by every
# container of the image on a node, instead of being relocated into private memory at each start
# (JDK 25's default, mode 1): measured here, 50 MB less anonymous memory per container (cgroup usage
# 184 -> 135 MB) at the same start-up time. The price is a fixed address for the class metadata of the
# archive (less ASLR); JAVA_OPTS_APPEND="-XX:ArchiveRelocationMode=1" restores the JDK default.
# REDRESS_STARTUP_CACHE=off runs without the cache (to measure what it brings).
# On JDK 22+ the JVM trims glibc's native heap every 5 s (-XX:TrimNativeHeapInterval, a product flag
# since 22): memory freed after start-up goes back to the node instead of staying resident. The
# version comes from the JDK's `release` file, not from starting a JVM.
# POSIX sh on purpose: every JRE base image has /bin/sh, not every one has bash.
set -eu
cd /deployments
cache=""
if [ "${REDRESS_STARTUP_CACHE:-on}" != off ]; then
    if [ -f app.aot ]; then
        cache="-XX:AOTCache=app.aot"
    elif [ -f app.jsa ]; then
        cache="-XX:SharedArchiveFile=app.jsa -Xshare:auto"
    fi
    [ -z "$cache" ] || cache="$cache -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
fi
trim=""
release="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/release"
if [ -f "$release" ]; then
    major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")"
    if [ -n "$major" ] && [ "$major" -ge 22 ]; then
        trim="-XX:TrimNativeHeapInterval=5000"
    fi
fi
# word splitting of the option variables is intended
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} $trim $cache ${JAVA_OPTS_APPEND:-} -jar /deployments/quarkus-run.jar "$@"
