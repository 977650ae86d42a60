"""`yibiao --lang en --help` is English: the top-level help, the sub-command list and the most used
sub-commands' options (their texts are QT_TRANSLATE_NOOP("cli", …), translated before parsing)."""

from __future__ import annotations

import re

import pytest

from desktop.cli.main import main, requested_lang

CJK = re.compile(r"[\u4e00-\u9fff]")


def help_text(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    assert done.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ("--lang", "en", "--help"),
        ("--lang=en", "--help"),
        ("--help", "--lang", "en"),
        ("--lang", "en", "package", "build", "--help"),
        ("--lang", "en", "package", "verify", "--help"),
        ("--lang", "en", "selftest", "--help"),
        ("--lang", "en", "items", "list", "--help"),
    ],
)
def test_help_in_english_has_no_chinese(capsys, argv):
    text = help_text(capsys, *argv)
    assert not CJK.findall(text), [line for line in text.splitlines() if CJK.search(line)]


def test_the_english_command_list_names_every_command(capsys):
    text = help_text(capsys, "--lang", "en", "--help")
    assert "Incoming items: register, search, change, archive" in text
    assert "Self-test:" in text and "interface language: zh_CN (default) or en" in text


def test_help_stays_chinese_by_default(capsys):
    text = help_text(capsys, "--help")
    assert "收文登记：登记、查询、修改、归档" in text and "Incoming items" not in text


def test_the_language_is_read_before_parsing():
    assert requested_lang(["--db", "x.db", "--lang", "en", "items"]) == "en"
    assert requested_lang(["--lang=en"]) == "en"
    assert requested_lang(["items", "list"]) == "zh_CN"
