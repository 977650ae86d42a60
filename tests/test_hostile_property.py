"""Property tests: real templates and a real package with flipped or cut bytes are refused cleanly or read.

Workbooks are read through the isolated reader, so that a case which would abort the Excel reader shows
up as a "crashed" refusal (a failure here) instead of killing the test run; the command line reads the
same files in-process and is safe exactly when no case crashes the child. Every case runs under a
generous alarm that turns a hang into a failure. The real templates are used in place (never copied
into the repository); without ../shared only the package half runs.
"""

from __future__ import annotations

import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.catalog.fields import Catalog
from desktop.intake.inspect import TemplateInspection, inspect_template
from desktop.office import Office
from exports.excel.reader import WorkbookReadError, isolated_reads
from exports.package.manifest import PackageError
from exports.package.verify import read_manifest, verify_package
from tests.builders import ROWS, write_return
from tests.conftest import FIXED_NOW, SHARED
from tests.test_package_build import CODE, CYCLE, write_template

CASE_SECONDS = 60  # far beyond any honest read of these small files: only a hang gets near it
CLEAN_REASONS = {"corrupt", "empty", "wrong_content", "encrypted", "no_sheet", "too_large"}
CATALOG = Catalog()
TEMPLATES = sorted(
    [
        *(SHARED / "samples" / "forms").glob("0[3-6]_*.xls*"),
        *(SHARED / "real").glob("0[14]_*.xls"),
        *(SHARED / "real").glob("33_*.xlsx"),
    ]
)


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def hung(*_args):
        raise TimeoutError(f"no answer after {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def damage(data: bytes, flips: list[tuple[float, int]], cut: float | int | None) -> bytes:
    """``data`` with bytes replaced at relative positions, then optionally cut short: at a relative
    position (a float), or by a number of bytes from the end (an int: a copy that stopped late)."""
    out = bytearray(data)
    for where, value in flips:
        out[min(int(where * len(out)), len(out) - 1)] = value
    if isinstance(cut, float):
        out = out[: max(1, int(cut * len(out)))]
    elif isinstance(cut, int):
        out = out[: max(1, len(out) - cut)]
    return bytes(out)


flips = st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=8)
damages = st.one_of(
    st.tuples(flips, st.none()),
    st.tuples(st.just([]), st.floats(0.02, 0.999)),
    st.tuples(st.just([]), st.integers(1, 512)),  # the last sector(s) missing: calamine used to panic
    st.tuples(flips, st.integers(1, 4096)),
)


@pytest.mark.skipif(not TEMPLATES, reason="../shared is not beside the repository")
@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(0, 10**6), change=damages)
def test_a_damaged_template_is_read_or_refused_cleanly(index, change):
    source = TEMPLATES[index % len(TEMPLATES)]
    flips, cut = change
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / source.name
        path.write_bytes(damage(source.read_bytes(), flips, cut))
        try:
            with time_limit(CASE_SECONDS), isolated_reads():
                result = inspect_template(path, CATALOG)
        except WorkbookReadError as error:
            assert error.reason in CLEAN_REASONS, error.message  # "crashed" = the reader aborted
            assert path.name in error.message
        else:
            assert isinstance(result, TemplateInspection) and result.columns


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> bytes:
    """A package built by the project's own code: a profile, a ledger of three, one templated form."""
    folder = tmp_path_factory.mktemp("package")
    office = Office(folder / "office.sqlite3", clock=lambda: FIXED_NOW)
    try:
        office.profile.save("乡镇", "白沙镇人民政府", CODE, "云溪县")
        office.ledger.import_file(write_return(folder / "return.xlsx", ROWS), "县人社局")
        office.intake.register(
            write_template(folder / "摸底表.xlsx"),
            {"department": "县乡村振兴局", "received": "2026-11-10", "due": "2026-11-20"},
        )
        result = office.packages.build(CYCLE, None)
    finally:
        office.close()
    assert verify_package(result.path).ok
    return result.path.read_bytes()


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(change=damages)
def test_a_damaged_package_is_verified_or_refused_cleanly(package, change):
    flips, cut = change
    damaged = damage(package, flips, cut)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{CODE}_{CYCLE}_v1.yibiao"
        path.write_bytes(damaged)
        with time_limit(CASE_SECONDS):
            result = verify_package(path)
            try:
                manifest = read_manifest(path)
            except PackageError as error:
                assert str(error)
                manifest = None
        if damaged == package:
            assert result.ok and manifest == result.manifest
        elif result.ok:  # only a change that leaves every checked byte alone may pass
            assert manifest == result.manifest
        else:
            assert len(result.problems) == 1 and result.problems[0]
