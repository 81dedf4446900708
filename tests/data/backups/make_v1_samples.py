"""Made once with TrustJournal's backup code as it was before age backups (container v1)."""

import datetime as dt
import sys
import tempfile
from pathlib import Path

from trustjournal.core.backup import archive as backup
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, DecisionDraft, PersonDraft

out = Path(sys.argv[1])
with tempfile.TemporaryDirectory() as tmp:
    j = Journal.create(Path(tmp) / "vault", "sample journal passphrase")
    a = j.add_person(PersonDraft("Ada Okafor", "CFO", "board", "sample note", False, ("Ada",)))
    b = j.add_person(PersonDraft("Bruno Silva", "Advisor", "", "", True, ()))
    j.add_conversation(
        ConversationDraft(
            (a.id, b.id),
            dt.date(2026, 3, 2),
            "call",
            "SAMPLE-MARKER-1 she disagreed openly",
            ("they_shared_failure",),
        )
    )
    j.add_decision(DecisionDraft("Hire a COO", dt.date(2026, 3, 5), 4, consulted=(a.id,)))
    j.save_draft("conversation:new", "half a thought")
    backup.make(j, out / "journal-passphrase-v1.tjbackup")
    backup.make(j, out / "separate-passphrase-v1.tjbackup", passphrase="sample backup passphrase")
    print(j.counts())
    j.lock()
