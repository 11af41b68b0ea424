"""All user-facing text, in one package: t("key", **values). Bahasa Indonesia now; another language later adds en_*.py files.

Strings live in dashboard/text/<lang>_<area>.py as a dict named STRINGS; areas keep parallel work apart.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

LANGUAGE = "id"
__all__ = ["LANGUAGE", "catalogue", "t"]


@lru_cache(maxsize=4)
def catalogue(language: str = LANGUAGE) -> dict[str, str]:
    """Every string of a language, merged from its area modules (duplicate keys are a bug)."""
    merged: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith(f"{language}_"):
            continue
        strings = importlib.import_module(f"{__name__}.{info.name}").STRINGS
        clash = merged.keys() & strings.keys()
        if clash:
            raise KeyError(f"text keys defined twice: {sorted(clash)}")
        merged.update(strings)
    return merged


def t(key: str, **values: object) -> str:
    """The text for key, with {placeholders} filled."""
    text = catalogue()[key]
    return text.format(**values) if values else text
