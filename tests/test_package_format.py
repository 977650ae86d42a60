"""The .yibiao package: safe names, build, verify (tampering, traversal, unlisted files), versions."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

from exports.package.crypto import SecretKeys
from exports.package.manifest import (
    UTF8_FLAG,
    PackageCancelled,
    PackageError,
    PackageFile,
    data_arcname,
    fingerprint_of,
    form_arcname,
    member_problem,
    unique_arcname,
)
from exports.package.safe_names import is_safe_component, package_name, parse_package_name, safe_component
from exports.package.verify import read_manifest, verify_package
from exports.package.writer import build_package, list_versions, next_version

CODE = "110101001001"
KEYS = SecretKeys.generate()


def make_xlsx(path: Path, title: str, rows: int = 3) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([title])
    ws.append(["姓名", "身份证号"])
    for i in range(rows):
        ws.append([f"张{i}", f"11010119900101{i:04d}"])
    wb.save(path)
    return path


def make_pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path))
    c.drawString(72, 720, "report 1")
    c.save()
    return path


@pytest.fixture
def files(tmp_path: Path) -> list[PackageFile]:
    src = tmp_path / "src"
    src.mkdir()
    return [
        PackageFile(form_arcname("县民政局", "低保对象花名册"), make_xlsx(src / "a.xlsx", "低保对象花名册")),
        PackageFile(form_arcname("县统计局", "CON"), make_xlsx(src / "b.xlsx", "CON")),
        PackageFile(data_arcname(7), "person_name,person_id\n张0,110101199001010000\n".encode()),
        PackageFile(data_arcname(8), b"village_name\n\xe4\xb8\x80\xe6\x9d\x91\n"),
        PackageFile("汇总.xlsx", make_xlsx(src / "sum.xlsx", "目录")),
        PackageFile("report.pdf", make_pdf(src / "r.pdf")),
    ]


def fields(files: list[PackageFile]) -> dict[str, object]:
    return {
        "office_name": "示范镇人民政府",
        "program_version": "0.1.0",
        "forms": [
            {
                "item_id": 7,
                "department": "县民政局",
                "title": "低保对象花名册",
                "entity": "person",
                "rows": 1,
                "field_ids": ["person_name", "person_id"],
                "xlsx": files[0].arcname,
                "csv": files[2].arcname,
            },
            {
                "item_id": 8,
                "department": "县统计局",
                "title": "CON",
                "entity": None,
                "rows": 1,
                "field_ids": [],
            },
        ],
    }


BARE: dict[str, object] = {"office_name": "示范镇", "program_version": "0.1.0", "forms": []}


def build(out: Path, files: list[PackageFile], version: int | None = None):
    return build_package(out, CODE, "2026-11", version, files, fields(files), signer=KEYS)


def rewrite(src: Path, dst: Path, *, change: dict[str, bytes | None] | None = None, add=()) -> Path:
    """Copy a package entry by entry, replacing (bytes) or dropping (None) members, adding others. A changed
    manifest is signed again with the maker's key, so the checks after the signature are reached."""
    change = dict(change or {})
    if change.get("manifest.json") is not None:
        change["manifest.sig"] = KEYS.sign(change["manifest.json"])
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = change.get(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info, data)
        for name, data in add:
            zout.writestr(name, data)
    return dst


