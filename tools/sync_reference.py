"""Write the test data the suite reads from the community documentation.

    python tools/sync_reference.py                 # rewrite tests/data/reference.json
    python tools/sync_reference.py --check         # exit 1 if it differs from the documentation
    python tools/sync_reference.py --reference DIR # read another copy of the reference

The documentation lives beside the repository (`../shared/reference`: `endpoints.json` and the
`nadeoapi-docs` pages); the suite must run without it. This keeps, for every page, the facts the
tests use: the catalogue entry, the example requests (request line and JSON bodies) and the
example answers (JSON and plain text), in the order the page gives them, and the page's
remarks. A digest of that content lets a clone without the documentation still tell a
hand-edited file from a written one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference"
DATA = ROOT / "tests" / "data" / "reference.json"
PAGES = "nadeoapi-docs"

REQUEST_MARK = "**Example request"
RESPONSE_MARK = "**Example response"
BLOCK = re.compile(r"```(json|plain)\n(.*?)```", flags=re.S)


def loads_elided(block: str) -> Any:
    """JSON with the documentation's `...` elisions (and the commas they leave) removed."""
    lines = [line for line in block.splitlines() if line.strip() not in ("...", "…")]
    return json.loads(re.sub(r",(\s*[\]}])", r"\1", "\n".join(lines)))


def blocks(text: str) -> tuple[list[Any], list[str]]:
    """The JSON values and the plain-text blocks of a part of a page, in order."""
    values: list[Any] = []
    plain: list[str] = []
    for kind, body in BLOCK.findall(text):
        if kind == "plain":
            plain.append(body.strip())
            continue
        try:
            values.append(loads_elided(body))
        except json.JSONDecodeError:
            continue  # a template with placeholders, not an example
    return values, plain


# How the pages say that dedicated server accounts are refused, in their older and newer words.
REFUSES_SERVERS = re.compile(
    r"does not accept requests by dedicated server accounts"
    r"|only useful with tokens authenticated through Ubisoft user accounts"
    r"|not supported when using a dedicated server account",
)


REMARKS = re.compile(r"\*\*Remarks\*\*:?[ \t]*\n(.*?)(?=\n---|\n\*\*Example|\Z)", flags=re.S)


def remarks(text: str) -> list[str]:
    """The bullets of a page's *Remarks*, in order, each on one line."""
    found = REMARKS.search(text)
    if found is None:
        return []
    bullets: list[str] = []
    for line in found.group(1).splitlines():
        if re.match(r"[-*] ", line):
            bullets.append(line[2:].strip())
        elif line.strip() and bullets:  # a bullet continued on the next line
            bullets[-1] += " " + line.strip()
    return bullets


def page_facts(text: str) -> dict[str, Any]:
    """The example requests and answers of one page, its remarks, and whether it refuses
    dedicated servers."""
    before, _, answers = text.partition(RESPONSE_MARK)
    _, _, requests = before.partition(REQUEST_MARK)
    bodies, lines = blocks(requests)
    responses, texts = blocks(answers)
    return {
        "request_lines": lines,
        "request_bodies": bodies,
        "responses": responses,
        "texts": texts,
        "refuses_dedicated_servers": bool(REFUSES_SERVERS.search(before)),
        "remarks": remarks(text),
    }


def digest(content: dict[str, Any]) -> str:
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def build(reference: Path) -> dict[str, Any]:
    """The test data, from a copy of the reference."""
    catalogue = json.loads((reference / "endpoints.json").read_text(encoding="utf-8"))
    pages = {
        path.relative_to(reference / PAGES).as_posix(): page_facts(path.read_text(encoding="utf-8"))
        for path in sorted((reference / PAGES).rglob("*.md"))
    }
    documented = {entry["doc"] for entry in catalogue}
    content = {
        "catalogue": catalogue,
        "pages": {doc: facts for doc, facts in pages.items() if doc in documented},
    }
    return {"digest": digest(content), **content}


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=REFERENCE,
                        help=f"the reference folder (default: {REFERENCE})")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the test data differs from the reference")
    args = parser.parse_args(argv)
    if not (args.reference / "endpoints.json").is_file():
        print(f"no reference at {args.reference}", file=sys.stderr)
        return 2
    written = render(build(args.reference))
    if args.check:
        current = DATA.read_text(encoding="utf-8") if DATA.is_file() else ""
        if current != written:
            print(f"{DATA.relative_to(ROOT)} is out of date: run tools/sync_reference.py",
                  file=sys.stderr)
            return 1
        return 0
    DATA.parent.mkdir(parents=True, exist_ok=True)
    temporary = DATA.with_suffix(".tmp")
    temporary.write_text(written, encoding="utf-8")
    temporary.replace(DATA)
    print(f"wrote {DATA.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
