"""Property tests: damaged or crafted files fed to the two imports that write, the ledger import of a
filled return and the township's import of the county's configuration package. Each ends in one clear
refusal (a translatable error naming the problem) with the database's dump and the office's folder
exactly as before (no blob, backup or temporary file left), or in a correct import.

The real returns are read in place from ../shared (never copied into the repository); the configuration
package is made by the county demo and ``config export``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.county.config import import_config
from desktop.office import Office
from exports.excel.reader import isolated_reads
from exports.messages import ExportMessageError
from storage.errors import UserFacingError
from tests.conftest import FIXED_NOW, SHARED
from tests.test_hostile_packages import crafted, edits
from tests.test_hostile_property import CASE_SECONDS, damage, damages, time_limit

RETURNS = sorted([*(SHARED / "samples" / "returns").glob("*.xlsx"), *(SHARED / "real").glob("3[34]_*.xlsx")])


def _dump(office: Office) -> str:
    return "\n".join(office.conn.iterdump())


def _tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.mark.skipif(not RETURNS, reason="../shared is not beside the repository")
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(index=st.integers(0, 10**6), change=damages)
def test_a_damaged_return_is_imported_or_refused_with_nothing_written(office, db_path, index, change):
    source = RETURNS[index % len(RETURNS)]
    before, files = _dump(office), _tree(db_path.parent)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / source.name
        path.write_bytes(damage(source.read_bytes(), *change))
        try:
            with time_limit(CASE_SECONDS), isolated_reads():
                report = office.ledger.import_file(path, "县人社局")
        except UserFacingError as error:
            assert str(error).strip()
            assert _dump(office) == before and _tree(db_path.parent) == files
        else:
            assert report.import_id is not None  # a damage that left a readable return: imported


@pytest.mark.skipif(not RETURNS, reason="../shared is not beside the repository")
def test_the_undamaged_returns_import(office):
    """The property above can tell a refusal from an import: the real returns themselves import."""
    for source in RETURNS[:2]:
        with isolated_reads():
            assert office.ledger.import_file(source, "县人社局").import_id is not None


@pytest.fixture
def configured(tmp_path: Path, cli):
    """The county demo's configuration package and a township office that has not imported it."""
    county = tmp_path / "county" / "county.sqlite3"
    county.parent.mkdir()
    assert cli("demo", "--office-type", "county", db=county).code == 0
    exported = cli("config", "export", "--out", tmp_path / "usb", "--json", db=county)
    assert exported.code == 0, exported.err
    township = tmp_path / "township" / "township.sqlite3"
    township.parent.mkdir()
    made = cli(
        "profile", "set", "--type", "乡镇", "--name", "石门镇人民政府", "--code", "530699114000",
        "--county", "云溪县", db=township,
    )  # fmt: skip
    assert made.code == 0, made.err
    office = Office(township, clock=lambda: FIXED_NOW)
    yield office, Path(exported.data["path"])
    office.close()


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(change=st.one_of(edits.map(lambda e: ("crafted", e)), damages.map(lambda d: ("damaged", d))))
def test_a_hostile_configuration_package_is_refused_with_nothing_written(configured, change):
    office, package = configured
    how, what = change
    home = office.path.parent
    before, files = _dump(office), _tree(home)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / package.name
        if how == "crafted":
            crafted(package, path, what)
        else:
            path.write_bytes(damage(package.read_bytes(), *what))
        with time_limit(CASE_SECONDS), pytest.raises((UserFacingError, ExportMessageError)) as refused:
            import_config(office, path)
    assert str(refused.value).strip()
    assert _dump(office) == before and _tree(home) == files


def test_the_configuration_fixture_imports_the_sound_package(configured):
    office, package = configured
    assert import_config(office, package).version >= 1
