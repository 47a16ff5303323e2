"""Iterators over length/offset endpoints: every item across pages, none twice.

`Crawl` holds everything that is not I/O: which pages to ask for, what to yield from each
(deduplicated: when records move between pages during a crawl, one seen on an earlier page is
not yielded again), and when to stop (the limit, the endpoint's depth, or a short page). The
sync iterators fetch its pages one after the other; the async ones keep several requests in
flight (the rate budget still paces them) and yield in order.
"""

from __future__ import annotations

import inspect
from collections import deque
from collections.abc import AsyncIterator, Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol

from . import _checks as check
from ._endpoint import Endpoint, model_class
from ._errors import InvalidResponseError

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "AsyncIteratorFunction",
    "Crawl",
    "Listing",
    "Paging",
    "Progress",
    "SyncIteratorFunction",
    "crawl_async",
    "crawl_sync",
    "limit_argument",
    "listing",
]

P = ParamSpec("P")

Progress = Callable[[int, "int | None"], None]
"""Called after each page with (items yielded so far, the most that can be yielded or None)."""


@dataclass(frozen=True)
class Paging:
    """What a listing declaration returns: how to ask for one page, and when to stop."""

    arguments: Callable[[int, int], tuple[Any, ...]]
    """(offset, length) -> the endpoint's arguments for that page"""
    limit: int | None
    progress: Progress | None = None

    def __post_init__(self) -> None:
        check.callback("progress", self.progress)


class Listing(Generic[P]):
    """A declared iterator over a length/offset endpoint."""

    def __init__(
        self,
        build: Callable[P, Paging],
        *,
        endpoint: Endpoint[Any],
        page_size: int,
        depth: int | None,
        items: Callable[[Any], list[Any]],
        key: Callable[[Any], Hashable],
        name: str | None = None,
        doc: str | None = None,
        model: str | None = None,
    ) -> None:
        self.build = build
        self.endpoint = endpoint
        self.page_size = page_size
        self.depth = depth
        self.items = items
        self.key = key
        self.name = name or build.__name__
        self.__doc__ = doc if doc is not None else build.__doc__
        self.signature = inspect.signature(build)
        self.model = model
        self._model_type: type[Any] | None = None

    def model_type(self) -> type[Any]:
        """The model class of one item (imported on first use, to keep imports light)."""
        if self._model_type is None:
            if self.model is None:
                raise TypeError(f"{self.name} has no typed model")
            self._model_type = model_class(self.model)
        return self._model_type

    def start(self, *args: P.args, **kwargs: P.kwargs) -> Crawl:
        """Check the arguments and begin a crawl."""
        paging = self.build(*args, **kwargs)
        return Crawl(self, paging)


def listing(
    endpoint: Endpoint[Any],
    *,
    page_size: int,
    items: Callable[[Any], list[Any]],
    key: Callable[[Any], Hashable],
    depth: int | None = None,
    name: str | None = None,
    doc: str | None = None,
    model: str | None = None,
) -> Callable[[Callable[P, Paging]], Listing[P]]:
    """Declare an iterator over `endpoint`, `page_size` items a request, at most `depth`;
    `model` names one item's model in `nadeo_api.models` as "module.Class" (for `.typed`)."""

    def declare(build: Callable[P, Paging]) -> Listing[P]:
        return Listing(
            build, endpoint=endpoint, page_size=page_size, depth=depth, items=items, key=key,
            name=name, doc=doc, model=model,
        )

    return declare


def limit_argument(limit: object, depth: int | None) -> int | None:
    """`limit`: None (no limit) or an int from 0 to the endpoint's depth."""
    if limit is None:
        return None
    return check.count("limit", limit, minimum=0, maximum=depth)


