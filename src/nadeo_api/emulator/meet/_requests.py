"""Reading Meet requests, as its sections do: the sender, a page's length and offset, the
competition or challenge a route names."""

from __future__ import annotations

from collections.abc import Callable

from ..serving.http import Request, Response, error_response
from ..serving.routing import AppState, Handler
from ..world.competitions import Comp, Competitions, competitions, parse_ref


def page_args(req: Request, default: int, maximum: int) -> tuple[int, int]:
    # Lengths past the maximum are cut to it (the service does not refuse them).
    length = min(max(0, req.int_param("length", default)), maximum)
    return length, max(0, req.int_param("offset", 0))


def not_found(what: str) -> Response:
    return error_response(404, "Not Found", f"{what} not found")


def with_comp(
    handle: Callable[[Competitions, Comp, Request], Response],
) -> Handler:
    """A handler of a `{competitionId}` route (a numeric id or a `LID-COMP-` live id)."""

    def handler(state: AppState, req: Request) -> Response:
        comps = competitions(state)
        comp = comps.find(req.path_params["competitionId"])
        return not_found("competition") if comp is None else handle(comps, comp, req)

    handler.__doc__ = handle.__doc__
    return handler


def with_challenge(
    handle: Callable[[Competitions, Comp, Request], Response],
) -> Handler:
    def handler(state: AppState, req: Request) -> Response:
        comps = competitions(state)
        number = parse_ref(req.path_params["challengeId"], "CHAL")
        comp = comps.find_challenge(number) if number is not None else None
        return not_found("challenge") if comp is None else handle(comps, comp, req)

    handler.__doc__ = handle.__doc__
    return handler
