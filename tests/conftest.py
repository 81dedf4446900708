"""Shared fixtures. Tests never touch the real keychain of the machine running them:
every test gets a fresh in-memory keychain, anything that would initialise keyring's
own backend discovery gets the `fail` backend, and a test that leaves a different
backend installed stops the run."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from hypothesis import configuration as hypothesis_configuration
from hypothesis import settings as hypothesis_settings
from keyring.backends import fail

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.pop("TRUSTJOURNAL_PASSPHRASE", None)
os.environ.pop("TRUSTJOURNAL_NEW_PASSPHRASE", None)
os.environ.pop("TRUSTJOURNAL_VAULT", None)

sys.path.insert(0, str(Path(__file__).parent))
from helpers import PASSPHRASE
from keyring_support import MemoryKeyring

from trustjournal.core.journal.service import Journal

ROOT = Path(__file__).resolve().parent.parent

# The crash tests' kill moments come from a random.Random with this seed: fixed, so that
# every run draws the same delays and a failure is replayed as it is;
# TRUSTJOURNAL_CRASH_SEED=<n> tries another (bench/crash_loop.py draws fresh ones).
CRASH_SEED = 20260301


def crash_seed() -> int:
    chosen = os.environ.get("TRUSTJOURNAL_CRASH_SEED")
    return int(chosen) if chosen else CRASH_SEED


def pytest_report_header() -> str:
    seed = crash_seed()
    return f"crash seed: {seed} (replay a crash-test run with TRUSTJOURNAL_CRASH_SEED={seed})"


# Hypothesis keeps an example database and caches in ./.hypothesis, that is in the
# repository; tests write only under pytest's temp folder. No database (a failure prints
# its example), and the caches go in the run's temp folder, set before any test module is
# collected (Hypothesis caches the modules' constants as it collects them).
hypothesis_settings.register_profile("trustjournal-tests", database=None)
hypothesis_settings.load_profile("trustjournal-tests")


@pytest.hookimpl(trylast=True)  # after pytest's tmp_path plugin has set up its factory
def pytest_configure(config: pytest.Config) -> None:
    factory: pytest.TempPathFactory = config._tmp_path_factory  # type: ignore[attr-defined]
    hypothesis_configuration.set_hypothesis_home_dir(factory.mktemp("hypothesis"))


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    current = keyring.get_keyring()
    if not isinstance(current, MemoryKeyring | fail.Keyring):
        pytest.exit(f"a test installed a real keychain backend ({current!r}); stopping", 3)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture(autouse=True)
def english_command_line(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line follows the system's locale (core/i18n.py `from_environment`): the
    tests outside tests/gui, which read its English, ask for English whatever the machine's
    locale (a test of another language sets TRUSTJOURNAL_LANGUAGE itself). The GUI's tests
    choose their language with gui/common/language.py."""
    if "gui" not in Path(str(request.path)).parent.parts:
        monkeypatch.setenv("TRUSTJOURNAL_LANGUAGE", "en")


@pytest.fixture
def journal(vault_path: Path) -> Iterator[Journal]:
    j = Journal.create(vault_path, PASSPHRASE)
    yield j
    j.lock()


def cli_env(vault: Path, passphrase: str | None = PASSPHRASE, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRUSTJOURNAL_")}
    env["TRUSTJOURNAL_VAULT"] = str(vault)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    if passphrase is not None:
        env["TRUSTJOURNAL_PASSPHRASE"] = passphrase
    env["TRUSTJOURNAL_LANGUAGE"] = "en"  # whatever the machine's locale; `extra` may change it
    env.update(extra)
    return env


def run_cli(
    *args: str,
    vault: Path,
    passphrase: str | None = PASSPHRASE,
    stdin: bytes | None = b"",
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    """Run `python -m trustjournal ARGS` as a user would, capturing its output as text."""
    result = subprocess.run(
        [sys.executable, "-m", "trustjournal", *args],
        input=stdin,
        capture_output=True,
        env=env or cli_env(vault, passphrase),
        timeout=timeout,
        cwd=ROOT,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes, for "nothing changed" assertions."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return {str(p.relative_to(folder)): p.read_bytes() for p in files}
