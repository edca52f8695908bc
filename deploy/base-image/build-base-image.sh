#!/usr/bin/env bash
# Builds the exchange's Java 17 runtime base image from Debian packages alone, with no Docker
# engine and no container registry: debootstrap makes a minimal Debian root file system with
# openjdk-17-jre-headless, and this script writes it as a one-layer image tar in the format of
# `docker save` (manifest.json + config + layer), which Jib reads as a base image through
# `tar://` and which `docker load` / `podman load` also accept.
#
#   sudo deploy/base-image/build-base-image.sh [OUTPUT_TAR]
#
# Default output: deploy/target/base-image/jre17-debian.tar. Then build the service image on it:
#
#   ./mvnw -Pimage -pl exchange-api -am package -DskipTests \
#       -Dimage.base=tar://$PWD/deploy/target/base-image/jre17-debian.tar
#
# Needs root (debootstrap runs maintainer scripts in a chroot) and the Debian package mirror.
# Settings (environment): SUITE (bookworm), MIRROR, SECURITY_MIRROR ("none" to skip security
# updates), ARCH (the host's dpkg architecture; another one needs qemu-user-static), BASE_REF (the
# name written into the tar), APP_UID/APP_GID (10001:0, the user the service runs as),
# SOURCE_DATE_EPOCH (timestamps in the layer; default: now).
# APP_UID/APP_GID must agree with <user> in exchange-api/pom.xml (deploy's tests check it).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
output="$(realpath -m "${1:-$here/../target/base-image/jre17-debian.tar}")"
suite="${SUITE:-bookworm}"
mirror="${MIRROR:-http://deb.debian.org/debian}"
security_mirror="${SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
arch="${ARCH:-$(dpkg --print-architecture)}"
base_ref="${BASE_REF:-sz-data-exchange/jre17-base:$suite}"
app_uid="${APP_UID:-10001}"
app_gid="${APP_GID:-0}"
epoch="${SOURCE_DATE_EPOCH:-$(date +%s)}"
packages="openjdk-17-jre-headless,ca-certificates,tzdata"

fail() { echo "build-base-image: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap needs it), e.g. with sudo"
command -v debootstrap >/dev/null || fail "debootstrap is missing: apt-get install debootstrap"
command -v sha256sum >/dev/null || fail "sha256sum is missing (coreutils)"

work="$(mktemp -d "${TMPDIR:-/tmp}/exchange-base.XXXXXX")"
rootfs="$work/rootfs"
cleanup() {
    for m in proc sys dev/pts dev; do umount -l "$rootfs/$m" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

echo "==> debootstrap $suite ($arch) with $packages"
debootstrap --variant=minbase --arch="$arch" --include="$packages" "$suite" "$rootfs" "$mirror"

in_root() { chroot "$rootfs" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }
# Maintainer scripts and the java launcher (which finds itself through /proc/self/exe) need /proc.
mount -t proc proc "$rootfs/proc"

if [ "$security_mirror" != "none" ]; then
    echo "==> security updates from $security_mirror"
    printf 'deb %s %s main\ndeb %s %s-updates main\ndeb %s %s-security main\n' \
        "$mirror" "$suite" "$mirror" "$suite" "$security_mirror" "$suite" > "$rootfs/etc/apt/sources.list"
    cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
    in_root apt-get -q update
    in_root apt-get -q -y upgrade
fi

# A passwd entry for the service's user: PostgreSQL's initdb (the embedded database) refuses a
# user id it cannot look up, and Java names the user from it. Group 0 as in the Jib
# configuration; the image's layer, not this one, creates the data directory.
echo "==> user $app_uid:$app_gid"
in_root useradd --system --uid "$app_uid" --gid "$app_gid" --home-dir /var/lib/exchange \
    --no-create-home --shell /usr/sbin/nologin exchange

java_version="$(in_root java -version 2>&1 | head -1)" || fail "java does not run in the root file system"

echo "==> slimming"
in_root apt-get clean
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/var/cache/debconf/*-old \
    "$rootfs"/var/log/* "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* \
    "$rootfs"/usr/share/locale/* "$rootfs"/tmp/* "$rootfs"/var/tmp/* "$rootfs"/root/.cache
# The container runtime provides these; device nodes in a layer also break rootless unpacking.
for m in proc sys dev/pts dev; do
    umount -l "$rootfs/$m" 2>/dev/null || true
    ! mountpoint -q "$rootfs/$m" || fail "$rootfs/$m is still mounted"
done
rm -rf "${rootfs:?}"/dev/* "${rootfs:?}"/proc/* "${rootfs:?}"/sys/* "${rootfs:?}"/run/*
rm -f "$rootfs"/etc/passwd- "$rootfs"/etc/group- "$rootfs"/etc/shadow- "$rootfs"/etc/gshadow- "$rootfs/etc/hostname"
install -m 0644 /dev/null "$rootfs/etc/resolv.conf"
install -m 0444 /dev/null "$rootfs/etc/machine-id"
# Runtimes mount their own /etc/hosts; this one serves any that does not.
printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' > "$rootfs/etc/hosts"
chmod 1777 "$rootfs/tmp"
[ -x "$rootfs/usr/lib/jvm/java-17-openjdk-$arch/bin/java" ] || fail "no Java 17 in the root file system"

echo "==> writing the image"
image="$work/image"
mkdir -p "$image"
layer_tmp="$image/layer.tar"
(cd "$rootfs" && LC_ALL=C ls -A | LC_ALL=C sort | tar --create --file="$layer_tmp" --numeric-owner \
    --sort=name --mtime="@$epoch" --clamp-mtime --xattrs --xattrs-include='security.capability' \
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime --files-from=-)
diff_id="$(sha256sum "$layer_tmp" | cut -d' ' -f1)"
mkdir -p "$image/$diff_id"
mv "$layer_tmp" "$image/$diff_id/layer.tar"

created="$(date -u -d "@$epoch" +%Y-%m-%dT%H:%M:%SZ)"
java_home="/usr/lib/jvm/java-17-openjdk-$arch"
config_json="{\"architecture\":\"$arch\",\"os\":\"linux\",\"created\":\"$created\",\
\"config\":{\"Env\":[\"PATH=$java_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\
\"JAVA_HOME=$java_home\",\"LANG=C.UTF-8\"],\"WorkingDir\":\"/\",\
\"Labels\":{\"org.opencontainers.image.title\":\"Java 17 runtime on Debian $suite\",\
\"org.opencontainers.image.base.name\":\"debian:$suite\"}},\
\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:$diff_id\"]},\
\"history\":[{\"created\":\"$created\",\"created_by\":\"deploy/base-image/build-base-image.sh: debootstrap $suite $packages\"}]}"
config_digest="$(printf '%s' "$config_json" | sha256sum | cut -d' ' -f1)"
printf '%s' "$config_json" > "$image/$config_digest.json"
printf '[{"Config":"%s.json","RepoTags":["%s"],"Layers":["%s/layer.tar"]}]' \
    "$config_digest" "$base_ref" "$diff_id" > "$image/manifest.json"

mkdir -p "$(dirname "$output")"
tar --create --file="$output" --numeric-owner --mtime="@$epoch" -C "$image" \
    manifest.json "$config_digest.json" "$diff_id/layer.tar"

echo "==> $output"
echo "    size:        $(du -h "$output" | cut -f1)"
echo "    config:      sha256:$config_digest (the image id)"
echo "    layer:       sha256:$diff_id"
echo "    java:        $java_version"
echo "    use it with: -Dimage.base=tar://$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"
