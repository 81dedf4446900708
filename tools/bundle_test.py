"""Run the built standalone bundle as a user would, and fail loudly if any part is missing.

    python tools/bundle_test.py dist/TrustJournal        (`make bundle-test` builds, then runs this)

Everything happens in a temporary home whose path has spaces and non-ASCII characters,
from a copy of the bundle in a folder named the same way, with the user's TRUSTJOURNAL_*
settings, D-Bus session and keychain out of reach:

- size: the bundle's size and its ten biggest files (Linux: at most 150 MB);
- libraries (Linux): `ldd` on every library and plugin resolves inside the bundle or to a
  library packaging/linux_libs.py leaves to the system, and none is missing;
- `--version`; `init`, `add`, `search` and `ties` on a new journal, through the bundle;
- install-desktop (Linux): the entry (validated when desktop-file-validate exists) runs
  the bundle's executable, its New Conversation action the same with `--new`, the icons
  land, and uninstall-desktop removes them;
- smoke-gui: the main window opens offscreen and lists the person; keyring's backends
  load (SecretService with its libraries, on Linux);
- xcb (when `xvfb-run` exists): the same window on a real X server, through Qt's X11 plugin;
- keychain (when `dbus-run-session` and `gnome-keyring-daemon` exist; required when
  TRUSTJOURNAL_REQUIRE_REAL_KEYCHAIN is set): the bundle picks the Secret Service.

Prints each step, then "bundle-test: passed"; or exits 1 naming the step that failed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "packaging")]

import linux_libs  # noqa: E402 - packaging/linux_libs.py

from trustjournal import APP_ID, __version__  # noqa: E402

LINUX = sys.platform.startswith("linux")
SIZE_LIMIT_MB = 150
PASSPHRASE = "Smoke tëst: a long enough pässphrase 42"  # noqa: S105 - a throwaway journal
SUGGESTED = "She admitted she has no idea how to handle the reorg."  # the engine, bundled
# Only the trained model reads this one: its weights (package data) are in the bundle.
MODEL_ONLY = "We compared notes on boards that want growth and cash at the same time."
NOTE = "Ana said the Lisbon plan slips a quarter; she named her own mistake first."
# One file of each kind the bundled `import` reads (tests/data: made with each format's
# own library or tool, or taken from its test suite).
DATA = ROOT / "tests" / "data"
IMPORT_SAMPLES = (
    DATA / "vcard" / "vobject_vcard40_full.vcf",
    DATA / "calendar" / "property_params.ics",
    DATA / "journals" / "jrnl-export.json",
    DATA / "journals" / "dayone-export.zip",
)
TIMEOUT_S = 180
# Qt plugins the app cannot work without; other plugins (GTK theme, Wayland, input methods)
# are optional: Qt skips one whose system libraries are missing.
ESSENTIAL_PLUGINS = re.compile(
    r"/plugins/(platforms/libq(xcb|offscreen)|iconengines|imageformats)/"
)
_LDD_LINE = re.compile(r"^\s*(\S+) => (not found|(\S+) \(0x[0-9a-f]+\))\s*$")


class StepFailed(Exception):
    """Why a step failed; main() prints it with the step's name."""


def executable(dist: Path) -> Path:
    """The command-line executable inside the bundle folder (or the macOS .app)."""
    for candidate in (
        dist / "trustjournal",
        dist / "trustjournal.exe",
        dist / "Contents" / "MacOS" / "trustjournal",
    ):
        if candidate.is_file():
            return candidate
    raise StepFailed(f"no trustjournal executable in {dist}; build it with `make bundle`")


def clean_environment(home: Path) -> dict[str, str]:
    """The user's environment without anything that would reach their journal, settings,
    keychain or D-Bus session; HOME and the XDG folders point into `home`."""
    drop = ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND", "QT_QPA_PLATFORM")
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("TRUSTJOURNAL_") and k not in drop
    }
    runtime = home / "runtime"
    for sub in ("config", "data", "cache", "state", "runtime"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "config"),
        LOCALAPPDATA=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=str(runtime),  # no session bus here: jeepney would look for one
        TRUSTJOURNAL_PASSPHRASE=PASSPHRASE,
        PYTHONIOENCODING="utf-8",
    )
    return env


