"""The two audiences of Nadeo's web services, their aliases, and the API each one serves."""

from __future__ import annotations

from collections.abc import Mapping

from .._errors import ArgumentError

__all__ = ["API_AUDIENCE", "AUDIENCES", "NADEO_LIVE_SERVICES", "NADEO_SERVICES", "resolve_audience"]

NADEO_SERVICES = "NadeoServices"
NADEO_LIVE_SERVICES = "NadeoLiveServices"

AUDIENCES: Mapping[str, str] = {
    "nadeoservices": NADEO_SERVICES,
    "core": NADEO_SERVICES,
    "prod": NADEO_SERVICES,
    "nadeoliveservices": NADEO_LIVE_SERVICES,
    "live": NADEO_LIVE_SERVICES,
    "meet": NADEO_LIVE_SERVICES,
    "club": NADEO_LIVE_SERVICES,
}
"""Audience names and aliases (case-insensitive) to the audience Nadeo expects."""

API_AUDIENCE: Mapping[str, str] = {
    "core": NADEO_SERVICES,
    "live": NADEO_LIVE_SERVICES,
    "meet": NADEO_LIVE_SERVICES,
}


def resolve_audience(audience: str) -> str:
    """`NadeoServices` or `NadeoLiveServices` for an audience name or alias."""
    if not isinstance(audience, str) or audience.strip().lower() not in AUDIENCES:
        allowed = "NadeoServices (core, prod) or NadeoLiveServices (live, meet, club)"
        raise ArgumentError(f"audience must be {allowed} (got {audience!r})")
    return AUDIENCES[audience.strip().lower()]
