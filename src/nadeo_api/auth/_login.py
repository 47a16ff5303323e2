"""The web services' login wire protocol on Core: Basic authentication for a pair of tokens,
and its refresh; and how any token route's answer becomes an `AuthenticationError`."""

from __future__ import annotations

import base64
from typing import Any

import httpx

from .._errors import ArgumentError, AuthenticationError, HTTPStatusError
from .._pipeline import Flow, Policy, decode, exchange
from ._jwt import JSONWebToken

__all__ = ["LOGIN_ROUTE", "REFRESH_ROUTE", "auth_exchange", "login_pair", "refresh_pair"]

LOGIN_ROUTE = "/v2/authentication/token/basic"
REFRESH_ROUTE = "/v2/authentication/token/refresh"


def login_pair(
    policy: Policy, audience: str, login: str, password: str, agent: str
) -> Flow[tuple[JSONWebToken, JSONWebToken]]:
    basic = base64.b64encode(f"{login}:{password}".encode()).decode("ascii")
    request = auth_request(
        policy, LOGIN_ROUTE, f"Basic {basic}", agent, json_body={"audience": audience}
    )
    body = yield from auth_exchange(policy, request, "logging in", f"login:{login}")
    return pair_from(body, "logging in")


def refresh_pair(
    policy: Policy, refresh: JSONWebToken, agent: str
) -> Flow[tuple[JSONWebToken, JSONWebToken]]:
    request = auth_request(policy, REFRESH_ROUTE, f"nadeo_v1 t={refresh.encoded}", agent)
    subject = refresh.payload.get("sub")
    account = subject if isinstance(subject, str) else None
    body = yield from auth_exchange(policy, request, "refreshing the token", account)
    return pair_from(body, "refreshing the token")


def auth_request(
    policy: Policy,
    route: str,
    authorization: str,
    agent: str,
    json_body: dict[str, Any] | None = None,
) -> httpx.Request:
    return httpx.Request(
        "POST",
        policy.settings.core_url + route,
        headers={"Authorization": authorization, "User-Agent": agent},
        json=json_body,
        extensions=policy.extensions,
    )


def auth_exchange(
    policy: Policy, request: httpx.Request, doing: str, account: str | None = None
) -> Flow[Any]:
    response = yield from exchange(policy, request, account)
    try:
        return decode(response, policy.settings)
    except HTTPStatusError as exc:
        raise AuthenticationError(f"{doing} failed: {exc}") from exc


def pair_from(body: Any, doing: str) -> tuple[JSONWebToken, JSONWebToken]:
    try:
        return JSONWebToken(body["accessToken"]), JSONWebToken(body["refreshToken"])
    except (KeyError, TypeError, ArgumentError):
        raise AuthenticationError(
            f"{doing} failed: the answer holds no accessToken/refreshToken pair"
        ) from None
