"""Fault injection: the error answers the emulator sends on purpose (the gateway pages of 502 and
504, the services' 500 and 503) and the dropped connection."""

from __future__ import annotations

import logging

from .http import HTML_TYPE, Response, service_error

ERROR_CYCLE = (500, 502, 503, 504)
"""The statuses of injected errors, in turn."""


DROP_DECLARED_LENGTH = 4096
"""The body length a dropped response declares before the connection closes."""


class DroppedConnection(Exception):
    """Raised inside the app to abort a response on purpose (the drop fault).

    The response head, declaring a body, has already been sent; the server
    then closes the connection, so the client sees a transport error.
    """


class _DropFilter(logging.Filter):
    """Silences the server's traceback for connections dropped on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DroppedConnection)


def install_drop_log_filter(logger_name: str = "uvicorn.error") -> None:
    """Keep ``logger_name`` quiet about :class:`DroppedConnection` (idempotent)."""
    logger = logging.getLogger(logger_name)
    if not any(isinstance(f, _DropFilter) for f in logger.filters):
        logger.addFilter(_DropFilter())


def _gateway_page(status: int, reason: str) -> bytes:
    return (
        f"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
        f"<center><h1>{status} {reason}</h1></center>\r\n</body>\r\n</html>\r\n"
    ).encode()


def fault_response(api: str, status: int) -> Response:
    """The answer of an injected error `status` (500, 502, 503 or 504) on `api`."""
    if status == 502:
        return Response(502, _gateway_page(502, "Bad Gateway"), HTML_TYPE)
    if status == 504:
        return Response(504, _gateway_page(504, "Gateway Time-out"), HTML_TYPE)
    if status == 503:
        return service_error(
            api, 503, "Service Unavailable", "the service is temporarily unavailable"
        )
    return service_error(api, 500, "Internal Server Error", "an unexpected error occurred")
