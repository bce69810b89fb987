"""The one sanitising boundary: what data may show on a terminal or a web page.

Anything that came from data -- article text, titles and metadata, file names
and paths, tags, comments, authors, codebook entries, imported fields, config
values, and every error message built from them -- passes through one of the
functions here before it reaches a terminal line, a toast, standard error or
the HTML export.  Nothing else decides what is safe to show.

Unsafe characters (:data:`UNSAFE_RE`):

* C0 controls except newline and tab (ESC, BEL, backspace, carriage return:
  the start of every terminal escape sequence: OSC 52 clipboard writes,
  window titles, cursor moves);
* DEL and the C1 controls U+0080-U+009F (U+009B is a one-character CSI on
  terminals that honour 8-bit controls);
* the bidirectional embedding, override and isolate controls U+202A-U+202E
  and U+2066-U+2069 ("Trojan Source": they reorder what the eye sees).

Two ways to make them harmless, for two kinds of string:

:func:`display`
    running text (article text, comments): each unsafe character becomes ONE
    visible character (the Unicode control picture, e.g. ``␛`` for ESC, or
    ``�``), so every offset into the text still points at the same place on
    screen.  Newline and tab stay.
:func:`line`
    names and messages (file names, tags, authors, errors): each unsafe
    character, and newline and tab, is written as a visible escape
    (``\\x1b``, ``\\u202e``, ``\\n``), so the user sees that something is there
    and a one-line message stays one line.  On a terminal, emoji clusters are
    also drawn apart (:func:`drawn`), as the article view draws them.

Emoji clusters on a terminal: Rich (which pads each row to its width), tmux and the outer
terminal each decide differently how many cells a cluster takes.  Measured in tmux 3.3a,
👩‍👩‍👧‍👦 is 2 cells to Rich and tmux but 8 to a terminal without ZWJ support, ❤️ (with VS16)
is 2 to Rich and 1 to tmux, 👍🏽 (skin tone) 2 to Rich and 4 to tmux: any disagreement moves
a border or a column divider and leaves stray characters.  So the zero-width joiner, the
variation selectors and the skin-tone modifiers (:data:`UNDRAWN`) are not drawn: what is left
(👩👩👧👦, ❤, 👍) has one width everywhere.  Display only: the text, titles and names are
stored and exported as read; offsets into the text keep their meaning (the article view
applies :func:`drawn` to each piece it paints, not to the text).

:func:`json_safe` escapes them inside serialised JSON (``\\u001b``), which keeps
the JSON's value unchanged while making the file safe to ``cat``.
"""

from __future__ import annotations

import re

#: The control characters: C0 except tab and newline, DEL, C1 (what loading removes from article text).
CONTROL_CODES = (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))
CONTROL_CLASS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
#: The bidi embedding, override and isolate controls.
BIDI_CODES = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
#: Characters that must never reach a terminal or a page as themselves.
UNSAFE_CLASS = CONTROL_CLASS + "\u202a-\u202e\u2066-\u2069"
UNSAFE_RE = re.compile(f"[{UNSAFE_CLASS}]")
#: What :func:`line` escapes: the unsafe ones plus newline and tab.
_LINE_RE = re.compile(f"[{UNSAFE_CLASS}\n\t]")

_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _picture(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


_DISPLAY_TABLE = {code: _picture(chr(code)) for code in (*CONTROL_CODES, *BIDI_CODES)}


#: Not drawn on a terminal (see the module notes): zero-width joiner, variation selectors 15
#: and 16, the five skin-tone modifiers.  ``str.translate`` table.
UNDRAWN: dict[int, None] = dict.fromkeys([0x200D, 0xFE0E, 0xFE0F, *range(0x1F3FB, 0x1F400)])


def drawn(text: str) -> str:
    """``text`` as a terminal is given it: emoji clusters apart (see the module notes)."""
    return text if text.isascii() else text.translate(UNDRAWN)


def is_safe(text: str) -> bool:
    """True when ``text`` holds no unsafe character (newline and tab are fine)."""
    return UNSAFE_RE.search(text) is None


def display(text: str) -> str:
    """Running text made safe, one character for one: offsets keep their meaning."""
    if UNSAFE_RE.search(text) is None:
        return text
    return text.translate(_DISPLAY_TABLE)


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    named = _NAMED.get(ch)
    if named is not None:
        return named
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def line(value: object, *, terminal: bool = True) -> str:
    """A name or message made safe for one line: unsafe characters, newline and tab visibly escaped.

    For a terminal (the reader, toasts, standard output and error) emoji clusters are also
    drawn apart (:func:`drawn`), so the terminal and the app agree on its width; an HTML page
    (``terminal=False``) keeps them: the browser measures and joins them itself.
    """
    text = value if isinstance(value, str) else str(value)
    if _LINE_RE.search(text) is not None:
        text = _LINE_RE.sub(_escape, text)
    return drawn(text) if terminal else text


def check_field(what: str, value: str, *, multiline: bool = False) -> None:
    """Refuse a user-given field (tag, comment, author, relation) holding an unsafe character.

    Raises ``ValueError`` naming the field, the character and where it is, e.g.
    ``comment holds a control character (U+001B) at position 4``.  Newlines
    and tabs are allowed where ``multiline`` (comments).  Why refuse rather
    than clean: a tag or comment is the researcher's own words; changing it
    silently would be the kind of edit presslens never makes.
    """
    pattern = UNSAFE_RE if multiline else _LINE_RE
    m = pattern.search(value)
    if m is not None:
        raise ValueError(f"{what} holds a control character (U+{ord(m.group()):04X}) at position {m.start()}")


def lines(value: object) -> str:
    """A message that may span lines: each line made safe by :func:`line`, the newlines kept."""
    return "\n".join(line(part) for part in str(value).split("\n"))


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_safe(serialised: str) -> str:
    """Serialised JSON with every unsafe character written as a ``\\uXXXX`` escape (same value)."""
    if UNSAFE_RE.search(serialised) is None:
        return serialised
    return UNSAFE_RE.sub(_json_escape, serialised)


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 annotation``, ``2 annotations``, ``1 match``, ``0 matches``: the one rule for counts shown to people.

    ``many``: the plural when adding s (or es, after s, x, z, ch, sh) is wrong.
    """
    if count == 1:
        return f"1 {word}"
    if many is None:
        many = word + ("es" if word.endswith(("s", "x", "z", "ch", "sh")) else "s")
    return f"{count:,} {many}"


__all__ = [
    "CONTROL_CLASS", "CONTROL_CODES", "UNDRAWN", "UNSAFE_RE", "check_field", "display", "drawn", "is_safe", "json_safe", "line", "lines",
    "plural",
]
