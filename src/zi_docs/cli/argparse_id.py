"""argparse's own messages in Indonesian ("usage:", "error:", "invalid choice" …).

argparse looks every message it prints up through the module-level ``_`` and
``ngettext`` it took from :mod:`gettext`; :func:`argparse_language` points those two
hooks at this catalog while the command line builds its parser and parses, and puts
them back afterwards, so that a program embedding ``zi_docs.cli.main`` keeps its own.
Messages meant for developers (conflicting option strings …) stay English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

#: argparse's message (Python 3.11–3.13) → Indonesian.
ID = {
    "usage: ": "penggunaan: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "optional arguments": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak sah: %(value)r (pilih salah satu: %(choices)s)",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "the following arguments are required: %s": "argumen berikut wajib diberikan: %s",
    "one of the arguments %s is required": "salah satu argumen ini wajib diberikan: %s",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "perlu sedikitnya satu nilai",
    "ambiguous option: %(option)s could match %(matches)s": "opsi ambigu: %(option)s bisa berarti %(matches)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ignored explicit argument %r": "nilai %r diabaikan",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "tidak dapat membuka '%(filename)s': %(error)s",
    "unexpected option string: %s": "opsi tak terduga: %s",
}
#: ngettext's (singular, plural) → Indonesian, which has one form.
ID_PLURAL = {("expected %s argument", "expected %s arguments"): "perlu %s nilai"}


def gettext_id(message: str) -> str:
    return ID.get(message, message)


def ngettext_id(singular: str, plural: str, count: int) -> str:
    return ID_PLURAL.get((singular, plural)) or (singular if count == 1 else plural)


@contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """argparse speaks ``lang`` ("id" or "en") inside the block."""
    if lang == "en":
        yield
        return
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext_id, ngettext_id  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