def test_build_then_verify(tmp_path: Path, files: list[PackageFile]) -> None:
    progress: list[tuple[int, int]] = []
    result = build_package(
        tmp_path / "out",
        CODE,
        "2026-11",
        None,
        files,
        fields(files),
        signer=KEYS,
        progress=lambda d, t: progress.append((d, t)),
    )
    assert result.path.name == f"{CODE}_2026-11_v1.yibiao"
    assert progress[-1][0] == progress[-1][1] > 0
    check = verify_package(result.path)
    assert check.ok, check.problems
    manifest = read_manifest(result.path)
    assert manifest == result.manifest
    assert manifest["office_code"] == CODE and manifest["version"] == 1
    assert {f["path"] for f in manifest["files"]} == {f.arcname for f in files}
    assert manifest["fingerprint"] == fingerprint_of(files)
    assert manifest["forms"][0]["field_ids"] == ["person_name", "person_id"]
    assert "forms/县统计局/CON_.xlsx" in {f["path"] for f in manifest["files"]}
    with zipfile.ZipFile(result.path) as zf:
        assert all(i.flag_bits & UTF8_FLAG for i in zf.infolist() if not i.filename.isascii())
        assert zf.getinfo("汇总.xlsx").flag_bits & UTF8_FLAG
        assert all(i.create_system == 0 and i.external_attr == 0x20 for i in zf.infolist())
        wb = openpyxl.load_workbook(zf.open(files[0].arcname))
        assert wb.active["A1"].value == "低保对象花名册"
        assert zf.read("data/7.csv").startswith(b"person_name,")  # plain UTF-8, no BOM
    assert [p.name for p in result.path.parent.iterdir()] == [result.path.name]  # no temp file left


def test_version_numbering_keeps_earlier_versions(tmp_path: Path, files: list[PackageFile]) -> None:
    out = tmp_path / "out"
    assert next_version(out, CODE, "2026-11") == 1
    first = build(out, files)
    second = build(out, files)
    assert (first.manifest["version"], second.manifest["version"]) == (1, 2)
    assert first.path.exists() and second.path.exists()
    (out / f"{CODE}_2026-12_v9.yibiao").write_bytes(b"")  # another cycle does not count
    (out / f"{CODE}_2026-11_v7.yibiao.part").write_bytes(b"")  # nor an unfinished file
    assert list_versions(out, CODE, "2026-11") == [1, 2]
    assert next_version(out, CODE, "2026-11") == 3
    with pytest.raises(PackageError, match="已存在"):
        build(out, files, version=2)
    assert verify_package(second.path).ok


def test_cancel_leaves_nothing(tmp_path: Path, files: list[PackageFile]) -> None:
    out = tmp_path / "out"
    calls = iter(range(100))
    with pytest.raises(PackageCancelled):
        build_package(
            out, CODE, "2026-Q4", 1, files, fields(files), signer=KEYS, is_cancelled=lambda: next(calls) >= 3
        )
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("code", "cycle", "version"),
    [
        ("11010100100", "2026-11", 1),
        ("11010100100x", "2026-11", 1),
        (CODE, "2026-13", 1),
        (CODE, "2026-Q5", 1),
        (CODE, "a/b", 1),
        (CODE, "CON", 1),
        (CODE, "2026-11", 0),
        (CODE, "", 1),
    ],
)
def test_package_name_validation(code: str, cycle: str, version: int) -> None:
    with pytest.raises(ValueError):
        package_name(code, cycle, version)


def test_package_names_round_trip() -> None:
    for cycle in ("2026-11", "2026-Q4", "2026", "防汛专项_2026"):
        name = package_name(CODE, cycle, 12)
        assert parse_package_name(name) == (CODE, cycle, 12)
    assert parse_package_name(f"{CODE}_2026-11_v1.zip") is None


def test_bad_member_names_are_refused_by_the_writer(tmp_path: Path) -> None:
    for arcname in (
        "forms/a/run.exe",
        "x.bat",
        "data/../../evil.csv",
        "/abs.csv",
        "forms/CON/a.xlsx",
        "data/a:b.csv",
    ):
        with pytest.raises(PackageError):
            build_package(tmp_path, CODE, "2026", 1, [PackageFile(arcname, b"x")], BARE, signer=KEYS)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("CON.xlsx", "CON_.xlsx"),
        ("a:b?.xlsx", "a：b？.xlsx"),
        ("lpt1", "lpt1_"),
        ("  名单. ", "名单"),
        ("", "未命名"),
    ],
)
def test_safe_component_examples(name: str, expected: str) -> None:
    assert safe_component(name) == expected


def test_long_titles_are_shortened_keeping_the_extension() -> None:
    name = safe_component("关于开展" * 75 + ".xlsx")
    assert name.endswith(".xlsx") and len(name) <= 80 and is_safe_component(name)
    arc = form_arcname("县" * 100, "表" * 300)
    assert member_problem(arc) is None