def run(
    command: Sequence[str | Path],
    env: dict[str, str],
    cwd: Path,
    expect: str | None = None,
    timeout: float = TIMEOUT_S,
) -> str:
    """Run `command`; its stdout if it exits 0 (and prints `expect`), else StepFailed."""
    try:
        done = subprocess.run(
            [str(c) for c in command],
            env=env,
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise StepFailed(
            f"no answer after {timeout:.0f} s: {' '.join(map(str, command))}"
        ) from None
    shown = f"\n--- stdout\n{done.stdout}--- stderr\n{done.stderr}---"
    if done.returncode != 0:
        raise StepFailed(f"exit status {done.returncode}{shown}")
    if expect is not None and expect not in done.stdout:
        raise StepFailed(f"the output does not say {expect!r}{shown}")
    return done.stdout


# -- size and libraries -----------------------------------------------------------------------


def files_of(dist: Path) -> list[Path]:
    return [p for p in dist.rglob("*") if p.is_file() and not p.is_symlink()]


def check_size(dist: Path) -> str:
    sizes = sorted(((p.stat().st_size, p) for p in files_of(dist)), reverse=True)
    total = sum(size for size, _ in sizes) / 2**20
    for size, path in sizes[:10]:
        print(f"    {size / 2**20:6.1f} MB  {path.relative_to(dist)}")
    if LINUX and total > SIZE_LIMIT_MB:
        raise StepFailed(f"{total:.0f} MB, over the {SIZE_LIMIT_MB} MB aim: see docs/packaging.md")
    return f"{total:.0f} MB in {len(sizes)} files"


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def ldd(path: Path, library_path: Path | None) -> list[tuple[str, str | None]]:
    """(name, resolved path or None if not found) for each library `path` needs."""
    env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    if library_path is not None:
        env["LD_LIBRARY_PATH"] = str(library_path)
    done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False)
    found = []
    for line in done.stdout.splitlines():
        match = _LDD_LINE.match(line)
        if match:
            found.append((match[1], match[3]))
    return found


def check_libraries(dist: Path) -> str:
    """Every ELF file's libraries are in the bundle or left to the system on purpose."""
    if shutil.which("ldd") is None:
        raise StepFailed("ldd is not installed")
    internal = dist / "_internal"
    inside = str(dist.resolve()) + os.sep
    problems: list[str] = []
    optional: list[str] = []
    from_system: set[str] = set()
    elves = [p for p in files_of(dist) if is_elf(p)]
    for path in elves:
        where = str(path.relative_to(dist))
        # The launcher sets LD_LIBRARY_PATH to _internal; so does this check.
        for name, resolved in ldd(path, internal):
            if resolved is None:
                plugin = "/plugins/" in f"/{where}"
                if plugin and not ESSENTIAL_PLUGINS.search(f"/{where}"):
                    optional.append(f"{where} (needs {name})")
                else:
                    problems.append(f"{where} needs {name}, found neither in the bundle nor here")
            elif not str(Path(resolved).resolve()).startswith(inside):
                if linux_libs.from_system(name):
                    from_system.add(name)
                else:
                    problems.append(f"{where} loads {resolved} from outside the bundle")
    # gui/common/system.py runs ldd on the xcb plugin without LD_LIBRARY_PATH (launch.py drops
    # it): the X11 helper libraries we ship must resolve through Qt's run path alone.
    xcb = internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if xcb.exists():
        shipped = {p.name for p in internal.iterdir()}
        for name, resolved in ldd(xcb, None):
            if resolved is None and name in shipped:
                problems.append(f"without LD_LIBRARY_PATH the xcb plugin does not find {name}")
    else:
        problems.append("Qt's X11 platform plugin (libqxcb.so) is missing")
    if problems:
        raise StepFailed("\n    ".join(["", *sorted(set(problems))]))
    for line in sorted(set(optional)):
        print(f"    optional plugin will not load on this machine: {line}")
    return f"{len(elves)} files; from the system: {', '.join(sorted(from_system))}"


