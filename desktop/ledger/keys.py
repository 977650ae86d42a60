"""Entity keys of the ledger: ID numbers, credit codes, names, households, villages.

Two rows describe the same person when their ID numbers normalise to the same 18-character
string; rows without a usable ID match only on name + birth date + village together.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from operator import mul

from stdnum.cn import ric, uscc

from desktop.ledger.cells import INVISIBLE, is_blank, nfkc_compact
from desktop.ledger.dates import parse_date

_PROVINCE_CODES = (
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83"
)
PROVINCES = frozenset(_PROVINCE_CODES.split())
"""First two digits of GB/T 2260 codes (81–83: HK/Macau/Taiwan residence permits)."""

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""GB 32100 code characters: digits and capitals without I, O, Z, S, V."""

_SCIENTIFIC = re.compile(r"[0-9](?:\.[0-9]+)?E\+?[0-9]+")
_ID18 = re.compile(r"[0-9]{17}[0-9X]")
_ID15 = re.compile(r"[0-9]{15}")

MESSAGES = {
    "empty": "未填写",
    "length": "“{value}”长度为{length}位，公民身份号码应为18位（或旧的15位）",
    "chars": "“{value}”含有不该出现的字符",
    "checksum": "“{value}”校验码不符，可能有数字抄错",
    "date": "“{value}”中的出生日期不存在或晚于今天",
    "region": "“{value}”开头的地区码不存在",
    "precision_lost": "“{value}”被Excel存成了数字，15位以后的数字已丢失，请以文本格式重新录入",
    "registration_no": "“{value}”是旧的15位工商注册号，不是统一社会信用代码",
    "credit_chars": "“{value}”含有统一社会信用代码不用的字符（代码不含字母I、O、Z、S、V）",
    "credit_length": "“{value}”长度为{length}位，统一社会信用代码应为18位",
}


@dataclass(frozen=True)
class KeyResult:
    """A normalised key.

    ``value`` is the canonical key when ``valid``, else None. ``cleaned`` is the input with spaces
    removed and width and case folded ('' for a blank cell): store it when the key is invalid so
    the clerk sees what was typed. ``reason`` is ``'ok'`` or a code from :data:`MESSAGES`.
    """

    value: str | None
    valid: bool
    reason: str = "ok"
    cleaned: str = ""

    @property
    def message_zh(self) -> str:
        """The problem in a sentence for the clerk; '' when valid."""
        if self.valid:
            return ""
        return MESSAGES.get(self.reason, "“{value}”无效").format(value=self.cleaned, length=len(self.cleaned))


@dataclass(frozen=True)
class IdResult(KeyResult):
    """A normalised 公民身份号码; ``converted_from_15`` when an old 15-digit number was upgraded."""

    converted_from_15: bool = False


def _invalid(reason: str, cleaned: str) -> IdResult:
    return IdResult(None, False, reason, cleaned)


def _number_text(raw: int | float) -> tuple[str, str | None]:
    """(digits, problem) of a numeric cell holding a key."""
    if isinstance(raw, bool) or raw < 0 or (isinstance(raw, float) and not math.isfinite(raw)):
        return str(raw), "chars"
    if isinstance(raw, float):
        if not raw.is_integer():
            return repr(raw), "chars"
        if raw >= 1e15:  # Excel keeps 15 significant digits; show them as Excel does
            return format(Decimal(f"{raw:.15g}"), "f"), "precision_lost"
    return str(int(raw)), None


def _key_text(raw: object) -> tuple[str, str | None]:
    if isinstance(raw, int | float):
        return _number_text(raw)
    text = nfkc_compact(str(raw)).upper().lstrip("'")
    if _SCIENTIFIC.fullmatch(text):
        return text, "precision_lost"
    return text, None


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_check_digit(first17: str) -> str:
    """The GB 11643 (ISO 7064 MOD 11-2) check digit of the first 17 digits."""
    if len(first17) == 17 and first17.isascii() and first17.isdigit():
        # The weights are 2**(17-i) mod 11 and 13 ≡ 2 (mod 11), so the weighted sum is, mod 11, twice the
        # digits read in base 13: one C-level int() instead of a Python sum (this runs for every row).
        return "10X98765432"[int(first17, 13) * 2 % 11]
    if len(first17) == 17 and first17.isdigit():
        total = sum(map(mul, map(int, first17), _ID_WEIGHTS))
        return "10X98765432"[total % 11]
    return ric.calc_check_digit(first17 + "0")


def _birth_ok(id18: str, today: date) -> bool:
    # Checked here rather than with stdnum's get_birth_date: this runs for every row of an import.
    try:
        born = date(int(id18[6:10]), int(id18[10:12]), int(id18[12:14]))
    except ValueError:
        return False
    return date(1900, 1, 1) <= born <= today


