#!/usr/bin/env bash
# Proof that Chinese can be typed into the program's Qt (the Qt PySide6 ships, the one the bundle carries)
# on a fcitx5 desktop, and which Qt input module does it.
#
# Under Xvfb with a private D-Bus session it starts fcitx5 with a profile whose input methods are
# keyboard-us and pinyin (ibus front end on, as fcitx5 ships it), opens a one-field window
# (packaging/im_check_app.py), presses Ctrl+Space (fcitx5's switch to pinyin), types `nihao` and a space
# with xdotool, and reads back what the field holds. One line per case:
#
#   desktop   QT_IM_MODULE=fcitx XMODIFIERS=@im=fcitx as UOS/Kylin set them; ui.input_method chooses
#             (the program's own start-up path)                                   must give 你好
#   ibus+portal  QT_IM_MODULE=ibus IBUS_USE_PORTAL=1                               must give 你好
#   ibus      QT_IM_MODULE=ibus alone (no ibus-daemon on PATH: Qt's plugin does not connect)   reported
#   fcitx     QT_IM_MODULE=fcitx with the system's fcitx5 Qt6 plugin on QT_PLUGIN_PATH      reported
#   bundle    (with --bundle DIR) the real program's first-start dialog                      must give 你好
#
# Exit 0 only when the cases that must give 你好 do. Needs (Debian/UOS/Kylin packages):
#   apt-get install fcitx5 fcitx5-chinese-addons xvfb xdotool dbus        (+ fcitx5-frontend-qt6 for "fcitx")
# Usage: packaging/im_check.sh [--python PYTHON] [--fcitx-root DIR] [--bundle DIR]
#   --python PYTHON    the Python with PySide6 (default: the project's .venv, else `uv run python`)
#   --fcitx-root DIR   run fcitx5 from another Debian root (e.g. a Debian 11 debootstrap with fcitx5 and
#                      fcitx5-chinese-addons installed; needs root for chroot and bind mounts) — the Qt
#                      program still runs here, on the same X display and session bus
#   --bundle DIR       also the real program from a built bundle (DIR/yibiao, e.g. dist/yibiao): a case
#                      "bundle" types 你好 as the office name in its first-start dialog under the fcitx
#                      desktop's variables, saves, and reads the name back with `yibiao profile show`
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$HERE")"

