"""Package format 3: signatures, sealed members, keys, and the forgeries issue 13 says must fail."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest

from desktop.trust.keys import OfficeKeys, key_dir_for
from desktop.trust.signers import SignerCheck
from exports.package.crypto import PublicKeys, SecretKeys, fingerprint_of
from exports.package.manifest import PackageError, PackageFile, fingerprint
from exports.package.reader import Limits, open_package, read_summary
from exports.package.verify import verify_package
from exports.package.writer import build_package, write_package
from storage.trust import KnownTownship
from tests.test_package_build import CYCLE, HAS_PDFTOTEXT, cycle_office, pdf_text  # noqa: F401

CODE = "110101001001"
TOWN, COUNTY, FORGER = SecretKeys.generate(), SecretKeys.generate(), SecretKeys.generate()
CSV = "person.name,person.id_number\r\n张三,110101199001010011\r\n".encode()
FORMS = [
    {"item_id": 1, "department": "县民政局", "title": "低保", "entity": "person", "rows": 1,
     "field_ids": ["person.name", "person.id_number"], "csv": "data/1.csv"}
]  # fmt: skip
FIELDS = {"office_name": "示范镇", "program_version": "0.1.0", "forms": FORMS}


def _files() -> list[PackageFile]:
    return [PackageFile("data/1.csv", CSV), PackageFile("report.pdf", b"%PDF-1.4 report of 1 form")]


def _build(out: Path, *, sealed: bool = False, version: int = 1) -> Path:
    readers = [COUNTY.public(), TOWN.public()] if sealed else []
    return build_package(
        out, CODE, "2026-11", version, _files(), FIELDS, signer=TOWN, recipients=readers
    ).path


def _rewrite(src: Path, dst: Path, members: dict[str, bytes], signer: SecretKeys | None = None) -> Path:
    """What a forger without the township's key can do: change members, recompute every hash and the
    fingerprint in the manifest, and (optionally) sign it with a key of his own."""
    with zipfile.ZipFile(src) as zin:
        manifest = json.loads(zin.read("manifest.json"))
        data = {i.filename: zin.read(i) for i in zin.infolist()}
    data.update(members)
    for entry in manifest["files"]:
        body = data[entry["path"]]
        entry.update(size=len(body), sha256=hashlib.sha256(body).hexdigest())
    manifest["fingerprint"] = fingerprint(manifest["files"])
    if signer is not None:
        manifest["signer"] = signer.public().to_dict()
    body = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
    data["manifest.json"] = body
    if signer is not None:
        data["manifest.sig"] = signer.sign(body)
    with zipfile.ZipFile(dst, "w") as zout:
        for name, content in data.items():
            zout.writestr(name, content)
    return dst


def _trust(*townships: KnownTownship, own: PublicKeys | None = None) -> SignerCheck:
    return SignerCheck(own, None, None, list(townships))


# --- forgeries ------------------------------------------------------------------------------------------


def test_an_edited_csv_with_hashes_and_fingerprint_recomputed_fails(tmp_path: Path) -> None:
    good = _build(tmp_path / "out")
    forged = _rewrite(
        good, tmp_path / good.name, {"data/1.csv": CSV.replace("张三".encode(), "李四".encode())}
    )
    check = verify_package(forged)
    assert not check.ok and "签名" in check.problems[0] and "manifest.json" in check.problems[0]
    with pytest.raises(PackageError, match="签名"):
        open_package(forged)


def test_a_swapped_report_with_its_hash_recomputed_fails(tmp_path: Path) -> None:
    good = _build(tmp_path / "out")
    forged = _rewrite(good, tmp_path / good.name, {"report.pdf": b"%PDF-1.4 another report"})
    assert "签名" in verify_package(forged).problems[0]
    with pytest.raises(PackageError, match="签名"):
        read_summary(forged)


def test_a_package_signed_again_with_another_key_is_intact_but_its_signer_unknown(tmp_path: Path) -> None:
    good = _build(tmp_path / "out")
    forged = _rewrite(good, tmp_path / good.name, {"data/1.csv": b"person.name\r\nX\r\n"}, signer=FORGER)
    check = verify_package(forged)
    assert check.ok and check.signer == FORGER.public()  # a valid signature, by the forger
    town = KnownTownship(CODE, "示范镇", TOWN.public().fingerprint, True)
    verdict = _trust(town).check(check.signer, check.manifest)
    assert verdict.status == "changed" and not verdict.trusted
    assert TOWN.public().fingerprint in verdict.problem and FORGER.public().fingerprint in verdict.problem
    stranger = _trust().check(check.signer, check.manifest)
    assert stranger.status == "unknown" and "不认识" in stranger.problem
    honest = verify_package(good)
    assert _trust(town).check(honest.signer, honest.manifest).status == "township"


def test_a_truncated_package_fails(tmp_path: Path) -> None:
    good = _build(tmp_path / "out", sealed=True)
    raw = good.read_bytes()
    good.write_bytes(raw[: len(raw) - 40])
    assert "不完整" in verify_package(good).problems[0]
    for read in (open_package, read_summary):
        with pytest.raises(PackageError, match="不完整"):
            read(good)


def test_the_signer_fingerprint_is_recomputed_not_taken_from_the_manifest(tmp_path: Path) -> None:
    good = _build(tmp_path / "out")
    with zipfile.ZipFile(good) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest["signer"]["fingerprint"] = COUNTY.public().fingerprint  # claims to be the county
    body = json.dumps(manifest).encode()
    bad = _rewrite(good, tmp_path / good.name, {})
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = {"manifest.json": body, "manifest.sig": TOWN.sign(body)}.get(info.filename, zin.read(info))
            zout.writestr(info, data)
    assert "指纹与公钥不符" in verify_package(bad).problems[0]


# --- sealing ------------------------------------------------------------------------------------------------


def test_sealed_members_cannot_be_read_without_a_key(tmp_path: Path) -> None:
    sealed = _build(tmp_path / "out", sealed=True)
    with zipfile.ZipFile(sealed) as zf:
        stored = zf.read("data/1.csv")
        manifest = json.loads(zf.read("manifest.json"))
    assert "张三".encode() not in stored and b"110101199001010011" not in stored
    assert manifest["forms"][0]["rows"] == 1 and manifest["forms"][0]["title"] == "低保"  # the summary stays
    check = verify_package(sealed)  # no key: checked as stored, under the signature
    assert check.ok and check.encrypted
    opened = open_package(sealed)
    assert opened.encrypted and not opened.readable
    with pytest.raises(PackageError, match="已加密"):
        opened.read("data/1.csv")
    with pytest.raises(PackageError, match="接收者"):
        open_package(sealed, [FORGER])
    summary = read_summary(sealed)
    assert summary.encrypted and summary.fingerprint == TOWN.public().fingerprint and summary.rows == 1


def test_the_county_and_the_township_itself_can_open_a_sealed_package(tmp_path: Path) -> None:
    sealed = _build(tmp_path / "out", sealed=True)
    for keys in ([COUNTY], [TOWN.encryption], [FORGER, TOWN]):
        with open_package(sealed, keys) as opened:
            assert opened.readable and opened.read("data/1.csv") == CSV
            assert opened.names() == ["data/1.csv", "report.pdf"]
            assert opened.kind == "submission" and opened.signer == TOWN.public()
            assert opened.sha256 == hashlib.sha256(sealed.read_bytes()).hexdigest()


def test_a_changed_byte_in_a_sealed_member_fails_with_or_without_the_key(tmp_path: Path) -> None:
    sealed = _build(tmp_path / "out", sealed=True)
    with zipfile.ZipFile(sealed) as zf:
        info = zf.getinfo("data/1.csv")
    raw = bytearray(sealed.read_bytes())
    raw[info.header_offset + 30 + len(info.filename.encode()) + 3] ^= 0x01
    sealed.write_bytes(bytes(raw))
    assert "data/1.csv" in verify_package(sealed).problems[0]
    with pytest.raises(PackageError, match="data/1.csv"):
        open_package(sealed, [COUNTY])


# --- old packages, limits, member rules --------------------------------------------------------------------


def test_an_old_format_2_package_verifies_as_unsigned(tmp_path: Path) -> None:
    good = _build(tmp_path / "out")
    with zipfile.ZipFile(good) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        data = {
            i.filename: zf.read(i)
            for i in zf.infolist()
            if i.filename not in ("manifest.json", "manifest.sig")
        }
    for key in ("kind", "signer"):
        del manifest[key]
    manifest["format_version"] = 2
    old = tmp_path / "old" / good.name
    old.parent.mkdir()
    with zipfile.ZipFile(old, "w") as zf:
        for name, body in data.items():
            zf.writestr(name, body)
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
    check = verify_package(old)
    assert check.ok and not check.signed and check.signer is None
    opened = open_package(old)
    assert not opened.signed and opened.read("data/1.csv") == CSV
    verdict = _trust().check(None, manifest)
    assert verdict.status == "unsigned" and "旧格式" in verdict.problem
    # the same with format_version 3 claimed: a signed format without its signature
    manifest["format_version"] = 3
    stripped = tmp_path / "stripped.yibiao"
    with zipfile.ZipFile(stripped, "w") as zf:
        for name, body in data.items():
            zf.writestr(name, body)
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
    assert "缺少签名" in verify_package(stripped).problems[0]


def test_oversized_entries_and_escaping_paths_are_refused(tmp_path: Path) -> None:
    good = _build(tmp_path / "out")
    with pytest.raises(PackageError, match="过大"):
        open_package(good, limits=Limits(max_member_bytes=10))
    with pytest.raises(PackageError, match="过多"):
        open_package(good, limits=Limits(max_members=2))
    escaping = tmp_path / "escape.yibiao"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(escaping, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        zout.writestr("data/../../evil.csv", b"x")
    with pytest.raises(PackageError, match="路径穿越"):
        open_package(escaping)


def test_a_config_package_holds_only_config_members(tmp_path: Path) -> None:
    members = [
        PackageFile("config/whitelist.json", b"[]"),
        PackageFile("config/townships.csv", b"code,name\r\n"),
        PackageFile("config/templates/A101.xlsx", b"PK fake"),
    ]
    fields = {
        "office_code": "110101000000",
        "office_name": "示范县",
        "version": 4,
        "program_version": "0.1.0",
    }
    made = write_package(
        tmp_path, "110101000000_config_v4.yibiao", members, fields, kind="config", signer=COUNTY
    )
    with open_package(made.path) as opened:
        assert opened.kind == "config" and opened.signer == COUNTY.public()
        assert opened.read("config/whitelist.json") == b"[]"
    assert read_summary(made.path).kind == "config"
    with pytest.raises(PackageError, match="配置包"):
        write_package(
            tmp_path, "x.yibiao", [PackageFile("data/1.csv", b"a")], fields, kind="config", signer=COUNTY
        )
    with pytest.raises(PackageError, match="数据包允许"):
        write_package(tmp_path, "y.yibiao", members[:1], fields, kind="submission", signer=COUNTY)


# --- the office's keys --------------------------------------------------------------------------------------


def test_office_keys_live_beside_the_database_and_not_in_it(office, db_path: Path) -> None:
    public = office.keys.ensure()
    assert public == office.keys.public() == office.keys.signer().public()
    assert public.fingerprint == fingerprint_of(public.signing, public.encryption)
    assert len(public.fingerprint.split()) == 8 and all(len(g) == 4 for g in public.fingerprint.split())
    key_file = key_dir_for(db_path) / "office.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    secret = key_file.read_text().splitlines()[1].split(": ")[1]
    dump = "\n".join(office.conn.iterdump())
    assert secret not in dump and public.signing in dump
    again = OfficeKeys(db_path, office.settings)  # another process: the same keys
    assert again.ensure() == public and again.signer().raw() == office.keys.signer().raw()


def test_a_lost_key_file_is_said_plainly_not_replaced(office, db_path: Path) -> None:
    from desktop.errors import UserFacingError

    office.keys.ensure()
    (key_dir_for(db_path) / "office.key").unlink()
    with pytest.raises(UserFacingError, match="不见了"):
        OfficeKeys(db_path, office.settings).signer()


def test_county_keys_at_a_township(office) -> None:
    assert office.keys.county() is None
    county = COUNTY.public()
    assert office.keys.set_county("示范县", county.signing, county.encryption) == county
    assert office.keys.county() == county and office.keys.county_name() == "示范县"


# --- through the office and the command line --------------------------------------------------------------


def test_the_township_build_signs_seals_for_the_county_and_reopens_its_own(
    cycle_office,  # noqa: F811 - the fixture imported above
    tmp_path,
    cli,
) -> None:
    office = cycle_office
    plain = office.packages.build(CYCLE, tmp_path / "out")
    assert not verify_package(plain.path).encrypted  # no county key yet: signed, not sealed
    county = COUNTY.public()
    office.keys.set_county("云溪县", county.signing, county.encryption)
    sealed = office.packages.build(CYCLE, tmp_path / "out")
    check = verify_package(sealed.path)
    assert check.ok and check.encrypted and check.signer == office.keys.public()
    with open_package(sealed.path, [office.keys.decryptor()]) as own:
        assert own.read(own.manifest["forms"][0]["csv"]).startswith(b"person.")
    with open_package(sealed.path, [COUNTY]) as at_county:
        assert at_county.readable
    office.submissions.submit(CYCLE, sealed.version)  # "changes since submitted" reads the sealed copy
    changes = office.submissions.changes(CYCLE)
    assert changes is not None and (changes.rows_added, changes.values_changed) == (0, 0)
    from desktop.packages.build import extract_report

    report = extract_report(sealed.path, tmp_path).read_bytes()
    assert report.startswith(b"%PDF")
    if HAS_PDFTOTEXT:  # the cover prints the key fingerprint the county compares before trusting it
        (tmp_path / "cover").mkdir()
        cover = pdf_text(report, tmp_path / "cover").replace(" ", "")
        assert "本单位密钥指纹：" + office.keys.fingerprint().replace(" ", "") in cover
    db = office.path
    ok = cli("package", "verify", sealed.path, "--json", db=db)
    assert ok.code == 0 and ok.data["signer"] == "own" and ok.data["encrypted"] is True
    stranger = cli("package", "verify", sealed.path, db=tmp_path / "nobody.sqlite3")
    assert stranger.code == 1 and "不认识" in stranger.out
    assert not (tmp_path / "nobody.sqlite3").exists()  # verify made no office


def test_keys_show_and_profile_set(cli, db_path: Path) -> None:
    town = ["--type", "乡镇", "--name", "白沙镇", "--code", "110101001000", "--county", "云溪县"]
    made = cli("profile", "set", *town, "--json")
    assert made.code == 0, made.err
    assert (key_dir_for(db_path) / "office.key").is_file()
    shown = cli("keys", "show", "--json")
    assert shown.code == 0 and shown.data["fingerprint"] == fingerprint_of(
        shown.data["signing"], shown.data["encryption"]
    )
    assert cli("keys", "show", "--json").data == shown.data  # made once
    human = cli("keys", "show")
    assert shown.data["fingerprint"] in human.out


def test_the_county_key_refuses_a_changed_package_signer_at_a_township(office) -> None:
    county = COUNTY.public()
    office.keys.set_county("示范县", county.signing, county.encryption)
    from desktop.trust.signers import signer_check

    check = signer_check(office)
    manifest = {"kind": "config", "office_code": "110101000000", "office_name": "示范县"}
    assert check.check(COUNTY.public(), manifest).status == "county"
    changed = check.check(FORGER.public(), manifest)
    assert changed.status == "changed" and county.fingerprint in changed.problem


def test_no_private_key_bytes_in_a_backup_of_the_database(office, db_path: Path, tmp_path: Path) -> None:
    office.keys.ensure()
    copy = tmp_path / "copy.sqlite3"
    with sqlite3.connect(copy) as dest:
        office.conn.backup(dest)
    raw = office.keys.signer().raw()
    assert not any(part in copy.read_bytes() for part in raw)
    assert os.path.commonpath([office.keys.file, db_path.parent]) == str(db_path.parent)


def test_the_python_sketch_in_the_format_doc_opens_a_sealed_package(tmp_path: Path) -> None:
    """docs/package-format.md §8 is what a provincial system would copy: it must work as written."""
    import re

    doc = (Path(__file__).parents[1] / "docs" / "package-format.md").read_text(encoding="utf-8")
    namespace: dict[str, object] = {}
    exec(re.search(r"```python\n(.*?)```", doc, re.S).group(1), namespace)  # noqa: S102
    sealed = _build(tmp_path / "out", sealed=True)
    manifest, members = namespace["open_yibiao"](sealed, {TOWN.public().fingerprint}, COUNTY.encryption)
    assert members["data/1.csv"] == CSV and manifest["forms"] == FORMS
    with pytest.raises(ValueError, match="untrusted"):
        namespace["open_yibiao"](sealed, {COUNTY.public().fingerprint}, COUNTY.encryption)


def test_a_county_trusts_the_township_keys_registered_in_its_database(office, tmp_path: Path) -> None:
    from desktop.trust.signers import signer_check

    office.profile.save("县级", "示范县", "110101000000", "示范县")
    path = _build(tmp_path / "out")
    good = verify_package(path)
    town = TOWN.public()
    with office.conn:
        office.conn.execute(
            "INSERT INTO county_townships (code, name, key_fingerprint, added_at) VALUES (?, ?, ?, ?)",
            (CODE, "示范镇", town.fingerprint, "2026-11-01"),
        )
    pending = signer_check(office).check(good.signer, good.manifest)
    assert pending.status == "unknown" and "还没有确认" in pending.problem
    with office.conn:
        office.conn.execute("UPDATE county_townships SET trusted_at = '2026-11-02' WHERE code = ?", (CODE,))
    assert signer_check(office).check(good.signer, good.manifest).status == "township"
    forged = verify_package(_rewrite(path, tmp_path / path.name, {}, signer=FORGER))
    changed = signer_check(office).check(forged.signer, forged.manifest)
    assert changed.status == "changed" and town.fingerprint in changed.problem
