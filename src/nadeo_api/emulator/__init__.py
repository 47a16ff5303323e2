"""An offline imitation of Nadeo's Core, Live and OAuth services.

Start one with ``with Emulator() as emu: ...`` and point a client at
``emu.core_url``, ``emu.live_url``, ``emu.meet_url`` and ``emu.oauth_url``.
Requires the ``nadeo-client[emulator]`` extras (uvicorn, pyjwt).
"""

from ._accounts import OAUTH_CLIENT, SERVER_ACCOUNT, SERVICE_ACCOUNT, Account, OAuthClient
from ._app import DroppedConnection, EmulatorApp, create_app
from ._config import EmulatorConfig
from ._leaderboards import Leaderboard, Record
from ._live import LIVE_ROUTES
from ._log import LoggedRequest, RequestLog
from ._server import Emulator
from ._world import Campaign, Club, ClubCampaign, MapInfo, TotdDay, World, Zone

__all__ = [
    "LIVE_ROUTES",
    "OAUTH_CLIENT",
    "SERVER_ACCOUNT",
    "SERVICE_ACCOUNT",
    "Account",
    "Campaign",
    "Club",
    "ClubCampaign",
    "DroppedConnection",
    "Emulator",
    "EmulatorApp",
    "EmulatorConfig",
    "Leaderboard",
    "LoggedRequest",
    "MapInfo",
    "OAuthClient",
    "Record",
    "RequestLog",
    "TotdDay",
    "World",
    "Zone",
    "create_app",
]
