"""Models of the answers of the Live API's endpoints documented under `live/maps/`."""

from __future__ import annotations

from .._base import Model
from ._shared import MapInfo

__all__ = [
    "Map",
    "MapList",
]


class Map(MapInfo):
    """A map's metadata; `map_type` reads e.g. `TrackMania\\TM_Race`."""

    public: bool
    favorite: bool
    playable: bool
    map_style: str
    map_type: str
    collection_name: str
    file_size: int | None = None


class MapList(Model):
    """`get_maps_info`, `get_favorite_maps`, `get_uploaded_maps`: `item_count` counts every
    matching map, not only those of this page."""

    map_list: list[Map]
    item_count: int
