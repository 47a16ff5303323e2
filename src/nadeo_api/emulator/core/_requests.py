"""What the emulated Core API's sections share: its error bodies, how its handlers read
requests (accounts, IDs, bounded integers, map UIDs) and refuse them.

Lists of accounts come back sorted by account ID, as the documented examples show; map lists
sorted by the key asked for (map ID or UID). Every Core route answers 414 to a request URI of
8,220 characters or more, as the service's front server does.
"""

from __future__ import annotations

import functools
from typing import Any

from ... import _checks as check
from ..serving.http import HTML_TYPE, Request, Response, core_error, principal_of
from ..serving.routing import AppState, Handler
from ..serving.tokens import Principal
from ..world import GAME_MODES, MapInfo
from ..world import core_data as data
from ..world.core_data import CORE_URL

_UID_TOO_LONG = (
    f"mapUid: This value is too long. It should have {check.MAP_UID_LENGTH} characters or less."
)
NO_RECORD_MODES = ("Stunt", "Platform")
"""Game modes of the map types that need theirs."""
CLONE_MODE = "TimeAttackClone"
MAX_URI = 8220
"""Core answers 414 to a request URI (scheme and host included) this long or longer."""
VALIDATION = "C-AA-00-03"
NOT_FOUND = "C-AL-02-03"


class Refusal(Exception):
    """Raised by a handler's helpers to answer `response` instead."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


def guarded(handler: Handler) -> Handler:
    """`handler` behind the 414 check, answering the `Refusal`s its helpers raise."""

    @functools.wraps(handler)
    def guarding(state: AppState, req: Request) -> Response:
        too_long = uri_too_long(req)
        if too_long is not None:
            return too_long
        try:
            return handler(state, req)
        except Refusal as refusal:
            return refusal.response

    return guarding


def user_of(req: Request) -> Principal:
    """The principal of an endpoint only user accounts may use (dedicated servers: 401)."""
    principal = principal_of(req)
    if principal.kind != "service":
        raise Refusal(unauthorized())
    return principal


def accounts_param(req: Request, listed_info: bool = False) -> list[str]:
    """The known accounts of `accountIdList`, sorted and once each; an invalid ID is a 400
    (its `info` a list or an object, as each endpoint's documentation shows)."""
    ids = id_list(req, "accountIdList")
    if not ids or not all(check.is_uuid(i) for i in ids):
        message = "Invalid account id."
        info: Any = [f"accountIdList: {message}"] if listed_info else {"accountIdList": message}
        raise Refusal(invalid(info))
    return sorted({i.lower() for i in ids})


def path_uuid(req: Request, name: str, style: str = "object") -> str:
    """A UUID path parameter; anything else is a 400 in the endpoint's documented form."""
    value = req.path_params[name]
    if check.is_uuid(value):
        return value.lower()
    if style == "quoted":
        raise Refusal(invalid([f'{name}: "{value}" is not a valid UUID.']))
    if style == "list":
        raise Refusal(invalid([f"{name}: Invalid uuid."]))
    what = "Invalid account id." if name == "accountId" else "Invalid uuid."
    raise Refusal(invalid({name: what}))


def query_int(req: Request, name: str, default: int | None, low: int, high: int | None) -> int:
    """An integer query parameter within [low, high]; else a 400 (the documentation gives the
    limits, not the refusal)."""
    raw = req.param(name)
    if raw is None or raw == "":
        if default is None:
            raise Refusal(invalid([f"{name}: This value should not be blank."]))
        return default
    try:
        value = int(raw)
    except ValueError:
        value = low - 1
    if value < low or (high is not None and value > high):
        allowed = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise Refusal(invalid([f"{name}: This value should be {allowed}."]))
    return value


def known_accounts(state: AppState, ids: list[str]) -> list[str]:
    return [i for i in ids if data.is_known_account(state.world, i)]


def map_uid_of(value: object) -> str:
    """A map UID of the path or body; else a 400."""
    if not isinstance(value, str) or not value:
        raise Refusal(invalid(["mapUid: This value should not be blank."]))
    if len(value) > check.MAP_UID_LENGTH:
        raise Refusal(invalid([_UID_TOO_LONG]))
    if not check.is_map_uid(value):
        raise Refusal(invalid(["mapUid: This value is not valid."]))
    return value


def mode_fits(info: MapInfo, game_mode: str | None, in_season: bool) -> bool:
    """Whether records of `info` answer a request with `game_mode`: a Stunt or Platform map's
    need their mode; a Race map with clones needs `TimeAttackClone` unless a season is asked
    for, and only such a map answers that mode."""
    needed = GAME_MODES.get(info.map_type)
    if needed is not None:
        return game_mode == needed
    if game_mode in NO_RECORD_MODES:
        return False
    if game_mode == CLONE_MODE:
        return info.has_clones
    return in_season or not info.has_clones


def invalid(info: Any) -> Response:
    """Core's 400 validation error."""
    return core_error(400, VALIDATION, "There was a validation error.", info)


def not_found() -> Response:
    """Core's 404 (the documentation shows it for records of a map it cannot find)."""
    return core_error(404, NOT_FOUND, "Not Found")


def forbidden(code: str) -> Response:
    """Core's 403 for another account's data."""
    return core_error(403, code, "Forbidden.")


def unauthorized() -> Response:
    """The 401 dedicated servers get from endpoints only user accounts may use (the
    documentation gives the status only)."""
    return core_error(401, "C-AA-00-01", "Unauthorized.")


def uri_too_long(req: Request) -> Response | None:
    """The 414 of the service's front server when the request URI is too long."""
    if len(f"{CORE_URL}{req.path}?{req.query}") < MAX_URI:
        return None
    page = (
        "<html>\r\n<head><title>414 Request-URI Too Large</title></head>\r\n<body>\r\n"
        "<center><h1>414 Request-URI Too Large</h1></center>\r\n</body>\r\n</html>\r\n"
    )
    return Response(414, page.encode(), HTML_TYPE)


def id_list(req: Request, name: str) -> list[str]:
    """A comma-separated list parameter, also read in its `name[]=` array form."""
    values = req.params.get(name, []) + req.params.get(f"{name}[]", [])
    return [item for value in values for item in value.split(",") if item]
