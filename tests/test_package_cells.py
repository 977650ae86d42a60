"""Reuse figures that add up (issue 11 item 2) and one fingerprint (item 4), on a real office and real packages.

Every requested cell is counted once — filled from the ledger, typed by hand (补录) or blank — and the
figures in manifest.json, the PDF's 减负统计, `yibiao burden cells` and the ledger page agree with each other
and with the data CSVs' empty cells.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import pytest

from exports.package.verify import read_manifest, verify_package
from tests.builders import FILL_WANG, ZHANG
from tests.test_package_build import CYCLE, HAS_PDFTOTEXT, cycle_office, members, pdf_text  # noqa: F401

ZHANG_PHONE = "13600136000"


def csv_cells(data: bytes) -> tuple[int, int, int]:
    """(rows, fields, empty cells) of a data CSV."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    header, body = rows[0], rows[1:]
    return len(body), len(header), sum(1 for r in body for v in r if v == "")


@pytest.fixture
def typed(cycle_office):  # noqa: F811 - the fixture imported above
    """One phone typed by hand (补录) over the imported one; 王强's phone stays blank."""
    office = cycle_office
    entity = office.repos.ledger.key_index("person")[ZHANG]
    office.coverage.entry.save(entity, "person.phone", ZHANG_PHONE, entered_by="李文书")
    return office


def test_manifest_cells_add_up_and_match_the_csv(typed, tmp_path):
    result = typed.packages.build(CYCLE, tmp_path / "out")
    manifest = read_manifest(result.path)
    files = members(result.path)
    assert manifest["format_version"] == 3
    [form] = manifest["forms"]
    cells = form["cells"]
    rows, fields, empty = csv_cells(files[form["csv"]])
    assert cells["blank"] == empty == 1  # 王强 has no phone
    assert cells["typed"] == 1  # 张伟's phone, typed by hand
    assert cells["requested"] == rows * fields == form["rows"] * len(form["field_ids"])
    assert cells["requested"] == cells["from_ledger"] + cells["typed"] + cells["blank"]
    assert cells["from_ledger"] == rows * fields - empty - 1
    assert manifest["cells"] == cells  # one form: the total is that form's
    # the command and the service read the same figures from the office, without building
    figures = typed.burden.cycle_cells(CYCLE)
    assert figures.total.to_dict() == manifest["cells"]
    assert [f.cells.to_dict() for f in figures.forms] == [cells]


def test_the_pdf_prints_the_three_figures_and_their_sum(typed, tmp_path, monkeypatch):
    seen = {}
    import desktop.packages.build as build

    original = build.write_report_pdf

    def capture(report, out, **kwargs):
        seen["report"] = report
        return original(report, out, **kwargs)

    monkeypatch.setattr(build, "write_report_pdf", capture)
    result = typed.packages.build(CYCLE)
    manifest = read_manifest(result.path)
    burden = seen["report"].burden
    cells = manifest["cells"]
    assert (burden.facts_reused, burden.facts_typed, burden.facts_blank) == (
        cells["from_ledger"],
        cells["typed"],
        cells["blank"],
    )
    assert burden.facts_requested == cells["requested"]
    if HAS_PDFTOTEXT:
        text = pdf_text(members(result.path)["report.pdf"], tmp_path)
        section = text[text.rindex("减负统计") :]
        for label, value in (
            ("需填报的数据项", cells["requested"]),
            ("从台账复用的数据项", cells["from_ledger"]),
            ("手工录入的数据项", cells["typed"]),
            ("空缺的数据项", cells["blank"]),
        ):
            assert label in section and str(value) in section


def test_typing_moves_a_cell_to_typed_and_the_sum_stays(cycle_office):  # noqa: F811
    keys = cycle_office.repos.ledger.key_index("person")
    before = cycle_office.burden.cycle_cells(CYCLE).total
    cycle_office.coverage.entry.save(keys[ZHANG], "person.phone", ZHANG_PHONE)  # over an imported phone
    over = cycle_office.burden.cycle_cells(CYCLE).total
    assert (over.typed, over.from_ledger, over.blank) == (
        before.typed + 1,
        before.from_ledger - 1,
        before.blank,
    )
    cycle_office.coverage.entry.save(keys[FILL_WANG], "person.phone", "13500135000")  # a blank filled in
    filled = cycle_office.burden.cycle_cells(CYCLE).total
    assert (filled.typed, filled.blank) == (over.typed + 1, over.blank - 1)
    assert before.requested == over.requested == filled.requested


