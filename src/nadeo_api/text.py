"""Trackmania's styled text: the `$` codes in map, club and player names.

    from nadeo_api import text

    text.plain("$o$f00Red $zand plain")     # 'Red and plain'
    text.visible_length("$xab")             # 2
    text.to_html("$l[https://x.y]site$l")   # '<a href="https://x.y" ...>site</a>'

`parse` cuts a styled string into `Run`s, each a piece of text with one style; `plain`, `to_html`,
`to_ansi` and `to_rich` render them. The rules follow the game, codes being case-insensitive:

- `$` and 1 to 3 hex digits set the colour. The game reads at most 3 digits; a colour cut short
  by a character that is not a hex digit (`$f0x`, `$0 `) takes the digits it has and the
  missing ones are 0 (`$f0` is `#f00`, `$0` is `#000`). The next character is ordinary text.
- `$o` bold, `$i` italic, `$w` wide, `$n` narrow, `$m` medium width (ends wide and narrow),
  `$t` uppercase, `$s` shadow, `$g` back to the default colour, `$z` back to the default
  colour and style (an open link stays open).
- `$<` saves the current colour and style, `$>` brings back the last saved one (a `$>` with
  nothing saved does nothing).
- `$$` is a literal `$`.
- `$l[url]text$l` is a link to `url`; `$l text$l` (no brackets) links to its own text. `$h[...]`
  and `$p[...]` are links of the game's own kinds (manialinks), closed by `$h` / `$p`. A `[`
  without its `]` is ordinary text, and the link then links to its own text. A new link opens
  after closing the one before; a link left open runs to the end.
- Any other character after `$` is an unknown code: both are hidden (`$xab` shows `ab`, 2
  visible characters). A lone `$` at the end is hidden.

`plain` keeps the letters' case (`$t` is a display style); the other renderers apply it.
Rendering is safe for untrusted names: `to_html` escapes every text and attribute and makes an
`<a>` only of `http://` and `https://` links; `to_ansi` and `to_rich` drop control characters
so that a name cannot send its own terminal escapes.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from rich.text import Text

__all__ = [
    "Link",
    "Run",
    "Style",
    "escape",
    "parse",
    "plain",
    "to_ansi",
    "to_html",
    "to_rich",
    "visible_length",
]

LinkKind = Literal["l", "h", "p"]

_HEX = frozenset("0123456789abcdefABCDEF")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_WEB = re.compile(r"https?://[^\s\x00-\x1f\x7f-\x9f]+", re.IGNORECASE)


@dataclass(frozen=True)
class Link:
    """Where a run links to: `kind` `"l"` (a web link), `"h"` or `"p"` (the game's own links)."""

    kind: LinkKind
    target: str

    @property
    def web_url(self) -> str | None:
        """`target` when it is an `http://` or `https://` URL a browser may open, else None."""
        if self.kind == "l" and _WEB.fullmatch(self.target):
            return self.target
        return None


@dataclass(frozen=True)
class Style:
    """A run's look. `colour` is 3 lowercase hex digits (`"f00"`) or None for the default."""

    colour: str | None = None
    bold: bool = False
    italic: bool = False
    wide: bool = False
    narrow: bool = False
    uppercase: bool = False
    shadow: bool = False

    @property
    def rgb(self) -> tuple[int, int, int] | None:
        """The colour as 0-255 red, green and blue (each hex digit doubled), or None."""
        if self.colour is None:
            return None
        r, g, b = (int(digit, 16) * 17 for digit in self.colour)
        return r, g, b

    @property
    def hex(self) -> str | None:
        """The colour as a CSS `#rrggbb`, or None."""
        rgb = self.rgb
        return None if rgb is None else "#{:02x}{:02x}{:02x}".format(*rgb)


@dataclass(frozen=True)
class Run:
    """A piece of visible text with one style and at most one link."""

    text: str
    style: Style = Style()
    link: Link | None = None

    @property
    def shown(self) -> str:
        """The text as displayed: uppercased under `$t`."""
        return self.text.upper() if self.style.uppercase else self.text


_FLAGS = {"o": "bold", "i": "italic", "t": "uppercase", "s": "shadow"}


def _with(style: Style, **changes: str | bool | None) -> Style:
    # dataclasses.replace, without its checks: the one hot spot of parsing.
    return Style(**{**vars(style), **changes})


def parse(styled: str) -> list[Run]:
    """The runs of `styled`, in order; adjacent text with the same style and link is one run.

    Never raises on any string: malformed codes follow the rules in this module's docstring.
    """
    if not isinstance(styled, str):
        raise TypeError(f"styled text must be a str (got {type(styled).__name__})")
    # Links without a target take their text as target; they are resolved once closed.
    pieces: list[tuple[str, Style, int | None]] = []
    targets: dict[int, Link | None] = {}  # link number -> Link, None while it awaits its text
    kinds: dict[int, LinkKind] = {}
    style = Style()
    saved: list[Style] = []
    link: int | None = None
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            pieces.append(("".join(buffer), style, link))
            buffer.clear()

    i, n = 0, len(styled)
    while i < n:
        code_at = styled.find("$", i)
        if code_at == -1:
            buffer.append(styled[i:])
            break
        if code_at > i:
            buffer.append(styled[i:code_at])
        i = code_at
        if i + 1 >= n:  # a lone trailing `$`
            break
        code = styled[i + 1]
        low = code.lower()
        i += 2
        if code == "$":
            buffer.append("$")
            continue
        flush()
        if code in _HEX:
            digits = code
            while len(digits) < 3 and i < n and styled[i] in _HEX:
                digits += styled[i]
                i += 1
            style = _with(style, colour=digits.lower().ljust(3, "0"))
        elif low in _FLAGS:
            style = _with(style, **{_FLAGS[low]: True})
        elif low == "w":
            style = _with(style, wide=True, narrow=False)
        elif low == "n":
            style = _with(style, wide=False, narrow=True)
        elif low == "m":
            style = _with(style, wide=False, narrow=False)
        elif low == "g":
            style = _with(style, colour=None)
        elif low == "z":
            style = Style()
        elif low == "<":
            saved.append(style)
        elif low == ">":
            if saved:
                style = saved.pop()
        elif low in ("l", "h", "p"):
            kind: LinkKind = low  # type: ignore[assignment]
            target: str | None = None
            if i < n and styled[i] == "[":
                end = styled.find("]", i + 1)
                if end != -1:
                    target = styled[i + 1 : end]
                    i = end + 1
            if link is not None and target is None and kinds[link] == kind:
                link = None  # the closing code
            else:
                link = len(kinds)
                kinds[link] = kind
                targets[link] = None if target is None else Link(kind, target)
        # any other code is unknown: both characters are hidden
    flush()

    own_text: dict[int, list[str]] = {}
    for text, _, number in pieces:
        if number is not None and targets[number] is None:
            own_text.setdefault(number, []).append(text)
    for number, texts in own_text.items():
        targets[number] = Link(kinds[number], "".join(texts))

    runs: list[Run] = []
    for text, run_style, number in pieces:
        run_link = None if number is None else targets[number]
        if runs and runs[-1].style == run_style and runs[-1].link == run_link:
            runs[-1] = Run(runs[-1].text + text, run_style, run_link)
        else:
            runs.append(Run(text, run_style, run_link))
    return runs


def plain(styled: str) -> str:
    """The text of `styled` without its codes (`$$` reads `$`; the letters' case is kept)."""
    return "".join(run.text for run in parse(styled))


def visible_length(styled: str) -> int:
    """How many characters of `styled` show: the length of `plain(styled)`.

    This is the length the services check for styled fields such as a club's tag.
    """
    return len(plain(styled))


def escape(text: str) -> str:
    """`text` as styled text that shows exactly `text` (every `$` doubled)."""
    return text.replace("$", "$$")


def to_html(styled: str) -> str:
    """`styled` as HTML: `<span style=...>` per styled run, `<a>` for web links only.

    Every text and attribute is escaped; a link that is not `http://` or `https://` (a
    manialink, `javascript:`...) renders as its text alone.
    """
    out: list[str] = []
    open_url: str | None = None
    for run in parse(styled):
        url = run.link.web_url if run.link else None
        if url != open_url:
            if open_url is not None:
                out.append("</a>")
            if url is not None:
                out.append(f'<a href="{html.escape(url, quote=True)}" rel="nofollow noopener">')
            open_url = url
        css = _css(run.style)
        text = html.escape(run.shown, quote=True)
        out.append(f'<span style="{css}">{text}</span>' if css else text)
    if open_url is not None:
        out.append("</a>")
    return "".join(out)


def _css(style: Style) -> str:
    rules = []
    if style.hex:
        rules.append(f"color:{style.hex}")
    if style.bold:
        rules.append("font-weight:bold")
    if style.italic:
        rules.append("font-style:italic")
    if style.wide:
        rules.append("letter-spacing:0.1em")
    if style.narrow:
        rules.append("letter-spacing:-0.1em")
    if style.shadow:
        rules.append("text-shadow:1px 1px 1px rgba(0,0,0,0.5)")
    return ";".join(rules)


def to_ansi(styled: str) -> str:
    """`styled` for a terminal: 24-bit colours, bold, italic, and OSC 8 web links.

    Control characters in the text are dropped; the result ends with a reset when it styled
    anything. Width and shadow have no terminal equivalent and are left out.
    """
    out: list[str] = []
    styled_any = False
    for run in parse(styled):
        codes = []
        rgb = run.style.rgb
        if rgb is not None:
            codes.append("38;2;{};{};{}".format(*rgb))
        if run.style.bold:
            codes.append("1")
        if run.style.italic:
            codes.append("3")
        text = _CONTROL.sub("", run.shown)
        url = run.link.web_url if run.link else None
        if url is not None:
            text = f"\x1b]8;;{url}\x1b\\{text}\x1b]8;;\x1b\\"
        if codes:
            out.append(f"\x1b[0;{';'.join(codes)}m{text}")
            styled_any = True
        else:
            out.append(f"\x1b[0m{text}" if styled_any else text)
    if styled_any:
        out.append("\x1b[0m")
    return "".join(out)


def to_rich(styled: str) -> Text:
    """`styled` as a `rich.text.Text` (needs the `cli` extra: `pip install 'nadeo-client[cli]'`)."""
    from rich.style import Style as RichStyle
    from rich.text import Text

    result = Text()
    for run in parse(styled):
        url = run.link.web_url if run.link else None
        result.append(
            _CONTROL.sub("", run.shown),
            RichStyle(
                color=run.style.hex,
                bold=run.style.bold or None,
                italic=run.style.italic or None,
                link=url,
            ),
        )
    return result
