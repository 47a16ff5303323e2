"""Argument checks shared by the endpoint declarations and the tokens. Each raises an
`ArgumentError` that names the argument, says what is allowed and shows what was given, before
anything is sent."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar, cast
from urllib.parse import unquote, urlsplit

from ._errors import ArgumentError

__all__ = [
    "MAP_UID_LENGTH",
    "account_id",
    "agent",
    "body",
    "callback",
    "choice",
    "count",
    "endpoint_path",
    "flag",
    "header_text",
    "identifier",
    "is_map_uid",
    "is_uuid",
    "json_body",
    "login",
    "map_uid",
    "map_uids",
    "optional_flag",
    "params",
    "path_segment",
    "redirect_uri",
    "seconds",
    "sized_text",
    "text",
    "texts",
    "uid",
    "url",
    "uuid",
]

T = TypeVar("T")

MAP_UID_LENGTH = 27
"""The longest map UID: Core refuses longer ones ("It should have 27 characters or less")."""
_MAP_UID = re.compile(rf"[A-Za-z0-9_-]{{1,{MAP_UID_LENGTH}}}")
_UID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_UUID = re.compile(r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_HEADER_TEXT = re.compile(r"[\x20-\x7e]+")
_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f/?#]+(?:/[^\s\x00-\x1f\x7f?#]*)?")
MAX_SECONDS = 3600.0
"""The longest timeout a call may ask for."""


def count(name: str, value: object, *, minimum: int = 0, maximum: int | None = None) -> int:
    """An int within [minimum, maximum]."""
    allowed = f"from {minimum} to {maximum}" if maximum is not None else f">= {minimum}"
    if isinstance(value, bool) or not isinstance(value, int):
        raise ArgumentError(f"{name} must be an int {allowed} (got {value!r})")
    if value < minimum or (maximum is not None and value > maximum):
        raise ArgumentError(f"{name} must be {allowed} (got {value})")
    return value


def identifier(name: str, value: object) -> int:
    """A numeric ID: an int >= 1 (Nadeo's club, campaign and activity IDs start at 1)."""
    return count(name, value, minimum=1)


def is_map_uid(value: object) -> bool:
    """Whether `value` is a map UID: 1 to 27 letters, digits, '_' or '-'."""
    return isinstance(value, str) and _MAP_UID.fullmatch(value) is not None


def map_uid(name: str, value: object) -> str:
    """A map UID: 1 to 27 letters, digits, '_' or '-' (such as `ZJw6sgJBJkrWNRwjIhBpdTv3jQd`)."""
    if not is_map_uid(value):
        raise ArgumentError(
            f"{name} must be a map UID of 1 to {MAP_UID_LENGTH} letters, digits, '_' or '-'"
            f" (got {value!r})"
        )
    return cast(str, value)


def map_uids(name: str, values: object) -> list[str]:
    """A list (or tuple) of at least one map UID (the clients split longer lists than a
    request may hold: see `Chunks`)."""
    if isinstance(values, (str, bytes)) or not isinstance(values, (list, tuple)):
        raise ArgumentError(f"{name} must be a list of map UIDs (got {values!r})")
    if not values:
        raise ArgumentError(f"{name} must hold at least one map UID (got none)")
    return [map_uid(f"{name}[{i}]", value) for i, value in enumerate(values)]


def uid(name: str, value: object) -> str:
    """A group or season UID, or a review type: 1 to 64 letters, digits, '_' or '-'."""
    if not isinstance(value, str) or not _UID.fullmatch(value):
        raise ArgumentError(
            f"{name} must be 1 to 64 letters, digits, '_' or '-' (got {value!r})"
        )
    return value


def is_uuid(value: object) -> bool:
    """Whether `value` is a UUID (Nadeo's account, map, record, season, skin IDs)."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def uuid(name: str, value: object, what: str = "an ID") -> str:
    """A UUID such as `5b4d42f4-c2de-407d-b367-cbff3fe817bc`; `what` names the kind of ID in
    the error ("an account ID", "a map ID"...)."""
    if not is_uuid(value):
        raise ArgumentError(f"{name} must be {what}, a UUID (got {value!r})")
    return cast(str, value)


def account_id(name: str, value: object) -> str:
    """An account ID: a UUID such as `5b4d42f4-c2de-407d-b367-cbff3fe817bc`."""
    return uuid(name, value, "an account ID")


def texts(name: str, values: object, *, maximum: int | None = None) -> list[str]:
    """A list (or tuple) of 1 to `maximum` non-empty strings."""
    if isinstance(values, (str, bytes)) or not isinstance(values, (list, tuple)):
        raise ArgumentError(f"{name} must be a list of strings (got {values!r})")
    count(f"len({name})", len(values), minimum=1, maximum=maximum)
    for index, value in enumerate(values):
        if not isinstance(value, str) or not value.strip():
            raise ArgumentError(f"{name}[{index}] must be a non-empty string (got {value!r})")
    return list(values)


def choice(name: str, value: object, allowed: Sequence[T]) -> T:
    """One of `allowed`."""
    if not isinstance(value, bool):
        for option in allowed:
            if option == value:
                return option
    shown = ", ".join(str(option) for option in allowed)
    raise ArgumentError(f"{name} must be one of {shown} (got {value!r})")


def flag(name: str, value: object) -> bool:
    """True or False."""
    if not isinstance(value, bool):
        raise ArgumentError(f"{name} must be True or False (got {value!r})")
    return value


def optional_flag(name: str, value: object) -> bool | None:
    """True, False or None (not sent)."""
    return None if value is None else flag(name, value)


def params(value: object) -> Mapping[str, Any] | None:
    """Query parameters: a mapping of names to values, or None."""
    if value is not None and not isinstance(value, Mapping):
        raise ArgumentError(f"params must be a dict of query parameters (got {value!r})")
    return value


def body(value: object) -> Any:
    """A JSON body: a dict or a list, or None for no body."""
    if value is not None and not isinstance(value, (dict, list)):
        raise ArgumentError(f"body must be a dict or a list for a JSON body (got {value!r})")
    return value


def path_segment(name: str, value: object) -> str:
    """A value put into one segment of a route: text that stays that segment once the server
    decodes it (not empty, not `.` or `..`, no `/` or `\\`, no control character)."""
    text = str(value)
    decoded = unquote(text)
    if (
        not text
        or decoded in (".", "..")
        or "/" in decoded
        or "\\" in decoded
        or _CONTROL.search(decoded)
    ):
        raise ArgumentError(
            f"{name} must fit in one path segment: not empty, '.' or '..', and without '/', "
            f"'\\' or control characters, encoded or not (got {value!r})"
        )
    return text


def endpoint_path(value: object) -> str:
    """A caller's endpoint for the generic verbs: a path (with an optional query) that stays
    under the API's base URL."""
    if not isinstance(value, str) or not value.strip():
        raise ArgumentError(f"endpoint must be a non-empty string (got {value!r})")
    if _CONTROL.search(unquote(value)):
        raise ArgumentError(f"endpoint must not hold control characters (got {value!r})")
    path = value.split("?", 1)[0].split("#", 1)[0]
    if any(unquote(part) in (".", "..") for part in path.split("/")):
        raise ArgumentError(
            f"endpoint must not hold '.' or '..' segments, which would leave the API"
            f" (got {value!r})"
        )
    return value


def header_text(name: str, value: object) -> str:
    """Text sent in an HTTP header: printable ASCII, not blank."""
    if not isinstance(value, str) or not value.strip() or not _HEADER_TEXT.fullmatch(value):
        raise ArgumentError(
            f"{name} must be printable ASCII text without line breaks (got {value!r})"
        )
    return value.strip()


def url(name: str, value: object) -> str:
    """An http:// or https:// base URL, without spaces, control characters, query or
    fragment."""
    if not isinstance(value, str) or not _URL.fullmatch(value):
        raise ArgumentError(
            f"{name} must be an http:// or https:// URL without spaces, control characters,"
            f" query or fragment (got {value!r})"
        )
    return value


def seconds(name: str, value: object, *, maximum: float = MAX_SECONDS) -> float:
    """A finite number of seconds > 0 and at most `maximum` (True and False are not numbers)."""
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not 0 < value <= maximum
    ):
        raise ArgumentError(
            f"{name} must be a number of seconds > 0 and <= {maximum:g} (got {value!r})"
        )
    return float(value)


