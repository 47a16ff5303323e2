"""Types reach the user: a user's file (tests/typing/user_code.py) is type-checked with
`mypy --strict` and with pyright, and what they reveal is what the functions, their `.typed`
twins, the iterators, the async twins and the client namespaces return at run time."""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from nadeo_api import (
    AsyncClient,
    Client,
    InvalidResponseError,
    aio,
    auth,
    core,
    live,
    meet,
    oauth,
)
from nadeo_api._declared import declarations_of
from nadeo_api.emulator import Emulator
from nadeo_api.models import Campaign, MapLeaderboard, MonthList, Record, TotdMonth
from nadeo_api.testing import emulator_settings

from .conftest import FAST, service_token
from .stub import Answer, StubServer, forged_pair

ROOT = Path(__file__).resolve().parents[1]
TYPING = Path(__file__).with_name("typing")
USER_CODE = TYPING / "user_code.py"
EXPECTED = re.compile(r"^\s*reveal_type\(.*\)\s+# reveals: (.+)$")


def expected_reveals() -> dict[int, str]:
    lines = USER_CODE.read_text().splitlines()
    found = {
        number: match.group(1).strip()
        for number, line in enumerate(lines, 1)
        if (match := EXPECTED.search(line))
    }
    assert len(found) >= 8
    return found


def unqualified(type_text: str) -> str:
    """`nadeo_api.models.campaigns.MonthList` -> `MonthList` (mypy qualifies, pyright not)."""
    return re.sub(r"\b(?:\w+\.)+(\w+)", r"\1", type_text)


def check_reveals(revealed: dict[int, str], checker: str) -> None:
    expected = expected_reveals()
    assert {n: unqualified(t) for n, t in revealed.items()} == expected, checker


def pyright() -> str:
    found = shutil.which("basedpyright", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("basedpyright is missing: install the `dev` extra (make test does)")
    return found


@dataclass(frozen=True)
class Checked:
    """What each checker said about the user's file and about a copy with mistakes."""

    mypy: subprocess.CompletedProcess[str]
    pyright: subprocess.CompletedProcess[str]

    def lines(self, checker: str, file: str) -> list[str]:
        output: str = getattr(self, checker).stdout
        return [line.strip() for line in output.splitlines() if f"{file}:" in line]


def run_checkers(folder: Path) -> Checked:
    """Both checkers, each run once over the user's file and `mistakes.py`: the same file with
    a wrong `assert_type` and a misspelt endpoint left unmarked, which both must report.

    Pyright's run also checks the generated public modules, in its standard mode (the user's
    files in strict mode): one run reads the package once for both."""
    mistakes = folder / "mistakes.py"
    text = USER_CODE.read_text()
    text = text.replace("assert_type(board, MapLeaderboard)", "assert_type(board, MonthList)")
    misspelt = "client.live.get_maps_tod(token)"
    text = text.replace(f"{misspelt}  # type: ignore[attr-defined]", f"{misspelt}  #")
    text = text.replace(f"{misspelt}  #  # pyright: ignore", f"{misspelt}  # ignore")
    mistakes.write_text(text)
    files = [str(USER_CODE), str(mistakes)]
    config = folder / "pyrightconfig.json"
    config.write_text(json.dumps(
        {**json.loads((TYPING / "pyrightconfig.json").read_text()),
         "typeCheckingMode": "standard", "strict": files}
    ))
    # Both at once: each runs in a process of its own.
    mypy = subprocess.Popen(
        [sys.executable, "-m", "mypy", "--strict", "--warn-unused-ignores", "--no-error-summary",
         *files],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "MYPYPATH": str(ROOT / "src")},
    )
    pyright_run = subprocess.run(
        [pyright(), "-p", str(config), "--pythonpath", sys.executable, *files,
         *map(str, generated_modules())],
        cwd=ROOT, capture_output=True, text=True,
    )
    out, err = mypy.communicate()
    return Checked(subprocess.CompletedProcess(mypy.args, mypy.returncode, out, err), pyright_run)


