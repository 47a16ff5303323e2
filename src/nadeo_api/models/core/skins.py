"""Models of the answers of the Core API's endpoints documented under `core/skins/`."""

from __future__ import annotations

from ._shared import Stamped

__all__ = [
    "EquippedSkin",
    "EquippedSkinList",
    "FavoriteSkin",
    "FavoriteSkinList",
    "Skin",
]


class EquippedSkin(Stamped):
    """The skin a player drives with."""

    account_id: str
    skin_id: str
    skin_type: str


EquippedSkinList = list[EquippedSkin]


class FavoriteSkin(Stamped):
    """A skin in the account's garage; `timestamp` is when it was added."""

    account_id: str
    skin_id: str


FavoriteSkinList = list[FavoriteSkin]


class Skin(Stamped):
    """A skin's files and names."""

    creator_id: str
    checksum: str
    filename: str
    file_optimized_url: str
    file_url: str
    skin_display_name: str
    skin_id: str
    skin_name: str
    skin_type: str
    thumbnail_url: str
