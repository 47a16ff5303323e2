"""Deterministic derivation of identifiers and numbers from a seed."""

from __future__ import annotations

import hashlib
import string

UID_ALPHABET = string.ascii_letters + string.digits + "_"
_ALNUM = string.ascii_letters + string.digits
_UID_BYTES = bytes(ord(UID_ALPHABET[b % len(UID_ALPHABET)]) for b in range(256))
"""Each byte's character of a map UID, for `bytes.translate`."""


def digest(seed: int, *parts: object, size: int = 32) -> bytes:
    """A stable hash of ``seed`` and ``parts`` (their ``str`` forms)."""
    data = "\x1f".join([str(seed), *map(str, parts)]).encode()
    return hashlib.blake2b(data, digest_size=size).digest()


def uint(seed: int, *parts: object) -> int:
    """A stable 64-bit unsigned integer."""
    return int.from_bytes(digest(seed, *parts, size=8), "big")


def unit(seed: int, *parts: object) -> float:
    """A stable float in [0, 1)."""
    return uint(seed, *parts) / 2.0**64


def uuid_str(seed: int, *parts: object) -> str:
    """A stable version-4-shaped UUID string."""
    raw = bytearray(digest(seed, *parts, size=16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def map_uid(seed: int, *parts: object) -> str:
    """A stable 27-character map UID over ``[A-Za-z0-9_]``."""
    raw = digest(seed, "map-uid", *parts, size=32)
    return raw[:27].translate(_UID_BYTES).decode("ascii")


def alnum(seed: int, length: int, *parts: object) -> str:
    """A stable alphanumeric string of ``length`` characters."""
    out: list[str] = []
    counter = 0
    while len(out) < length:
        raw = digest(seed, "alnum", counter, *parts, size=64)
        out.extend(_ALNUM[b % len(_ALNUM)] for b in raw)
        counter += 1
    return "".join(out[:length])