@pytest.mark.starts_first
def test_the_checkers_see_the_users_types_and_mistakes(
    tmp_path: Path, subtests: pytest.Subtests
) -> None:
    """The checkers run once (the suite's longest test: it starts first), and what they say is
    read four ways, each reported on its own."""
    checked = run_checkers(tmp_path)
    for check in (mypy_strict_sees_the_types, pyright_sees_the_types,
                  both_checkers_report_the_mistakes,
                  pyright_verifies_the_generated_protocols_against_the_declarations):
        with subtests.test(check.__name__):
            check(checked)


def mypy_strict_sees_the_types(checked: Checked) -> None:
    lines = checked.lines("mypy", "user_code.py")
    problems = [line for line in lines if ": note: " not in line]
    assert not problems, checked.mypy.stdout + checked.mypy.stderr
    revealed = {
        int(m.group(1)): m.group(2)
        for m in re.finditer(r"user_code\.py:(\d+): note: Revealed type is \"(.+)\"",
                             checked.mypy.stdout)
    }
    check_reveals(revealed, "mypy")


def pyright_sees_the_types(checked: Checked) -> None:
    lines = checked.lines("pyright", "user_code.py")
    problems = [line for line in lines if " - information: " not in line]
    assert not problems, checked.pyright.stdout + checked.pyright.stderr
    revealed = {
        int(m.group(1)): m.group(2)
        for m in re.finditer(
            r"user_code\.py:(\d+):\d+ - information: Type of \".*\" is \"(.+)\"",
            checked.pyright.stdout,
        )
    }
    check_reveals(revealed, "pyright")


def both_checkers_report_the_mistakes(checked: Checked) -> None:
    mypy = "\n".join(checked.lines("mypy", "mistakes.py"))
    assert "[assert-type]" in mypy and '"get_maps_tod"' in mypy, checked.mypy.stdout
    assert checked.mypy.returncode == 1
    pyright = "\n".join(checked.lines("pyright", "mistakes.py"))
    assert "reportAssertTypeFailure" in pyright, checked.pyright.stdout
    assert '"get_maps_tod"' in pyright, checked.pyright.stdout
    assert checked.pyright.returncode == 1


def test_the_typed_twins_exist_exactly_for_the_endpoints_with_a_model() -> None:
    client, async_client = Client(), AsyncClient()
    modules = {"live": (live, aio.live), "core": (core, aio.core), "meet": (meet, aio.meet),
               "oauth": (oauth, aio.oauth)}
    for api, (sync_module, async_module) in modules.items():
        for declared in declarations_of(api):
            has_model = declared.model is not None
            for function in (
                getattr(sync_module, declared.name), getattr(async_module, declared.name),
                getattr(getattr(client, api), declared.name),
                getattr(getattr(async_client, api), declared.name),
            ):
                assert hasattr(function, "typed") == has_model, (api, declared.name)
            if declared.route is None or declared.returns == "str":
                assert not has_model, declared.name
    assert not hasattr(live.get, "typed") and not hasattr(live.delete_club, "typed")
    for name in live.__all__:
        if name.startswith("iter_"):
            assert hasattr(getattr(live, name), "typed"), name
            assert hasattr(getattr(aio.live, name), "typed"), name
    client.close()


def test_the_docstrings_are_in_the_generated_source() -> None:
    """Editors read the source: each function's protocol carries its declaration's docstring."""
    for path in generated_modules():
        module = ast.parse(path.read_text())
        protocols = {
            node.name: node for node in ast.walk(module) if isinstance(node, ast.ClassDef)
        }
        public = [
            node for node in module.body
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
        ]
        assert public, path
        for node in public:
            assert isinstance(node.target, ast.Name) and isinstance(node.annotation, ast.Name)
            protocol = protocols[node.annotation.id]
            call = next(f for f in protocol.body if getattr(f, "name", "") == "__call__")
            assert isinstance(call, (ast.FunctionDef, ast.AsyncFunctionDef))
            docstring = ast.get_docstring(call)
            assert docstring, (path.name, node.target.id)
            runtime = inspect.getdoc(getattr(_module_of(path), node.target.id))
            assert docstring == runtime, (path.name, node.target.id)


