"""User settings: ``~/.config/presslens/config.toml`` (or ``$PRESSLENS_CONFIG``).

```toml
author = "Ada Researcher"       # who your annotations are by (else your login name)
codebook = "~/codebooks/news.toml"
db = "~/projects/telegram/annotations.json"

[keymap]                        # binding id = keys (see the help screen for ids)
toggle-sync = "y"
cursor-down = "j,down"
```
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from annotations.core.errors import PresslensError


class ConfigError(PresslensError):
    """The config file is unreadable; ``str()`` is one line naming it."""


@dataclass
class Config:
    author: str | None = None
    codebook: str | None = None
    db: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    path: Path | None = None


def config_path() -> Path:
    from annotations.core.files import user_file

    return user_file("PRESSLENS_CONFIG", "XDG_CONFIG_HOME", (".config",), "config.toml")


def load_config(path: Path | None = None) -> Config:
    """Read the config file; a missing file is an empty config."""
    path = path or config_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config(path=None)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc})") from None
    try:  # imported only when there is a file to parse: most starts have none
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    keymap = data.get("keymap", {})
    if not isinstance(keymap, dict) or not all(isinstance(v, str) for v in keymap.values()):
        raise ConfigError(f'{path}: [keymap] must map binding ids to key strings, e.g. toggle-sync = "y"')
    def text(key: str) -> str | None:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"{path}: {key} must be a string")
        return value
    return Config(author=text("author"), codebook=text("codebook"), db=text("db"), keymap=dict(keymap), path=path)


def resolve_author(explicit: str | None, config: Config | None = None) -> str:
    """``--author``, else the config's author, else the login name."""
    if explicit:
        return explicit
    if config and config.author:
        return config.author
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment
        return "unknown"
