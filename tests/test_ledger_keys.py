"""Entity keys of the ledger: ID numbers, credit codes, names, villages, households, match keys."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import uscc

from desktop.ledger.keys import (
    PROVINCES,
    USCC_ALPHABET,
    birth_date_from_id,
    gender_from_id,
    household_key,
    key_text,
    normalize_code,
    normalize_credit_code,
    normalize_id_number,
    normalize_name,
    person_match_key,
    plainly_valid_id_numbers,
    village_key,
)

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
RETURNS_TRUTH = SAMPLES / "returns_truth.json"
FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789X"}


def mod11_2(first17: str) -> str:
    """GB 11643 check digit, written out independently of the code under test."""
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(first17))
    return "10X98765432"[total % 11]


@st.composite
def valid_ids(draw, first_year: int = 1901, last_year: int = 2020) -> tuple[str, date, int]:
    """(18-digit ID, birth date, sequence number) with a correct check digit."""
    province = draw(st.sampled_from(sorted(PROVINCES)))
    county = draw(st.integers(0, 9999))
    born = draw(st.dates(date(first_year, 1, 1), date(last_year, 12, 31)))
    seq = draw(st.integers(0, 999))
    first17 = f"{province}{county:04d}{born:%Y%m%d}{seq:03d}"
    return first17 + mod11_2(first17), born, seq


# --- ID numbers --------------------------------------------------------------------------------


@given(valid_ids())
def test_a_valid_id_normalises_to_itself(case):
    id18, born, seq = case
    result = normalize_id_number(id18)
    assert (result.value, result.valid, result.reason, result.converted_from_15) == (id18, True, "ok", False)
    assert birth_date_from_id(id18) == born
    assert gender_from_id(id18) == ("男" if seq % 2 else "女")


@given(valid_ids(), st.data())
def test_spelling_variants_of_an_id_normalise_to_the_same(case, data):
    id18 = case[0]
    lower = id18.lower()
    wide = "".join(FULL_WIDTH.get(c, c) for c in id18)
    cut = data.draw(st.integers(1, 17))
    gap = data.draw(st.sampled_from([" ", "\u3000", "  ", "\t"]))
    edge = data.draw(st.sampled_from([" ", "\u3000", "\xa0", "\u200b"]))
    spaced = id18[:cut] + gap + id18[cut:]
    surrounded = edge + id18 + "\n"
    for variant in (lower, wide, spaced, surrounded, f"'{id18}", wide.lower()):
        assert normalize_id_number(variant).value == id18, variant
    if id18.endswith("X"):
        assert normalize_id_number(id18[:-1] + "×").value == id18
    else:
        assert normalize_id_number(int(id18)).value == id18


@given(valid_ids(), st.integers(0, 17), st.data())
def test_any_single_character_change_breaks_the_checksum(case, position, data):
    id18 = case[0]
    choices = "0123456789X" if position == 17 else "0123456789"
    new = data.draw(st.sampled_from([c for c in choices if c != id18[position]]))
    typo = id18[:position] + new + id18[position + 1 :]
    result = normalize_id_number(typo)
    assert not result.valid
    assert result.reason == "checksum"
    assert result.value is None and result.cleaned == typo
    assert "校验码" in result.message_zh


@given(valid_ids(first_year=1901, last_year=1999))
def test_the_15_digit_form_converts_to_the_18_digit_number(case):
    id18, born, _ = case
    id15 = id18[:6] + id18[8:17]
    for variant in (id15, int(id15), float(id15), f" {id15} "):
        result = normalize_id_number(variant)
        assert (result.value, result.valid, result.converted_from_15) == (id18, True, True), variant
    assert birth_date_from_id(id15) == born


@given(valid_ids())
def test_an_id_stored_as_an_excel_number_has_lost_digits(case):
    id18 = case[0]
    if id18.endswith("X"):
        return
    result = normalize_id_number(float(id18))
    assert (result.valid, result.reason) == (False, "precision_lost")
    assert "Excel" in result.message_zh


@pytest.mark.parametrize(
    "raw, reason",
    [
        (None, "empty"),
        ("", "empty"),
        ("  ", "empty"),
        ("/", "empty"),
        ("无", "empty"),
        ("5116231961060932", "length"),
        ("51162319610609321", "length"),
        ("5116231961060932134", "length"),
        ("51162319610609321A", "chars"),
        ("5116231961O6093213", "chars"),
        ("511623196113093212", "checksum"),  # month 13, and the check digit does not fit either
        ("511623196113093211", "date"),  # month 13 with a check digit that fits
        ("511623207001010013", "date"),  # born in 2070
        ("511623761302557", "date"),  # 15 digits, month 13
        ("001623196106093213", "region"),
        (1.10101199003071e17, "precision_lost"),
        ("1.10101199003071E+17", "precision_lost"),
        ("5.11623E+17", "precision_lost"),
        (511623196106093000, "precision_lost"),
        (True, "chars"),
        (12.5, "chars"),
    ],
)
def test_invalid_id_numbers_say_why(raw, reason):
    result = normalize_id_number(raw)
    assert (result.valid, result.reason) == (False, reason)
    assert result.value is None
    assert result.message_zh


def test_the_date_check_uses_the_day_given():
    assert normalize_id_number("511623202601010014", today=date(2026, 11, 27)).valid
    assert normalize_id_number("511623202601010014", today=date(2025, 12, 31)).reason == "date"


def test_birth_date_and_gender_from_an_id_with_a_typo_elsewhere():
    assert birth_date_from_id("511623197704098363") == date(1977, 4, 9)  # check digit wrong
    assert gender_from_id("51162319601005130x") == "女"
    assert gender_from_id("511623740302557") == "男"
    with pytest.raises(ValueError):
        birth_date_from_id("511623197713098363")
    with pytest.raises(ValueError):
        gender_from_id("12345")


# --- credit codes ------------------------------------------------------------------------------

_CODE_BODY = st.text(USCC_ALPHABET, min_size=9, max_size=9)


@st.composite
def valid_credit_codes(draw) -> str:
    head = draw(st.sampled_from("123456789ANY")) + draw(st.sampled_from("123459ABCN"))
    region = f"{draw(st.integers(0, 999999)):06d}"
    first17 = head + region + draw(_CODE_BODY)
    return first17 + uscc.calc_check_digit(first17)


@given(valid_credit_codes())
def test_a_valid_credit_code_and_its_spellings_normalise_to_it(code):
    wide = "".join(chr(ord(c) + 0xFEE0) for c in code)
    for variant in (code, code.lower(), f" {code[:9]} {code[9:]}\u3000", wide, f"{code[:8]}-{code[8:]}"):
        result = normalize_credit_code(variant)
        assert (result.value, result.valid, result.reason) == (code, True, "ok"), variant


@given(valid_credit_codes(), st.integers(0, 17), st.data())
def test_any_single_character_change_breaks_a_credit_code(code, position, data):
    pool = "0123456789" if 2 <= position < 8 else USCC_ALPHABET
    new = data.draw(st.sampled_from([c for c in pool if c != code[position]]))
    typo = code[:position] + new + code[position + 1 :]
    result = normalize_credit_code(typo)
    assert (result.valid, result.reason) == (False, "checksum")


def test_credit_codes_of_village_collectives_start_with_n():
    first17 = "N2510000" + "MF0000000"
    code = first17 + uscc.calc_check_digit(first17)
    assert normalize_credit_code(code).valid


@pytest.mark.parametrize(
    "raw, reason",
    [
        (None, "empty"),
        ("——", "empty"),
        ("110108000000016", "registration_no"),
        ("91110000600O37341L", "credit_chars"),
        ("9111000060003734IL", "credit_chars"),
        ("91AB0000600037341L", "credit_chars"),
        ("9111000060003734", "credit_length"),
        ("91110000600037341M", "checksum"),
        (9.11100006000373e17, "precision_lost"),
    ],
)
def test_invalid_credit_codes_say_why(raw, reason):
    result = normalize_credit_code(raw)
    assert (result.valid, result.reason) == (False, reason)
    assert result.message_zh


def test_known_credit_code():
    assert normalize_credit_code("91110000600037341l").value == "91110000600037341L"


# --- other codes, names, villages, households --------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        (5116231080010001, "5116231080010001"),
        (5116231080010.0, "5116231080010"),
        (" 5116 2310 8001 0001 ", "5116231080010001"),
        ("'5116231080010001", "5116231080010001"),
        ("ＡＢ１２", "AB12"),
    ],
)
def test_codes_are_text_without_spaces(raw, expected):
    assert normalize_code(raw).value == expected


def test_a_long_code_stored_as_a_number_lost_digits():
    result = normalize_code(6.217001622724981e18)
    assert (result.valid, result.reason, result.cleaned) == (False, "precision_lost", "6217001622724980000")


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("王 珍", "王珍"),
        ("王\u3000珍", "王珍"),
        ("  袁洁 ", "袁洁"),
        ("欧阳 小 明", "欧阳小明"),
        ("买买提 · 艾力", "买买提·艾力"),
        ("买买提•艾力", "买买提·艾力"),
        ("买买提‧艾力", "买买提·艾力"),
        ("买买提・艾力", "买买提·艾力"),
        ("买买提･艾力", "买买提·艾力"),
        ("买买提.艾力", "买买提·艾力"),
        ("买买提。艾力", "买买提·艾力"),
        ("Aili  Maimaiti", "Aili Maimaiti"),
        ("Ａｉｌｉ\u3000Maimaiti ", "Aili Maimaiti"),
        ("王\u200b珍", "王珍"),
        ("", ""),
        (None, ""),
    ],
)
def test_names(raw, expected):
    assert normalize_name(raw) == expected


@given(st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=2, max_size=4), st.data())
def test_spaces_between_chinese_characters_never_matter(name, data):
    gaps = data.draw(
        st.lists(st.sampled_from(["", " ", "\u3000", "  "]), min_size=len(name), max_size=len(name))
    )
    spaced = "".join(gap + ch for gap, ch in zip(gaps, name, strict=True)) + data.draw(
        st.sampled_from(["", " "])
    )
    assert normalize_name(spaced) == name
    assert normalize_name(name) == name


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("白沙村", "白沙村"),
        (" 白 沙村 ", "白沙村"),
        ("白沙村村委会", "白沙村"),
        ("白沙村委会", "白沙村"),
        ("白沙村民委员会", "白沙村"),
        ("白沙村村民委员会", "白沙村"),
        ("新民社区", "新民社区"),
        ("新民社区居委会", "新民社区"),
        ("新民社区居民委员会", "新民社区"),
        ("新民居委会", "新民社区"),
        ("ＡＢ村", "AB村"),
        (None, ""),
        ("/", ""),
    ],
)
def test_village_keys_keep_the_suffix(raw, expected):
    assert village_key(raw) == expected


def test_household_key_prefers_the_number_then_the_head():
    assert household_key(5116231080010001, "51162319601005130X") == "no:5116231080010001"
    assert household_key(" 5116231080010001", None) == "no:5116231080010001"
    assert household_key(None, "51162319601005130x") == "head:51162319601005130X"
    assert household_key("/", "511623740302557") == "head:51162319740302557X"
    assert household_key("", "511623197704098363") is None  # the head's ID has a typo
    assert household_key(None, None) is None


def test_person_match_key_needs_all_three():
    key = person_match_key("王 珍", "1960.10.05", "白沙村村委会")
    assert key == ("王珍", "1960-10-05", "白沙村")
    assert person_match_key("王珍", date(1960, 10, 5), "白沙村") == key
    assert key_text(key) == "王珍|1960-10-05|白沙村"
    assert person_match_key("王珍", "1960.10", "白沙村") is None  # a month is not enough
    assert person_match_key("王珍", "1960.13.05", "白沙村") is None
    assert person_match_key("", "1960-10-05", "白沙村") is None
    assert person_match_key("王珍", None, "白沙村") is None
    assert person_match_key("王珍", "1960-10-05", " ") is None


# --- the synthetic returns ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def truth() -> dict:
    if not RETURNS_TRUTH.exists():
        pytest.skip("shared samples not present")
    return json.loads(RETURNS_TRUTH.read_text(encoding="utf-8"))


def test_sample_ids_with_a_typo_are_invalid(truth):
    assert truth["invalid_id_rows"]
    for row in truth["invalid_id_rows"]:
        result = normalize_id_number(row["value"])
        assert (result.valid, result.reason) == (False, "checksum"), row
        assert normalize_id_number(row["true_id"]).value == row["true_id"]


def test_sample_15_digit_ids_convert_to_the_persons_id(truth):
    assert truth["old_15_digit_id_rows"]
    for row in truth["old_15_digit_id_rows"]:
        person = truth["persons"][str(row["person"])]
        result = normalize_id_number(row["value"])
        assert (result.value, result.converted_from_15) == (person["id_number"], True), row


def test_sample_persons_keys_are_canonical(truth):
    for person in truth["persons"].values():
        id_number = person["id_number"]
        assert normalize_id_number(id_number).value == id_number
        assert birth_date_from_id(id_number).isoformat() == person["birth_date"]
        assert gender_from_id(id_number) == person["gender"]
        assert normalize_name(person["name"]) == person["name"]
        assert village_key(person["village"]) == person["village"]
        assert normalize_code(person["household_no"]).value == person["household_no"]
        assert person_match_key(person["name"], person["birth_date"], person["village"]) == (
            person["name"],
            person["birth_date"],
            person["village"],
        )


@settings(max_examples=30)
@given(st.data())
def test_sample_ids_survive_spelling_variants(truth, data):
    person = data.draw(st.sampled_from(sorted(truth["persons"].values(), key=lambda p: p["id_number"])))
    id_number = person["id_number"]
    assert normalize_id_number(f" {id_number.lower()}\u3000").value == id_number


@given(
    st.lists(
        st.one_of(valid_ids().map(lambda case: case[0]), st.text(max_size=20), st.integers()), max_size=8
    ),
    st.data(),
)
def test_quick_id_check_of_a_column_agrees_with_the_full_rules(cells, data):
    """The import's quick column check answers only cells the full rules find valid, with the same number,
    and every ID written plainly (18 characters, upper-case X) is answered."""
    cells += [data.draw(valid_ids())[0].lower(), " " + data.draw(valid_ids())[0]]  # need the full rules
    id18 = data.draw(valid_ids())[0]
    cells.append(id18[:-1] + data.draw(st.sampled_from([c for c in "0123456789X" if c != id18[-1]])))  # check
    for raw, plain in zip(cells, plainly_valid_id_numbers(cells), strict=True):
        full = normalize_id_number(raw)
        if plain is not None:
            assert full.valid and full.value == plain == raw
        elif isinstance(raw, str) and full.valid and full.value == raw:
            pytest.fail(f"{raw!r} is valid as written but was not answered quickly")