# -- the keychain in a private D-Bus session ----------------------------------------------------


def keychain_child(exe: Path, vault: Path) -> int:
    """Inside `dbus-run-session`: start gnome-keyring's Secret Service, then the bundle."""
    daemon = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
        input=b"login keyring password for the bundle test",
        capture_output=True,
        check=True,
    )
    env = dict(os.environ)
    for line in daemon.stdout.decode().splitlines():
        name, _, value = line.partition("=")
        if name:
            env[name] = value
    done = subprocess.run(
        [str(exe), "smoke-gui", "--vault", str(vault)], env=env, timeout=TIMEOUT_S, check=False
    )
    return done.returncode


# -- the steps ------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("dist", type=Path, help="the bundle folder, e.g. dist/TrustJournal")
    parser.add_argument(
        "--keychain-child", nargs=2, metavar=("EXE", "VAULT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.keychain_child:
        return keychain_child(Path(args.keychain_child[0]), Path(args.keychain_child[1]))

    dist: Path = args.dist.resolve()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="trustjournal-bundle-test-") as tmp:
        home = Path(tmp) / "Smoke Tëst"
        work = home / "Dokumente Ñandú"
        work.mkdir(parents=True)
        vault = work / "Journal Ñ"
        env = clean_environment(home)
        offscreen = {**env, "QT_QPA_PLATFORM": "offscreen"}

        said: dict[str, str] = {}

        def smoke(environment: dict[str, str], wrapper: Sequence[str] = ()) -> str:
            out = run([*wrapper, exe, "smoke-gui", "--vault", vault], environment, work)
            if "main window shown with 1 person" not in out:
                raise StepFailed(f"the window did not list the one person: {out.strip()}")
            said["smoke"] = out
            return out.strip().removeprefix("smoke-gui: ")

        def keyring_backends() -> str:
            line = said["smoke"]
            wanted = {"linux": "SecretService", "darwin": "macOS", "win32": "Windows"}
            backend = wanted.get("linux" if LINUX else sys.platform)
            listed = line.partition("backends: ")[2].strip().split(", ")
            if backend is not None and backend not in listed:
                raise StepFailed(f"keyring did not load its {backend} backend: {line.strip()}")
            return ", ".join(listed)

        def xcb() -> str:
            if not shutil.which("xvfb-run"):
                return "skipped: xvfb-run is not installed (apt-get install xvfb)"
            return smoke({**env, "QT_QPA_PLATFORM": "xcb"}, ["xvfb-run", "--auto-servernum"])

        def keychain() -> str:
            needed = ("dbus-run-session", "gnome-keyring-daemon")
            missing = [tool for tool in needed if not shutil.which(tool)]
            if missing:
                message = f"needs {', '.join(missing)} (apt-get install dbus gnome-keyring)"
                if os.environ.get("TRUSTJOURNAL_REQUIRE_REAL_KEYCHAIN"):
                    raise StepFailed(message)
                return f"skipped: {message}"
            child = [sys.executable, __file__, str(dist), "--keychain-child", str(exe), str(vault)]
            out = run(["dbus-run-session", "--", *child], offscreen, work)
            if "keyring SecretService.Keyring" not in out:
                raise StepFailed(f"the bundle did not use the Secret Service: {out.strip()}")
            return out.strip().removeprefix("smoke-gui: ")

        def desktop_integration() -> str:
            data = Path(env["XDG_DATA_HOME"])
            entry = data / "applications" / f"{APP_ID}.desktop"
            icon = data / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
            run([exe, "install-desktop"], env, work)
            if not entry.is_file() or not icon.is_file():
                raise StepFailed(f"install-desktop did not write {entry} and {icon}")
            text = entry.read_text(encoding="utf-8")
            if f'Exec="{exe}"' not in text and f"Exec={exe}" not in text:
                raise StepFailed(f"the desktop entry does not run {exe}:\n{text}")
            # The launcher's New Conversation (quick capture) runs the same program with --new.
            if f'Exec="{exe}" --new' not in text and f"Exec={exe} --new" not in text:
                raise StepFailed(f"the New Conversation action does not run {exe} --new:\n{text}")
            validator = shutil.which("desktop-file-validate")
            if validator:
                run([validator, entry], env, work)
            run([exe, "uninstall-desktop"], env, work)
            if entry.exists() or icon.exists():
                raise StepFailed("uninstall-desktop left the desktop entry or the icon behind")
            checked = "validated" if validator else "desktop-file-validate not installed"
            return f"installed and removed the entry and icons ({checked})"

        try:
            # Run the copy a user would have put in a folder of their own: a path with
            # spaces and non-ASCII characters, as much as the journal's.
            installed = home / "Programme Ñandú" / dist.name
            shutil.copytree(dist, installed, symlinks=True)
            exe = executable(installed)
        except StepFailed as exc:
            print(f"bundle-test: FAILED: {exc}", file=sys.stderr)
            return 1
        steps: list[tuple[str, Callable[[], str]]] = [
            ("size", lambda: check_size(dist)),
            *([("libraries", lambda: check_libraries(dist))] if LINUX else []),
            (
                "--version",
                lambda: run(
                    [exe, "--version"], env, work, expect=f"trustjournal {__version__}"
                ).strip(),
            ),
            ("init", lambda: run([exe, "--vault", vault, "init"], env, work).splitlines()[0]),
            (
                "add",
                lambda: run(
                    [exe, "--vault", vault, "add", "Ana", "--text", NOTE], env, work
                ).splitlines()[-1],
            ),
            (
                "search",
                lambda: (
                    run([exe, "--vault", vault, "search", "Lisbon"], env, work, expect=NOTE)
                    .splitlines()[0]
                    .strip()
                ),
            ),
            (
                "ties",
                lambda: run([exe, "--vault", vault, "ties"], env, work, expect="Ana").split("\n")[
                    0
                ],
            ),
            (
                "suggest",
                lambda: (
                    run(
                        [exe, "suggest", "--text", SUGGESTED],
                        env,
                        work,
                        expect="they_admitted_doubt",
                    )
                    .splitlines()[1]
                    .strip()
                ),
            ),
            (
                "suggest (trained model)",
                lambda: (
                    run(
                        [exe, "suggest", "--text", MODEL_ONLY],
                        env,
                        work,
                        expect="parallel_pressures",
                    )
                    .splitlines()[1]
                    .strip()
                ),
            ),
            # The importers' libraries (vobject, icalendar, recurring-ical-events) and pyrage
            # for the age export: each read by the bundled command, as a user would.
            *(
                (
                    f"import {sample.name}",
                    lambda sample=sample: run(
                        [exe, "--vault", vault, "import", sample, "--dry-run"],
                        env,
                        work,
                        expect="Dry run of",
                    ).splitlines()[-1][:90],
                )
                for sample in IMPORT_SAMPLES
            ),
            (
                "export (age)",
                lambda: run(
                    [exe, "--vault", vault, "export", "--out", work / "journal.age"],
                    env,
                    work,
                ).splitlines()[-1][:90],
            ),
            *([("install-desktop", desktop_integration)] if LINUX else []),
            ("smoke-gui (offscreen)", lambda: smoke(offscreen)),
            ("keyring backends", keyring_backends),
            *(
                [("smoke-gui (xcb, Xvfb)", xcb), ("keychain (Secret Service)", keychain)]
                if LINUX
                else []
            ),
        ]
        print(f"bundle-test: {exe} in {work}")
        for name, step in steps:
            began = time.monotonic()
            try:
                result = step()
            except StepFailed as exc:
                print(f"bundle-test: FAILED at {name}: {exc}", file=sys.stderr)
                return 1
            print(f"bundle-test: {name}: ok ({time.monotonic() - began:.1f} s): {result}")
    print(f"bundle-test: passed ({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
