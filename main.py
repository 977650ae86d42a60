"""Start Yibiao: `python main.py [options]` is the same as the `yibiao` command."""

from ui.launcher import main

if __name__ == "__main__":
    raise SystemExit(main())
