"""The marker that stands for journal text in the crash-output tests, and the scan for it.

`marker_for(test)` is a made-up person's name and a token from an RNG seeded with
`SEED` (`TRUSTJOURNAL_MARKER_SEED=<seed>` replays a run; the seed is printed and goes into
every failure message). `leaks(blobs, marker)` lists every place a blob holds the
marker, its name or its token: as typed, lower- and upper-case, in UTF-8 and UTF-16.
tests/test_leaks.py has its own, stricter scan (it also looks for the data key).
"""

from __future__ import annotations

import os
import random

SEED = int(os.environ.get("TRUSTJOURNAL_MARKER_SEED", "20260509"))


def marker_for(test: str) -> str:
    """Text as a journal would hold it: a person's name and a unique token."""
    token = random.Random(f"{SEED}:{test}").getrandbits(64)
    print(f"marker seed {SEED} ({test})")
    return f"Zoë Lindqvist MARKER-{token:016x}"


def needles(marker: str) -> dict[str, bytes]:
    """Every byte pattern that would betray the marker."""
    texts = {
        "marker": marker,
        "token": marker.rsplit(" ", 1)[1],
        "token's random part": marker.rsplit("-", 1)[1],
        "name": marker.rsplit(" ", 1)[0],
    }
    found: dict[str, bytes] = {}
    for label, text in texts.items():
        for variant in (text, text.lower(), text.upper()):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                found[f"{label} {variant!r} ({encoding})"] = variant.encode(encoding)
    return found


def leaks(blobs: dict[str, bytes], marker: str) -> list[str]:
    """ "<what> in <where>" for every needle found in every blob."""
    return [
        f"{what} in {where}"
        for where, blob in blobs.items()
        for what, needle in needles(marker).items()
        if needle in blob
    ]
