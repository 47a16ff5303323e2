"""An offline imitation of Nadeo's Core, Live, Meet and OAuth services.

Start one with ``with Emulator() as emu: ...`` and point a client at
``emu.core_url``, ``emu.live_url``, ``emu.meet_url`` and ``emu.oauth_url``.
Requires the ``nadeo-client[emulator]`` extras (uvicorn, pyjwt).

Its layout follows the documentation: the handlers of a documented page are in
``emulator/<api>/<section>.py`` (``live/leaderboards.py`` for the pages under
``live/leaderboards/``), on the deterministic world and its state (``world``), served by
``serving`` (the application, routing, tokens, the request log, rate limiting, faults).
"""

from .live import ROUTES as LIVE_ROUTES
from .serving.app import EmulatorApp, create_app
from .serving.config import EmulatorConfig
from .serving.faults import DroppedConnection
from .serving.log import LoggedRequest, RequestLog
from .serving.server import Emulator
from .world import Club, ClubCampaign, MapInfo, World, Zone
from .world.accounts import OAUTH_CLIENT, SERVER_ACCOUNT, SERVICE_ACCOUNT, Account, OAuthClient
from .world.leaderboards import Leaderboard, Record
from .world.schedule import Campaign, TotdDay

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
