"""The generic verbs (`get`, `post`...): any endpoint of an API, by its path."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ParamSpec

from .. import _checks as check
from .._endpoint import Call, Endpoint, endpoint

if TYPE_CHECKING:
    from ..auth import OAuthToken, WebServicesToken

__all__ = ["oauth_without_body", "verb", "with_body", "without_body"]

P = ParamSpec("P")

_EXAMPLES = {
    "core": ("NadeoServices", "zones/"),
    "live": ("NadeoLiveServices", "api/token/campaign/month?length=1"),
    "meet": ("NadeoLiveServices", "api/cup-of-the-day/current"),
    "oauth": ("OAuth", "api/display-names?accountId[]=..."),
}


def without_body(
    token: WebServicesToken, endpoint: str, params: dict[str, Any] | None = None
) -> Call:
    return Call(path=check.endpoint_path(endpoint), query=check.params(params))


def oauth_without_body(
    token: OAuthToken, endpoint: str, params: dict[str, Any] | None = None
) -> Call:
    return Call(path=check.endpoint_path(endpoint), query=check.params(params))


def with_body(
    token: WebServicesToken,
    endpoint: str,
    params: dict[str, Any] | None = None,
    body: dict[str, Any] | list[Any] | None = None,
) -> Call:
    return Call(
        path=check.endpoint_path(endpoint), query=check.params(params), body=check.body(body)
    )


def verb(api: str, method: str, build: Callable[P, Call]) -> Endpoint[P]:
    """Declare the generic `method` for any endpoint of `api`."""
    audience, example = _EXAMPLES[api]
    body_doc = "\n        body: the JSON body, or None to send none." if build is with_body else ""
    kind = "an `OAuthToken`" if api == "oauth" else f"a token for the `{audience}` audience"
    title = "OAuth" if api == "oauth" else api.title()
    doc = f"""Send a {method} request to the {title} API and return the decoded body.

    Args:
        token: {kind}.
        endpoint: the endpoint, e.g. `{example}`; the base URL, the leading slash and a
            trailing `?query` are all optional.
        params: query parameters, merged with a trailing query (a key given in both is sent
            once, with the value from `params`).{body_doc}

    Returns:
        The decoded JSON body (`dict | list`); `{{}}` when the body is empty (e.g. for HEAD).
    """
    return endpoint(api, method, None, returns="dict | list", name=method.lower(), doc=doc)(build)