@settings(max_examples=300, deadline=None)
@given(st.text(), st.integers(min_value=12, max_value=120))
def test_safe_component_is_always_safe(text: str, max_len: int) -> None:
    name = safe_component(text, max_len)
    assert is_safe_component(name, max_len)
    assert safe_component(name, max_len) == name  # idempotent


RISKY = st.text(
    alphabet=st.sampled_from(list('CONPRAUXLTcom19¹.: <>"/\\|?*\x00\x7f\u202e\u200b\u3000名e\u0301'))
)


@settings(max_examples=300, deadline=None)
@given(RISKY, st.integers(min_value=12, max_value=20))
def test_safe_component_is_safe_for_risky_text(text: str, max_len: int) -> None:
    name = safe_component(text, max_len)
    assert is_safe_component(name, max_len)
    assert member_problem(f"data/{safe_component(text, 60)}.csv") is None


def test_colliding_form_names_get_a_number() -> None:
    taken: set[str] = set()
    first = unique_arcname(form_arcname("县民政局", "花名册"), taken)
    second = unique_arcname(form_arcname("县民政局", "花名册"), taken)
    third = unique_arcname("forms/县民政局/花名册.XLSX", taken)
    assert (first, second, third) == (
        "forms/县民政局/花名册.xlsx",
        "forms/县民政局/花名册（2）.xlsx",
        "forms/县民政局/花名册（3）.XLSX",
    )
    assert all(member_problem(a) is None for a in (first, second, third))


# --- tampering -----------------------------------------------------------------------------------------


def test_changed_member_fails_first_with_its_name(tmp_path: Path, files: list[PackageFile]) -> None:
    good = build(tmp_path / "out", files).path
    with zipfile.ZipFile(good) as zf:
        data = bytearray(zf.read(files[0].arcname))
    data[len(data) // 2] ^= 0x01
    bad = rewrite(good, tmp_path / good.name, change={files[0].arcname: bytes(data)})
    check = verify_package(bad)
    assert not check.ok
    assert check.problems == ["forms/县民政局/低保对象花名册.xlsx 的校验值不符，文件可能被改动或损坏"]


def _data_offset(path: Path, arcname: str) -> tuple[int, int]:
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(arcname)
    raw = path.read_bytes()
    nlen = int.from_bytes(raw[info.header_offset + 26 : info.header_offset + 28], "little")
    elen = int.from_bytes(raw[info.header_offset + 28 : info.header_offset + 30], "little")
    return info.header_offset + 30 + nlen + elen, info.compress_size


@pytest.mark.parametrize(
    "arcname", ["forms/县民政局/低保对象花名册.xlsx", "data/7.csv", "report.pdf", "manifest.json"]
)
def test_flipped_byte_in_the_raw_file_fails(tmp_path: Path, files: list[PackageFile], arcname: str) -> None:
    good = build(tmp_path / "out", files).path
    start, length = _data_offset(good, arcname)
    raw = bytearray(good.read_bytes())
    raw[start + length // 2] ^= 0x40
    good.write_bytes(bytes(raw))
    check = verify_package(good)
    assert not check.ok
    assert arcname in check.problems[0]


def test_every_single_byte_flip_in_a_small_package_is_caught(tmp_path: Path) -> None:
    small = [PackageFile("data/1.csv", b"a,b\n1,2\n"), PackageFile("report.pdf", b"%PDF-1.4 tiny")]
    good = build_package(tmp_path / "out", CODE, "2026", 1, small, BARE, signer=KEYS).path
    raw = good.read_bytes()
    missed = []
    for i in range(len(raw)):
        for bit in (0x01, 0x80):
            changed = bytearray(raw)
            changed[i] ^= bit
            good.write_bytes(bytes(changed))
            if verify_package(good).ok:
                missed.append((i, bit))
    # Data is stored, so every content byte is under a sha256; headers are cross-checked with the
    # central directory and the end record, so no byte of the file can change unnoticed.
    assert missed == []


def test_unlisted_file_fails(tmp_path: Path, files: list[PackageFile]) -> None:
    good = build(tmp_path / "out", files).path
    bad = rewrite(good, tmp_path / good.name, add=[("data/99.csv", b"x\n")])
    assert verify_package(bad).problems == ["data/99.csv 不在清单中（数据包里多出了未列出的文件）"]


def test_missing_file_fails(tmp_path: Path, files: list[PackageFile]) -> None:
    good = build(tmp_path / "out", files).path
    bad = rewrite(good, tmp_path / good.name, change={"report.pdf": None})
    assert verify_package(bad).problems[0].startswith("report.pdf 在清单中列出")


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ("../evil.csv", "路径穿越"),
        ("data/../../evil.csv", "路径穿越"),
        ("/etc/evil.csv", "绝对路径"),
        ("C:/evil.csv", "绝对路径"),
        ("data\\evil.csv", "反斜杠"),
        ("forms/a/setup.exe", ".exe"),
        ("run.bat", ".bat"),
        ("data/x.js", ".js"),
        ("forms/a/CON.xlsx", "不安全"),
        ("forms/a/b?.xlsx", "不安全"),
        ("data/", "文件夹"),
    ],
)
def test_disallowed_entries_fail(tmp_path: Path, files: list[PackageFile], entry: str, words: str) -> None:
    good = build(tmp_path / "out", files).path
    bad = rewrite(good, tmp_path / good.name, add=[(entry, b"x")])
    check = verify_package(bad)
    assert not check.ok
    assert words in check.problems[0], check.problems


