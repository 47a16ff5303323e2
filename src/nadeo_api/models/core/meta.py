"""Models of the answers of the Core API's endpoints documented under `core/meta/`."""

from __future__ import annotations

from .._base import Model
from ._shared import Stamped

__all__ = [
    "ApiRoute",
    "ApiRoutes",
    "ZoneInfo",
    "ZoneInfoList",
]


class ApiRoute(Model):
    """One route of the Core API."""

    method: str
    path: str


ApiRoutes = dict[str, ApiRoute]


class ZoneInfo(Stamped):
    """A zone; World has no parent."""

    icon: str
    name: str
    zone_id: str
    parent_id: str | None = None


ZoneInfoList = list[ZoneInfo]
