#!/usr/bin/env bash
# Build Yibiao's Linux one-folder bundle and its .deb.
#
#   packaging/build_linux.sh [--pyside VERSION] [--out DIR] [--fast] [--no-deb]
#
#   --pyside VERSION  PySide6 (Essentials + Add-ons + shiboken6) at VERSION instead of the locked one,
#                     e.g. 6.9.3 (the last amd64 wheels for glibc 2.28) in the Debian 11 build
#   --out DIR         where dist/yibiao/ and yibiao_<version>_<arch>.deb go (default: <repo>/dist)
#   --no-deb          the bundle only
#   --fast            compress the .deb with xz -1 (CI: a few MB larger, several times faster than -6)
#
# Runs from any folder. Needs uv, binutils (strip) and dpkg-deb; the Qt runtime libraries named in the
# .deb's Depends must be installed (they are looked up with ldconfig and dpkg -S). The interpreter is
# uv's choice for requires-python; set UV_PYTHON=/path/to/python3.11 to choose (Python built with
# --enable-shared). Scratch: <repo>/build/linux/ (its own venv: the project's .venv is not touched).
#
# The .deb: /opt/yibiao/ (the bundle), /usr/bin/yibiao -> /opt/yibiao/yibiao, the menu entry, the
# MIME type of *.yibiao, icons; Depends = the Debian packages of the system libraries the bundle leaves
# out (packaging/yibiao.spec: SYSTEM_LIBS), computed from what the bundled files need (deb_depends.py).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
HERE=$REPO/packaging
OUT=$REPO/dist
PYSIDE=""
MAKE_DEB=1
XZ_LEVEL=6
while [ $# -gt 0 ]; do
    case "$1" in
        --pyside) PYSIDE=$2; shift 2 ;;
        --out) OUT=$2; shift 2 ;;
        --no-deb) MAKE_DEB=0; shift ;;
        --fast) XZ_LEVEL=1; shift ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=$REPO/build/linux
VENV=$WORK/venv
mkdir -p "$WORK"
step() { printf '== %s (%ss)\n' "$1" "$SECONDS"; }

step "environment: locked dependencies + pyinstaller in $VENV"
cd "$REPO"
SKIP_QT=()
if [ -n "$PYSIDE" ]; then
    # The locked PySide6 may have no wheel for this machine's glibc (6.11: manylinux_2_34): skip it.
    SKIP_QT=(--no-install-package pyside6-essentials --no-install-package pyside6-addons
             --no-install-package shiboken6)
fi
UV_PROJECT_ENVIRONMENT=$VENV uv sync --locked --no-default-groups --group packaging --no-editable --quiet \
    "${SKIP_QT[@]}"
if [ -n "$PYSIDE" ]; then
    step "PySide6 $PYSIDE"
    uv pip install --quiet --python "$VENV/bin/python" \
        "PySide6-Essentials==$PYSIDE" "PySide6-Addons==$PYSIDE" "shiboken6==$PYSIDE"
fi
PY=$VENV/bin/python
VERSION=$("$PY" -c 'import importlib.metadata as m; print(m.version("yibiao"))')
QT=$("$PY" -c 'import PySide6; print(PySide6.__version__)')
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)

step "bundle: PyInstaller (yibiao $VERSION, PySide6 $QT) -> $OUT/yibiao"
rm -rf "$OUT/yibiao"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$OUT" --workpath "$WORK/pyinstaller" \
    "$HERE/yibiao.spec"
[ -x "$OUT/yibiao/yibiao" ] || { echo "no $OUT/yibiao/yibiao after PyInstaller" >&2; exit 1; }
echo "bundle: $(du -sm "$OUT/yibiao" | cut -f1) MB"
"$PY" "$HERE/glibc_ceiling.py" "$OUT/yibiao" --top 3

[ "$MAKE_DEB" = 1 ] || { step "done (no .deb)"; exit 0; }

# --- the .deb -------------------------------------------------------------------------------------
step "Depends: the packages of the system libraries the bundle needs"
DEPENDS=$("$PY" "$HERE/deb_depends.py" "$OUT/yibiao")
echo "Depends: $DEPENDS"

step "package tree"
STAGE=$WORK/deb
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/doc/yibiao"
cp -a "$OUT/yibiao" "$STAGE/opt/yibiao"
ln -s /opt/yibiao/yibiao "$STAGE/usr/bin/yibiao"
install -m 644 "$HERE/deb/yibiao.desktop" "$STAGE/usr/share/applications/yibiao.desktop"
install -m 644 "$HERE/deb/yibiao.xml" "$STAGE/usr/share/mime/packages/yibiao.xml"
install -m 644 "$HERE/deb/copyright" "$STAGE/usr/share/doc/yibiao/copyright"
for png in "$HERE"/icons/yibiao-*.png; do
    size=$(basename "$png" .png); size=${size#yibiao-}
    install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/yibiao.png"
done
install -D -m 644 "$HERE/icons/yibiao.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/yibiao.svg"
install -m 755 "$HERE/deb/postinst" "$HERE/deb/postrm" "$STAGE/DEBIAN/"
SIZE_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$SIZE_KB/" \
    -e "s/@DEPENDS@/$DEPENDS/" "$HERE/deb/control.in" > "$STAGE/DEBIAN/control"
chmod -R u+rwX,go+rX,go-w "$STAGE"

DEB=$OUT/yibiao_${VERSION}_${ARCH}.deb
step "dpkg-deb -> $DEB"
# xz: Debian 11's dpkg cannot read zstd members.
dpkg-deb --root-owner-group -Zxz -z"$XZ_LEVEL" -b "$STAGE" "$DEB" >/dev/null
echo "deb: $(du -m "$DEB" | cut -f1) MB ($DEB)"
step "done"