@dataclass
class Crawl:
    """The state of one crawl."""

    listing: Listing[Any]
    paging: Paging
    seen: set[Hashable] = field(default_factory=set)
    yielded: int = 0
    done: bool = False

    @property
    def limit(self) -> int | None:
        return self.paging.limit

    @property
    def most(self) -> int | None:
        depth, limit = self.listing.depth, self.limit
        if depth is None:
            return limit
        return depth if limit is None else min(limit, depth)

    def pages(self) -> Iterator[tuple[int, int]]:
        """(offset, length) of each page to ask for, in order."""
        offset, size, most = 0, self.listing.page_size, self.most
        while most is None or offset < most:
            yield offset, size if most is None else min(size, most - offset)
            offset += size

    def take(self, answer: Any, length: int) -> list[Any]:
        """The new items of a page's answer; marks the crawl done after a short page or at the
        limit."""
        items, keys = self._read(answer)
        fresh = []
        for item, key in zip(items, keys, strict=True):
            if key in self.seen:
                continue
            self.seen.add(key)
            fresh.append(item)
        if self.limit is not None:
            fresh = fresh[: max(0, self.limit - self.yielded)]
        self.yielded += len(fresh)
        if len(items) < length or (self.limit is not None and self.yielded >= self.limit):
            self.done = True
        return fresh

    def _read(self, answer: Any) -> tuple[list[Any], list[Hashable]]:
        """A page's items and their keys; `InvalidResponseError` for a page without them."""
        listing = self.listing
        try:
            items = listing.items(answer)
            keys = [listing.key(item) for item in items]
        except (AttributeError, IndexError, KeyError, TypeError):
            items = None
        if not isinstance(items, list):
            endpoint = listing.endpoint
            raise InvalidResponseError(
                status=200, method=endpoint.method, url=endpoint.route or endpoint.name,
                body=repr(answer), reason=f"is not a page of {listing.name}",
            )  # fmt: skip
        return items, keys


def as_models(crawl: Crawl, items: list[Any], model: type[Any] | None) -> list[Any]:
    """A page's items as `model` (unchanged when None); `InvalidResponseError` for an item
    that does not fit it."""
    if model is None:
        return items
    import msgspec

    try:
        return [msgspec.convert(item, type=model) for item in items]
    except msgspec.ValidationError as exc:
        endpoint = crawl.listing.endpoint
        raise InvalidResponseError(
            status=200, method=endpoint.method, url=endpoint.route or endpoint.name,
            body=repr(items), reason=f"does not fit {model.__name__}: {exc}",
        ) from None


def crawl_sync(client: Any, crawl: Crawl, model: type[Any] | None = None) -> Iterator[Any]:
    """Yield a crawl's items (as `model` if given), fetching one page after the other with a
    `Client`."""
    endpoint, progress = crawl.listing.endpoint, crawl.paging.progress
    for offset, length in crawl.pages():
        answer = client.call(endpoint, *crawl.paging.arguments(offset, length))
        yield from as_models(crawl, crawl.take(answer, length), model)
        if progress is not None:
            progress(crawl.yielded, crawl.most)
        if crawl.done:
            return


async def crawl_async(
    client: Any, crawl: Crawl, concurrency: int, model: type[Any] | None = None
) -> AsyncIterator[Any]:
    """Yield a crawl's items in order (as `model` if given), with up to `concurrency` pages in
    flight."""
    import asyncio

    endpoint, progress = crawl.listing.endpoint, crawl.paging.progress
    pages = crawl.pages()
    in_flight: deque[tuple[int, asyncio.Future[Any]]] = deque()

    def launch() -> None:
        for offset, length in pages:
            fetch = client.call(endpoint, *crawl.paging.arguments(offset, length))
            in_flight.append((length, asyncio.ensure_future(fetch)))
            return

    for _ in range(concurrency):
        launch()
    try:
        while in_flight:
            length, fetching = in_flight.popleft()
            answer = await fetching
            for item in as_models(crawl, crawl.take(answer, length), model):
                yield item
            if progress is not None:
                progress(crawl.yielded, crawl.most)
            if crawl.done:
                return
            launch()
    finally:
        for _, fetching in in_flight:
            fetching.cancel()
        await asyncio.gather(*(fetching for _, fetching in in_flight), return_exceptions=True)


class SyncIteratorFunction(Protocol[P]):
    """A blocking iterator function; `.typed` yields each item as its model."""

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Iterator[Any]: ...

    def typed(self, *args: P.args, **kwargs: P.kwargs) -> Iterator[Any]: ...


class AsyncIteratorFunction(Protocol[P]):
    """An async iterator function; `.typed` yields each item as its model."""

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[Any]: ...

    def typed(self, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[Any]: ...
