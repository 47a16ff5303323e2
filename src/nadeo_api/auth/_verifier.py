"""A slow, salted hash of a login and password kept beside stored tokens: it tells whether a
later login uses the same password without keeping the password anywhere."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping

__all__ = ["stored_verifier", "verifier", "verifies"]

_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


def verifier(login: str, password: str, salt: bytes | None = None) -> str:
    """A salted, slow hash (scrypt) of a login and password, stored beside their tokens: it
    tells whether a later `get()` uses the same password, and gives the password away to no
    one who reads the store."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(f"{login}\n{password}".encode(), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def verifies(stored: object, login: str, password: str) -> bool:
    """Whether `stored` (a `verifier`) was made from this login and password."""
    if not isinstance(stored, str) or stored.count("$") != 2:
        return False
    kind, salt, _ = stored.split("$")
    try:
        computed = verifier(login, password, bytes.fromhex(salt))
    except ValueError:
        return False
    return kind == "scrypt" and hmac.compare_digest(computed, stored)


def stored_verifier(entry: Mapping[str, str] | None, login: str, password: str) -> str | None:
    """The verifier stored in `entry`, if it was made from this login and password."""
    stored = (entry or {}).get("verifier")
    return stored if stored is not None and verifies(stored, login, password) else None