if [[ "${1:-}" == "--inner" ]]; then
    shift
    PY=("$@")
    WORK="$IM_CHECK_WORK"
    export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
    export XDG_RUNTIME_DIR="$WORK/run"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    unset QT_IM_MODULE QT_IM_MODULES XMODIFIERS GTK_IM_MODULE IBUS_USE_PORTAL YIBIAO_IM_MODULE QT_PLUGIN_PATH

    FCITX_ROOT="${IM_CHECK_FCITX_ROOT:-}"
    if [[ -n "$FCITX_ROOT" ]]; then
        # fcitx5 of another Debian release, from its root: it shares this X display and session bus (both
        # sockets under /tmp) with the Qt program running here.
        mount --bind /tmp "$FCITX_ROOT/tmp"
        mount -t proc proc "$FCITX_ROOT/proc"
        mount --bind /dev "$FCITX_ROOT/dev"
        in_root=(chroot "$FCITX_ROOT" env "HOME=$HOME" "XDG_CONFIG_HOME=$XDG_CONFIG_HOME" "XDG_DATA_HOME=$XDG_DATA_HOME"
            "XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR" "DISPLAY=$DISPLAY" "XAUTHORITY=${XAUTHORITY:-}"
            "DBUS_SESSION_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS")
    else
        in_root=()
    fi
    echo "fcitx5: $("${in_root[@]}" fcitx5 --version 2>/dev/null | head -1)${FCITX_ROOT:+ (from $FCITX_ROOT)}"
    "${in_root[@]}" fcitx5 --disable=wayland,waylandim >"$WORK/fcitx5.log" 2>&1 &
    FCITX=$!
    cleanup() {
        kill "$FCITX" 2>/dev/null || true
        wait "$FCITX" 2>/dev/null || true
        if [[ -n "$FCITX_ROOT" ]]; then
            umount "$FCITX_ROOT/dev" "$FCITX_ROOT/proc" "$FCITX_ROOT/tmp" || true
        fi
    }
    trap cleanup EXIT
    has_name() {
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q "boolean true"
    }
    for _ in $(seq 100); do
        has_name org.freedesktop.portal.IBus && has_name org.fcitx.Fcitx5 && break
        sleep 0.2
    done
    if ! has_name org.freedesktop.portal.IBus; then
        echo "FAIL fcitx5 did not come up on the session bus (see $WORK/fcitx5.log)"
        exit 1
    fi
    # The pinyin engine (and its dictionaries) loads seconds after the bus names appear, more on a busy machine.
    for _ in $(seq 300); do
        grep -q "Loaded addon pinyin" "$WORK/fcitx5.log" && break
        sleep 0.2
    done
    grep -q "Loaded addon pinyin" "$WORK/fcitx5.log" || echo "note: fcitx5 did not log 'Loaded addon pinyin' within 60 s"
    sleep 1

    # run_case NAME [VAR=VALUE …] [-- APP ARGS]: prints "NAME: <text>"
    run_case() {
        local name="$1"
        shift
        local vars=() app_args=()
        while [[ $# -gt 0 ]]; do
            if [[ "$1" == "--" ]]; then
                shift
                app_args=("$@")
                break
            fi
            vars+=("$1")
            shift
        done
        local out="$WORK/$name.out" stop="$WORK/$name.stop"
        rm -f "$stop"
        env "${vars[@]}" "${PY[@]}" "$HERE/im_check_app.py" --stop "$stop" --timeout 60 "${app_args[@]}" \
            >"$out" 2>"$WORK/$name.err" &
        local app=$!
        local window
        window="$(timeout 30 xdotool search --sync --name '^yibiao-im-check$' | head -1)" || true
        if [[ -z "$window" ]]; then
            echo "$name: (the window did not appear; see $WORK/$name.err)"
            kill "$app" 2>/dev/null || true
            return
        fi
        sleep 1
        xdotool windowfocus --sync "$window"
        sleep 0.5
        xdotool key ctrl+space
        sleep 0.5
        xdotool type --delay 80 nihao
        sleep 0.5
        xdotool key space
        sleep 1
        touch "$stop"
        wait "$app" || true
        local text
        text="$(sed -n 's/^TEXT //p' "$out")"
        echo "$name: ${text}"
    }

    run_case desktop QT_IM_MODULE=fcitx XMODIFIERS=@im=fcitx GTK_IM_MODULE=fcitx -- --choose
    run_case ibus+portal QT_IM_MODULE=ibus IBUS_USE_PORTAL=1
    run_case ibus QT_IM_MODULE=ibus
    if [[ -n "${IM_CHECK_BUNDLE:-}" ]]; then
        # The real program from its bundle, started as the menu entry does on a fcitx desktop: on a new
        # database it asks for the office's details; 你好 typed as the office name, the rest in plain keys,
        # Enter saves. The profile then read back with the bundle's own command.
        db="$WORK/bundle/office.sqlite3"
        mkdir -p "$WORK/bundle"
        env QT_IM_MODULE=fcitx XMODIFIERS=@im=fcitx GTK_IM_MODULE=fcitx "$IM_CHECK_BUNDLE/yibiao" --db "$db" \
            >"$WORK/bundle.out" 2>"$WORK/bundle.err" &
        app=$!
        window="$(timeout 60 xdotool search --sync --onlyvisible --class yibiao | tail -1)" || true
        if [[ -z "$window" ]]; then
            echo "bundle: (the window did not appear; see $WORK/bundle.err)"
        else
            sleep 2
            xdotool windowfocus --sync "$window"
            sleep 0.5
            xdotool key Tab # from 单位类型 to 单位名称
            sleep 0.3
            xdotool key ctrl+space
            sleep 0.5
            xdotool type --delay 80 nihao
            sleep 0.5
            xdotool key space
            sleep 0.5
            xdotool key ctrl+space # back to plain keys
            sleep 0.3
            xdotool key Tab
            xdotool type --delay 30 530624100000
            xdotool key Tab
            xdotool type --delay 30 Yunxi
            sleep 0.3
            xdotool key Return
            sleep 3
        fi
        kill "$app" 2>/dev/null || true
        wait "$app" 2>/dev/null || true
        name="$("$IM_CHECK_BUNDLE/yibiao" --db "$db" profile show --json 2>>"$WORK/bundle.err" |
            "${PY[@]}" -c 'import json, sys; print((json.load(sys.stdin) or {}).get("name", ""))' 2>/dev/null)" || true
        echo "bundle: ${name}"
    fi
    system_plugins="$(dirname "$(dirname "$(find /usr/lib -path '*qt6/plugins/platforminputcontexts/*fcitx*' 2>/dev/null | head -1)")")"
    if [[ "$system_plugins" == "." ]]; then
        echo "fcitx: (skipped: no system fcitx5 Qt6 plugin; apt-get install fcitx5-frontend-qt6)"
    else
        run_case fcitx QT_IM_MODULE=fcitx "QT_PLUGIN_PATH=$system_plugins" QT_DEBUG_PLUGINS=1
        grep -o "undefined symbol: [^ ]*, version [A-Za-z0-9_]*" "$WORK/fcitx.err" | head -1 | sed 's/^/fcitx: /' || true
    fi
    exit 0
fi

PYTHON=()
IM_CHECK_FCITX_ROOT=""
IM_CHECK_BUNDLE=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --python) PYTHON=("$2"); shift 2 ;;
        --fcitx-root) IM_CHECK_FCITX_ROOT="$(cd "$2" && pwd)"; shift 2 ;;
        --bundle) IM_CHECK_BUNDLE="$(cd "$2" && pwd)"; shift 2 ;;
        *) echo "unknown argument: $1 (see the comment at the top of $0)" >&2; exit 2 ;;
    esac
