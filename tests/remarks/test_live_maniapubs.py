"""The remarks of the Live maniapub pages (`live/maniapubs/`), shown by the emulator."""

from __future__ import annotations

from nadeo_api import Client, auth
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator

from ..declared import api_declarations
from .registry import remark

_live = api_declarations("live")

ACTIVE = "live/maniapubs/active.md"
SCREENS = ("2x3", "16x9", "64x41", "64x10")


@remark(ACTIVE, 1)
def test_active_cannot_be_asked_by_zone(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    path = "api/token/advertising/display/active"
    every = client.call(_live.get, user, path)
    chain = emu.world.zone_chain(emu.world.account_zone(SERVICE_ACCOUNT.account_id).zone_id)
    for zone in chain:
        assert client.call(_live.get, user, path, params={"zoneId": zone.zone_id}) == every
    assert every["itemCount"] == len(every["displayList"]) > 0


@remark(ACTIVE, 2)
def test_active_links_dds_media_with_scaled_jpgs(client: Client, user: auth.ServiceToken) -> None:
    ads = client.live.get_active_maniapubs(user)["displayList"]
    assert ads
    for ad in ads:
        for screen in SCREENS:
            key = f"screen{screen}Url"
            assert ad[key].endswith(".dds") and "/dds/" in ad[key] and ad[f"{key}Dds"] == ad[key]
            for size in ("Large", "Medium", "Small"):
                assert ad[f"{key}Jpg{size}"].endswith(".jpg")
