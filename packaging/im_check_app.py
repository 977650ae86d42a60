"""A one-field window for packaging/im_check.sh: type into it, then it prints what the field holds.

Runs with the Qt that PySide6 ships (the same Qt the bundle carries). The input module is whatever
QT_IM_MODULE says, unless --choose is given: then ui.input_method.choose_input_module picks it, as the
program does at start. Quits when the file named by --stop appears (or after --timeout seconds) and prints
`MODULE <the QT_IM_MODULE in effect>` and `TEXT <what the field holds>`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stop", required=True, help="quit when this file exists")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--choose", action="store_true", help="let ui.input_method choose QT_IM_MODULE")
    args = parser.parse_args()
    if args.choose:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from ui.input_method import choose_input_module

        choose_input_module()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication([sys.argv[0]])
    edit = QLineEdit()
    edit.setWindowTitle("yibiao-im-check")
    edit.resize(400, 40)
    edit.show()
    edit.activateWindow()
    edit.setFocus()
    stop = Path(args.stop)
    waited = [0.0]

    def poll() -> None:
        waited[0] += 0.1
        if stop.exists() or waited[0] > args.timeout:
            app.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(100)
    print("READY", flush=True)
    app.exec()
    print(f"MODULE {os.environ.get('QT_IM_MODULE', '')}", flush=True)
    print(f"TEXT {edit.text()}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
