"""Values shared by the core and GUI tests (import from here inside tests/gui/)."""

from __future__ import annotations

PASSPHRASE = "correct horse battery"


class OnWorker:
    """A session's journal as the tests use it: every call runs on the journal worker (the
    one thread that owns the open journal) and waits there for the answer, as no view may.

        journal_of(session).add_person(PersonDraft("Ana"))
    """

    def __init__(self, session: object) -> None:
        self._session = session

    def __getattr__(self, name: str) -> object:
        call = self._session.call  # type: ignore[attr-defined]
        value = call(lambda j: getattr(j, name))
        if not callable(value):
            return value
        return lambda *args, **kwargs: call(lambda j: getattr(j, name)(*args, **kwargs))


def journal_of(session: object) -> OnWorker:
    return OnWorker(session)


def settle(qtbot: object, session: object, timeout: int = 10_000) -> None:
    """Wait until everything asked of the journal has been answered and shown."""
    qtbot.waitUntil(session.idle, timeout=timeout)  # type: ignore[attr-defined]


def assess(session: object) -> list:  # type: ignore[type-arg]
    """Every tie as of today, as the sidebar and the person page compute them."""
    import datetime as dt

    return session.call(lambda j: j.assess_ties(dt.date.today()))  # type: ignore[attr-defined, no-any-return]
