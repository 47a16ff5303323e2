"""Regenerate the public endpoint modules from the declarations.

    python tools/gen_public.py          # rewrite them
    python tools/gen_public.py --check  # exit 1 if any is out of date (run by the tests)

`nadeo_api.live`, `core`, `meet`, `oauth` and their `aio` twins bind every declared function
by name, made from its declaration the first time it is asked for (the module's `__getattr__`,
which only the interpreter sees). For type checkers and editors, each function is annotated
with a protocol written here from its declaration: its exact parameters and docstring, what the
raw call returns, and what its `.typed` twin returns (the declaration's model), so a user's code
is checked against the real types while the modules import no model at run time; a function
seen only by the checkers holds each protocol to what the function is made from. Each module
also has the class of its client namespace (`Client().live` is a `LiveEndpoints`).
`nadeo_api.models` is written from the model modules.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sys
import typing
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "nadeo_api"

APIS = ("live", "core", "meet", "oauth")
CLASSES = {"live": "Live", "core": "Core", "meet": "Meet", "oauth": "OAuth"}
TITLES = {
    "live": "the Live API: campaigns, Tracks of the Day, leaderboards, maps, clubs, map review",
    "core": "the Core API: accounts, maps, records, skins, zones",
    "meet": "the Meet API: competitions, cups of the day, matches, matchmaking",
}
AUDIENCES = {"live": "NadeoLiveServices", "core": "NadeoServices", "meet": "NadeoLiveServices"}
OAUTH_DOC = (
    "Functions for the public OAuth API (`api.trackmania.com`), used with an `OAuthToken`.\n\n"
    "`get_display_names` and `get_account_ids` take any `OAuthToken`; the others act for a user"
    " and\nneed a user's token (`OAuthToken.from_code`) with the scopes their docstrings name.\n"
    "`Client().oauth` has them bound to a client of your own, and `nadeo_api.aio.oauth` has\n"
    "their async twins.\n"
)
# Where the names used in the declarations' annotations come from.
ANNOTATION_IMPORTS = {
    "Any": "typing",
    "Mapping": "collections.abc",
    "Sequence": "collections.abc",
    "Progress": "{up}_pagination",
    "OAuthToken": "{up}auth",
    "ServiceToken": "{up}auth",
    "WebServicesToken": "{up}auth",
}
BUILTINS = {"None", "bool", "dict", "int", "list", "str", "float", "tuple"}


def raw_return(declared: Any) -> str:
    """What the function without `.typed` returns, as the service really answers."""
    if declared.route is None:
        return "Any"  # a generic verb: whatever JSON (or text) the path answers
    if declared.returns in ("str", "None"):
        return str(declared.returns)
    if declared.model is not None and typing.get_origin(declared.model_type()) is list:
        return "list[Any]"
    return "dict[str, Any]"


def protocol_name(name: str) -> str:
    return "_" + "".join(part.title() for part in name.split("_"))


def parameters(declared: Any) -> list[str]:
    rendered = ["self"]
    for parameter in declared.signature.parameters.values():
        text = f"{parameter.name}: {parameter.annotation}"
        if parameter.default is not inspect.Parameter.empty:
            default = parameter.default
            simple = isinstance(default, str) and not set(default) & set("\"'\\")
            text += f' = "{default}"' if simple else f" = {default!r}"
        rendered.append(text)
    return rendered


def method(name: str, declared: Any, returns: str, doc: str, asynchronous: bool) -> list[str]:
    """A protocol method, indented for a class inside `if TYPE_CHECKING:`."""
    head = f"        {'async ' if asynchronous else ''}def {name}("
    args, tail = parameters(declared), f") -> {returns}:"
    if len(head) + len(", ".join(args)) + len(tail) <= 100:
        lines = [head + ", ".join(args) + tail]
    else:
        lines = [head] + [f"            {a}," for a in args] + [f"        {tail}"]
    if '"""' in doc:
        raise SystemExit(f"{declared.name}: the docstring holds triple quotes")
    body = doc.replace("\\", "\\\\").replace("\n", "\n            ")
    body = body.replace("\n            \n", "\n\n")
    if "\n" not in body and len(body) <= 100 - 18:
        return lines + [f'            """{body}"""', "            ..."]
    return lines + [f'            """{body}\n            """', "            ..."]


