#!/bin/bash
# Install a built .deb on clean, minimal Debian 11 (bullseye) and Debian 12 (bookworm) systems and use it there.
#
#   sudo packaging/install_check.sh dist/yibiao_0.1.0_amd64.deb [--release bullseye] [--release bookworm] [--keep]
#
# For each release: a pristine minimal root (debootstrap --variant=minbase, cached under /var/tmp/yibiao-roots/
# <release>-clean) is copied to <release>-check, so every run starts from a clean system with no Python and no Qt.
# Inside it, one line per check (PASS/FAIL):
#   install        apt-get install ./yibiao_*.deb pulls its Depends from the Debian archive (Depends are complete)
#   libs           every ELF file in /opt/yibiao finds its libraries (ldd) with only those Depends installed
#   help           yibiao --help
#   demo           yibiao --db /tmp/x.db demo
#   package        yibiao --db /tmp/x.db package build + package verify (a real .yibiao for the checks below)
# then the check tools are installed (xvfb, x11-apps, desktop-file-utils, xdg-utils, shared-mime-info, a CJK font —
# what a desktop has; only for the check) and the .deb is reinstalled so its scripts run with them present:
#   desktop-file   desktop-file-validate on the installed .desktop entry
#   mime           xdg-mime query filetype some.yibiao gives the package's MIME type; its default app is the entry
#   menu-start     the entry's Exec line (field codes removed) started under xvfb-run: a window appears, the
#                  program is still running after it, screenshot -> <out>/<release>-menu.png
#   open-file      the entry's Exec line with %f = the .yibiao file, YIBIAO_DB = the demo office: a window appears
#                  (the double-click path; the window titles are printed, screenshot <release>-open.png)
#   purge          apt-get purge leaves no file under /opt/yibiao, no /usr/bin/yibiao, no .desktop entry
# Exit 0 only if every check on every release passed. --keep leaves <release>-check in place for a look inside.
set -uo pipefail

REPO=${YIBIAO_REPO:-$(cd "$(dirname "$0")/.." && pwd)}
ROOTS=/var/tmp/yibiao-roots
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
RELEASES=()
KEEP=0
DEB=""
OUTDIR=""
while [ $# -gt 0 ]; do
    case "$1" in
        --release) RELEASES+=("$2"); shift 2 ;;
        --keep) KEEP=1; shift ;;
        --out) OUTDIR=$2; shift 2 ;;
        -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
        -*) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
        *) DEB=$1; shift ;;
    esac