done
export IM_CHECK_FCITX_ROOT IM_CHECK_BUNDLE
if [[ ${#PYTHON[@]} -eq 0 && -x "$REPO/.venv/bin/python" ]]; then
    PYTHON=("$REPO/.venv/bin/python")
elif [[ ${#PYTHON[@]} -eq 0 ]]; then
    PYTHON=(uv run --project "$REPO" python)
fi
missing=()
tools=(xvfb-run xdotool dbus-run-session dbus-send)
[[ -n "$IM_CHECK_FCITX_ROOT" ]] || tools+=(fcitx5)
for tool in "${tools[@]}"; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [[ -n "$IM_CHECK_FCITX_ROOT" && ! -x "$IM_CHECK_FCITX_ROOT/usr/bin/fcitx5" ]]; then
    missing+=("fcitx5 in $IM_CHECK_FCITX_ROOT")
fi
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "missing: ${missing[*]} — apt-get install fcitx5 fcitx5-chinese-addons xvfb xdotool dbus"
    exit 2
fi

IM_CHECK_WORK="$(mktemp -d /tmp/yibiao-im-check.XXXXXX)"
export IM_CHECK_WORK
mkdir -p "$IM_CHECK_WORK/home/.config/fcitx5"
cat >"$IM_CHECK_WORK/home/.config/fcitx5/profile" <<'EOF'
[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
EOF

report="$(xvfb-run -a -s "-screen 0 1024x768x24" dbus-run-session -- "$0" --inner "${PYTHON[@]}" 2>&1)" || true
grep -v "Failed to set fd limit" <<<"$report" || true
echo "(logs in $IM_CHECK_WORK)"
ok=0
musts=(desktop ibus+portal)
[[ -z "$IM_CHECK_BUNDLE" ]] || musts+=(bundle)
for must in "${musts[@]}"; do
    if grep -q "^$must: .*你好" <<<"$report"; then
        echo "PASS $must"
    else
        echo "FAIL $must: expected 你好"
        ok=1
    fi
done
exit $ok
