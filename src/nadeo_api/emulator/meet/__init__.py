"""The emulated Meet API: one module per section of its documentation (the folders under
`meet/`), each with the handlers of that section's pages and their routes (``ROUTES``)."""

from ..serving.routing import gather

ROUTES, AUTH = gather(__name__, __path__)
"""Every Meet handler, by (method, route template as documented, without its query); the
kinds of authentication of the routes that take no `NadeoLiveServices` token (none)."""