def protocol(declared: Any, listing: bool, asynchronous: bool) -> tuple[list[str], set[str]]:
    """The protocol of one function, and the models it names."""
    from nadeo_api._endpoint import typed_doc

    doc = inspect.cleandoc(declared.__doc__ or "")
    model = declared.model.rpartition(".")[2] if declared.model else None
    if listing:
        wrapper = "AsyncIterator" if asynchronous else "Iterator"
        raw, typed = f"{wrapper}[dict[str, Any]]", f"{wrapper}[{model}]"
        awaited = False
    else:
        raw, typed, awaited = raw_return(declared), model, asynchronous
    lines = [f"    class {protocol_name(declared.name)}(Protocol):"]
    lines += method("__call__", declared, raw, doc, awaited)
    if model is not None:
        twin = typed_doc(declared, listing)
        lines += [""] + method("typed", declared, str(typed), twin, awaited)
    return lines + [""], {declared.model} if declared.model else set()


def public_module(api: str, asynchronous: bool) -> str:
    from nadeo_api._declared import DECLARATIONS, LISTINGS, modules_of

    # Each function, with the module declaring it (imported as `_<section>`).
    declared_in = {
        name: "_" + module.rpartition(".")[2] for name, module in modules_of(api).items()
    }
    functions = [(declared_in[d.name], d, False) for d in DECLARATIONS[api].values()]
    functions += [(declared_in[d.name], d, True) for d in LISTINGS[api].values()]
    modules = sorted({module for module, _, _ in functions})
    names = [d.name for _, d, _ in functions]
    if len(names) != len(set(names)):
        raise SystemExit(f"{api}: a function name is declared twice")
    up = ".." if asynchronous else "."
    namespace = f"{'Async' if asynchronous else ''}{CLASSES[api]}Endpoints"
    if asynchronous:
        doc = (
            f"Async twins of `nadeo_api.{api}`: same names, parameters and checks, awaited.\n\n"
            "They run on the running event loop's default `AsyncClient`; "
            f"`AsyncClient().{api}` (a\n`{namespace}`) has the same coroutines bound to a "
            "client of your own.\n"
        )
        function, iterator = "async_function", "async_iterator"
    elif api == "oauth":
        doc, function, iterator = OAUTH_DOC, "sync_function", "sync_iterator"
    else:
        doc = (
            f"Functions for {TITLES[api]}.\n\n"
            f"Each function takes a token for the `{AUDIENCES[api]}` audience first, checks its\n"
            "arguments before sending anything, and returns the decoded JSON; where the answer\n"
            "has a model, a `.typed` twin returns it from `nadeo_api.models`, and each iterator's\n"
            "`.typed` form yields its items' models. They run on the process's\n"
            f"default `Client`; `Client().{api}` (a `{namespace}`) has them bound to a client\n"
            f"of your own, and `nadeo_api.aio.{api}` has their async twins. `nadeo-api "
            "endpoints`\nlists them all.\n"
        )
        function, iterator = "sync_function", "sync_iterator"

    protocols: list[str] = []
    models: set[str] = set()
    used: set[str] = {"Any"}
    for _, declared, listing in functions:
        lines, named = protocol(declared, listing, asynchronous)
        protocols += lines
        models |= named
        for parameter in declared.signature.parameters.values():
            used |= set(re.findall(r"[A-Za-z_]\w*", str(parameter.annotation))) - BUILTINS
    if any(listing for _, _, listing in functions):
        used.add("AsyncIterator" if asynchronous else "Iterator")
    imports: dict[str, set[str]] = {"typing": {"Protocol"}}
    for name in used:
        source = ANNOTATION_IMPORTS.get(name, "collections.abc").format(up=up)
        imports.setdefault(source, set()).add(name)
    for model in models:
        module, _, name = model.rpartition(".")
        imports.setdefault(f"{up}models.{module}", set()).add(name)

    def import_line(source: str) -> str:
        names = sorted(imports[source], key=str.lower)
        line = f"    from {source} import {', '.join(names)}"
        if len(line) <= 100:
            return line
        listed = "".join(f"        {n},\n" for n in names)
        return f"    from {source} import (\n{listed}    )"

    standard = sorted(s for s in imports if not s.startswith("."))
    binders = f"{function}, {iterator}" if any(listing for _, _, listing in functions) else function
    imports.setdefault(f"{up}_public", set()).update(binders.split(", "))
    local = sorted(s for s in imports if s.startswith("."))
    lines = [
        f'"""{doc}"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING",
        "",
        f"from {up}_public import made_on_first_use",
        "",
        "if TYPE_CHECKING:",
    ]
    # The declarations modules, in order among the other local imports.
    sections = {f"{up}endpoints.{api} {m}": f"    {line}" for m, line in zip(
        modules, section_imports(f"{up}endpoints.{api}", modules), strict=True
    )}
    local_lines = {s: import_line(s) for s in local} | sections
    lines += [import_line(s) for s in standard] + [""]
    lines += [local_lines[s] for s in sorted(local_lines)]
    lines += [""] + protocols
    lines += [
        f"    class {namespace}:",
        f'        """`{"Async" if asynchronous else ""}Client().{api}`: the functions of '
        f'`nadeo_api.{"aio." if asynchronous else ""}{api}`, bound to a client."""',
        "",
    ]
    lines += [f"        {d.name}: {protocol_name(d.name)}" for _, d, _ in functions]
    lines += ["", "", "__all__ = ["] + [f'    "{n}",' for n in sorted(names)] + ["]", ""]
    lines += [f"{d.name}: {protocol_name(d.name)}" for _, d, _ in functions]
    lines += [
        "",
        "if TYPE_CHECKING:",
        "",
        "    def _made_from_declarations() -> None:",
        '        """What each function is made from, which the checkers hold to its protocol."""',
    ]
    for module, declared, listing in functions:
        binder = iterator if listing else function
        typed = f"        {declared.name}: {protocol_name(declared.name)} = "
        line = f"{typed}{binder}({module}.{declared.name}, __name__)"
        if len(line) > 100:
            line = f"{typed}{binder}(\n            {module}.{declared.name}, __name__\n        )"
        lines.append(line)
    lines.append("")
    lines += [
        "else:",
        "    # Each function is made the first time it is asked for, its declarations imported",
        "    # then: importing this module costs next to nothing.",
        "    __getattr__, __dir__ = made_on_first_use(",
        f'        __name__, "nadeo_api.endpoints.{api}", {{',
    ]
    lines += [f'            "{d.name}": "{module[1:]}",' for module, d, _ in functions]
    lines += [f"        }}, asynchronous={asynchronous},", "    )"]
    return "\n".join(lines) + "\n"


