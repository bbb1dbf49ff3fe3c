"""What a rule sees: the decree, where its parts came from, and the settings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from ..i18n import Message
from ..model import Keputusan, Lokasi, nearest_location
from .config import CheckConfig
from .describe import describe_path
from .finding import Finding, Fix, Severity

if TYPE_CHECKING:
    from ..readers.italics import Italics


def iter_texts(model: BaseModel, prefix: str = "") -> Iterator[tuple[str, str]]:
    """Every text field of a model, depth first, with its model path."""
    out: list[tuple[str, str]] = []
    _collect(model, prefix, out)
    return iter(out)


#: Each model class's field names: ``model_fields`` is a class property in pydantic, read
#: through a descriptor on every access, and a walk asks it for each of ~300 models.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _collect(model: BaseModel, prefix: str, out: list[tuple[str, str]]) -> None:
    # A list filled by recursive calls, not nested generators: each text passed up through
    # one generator per level of the model (four or five): 0.57 ms → 0.48 ms a walk of the example.
    cls = type(model)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(cls.model_fields)
    values = model.__dict__  # where pydantic keeps a model's field values
    for name in names:
        value: Any = values[name]
        path = f"{prefix}.{name}" if prefix else name
        if isinstance(value, str):
            out.append((path, value))
        elif isinstance(value, BaseModel):
            _collect(value, path, out)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, str):
                    out.append((f"{path}[{index}]", item))
                elif isinstance(item, BaseModel):
                    _collect(item, f"{path}[{index}]", out)
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, str):
                    out.append((f"{path}.{key}", item))


@dataclass
class CheckContext:
    """Passed to every rule.  ``finding`` builds a finding with its place filled in."""

    keputusan: Keputusan
    source_map: dict[str, Lokasi] = field(default_factory=dict)
    config: CheckConfig = field(default_factory=CheckConfig)
    cache: dict[str, Any] = field(default_factory=dict)
    """Shared between rules of one run (a parsed index, a word list …)."""
    printed: dict[str, str] = field(default_factory=dict)
    """Lines as the document printed them where the model normalises them (the keywords with
    their colon, the diktum labels, the enactment's place and date), by model path; empty for
    a decree loaded from YAML/JSON (:attr:`zi_docs.readers.ReadResult.printed`)."""

    italics: Italics | None = None
    """What the document prints in italics, when it was read from a DOCX or a text with
    italic marks (:mod:`zi_docs.readers.italics`); ``None`` for data and PDF."""

    _texts: list[tuple[str, str]] | None = field(default=None, init=False, repr=False, compare=False)

    def location(self, path: str) -> Lokasi | None:
        if not self.source_map:  # data loaded from YAML/JSON: nothing to look up
            return None
        return nearest_location(self.source_map, path)

    def texts(self) -> Iterator[tuple[str, str]]:
        """Every text of the decree with its model path (unplaced text included).

        Walked once per check and shared: six rules read every text, and walking the
        pydantic model is most of what they would otherwise cost."""
        if self._texts is None:
            self._texts = list(iter_texts(self.keputusan))
        return iter(self._texts)

    def finding(
        self,
        rule: type[Any],
        path: str,
        text: str,
        message: Message,
        *,
        fix: Fix | None = None,
        severity: Severity | None = None,
        related: tuple[str, ...] = (),
    ) -> Finding:
        return Finding(
            rule=rule.code,
            severity=self.config.severity_for(rule.code, severity or rule.severity),
            message=message,
            text=text,
            path=path,
            description=describe_path(self.keputusan, path),
            location=self.location(path),
            fix=fix,
            related=related,
        )
