"""Numbers typed the Indonesian way in text boxes (1.500 and 99,2): shown and read back.

st.number_input and the data editor's number columns print with a decimal point ('99.20', '200000'), so settings
are edited as text in the officials' own format and read back here.
"""

from __future__ import annotations

import re

from dashboard import fmt
from dashboard.text import t

_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$")  # 200.000 or 1.234,5
_PLAIN = re.compile(r"^\d+(,\d+)?$")  # 200000 or 99,2
_DOT_DECIMAL = re.compile(r"^\d+\.\d{1,2}$|^\d+\.\d{4,}$")  # 99.2 typed the English way (never a 3-digit group)


class NumberTextError(ValueError):
    """Text that is not a number in Indonesian format; str() is the message for the user."""


def shown(value: float | int | None, *, integer: bool) -> str:
    """200000 -> '200.000'; 99.2 -> '99,2'; 3.0 -> '3' (as an official would type it)."""
    if value is None:
        return ""
    return fmt.number(value) if integer else fmt.trimmed(value, 2)


def parse(text: object, *, integer: bool, label: str = "") -> float | int:
    """'200.000' -> 200000, '99,2' -> 99.2, '99.2' -> 99.2 (a dot followed by other than three digits is a decimal
    point); NumberTextError with an Indonesian message otherwise (empty, letters, a fraction where whole numbers
    are asked)."""
    typed = str(text if text is not None else "").strip()
    raw = re.sub(r"\s+", "", typed)
    if not raw:
        raise NumberTextError(t("numtext.empty", label=label))
    if _GROUPED.match(raw) or _PLAIN.match(raw):
        value = float(raw.replace(".", "").replace(",", "."))
    elif _DOT_DECIMAL.match(raw):
        value = float(raw)
    else:
        raise NumberTextError(t("numtext.bad", label=label, value=typed[:40]))
    if integer:
        if value != int(value):
            raise NumberTextError(t("numtext.whole", label=label, value=typed[:40]))
        return int(value)
    return value


def check_range(value: float, low: float, high: float, *, integer: bool, label: str) -> str | None:
    """The Indonesian message when value is outside [low, high] (bounds in Indonesian format), else None."""
    if low <= value <= high:
        return None
    return t("numtext.range", label=label, value=shown(value, integer=integer), low=shown(low, integer=integer),
             high=shown(high, integer=integer))
