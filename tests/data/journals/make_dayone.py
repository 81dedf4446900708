"""Writes dayone-export.zip: a Day One JSON export, as Day One's File ▸ Export ▸ JSON makes it.

Day One is an Apple/Android app with no library to write its export, so this file is built
to the shape of real exports published in public repositories (Day One 4–7 for macOS and
iOS): a zip with `Journal.json` and `photos/<md5>.<type>`; the JSON written the way Apple's
NSJSONSerialization writes it (two-space indent, " : " between key and value, "/" escaped
as "\\/"), entries with `uuid` (32 upper-case hex digits), `creationDate` in UTC with a Z,
`timeZone`, `text` in Day One's Markdown (punctuation escaped with a backslash, photos as
`![](dayone-moment://<identifier>)`), `richText`, `tags`, `location`, `weather`,
`photos` (`identifier`, `md5`, `type`, …) and the device fields. No text is copied from
those exports. Run it again to rebuild the file (it is deterministic):

    python tests/data/journals/make_dayone.py
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
PHOTO = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")  # a tiny JPEG
PHOTO_MD5 = hashlib.md5(PHOTO, usedforsecurity=False).hexdigest()  # Day One names photos so
DEVICE = {
    "creationDevice": "Leader’s iPhone",
    "creationDeviceType": "iPhone",
    "creationDeviceModel": "iPhone14,2",
    "creationOSName": "iOS",
    "creationOSVersion": "17.4.1",
}


def rich(text: str) -> str:
    lines = [{"text": line + "\n"} for line in text.split("\n")]
    meta = {
        "version": 1,
        "small-lines-removed": True,
        "created": {"platform": "com.bloombuilt.dayone-ios", "version": 1513},
    }
    return json.dumps({"meta": meta, "contents": lines}, separators=(",", ":"))


def location(
    place: str, locality: str, area: str, country: str, lat: float, lon: float, zone: str
) -> dict[str, object]:
    return {
        "region": {
            "center": {"longitude": lon, "latitude": lat},
            "identifier": f"<{lat:+.8f},{lon:+.8f}> radius 70.64",
            "radius": 70.64,
        },
        "localityName": locality,
        "country": country,
        "timeZoneName": zone,
        "administrativeArea": area,
        "longitude": lon,
        "placeName": place,
        "latitude": lat,
    }


WEATHER = {
    "sunsetDate": "2024-03-04T17:41:10Z",
    "temperatureCelsius": 7,
    "weatherServiceName": "HAMweather",
    "windBearing": 250,
    "sunriseDate": "2024-03-04T06:04:39Z",
    "conditionsDescription": "Light Rain",
    "pressureMB": 1006,
    "visibilityKM": 48.28,
    "relativeHumidity": 81,
    "windSpeedKPH": 19,
    "weatherCode": "rain",
    "windChillCelsius": 5.1,
}

ENTRIES = [
    {  # 23:30 UTC on 4 March is 00:30 on 5 March in Zürich: the local date is the 5th
        "uuid": "8C1E4F0B7D2A4E6C9B3F51A07D64E2C9",
        "creationDate": "2024-03-04T23:30:00Z",
        "modifiedDate": "2024-03-04T23:41:56Z",
        "timeZone": "Europe/Zurich",
        "text": "# Dinner with Nadia Perez\nShe said the reorg is failing and she does not "
        "know how to tell her board\\. I admitted I had the same doubt last year\\.",
        "tags": ["Nadia Perez", "candid"],
        "location": location(
            "Kronenhalle", "Zürich", "ZH", "Switzerland", 47.367, 8.546, "Europe/Zurich"
        ),
        "weather": WEATHER,
        "starred": False,
    },
    {  # 23:30 in New York on 11 March is 03:30 UTC on 12 March: the local date is the 11th
        "uuid": "E7A29D3C0B5F4B18A6D2C94F13B870A5",
        "creationDate": "2024-03-12T03:30:00Z",
        "modifiedDate": "2024-03-12T03:41:02Z",
        "timeZone": "America/New_York",
        "text": "![](dayone-moment://5B0E7C2D9A1F4E3B8C6D2A9F0E1B7C4D)\n\nLate call with "
        "Marcus \\(he was in the airport lounge\\)\\. He challenged my framing of "
        "the hiring freeze\\.",
        "tags": ["Marcus", "challenged-framing"],
        "photos": [
            {
                "fnumber": "1.5",
                "orderInEntry": 0,
                "width": 4032,
                "type": "jpeg",
                "identifier": "5B0E7C2D9A1F4E3B8C6D2A9F0E1B7C4D",
                "isSketch": False,
                "height": 3024,
                "md5": PHOTO_MD5,
                "focalLength": "5.7",
                "cameraMake": "Apple",
                "cameraModel": "iPhone 13 Pro",
            }
        ],
        "location": location(
            "JFK Terminal 4",
            "New York",
            "NY",
            "United States",
            40.6441,
            -73.7822,
            "America/New_York",
        ),
        "starred": True,
    },
    {  # no tags: the text names Priya Raman, who is in the journal
        "uuid": "31B6F0E2A9C74D5E8F1A2B3C4D5E6F70",
        "creationDate": "2024-04-02T10:15:00Z",
        "modifiedDate": "2024-04-02T10:20:00Z",
        "timeZone": "Europe/London",
        "text": "Coffee with Priya Raman before the budget review\\. She understood the "
        "constraints we are under without my having to spell them out\\.",
        "starred": False,
    },
    {  # names nobody: left out unless the preview gives such entries to someone
        "uuid": "A4C3E2F1D0B94A8B7C6D5E4F3A2B1C0D",
        "creationDate": "2024-05-20T07:00:00Z",
        "modifiedDate": "2024-05-20T07:02:00Z",
        "timeZone": "Europe/London",
        "text": "Quiet week\\. Doubted the Q3 plan myself\\.",
        "tags": ["reflection"],
        "starred": False,
    },
]


def build(target: Path) -> None:
    entries = []
    for entry in ENTRIES:
        full = {**DEVICE, "duration": 0, "editingTime": 12.5, **entry}
        full["richText"] = rich(entry["text"])  # type: ignore[arg-type]
        entries.append(full)
    doc = {"metadata": {"version": "1.0"}, "entries": entries}
    text = json.dumps(doc, indent=2, separators=(",", " : "), ensure_ascii=False)
    text = text.replace("/", "\\/")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ("Journal.json", f"photos/{PHOTO_MD5}.jpeg"):
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode() if name.endswith(".json") else PHOTO)


if __name__ == "__main__":
    build(HERE / "dayone-export.zip")