done
[ -n "$DEB" ] && [ -f "$DEB" ] || { echo "usage: $0 DEB [--release bullseye|bookworm]... [--keep] [--out DIR]" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap, chroot and mount need it)" >&2; exit 2; }
[ ${#RELEASES[@]} -gt 0 ] || RELEASES=(bullseye bookworm)
DEB=$(cd "$(dirname "$DEB")" && pwd)/$(basename "$DEB")
OUTDIR=${OUTDIR:-$(dirname "$DEB")/install_check}
mkdir -p "$OUTDIR" "$ROOTS"
PKG=$(dpkg-deb -f "$DEB" Package)
command -v debootstrap >/dev/null || apt-get install -y debootstrap >/dev/null

# One run at a time: the <release>-check roots are shared.
exec 9>"$ROOTS/install_check.lock"
flock -n 9 || { echo "another install_check.sh is running (lock $ROOTS/install_check.lock)" >&2; exit 2; }

FAILED=0
MOUNTS=()
unmount_all() {
    local i
    for ((i=${#MOUNTS[@]}-1; i>=0; i--)); do umount -l "${MOUNTS[$i]}" 2>/dev/null || true; done
    MOUNTS=()
}
trap unmount_all EXIT

R=""  # the current check root
in_root() {
    chroot "$R" /usr/bin/env -i HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}
REL=""
result() {  # result NAME OK(0/1) DETAIL
    if [ "$2" = 0 ]; then printf 'PASS  %-9s %-13s %s\n' "$REL" "$1" "$3"
    else printf 'FAIL  %-9s %-13s %s\n' "$REL" "$1" "$3"; FAILED=1; fi
}

# xwd (ZPixmap, 24/32 bits per pixel, from Xvfb) -> PNG with the host's Python standard library; prints the number
# of distinct colours so a blank screen is caught.
xwd_to_png() {
    python3 - "$1" "$2" <<'EOF'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
h = struct.unpack(">25I", data[:100])
header_size, width, height, bpp, bpl, ncolors = h[0], h[4], h[5], h[11], h[12], h[19]
byte_order = h[7]
off = header_size + ncolors * 12
rows, colours = [], set()
for y in range(height):
    line = data[off + y * bpl: off + y * bpl + width * (bpp // 8)]
    row = bytearray(b"\0")
    for x in range(0, len(line), bpp // 8):
        px = line[x:x + 4]
        b, g, r = (px[0], px[1], px[2]) if byte_order == 0 else (px[3], px[2], px[1])
        row += bytes((r, g, b))
        if y % 8 == 0 and x % 32 == 0:
            colours.add((r, g, b))
    rows.append(bytes(row))
def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(b"".join(rows), 6)) + chunk(b"IEND", b"")
open(sys.argv[2], "wb").write(png)
print(len(colours))
EOF
}

check_release() {
    REL=$1
    local clean=$ROOTS/$REL-clean t0
    t0=$(date +%s)
    R=$ROOTS/$REL-check
    if [ ! -e "$clean/.yibiao-root-ready" ]; then
        echo "[$REL] debootstrap a minimal $REL into $clean (a few minutes, once)"
        rm -rf "$clean.tmp"
        debootstrap --variant=minbase "$REL" "$clean.tmp" "$MIRROR" >"$ROOTS/$REL-debootstrap.log" 2>&1 \
            || { result root 1 "debootstrap failed: $ROOTS/$REL-debootstrap.log"; return; }
        mv "$clean.tmp" "$clean" && touch "$clean/.yibiao-root-ready"
    fi
    rm -rf "$R" && cp -a "$clean" "$R"
    mkdir -p "$R/proc" "$R/dev/shm"
    mount -t proc proc "$R/proc" && MOUNTS+=("$R/proc")
    mount -t tmpfs -o mode=1777 shm "$R/dev/shm" && MOUNTS+=("$R/dev/shm")
    cp -L /etc/resolv.conf "$R/etc/resolv.conf"
    cp "$DEB" "$R/tmp/"
    local debname log
    debname=/tmp/$(basename "$DEB")
    log=$OUTDIR/$REL.log
    : >"$log"

    # ---- the .deb alone on a clean system -----------------------------------------------------------------------
    in_root apt-get update -q >>"$log" 2>&1
    if in_root apt-get install -y -q "$debname" >>"$log" 2>&1; then
        result install 0 "$(in_root dpkg-query -W -f '${Package} ${Version}' "$PKG"), $(in_root dpkg-query -W -f '${Installed-Size}' "$PKG") KiB installed; pulled $(grep -c '^Setting up' "$log") packages"
    else
        result install 1 "apt-get install failed, see $log"; finish_release "$t0"; return
    fi
    local missing
    missing=$(in_root sh -c 'cd /opt/yibiao && export LD_LIBRARY_PATH=/opt/yibiao/_internal:/opt/yibiao/_internal/PySide6/Qt/lib:/opt/yibiao
        find . -type f \( -name "*.so*" -o -perm -u+x \) | while read -r f; do
            head -c4 "$f" | grep -q ELF || continue
            ldd "$f" 2>/dev/null | grep "not found" | sed "s|^|$f: |"
        done' | sort -u)
    if [ -z "$missing" ]; then result libs 0 "every ELF file in /opt/yibiao finds its libraries"
    else result libs 1 "$(echo "$missing" | wc -l) missing: $(echo "$missing" | awk '{print $2}' | sort -u | tr '\n' ' ')"
        echo "$missing" >>"$log"; fi

    if in_root yibiao --help >>"$log" 2>&1; then result help 0 "yibiao --help"
    else result help 1 "yibiao --help failed, see $log"; fi
    local out cycle
    out=$(in_root yibiao --db /tmp/x.db demo 2>&1); echo "$out" >>"$log"
    if [ -s "$R/tmp/x.db" ] && echo "$out" | grep -q '/tmp/x.db'; then result demo 0 "$(echo "$out" | head -1)"
    else result demo 1 "demo failed, see $log"; fi
    cycle=$(echo "$out" | grep -o -- '--cycle [^ ]*' | head -1 | cut -d' ' -f2)
    rm -rf "$R/tmp/pk" && mkdir -p "$R/tmp/pk"
    local pkgfile=""
    if in_root yibiao --db /tmp/x.db package build --cycle "${cycle:-2026-10}" --out /tmp/pk >>"$log" 2>&1; then
        pkgfile=$(cd "$R/tmp/pk" && ls | head -1)
        if [ -n "$pkgfile" ] && in_root yibiao --db /tmp/x.db package verify "/tmp/pk/$pkgfile" >>"$log" 2>&1; then
            result package 0 "built and verified $pkgfile ($(du -h "$R/tmp/pk/$pkgfile" | cut -f1))"
        else result package 1 "package verify failed, see $log"; fi
    else result package 1 "package build failed, see $log"; fi

    # ---- what a desktop has, for the checks that need a screen and the MIME database ------------------------------
    if ! in_root apt-get install -y -q --no-install-recommends xvfb xauth x11-apps xdotool desktop-file-utils \
            xdg-utils shared-mime-info libfile-mimeinfo-perl fonts-wqy-microhei >>"$log" 2>&1 \
        || ! in_root apt-get install -y -q --reinstall "$debname" >>"$log" 2>&1; then
        result tools 1 "could not install the check tools, see $log"; finish_release "$t0"; return
    fi
    local desktop
    desktop=$(in_root dpkg -L "$PKG" | grep '^/usr/share/applications/.*\.desktop$' | head -1)
    if [ -z "$desktop" ]; then result desktop-file 1 "the package installs no .desktop entry"
    elif out=$(in_root desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then result desktop-file 0 "$desktop valid"
    else result desktop-file 1 "$desktop: $(echo "$out" | head -3 | tr '\n' ' ')"; fi

    local mimetype=""
    [ -n "$desktop" ] && mimetype=$(grep '^MimeType=' "$R$desktop" | cut -d= -f2 | cut -d';' -f1)
    : >"$R/tmp/some.yibiao"
    local sample=/tmp/some.yibiao
    [ -n "$pkgfile" ] && case "$pkgfile" in *.yibiao) sample=/tmp/pk/$pkgfile ;; esac
    local ft def
    ft=$(in_root sh -c "cd /tmp && xdg-mime query filetype '$sample'" 2>&1)
    def=$(in_root xdg-mime query default "${mimetype:-none}" 2>&1)
    if [ -n "$mimetype" ] && [ "${ft%%;*}" = "$mimetype" ] && [ "$def" = "$(basename "${desktop:-x}")" ]; then
        result mime 0 "$(basename "$sample") -> $ft, default $def"
    else result mime 1 "$(basename "$sample") -> '$ft' (entry says '${mimetype}'), default '$def'"; fi

    local exec_line
    exec_line=$([ -n "$desktop" ] && grep '^Exec=' "$R$desktop" | head -1 | cut -d= -f2-)
    gui_start() {  # gui_start NAME ARGS-FOR-%f SHOT [YIBIAO_DB]
        local cmd rc colours
        local arg=""
        [ -n "$2" ] && arg="\"$2\""
        cmd=$(echo "$exec_line" | sed -E "s|%[fFuU]|$arg|g; s|%[a-zA-Z]||g; s| +$||")
        rm -f "$R/tmp/shot.xwd" "$R/tmp/windows.txt"
        # shellcheck disable=SC2016
        in_root env XDG_RUNTIME_DIR=/tmp/xdg HOME=/root/gui-home LANG=C.UTF-8 ${4:+YIBIAO_DB=$4} timeout 150 xvfb-run -a \
            -s "-screen 0 1280x800x24" sh -c 'mkdir -p -m 700 /tmp/xdg /root/gui-home; '"$cmd"' >/tmp/gui.log 2>&1 & pid=$!
                for i in $(seq 1 90); do
                    sleep 1; kill -0 $pid 2>/dev/null || { echo "the program exited"; exit 3; }
                    xdotool search --onlyvisible --name "." >/dev/null 2>&1 && break
                done
                w=$(xdotool search --onlyvisible --name "." 2>/dev/null | head -1)
                [ -n "$w" ] || { echo "no visible window after 90 s"; kill $pid; exit 4; }
                sleep 4; xwd -root -silent > /tmp/shot.xwd
                kill -0 $pid 2>/dev/null || { echo "the program exited"; exit 3; }
                for w in $(xdotool search --onlyvisible --name "."); do echo "window: $(xdotool getwindowname $w)"; done > /tmp/windows.txt
                kill $pid; wait $pid 2>/dev/null; exit 0' >>"$log" 2>&1
        rc=$?
        cat "$R/tmp/gui.log" >>"$log" 2>/dev/null
        if [ $rc = 0 ] && [ -s "$R/tmp/shot.xwd" ]; then
            colours=$(xwd_to_png "$R/tmp/shot.xwd" "$OUTDIR/$REL-$3.png")
            if [ "${colours:-0}" -gt 4 ]; then result "$1" 0 "'$cmd': $(head -2 "$R/tmp/windows.txt" | tr '\n' ' ')-> $OUTDIR/$REL-$3.png ($colours colours)"
            else result "$1" 1 "'$cmd': screenshot is blank ($colours colours)"; fi
        else result "$1" 1 "'$cmd' (exit $rc): $(tail -2 "$log" | tr '\n' ' ')"; fi
    }
    if [ -z "$exec_line" ]; then result menu-start 1 "no Exec line"
    else
        gui_start menu-start "" menu
        # The double-click path on the demo office (a configured office, not the first-start dialog).
        if [ -n "$pkgfile" ]; then gui_start open-file "/tmp/pk/$pkgfile" open /tmp/x.db
        else result open-file 1 "no package file to open"; fi
    fi

    # ---- removal ------------------------------------------------------------------------------------------------
    if in_root apt-get purge -y -q "$PKG" >>"$log" 2>&1; then
        local left
        left=$( (find "$R/opt/yibiao" 2>/dev/null; ls -d "$R/usr/bin/yibiao" "$R$desktop" 2>/dev/null) | sed "s|^$R||")
        if [ -z "$left" ]; then result purge 0 "nothing left under /opt/yibiao, /usr/bin/yibiao, $desktop"
        else result purge 1 "left behind: $(echo "$left" | head -5 | tr '\n' ' ')"; fi
    else result purge 1 "apt-get purge failed, see $log"; fi
    finish_release "$t0"
}
finish_release() {
    unmount_all
    [ "$KEEP" = 1 ] || rm -rf "$R"
    echo "[$REL] $(( $(date +%s) - $1 )) s, log $OUTDIR/$REL.log"
}

for rel in "${RELEASES[@]}"; do check_release "$rel"; done
[ "$FAILED" = 0 ] && echo "ALL PASSED" || echo "SOME CHECKS FAILED"
exit "$FAILED"
