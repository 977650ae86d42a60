#!/bin/bash
# Build the Linux bundle and the .deb inside a Debian 11 (bullseye, glibc 2.31) userland, so that what PyInstaller
# copies (libpython, the PySide6 6.9.3 wheels, system libraries) needs glibc <= 2.31: Kylin V10 has 2.31, UOS 20 2.28.
#
#   sudo packaging/build_bullseye.sh [--out DIR] [--pyside VERSION] [--root DIR] [--check-only] [--shell]
#
#   --out DIR         where the bundle and the .deb go on the host (default: <repo>/dist/bullseye)
#   --pyside VERSION  PySide6 version passed to build_linux.sh (default 6.9.3: the last amd64 wheels for glibc 2.28)
#   --root DIR        the Debian 11 root (default /var/tmp/yibiao-roots/bullseye-build; outside the repository)
#   --check-only      make the root and Python 3.11, run plain PyInstaller on packaging/yibiao.spec (no .deb)
#   --shell           open a shell in the prepared root instead of building
#
# Needs root (debootstrap, chroot, mount) and the Debian archive (deb.debian.org) and PyPI; no container engine.
# Steps (each one cached in the root, so a second run only rebuilds the bundle):
#   1. debootstrap bullseye (minbase + the compiler and the -dev packages CPython needs);
#   2. CPython 3.11 built from Debian's own source tarball (bookworm's python3.11 orig tarball, sha256 pinned below),
#      --enable-shared so PyInstaller can bundle libpython, installed to /opt/py311 in the root;
#   3. uv installed with that Python's pip;
#   4. a snapshot of the working tree (git ls-files: tracked + untracked-not-ignored files; no .venv, build/, dist/)
#      copied to /src in the root, so the build never touches the host's .venv or build/ (shared with other work),
#      then `packaging/build_linux.sh --pyside VERSION --out /out` runs there with its own uv cache and venv;
#   5. the result is copied to --out on the host and packaging/glibc_ceiling.py --max 2.31 checks it.
set -euo pipefail

REPO=${YIBIAO_REPO:-$(cd "$(dirname "$0")/.." && pwd)}
ROOT=/var/tmp/yibiao-roots/bullseye-build
OUT=""
PYSIDE=6.9.3
MODE=build
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
GLIBC_MAX=2.31

# CPython 3.11 from Debian bookworm's source package python3.11 (3.11.2-6+deb12u8): the upstream tarball Debian ships.
PY_URL="$MIRROR/pool/main/p/python3.11/python3.11_3.11.2.orig.tar.gz"
PY_SHA256=2411c74bda5bbcfcddaf4531f66d1adc73f247f529aee981b029513aefdbf849
PY_PREFIX=/opt/py311

# Build packages in the root: CPython's build dependencies plus the libraries that Qt's plugins link against, so
# PyInstaller finds (and build_linux.sh can decide to bundle or leave out) the same libraries a desktop has.
PACKAGES=build-essential,ca-certificates,pkg-config,libssl-dev,zlib1g-dev,libbz2-dev,libreadline-dev,libsqlite3-dev,\
libffi-dev,liblzma-dev,uuid-dev,libgdbm-dev,libncurses-dev,libexpat1-dev,dpkg-dev,binutils,file,xz-utils,curl,git
QT_RUNTIME="libgl1 libegl1 libopengl0 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0 \
libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
libxcb-shape0 libxcb-cursor0 libxcb-sync1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxcb-render0 libxcb-shm0 libxcb-util1 \
libxrender1 libxi6 libsm6 libice6 libcups2 libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 \
libasound2 libpulse0 libgssapi-krb5-2 binutils patchelf"

while [ $# -gt 0 ]; do
    case "$1" in
        --out) OUT=$2; shift 2 ;;
        --pyside) PYSIDE=$2; shift 2 ;;
        --root) ROOT=$2; shift 2 ;;
        --check-only) MODE=check; shift ;;
        --shell) MODE=shell; shift ;;
        -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done
OUT=${OUT:-$REPO/dist/bullseye}
[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap, chroot and mount need it)" >&2; exit 2; }

mkdir -p "$(dirname "$ROOT")"
exec 9>"$ROOT.lock"
flock -n 9 || { echo "another build_bullseye.sh is using $ROOT (lock $ROOT.lock)" >&2; exit 2; }

