"""The emulated public OAuth API: one module per section of its reference (the folders under
`oauth/reference/`), and `auth` for its authorization flow, each with its handlers and their
routes (``ROUTES``)."""

from ..serving.routing import AuthKind, gather

ROUTES, _EXCEPTIONS = gather(__name__, __path__)
"""Every OAuth handler, by (method, route as documented, without its query)."""
AUTH: dict[str, AuthKind] = {**{route: "oauth" for _, route in ROUTES}, **_EXCEPTIONS}
"""The kind of authentication of each route: a bearer token, unless the section says
otherwise (the authorization flow's routes take none)."""