def normalize_id_number(raw: object, today: date | None = None) -> IdResult:
    """A 公民身份号码 cell → the canonical 18-character number, or the reason it is not one.

    Spaces anywhere, full-width digits, ``x``/``×`` for X and Excel numbers are accepted; a 15-digit
    number is upgraded (19 inserted into the year, check digit computed). The check digit, the
    birth date (a real day, not after ``today``) and the province code are validated; the county
    code is not, because codes change and old ones stay on valid cards.
    """
    today = today or date.today()
    if raw.__class__ is str and _ID18.fullmatch(raw):  # already clean: skip the folding (the usual cell)
        text, problem = raw, None
    elif is_blank(raw, none_words=True):
        return _invalid("empty", "")
    else:
        text, problem = _key_text(raw)
    if text.endswith("×"):
        text = text[:-1] + "X"
    if problem:
        return _invalid(problem, text)
    converted = False
    if _ID15.fullmatch(text):
        first17 = text[:6] + "19" + text[6:]
        if not _birth_ok(first17 + "0", today):
            return _invalid("date", text)
        text = first17 + id_check_digit(first17)
        converted = True
    elif not _ID18.fullmatch(text):
        return _invalid("chars" if re.search(r"[^0-9X]", text) else "length", text)
    elif text[-1] != id_check_digit(text[:17]):
        # An 18-digit number ending in 000 from a numeric cell is a rounded Excel float.
        lost = isinstance(raw, int) and text.endswith("000")
        return _invalid("precision_lost" if lost else "checksum", text)
    elif not _birth_ok(text, today):
        return _invalid("date", text)
    if text[:2] not in PROVINCES:
        return _invalid("region", text)
    return IdResult(text, True, "ok", text, converted)


def plainly_valid_id_numbers(raws: Iterable[object]) -> list[str | None]:
    """Each cell that is already a valid 18-character ID number as written (the usual cell), else None.

    None does not mean invalid: a number with spaces, a lower-case x or 15 digits needs the full rules
    of normalize_id_number, which the caller applies to those cells only.
    """
    today = date.today()
    full = _ID18.fullmatch
    births: dict[str, bool] = {}  # many people share a birthday: check each date once
    results: list[str | None] = []
    append = results.append
    for raw in raws:
        if (
            raw.__class__ is str
            and full(raw)
            and raw[-1] == "10X98765432"[int(raw[:17], 13) * 2 % 11]
            and raw[:2] in PROVINCES
        ):
            born = raw[6:14]
            ok = births.get(born)
            if ok is None:
                ok = births[born] = _birth_ok(raw, today)
            if ok:
                append(raw)
                continue
        append(None)
    return results


def _id_digits(id_number: object) -> str:
    """The 18-character form of an ID-shaped value, check digit unchecked (a 15-digit one gets 19 + '0')."""
    text, problem = _key_text(id_number)
    if text.endswith("×"):
        text = text[:-1] + "X"
    if not problem and _ID15.fullmatch(text):
        text = text[:6] + "19" + text[6:] + "0"
    if problem or not _ID18.fullmatch(text):
        raise ValueError(f"not an ID number: {id_number!r}")
    return text


def birth_date_from_id(id_number: object) -> date:
    """The birth date inside an ID number (18 or 15 digits, any accepted spelling).

    The check digit is not required to be right: a number with a typo elsewhere still tells the
    birth date, which helps match the row. Raises ValueError when the date part is no real date.
    """
    return ric.get_birth_date(_id_digits(id_number))  # stdnum's InvalidComponent is a ValueError


def gender_from_id(id_number: object) -> str:
    """'男' or '女' from the sequence digit (odd for men) of an ID number; the check digit is not checked."""
    return "男" if int(_id_digits(id_number)[16]) % 2 else "女"


def credit_check_digit(first17: str) -> str:
    """The GB 32100 check character of the first 17 characters."""
    return uscc.calc_check_digit(first17)


def normalize_credit_code(raw: object) -> KeyResult:
    """A 统一社会信用代码 cell → the canonical 18-character code, or the reason it is not one.

    The check character is python-stdnum's; the format check is our own because stdnum wants
    eight leading digits, while codes issued by agriculture bureaus to village collectives begin
    with N (e.g. ``N2…``).
    """
    if is_blank(raw, none_words=True):
        return KeyResult(None, False, "empty", "")
    text, problem = _key_text(raw)
    text = text.replace("-", "")
    if problem:
        return KeyResult(None, False, problem, text)
    if _ID15.fullmatch(text):
        return KeyResult(None, False, "registration_no", text)
    if any(c not in USCC_ALPHABET for c in text) or (len(text) >= 8 and not text[2:8].isdigit()):
        return KeyResult(None, False, "credit_chars", text)
    if len(text) != 18:
        return KeyResult(None, False, "credit_length", text)
    if text[-1] != credit_check_digit(text[:17]):
        return KeyResult(None, False, "checksum", text)
    return KeyResult(text, True, "ok", text)