log() { printf '[bullseye %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
START=$(date +%s)

# ---- 1. the root -------------------------------------------------------------------------------------------------
if ! command -v debootstrap >/dev/null; then
    log "installing debootstrap on the host"
    apt-get install -y debootstrap >/dev/null
fi
if [ ! -e "$ROOT/.yibiao-root-ready" ]; then
    log "debootstrap bullseye into $ROOT (several minutes)"
    rm -rf "$ROOT.tmp"
    mkdir -p "$(dirname "$ROOT")"
    debootstrap --variant=minbase --include="$PACKAGES" bullseye "$ROOT.tmp" "$MIRROR"
    rm -rf "$ROOT"
    mv "$ROOT.tmp" "$ROOT"
    touch "$ROOT/.yibiao-root-ready"
fi

MOUNTS=()
cleanup() {
    local i
    for ((i=${#MOUNTS[@]}-1; i>=0; i--)); do umount -l "${MOUNTS[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
mount_in() {  # mount_in TYPE-ARGS... TARGET  (TARGET last; recorded for the trap)
    local target=${*: -1}
    mkdir -p "$target"
    mount "$@"
    MOUNTS+=("$target")
}
# debootstrap made the device nodes (/dev/null, urandom…); the host's /dev is not bind-mounted, so nothing mounted
# in the root can reach the host's /dev/shm.
mount_in -t proc proc "$ROOT/proc"
mount_in -t tmpfs -o mode=1777 shm "$ROOT/dev/shm"
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
# The host's CA bundle (it may trust a site's TLS-intercepting proxy that the root's Debian bundle does not know):
# pip and uv in the root reach PyPI through whatever the host trusts.
cp -L "${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}" "$ROOT/etc/ssl/certs/yibiao-host-ca.crt"

in_root() {  # a clean environment: nothing from the host's Python, uv or Qt settings leaks in
    chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" \
        PATH="$PY_PREFIX/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
        UV_CACHE_DIR=/var/cache/uv UV_PYTHON="$PY_PREFIX/bin/python3.11" UV_PYTHON_DOWNLOADS=never \
        UV_PROJECT_ENVIRONMENT=/var/tmp/yibiao-venv UV_LINK_MODE=copy \
        SSL_CERT_FILE=/etc/ssl/certs/yibiao-host-ca.crt PIP_CERT=/etc/ssl/certs/yibiao-host-ca.crt \
        PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore \
        "$@"
}

if [ "$(cat "$ROOT/.yibiao-qt-runtime" 2>/dev/null)" != "$QT_RUNTIME" ]; then
    log "apt-get install the libraries Qt's plugins use"
    in_root apt-get update -q >/dev/null
    # shellcheck disable=SC2086
    in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $QT_RUNTIME >/dev/null
    echo "$QT_RUNTIME" > "$ROOT/.yibiao-qt-runtime"
fi

# ---- 2. CPython 3.11 ---------------------------------------------------------------------------------------------
if [ ! -x "$ROOT$PY_PREFIX/bin/python3.11" ] || ! in_root python3.11 -c 'import ssl, sqlite3, ctypes, lzma, bz2, zlib'; then
    log "building CPython 3.11.2 (Debian's source tarball) in the root, make -j2 (about 10 minutes)"
    mkdir -p "$ROOT/usr/src/cpython"
    tarball="$ROOT/usr/src/python3.11_3.11.2.orig.tar.gz"
    if [ ! -e "$tarball" ] || ! echo "$PY_SHA256  $tarball" | sha256sum -c --quiet 2>/dev/null; then
        curl -fsSL -o "$tarball" "$PY_URL"
    fi
    echo "$PY_SHA256  $tarball" | sha256sum -c --quiet || { echo "checksum mismatch: $tarball" >&2; exit 1; }
    rm -rf "$ROOT/usr/src/cpython" && mkdir -p "$ROOT/usr/src/cpython"
    tar -xzf "$tarball" -C "$ROOT/usr/src/cpython" --strip-components=1
    in_root sh -c "cd /usr/src/cpython && ./configure --prefix=$PY_PREFIX --enable-shared --with-ensurepip=install \
        LDFLAGS='-Wl,-rpath,$PY_PREFIX/lib' > /usr/src/cpython-configure.log 2>&1 \
        && make -j2 > /usr/src/cpython-make.log 2>&1 && make install > /usr/src/cpython-install.log 2>&1" \
        || { echo "CPython build failed: see $ROOT/usr/src/cpython-*.log" >&2; exit 1; }
    in_root python3.11 -c 'import ssl, sqlite3, ctypes, lzma, bz2, zlib, readline, uuid; print("python ok")'
fi
in_root python3.11 -m pip --version >/dev/null
if ! in_root sh -c 'command -v uv' >/dev/null; then
    log "pip install uv in the root"
    in_root python3.11 -m pip install -q uv
fi
log "root ready: $(in_root python3.11 -c 'import platform, sqlite3; print("Python", platform.python_version(), "glibc", platform.libc_ver()[1], "SQLite", sqlite3.sqlite_version)'), $(in_root uv --version)"

if [ "$MODE" = shell ]; then
    in_root bash -l || true
    exit 0
fi

# ---- 3. snapshot of the working tree ------------------------------------------------------------------------------
log "copying the working tree to $ROOT/src"
# build/ (build_linux.sh's venv and PyInstaller's work folder) is kept between runs: the second build is faster.
mkdir -p "$ROOT/src" && find "$ROOT/src" -mindepth 1 -maxdepth 1 ! -name build -exec rm -rf {} +
rm -rf "$ROOT/out" && mkdir -p "$ROOT/out"
(cd "$REPO" && git ls-files -z -c -o --exclude-standard | while IFS= read -r -d '' f; do
    [ -e "$f" ] && printf '%s\0' "$f"; done | tar --null -T - -cf -) | tar -xf - -C "$ROOT/src"

if [ "$MODE" = check ]; then
    # A plain PyInstaller build of the CLI: proves the root's Python, uv and PySide6 wheels work before build_linux.sh.
    log "smoke: uv sync + PySide6 $PYSIDE + pyinstaller in the root"
    in_root sh -c "cd /src && uv sync --frozen --no-default-groups --group packaging -q --no-install-package pyside6-essentials --no-install-package pyside6-addons --no-install-package shiboken6 \
        && uv pip install -q --python /var/tmp/yibiao-venv/bin/python PySide6-Essentials==$PYSIDE PySide6-Addons==$PYSIDE shiboken6==$PYSIDE \
        && /var/tmp/yibiao-venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath /out \
           --workpath /var/tmp/pyi-work packaging/yibiao.spec"
    in_root /out/yibiao/yibiao --help | head -3
else
    [ -x "$ROOT/src/packaging/build_linux.sh" ] || { echo "packaging/build_linux.sh not found in the tree" >&2; exit 1; }
    # The locked PySide6 (6.11 today) has no wheel for glibc 2.31, so `uv sync --locked` must skip it when --pyside
    # replaces it. Until build_linux.sh does that itself, the snapshot's copy (never the repository's) is adjusted.
    if ! grep -q -- '--no-install-package' "$ROOT/src/packaging/build_linux.sh"; then
        sed -i 's/uv sync --locked \(.*\)--quiet$/uv sync --locked \1--quiet --no-install-package pyside6-essentials --no-install-package pyside6-addons --no-install-package shiboken6/' \
            "$ROOT/src/packaging/build_linux.sh"
        grep -q -- '--no-install-package' "$ROOT/src/packaging/build_linux.sh" \
            && log "build_linux.sh (snapshot): uv sync skips the locked PySide6 (replaced by $PYSIDE)"
    fi
    log "packaging/build_linux.sh --pyside $PYSIDE --out /out (in the root)"
    in_root sh -c "cd /src && packaging/build_linux.sh --pyside $PYSIDE --out /out"
fi

# ---- 4. result -------------------------------------------------------------------------------------------------
mkdir -p "$OUT"
rm -rf "${OUT:?}/yibiao"
cp -a "$ROOT/out/." "$OUT/"
log "output in $OUT:"
(cd "$OUT" && du -sh -- * 2>/dev/null | sed 's/^/    /')
status=0
if [ -e "$REPO/packaging/glibc_ceiling.py" ]; then
    python3 "$REPO/packaging/glibc_ceiling.py" --max "$GLIBC_MAX" "$OUT/yibiao" || status=$?
else
    # Own check until glibc_ceiling.py exists: the highest GLIBC_x.y any ELF in the bundle asks for.
    top=$(find "$OUT/yibiao" -type f -exec sh -c 'file -b "$1" | grep -q ^ELF && objdump -T "$1" 2>/dev/null' _ {} \; \
          | grep -o 'GLIBC_[0-9.]*' | sort -u -V | tail -1)
    echo "highest glibc symbol version in the bundle: ${top:-none} (ceiling $GLIBC_MAX)"
    [ -n "$top" ] && [ "$(printf '%s\n%s\n' "${top#GLIBC_}" "$GLIBC_MAX" | sort -V | tail -1)" = "$GLIBC_MAX" ] || status=1
fi
log "done in $(( $(date +%s) - START )) s (exit $status)"
exit $status
