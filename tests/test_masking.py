"""Masking personal numbers for the screen and printouts."""

from __future__ import annotations

import pytest

from desktop.privacy.masking import (
    is_sensitive,
    mask_account,
    mask_id_number,
    mask_in_text,
    mask_key,
    mask_middle,
    mask_phone,
    mask_value,
)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("511623198503021234", "511623********1234"),
        ("51162319850302123X", "511623********123X"),
        ("511623850302123", "511623*****2123"),  # 15-digit old number
        ("5116231985", "511*****85"),  # partial: the birth date part is still hidden
        ("12345", "*****"),
        ("", ""),
        (None, ""),
    ],
)
def test_id_numbers(raw, shown):
    assert mask_id_number(raw) == shown


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("13800138000", "138****8000"),
        ("08711234567", "087****4567"),
        ("0817-2345678", "0817-***5678"),
        ("2345678", "***5678"),
        ("12345", "***45"),
        ("", ""),
    ],
)
def test_phones(raw, shown):
    assert mask_phone(raw) == shown


def test_accounts_and_the_general_rule():
    assert mask_account("6222021234567890123") == "6222***********0123"
    assert mask_account("123") == "123"
    assert mask_middle("abcdef", 1, 1) == "a****f"
    assert mask_middle("ab", 1, 1) == "ab"


def test_values_by_field():
    assert mask_value("person.id_number", "id_number", "511623198503021234") == "511623********1234"
    assert mask_value("person.phone", "phone", "13800138000") == "138****8000"
    assert mask_value("person.bank_account", "code", "6222021234567890123") == "6222***********0123"
    assert mask_value("person.name", "text", "张伟") == "张伟"
    assert mask_value("person.name", "text", None) == ""
    assert is_sensitive("household.head_id_number", "id_number") and is_sensitive("person.phone", "phone")
    assert is_sensitive("person.bank_account", "code") and not is_sensitive(
        "enterprise.credit_code", "credit_code"
    )


def test_keys_by_kind():
    assert mask_key("person", "511623198503021234") == "511623********1234"
    assert mask_key("household", "511623198503021234") == "511623********1234"
    assert mask_key("household", "HH-0012") == "HH-0012"
    assert mask_key("enterprise", "91510000MA61234567") == "91510000MA61234567"
    assert mask_key("village", "白沙村") == "白沙村" and mask_key("person", None) == ""


def test_numbers_inside_messages():
    reason = "“511623197704098363”校验码不符，可能有数字抄错"
    assert mask_in_text("person.id_number", "id_number", reason, "511623197704098363") == (
        "“511623********8363”校验码不符，可能有数字抄错"
    )
    assert (
        mask_in_text("person.id_number", "id_number", reason)
        == "“511623********8363”校验码不符，可能有数字抄错"
    )
    assert mask_in_text("person.phone", "phone", "手机号“1380013800”应为11位，这里是10位") == (
        "手机号“******3800”应为11位，这里是10位"
    )
    assert mask_in_text("person.birth_date", "date", "1985-02-30 不存在") == "1985-02-30 不存在"
