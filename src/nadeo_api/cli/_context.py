"""What the commands share: settings and credentials from the environment, one client, tokens
asked for on first use, display names, and the consoles."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from rich.console import Console

from .. import auth
from .._checks import is_uuid
from .._client import Client
from .._settings import Settings
from ..names import Names

if TYPE_CHECKING:
    from ..auth import OAuthToken, WebServicesToken

LOGIN, PASSWORD, AGENT = "NADEO_LOGIN", "NADEO_PASSWORD", "NADEO_USER_AGENT"
OAUTH_ID, OAUTH_SECRET = "NADEO_OAUTH_CLIENT_ID", "NADEO_OAUTH_CLIENT_SECRET"


class CliError(Exception):
    """A failure the command explains in one line, with its exit code."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class PipeConsole(Console):
    """A rich console that lets a closed pipe surface as `BrokenPipeError` (rich's own
    handling exits with 1), so that a table ends like every other format: exit code 141."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


class Context:
    """The environment of one run of the command."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        self.env = dict(os.environ if environ is None else environ)
        self.out = PipeConsole(soft_wrap=True)
        self.err = PipeConsole(stderr=True)
        self._settings: Settings | None = None
        self._client: Client | None = None
        self._tokens: dict[str, WebServicesToken] = {}
        self._oauth: OAuthToken | None = None
        self._names: Names | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = Settings.from_env(self.env)
        return self._settings

    @property
    def client(self) -> Client:
        if self._client is None:
            self._client = Client(self.settings)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def _need(self, *names: str, why: str) -> list[str]:
        missing = [name for name in names if not self.env.get(name, "").strip()]
        if missing:
            raise CliError(
                f"set {' and '.join(missing)} in the environment {why} "
                "(credentials are never taken as arguments)"
            )
        return [self.env[name].strip() for name in names]

    @property
    def agent(self) -> str:
        return self._need(AGENT, why="(your project and a contact, as Nadeo asks)")[0]

    def token(self, audience: str = "live") -> WebServicesToken:
        """A token of the account in NADEO_LOGIN: a dedicated server account, or a Ubisoft
        account when the login is an e-mail address."""
        key = auth.resolve_audience(audience)
        if key not in self._tokens:
            login, password = self._need(LOGIN, PASSWORD, why="to reach Nadeo's services")
            kind: type[auth.ServiceToken] | type[auth.DedicatedServerToken] = (
                auth.ServiceToken if "@" in login else auth.DedicatedServerToken
            )
            self._tokens[key] = kind.get(audience, login, password, self.agent,
                                         client=self.client)
        return self._tokens[key]

    @property
    def has_names(self) -> bool:
        """Whether the OAuth client needed for display names is configured."""
        return all(self.env.get(name, "").strip() for name in (OAUTH_ID, OAUTH_SECRET))

    def oauth_token(self) -> OAuthToken:
        """A token of the OAuth client in NADEO_OAUTH_CLIENT_ID / NADEO_OAUTH_CLIENT_SECRET."""
        if self._oauth is None:
            client_id, secret = self._need(OAUTH_ID, OAUTH_SECRET,
                                           why="for display names and the OAuth API")
            self._oauth = auth.OAuthToken.get(client_id, secret, self.agent, client=self.client)
        return self._oauth

    @property
    def names(self) -> Names:
        if self._names is None:
            self._names = Names(self.oauth_token(), client=self.client)
        return self._names

    def display_names(
        self, account_ids: Iterable[str], progress: Callable[[int], None] | None = None
    ) -> dict[str, str]:
        """Display names when the OAuth client is configured, else nothing (IDs are shown)."""
        ids = list(account_ids)
        if not ids or not self.has_names:
            return {}
        return self.names.display_names(ids, progress=progress)

    def account_id(self, account: str) -> str:
        """An account ID as given, or the ID of a display name."""
        if is_uuid(account):
            return account.lower()
        found = self.names.account_ids([account]).get(account)
        if found is None:
            raise CliError(f"no account is named {account!r}", exit_code=1)
        return found
