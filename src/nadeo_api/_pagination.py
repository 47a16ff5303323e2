"""Iterators over length/offset endpoints: every item across pages, none twice.

`Crawl` holds everything that is not I/O: which pages to ask for, what to yield from each
(deduplicated: when records move between pages during a crawl, one seen on an earlier page is
not yielded again), and when to stop (the limit, the endpoint's depth, the total the answer
announces, or a short page). The sync iterators fetch its pages one after the other; the async
ones keep several requests in flight (the rate budget still paces them) and yield in order.

`listing` declares an iterator with a hand-written function; `paged` declares one from the
endpoint alone (its parameters minus the page's, plus `limit` and `progress`).
"""

from __future__ import annotations

import inspect
import json
import textwrap
from collections import deque
from collections.abc import AsyncIterator, Callable, Hashable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol

from . import _checks as check
from ._endpoint import Endpoint, model_class
from ._errors import ArgumentError, InvalidResponseError

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "AsyncIteratorFunction",
    "Crawl",
    "Listing",
    "Paging",
    "Progress",
    "SyncIteratorFunction",
    "UNDOCUMENTED_PAGE",
    "crawl_async",
    "crawl_sync",
    "limit_argument",
    "listing",
    "paged",
]

P = ParamSpec("P")

UNDOCUMENTED_PAGE = 100
"""The page size of iterators over endpoints whose documentation gives no cap on a page: the
cap the documented ones share most."""

Progress = Callable[[int, "int | None"], None]
"""Called after each page with (items yielded so far, the most that can be yielded or None)."""


class Paging:
    """What a listing declaration returns: how to ask for one page, and when to stop."""

    __slots__ = ("arguments", "limit", "progress")

    def __init__(
        self, arguments: Callable[[int, int], tuple[Any, ...]], limit: int | None,
        progress: Progress | None = None,
    ) -> None:
        self.arguments = arguments
        """(offset, length) -> the endpoint's arguments for that page"""
        self.limit = limit
        check.callback("progress", progress)
        self.progress = progress


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
        total: Callable[[Any], object] | None = None,
    ) -> None:
        self.build = build
        self.total = total
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
    total: Callable[[Any], object] | None = None,
) -> Callable[[Callable[P, Paging]], Listing[P]]:
    """Declare an iterator over `endpoint`, `page_size` items a request, at most `depth`;
    `model` names one item's model in `nadeo_api.models` as "api.section.Class" (for
    `.typed`); `total` reads from a page's answer how many items there are in all, when it says
    so (the crawl then sends no request past the last page)."""

    def declare(build: Callable[P, Paging]) -> Listing[P]:
        return Listing(
            build, endpoint=endpoint, page_size=page_size, depth=depth, items=items, key=key,
            name=name, doc=doc, model=model, total=total,
        )

    return declare


def paged(
    page: Endpoint[Any],
    *,
    what: str,
    items: str | Callable[[Any], list[Any]] | None,
    key: str | Callable[[Any], Hashable] | None,
    page_size: int,
    model: str,
    total: str | None = None,
    depth: int | None = None,
    length: str = "length",
    fixed: Mapping[str, Any] | None = None,
    name: str | None = None,
) -> Listing[...]:
    """Declare the iterator over `page`, an endpoint taking `offset` and `length` (or the
    parameter named by `length`).

    The iterator takes the endpoint's other parameters (less those in `fixed`, always sent with
    the given values), then `limit` and `progress`; its docstring is written from the
    endpoint's. `items` names the answer's field holding a page's items (None: the answer is the
    list), `key` an item's field telling items apart (None: the whole item), `total` the
    answer's field counting every item, `model` one item's model ("api.section.Class").
    `items` may also be a function of the answer, for items nested deeper.
    """
    fixed = dict(fixed or {})
    skipped = {length, "offset", *fixed}
    kept = [p for p in page.signature.parameters.values() if p.name not in skipped]
    signature = inspect.Signature(
        [
            *kept,
            inspect.Parameter("limit", _POSITIONAL, default=None, annotation="int | None"),
            inspect.Parameter(
                "progress", _POSITIONAL, default=None, annotation="Progress | None"
            ),
        ],
        return_annotation="Paging",
    )
    declared_name = name or f"iter_{page.name.removeprefix('get_')}"

    def build(*args: Any, **kwargs: Any) -> Paging:
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError as exc:
            raise ArgumentError(f"{declared_name}(): {exc}") from None
        bound.apply_defaults()
        values = {**bound.arguments, **fixed}
        limit = limit_argument(values.pop("limit"), depth)
        progress = values.pop("progress")

        def arguments(offset: int, size: int) -> tuple[Any, ...]:
            return page.signature.bind(**values, **{length: size, "offset": offset}).args

        page.prepare(*arguments(0, page_size))  # every check, before anything is sent
        return Paging(arguments, limit, progress)

    build.__signature__ = signature  # type: ignore[attr-defined]
    return Listing(
        build,
        endpoint=page,
        page_size=page_size,
        depth=depth,
        items=_items_of(items),
        key=_key_of(key),
        name=declared_name,
        doc=_iterator_doc(page, what, kept, page_size, depth, items, total),
        model=model,
        total=None if total is None else (lambda answer: answer[total]),
    )


_POSITIONAL = inspect.Parameter.POSITIONAL_OR_KEYWORD


