"""Property tests: crafted .yibiao archives are refused cleanly by every reader and change nothing.

A real signed and sealed package is written by the package writer, then taken apart and put together
again with hostile changes: entries named to escape (``..``, absolute, drive letters, backslashes, NUL),
duplicated names, members swapped for zip bombs (a high ratio; a size in the directory that lies),
sizes patched in the headers, members dropped, bytes flipped or the file cut. Every reader
(`verify_package`, `read_manifest`, `read_summary`, `open_package`) and the county import must end in
one clear refusal (a `PackageError` / a refused outcome) or a correct read: never another exception
type, a hang (a generous alarm), a changed database (dump compared) or a file left behind.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.county_packages import write_submission
from desktop.county.importer import IMPORTED, REFUSED
from exports.package.crypto import SecretKeys
from exports.package.manifest import PackageError
from exports.package.reader import open_package, read_summary
from exports.package.verify import read_manifest, verify_package
from tests.test_hostile_property import CASE_SECONDS, damage, damages, time_limit

T1, CYCLE = "530624100000", "2026-11"
SIGNER = SecretKeys.generate()

HOSTILE_NAMES = [
    "../evil.csv",
    "data/../../evil.csv",
    "/etc/passwd",
    "C:/Windows/evil.csv",
    "C:evil.csv",
    "data\\..\\..\\evil.csv",
    "data/./1.csv",
    "data//1.csv",
    "data/1.csv\x00.txt",
    "data/" + "长" * 300 + ".csv",
    "data/",
    "manifest.json",  # a second manifest: which one would be read?
    "data/1.csv",  # a second copy of a member
    "data/9.csv",
    "report/../manifest.sig",
    "CON.csv",
    " data/1.csv",
]
BOMB = b"\0" * (8 * 1024 * 1024)  # 8 MiB of zeros: about 8 KiB deflated (a ratio near 1000)

edits = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.sampled_from(HOSTILE_NAMES), st.binary(max_size=64)),
        st.tuples(st.just("bomb"), st.integers(0, 20), st.none()),
        st.tuples(st.just("drop"), st.integers(0, 20), st.none()),
        st.tuples(st.just("size"), st.integers(0, 20), st.integers(0, 2**32 - 1)),
        st.tuples(st.just("local_size"), st.integers(0, 20), st.integers(0, 2**32 - 1)),
        st.tuples(st.just("executable"), st.integers(0, 20), st.none()),
    ),
    min_size=1,
    max_size=4,
)


def _entries(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def _write(dst: Path, entries: list[tuple[zipfile.ZipInfo, bytes]]) -> None:
    with zipfile.ZipFile(dst, "w") as zf:
        for info, data in entries:
            copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            copy.compress_type = info.compress_type
            copy.create_system, copy.external_attr = info.create_system, info.external_attr
            copy.flag_bits |= info.flag_bits & 0x800
            zf.writestr(copy, data)


def _patch_sizes(dst: Path, patches: list[tuple[str, int, int]]) -> None:
    """Overwrite uncompressed sizes in place: in the central directory ("size") or the local header."""
    raw = bytearray(dst.read_bytes())
    with zipfile.ZipFile(dst) as zf:
        infos = zf.infolist()
        central = zf.start_dir
    for kind, index, value in patches:
        info = infos[index % len(infos)]
        if kind == "local_size":
            struct.pack_into("<L", raw, info.header_offset + 22, value)
            continue
        pos = central
        while raw[pos : pos + 4] == b"PK\x01\x02":
            nlen, elen, clen = struct.unpack_from("<3H", raw, pos + 28)
            offset = struct.unpack_from("<L", raw, pos + 42)[0]
            if offset == info.header_offset:
                struct.pack_into("<L", raw, pos + 24, value)
                break
            pos += 46 + nlen + elen + clen
    dst.write_bytes(bytes(raw))


def crafted(source: Path, dst: Path, changes: list[tuple]) -> Path:
    entries = _entries(source)
    patches = []
    for kind, where, value in changes:
        if kind == "add":
            info = zipfile.ZipInfo(where, date_time=(2026, 12, 1, 9, 0, 0))
            info.create_system, info.external_attr = 0, 0x20
            info.flag_bits |= 0x800
            info.compress_type = zipfile.ZIP_DEFLATED
            entries.append((info, value))
        elif kind == "bomb" and entries:
            info, _data = entries[where % len(entries)]
            info.compress_type = zipfile.ZIP_DEFLATED
            entries[where % len(entries)] = (info, BOMB)
        elif kind == "drop" and len(entries) > 1:
            entries.pop(where % len(entries))
        elif kind == "executable" and entries:
            info, _data = entries[where % len(entries)]
            info.create_system, info.external_attr = 3, (0o100755 << 16)
        elif kind in ("size", "local_size"):
            patches.append((kind, where, value))
    _write(dst, entries)
    if patches:
        _patch_sizes(dst, patches)
    return dst


def assert_refused_or_read(path: Path, keys=()) -> bool:
    """Every reader on ``path``: a sound package reads the same everywhere, anything else is one clear
    PackageError. Returns whether it was read as sound."""
    with time_limit(CASE_SECONDS):
        result = verify_package(path, decryption_keys=keys)
        if not result.ok:
            assert len(result.problems) == 1 and result.problems[0].strip()
        for reader in (read_manifest, read_summary):
            try:
                reader(path)
            except PackageError as error:
                assert str(error).strip()
        try:
            with open_package(path, keys) as opened:
                for name in opened.names():
                    opened.read(name)
        except PackageError as error:
            assert str(error).strip() and not result.ok
            return False
        assert result.ok
        return True


def _tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture(scope="module")
def county_key() -> SecretKeys:
    return SecretKeys.generate()


@pytest.fixture(scope="module")
def good(tmp_path_factory, county_key) -> Path:
    folder = tmp_path_factory.mktemp("good")
    return write_submission(folder, T1, "白沙镇", CYCLE, 1, SIGNER, [county_key.public()], forms=2, rows=4)


def test_the_unchanged_package_reads(good, county_key):
    assert assert_refused_or_read(good, (county_key,))
    # rewritten member by member with nothing hostile: still sound (the crafting itself changes nothing)
    (good.parent / "again").mkdir(exist_ok=True)
    again = crafted(good, good.parent / "again" / good.name, [])
    assert assert_refused_or_read(again, (county_key,))


@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_every_hostile_entry_name_is_refused(good, county_key, tmp_path, name):
    path = crafted(good, tmp_path / good.name, [("add", name, b"x")])
    assert not assert_refused_or_read(path, (county_key,))
    assert not _tree(tmp_path) - {good.name}  # nothing extracted beside it
    assert not (tmp_path.parent / "evil.csv").exists()


def test_a_bomb_and_a_lying_size_are_refused_without_inflating_it_all(good, county_key, tmp_path):
    for n, changes in enumerate(
        [
            [("bomb", 1, None)],
            [("bomb", 1, None), ("size", 1, 100)],
            [("bomb", 1, None), ("size", 1, 100), ("local_size", 1, 100)],
        ]
    ):
        (tmp_path / str(n)).mkdir()
        path = crafted(good, tmp_path / str(n) / good.name, changes)
        assert path.stat().st_size < 200_000
        assert not assert_refused_or_read(path, (county_key,))


@pytest.mark.filterwarnings("ignore:Duplicate name")
@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(changes=edits)
def test_a_crafted_archive_is_refused_by_every_reader(good, county_key, tmp_path, changes):
    path = crafted(good, tmp_path / good.name, changes)
    try:
        assert_refused_or_read(path, (county_key,))
    finally:
        path.unlink()


@pytest.fixture
def county(office, county_key):
    office.keys.ensure()
    office.county.add_township(T1, "白沙镇")
    office.county.register.remember(T1, "白沙镇", SIGNER.public())
    office.county.trust(SIGNER.public().fingerprint)
    office.keys.decryptor = lambda: county_key  # the county's private key, as if it were this office's
    return office


def _dump(office) -> str:
    return "\n".join(office.conn.iterdump())


def test_the_county_fixture_imports_the_sound_package(county, good, db_path):
    """The property below can fail: the same county takes the unchanged package."""
    [outcome] = county.county.import_paths([good])
    assert (outcome.status, outcome.forms, outcome.rows) == (IMPORTED, 2, 8)


@pytest.mark.filterwarnings("ignore:Duplicate name")
@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(changes=st.one_of(edits.map(lambda e: ("crafted", e)), damages.map(lambda d: ("damaged", d))))
def test_the_county_imports_a_hostile_package_or_changes_nothing(county, good, db_path, changes):
    how, change = changes
    usb = db_path.parent / "usb"
    usb.mkdir(exist_ok=True)
    path = usb / good.name
    if how == "crafted":
        crafted(good, path, change)
    else:
        path.write_bytes(damage(good.read_bytes(), *change))
    before, files = _dump(county), _tree(db_path.parent)
    try:
        with time_limit(CASE_SECONDS):
            outcomes = county.county.import_paths([usb])
        [outcome] = outcomes
        if outcome.status == IMPORTED:  # only an archive still sound in every checked byte
            assert verify_package(path, decryption_keys=(county.keys.decryptor(),)).ok
            assert (outcome.forms, outcome.rows) == (2, 8)
            county.conn.execute("DELETE FROM county_rows")  # back to the state before, for the next case
            county.conn.execute("DELETE FROM county_forms")
            county.conn.execute("DELETE FROM county_packages")
            county.conn.commit()
        else:
            assert outcome.status == REFUSED and str(outcome.reason).strip()
            assert _dump(county) == before
            assert _tree(db_path.parent) == files  # no blob, no temporary file left behind
    finally:
        path.unlink()
