"""JSON web tokens, as Nadeo's web services issue them: their claims, readable; their encoded
form, a secret."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from .._errors import ArgumentError
from ..clock import SYSTEM

__all__ = ["JSONWebToken"]


class JSONWebToken:
    """A JSON web token, its payload decoded (the signature is Nadeo's to check, not ours).

    The encoded token is a secret: it is only reachable as `encoded`, never in `repr`/`str`.
    """

    __slots__ = ("_encoded", "header", "payload")

    def __init__(self, encoded: str) -> None:
        if not isinstance(encoded, str):
            raise ArgumentError("a JSON web token must be a string")
        parts = encoded.split(".")
        if len(parts) != 3:
            raise ArgumentError("not a JSON web token: expected three dot-separated parts")
        try:
            self.header: dict[str, Any] = _decode_part(parts[0])
            self.payload: dict[str, Any] = _decode_part(parts[1])
        except (ValueError, binascii.Error):
            raise ArgumentError("not a JSON web token: its parts are not base64url JSON") from None
        self._encoded = encoded

    @property
    def encoded(self) -> str:
        """The token as sent to the service. Keep it secret."""
        return self._encoded

    def _claim_int(self, name: str) -> int | None:
        value = self.payload.get(name)
        return int(value) if isinstance(value, (int, float)) else None

    @property
    def exp(self) -> int | None:
        """Expiry, in Unix seconds."""
        return self._claim_int("exp")

    @property
    def rat(self) -> int | None:
        """When the token may (and should) be refreshed, in Unix seconds."""
        return self._claim_int("rat")

    @property
    def iat(self) -> int | None:
        """Issue time, in Unix seconds."""
        return self._claim_int("iat")

    @property
    def audience(self) -> str | None:
        value = self.payload.get("aud")
        return value if isinstance(value, str) else None

    @property
    def expired(self) -> bool:
        """Whether it is past its expiry now (the system clock)."""
        return self.expired_at(SYSTEM.time())

    def expired_at(self, now: float) -> bool:
        """Whether it is past its expiry at `now` (Unix seconds)."""
        exp = self.exp
        return exp is not None and now >= exp

    def __repr__(self) -> str:
        claims = ", ".join(
            f"{key}={self.payload[key]!r}"
            for key in ("aud", "usg", "aun", "exp")
            if key in self.payload
        )
        return f"JSONWebToken({claims})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, JSONWebToken) and other._encoded == self._encoded

    def __hash__(self) -> int:
        return hash(self._encoded)


def _decode_part(part: str) -> dict[str, Any]:
    padded = part + "=" * (-len(part) % 4)
    data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data
