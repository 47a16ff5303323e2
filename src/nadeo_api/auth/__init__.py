"""Tokens for Nadeo's web services and the public OAuth API.

Since April 2026 a program logs in either as a **service account** (a real user: `ServiceToken`)
or as a **dedicated server account** (`DedicatedServerToken`), both with HTTP Basic auth on Core's
`POST /v2/authentication/token/basic`, asking for one audience per token:

- `NadeoServices` (aliases `core`, `prod`) for the Core API;
- `NadeoLiveServices` (aliases `live`, `meet`, `club`) for the Live and Meet APIs.

    token = ServiceToken.get("live", login, password, "My bot / @me / me@example.com")
    live.get_maps_totd(token)

Tokens renew themselves: before a request once past their `rat` ("refresh allowed at") or
`exp` claim, and once after a 401. A refresh that fails falls back to logging in again with the
credentials the token was obtained with (kept in memory only, never shown).

`OAuthToken` is for the public OAuth API (`api.trackmania.com`), in either of its flows:

- client credentials (`OAuthToken.get`): no user; requested again when it expires;
- authorization code, for a user: send the user to `authorization_url(...)`, then exchange the
  `code` your redirect URI receives with `OAuthToken.from_code(...)`. That token is the user's
  and renews with its refresh token (which changes at each renewal). It is kept in the token
  store by client ID and the user's account ID: `OAuthToken.load(...)` takes it up after a
  restart, `OAuthToken.forget(...)` drops it.

No token, refresh token, password, client secret or authorization code ever appears in a
`repr()`, `str()`, log line or error.
"""

from __future__ import annotations

from ._audiences import AUDIENCES, resolve_audience
from ._jwt import JSONWebToken
from ._login import LOGIN_ROUTE, REFRESH_ROUTE
from ._oauth import OAUTH_SCOPES, OAuthToken, authorization_url
from ._token import FROM_SETTINGS, Token
from ._webservices import DedicatedServerToken, ServiceToken, WebServicesToken

__all__ = [
    "AUDIENCES",
    "FROM_SETTINGS",
    "LOGIN_ROUTE",
    "OAUTH_SCOPES",
    "REFRESH_ROUTE",
    "DedicatedServerToken",
    "JSONWebToken",
    "OAuthToken",
    "ServiceToken",
    "Token",
    "WebServicesToken",
    "authorization_url",
    "resolve_audience",
]
