"""Route tables: gathering each API's sections, checking them against the declarations, and
matching paths."""

from __future__ import annotations

import importlib
import pkgutil
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ..world import World
from .config import EmulatorConfig
from .http import Request, Response, error_response
from .tokens import TokenService

AuthKind = Literal["none", "nadeo", "oauth"]


@dataclass
class AppState:
    """Everything handlers may read or update."""

    config: EmulatorConfig
    world: World
    tokens: TokenService
    lock: threading.Lock = field(default_factory=threading.Lock)
    club_records_seen: set[tuple[str, str, str, int]] = field(default_factory=set)
    stores: dict[str, Any] = field(default_factory=dict)
    """Per-instance mutable state of handler modules (clubs, favorites...), by module name."""


Handler = Callable[[AppState, Request], Response]
RouteTable = Mapping[tuple[str, str], Handler]
"""Handlers keyed by (method, route template as in the documentation)."""


def refuses_servers_itself(handler: Handler) -> Handler:
    """Mark a handler that answers dedicated server accounts its own documented refusal, so
    that `users_only` leaves it as it is."""
    handler.refuses_servers = True  # type: ignore[attr-defined]
    return handler


def server_refusal(req: Request) -> Response:
    """The Live and Meet refusal of a dedicated server account (the one the map review page
    documents): 403 `NLS::Player::MissingRule`."""
    who = req.principal
    account = who.account_id if who is not None else "?"
    return error_response(
        403, "NLS::Player::MissingRule", f"{account} does not have the rule this route needs"
    )


def users_only(
    handler: Handler, refusal: Callable[[Request], Response] = server_refusal
) -> Handler:
    """`handler`, refusing dedicated server accounts (with `refusal`), as the routes
    documented as not accepting their requests do."""
    if getattr(handler, "refuses_servers", False):
        return handler

    def refusing(state: AppState, req: Request) -> Response:
        if req.principal is not None and req.principal.kind == "server":
            return refusal(req)
        return handler(state, req)

    return refuses_servers_itself(refusing)


_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class Route:
    """One served route."""

    method: str
    template: str
    handler: Handler
    auth: AuthKind
    pattern: re.Pattern[str]


def compile_template(template: str) -> re.Pattern[str]:
    """A regex matching a template's concrete paths, capturing its parameters."""
    out = []
    pos = 0
    for m in _PARAM.finditer(template):
        out.append(re.escape(template[pos : m.start()]))
        out.append(f"(?P<{m.group(1)}>[^/]+)")
        pos = m.end()
    out.append(re.escape(template[pos:]))
    return re.compile("^" + "".join(out) + "$")


def build_routes(table: RouteTable, auth: AuthKind | Mapping[str, AuthKind]) -> list[Route]:
    """Compile a table; ``auth`` is one kind for all or a kind per template."""
    routes = []
    for (method, template), handler in table.items():
        kind = auth if isinstance(auth, str) else auth.get(template, "nadeo")
        routes.append(Route(method, template, handler, kind, compile_template(template)))
    return routes


class Router:
    """Finds the route of a path; static templates win over parameterised ones."""

    def __init__(self, routes: Iterable[Route]) -> None:
        self._routes = sorted(routes, key=lambda r: (r.template.count("{"), r.template))

    def match(self, path: str) -> list[tuple[Route, dict[str, str]]]:
        """All routes whose template matches ``path`` (any method), best first."""
        found = []
        for route in self._routes:
            m = route.pattern.match(path)
            if m:
                found.append((route, m.groupdict()))
        return found


def gather(package: str, path: Iterable[str]) -> tuple[RouteTable, dict[str, AuthKind]]:
    """The handlers of an API package's sections, and the kinds of authentication of the
    routes that do not take the API's usual token.

    Each section is a public module of the package, holding ``ROUTES`` (its handlers by
    method and route template) and, when some of its routes take another kind of
    authentication, ``AUTH`` (the kind by route template).
    """
    handlers: dict[tuple[str, str], Handler] = {}
    auth: dict[str, AuthKind] = {}
    for info in sorted(pkgutil.iter_modules(list(path)), key=lambda found: found.name):
        if info.name.startswith("_"):
            continue
        section = importlib.import_module(f"{package}.{info.name}")
        routes: RouteTable = section.ROUTES
        twice = sorted(f"{method} {route}" for method, route in handlers.keys() & routes.keys())
        if twice:
            raise RuntimeError(f"{section.__name__} serves routes served already: {twice}")
        handlers.update(routes)
        auth.update(getattr(section, "AUTH", {}))
    return handlers, auth