@pytest.mark.parametrize("mode", [0o100755, 0o120777])
def test_executable_or_symlink_entry_fails(tmp_path: Path, files: list[PackageFile], mode: int) -> None:
    good = build(tmp_path / "out", files).path
    info = zipfile.ZipInfo("data/9.csv")
    info.create_system, info.external_attr = 3, mode << 16
    bad = rewrite(good, tmp_path / good.name, add=[(info, b"x")])
    assert "可执行或链接" in verify_package(bad).problems[0]


def test_manifest_schema_and_name(tmp_path: Path, files: list[PackageFile]) -> None:
    good = build(tmp_path / "out", files).path
    manifest = read_manifest(good)
    for key, value, words in [
        ("version", "1", "“version” 应为整数"),
        ("files", {}, "“files” 应为列表"),
        ("office_code", "123", "单位代码"),
    ]:
        broken = manifest | {key: value}
        bad = rewrite(good, tmp_path / "x.yibiao", change={"manifest.json": json.dumps(broken).encode()})
        assert words in verify_package(bad).problems[0]
    del manifest["forms"][0]["field_ids"]
    bad = rewrite(good, tmp_path / "y.yibiao", change={"manifest.json": json.dumps(manifest).encode()})
    assert verify_package(bad).problems[0] == "manifest.json 的“forms”[0] 缺少必需的项“field_ids”"
    bad = rewrite(good, tmp_path / "z.yibiao", change={"manifest.json": b"{not json"})
    assert "无法解析" in verify_package(bad).problems[0]
    renamed = good.rename(good.with_name(f"{CODE}_2026-11_v5.yibiao"))
    assert verify_package(renamed).problems[0].startswith(f"文件名 {renamed.name} 与清单不符")


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9, 0.999])
def test_a_cut_short_copy_is_reported_as_incomplete(
    tmp_path: Path, files: list[PackageFile], keep: float
) -> None:
    """A copy cut short must not be read as one of the workbooks stored inside it."""
    good = build(tmp_path / "out", files).path
    data = good.read_bytes()
    cut = tmp_path / good.name
    cut.write_bytes(data[: int(len(data) * keep)])
    (problem,) = verify_package(cut).problems
    assert problem.startswith(f"{cut.name} 不完整") and "重新复制" in problem
    with pytest.raises(PackageError, match="不完整"):
        read_manifest(cut)


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / f"{CODE}_2026_v1.yibiao"
    path.write_bytes(b"MZ\x90\x00 not a zip")
    assert "无法作为数据包打开" in verify_package(path).problems[0]
    with pytest.raises(PackageError):
        read_manifest(path)
