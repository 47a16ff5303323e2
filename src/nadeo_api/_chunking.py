"""Long lists split into requests the service accepts, and their answers merged back.

Some endpoints take a list (account IDs, map UIDs...) that the service caps: a documented
number of items a request, or, for those without one, the length of the request URI (8,220
characters or more is a 414). A declaration says which argument is such a list with
`@endpoint(..., chunks=Chunks(argument, cap, merge))`; the clients then take any number of
items: duplicates are sent once, the rest in as few requests as fit under the cap and the URI
limit, each sent like any call (rate budget, retries, token renewal), and the answers merged in
the endpoint's own shape by `merge`.

Everything here is plain computation: the clients send the parts (`Client.call` one after the
other, `AsyncClient.call` several at once).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from ._errors import ArgumentError, InvalidResponseError

if TYPE_CHECKING:
    from ._endpoint import Call, Endpoint

__all__ = [
    "MAX_URL_LENGTH",
    "Chunks",
    "Merge",
    "Part",
    "Plan",
    "concatenated",
    "fields",
    "merged",
    "merged_answer",
    "send_parts",
    "send_parts_async",
    "split",
]

MAX_URL_LENGTH = 8219
"""The longest request URL sent (scheme and host included): the services answer 414 to a
request URI of 8,220 characters or more."""

Merge = Callable[[Sequence[Any]], Any]
"""Merges the answers of the parts of a call, in order, into the answer of the whole."""

Part = tuple[tuple[Any, ...], dict[str, Any]]
"""The arguments of one part of a call: (args, kwargs)."""


class Plan(NamedTuple):
    """How a call is sent: as it is, already checked (`prepared`: its token, `Call` and path),
    or (with `parts`) as several calls, one for each part."""

    prepared: tuple[Any, Call, str]
    parts: list[Part] | None = None


class Chunks(NamedTuple):
    """How an endpoint takes a list longer than one request may hold.

    `argument` names the list (or mapping, split by keys) parameter; with several names, the
    first one given (not None) is split. `cap` is the most items a request may hold (None: as
    many as fit in the URI). `merge` makes one answer of the parts' answers.
    """

    argument: str | tuple[str, ...]
    cap: int | None
    merge: Merge

    @property
    def arguments(self) -> tuple[str, ...]:
        """The names of the parameters that may be split, in order."""
        return (self.argument,) if isinstance(self.argument, str) else self.argument


def concatenated(answers: Sequence[Any]) -> list[Any]:
    """Lists joined in order: for answers that are lists of entries."""
    joined: list[Any] = []
    for answer in answers:
        joined.extend(_of_type(answer, list))
    return joined


def merged(answers: Sequence[Any]) -> dict[str, Any]:
    """Dicts merged: for answers that map each item asked for to its value."""
    union: dict[str, Any] = {}
    for answer in answers:
        union.update(_of_type(answer, dict))
    return union


def fields(*lists: str, counts: tuple[str, ...] = ()) -> Merge:
    """For answers that are objects holding a list of entries: the lists named `lists` are
    joined, the numbers named `counts` (the number of entries) added up, the other fields taken
    from the first answer."""

    def merge(answers: Sequence[Any]) -> dict[str, Any]:
        objects = [_of_type(answer, dict) for answer in answers]
        whole = dict(objects[0])
        for name in lists:
            whole[name] = concatenated([o.get(name, []) for o in objects])
        for name in counts:
            whole[name] = sum(_of_type(o.get(name, 0), int) for o in objects)
        return whole

    return merge


class _Unexpected(Exception):
    def __init__(self, answer: object) -> None:
        self.answer = answer


def _of_type(answer: Any, kind: type[Any]) -> Any:
    if not isinstance(answer, kind) or isinstance(answer, bool):
        raise _Unexpected(answer)
    return answer


def merged_answer(declared: Endpoint[Any], answers: Sequence[Any], model: type[Any] | None) -> Any:
    """The parts' answers of a call to `declared` merged into one (as `model`, if given);
    `InvalidResponseError` when they do not have the endpoint's shape."""
    assert declared.chunks is not None
    try:
        whole = declared.chunks.merge(answers)
    except _Unexpected as exc:
        raise _invalid(declared, exc.answer, "cannot be merged with the other parts") from None
    if model is None:
        return whole
    import msgspec

    try:
        return msgspec.convert(whole, type=model)
    except msgspec.ValidationError as exc:
        raise _invalid(declared, whole, f"does not fit {model.__name__}: {exc}") from None


