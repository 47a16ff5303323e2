"""Trackmania's styled text: parsing, plain text, HTML, ANSI and rich renderings."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nadeo_api import text
from nadeo_api.text import Link, Run, Style

PLAIN = [
    ("", ""),
    ("no codes", "no codes"),
    ("$f00Red", "Red"),
    ("$F00Red", "Red"),
    ("$0x", "x"),  # a short colour: one digit
    ("$f0x", "x"),  # two digits
    ("$f00x", "x"),
    ("$f000", "0"),  # a 4th digit is text
    ("$i$t$w$n$o$m$s$g$zabc", "abc"),
    ("$I$T$W$N$O$M$S$G$Zabc", "abc"),
    ("$$", "$"),
    ("$$$$", "$$"),
    ("$$f00", "$f00"),  # `$$` then text
    ("$$$f00x", "$x"),
    ("cost: 5$", "cost: 5"),  # a lone trailing `$`
    ("$", ""),
    ("$xab", "ab"),  # unknown code: both characters hidden
    ("$ spaced", "spaced"),
    ("$l[https://x.y]AB$l", "AB"),
    ("$L[https://x.y]AB$L", "AB"),
    ("$lwww.example.com$l", "www.example.com"),
    ("$l[https://x.y]unclosed", "unclosed"),
    ("$l[no closing bracket", "[no closing bracket"),
    ("$h[manialink]go$h", "go"),
    ("$p[player]me$p", "me"),
    ("$<$f00in$>out", "inout"),
    ("$>$>$<", ""),
    ("$s$f39DO$$CS$z", "DO$CS"),
    ("a\nb$\nc", "a\nbc"),
]


@pytest.mark.parametrize(("styled", "shown"), PLAIN)
def test_plain(styled: str, shown: str) -> None:
    assert text.plain(styled) == shown
    assert text.visible_length(styled) == len(shown)


def colours(styled: str) -> list[tuple[str, str | None]]:
    return [(run.text, run.style.colour) for run in text.parse(styled)]


COLOURS = [
    ("$f00a", [("a", "f00")]),
    ("$F0Aa", [("a", "f0a")]),
    ("$f0ab", [("b", "f0a")]),  # 'a' is a hex digit: the colour eats it
    ("$f0xa", [("xa", "f00")]),  # missing digits are 0
    ("$0 a", [(" a", "000")]),
    ("$9z", [("z", "900")]),  # `z` is not hex: text, not the reset code
    ("$f00a$gb", [("a", "f00"), ("b", None)]),
    ("$f00a$zb", [("a", "f00"), ("b", None)]),
    ("$f00$<$0f0a$>b", [("a", "0f0"), ("b", "f00")]),
    ("$f00a$00", [("a", "f00")]),  # a colour with nothing after it styles nothing
]


@pytest.mark.parametrize(("styled", "expected"), COLOURS)
def test_colours(styled: str, expected: list[tuple[str, str | None]]) -> None:
    assert colours(styled) == expected


def test_styles_and_resets() -> None:
    runs = text.parse("$o$i$t$s$wA$nB$mC$zD")
    assert runs == [
        Run("A", Style(bold=True, italic=True, uppercase=True, shadow=True, wide=True)),
        Run("B", Style(bold=True, italic=True, uppercase=True, shadow=True, narrow=True)),
        Run("C", Style(bold=True, italic=True, uppercase=True, shadow=True)),
        Run("D", Style()),
    ]


def test_push_and_pop_restore_the_whole_style() -> None:
    runs = text.parse("$o$<$i$f00a$>b$>c")
    assert runs == [
        Run("a", Style(colour="f00", bold=True, italic=True)),
        Run("bc", Style(bold=True)),
    ]


def test_adjacent_runs_with_the_same_style_merge() -> None:
    assert text.parse("$f00a$f00b$xc") == [Run("abc", Style(colour="f00"))]


LINKS = [
    ("$l[https://x.y]AB$lC", [("AB", Link("l", "https://x.y")), ("C", None)]),
    ("$lhttps://x.y$lC", [("https://x.y", Link("l", "https://x.y")), ("C", None)]),
    ("$l[u]a$f00b$l", [("a", Link("l", "u")), ("b", Link("l", "u"))]),
    ("$la$f00b$l", [("a", Link("l", "ab")), ("b", Link("l", "ab"))]),
    ("$l[u]a$l[v]b", [("a", Link("l", "u")), ("b", Link("l", "v"))]),
    ("$l[u]open", [("open", Link("l", "u"))]),
    ("$h[ml]a$hb", [("a", Link("h", "ml")), ("b", None)]),
    ("$p[ml]a$pb", [("a", Link("p", "ml")), ("b", None)]),
    ("$l[u]$oa$zb$l", [("a", Link("l", "u")), ("b", Link("l", "u"))]),
    ("$l[]a$l", [("a", Link("l", ""))]),
]


@pytest.mark.parametrize(("styled", "expected"), LINKS)
def test_links(styled: str, expected: list[tuple[str, Link | None]]) -> None:
    assert [(run.text, run.link) for run in text.parse(styled)] == expected


def test_rgb_and_hex() -> None:
    style = text.parse("$f80x")[0].style
    assert style.rgb == (255, 136, 0)
    assert style.hex == "#ff8800"
    assert Style().rgb is None and Style().hex is None


def test_html_is_styled_and_escaped() -> None:
    assert text.to_html("plain") == "plain"
    assert text.to_html("$o$f00<b>&") == (
        '<span style="color:#ff0000;font-weight:bold">&lt;b&gt;&amp;</span>'
    )
    assert text.to_html("$tabc") == "ABC"
    assert text.to_html("$l[https://x.y/?a=1&b=\"2\"]go$l") == (
        '<a href="https://x.y/?a=1&amp;b=&quot;2&quot;" rel="nofollow noopener">go</a>'
    )


@pytest.mark.parametrize(
    "styled",
    [
        "$l[javascript:alert(1)]click$l",
        "$l[JAVASCRIPT:alert(1)]click$l",
        "$l[data:text/html,<script>]click$l",
        "$ljavascript:alert(1)$l",
        "$h[https://x.y]click$h",
        "$l[//evil.example]click$l",
        "$l[https://x.y\" onclick=\"alert(1)]click$l",
    ],
)
def test_html_links_are_web_links_only(styled: str) -> None:
    rendered = text.to_html(styled)
    assert "<a" not in rendered
    assert "onclick=\"" not in rendered and "<script>" not in rendered


def test_html_text_cannot_inject() -> None:
    rendered = text.to_html('$f00<img src=x onerror="alert(1)">')
    assert "<img" not in rendered and "&lt;img" in rendered and "&quot;" in rendered


def test_ansi() -> None:
    assert text.to_ansi("plain") == "plain"
    assert text.to_ansi("$o$f00Red$zok") == "\x1b[0;38;2;255;0;0;1mRed\x1b[0mok\x1b[0m"
    assert text.to_ansi("$l[https://x.y]go$l") == "\x1b]8;;https://x.y\x1b\\go\x1b]8;;\x1b\\"


def test_ansi_drops_the_texts_own_escapes() -> None:
    rendered = text.to_ansi("$f00a\x1b[2Jb\x07")
    assert "\x1b[2J" not in rendered and "\x07" not in rendered and "a[2Jb" in rendered


def test_rich() -> None:
    rendered = text.to_rich("$o$f00Red$z $l[https://x.y]link$l")
    assert rendered.plain == "Red link"
    red = rendered.spans[0]
    assert (red.start, red.end) == (0, 3)
    assert str(red.style) == "bold #ff0000"
    link = rendered.spans[-1]
    assert link.style.link == "https://x.y"  # type: ignore[union-attr]


def test_escape_round_trips() -> None:
    assert text.escape("5$ a $f00") == "5$$ a $$f00"
    assert text.plain(text.escape("5$ a $f00")) == "5$ a $f00"


def test_parse_refuses_non_strings() -> None:
    with pytest.raises(TypeError):
        text.parse(None)  # type: ignore[arg-type]


styled_strings = st.text(
    alphabet=st.sampled_from(list("$$$$abcfF0129[]<>lLhHpPzZgGoOiItTwWnNmMsSx :/\n\x1b&\"")),
    max_size=40,
) | st.text(max_size=40)


@given(styled_strings)
def test_no_input_raises_and_codes_never_reach_plain_text(styled: str) -> None:
    shown = text.plain(styled)
    text.to_html(styled)
    text.to_ansi(styled)
    text.to_rich(styled)
    assert text.visible_length(styled) == len(shown) <= len(styled)
    if "$$" not in styled:
        assert "$" not in shown  # every `$` starts a code, which never shows


@given(st.text(max_size=40))
def test_escaped_text_shows_itself(raw: str) -> None:
    assert text.plain(text.escape(raw)) == raw
    assert text.parse(text.escape(raw)) == ([Run(raw)] if raw else [])


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, attrs))


@given(styled_strings)
def test_html_holds_only_our_tags(styled: str) -> None:
    tags = _Tags()
    tags.feed(text.to_html(styled))
    for tag, attrs in tags.seen:
        assert tag in ("span", "a")
        names = [name for name, _ in attrs]
        assert names == (["style"] if tag == "span" else ["href", "rel"])
        if tag == "a":
            assert str(attrs[0][1]).startswith(("http://", "https://"))


def test_the_emulators_world_has_styled_names() -> None:
    from nadeo_api.emulator import Emulator

    world = Emulator(seed=0).world
    names = [world.map_info(uid).name for uid in world.totd_maps()]  # type: ignore[union-attr]
    styled = [name for name in names if name != text.plain(name)]
    assert styled and len(styled) < len(names)
    assert all("$" not in text.plain(name).replace("$ ", "") for name in names)
    assert all(text.plain(club.name).startswith("Emulated Club") for club in world.clubs)
