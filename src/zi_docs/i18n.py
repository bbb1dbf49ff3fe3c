"""Messages for people, in Bahasa Indonesia by default and in English on request."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")


def default_lang() -> Lang:
    """The language for messages: ``ZI_DOCS_LANG`` if it is ``en``, else Indonesian."""
    return "en" if os.environ.get("ZI_DOCS_LANG", "").strip().lower().startswith("en") else "id"


@dataclass(frozen=True)
class Message:
    """One message in both languages."""

    id: str
    en: str

    def __call__(self, lang: Lang | None = None) -> str:
        return self.en if (lang or default_lang()) == "en" else self.id

    def __str__(self) -> str:
        return self()

    def format(self, **values: object) -> Message:
        return Message(self.id.format(**values), self.en.format(**values))
