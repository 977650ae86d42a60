#!/usr/bin/env bash
# Smoke test of a built bundle: does the program, as shipped, work on this machine?
#
#   packaging/smoke_test.sh BUNDLE_DIR [--glibc-max X.Y] [--deb FILE] [--keep DIR]
#
#   BUNDLE_DIR       the one-folder bundle (dist/yibiao, or /opt/yibiao after installing the .deb)
#   --glibc-max X.Y  highest glibc any bundled file may need (default 2.36: Debian 12; 2.31 for Kylin V10)
#   --deb FILE       also check the .deb's size (default: the yibiao_*.deb next to BUNDLE_DIR, if any)
#   --keep DIR       keep the logs and the window's screenshot there (default: a temporary folder, removed)
#
# One line per check (PASS/FAIL name: detail); exit 0 only if all pass. Checks: every ELF file within
# the glibc ceiling; --help; demo into a temporary database; items list --json; package build and
# package verify; --lang en prints English; selftest --json (Qt, translations, catalogue, window,
# package, QtPdf preview — offscreen); a workbook read in the reader child (the bundle started as
# `yibiao --yibiao-isolated-reader`) and one that makes the Excel reader panic refused with one
# message; the window on a real X server (xvfb-run) with a screenshot; the bundle <= 200 MB and the
# .deb <= 60 MB. Needs python3 (for the glibc check, JSON and the two workbooks: smoke_files.py) and
# xvfb-run + xauth (Debian: xvfb, xauth) for the window check.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
BUNDLE=""
GLIBC_MAX=2.36
DEB=""
KEEP=""
while [ $# -gt 0 ]; do
    case "$1" in
        --glibc-max) GLIBC_MAX=$2; shift 2 ;;
        --deb) DEB=$2; shift 2 ;;
        --keep) KEEP=$2; shift 2 ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        -*) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
        *) BUNDLE=$1; shift ;;
    esac
done
[ -n "$BUNDLE" ] && [ -x "$BUNDLE/yibiao" ] || { echo "usage: $0 BUNDLE_DIR (with an executable yibiao)" >&2; exit 2; }
BUNDLE=$(cd "$BUNDLE" && pwd)
EXE=$BUNDLE/yibiao
if [ -z "$DEB" ]; then
    DEB=$(ls -t "$BUNDLE"/../yibiao_*.deb 2>/dev/null | head -1 || true)
fi
if [ -n "$KEEP" ]; then
    mkdir -p "$KEEP" && WORK=$(cd "$KEEP" && pwd)
else
    WORK=$(mktemp -d)
    trap 'rm -rf "$WORK"' EXIT
fi
DB=$WORK/office.db
rm -f "$WORK"/office.db* "$WORK"/english.db*
# The program's own data and settings go to the temporary folder, never to the user's.
export HOME=$WORK/home XDG_DATA_HOME=$WORK/home/data XDG_CONFIG_HOME=$WORK/home/config
export XDG_CACHE_HOME=$WORK/home/cache XDG_RUNTIME_DIR=$WORK/home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset YIBIAO_DB QT_QPA_PLATFORM

FAILED=0
PASSED=0
pass() { printf 'PASS %-14s %s\n' "$1" "$2"; PASSED=$((PASSED + 1)); }
fail() { printf 'FAIL %-14s %s\n' "$1" "$2"; FAILED=$((FAILED + 1)); }
# run NAME CMD…: the command's output goes to $WORK/NAME.log; non-zero exit is a failure (last lines shown).
run() {
    local name=$1; shift
    local start=$SECONDS
    if "$@" >"$WORK/$name.log" 2>&1; then
        ELAPSED=$((SECONDS - start))
        return 0
    fi
    fail "$name" "exit $? — $(tail -3 "$WORK/$name.log" | tr '\n' ' ' | cut -c1-300)"
    return 1
}
py() { python3 -c "$@"; }

