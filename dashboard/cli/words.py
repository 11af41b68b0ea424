"""Bahasa Indonesia for argparse's own words (usage, errors, help headings), so the whole CLI speaks one language."""

from __future__ import annotations

import argparse

# argparse looks its messages up through a module-level gettext alias; no .mo catalogue ships with Python, so the
# few messages a user can meet are mapped here. Anything unmapped stays as argparse wrote it.
_WORDS = {
    "usage: ": "penggunaan: ",
    "options": "pilihan",
    "positional arguments": "argumen",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
    "the following arguments are required: %s": "argumen wajib belum diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak valid: %(value)r (pilih dari %(choices)s)",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak valid: %(value)r",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "expected one argument": "butuh satu nilai",
    "expected at least one argument": "butuh paling sedikit satu nilai",
    "expected at most one argument": "butuh paling banyak satu nilai",
    "ambiguous option: %(option)s could match %(matches)s": "pilihan ambigu: %(option)s bisa berarti %(matches)s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
}


def install() -> None:
    """Make argparse print its words in Bahasa Indonesia (idempotent)."""
    argparse._ = lambda text: _WORDS.get(text, text)  # type: ignore[attr-defined]
