#!/usr/bin/env bash
# Runs the image tar that Jib built on a machine without a container engine, and checks that the
# service inside answers its health probes. It does what a runtime does, the simple way: unpacks
# the layers, then, in a private mount namespace, mounts the root file system read-only (as
# deployment.yaml asks), a tmpfs on /tmp and a fresh directory on the data volume, and starts the
# image's own entrypoint with its environment as its user (chroot --userspec).
#
#   sudo deploy/smoke-test-image.sh [IMAGE_TAR] [-- EXTRA_ENV=VALUE ...]
#
# Default IMAGE_TAR: exchange-api/target/jib-image.tar. With no SPRING_R2DBC_URL given the
# service starts its embedded PostgreSQL in the data volume, which needs a passwd entry for the
# image's user (the Debian base from base-image/build-base-image.sh has one). The payment gateway
# is the embedded simulator (EXCHANGE_PAYMENT_GATEWAY_MODE=embedded) unless the extra environment
# names another (EXCHANGE_PAYMENT_GATEWAY_MODE=external EXCHANGE_PAYMENT_GATEWAY_URL=...). SMOKE_LOG=FILE keeps
# the service's output. The image's port
# is used on the host network: it must be free. Needs root, util-linux, python3 and curl.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
image_tar="$here/../exchange-api/target/jib-image.tar"
if [ $# -gt 0 ] && [ "$1" != "--" ]; then image_tar="$1"; shift; fi
[ "${1:-}" = "--" ] && shift
extra_env=("$@")
timeout_s="${SMOKE_TIMEOUT:-180}"
log="${SMOKE_LOG:-}"

fail() { echo "smoke-test-image: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "run as root (mount namespaces and chroot need it)"
[ -f "$image_tar" ] || fail "no image tar at $image_tar: ./mvnw -Pimage -pl exchange-api -am package -DskipTests"
for tool in unshare chroot python3 curl; do command -v "$tool" >/dev/null || fail "$tool is missing"; done

work="$(mktemp -d "${TMPDIR:-/tmp}/exchange-smoke.XXXXXX")"
pid=""
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/image" "$work/rootfs" "$work/data"
log="${log:-$work/service.log}"
tar -xf "$image_tar" -C "$work/image"
# manifest.json -> layers in order; config -> entrypoint, environment, user, port, volume.
python3 - "$work/image" > "$work/plan" <<'PY'
import json, shlex, sys, os
d = sys.argv[1]
m = json.load(open(os.path.join(d, "manifest.json")))[0]
c = json.load(open(os.path.join(d, m["Config"])))["config"]
port = next(iter(c.get("ExposedPorts", {"8080/tcp": {}}))).split("/")[0]
print("layers=(" + " ".join(shlex.quote(l) for l in m["Layers"]) + ")")
print("entrypoint=(" + " ".join(shlex.quote(a) for a in c["Entrypoint"] + c.get("Cmd", [])) + ")")
print("environment=(" + " ".join(shlex.quote(e) for e in c.get("Env", [])) + ")")
print("user=" + shlex.quote(c.get("User") or "0:0"))
print("port=" + shlex.quote(port))
print("volume=" + shlex.quote(next(iter(c.get("Volumes", {"/var/lib/exchange": {}})))))
PY
# shellcheck disable=SC1091
. "$work/plan"
for layer in "${layers[@]}"; do
    tar -tf "$work/image/$layer" --warning=no-unknown-keyword > "$work/entries"
    if grep -q '\.wh\.' "$work/entries"; then fail "layer $layer has whiteouts: not handled here"; fi
    tar -xf "$work/image/$layer" -C "$work/rootfs" --numeric-owner --warning=no-unknown-keyword
done
echo "image: ${#layers[@]} layers, user $user, port $port, volume $volume"
echo "entrypoint: ${entrypoint[*]}"
[ -d "$work/rootfs$volume" ] || fail "the image has no $volume"
chown "${user%%:*}:${user##*:}" "$work/data"

unshare --mount --propagation private bash -c '
    set -e
    root="$1"; data="$2"; volume="$3"; user="$4"; shift 4
    mount --bind "$root" "$root"
    mount --rbind /dev "$root/dev"
    mount -t proc proc "$root/proc"
    mount -t tmpfs -o mode=1777,size=2g tmpfs "$root/tmp"
    mount --bind "$data" "$root$volume"
    # A runtime provides these; PostgreSQL, for one, must resolve localhost.
    for f in /etc/hosts /etc/resolv.conf; do touch "$root$f"; mount --bind "$f" "$root$f"; done
    mount -o remount,bind,ro "$root"
    exec chroot --userspec="$user" "$root" "$@"
' smoke "$work/rootfs" "$work/data" "$volume" "$user" \
    /usr/bin/env -i "${environment[@]}" EXCHANGE_PAYMENT_GATEWAY_MODE=embedded "${extra_env[@]}" "${entrypoint[@]}" > "$log" 2>&1 &
pid=$!

ready=""
for _ in $(seq 1 "$timeout_s"); do
    kill -0 "$pid" 2>/dev/null || break
    if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then ready=yes; break; fi
    sleep 1
done
if [ -z "$ready" ]; then
    tail -40 "$log" >&2
    fail "the service did not become ready on port $port"
fi
echo "readiness: $(curl -fsS "http://127.0.0.1:$port/actuator/health/readiness")"
echo "liveness:  $(curl -fsS "http://127.0.0.1:$port/actuator/health/liveness")"
echo "metrics without a token: HTTP $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/prometheus")"
# With a bootstrap admin secret given, the whole path: a token for the admin client opens the
# metrics endpoint.
admin_secret="" admin_id="platform-admin"
for e in "${extra_env[@]}"; do
    case "$e" in
        EXCHANGE_BOOTSTRAP_ADMIN_SECRET=*) admin_secret="${e#*=}" ;;
        EXCHANGE_BOOTSTRAP_ADMIN_CLIENT_ID=*) admin_id="${e#*=}" ;;
    esac
done
if [ -n "$admin_secret" ]; then
    token="$(curl -fsS "http://127.0.0.1:$port/api/v1/auth/token" -d grant_type=client_credentials \
        --data-urlencode "client_id=$admin_id" --data-urlencode "client_secret=$admin_secret" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')" \
        || fail "no token for the bootstrap admin $admin_id"
    echo "metrics with the admin's token: HTTP $(curl -s -o /dev/null -w '%{http_code}' \
        -H "Authorization: Bearer $token" "http://127.0.0.1:$port/actuator/prometheus")"
fi
grep -E "Started|embedded PostgreSQL" "$log" | sed 's/^/log: /' | head -3
echo "data volume: $(cd "$work/data" && ls -A | tr '\n' ' ')"
kill -TERM "$pid"
wait "$pid" && status=0 || status=$?
pid=""
grep -iE "graceful|shutdown" "$log" | sed 's/^/log: /' | tail -2 || true
echo "stopped with status $status after SIGTERM"
echo "smoke test passed"
