"""Handlers of the emulated Core API's accounts section: club tags, trophies, web identities and
zones of accounts."""

from __future__ import annotations

from ..serving.http import Request, Response, json_response
from ..serving.routing import AppState, RouteTable
from ..serving.tokens import ubi_uid
from ..world import core_data as data
from ..world import trophies
from ..world.clubs import club_state
from ..world.trophy_summary import trophy_counts
from ._requests import accounts_param, guarded, known_accounts, path_uuid, query_int, user_of

MAX_TROPHY_ENTRIES = 1000


def club_tags(state: AppState, req: Request) -> Response:
    """``GET /accounts/clubTags/``: the tag of the club each account shows (set with the Live
    club tag endpoint); accounts showing none are left out."""
    user_of(req)
    clubs = club_state(state)
    out = []
    for account_id in known_accounts(state, accounts_param(req)):
        club = clubs.club(clubs.settings(account_id).tag_club)
        if club is not None:
            chosen = data.after_creation(state.world, account_id, f"tag-{club.id}")
            out.append(
                {"accountId": account_id, "clubTag": club.tag, "timestamp": data.iso(chosen)}
            )
    return json_response(out)


def trophy_history(state: AppState, req: Request) -> Response:
    """``GET /accounts/{accountId}/trophies``: unknown accounts have no gains."""
    user_of(req)
    account_id = path_uuid(req, "accountId", "quoted")
    count = query_int(req, "count", 100, 1, MAX_TROPHY_ENTRIES)
    offset = query_int(req, "offset", 0, 0, None)
    tier = query_int(req, "trophyType", 0, 1, data.TIERS) if req.param("trophyType") else None
    world = state.world
    if tier is None:
        total = trophies.gain_count(world, account_id)
        shown = range(offset, min(total, offset + count))
        page = [trophies.gain(world, account_id, i) for i in shown]
    else:
        matching = trophies.gains(world, account_id, tier)
        total, page = len(matching), matching[offset : offset + count]
    return json_response({"count": len(page), "data": page, "offset": offset, "totalCount": total})


def trophy_summary(state: AppState, req: Request) -> Response:
    """``GET /accounts/{accountId}/trophies/lastYearSummary``: zeros for unknown accounts."""
    user_of(req)
    account_id = path_uuid(req, "accountId", "quoted")
    points, counts = trophy_counts(state.world, account_id)
    return json_response(
        {
            "accountId": account_id,
            "points": points,
            **data.counts_json(counts),
            "timestamp": data.iso(state.world.now),
        }
    )


def web_identities(state: AppState, req: Request) -> Response:
    """``GET /webidentities/by-account/``: a `ubiServices` and a `uplay` identity per account,
    with the Ubisoft ID the account's tokens carry."""
    out = []
    for account_id in known_accounts(state, accounts_param(req)):
        created = data.iso(data.account_created(state.world, account_id))
        for provider in ("ubiServices", "uplay"):
            out.append(
                {
                    "accountId": account_id,
                    "provider": provider,
                    "uid": ubi_uid(account_id),
                    "timestamp": created,
                }
            )
    return json_response(out)


def account_zones(state: AppState, req: Request) -> Response:
    """``GET /accounts/zones/``: each account's region, as in the Live rankings."""
    user_of(req)
    world = state.world
    return json_response(
        [
            {
                "accountId": account_id,
                "timestamp": data.iso(data.after_creation(world, account_id, "zone")),
                "zoneId": world.account_zone(account_id).zone_id,
            }
            for account_id in known_accounts(state, accounts_param(req))
        ]
    )


ROUTES: RouteTable = {
    key: guarded(handler)
    for key, handler in {
        ("GET", "/accounts/clubTags/"): club_tags,
        ("GET", "/accounts/{accountId}/trophies"): trophy_history,
        ("GET", "/accounts/{accountId}/trophies/lastYearSummary"): trophy_summary,
        ("GET", "/webidentities/by-account/"): web_identities,
        ("GET", "/accounts/zones/"): account_zones,
    }.items()
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