def generated_modules() -> list[Path]:
    package = ROOT / "src" / "nadeo_api"
    return [
        package / folder / f"{api}.py"
        for folder in ("", "aio") for api in ("live", "core", "meet", "oauth")
    ]


def _module_of(path: Path) -> Any:
    prefix = "nadeo_api.aio." if path.parent.name == "aio" else "nadeo_api."
    return importlib.import_module(prefix + path.stem)


def test_the_public_modules_import_no_model() -> None:
    code = (
        "import sys\nfrom nadeo_api import live, core, meet, oauth, aio\n"
        "print(sorted(m for m in sys.modules if m.startswith('nadeo_api.models')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_typed_iterators_yield_models(emulator: Emulator) -> None:
    map_uid = emulator.world.totd_maps()[-1]
    with Client(emulator_settings(emulator, **FAST)) as client:
        token = service_token(client)
        records = list(client.live.iter_map_leaderboard.typed(token, map_uid, limit=150))
        raw = list(client.live.iter_map_leaderboard(token, map_uid, limit=150))
        assert len(records) == 150 and all(isinstance(r, Record) for r in records)
        assert [(r.account_id, r.position, r.score) for r in records] == [
            (d["accountId"], d["position"], d["score"]) for d in raw
        ]
        months = list(live_totd_months(client, token))
        assert [type(m) for m in months] == [TotdMonth, TotdMonth]
        for campaigns in (client.live.iter_maps_seasonal, client.live.iter_maps_weekly_short,
                          client.live.iter_maps_weekly_grand):
            assert [type(c) for c in campaigns.typed(token, limit=2)] == [Campaign, Campaign]
        assert isinstance(client.live.get_map_leaderboard.typed(token, map_uid), MapLeaderboard)

    async def main() -> tuple[list[Record], MonthList]:
        async with AsyncClient(emulator_settings(emulator, **FAST)) as aclient:
            found = [
                r async for r in aclient.live.iter_map_leaderboard.typed(token, map_uid, limit=150)
            ]
            return found, await aclient.live.get_maps_totd.typed(token)

    found, month_list = asyncio.run(main())
    assert found == records
    assert isinstance(month_list, MonthList)


def live_totd_months(client: Client, token: auth.ServiceToken) -> list[TotdMonth]:
    return list(client.live.iter_maps_totd.typed(token, limit=2))


def pyright_verifies_the_generated_protocols_against_the_declarations(checked: Checked) -> None:
    """Each public function is annotated with its protocol but built from its declaration:
    pyright (as mypy in `make lint`) checks that the two agree, parameter by parameter."""
    for path in generated_modules():
        assert checked.lines("pyright", str(path)) == [], checked.pyright.stdout[-3000:]


def test_a_typed_iterator_refuses_an_item_that_does_not_fit_its_model() -> None:
    uid = "a" * 27
    page = b'{"tops": [{"zoneId": "w", "zoneName": "World", "top": [{"accountId": "x"}]}]}'
    with StubServer() as stub:
        stub.script(f"/api/token/leaderboard/group/Personal_Best/map/{uid}/top", Answer(200, page))
        token = auth.ServiceToken(*forged_pair(), agent="typing tests / @tests")
        with Client(live_url=stub.url, rate_limit=None) as client:
            assert list(client.live.iter_map_leaderboard(token, uid)) == [{"accountId": "x"}]
            with pytest.raises(InvalidResponseError, match="does not fit Record"):
                list(client.live.iter_map_leaderboard.typed(token, uid))