def json_body(value: object) -> bytes | None:
    """A body encoded as JSON (None for no body): only what JSON can hold, no NaN or infinity."""
    if value is None:
        return None
    try:
        text = json.dumps(value, allow_nan=False, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError) as exc:
        reason = str(exc) if not isinstance(exc, RecursionError) else "nested too deeply"
        raise ArgumentError(f"body must be JSON: {reason}") from None
    return text.encode()


def callback(name: str, value: object) -> Callable[..., Any] | None:
    """A function to call, or None."""
    if value is not None and not callable(value):
        raise ArgumentError(f"{name} must be a function or None (got {value!r})")
    return value


def text(name: str, value: object) -> str:
    """A non-empty string (a secret or an identifier: it is not shown in the error)."""
    if not isinstance(value, str) or not value:
        raise ArgumentError(f"{name} must be a non-empty string")
    return value


def agent(value: object) -> str:
    """The User-Agent a token sends: Nadeo asks that it names the project and a contact."""
    if not isinstance(value, str) or not value.strip():
        raise ArgumentError(
            "agent must be a non-empty User-Agent naming your project and how to contact you, "
            "e.g. 'My leaderboard bot / @me / me@example.com' (Nadeo asks for it)"
        )
    return header_text("agent", value)


def login(value: object) -> str:
    """A login for Basic authentication: `:` would end it early, so it may not hold one."""
    found = text("login", value)
    if ":" in found or not found.isprintable():
        raise ArgumentError("login must be printable text without ':' (Basic authentication)")
    return found


def redirect_uri(value: object) -> str:
    """An OAuth application's redirect URI: http(s), with a host."""
    parts = urlsplit(value) if isinstance(value, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise ArgumentError(f"redirect_uri must be an http(s) URI (got {value!r})")
    assert isinstance(value, str)
    return value


def sized_text(
    name: str, value: object, *, maximum: int, minimum: int = 0, styled: bool = False
) -> str:
    """A string of `minimum` to `maximum` characters; with `styled`, Trackmania's `$` styling
    codes do not count (the one visible-length rule: `nadeo_api.text.visible_length`)."""
    if not isinstance(value, str):
        raise ArgumentError(f"{name} must be a string (got {value!r})")
    if styled:
        from .text import visible_length  # only for styled texts: it compiles its patterns

        length = visible_length(value)
    else:
        length = len(value)
    if not minimum <= length <= maximum:
        what = "visible characters (styling codes do not count)" if styled else "characters"
        raise ArgumentError(
            f"{name} must have {minimum} to {maximum} {what} (got {length}: {value!r})"
        )
    return value
