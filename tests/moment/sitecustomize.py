"""Loaded by every Python process that an awkward-moments run starts (its folder is put first on
PYTHONPATH): the process's clock is moved by the offset the test run chose, so that a child
process reads the same moment as the test that started it."""

from __future__ import annotations

import os

_offset = os.environ.get("NADEO_TEST_CLOCK_OFFSET")
if _offset:
    import time

    import time_machine

    time_machine.travel(time.time() + float(_offset), tick=True).start()
