"""What to check and how strictly: rule selection, severities, accepted words."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ZiDocsError
from ..i18n import Message
from .codes import known_pattern, rule_codes
from .finding import Severity


@dataclass
class CheckConfig:
    """Settings a team keeps in ``pyproject.toml`` ``[tool.zi-docs]`` or ``zi-docs.toml``."""

    select: list[str] = field(default_factory=list)
    """Codes or prefixes to run (``["NAM", "EJA001"]``); empty means all."""

    ignore: list[str] = field(default_factory=list)
    """Codes or prefixes not to run."""

    severity: dict[str, Severity] = field(default_factory=dict)
    """Severity overrides by code or prefix."""

    extra_words: set[str] = field(default_factory=set)
    """Words the spelling rules accept (names, local terms)."""

    extra_names: set[str] = field(default_factory=set)
    """Place or body names the name rules accept."""

    fail_on: Severity | None = None
    """The lowest severity that makes ``zi-docs check`` exit with 1 (``None``: the command's default)."""

    profile: str = "kpu"
    """The house style punctuation follows (see :data:`PROFILES`): ``"kpu"`` ends the last
    Menimbang and Mengingat item with "."; ``"peraturan"`` (UU 12/2011 Lampiran II) every item with ";"."""

    path: Path | None = None
    """The file the settings were read from, if any."""

    def __post_init__(self) -> None:
        # A mistyped code would select no rule at all and the check would pass in
        # silence; the CLI and the TOML loader refuse one, and so does the API.
        self.select = _codes(self.path, "select", _string_list(self.path, "select", self.select))
        self.ignore = _codes(self.path, "ignore", _string_list(self.path, "ignore", self.ignore))
        severity = {}
        for code, level in self.severity.items():
            (pattern,) = _codes(self.path, f"severity.{code}", [code])
            severity[pattern] = _severity(self.path, f"severity.{code}", level)
        self.severity = severity
        if self.fail_on is not None:
            self.fail_on = _severity(self.path, "fail-on", self.fail_on)

    def merged(
        self,
        *,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        extend_ignore: list[str] | None = None,
        profile: str | None = None,
    ) -> CheckConfig:
        """A copy with command-line choices applied: ``select`` replaces, ``ignore`` adds."""
        copy = CheckConfig(
            select=list(select) if select else list(self.select),
            ignore=[*self.ignore, *(ignore or []), *(extend_ignore or [])],
            severity=dict(self.severity),
            extra_words=set(self.extra_words),
            extra_names=set(self.extra_names),
            fail_on=self.fail_on,
            profile=profile or self.profile,
            path=self.path,
        )
        return copy

    def enabled(self, code: str) -> bool:
        """Whether a rule runs: selected (all when nothing is), and not ignored by a
        pattern at least as specific as the one that selected it."""

        def longest(patterns: list[str]) -> int:
            return max((len(p) for p in patterns if code.startswith(p)), default=-1)

        selected = longest(self.select) if self.select else 0
        if selected < 0:
            return False
        ignored = longest(self.ignore)
        return ignored < 0 or (bool(self.select) and selected > ignored)

    def severity_for(self, code: str, default: Severity) -> Severity:
        best = max((p for p in self.severity if code.startswith(p)), key=len, default=None)
        return self.severity[best] if best is not None else default


# -- loading ----------------------------------------------------------------------

#: Keys a configuration may hold, as written in TOML (kebab-case, like Ruff's).
KEYS = ("select", "ignore", "severity", "extra-words", "extra-names", "fail-on", "profile")
#: House styles of punctuation: KPU decrees, and regulations drafted under UU 12/2011 Lampiran II.
PROFILES = ("kpu", "peraturan")
CONFIG_FILE = "zi-docs.toml"


def _error(path: Path | None, key: str, id_: str, en: str, hint: Message | None = None) -> ZiDocsError:
    return ZiDocsError(Message(f"konfigurasi '{key}': {id_}", f"configuration '{key}': {en}"), path=path, hint=hint)


def _string_list(path: Path | None, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if isinstance(value, (tuple, set, frozenset)):
        value = list(value)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _error(path, key, "harus berupa daftar teks", "must be a list of strings")
    return [item.strip() for item in value if item.strip()]


def _codes(path: Path | None, key: str, patterns: list[str]) -> list[str]:
    result = []
    for pattern in patterns:
        if not known_pattern(pattern):
            from rapidfuzz import process

            close = [code for code, _, _ in process.extract(pattern.upper(), list(rule_codes()), limit=3)]
            raise _error(
                path,
                key,
                f"kode aturan '{pattern}' tidak dikenal",
                f"unknown rule code '{pattern}'",
                Message(
                    "Kode yang mirip: " + ", ".join(close) + ". Lihat `zi-docs rules`.",
                    "Similar codes: " + ", ".join(close) + ". See `zi-docs rules`.",
                )
                if close
                else None,
            )
        result.append(pattern.upper())
    return result


def _severity(path: Path | None, key: str, value: Any) -> Severity:
    if isinstance(value, Severity):
        return value
    try:
        return Severity(str(value).strip().lower())
    except ValueError:
        raise _error(
            path,
            key,
            f"tingkat '{value}' tidak dikenal; pilih error, warning, atau info",
            f"unknown severity '{value}'; use error, warning or info",
        ) from None


def config_from_table(table: Any, path: Path) -> CheckConfig:
    """A :class:`CheckConfig` from the ``[tool.zi-docs]`` table (or a whole ``zi-docs.toml``)."""
    if not isinstance(table, dict):
        raise _error(path, "tool.zi-docs", "harus berupa tabel", "must be a table")
    for key in table:
        if key not in KEYS:
            from rapidfuzz import process

            close = process.extractOne(key, KEYS)
            hint = (
                Message(f"Maksudnya '{close[0]}'?", f"Did you mean '{close[0]}'?") if close and close[1] > 60 else None
            )
            raise _error(
                path,
                key,
                "kunci tidak dikenal; yang dikenal: " + ", ".join(KEYS),
                "unknown key; known keys: " + ", ".join(KEYS),
                hint,
            )
    config = CheckConfig(path=path)
    config.select = _codes(path, "select", _string_list(path, "select", table.get("select", [])))
    config.ignore = _codes(path, "ignore", _string_list(path, "ignore", table.get("ignore", [])))
    severity = table.get("severity", {})
    if not isinstance(severity, dict):
        raise _error(
            path,
            "severity",
            'harus berupa tabel, mis. {"EJA" = "warning"}',
            'must be a table, e.g. {"EJA" = "warning"}',
        )
    for code, level in severity.items():
        (pattern,) = _codes(path, f"severity.{code}", [code])
        config.severity[pattern] = _severity(path, f"severity.{code}", level)
    config.extra_words = set(_string_list(path, "extra-words", table.get("extra-words", [])))
    config.extra_names = set(_string_list(path, "extra-names", table.get("extra-names", [])))
    if "fail-on" in table:
        config.fail_on = _severity(path, "fail-on", table["fail-on"])
    if "profile" in table:
        config.profile = str(table["profile"]).strip().lower()
        if config.profile not in PROFILES:
            raise _error(
                path,
                "profile",
                f"profil '{table['profile']}' tidak dikenal; pilih " + " atau ".join(PROFILES),
                f"unknown profile '{table['profile']}'; use " + " or ".join(PROFILES),
            )
    return config


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # only where a zi-docs.toml exists: most folders have none

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ZiDocsError(Message(f"TOML tidak sah: {exc}", f"invalid TOML: {exc}"), path=path) from None
    except OSError as exc:
        raise ZiDocsError(
            Message(
                f"berkas konfigurasi tidak dapat dibaca: {exc.strerror}",
                f"cannot read the configuration: {exc.strerror}",
            ),
            path=path,
        ) from None


def config_from_file(path: str | os.PathLike[str]) -> CheckConfig:
    """Read ``zi-docs.toml`` (settings at the top level or in ``[tool.zi-docs]``) or
    ``pyproject.toml`` (``[tool.zi-docs]``)."""
    path = Path(path)
    if not path.is_file():
        raise ZiDocsError(Message("berkas konfigurasi tidak ditemukan", "configuration file not found"), path=path)
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        return config_from_table(data.get("tool", {}).get("zi-docs", {}), path)
    return config_from_table(_own_settings(data, path), path)


def _own_settings(data: dict[str, Any], path: Path) -> Any:
    """The settings of a ``zi-docs.toml``: its top level, or its ``[tool.zi-docs]`` table.

    The second form is what ``pyproject.toml`` holds; a table copied from there into
    ``zi-docs.toml`` works as it is.
    """
    tool = data.get("tool")
    if tool is None:
        return data
    one_form = Message(
        "Di zi-docs.toml tulis pengaturan di tingkat atas (select = [...]) atau di bawah [tool.zi-docs], "
        "tidak keduanya.",
        "In zi-docs.toml write the settings at the top level (select = [...]) or under [tool.zi-docs], not both.",
    )
    if not isinstance(tool, dict) or "zi-docs" not in tool:
        others = ", ".join(f"[tool.{name}]" for name in tool) if isinstance(tool, dict) else "tool"
        raise _error(
            path,
            "tool",
            f"tabel {others} bukan pengaturan zi-docs",
            f"the table {others} is not zi-docs settings",
            one_form,
        )
    rest = [key for key in data if key != "tool"] + [f"tool.{name}" for name in tool if name != "zi-docs"]
    if rest:
        raise _error(
            path,
            rest[0],
            "ada di samping [tool.zi-docs]; pengaturan hanya dibaca dari satu tempat",
            "stands beside [tool.zi-docs]; settings are read from one place only",
            one_form,
        )
    return tool["zi-docs"]


def find_config(start_dir: str | os.PathLike[str]) -> Path | None:
    """The nearest ``zi-docs.toml``, or ``pyproject.toml`` with a ``[tool.zi-docs]`` table,
    in ``start_dir`` or a folder above it (as Ruff finds its settings)."""
    folder = Path(start_dir).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILE
        if own.is_file():
            return own
        project = candidate / "pyproject.toml"
        if project.is_file() and "zi-docs" in _read_toml(project).get("tool", {}):
            return project
    return None


def load_config(start_dir: str | os.PathLike[str]) -> CheckConfig:
    """The configuration that applies to files in ``start_dir``; defaults when there is none."""
    found = find_config(start_dir)
    return config_from_file(found) if found is not None else CheckConfig()