def normalize_code(raw: object) -> KeyResult:
    """Another code (户编号, 银行账号, 残疾证号…): NFKC, no spaces, Excel numbers as digits.

    Any non-blank code is valid unless Excel stored it as a number of more than 15 digits.
    """
    if is_blank(raw, none_words=True):
        return KeyResult(None, False, "empty", "")
    text, problem = (
        _key_text(raw) if isinstance(raw, int | float) else (nfkc_compact(str(raw)).lstrip("'"), None)
    )
    if problem:
        return KeyResult(None, False, problem, text)
    return KeyResult(text, True, "ok", text)


# --- names and places -------------------------------------------------------------------------

_CJK = r"\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_DOTS = "·•‧・･∙⋅\u0387\u2022\u2027\u2219\u22c5\u30fb\uff65"
_DOT = re.compile(rf"\s*[{_DOTS}]\s*")
_CJK_PERIOD = re.compile(rf"(?<=[{_CJK}])\s*[.。]\s*(?=[{_CJK}])")
_SPACE_AT_CJK = re.compile(rf"\s+(?=[{_CJK}·])|(?<=[{_CJK}·])\s+")


_COMPAT = re.compile(r"[\uf900-\uffff]")  # compatibility and full-width forms that NFKC would change


def normalize_name(raw: object) -> str:
    """A person's or place's name as compared and stored: ``王 珍`` → ``王珍``.

    NFKC; spaces touching a Chinese character are dropped, other runs become one space (so
    pinyin names such as ``Aili Maimaiti`` keep theirs); ·•‧・ and a period between Chinese
    characters become the middle dot ``·`` of minority names (``买买提.艾力`` → ``买买提·艾力``).
    """
    if raw is None:
        return ""
    text = str(raw)
    if text.isalnum() and not _COMPAT.search(text):
        return text  # plain Chinese or Latin letters: nothing to fold (the usual case)
    text = unicodedata.normalize("NFKC", text).translate(INVISIBLE)
    text = _DOT.sub("·", text)
    text = _CJK_PERIOD.sub("·", text)
    text = re.sub(r"\s+", " ", text).strip()
    return _SPACE_AT_CJK.sub("", text)


def normalize_names(names: set[str] | list[str]) -> dict[str, str]:
    """normalize_name of many non-empty strings, as {name: normalised}.

    When the names joined are all letters (plain Chinese or Latin) with no compatibility form, every
    name is its own normal form: one isalnum() and one search over the joined text answer them all.
    """
    if names_are_normal(names):
        return dict(zip(names, names, strict=True))
    return {name: normalize_name(name) for name in names}


def names_are_normal(names: set[str] | list[str]) -> bool:
    """True when every one of these non-empty strings is its own normalize_name (checked all at once)."""
    joined = "".join(names)
    return all(names) and joined.isalnum() and not _COMPAT.search(joined)


_VILLAGE_OFFICE = re.compile(r"(?:村民委员会|村委会|居民委员会|居委会)$")


def village_key(name: object) -> str:
    """A 村/社区 name as a key: NFKC, no spaces; ``白沙村村委会``/``白沙村民委员会`` → ``白沙村``.

    The suffix stays (白沙村 and 白沙社区 can both exist); '' for a blank cell.
    """
    if is_blank(name):
        return ""
    text = nfkc_compact(str(name))
    office = _VILLAGE_OFFICE.search(text)
    if office and office.start() > 0:
        stem = text[: office.start()]
        if not stem.endswith(("村", "社区")):
            stem += "村" if office[0].startswith("村") else "社区"
        text = stem
    return text


def household_key(household_no: object, head_id: object) -> str | None:
    """The key of a household: ``no:<户编号>``, else ``head:<户主身份证号>``, else None.

    The household number comes first because person rows carry it (that is how members find
    their household) while the head can change; the head's ID is the fallback for forms without
    a number. The prefixes keep the two kinds of key from ever colliding.
    """
    number = normalize_code(household_no)
    if number.valid and number.value:
        return f"no:{number.value}"
    head = normalize_id_number(head_id)
    if head.valid and head.value:
        return f"head:{head.value}"
    return None


def person_match_key(name: object, birth_date: object, village: object) -> tuple[str, str, str] | None:
    """(name, ISO birth date, village) for a row without a usable ID; None unless all three are usable.

    The birth date must be a full, valid day (a month alone would match too many people).
    """
    person = normalize_name(name)
    place = village_key(village)
    if not person or not place or is_blank(birth_date):
        return None
    born = parse_date(birth_date)
    if not born.valid or born.value is None or len(born.value) != 10:
        return None
    return (person, born.value, place)


def key_text(key: tuple[str, ...]) -> str:
    """A match key as one string for storage (parts joined by ``|``, which names never hold)."""
    return "|".join(key)