# 1. glibc: every bundled ELF file.
if out=$(python3 "$HERE/glibc_ceiling.py" "$BUNDLE" --max "$GLIBC_MAX" --top 1 2>&1); then
    pass glibc "$(head -1 <<<"$out" | sed 's/; / — /') ≤ $GLIBC_MAX"
else
    fail glibc "$(tr '\n' ' ' <<<"$out")"
fi

# 2. --help
if run help "$EXE" --help; then
    if grep -q "selftest" "$WORK/help.log" && grep -q "package" "$WORK/help.log"; then
        pass help "--help lists the commands (${ELAPSED}s)"
    else
        fail help "--help does not list package/selftest"
    fi
fi

# 3. demo office into a temporary database
if run demo "$EXE" --json --db "$DB" demo; then
    CYCLE=$(py 'import json,sys; print(json.load(open(sys.argv[1]))["ready_cycles"][0])' "$WORK/demo.log" 2>/dev/null)
    if [ -s "$DB" ] && [ -n "$CYCLE" ]; then
        pass demo "demo office in $(basename "$DB"), cycle $CYCLE ready (${ELAPSED}s)"
    else
        fail demo "no database or no ready cycle: $(head -c 300 "$WORK/demo.log")"
    fi
fi

# 4. items list --json
if run items "$EXE" --db "$DB" items list --json; then
    if n=$(py 'import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d, list) and d; print(len(d))' "$WORK/items.log" 2>/dev/null); then
        pass items "items list --json: $n items"
    else
        fail items "not a non-empty JSON list: $(head -c 200 "$WORK/items.log")"
    fi
fi