def _items_of(field: str | Callable[[Any], list[Any]] | None) -> Callable[[Any], list[Any]]:
    if callable(field):
        return field
    if field is None:
        return lambda answer: answer
    return lambda answer: answer.get(field, [])


def _key_of(key: str | Callable[[Any], Hashable] | None) -> Callable[[Any], Hashable]:
    if key is None:
        # No field tells the items apart: an item is the same when all of it is the same.
        return lambda item: json.dumps(item, sort_keys=True)
    if isinstance(key, str):
        return lambda item: item[key]
    return key


def _iterator_doc(
    page: Endpoint[Any],
    what: str,
    kept: list[inspect.Parameter],
    page_size: int,
    depth: int | None,
    items: object,
    total: str | None,
) -> str:
    """The docstring of a `paged` iterator: the endpoint's own words for the parameters it
    keeps, and how the iterator pages and stops."""
    described = _documented_arguments(page.__doc__ or "")
    lines = [f"Iterate over {what}, {page_size} a request.", "", "Args:"]
    written: list[list[str]] = []
    for parameter in kept:
        entry = described.get(parameter.name)
        if entry is not None and not any(entry is done for done in written):
            written.append(entry)
            lines += entry
    most = f"at most {depth:,}" if depth is not None else "None: all of them"
    lines += [
        f"    limit: the most items to yield ({most}).",
        "    progress: called after each page with (items so far, the most expected or None).",
        "",
    ]
    how = [
        f"Calls `{page.name}` page after page and yields "
        + (f"the items of `{items}`" if isinstance(items, str) else "each page's items")
        + " one by one, none twice. Stops at `limit`"
        + (f", at {depth:,}" if depth is not None else "")
        + (
            f", or at the `{total}` the first answer announces (no request is sent past the "
            "last page)."
            if total
            else ", or after a short page (the end)."
        ),
    ]
    return "\n".join(lines) + "\n" + textwrap.fill("".join(how), width=88)


def _documented_arguments(doc: str) -> dict[str, list[str]]:
    """The entries of a Google-style `Args:` section, by name, each as its lines (indented by
    four spaces)."""
    found: dict[str, list[str]] = {}
    lines = inspect.cleandoc(doc).splitlines()
    if "Args:" not in lines:
        return found
    current: list[str] | None = None
    for line in lines[lines.index("Args:") + 1 :]:
        if not line.strip() or not line.startswith("    "):
            break
        if line.startswith("        ") and current is not None:
            current.append(line)
        else:
            current = [line]
            for name in line.strip().split(":", 1)[0].split(","):  # `a, b: ...` names both
                found[name.strip()] = current
    return found


def limit_argument(limit: object, depth: int | None) -> int | None:
    """`limit`: None (no limit) or an int from 0 to the endpoint's depth."""
    if limit is None:
        return None
    return check.count("limit", limit, minimum=0, maximum=depth)


class Crawl:
    """The state of one crawl."""

    def __init__(self, listing: Listing[Any], paging: Paging) -> None:
        self.listing = listing
        self.paging = paging
        self.seen: set[Hashable] = set()
        self.yielded = 0
        self.done = False
        self.total: int | None = None
        """How many items the last answer said there are in all (None: it does not say)."""

    @property
    def limit(self) -> int | None:
        return self.paging.limit

    @property
    def most(self) -> int | None:
        """The most items the crawl can reach: the least of the limit, the endpoint's depth and
        the announced total (None: unknown)."""
        bounds = [b for b in (self.listing.depth, self.limit, self.total) if b is not None]
        return min(bounds) if bounds else None

    def pages(self) -> Iterator[tuple[int, int]]:
        """(offset, length) of each page to ask for, in order; read lazily, so a total learnt
        from one page bounds the next ones. The last page is cut to the limit or the depth,
        not to the total (which may grow while the crawl runs)."""
        offset, size = 0, self.listing.page_size
        bounds = [b for b in (self.listing.depth, self.limit) if b is not None]
        cut = min(bounds) if bounds else None
        while (most := self.most) is None or offset < most:
            yield offset, size if cut is None else min(size, cut - offset)
            offset += size

    def take(self, answer: Any, length: int) -> list[Any]:
        """The new items of a page's answer; marks the crawl done after a short page or at the
        limit, and learns the total when the answer gives it."""
        items, keys = self._read(answer)
        if self.listing.total is not None:
            self.total = self._total(answer)
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

    def _total(self, answer: Any) -> int | None:
        """The total a page announces; None when it is missing or not a count (the crawl then
        goes on until a short page)."""
        try:
            total = self.listing.total(answer)  # type: ignore[misc]
        except (AttributeError, IndexError, KeyError, TypeError):
            return None
        if isinstance(total, bool) or not isinstance(total, int) or total < 0:
            return None
        return total

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

    def launch() -> bool:
        for offset, length in pages:
            fetch = client.call(endpoint, *crawl.paging.arguments(offset, length))
            in_flight.append((length, asyncio.ensure_future(fetch)))
            return True
        return False

    # When the answer announces the total, the first page alone says where the end is: the
    # others are sent only once it is known, so none is sent past the end.
    first = 1 if crawl.listing.total is not None else concurrency
    while len(in_flight) < first and launch():
        pass
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
            while len(in_flight) < concurrency and launch():
                pass
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
