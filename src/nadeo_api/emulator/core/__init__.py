"""The emulated Core API: one module per section of its documentation (the folders under
`core/`), and `auth` for the token routes Core serves, each with its handlers and their routes
(``ROUTES``)."""

from ..serving.routing import gather

ROUTES, AUTH = gather(__name__, __path__)
"""Every Core handler, by (method, route template as documented, without its query); the
kinds of authentication of the routes that take no `NadeoServices` token."""