# 5. package build + verify
PKG=""
if [ -n "${CYCLE:-}" ] && run package_build "$EXE" --db "$DB" package build --cycle "$CYCLE" --out "$WORK/packages"; then
    PKG=$(ls "$WORK"/packages/*.yibiao 2>/dev/null | head -1)
    if [ -n "$PKG" ]; then
        pass package_build "$(basename "$PKG") ($(du -k "$PKG" | cut -f1) KB, ${ELAPSED}s)"
    else
        fail package_build "no .yibiao written"
    fi
elif [ -z "${CYCLE:-}" ]; then
    fail package_build "no cycle (demo failed)"
fi
if [ -n "$PKG" ] && run package_verify "$EXE" --db "$DB" package verify "$PKG"; then
    pass package_verify "signature, manifest and SHA-256 of every file: $(tail -1 "$WORK/package_verify.log")"
fi

# 6. --lang en: a message in English (the demo command's summary)
if run english "$EXE" --lang en --db "$WORK/english.db" demo; then
    if grep -q "Demo office ready" "$WORK/english.log" && ! grep -q "示范单位已就绪" "$WORK/english.log"; then
        pass english "$(head -1 "$WORK/english.log" | cut -c1-60)…"
    else
        fail english "not English: $(head -1 "$WORK/english.log")"
    fi
fi

# 7. selftest --json (offscreen)
if "$EXE" selftest --json >"$WORK/selftest.json" 2>"$WORK/selftest.err"; then
    pass selftest "$(py "import json,sys; c=json.load(open(sys.argv[1]))['checks']; print(sum(x['ok'] for x in c), 'of', len(c), 'checks ok:', ', '.join(x['name'] for x in c))" "$WORK/selftest.json" 2>&1)"
else
    fail selftest "$(py "import json,sys; c=json.load(open(sys.argv[1]))['checks']; print('; '.join(x['name'] + ': ' + x['detail'] for x in c if not x['ok']))" "$WORK/selftest.json" 2>/dev/null || tail -3 "$WORK/selftest.err")"
fi

# 7b. untrusted workbooks read in a child process: the bundle starts itself as the reader child
# (yibiao --yibiao-isolated-reader); YIBIAO_ISOLATION_REPORT makes the command line read through it
# too and each child write a line there. A workbook is read through it; one on which the Excel reader
# panics is refused with one message (exit 1, not a crash).
python3 "$HERE/smoke_files.py" "$WORK/files" >/dev/null
REPORT=$WORK/reader_children.txt
rm -f "$REPORT"
if YIBIAO_ISOLATION_REPORT=$REPORT run reader_child "$EXE" --db "$DB" intake inspect "$WORK/files/花名册.xlsx" --json; then
    if grep -q '"person.name"' "$WORK/reader_child.log" && [ "$(grep -c "^reader-child .* $EXE\$" "$REPORT" 2>/dev/null)" = 1 ]; then
        pass reader_child "intake inspect read the workbook in a child: $(head -1 "$REPORT" | cut -d' ' -f1-2)"
    else
        fail reader_child "no child reported in $REPORT, or no person.name: $(head -c 200 "$WORK/reader_child.log")"
    fi
fi
YIBIAO_ISOLATION_REPORT=$REPORT "$EXE" --db "$DB" intake inspect "$WORK/files/panic.xls" >"$WORK/hostile.log" 2>&1
code=$?
if [ "$code" = 1 ] && grep -q "panic.xls" "$WORK/hostile.log" && [ "$(wc -l <"$WORK/hostile.log")" -le 1 ] \
    && [ "$(grep -c "^reader-child" "$REPORT" 2>/dev/null)" = 2 ]; then
    pass hostile "panic.xls (the Excel reader panics on it) refused in the child: one line naming it, exit 1"
else
    fail hostile "exit $code, children $(grep -c "^reader-child" "$REPORT" 2>/dev/null): $(head -c 300 "$WORK/hostile.log")"
fi

# 8. the window on a real X server (xcb platform plugin), with a screenshot
SHOT=$WORK/window.png
if ! command -v xvfb-run >/dev/null 2>&1; then
    fail window "xvfb-run not found (apt-get install xvfb xauth)"
elif run window xvfb-run -a -s "-screen 0 1366x900x24" "$EXE" selftest --screenshot "$SHOT"; then
    size=$(py 'import struct,sys; d=open(sys.argv[1],"rb").read(24); assert d[:8]==b"\x89PNG\r\n\x1a\n"; print("%dx%d" % struct.unpack(">II", d[16:24]))' "$SHOT" 2>/dev/null)
    platform=$(grep -o "qt_platform: [^,]*, [a-z]*" "$WORK/window.log" | head -1 | awk '{print $NF}')
    if [ -n "$size" ] && [ "$platform" = "xcb" ]; then
        pass window "main window on Xvfb ($platform), screenshot $size${KEEP:+: $SHOT}"
    else
        fail window "platform '${platform:-?}', screenshot '${size:-none}'"
    fi
fi

# 8b. the window's icon (ui/app.py loads it from packaging/icons relative to the packages)
ICON_DIR=$BUNDLE/_internal/packaging/icons
if [ -s "$ICON_DIR/yibiao-256.png" ] && [ -s "$ICON_DIR/yibiao-16.png" ]; then
    pass icon "$(ls "$ICON_DIR" | wc -l) sizes in _internal/packaging/icons"
else
    fail icon "no yibiao-*.png in $ICON_DIR"
fi

# 9. sizes
MB=$(du -sm "$BUNDLE" | cut -f1)
if [ "$MB" -le 200 ]; then pass bundle_size "$MB MB (≤ 200)"; else fail bundle_size "$MB MB (> 200)"; fi
if [ -n "$DEB" ] && [ -f "$DEB" ]; then
    DMB=$(( ($(stat -c %s "$DEB") + 1048575) / 1048576 ))
    if [ "$DMB" -le 60 ]; then pass deb_size "$DMB MB (≤ 60): $(basename "$DEB")"; else fail deb_size "$DMB MB (> 60)"; fi
fi

[ "$FAILED" -eq 0 ] || echo "failed checks in $BUNDLE${KEEP:+ (logs in $WORK)}"
echo "smoke: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