def _invalid(declared: Endpoint[Any], answer: object, reason: str) -> InvalidResponseError:
    return InvalidResponseError(
        status=200, method=declared.method, url=declared.route or declared.name,
        body=repr(answer), reason=reason,
    )  # fmt: skip


def split(
    declared: Endpoint[Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    url_length: Callable[[Call, str], int],
) -> Plan:
    """How to send a call to `declared`: as it is, or in parts, each under the cap and the URI
    limit, every item once.

    Every argument is checked first (the whole list included), so bad input is an
    `ArgumentError` before any part is sent. `url_length` measures the URL a prepared call
    goes to.
    """
    chunks = declared.chunks
    assert chunks is not None
    prepared = declared.prepare(*args, **kwargs)
    _, built, path = prepared
    bound = declared.signature.bind(*args, **kwargs)
    name = next((n for n in chunks.arguments if bound.arguments.get(n) is not None), None)
    if name is None:  # no list given (the declaration accepted that)
        return Plan(prepared)
    value = bound.arguments[name]
    keys = list(value)  # a mapping is split by its keys
    unique = list(dict.fromkeys(keys))
    fits_as_is = (chunks.cap is None or len(unique) <= chunks.cap) and (
        url_length(built, path) <= MAX_URL_LENGTH
    )
    if fits_as_is and len(unique) == len(keys):
        return Plan(prepared)

    def part(items: list[Any]) -> Part:
        bound.arguments[name] = (
            {key: value[key] for key in items} if isinstance(value, Mapping) else items
        )
        return bound.args, dict(bound.kwargs)

    def fits(items: list[Any]) -> bool:
        args, kwargs = part(items)
        _, built, path = declared.prepare(*args, **kwargs)
        return url_length(built, path) <= MAX_URL_LENGTH

    parts: list[Part] = []
    start, size = 0, chunks.cap or len(unique)
    while start < len(unique):
        size = _largest_fitting(unique, start, size, chunks.cap, fits)
        if size == 0:
            index = keys.index(unique[start])
            raise ArgumentError(
                f"{name}[{index}] is too long: a request naming it alone would exceed the "
                f"{MAX_URL_LENGTH + 1}-character URI limit (got {unique[start]!r})"
            )
        parts.append(part(unique[start : start + size]))
        start += size
    return Plan(prepared, parts)


def _largest_fitting(
    items: list[Any], start: int, guess: int, cap: int | None, fits: Callable[[list[Any]], bool]
) -> int:
    """The most items from `start` on that one request holds (0 if not even one), trying
    `guess` (the last part's size) first: parts of like items are alike."""
    most = len(items) - start if cap is None else min(cap, len(items) - start)
    guess = max(1, min(guess, most))
    if fits(items[start : start + guess]):
        if guess == most or not fits(items[start : start + guess + 1]):
            return guess
        low, high = guess + 1, most  # fits(low); find the largest that fits
    else:
        low, high = 0, guess - 1
    while low < high:
        middle = (low + high + 1) // 2
        if fits(items[start : start + middle]):
            low = middle
        else:
            high = middle - 1
    return low


def send_parts(client: Any, declared: Endpoint[Any], parts: list[Part], typed: bool) -> Any:
    """Call `declared` with each part in turn on a `Client`, and merge the answers."""
    if len(parts) == 1:  # only duplicates were dropped: the answer is that call's
        run = client.call_typed if typed else client.call
        return run(declared, *parts[0][0], **parts[0][1])
    answers = [client.call(declared, *args, **kwargs) for args, kwargs in parts]
    return merged_answer(declared, answers, declared.model_type() if typed else None)


async def send_parts_async(
    client: Any, declared: Endpoint[Any], parts: list[Part], typed: bool
) -> Any:
    """Call `declared` with the parts on an `AsyncClient`, up to `page_concurrency` at once
    (the rate budget still paces them), and merge the answers in the parts' order. The first
    failure cancels the parts still running and is raised."""
    import asyncio

    if len(parts) == 1:
        run = client.call_typed if typed else client.call
        return await run(declared, *parts[0][0], **parts[0][1])
    room = asyncio.Semaphore(client.settings.page_concurrency)

    async def one(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        async with room:
            return await client.call(declared, *args, **kwargs)

    tasks = [asyncio.ensure_future(one(args, kwargs)) for args, kwargs in parts]
    try:
        answers = await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return merged_answer(declared, answers, declared.model_type() if typed else None)
