"""Accounts and OAuth clients known to the emulator."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

AccountKind = Literal["service", "server"]


@dataclass(frozen=True)
class Account:
    """An account that can log in to the emulated Core authentication routes.

    ``kind`` is ``"service"`` for a real user's service account (tokens carry
    ``usg="Client"``) and ``"server"`` for a dedicated server account
    (``usg="Server"``). ``club_access`` says whether the account owns Club Access: without
    it, it is in no club and cannot join or create one.
    """

    login: str
    password: str
    kind: AccountKind
    account_id: str
    display_name: str
    club_access: bool = True


@dataclass(frozen=True)
class OAuthClient:
    """An OAuth application: its credentials and the http(s) URIs users may be sent back to
    after authorizing it (authorization-code flow)."""

    client_id: str
    client_secret: str
    redirect_uris: tuple[str, ...] = ("http://localhost/callback",)


SERVICE_ACCOUNT = Account(
    login="emulated-service",
    password="service-password",
    kind="service",
    account_id="792f94b4-a0f1-4538-b493-929be24aa580",
    display_name="EmulatedPlayer",
)
"""The default service (user) account."""

SERVER_ACCOUNT = Account(
    login="emulated-server",
    password="server-password",
    kind="server",
    account_id="3353493f-8ba9-4130-9d6d-9da8d061e08b",
    display_name="emulated-server",
)
"""The default dedicated server account."""

OAUTH_CLIENT = OAuthClient("emulated-client", "emulated-secret")
"""The default OAuth client."""
