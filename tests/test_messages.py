"""One message rule for every layer: exports/ raises translatable messages, and the window and the command
line translate any layer's message the same way (desktop.errors.message_text)."""

from __future__ import annotations

import ast
import re
import zipfile
from pathlib import Path

import pytest

from desktop.errors import UserFacingError, message_text
from desktop.i18n import translator_function
from exports.excel.reader import WorkbookReadError, open_workbook
from exports.messages import ExportMessageError, Message
from exports.package.crypto import SecretKeys
from exports.package.manifest import PackageFile
from exports.package.verify import verify_package
from exports.package.writer import build_package

ROOT = Path(__file__).resolve().parents[1]
CJK = re.compile(r"[\u3400-\u9fff]")
# What a clerk may still see untranslated in English: names of files and folders the package itself uses.
NAMES = re.compile(r"汇总\.xlsx|县民政局|示范镇\S*|低保\S*|“[^”]*”")
CODE = "530624100000"


def _is_noop(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"


def _chinese_literals_outside_noop(node: ast.AST) -> list[str]:
    """Chinese string literals (f-strings included) under ``node`` that are not a QT_TRANSLATE_NOOP's text."""
    if _is_noop(node):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        if CJK.search(text):
            return [text]
    found: list[str] = []
    for child in ast.iter_child_nodes(node):
        found += _chinese_literals_outside_noop(child)
    return found


def untranslatable_sentences(root: Path = ROOT / "exports") -> list[str]:
    """Every ``raise`` in exports/ carrying fixed Chinese text, and every problem the package checks return
    as fixed Chinese text: the English interface could not translate them."""
    problems = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        checks_package = path.parent.name == "package" and path.name in ("verify.py", "manifest.py")
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) or (checks_package and isinstance(node, ast.Return)):
                for text in _chinese_literals_outside_noop(node):
                    problems.append(f"{path.relative_to(root.parent)}:{node.lineno}: {text}")
    return problems


def test_no_raise_in_exports_carries_fixed_chinese_text():
    assert untranslatable_sentences() == []


def test_the_scan_finds_a_fixed_chinese_raise(tmp_path):
    (tmp_path / "bad.py").write_text(
        'def f(name):\n    raise ValueError(f"找不到 {name}")\n'
        'def g():\n    raise ValueError(QT_TRANSLATE_NOOP("errors", "这个可以"))\n',
        encoding="utf-8",
    )
    assert untranslatable_sentences(tmp_path) == [f"{Path(tmp_path.name, 'bad.py')}:2: 找不到 "]


def test_every_exports_error_is_a_message_and_nested_messages_translate():
    english = {
        "无法读取“{file}”：{detail}": "Cannot read “{file}”: {detail}",
        "内存不足": "not enough memory",
    }

    def translate(_context: str, text: str) -> str:
        return english.get(text, text)

    error = WorkbookReadError("x.xlsx", "too_large", "{limit}", limit=Message("内存不足"))
    assert isinstance(error, ExportMessageError) and str(error) == "无法读取“x.xlsx”：内存不足"
    assert message_text(error, translate) == "Cannot read “x.xlsx”: not enough memory"
    wrapped = UserFacingError("出错：{reason}", reason=error)  # the core names the cause, translated in turn
    assert message_text(wrapped, translate) == "出错：Cannot read “x.xlsx”: not enough memory"
    assert message_text(ValueError("plain")) == "plain"


def _package(folder: Path) -> Path:
    csv = PackageFile("data/7.csv", "person.name\n张三\n".encode())
    fields = {
        "office_name": "示范镇人民政府",
        "program_version": "0.1.0",
        "forms": [
            {
                "item_id": 7,
                "department": "县民政局",
                "title": "低保对象花名册",
                "entity": "person",
                "rows": 1,
                "field_ids": ["person.name"],
                "csv": csv.arcname,
            }
        ],
    }
    return build_package(folder, CODE, "2026-11", None, [csv], fields, signer=SecretKeys.generate()).path


def _english(text: str) -> bool:
    return not CJK.search(NAMES.sub("", text))


@pytest.mark.parametrize("damage", ["changed_byte", "truncated", "extra_file"])
def test_a_damaged_package_is_explained_in_english(cli, tmp_path, damage):
    path = _package(tmp_path / "out")
    raw = bytearray(path.read_bytes())
    if damage == "changed_byte":
        at = raw.index("张三".encode())
        raw[at] ^= 1
        path.write_bytes(bytes(raw))
    elif damage == "truncated":
        path.write_bytes(bytes(raw[: len(raw) - 30]))
    else:
        with zipfile.ZipFile(path, "a") as zf:
            zf.writestr("data/8.csv", "x\n")
    problem = verify_package(path).problems[0]
    assert CJK.search(problem)  # Chinese by default: the problem is still a str
    result = cli("--lang", "en", "package", "verify", path, db=None)
    assert result.code == 1 and result.out.startswith("Check failed: ") and _english(result.out), result.out
    as_json = cli("--lang", "en", "package", "verify", path, "--json", db=None)
    assert as_json.code == 1 and _english(as_json.out), as_json.out
    chinese = cli("package", "verify", path, db=None)
    assert chinese.code == 1 and str(problem) in chinese.out


def test_an_unreadable_package_manifest_is_explained_in_english(cli, tmp_path):
    path = _package(tmp_path / "out")
    path.write_bytes(path.read_bytes()[:-30])
    result = cli("--lang", "en", "package", "show", path, db=None)
    assert result.code == 1 and result.err.startswith("Error: ") and _english(result.err), result.err
    assert "is incomplete" in result.err


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("return.xlsx", b"PK\x03\x04" + b"\x00" * 40),  # a cut-off download
        ("return.xlsx", b"%PDF-1.4\n"),  # a PDF renamed
        ("return.xlsx", b""),  # an empty copy
        ("return.et", b"whatever"),  # WPS's own format
    ],
)
def test_a_bad_workbook_is_explained_in_english(cli, tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(WorkbookReadError) as caught:
        open_workbook(path)
    english = message_text(caught.value, translator_function("en"))
    assert english.startswith("Cannot read “return.") and _english(english), english
    result = cli("--lang", "en", "intake", "inspect", path)
    assert result.code == 1 and result.err.startswith("Error: Cannot read “return.") and _english(result.err)
