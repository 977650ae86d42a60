"""Leave-one-template-out evaluation of intake on every labelled template we have.

Sets: ``../shared/samples`` and ``../shared/real`` (read in place, never copied) and the generated
variations of :mod:`benchmarks.intake_variants`. For each template the catalog loses every synonym
that only this template's headers use (a wording seen in no other labelled template was learned from
it), so each template is read as one the program has never seen. The acceptance rule has no
thresholds fitted to these files; were any fitted, they would be fitted on the other templates.

Per set it counts columns mapped right (the truth's field, or left unmapped where the truth is null),
mapped wrong (a field other than the truth's), declined although the right field was ranked first,
and layouts read right (sheet, title, header rows, example row, data start row).

Run: ``uv run python benchmarks/intake_generalisation.py [--verbose]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LAYOUT_KEYS = ("sheet", "title", "header_rows", "example_row", "data_start_row")

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass
class SetFigures:
    """What one set of templates scored."""

    name: str
    columns: int = 0
    right: int = 0
    wrong: int = 0
    declined_first_right: int = 0
    declined: int = 0
    layouts: int = 0
    layouts_right: int = 0
    problems: list[str] = field(default_factory=list)

    def pct(self, n: int) -> float:
        return 100.0 * n / self.columns if self.columns else 0.0

    def line(self) -> str:
        return (
            f"{self.name:<9} {self.columns:>4} columns: right {self.pct(self.right):5.1f} %  "
            f"wrong {self.pct(self.wrong):4.1f} %  declined-but-ranked-first "
            f"{self.pct(self.declined_first_right):4.1f} %  layouts right {self.layouts_right}/{self.layouts}"
        )


FRESH_SETS = ("fresh", "fresh_held_out", "fresh2_held_out", "fresh3_held_out")
"""The fresh templates from public sources (benchmarks/intake_fresh.json): those used while changing
intake, the third kept out of every change and scored once after them, and a second batch collected
after that scoring and scored once after the changes it prompted, and a third likewise (issue 12)."""
ALL_SETS = ("samples", "real", "generated", *FRESH_SETS)


def labelled_sets(
    generated_dir: Path, names: tuple[str, ...] = ALL_SETS
) -> dict[str, tuple[Path, list[dict]]]:
    """name → (folder, truth records) for every set of ``names`` present."""
    from benchmarks.intake_variants import FRESH_VARIANTS, write_variants
    from desktop.catalog.fields import load_builtin_catalog

    try:  # the shared truth with the columns later catalog fields cover
        from tests.intake_truth import amend
    except ImportError:  # pragma: no cover - the amendments live beside the tests

        def amend(_name: str, truth: list[dict]) -> list[dict]:
            return truth

    out: dict[str, tuple[Path, list[dict]]] = {}
    for name in ("samples", "real"):
        base = SHARED / name
        if name in names and (base / "truth.json").exists():
            out[name] = (base, amend(name, json.loads((base / "truth.json").read_text(encoding="utf-8"))))
    known = {f.id for f in load_builtin_catalog()}
    groups = {
        "generated": None,
        "fresh": tuple(v for v in FRESH_VARIANTS if not v.held_out),
        "fresh_held_out": tuple(v for v in FRESH_VARIANTS if v.held_out and v.batch == 1),
        "fresh2_held_out": tuple(v for v in FRESH_VARIANTS if v.batch == 2),
        "fresh3_held_out": tuple(v for v in FRESH_VARIANTS if v.batch == 3),
    }
    for name, variants in groups.items():
        if name not in names:
            continue
        folder = write_variants(generated_dir / name, *(() if variants is None else (variants,)))
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        for rec in truth:  # a field the catalog does not have (yet) is a column left unmapped
            for c in rec["columns"]:
                c["field"] = c["field"] if c["field"] in known else None
        out[name] = (folder, truth)
    return out


def _header_keys(record: dict) -> set[str]:
    from benchmarks.intake_variants import levels_of
    from desktop.intake.normalize import header_key
    from desktop.intake.scoring import canon

    keys: set[str] = set()
    for c in record["columns"]:
        levels = [lv for lv in levels_of(str(c["header"])) if lv]
        for lv in levels:
            keys.add(canon(header_key(lv)))
        keys.add(canon(header_key("".join(levels[-2:]))))
    keys.discard("")
    return keys


def held_out_catalogs(records: list[tuple[str, dict]]):
    """For each (set, record): the built-in catalog without the synonyms only that template uses."""
    from desktop.catalog.fields import Catalog, load_builtin_catalog
    from desktop.intake.normalize import header_key
    from desktop.intake.scoring import canon

    base = load_builtin_catalog()
    keys = [_header_keys(r) for _, r in records]
    seen_in: dict[str, int] = {}
    for ks in keys:
        for k in ks:
            seen_in[k] = seen_in.get(k, 0) + 1
    for ks in keys:
        own = {k for k in ks if seen_in[k] == 1}
        fields = [
            replace(f, synonyms=tuple(s for s in f.synonyms if canon(header_key(s)) not in own)) for f in base
        ]
        yield Catalog(fields), own


def evaluate(
    verbose: bool = False, generated_dir: Path | None = None, names: tuple[str, ...] = ALL_SETS
) -> dict[str, SetFigures]:
    """Leave-one-template-out figures per set of ``names``."""
    from desktop.intake.inspect import inspect_template

    with tempfile.TemporaryDirectory() as tmp:
        sets = labelled_sets(generated_dir or Path(tmp) / "generated", names)
        records = [(name, r) for name, (_, truth) in sets.items() for r in truth]
        figures = {name: SetFigures(name) for name in sets}
        for (name, rec), (catalog, _own) in zip(records, held_out_catalogs(records), strict=True):
            fig = figures[name]
            got = inspect_template(sets[name][0] / rec["file"], catalog).to_dict()
            fig.layouts += 1
            bad = [k for k in LAYOUT_KEYS if k in rec and got[k] != rec[k]]
            if not bad:
                fig.layouts_right += 1
            else:
                fig.problems.append(
                    f"{rec['file']}: layout " + ", ".join(f"{k} {got[k]!r} want {rec[k]!r}" for k in bad)
                )
            cols = {c["col"]: c for c in got["columns"]}
            for c in rec["columns"]:
                fig.columns += 1
                g = cols.get(c["col"])
                field_got = g["field"] if g else None
                if field_got == c["field"]:
                    fig.right += 1
                    continue
                first = g["suggestions"][0]["field"] if g and g["suggestions"] else None
                if field_got is not None:
                    fig.wrong += 1
                    kind = "WRONG"
                else:
                    fig.declined += 1
                    fig.declined_first_right += first == c["field"]
                    kind = "declined" + (" (ranked first)" if first == c["field"] else f" (first {first})")
                conf = g["confidence"] if g else None
                fig.problems.append(
                    f"{rec['file']}: {c['header']!r} {kind}: got {field_got} ({conf}), want {c['field']}"
                )
    return figures


def report(figures: dict[str, SetFigures], verbose: bool = False) -> str:
    lines = ["leave-one-template-out intake (template's own synonyms removed):"]
    lines += ["  " + f.line() for f in figures.values()]
    total = SetFigures("all")
    for f in figures.values():
        for k in ("columns", "right", "wrong", "declined_first_right", "layouts", "layouts_right"):
            setattr(total, k, getattr(total, k) + getattr(f, k))
    lines.append("  " + total.line())
    if verbose:
        for f in figures.values():
            lines += [f"    {f.name}: {p}" for p in f.problems]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="list every column not mapped right")
    ap.add_argument("--sets", default=",".join(ALL_SETS), help="comma-separated sets (default: all)")
    args = ap.parse_args()
    print(report(evaluate(names=tuple(args.sets.split(","))), args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
