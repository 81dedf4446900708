"""Two real Syncthing instances on loopback sharing one folder, for the sync tests.

Each instance gets its own home (keys and config made by `syncthing generate`), listens
only on 127.0.0.1 (discovery, relays, NAT, usage reports and upgrades off), knows the other
by address, and shares one folder with it. The test writes into one folder, asks that
instance to rescan through its REST API (`POST /rest/db/scan`) and waits until the other
has the file. Debian's `syncthing` package; `.ci/run` installs it and sets
TRUSTJOURNAL_REQUIRE_SYNCTHING=1, so the test fails rather than skips there without it.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

FOLDER_ID = "trustjournal-sync"
API_KEY = "trustjournal-test-api-key"


def available() -> bool:
    return shutil.which("syncthing") is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Instance:
    name: str
    home: Path
    folder: Path
    gui_port: int
    listen_port: int
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None

    def rest(self, method: str, path: str) -> object:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            method=method,
            headers={"X-API-Key": API_KEY},
        )
        with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310 (http, loopback)
            body = answer.read()
        return json.loads(body) if body.strip() else None

    def scan(self) -> None:
        """Look at the folder now (instead of waiting for the watcher)."""
        self.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def connected_to(self, other: Instance) -> bool:
        answer = self.rest("GET", "/rest/system/connections")
        assert isinstance(answer, dict)
        return bool(answer["connections"].get(other.device_id, {}).get("connected"))


def _generate(instance: Instance) -> None:
    out = subprocess.run(
        ["syncthing", "generate", f"--home={instance.home}", "--no-default-folder"],
        capture_output=True,
        text=True,
        check=True,
        env=_env(instance),
    )
    for line in (out.stdout + out.stderr).splitlines():
        if "Device ID:" in line:
            instance.device_id = line.split("Device ID:", 1)[1].strip()
    assert instance.device_id, out.stdout + out.stderr


def _set(parent: ET.Element, tag: str, value: str) -> None:
    element = parent.find(tag)
    if element is None:
        element = ET.SubElement(parent, tag)
    element.text = value


def _configure(me: Instance, other: Instance, *, dial: bool) -> None:
    """`me`'s config: listening on loopback only, knowing `other`, sharing the folder. Only
    one side dials (`dial`; the other's peer address is "dynamic", which with discovery off
    means it only accepts): when both dial at once, each may wait for the other's Hello on
    the connection it will drop, and they connect only after the 20 s Hello timeout."""
    path = me.home / "config.xml"
    tree = ET.parse(path)  # noqa: S314 (the config syncthing generate just wrote)
    root = tree.getroot()
    gui = root.find("gui")
    assert gui is not None
    _set(gui, "address", f"127.0.0.1:{me.gui_port}")
    _set(gui, "apikey", API_KEY)
    options = root.find("options")
    assert options is not None
    for tag, value in {
        "listenAddress": f"tcp://127.0.0.1:{me.listen_port}",
        "globalAnnounceEnabled": "false",
        "localAnnounceEnabled": "false",
        "relaysEnabled": "false",
        "natEnabled": "false",
        "startBrowser": "false",
        "urAccepted": "-1",
        "crashReportingEnabled": "false",
        "autoUpgradeIntervalH": "0",
        "reconnectionIntervalS": "1",
    }.items():
        _set(options, tag, value)
    peer = ET.SubElement(
        root, "device", id=other.device_id, name=other.name, compression="metadata"
    )
    _set(peer, "address", f"tcp://127.0.0.1:{other.listen_port}" if dial else "dynamic")
    folder = ET.Element(
        "folder",
        id=FOLDER_ID,
        label="TrustJournal",
        path=str(me.folder),
        type="sendreceive",
        rescanIntervalS="2",
        fsWatcherEnabled="true",
        fsWatcherDelayS="1",
    )
    for device in (me.device_id, other.device_id):
        ET.SubElement(folder, "device", id=device)
    root.insert(0, folder)
    tree.write(path)
    (me.folder / ".stfolder").mkdir(parents=True, exist_ok=True)


def _env(instance: Instance) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(instance.home),
        "STNOUPGRADE": "1",
        "STNODEFAULTFOLDER": "1",
    }


def wait_for(what: Callable[[], bool], timeout: float, message: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if what():
                return
        except (OSError, urllib.error.URLError, KeyError):
            pass
        time.sleep(0.2)
    raise AssertionError(message)


@contextmanager
def pair(root: Path) -> Iterator[tuple[Instance, Instance]]:
    """Start A and B, connected, sharing `root/a-folder` ⇄ `root/b-folder`; stop them after."""
    a, b = (
        Instance(name, root / f"{name}-home", root / f"{name}-folder", _free_port(), _free_port())
        for name in ("a", "b")
    )
    for instance in (a, b):
        instance.folder.mkdir(parents=True)
        _generate(instance)
    _configure(a, b, dial=True)
    _configure(b, a, dial=False)
    with ExitStack() as stack:
        # B (which only accepts) first, answering, so that A's first dial finds it: a
        # failed first dial is retried only seconds later.
        for instance in (b, a):
            log = stack.enter_context((instance.home / "syncthing.log").open("wb"))
            instance.process = subprocess.Popen(
                [
                    "syncthing",
                    "serve",
                    f"--home={instance.home}",
                    "--no-browser",
                    "--no-restart",
                    "--no-upgrade",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=_env(instance),
            )
            stack.callback(_stop, instance)
            wait_for(
                lambda i=instance: i.rest("GET", "/rest/system/ping") is not None,  # type: ignore[misc]
                30,
                f"Syncthing {instance.name} did not answer: {_log(instance)}",
            )
        wait_for(lambda: a.connected_to(b) and b.connected_to(a), 60, "A and B never connected")
        yield a, b


def _log(instance: Instance) -> str:
    path = instance.home / "syncthing.log"
    return path.read_text(errors="replace")[-2000:] if path.exists() else "(no log)"


def _stop(instance: Instance) -> None:
    if instance.process is None or instance.process.poll() is not None:
        return
    try:
        instance.rest("POST", "/rest/system/shutdown")
        instance.process.wait(timeout=10)
    except (OSError, urllib.error.URLError, subprocess.TimeoutExpired):
        instance.process.kill()
        instance.process.wait(timeout=10)


def deliver(source: Instance, target: Instance, name: str, timeout: float = 60) -> None:
    """Rescan `source` and wait until `target` holds `name` (a path under its folder) with the
    same bytes as `source`."""
    source.scan()
    want = (source.folder / name).read_bytes()

    def arrived() -> bool:
        path = target.folder / name
        return path.exists() and path.read_bytes() == want

    wait_for(arrived, timeout, f"{name} never reached {target.name}: {_log(target)}")
