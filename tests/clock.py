"""The moment the suite's emulators live at: their world is the same whatever the date the suite
runs on (tokens follow the test's clock, which the awkward-moments check moves around)."""

from __future__ import annotations

import datetime

TODAY = datetime.date(2026, 6, 15)
