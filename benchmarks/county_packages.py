"""Township submission packages made straight with the package writer (no township database): signed by a
township key, sealed for the county, ``forms`` data CSVs of ``rows`` rows each. Used by bench_county.py and by
the county import tests, where 40 demo offices would take minutes to build."""

from __future__ import annotations

import tempfile
from pathlib import Path

FIELDS = (
    "person.name",
    "person.id_number",
    "person.gender",
    "person.birth_date",
    "person.phone",
    "person.village",
    "person.group",
    "household.size",
    "person.income",
    "person.bank_account",
    "person.note",
    "person.employer",
)
DEPARTMENTS = ("县人社局", "县民政局", "县卫健局", "县农业农村局", "县教育局")


def row(n: int, width: int) -> list[str]:
    """One realistic row of text (ID numbers, phones and accounts as text, some blanks)."""
    values = [
        f"村民{n:05d}",
        f"53062419{(n % 60) + 40:02d}0{n % 9 + 1}{n % 28 + 1:02d}{n % 1000:03d}{n % 10}",
        "男" if n % 2 else "女",
        f"19{(n % 60) + 40:02d}.{n % 12 + 1:02d}",
        f"13{n % 1000000000:09d}",
        f"白沙村{n % 9 + 1}",
        f"{n % 12 + 1}组",
        str(n % 6 + 1),
        f"{(n * 37) % 90000 / 10:.1f}",
        f"6217{n:015d}",
        "" if n % 3 else "外出务工",
        "" if n % 4 else "云溪县建材厂",
    ]
    return values[:width]


def write_submission(
    out_dir: Path,
    code: str,
    name: str,
    cycle: str,
    version: int,
    signer,
    recipients=(),
    *,
    forms: int = 2,
    rows: int = 5,
    width: int = 12,
    first_row: int = 0,
) -> Path:
    """Writes ``<code>_<cycle>_v<version>.yibiao`` into ``out_dir`` and returns its path."""
    from exports.package.data_csv import write_data_csv
    from exports.package.manifest import PackageFile, data_arcname
    from exports.package.writer import build_package

    fields = list(FIELDS[:width])
    with tempfile.TemporaryDirectory() as work:
        files, described = [], []
        for f in range(1, forms + 1):
            csv_path = Path(work) / f"{f}.csv"
            count = write_data_csv(csv_path, fields, (row(first_row + n, width) for n in range(rows)))
            arcname = data_arcname(f)
            files.append(PackageFile(arcname, csv_path))
            described.append(
                {
                    "item_id": f,
                    "department": DEPARTMENTS[f % len(DEPARTMENTS)],
                    "title": f"{name}第{f}张报表",
                    "entity": "person",
                    "rows": count,
                    "field_ids": fields,
                    "csv": arcname,
                }
            )
        result = build_package(
            out_dir,
            code,
            cycle,
            version,
            files,
            {"office_name": name, "program_version": "bench", "forms": described},
            signer=signer,
            recipients=recipients,
        )
    return result.path