def test_old_packages_without_cells_still_verify(cycle_office, tmp_path):  # noqa: F811
    """A format 1 package (no "cells") written by the writer as it was still verifies."""
    from exports.package.crypto import SecretKeys
    from exports.package.manifest import PackageFile
    from exports.package.writer import build_package

    files = [PackageFile("data/1.csv", b"person.name\r\n\xe5\xbc\xa0\xe4\xbc\x9f\r\n")]
    forms = [
        {"item_id": 1, "department": "县人社局", "title": "表", "entity": "person", "rows": 1,
         "field_ids": ["person.name"], "csv": "data/1.csv"}
    ]  # fmt: skip
    package = build_package(
        tmp_path,
        "530624100000",
        CYCLE,
        1,
        files,
        {"office_name": "镇", "program_version": "0", "forms": forms},
        signer=SecretKeys.generate(),
    )
    with zipfile.ZipFile(package.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    for key in ("kind", "signer"):  # format 3's; a format 1 package had no signature either
        del manifest[key]
    old = re.sub(r'"format_version": \d+', '"format_version": 1', json.dumps(manifest, ensure_ascii=False))
    assert '"cells"' not in old
    rewritten = tmp_path / "old" / package.path.name
    rewritten.parent.mkdir()
    with zipfile.ZipFile(package.path) as src, zipfile.ZipFile(rewritten, "w") as dst:
        for info in src.infolist():
            if info.filename != "manifest.sig":
                dst.writestr(
                    info, old.encode("utf-8") if info.filename == "manifest.json" else src.read(info)
                )
    check = verify_package(rewritten)
    assert check.ok and not check.signed, check.problems


def test_one_fingerprint_on_the_cover_in_verify_and_in_the_build(cli, typed, tmp_path, monkeypatch):
    """Issue 11 item 4: the cover prints the fingerprint `package verify --json` and the build give."""
    seen = {}
    import desktop.packages.build as build

    original = build.write_report_pdf

    def capture(report, out, **kwargs):
        seen["fingerprint"] = report.fingerprint
        return original(report, out, **kwargs)

    monkeypatch.setattr(build, "write_report_pdf", capture)
    result = typed.packages.build(CYCLE, tmp_path / "out")
    verified = cli("package", "verify", result.path, "--json", db=typed.path)
    assert verified.code == 0 and verified.data["ok"] is True
    fingerprint = verified.data["fingerprint"]
    assert re.fullmatch(r"[0-9a-f]{64}", fingerprint)
    assert seen["fingerprint"] == fingerprint == result.fingerprint
    assert read_manifest(result.path)["fingerprint"] == fingerprint
    assert typed.packages.history(CYCLE)[0].fingerprint == fingerprint
    if HAS_PDFTOTEXT:
        cover = re.sub(r"\s+", "", pdf_text(members(result.path)["report.pdf"], tmp_path))
        assert f"数据包指纹：{fingerprint}" in cover  # labelled as the window and the CLI label it
    shown = cli("package", "show", result.path, db=None)
    assert f"数据包指纹：{fingerprint}" in shown.out


def test_a_copy_to_a_drive_reports_the_same_fingerprint(typed, tmp_path):
    from desktop.packages.drives import copy_to_drive

    result = typed.packages.build(CYCLE)
    (tmp_path / "stick").mkdir()
    copied = copy_to_drive(result.path, tmp_path / "stick")
    assert copied.fingerprint == result.fingerprint and copied.sha256 == result.sha256


def test_burden_cells_command(cli, typed):
    out = cli("burden", "cells", CYCLE, "--json", db=typed.path)
    assert out.code == 0, out.err
    [form] = out.data["forms"]
    assert form["item_id"] == typed.cycle_form
    cells = out.data["cells"]
    assert cells == form["cells"] and cells["typed"] == 1 and cells["blank"] == 1
    assert cells["requested"] == cells["from_ledger"] + cells["typed"] + cells["blank"]
    human = cli("burden", "cells", CYCLE, db=typed.path)
    assert human.code == 0 and f"手工补录 {cells['typed']}" in human.out


def test_the_banner_figures_do_not_grow_with_the_same_return_imported_again(cycle_office, tmp_path):  # noqa: F811
    first = cycle_office.burden.cycle_cells(CYCLE)
    cycle_office.ledger.import_file(tmp_path / "return.xlsx", "县人社局")  # the fixture's return, once more
    again = cycle_office.burden.cycle_cells(CYCLE)
    assert again.total == first.total and [f.rows for f in again.forms] == [3]
    assert again.total.filled <= again.total.requested
