"""A sink that posts events to a Discord channel through a webhook."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import httpx

from . import _checks as check
from ._errors import ArgumentError
from .clock import SYSTEM, Clock

if TYPE_CHECKING:
    from ._watch_events import Event

__all__ = ["DiscordWebhook"]

logger = logging.getLogger("nadeo_api.watch")

CONTENT_LIMIT = 2000
"""The most characters Discord takes in a message."""
RETRY_AFTER_MAX = 60.0
"""The longest wait for Discord's rate limit before the one retry, in seconds."""


class DiscordWebhook:
    """Posts each event's line to a Discord webhook: `watch.run(DiscordWebhook(url))`.

    The URL holds the webhook's secret: it is never shown in a repr, a log or an error. A post
    Discord refuses for its rate limit (429) is retried once after the wait it asks for (at most
    a minute); a post that still fails is logged (without the URL) and dropped, so a chat outage
    does not stop the feed. Mentions in event text never ping anyone.

    Args:
        url: the webhook's URL (`https://discord.com/api/webhooks/...`).
        username: the name the messages are posted under (default: the webhook's own).
        timeout: seconds to wait for Discord.
        clock: what the rate-limit wait sleeps on.
    """

    def __init__(
        self, url: str, *, username: str | None = None, timeout: float = 10.0,
        clock: Clock = SYSTEM,
    ) -> None:
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            # The value itself is not shown: it holds the secret.
            raise ArgumentError("url must be the webhook's http:// or https:// URL")
        try:
            check.url("url", url)
        except ArgumentError:
            raise ArgumentError(
                "url must be the webhook's URL, without spaces or a fragment"
            ) from None
        if username is not None and (not isinstance(username, str) or not username.strip()):
            raise ArgumentError(f"username must be a non-empty string (got {username!r})")
        self._url = url
        self._username = username
        self._timeout = check.seconds("timeout", timeout, maximum=120)
        self._clock = clock
        self.posted = 0
        """How many events were posted."""

    def __repr__(self) -> str:
        return "DiscordWebhook(<secret URL>)"

    def payload(self, event: Event) -> dict[str, Any]:
        """The JSON body posted for `event`."""
        content = event.describe()
        if len(content) > CONTENT_LIMIT:
            content = content[: CONTENT_LIMIT - 1] + "…"
        body: dict[str, Any] = {"content": content, "allowed_mentions": {"parse": []}}
        if self._username:
            body["username"] = self._username
        return body

    def __call__(self, event: Event) -> bool:
        """Post `event`; True if Discord took it."""
        # Sent on a bare transport: an httpx.Client would log the URL, and with it the secret.
        with httpx.HTTPTransport() as transport:
            for attempt in (1, 2):
                try:
                    answer = transport.handle_request(self._request(event))
                    answer.read()
                except httpx.HTTPError as error:
                    return self._dropped(type(error).__name__)
                wait = _rate_limited(answer)
                if wait is None or attempt == 2:
                    return self._done(answer)
                self._clock.sleep(wait)
        return False  # not reached

    async def send_async(self, event: Event) -> bool:
        """Post `event` without blocking the event loop; True if Discord took it."""
        async with httpx.AsyncHTTPTransport() as transport:
            for attempt in (1, 2):
                try:
                    answer = await transport.handle_async_request(self._request(event))
                    await answer.aread()
                except httpx.HTTPError as error:
                    return self._dropped(type(error).__name__)
                wait = _rate_limited(answer)
                if wait is None or attempt == 2:
                    return self._done(answer)
                await self._clock.sleep_async(wait)
        return False  # not reached

    def _request(self, event: Event) -> httpx.Request:
        timeout = httpx.Timeout(self._timeout).as_dict()
        return httpx.Request("POST", self._url, json=self.payload(event),
                             extensions={"timeout": timeout})

    def _done(self, answer: httpx.Response) -> bool:
        if answer.is_success:
            self.posted += 1
            return True
        return self._dropped(f"status {answer.status_code}")

    def _dropped(self, why: str) -> bool:
        logger.warning("discord webhook: post failed (%s); event dropped", why)
        return False


def _rate_limited(answer: httpx.Response) -> float | None:
    """Seconds Discord asks to wait before posting again, or None if it did not refuse."""
    if answer.status_code != 429:
        return None
    wait: object = None
    try:
        data = answer.json()
        wait = data.get("retry_after") if isinstance(data, dict) else None
    except ValueError:
        pass
    if wait is None:
        wait = answer.headers.get("Retry-After")
    try:
        seconds = float(wait)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        seconds = 1.0
    return min(max(seconds, 0.0), RETRY_AFTER_MAX)