def section_imports(package: str, modules: list[str]) -> list[str]:
    """`from <package> import a as _a`, a line for each module."""
    return [f"from {package} import {m[1:]} as {m}" for m in modules]


def models_module() -> str:
    names = ["Model", "format_race_time", "parse", "to_datetime"]
    imports = ["from ._base import Model, format_race_time, parse, to_datetime"]
    # Every model module of every API (`models/<api>/<section>.py`), found by walking them.
    sections = [
        f"{api}.{info.name}"
        for api in sorted(APIS)
        for info in pkgutil.iter_modules([str(PACKAGE / "models" / api)])
    ]
    for module in sections:
        exported = sorted(
            importlib.import_module(f"nadeo_api.models.{module}").__all__, key=str.lower
        )
        if set(exported) & set(names):
            raise SystemExit(f"models.{module}: a name is exported twice")
        if not exported:
            continue
        names += exported
        listed = "".join(f"    {n},\n" for n in exported)
        imports.append(f"from .{module} import (\n{listed})")
    doc = (PACKAGE / "models" / "__init__.py").read_text().split('"""')[1]
    return (
        f'"""{doc}"""\n\n' + "\n".join(imports) + "\n\n__all__ = [\n"
        + "".join(f'    "{n}",\n' for n in sorted(names)) + "]\n"
    )


def targets() -> dict[Path, str]:
    sys.path.insert(0, str(PACKAGE.parent))
    files = {PACKAGE / "models" / "__init__.py": models_module()}
    for api in APIS:
        files[PACKAGE / f"{api}.py"] = public_module(api, asynchronous=False)
        files[PACKAGE / "aio" / f"{api}.py"] = public_module(api, asynchronous=True)
    return files


def main() -> int:
    stale = [path for path, text in targets().items() if not path.exists()
             or path.read_text() != text]
    if "--check" in sys.argv:
        for path in stale:
            print(f"out of date: {path.relative_to(PACKAGE.parent.parent)}")
        return 1 if stale else 0
    for path, text in targets().items():
        path.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
