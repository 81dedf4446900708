<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>A private, encrypted journal of candid conversations: which ties carry honesty, and which only polish.</source>
        <translation>Ein privates, verschlüsseltes Journal offener Gespräche: welche Beziehungen Ehrlichkeit tragen und welche nur Fassade.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted with your passphrase.</source>
        <translation>Alles bleibt auf diesem Computer, verschlüsselt mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>GNU GPL, version 3 or later</source>
        <translation>GNU GPL, Version 3 oder später</translation>
    </message>
    <message>
        <source>Free software under the {license}.</source>
        <translation>Freie Software unter der {license}.</translation>
    </message>
    <message>
        <source>Show Journal &amp;Folder</source>
        <translation>Journal&amp;ordner zeigen</translation>
    </message>
    <message>
        <source>{app} could not open a file manager on this computer. Your journal is in this folder:</source>
        <translation>{app} konnte auf diesem Computer keinen Dateimanager öffnen. Ihr Journal liegt in diesem Ordner:</translation>
    </message>
    <message>
        <source>The journal&apos;s folder is not there any more. It was:</source>
        <translation>Der Ordner des Journals ist nicht mehr da. Er war:</translation>
    </message>
    <message>
        <source>Journal Folder — {app}</source>
        <translation>Journalordner — {app}</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>{app} icon</source>
        <translation>{app}-Symbol</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Demo journal</source>
        <translation>Demo-Journal</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>Ihr Journal</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Journalordner</translation>
    </message>
    <message>
        <source>&amp;License…</source>
        <translation>&amp;Lizenz…</translation>
    </message>
</context>
<context>
    <name>AcceptAllButton</name>
    <message>
        <source>Tick every signal your note suggests ({key})</source>
        <translation>Jedes Signal ankreuzen, das Ihre Notiz nahelegt ({key})</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Alle übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Accept all %n suggested signals</source>
        <translation>
            <numerusform>%n vorgeschlagenes Signal übernehmen</numerusform>
            <numerusform>Alle %n vorgeschlagenen Signale übernehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Conversation…</source>
        <translation>&amp;Neues Gespräch…</translation>
    </message>
    <message>
        <source>Record a conversation</source>
        <translation>Ein Gespräch festhalten</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>New &amp;Decision…</source>
        <translation>Neue &amp;Entscheidung…</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>New &amp;Gathering…</source>
        <translation>Neues &amp;Treffen…</translation>
    </message>
    <message>
        <source>Record a retreat, conference or dinner series</source>
        <translation>Eine Klausur, Konferenz oder Abendessenreihe festhalten</translation>
    </message>
    <message>
        <source>Save Conversation</source>
        <translation>Gespräch speichern</translation>
    </message>
    <message>
        <source>in the editor</source>
        <translation>im Editor</translation>
    </message>
    <message>
        <source>Save Decision or Gathering</source>
        <translation>Entscheidung oder Treffen speichern</translation>
    </message>
    <message>
        <source>on the Decisions and Gatherings pages</source>
        <translation>auf den Seiten Entscheidungen und Treffen</translation>
    </message>
    <message>
        <source>Accept Suggested Signals</source>
        <translation>Vorgeschlagene Signale übernehmen</translation>
    </message>
    <message>
        <source>Tick every signal your note suggests</source>
        <translation>Jedes Signal ankreuzen, das Ihre Notiz nahelegt</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Bring in contacts (.vcf), a calendar or another journal; you see a preview first</source>
        <translation>Kontakte (.vcf), einen Kalender oder ein anderes Journal übernehmen; Sie sehen zuerst eine Vorschau</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>Save an encrypted copy of the whole journal</source>
        <translation>Eine verschlüsselte Kopie des ganzen Journals speichern</translation>
    </message>
    <message>
        <source>&amp;Verify a Backup…</source>
        <translation>Sicherung &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check a backup file completely</source>
        <translation>Eine Sicherungsdatei vollständig prüfen</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore a journal from a backup</source>
        <translation>Ein Journal aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the journal as readable Markdown and journal.json, or as one encrypted file</source>
        <translation>Das Journal als lesbares Markdown mit journal.json oder als eine verschlüsselte Datei schreiben</translation>
    </message>
    <message>
        <source>Show Journal &amp;Folder</source>
        <translation>Journal&amp;ordner zeigen</translation>
    </message>
    <message>
        <source>Open the folder that holds the journal in the file manager</source>
        <translation>Den Ordner mit dem Journal im Dateimanager öffnen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock the journal now</source>
        <translation>Das Journal jetzt sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search notes, people, decisions and gatherings</source>
        <translation>Notizen, Personen, Entscheidungen und Treffen durchsuchen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>People and their ties</source>
        <translation>Personen und Ihre Beziehungen zu ihnen</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Entscheidungen</translation>
    </message>
    <message>
        <source>Decisions and who you called</source>
        <translation>Entscheidungen und wen Sie angerufen haben</translation>
    </message>
    <message>
        <source>&amp;Gatherings</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <source>Gatherings and what happened after</source>
        <translation>Treffen und was danach geschah</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation>Volltextsuche</translation>
    </message>
    <message>
        <source>&amp;Reflection</source>
        <translation>&amp;Reflexion</translation>
    </message>
    <message>
        <source>The quarterly reflection: the practical test, answered</source>
        <translation>Die Reflexion zum Quartal: die Probe aufs Exempel, beantwortet</translation>
    </message>
    <message>
        <source>&amp;Next Steps</source>
        <translation>&amp;Nächste Schritte</translation>
    </message>
    <message>
        <source>What to do next to keep the ties that matter</source>
        <translation>Was als Nächstes zu tun ist, um die Beziehungen zu halten, auf die es ankommt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>&amp;To Write Up</source>
        <translation>&amp;Nachzutragen</translation>
    </message>
    <message>
        <source>Meetings from your calendar waiting to be written up</source>
        <translation>Termine aus Ihrem Kalender, die noch festzuhalten sind</translation>
    </message>
    <message>
        <source>To write up</source>
        <translation>Nachzutragen</translation>
    </message>
    <message>
        <source>Mark Step Done</source>
        <translation>Schritt erledigt</translation>
    </message>
    <message>
        <source>Mark the chosen next step done</source>
        <translation>Den gewählten nächsten Schritt als erledigt markieren</translation>
    </message>
    <message>
        <source>on the Next page</source>
        <translation>auf der Seite „Nächste Schritte“</translation>
    </message>
    <message>
        <source>Previous Quarter</source>
        <translation>Voriges Quartal</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>Voriges Quartal</translation>
    </message>
    <message>
        <source>on the Reflection page</source>
        <translation>auf der Seite „Reflexion“</translation>
    </message>
    <message>
        <source>Next Quarter</source>
        <translation>Nächstes Quartal</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Nächstes Quartal</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About TrustJournal</source>
        <translation>&amp;Über TrustJournal</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This is the demo journal: to write a new conversation, lock it (Ctrl+L) and unlock your own journal.</source>
        <translation>Dies ist das Demo-Journal: Um ein neues Gespräch festzuhalten, sperren Sie es (Strg+L) und entsperren Ihr eigenes Journal.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackup</name>
    <message>
        <source>The automatic backup was cancelled; it is made at the next lock instead.</source>
        <translation>Die automatische Sicherung wurde abgebrochen; sie wird stattdessen beim nächsten Sperren erstellt.</translation>
    </message>
    <message>
        <source>The last automatic backup failed on {moment}: {reason}</source>
        <translation>Die letzte automatische Sicherung ist am {moment} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Last backup: {moment}, verified.</source>
        <translation>Letzte Sicherung: {moment}, geprüft.</translation>
    </message>
    <message>
        <source>Last backup: {moment}.</source>
        <translation>Letzte Sicherung: {moment}.</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>Es wurde noch keine automatische Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Automatic Backup</source>
        <translation>Automatische Sicherung</translation>
    </message>
    <message>
        <source>Backing up before locking…</source>
        <translation>Sicherung vor dem Sperren…</translation>
    </message>
    <message>
        <source>The automatic backup on {moment} could not be made: {reason}.</source>
        <translation>Die automatische Sicherung am {moment} konnte nicht erstellt werden: {reason}.</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {reason}.</source>
        <translation>Die automatische Sicherung konnte nicht erstellt werden: {reason}.</translation>
    </message>
    <message>
        <source>

Your journal itself is fine. TrustJournal tries again the next time the journal locks; check the backup folder in Preferences.</source>
        <translation>

Ihr Journal selbst ist in Ordnung. TrustJournal versucht es beim nächsten Sperren des Journals erneut; prüfen Sie den Sicherungsordner in den Einstellungen.</translation>
    </message>
    <message>
        <source>Automatic Backup Failed</source>
        <translation>Automatische Sicherung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Backing up your journal…</source>
        <translation>Ihr Journal wird gesichert…</translation>
    </message>
    <message>
        <source>Checking every part of the backup…</source>
        <translation>Jeder Teil der Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>Restoring the journal…</source>
        <translation>Das Journal wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Keeping your current journal as a backup first…</source>
        <translation>Ihr jetziges Journal wird zuerst als Sicherung aufbewahrt…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>TrustJournal backups ({patterns});;All files (*)</source>
        <translation>TrustJournal-Sicherungen ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{title} Stopped</source>
        <translation>Angehalten: {title}</translation>
    </message>
    <message>
        <source>{title} was stopped when the journal locked. Nothing was written; start it again whenever you like.</source>
        <translation>„{title}“ wurde beim Sperren des Journals angehalten. Es wurde nichts geschrieben; starten Sie es jederzeit erneut.</translation>
    </message>
    <message>
        <source>Save the Backup</source>
        <translation>Sicherung speichern</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>It opens with the separate passphrase you chose, in TrustJournal or with the age tool alone (age -d FILE | gunzip).</source>
        <translation>Sie öffnet sich mit der eigenen Passphrase, die Sie gewählt haben, in TrustJournal oder allein mit dem Werkzeug age (age -d DATEI | gunzip).</translation>
    </message>
    <message>
        <source>It opens with your journal&apos;s passphrase as it is today, in TrustJournal or with the age tool alone (age -d FILE | gunzip).</source>
        <translation>Sie öffnet sich mit der heutigen Passphrase Ihres Journals, in TrustJournal oder allein mit dem Werkzeug age (age -d DATEI | gunzip).</translation>
    </message>
    <message>
        <source>Backup Saved</source>
        <translation>Sicherung gespeichert</translation>
    </message>
    <message>
        <source>Your journal is backed up to
{file}

It holds {counts}.</source>
        <translation>Ihr Journal ist gesichert in
{file}

Die Sicherung enthält {counts}.</translation>
    </message>
    <message>
        <source>Backup Cancelled</source>
        <translation>Sicherung abgebrochen</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>{error}

No backup file was left.</source>
        <translation>{error}

Es wurde keine Sicherungsdatei zurückgelassen.</translation>
    </message>
    <message>
        <source>Verify a Backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <source>Passphrase for “{name}”:</source>
        <translation>Passphrase für „{name}“:</translation>
    </message>
    <message>
        <source>Backup Verified</source>
        <translation>Sicherung geprüft</translation>
    </message>
    <message>
        <source>“{name}” is complete and intact.

Made on {moment} by {app} {version}.
It holds {counts}.</source>
        <translation>„{name}“ ist vollständig und unversehrt.

Erstellt am {moment} von {app} {version}.
Sie enthält {counts}.</translation>
    </message>
    <message>
        <source>Backup Not Usable</source>
        <translation>Sicherung nicht verwendbar</translation>
    </message>
    <message>
        <source>“{name}” failed the check.

{error}</source>
        <translation>„{name}“ hat die Prüfung nicht bestanden.

{error}</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace Your Journal?</source>
        <translation>Ihr Journal ersetzen?</translation>
    </message>
    <message>
        <source>Replace the journal that is open now with the backup?

Your current journal is first saved as a backup file beside it and then moved aside, not deleted. The restored journal opens with the backup&apos;s passphrase.</source>
        <translation>Das jetzt geöffnete Journal durch die Sicherung ersetzen?

Ihr jetziges Journal wird zuerst als Sicherungsdatei daneben gespeichert und dann beiseitegelegt, nicht gelöscht. Das wiederhergestellte Journal öffnet sich mit der Passphrase der Sicherung.</translation>
    </message>
    <message>
        <source>Restore Cancelled</source>
        <translation>Wiederherstellung abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled. No journal was made.</source>
        <translation>Abgebrochen. Es wurde kein Journal angelegt.</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>{error}

No journal was made.</source>
        <translation>{error}

Es wurde kein Journal angelegt.</translation>
    </message>
    <message>
        <source>Journal Restored</source>
        <translation>Journal wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup is restored into
{folder}

It opens with the backup&apos;s passphrase.</source>
        <translation>Die Sicherung ist wiederhergestellt in
{folder}

Sie öffnet sich mit der Passphrase der Sicherung.</translation>
    </message>
    <message>
        <source>Opening the restored journal…</source>
        <translation>Das wiederhergestellte Journal wird geöffnet…</translation>
    </message>
    <message>
        <source>Could not put the restored journal in place: {error}

Your journal is unchanged in {current}; the restored copy is in {made}.</source>
        <translation>Das wiederhergestellte Journal konnte nicht an seinen Platz gesetzt werden: {error}

Ihr Journal ist unverändert in {current}; die wiederhergestellte Kopie liegt in {made}.</translation>
    </message>
    <message>
        <source>The backup now is your journal.

The journal it replaced is saved, and checked, as the backup
{safety}
which opens with the passphrase you just typed, as the restored journal does.

Its old folder is still at
{aside}
The backup holds all of it, so the folder is no longer needed.

Delete the old folder now?</source>
        <translation>Die Sicherung ist jetzt Ihr Journal.

Das ersetzte Journal ist gespeichert und geprüft, als die Sicherung
{safety}
die sich wie das wiederhergestellte Journal mit der Passphrase öffnet, die Sie gerade eingegeben haben.

Sein alter Ordner liegt noch unter
{aside}
Die Sicherung enthält ihn vollständig, der Ordner wird also nicht mehr gebraucht.

Den alten Ordner jetzt löschen?</translation>
    </message>
    <message>
        <source>Folder Not Deleted</source>
        <translation>Ordner nicht gelöscht</translation>
    </message>
    <message>
        <source>Could not delete
{folder}
Delete it yourself.</source>
        <translation>Konnte nicht löschen:
{folder}
Bitte löschen Sie ihn selbst.</translation>
    </message>
    <message>
        <source>Restored, Not Opened</source>
        <translation>Wiederhergestellt, nicht geöffnet</translation>
    </message>
    <message>
        <source>The backup is restored in place, but it did not open: {error}

Unlock it with the backup&apos;s passphrase.</source>
        <translation>Die Sicherung ist an Ort und Stelle wiederhergestellt, ließ sich aber nicht öffnen: {error}

Entsperren Sie sie mit der Passphrase der Sicherung.</translation>
    </message>
</context>
<context>
    <name>BackupOptionsDialog</name>
    <message>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Choose Where to Save…</source>
        <translation>&amp;Speicherort wählen…</translation>
    </message>
    <message>
        <source>Back up the whole journal to one encrypted age file</source>
        <translation>Das ganze Journal in eine verschlüsselte age-Datei sichern</translation>
    </message>
    <message>
        <source>Everything goes in: {everything}. Keep the file somewhere other than this computer. It is a standard age file: if TrustJournal were ever gone, the free age tool would still open it (age -d FILE | gunzip).</source>
        <translation>Alles kommt hinein: {everything}. Bewahren Sie die Datei woanders als auf diesem Computer auf. Es ist eine gewöhnliche age-Datei: Gäbe es TrustJournal einmal nicht mehr, würde das freie Werkzeug age sie trotzdem öffnen (age -d DATEI | gunzip).</translation>
    </message>
    <message>
        <source>&amp;Use the journal&apos;s passphrase</source>
        <translation>Passphrase des &amp;Journals verwenden</translation>
    </message>
    <message>
        <source>Use the journal&apos;s passphrase</source>
        <translation>Passphrase des Journals verwenden</translation>
    </message>
    <message>
        <source>Use a &amp;separate passphrase</source>
        <translation>&amp;Eigene Passphrase verwenden</translation>
    </message>
    <message>
        <source>Use a separate passphrase</source>
        <translation>Eigene Passphrase verwenden</translation>
    </message>
    <message>
        <source>It opens with the passphrase you unlock the journal with today, even after you change that passphrase. Type it once more: the backup is sealed with it.</source>
        <translation>Sie öffnet sich mit der Passphrase, mit der Sie das Journal heute entsperren, auch nachdem Sie diese Passphrase geändert haben. Geben Sie sie noch einmal ein: Die Sicherung wird damit versiegelt.</translation>
    </message>
    <message>
        <source>Journal passphrase</source>
        <translation>Passphrase des Journals</translation>
    </message>
    <message>
        <source>Your journal passphrase</source>
        <translation>Die Passphrase Ihres Journals</translation>
    </message>
    <message>
        <source>&amp;Journal passphrase:</source>
        <translation>Passphrase des J&amp;ournals:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Passphrase der Sicherung noch einmal</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Dieselbe noch einmal</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Type your journal passphrase: the backup opens with it.</source>
        <translation>Geben Sie die Passphrase Ihres Journals ein: Die Sicherung öffnet sich damit.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen sind nicht gleich.</translation>
    </message>
</context>
<context>
    <name>BusyHint</name>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>Meetings from {name}</source>
        <translation>Termine aus {name}</translation>
    </message>
    <message>
        <source>Meetings with people become items to write up. Cancelled and declined meetings, holidays, and time with nobody else are left out.</source>
        <translation>Termine mit Personen werden zu Einträgen zum Nachtragen. Abgesagte und abgelehnte Termine, Feiertage und Zeit ohne andere Personen werden ausgelassen.</translation>
    </message>
    <message>
        <source>Meetings from</source>
        <translation>Termine ab</translation>
    </message>
    <message>
        <source>Meetings until</source>
        <translation>Termine bis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Meetings to import</source>
        <translation>Zu importierende Termine</translation>
    </message>
    <message>
        <source>Attendees not in the journal</source>
        <translation>Teilnehmende, die nicht im Journal sind</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Reading the calendar…</source>
        <translation>Der Kalender wird gelesen…</translation>
    </message>
    <message>
        <source>{count} people at these meetings are not in your journal. Tick the ones to add: the inbox then shows them by name, and they are known next time.</source>
        <translation>{count} Personen bei diesen Terminen sind nicht in Ihrem Journal. Haken Sie die an, die hinzugefügt werden sollen: Der Eingang zeigt sie dann mit Namen, und beim nächsten Mal sind sie bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n meetings</source>
        <translation>
            <numerusform>%n Termin importieren</numerusform>
            <numerusform>%n Termine importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported; change the dates to read again.</source>
        <translation>Angehalten. Es wurde nichts importiert; ändern Sie die Daten, um erneut zu lesen.</translation>
    </message>
    <message>
        <source>The calendar could not be read.</source>
        <translation>Der Kalender konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings added to To write up</source>
        <translation>
            <numerusform>%n Termin zu „Nachzutragen“ hinzugefügt</numerusform>
            <numerusform>%n Termine zu „Nachzutragen“ hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n people added to the journal.</source>
        <translation>
            <numerusform>; %n Person zum Journal hinzugefügt.</numerusform>
            <numerusform>; %n Personen zum Journal hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{events} events in the period; {meetings} meetings to write up</source>
        <translation>{events} Ereignisse im Zeitraum; {meetings} Termine nachzutragen</translation>
    </message>
    <message>
        <source> ({count} already in the inbox)</source>
        <translation> ({count} schon im Eingang)</translation>
    </message>
    <message>
        <source>Left out: {reasons}.</source>
        <translation>Ausgelassen: {reasons}.</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>{name}, new person</source>
        <translation>{name}, neue Person</translation>
    </message>
    <message>
        <source>{name}, chosen</source>
        <translation>{name}, ausgewählt</translation>
    </message>
    <message>
        <source>{name} will be added to your journal when you save</source>
        <translation>{name} wird beim Speichern in Ihr Journal aufgenommen</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync Conflicts — TrustJournal</source>
        <translation>Sync-Konflikte — TrustJournal</translation>
    </message>
    <message>
        <source>These were changed on two devices before either had the other&apos;s change. Choose what to keep: your other devices follow at their next sync.</source>
        <translation>Diese Einträge wurden auf zwei Geräten geändert, bevor eines die Änderung des anderen hatte. Wählen Sie, was bleiben soll: Ihre anderen Geräte übernehmen es beim nächsten Synchronisieren.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>No conflicts left: every device will show the same.</source>
        <translation>Keine Konflikte mehr: Alle Geräte zeigen dasselbe.</translation>
    </message>
    <message>
        <source>Conversation of {day} with {people}</source>
        <translation>Gespräch vom {day} mit {people}</translation>
    </message>
    <message>
        <source>Conversation of {day}</source>
        <translation>Gespräch vom {day}</translation>
    </message>
    <message>
        <source>Notes about {name}</source>
        <translation>Notizen zu {name}</translation>
    </message>
    <message>
        <source>Decision “{title}” of {day}</source>
        <translation>Entscheidung „{title}“ vom {day}</translation>
    </message>
    <message>
        <source>Gathering “{name}” of {day}</source>
        <translation>Treffen „{name}“ vom {day}</translation>
    </message>
    <message>
        <source>A quarter&apos;s reflection</source>
        <translation>Reflexion eines Quartals</translation>
    </message>
    <message>
        <source>An entry</source>
        <translation>Ein Eintrag</translation>
    </message>
    <message>
        <source>Deleted on another device while edited here — it was kept, so the edit is not lost. Keep it on every device, or delete it again: the other devices follow.</source>
        <translation>Auf einem anderen Gerät gelöscht, während es hier bearbeitet wurde – es wurde behalten, damit die Bearbeitung nicht verloren geht. Behalten Sie es auf allen Geräten, oder löschen Sie es erneut: Die anderen Geräte folgen.</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Keep it on every device</source>
        <translation>Auf allen Geräten behalten</translation>
    </message>
    <message>
        <source>Two devices changed this text at once. The first is shown for now.</source>
        <translation>Zwei Geräte haben diesen Text gleichzeitig geändert. Vorerst wird der erste gezeigt.</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Jetzt gezeigt</translation>
    </message>
    <message>
        <source>From another device</source>
        <translation>Von einem anderen Gerät</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Fassung {n}</translation>
    </message>
    <message>
        <source>&amp;Keep This One</source>
        <translation>&amp;Diese behalten</translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation>Diese behalten</translation>
    </message>
    <message>
        <source>Keep this one: {which}</source>
        <translation>Diese behalten: {which}</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Keeps both texts, one after the other, under a line</source>
        <translation>Behält beide Texte, nacheinander, durch eine Linie getrennt</translation>
    </message>
    <message>
        <source>Kept. The other devices follow at their next sync.</source>
        <translation>Behalten. Die anderen Geräte übernehmen es beim nächsten Synchronisieren.</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Merge into {name}</source>
        <translation>Mit {name} zusammenführen</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Als neue Person hinzufügen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Contacts in the file and what will happen to each</source>
        <translation>Die Kontakte der Datei und was mit jedem geschieht</translation>
    </message>
    <message>
        <source>Nothing is written until you import. People you add start as “Too early”: they count as ties only once you record a conversation with them. Details you wrote are never overwritten; a merge only fills what is empty and adds aliases.</source>
        <translation>Bis Sie importieren, wird nichts geschrieben. Personen, die Sie hinzufügen, beginnen als „Zu früh“: Sie zählen erst als Verbindung, wenn Sie ein Gespräch mit ihnen festhalten. Was Sie selbst geschrieben haben, wird nie überschrieben; ein Zusammenführen füllt nur Leeres und fügt weitere Namen hinzu.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import contacts from {file}</source>
        <translation>Kontakte aus {file} importieren</translation>
    </message>
    <message>
        <source>{name} cannot be imported</source>
        <translation>{name} kann nicht importiert werden</translation>
    </message>
    <message>
        <source>{new} new, {exists} already in your journal, {conflict} to decide</source>
        <translation>{new} neu, {exists} schon in Ihrem Journal, {conflict} zu entscheiden</translation>
    </message>
    <message>
        <source>{count} left out (not a person, or no name)</source>
        <translation>{count} ausgelassen (keine Person oder kein Name)</translation>
    </message>
    <message>
        <source>Will add {add}, merge {merge}, skip {skip}.</source>
        <translation>Wird {add} hinzufügen, {merge} zusammenführen, {skip} überspringen.</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Kontakte werden importiert…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n people added</source>
        <translation>
            <numerusform>%n Person hinzugefügt</numerusform>
            <numerusform>%n Personen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people given new details</source>
        <translation>
            <numerusform>%n Person um neue Angaben ergänzt</numerusform>
            <numerusform>%n Personen um neue Angaben ergänzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>

People with no conversations are now hidden in the sidebar, so that your ties stay in view; untick “Hide people with no conversations” to see them.</source>
        <translation>

Personen ohne Gespräche sind jetzt in der Seitenleiste ausgeblendet, damit Ihre Verbindungen im Blick bleiben; entfernen Sie den Haken bei „Personen ohne Gespräche ausblenden“, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>No organisation</source>
        <translation>Keine Organisation</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>Keine E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Vor %n Min. synchronisiert</numerusform>
            <numerusform>Vor %n Min. synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n Änderung wartet auf das Senden.</numerusform>
            <numerusform>%n Änderungen warten auf das Senden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>{app} hit an unexpected problem. Your journal is safe: everything saved so far is kept, and nothing from it is in this report.</source>
        <translation>{app} ist auf ein unerwartetes Problem gestoßen. Ihr Journal ist sicher: Alles bisher Gespeicherte bleibt erhalten, und nichts davon steht in diesem Bericht.</translation>
    </message>
    <message>
        <source>You can go on working. To tell us about it, copy the report: it says only where in {app} the problem happened.</source>
        <translation>Sie können weiterarbeiten. Wenn Sie uns davon berichten möchten, kopieren Sie den Bericht: Er sagt nur, wo in {app} das Problem auftrat.</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>{app} icon</source>
        <translation>Symbol von {app}</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>Problembericht</translation>
    </message>
    <message>
        <source>More problems</source>
        <translation>Weitere Probleme</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Close and go back</source>
        <translation>Schließen und zurückkehren</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems came up after this one.</source>
        <translation>
            <numerusform>Danach ist %n weiteres Problem aufgetreten.</numerusform>
            <numerusform>Danach sind %n weitere Probleme aufgetreten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each different one is in the report too.</source>
        <translation>Jedes andere steht ebenfalls im Bericht.</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>Decision editor</source>
        <translation>Entscheidungseditor</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Neue Entscheidung</translation>
    </message>
    <message>
        <source>Editor heading</source>
        <translation>Überschrift des Editors</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Decision title</source>
        <translation>Titel der Entscheidung</translation>
    </message>
    <message>
        <source>What are you deciding? e.g. Replace the head of sales</source>
        <translation>Was entscheiden Sie? z. B. Vertriebsleitung neu besetzen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Datum der Entscheidung</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Dis&amp;comfort</source>
        <translation>&amp;Unbehagen</translation>
    </message>
    <message>
        <source>Discomfort, 1 comfortable to 5 very uncomfortable</source>
        <translation>Unbehagen, von 1 unbedenklich bis 5 sehr unangenehm</translation>
    </message>
    <message>
        <source>3 · uneasy</source>
        <translation>3 · unbehaglich</translation>
    </message>
    <message>
        <source>Discomfort meaning</source>
        <translation>Bedeutung des Unbehagens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status open</source>
        <translation>Status offen</translation>
    </message>
    <message>
        <source>&amp;Open: still deciding</source>
        <translation>&amp;Offen: noch in Abwägung</translation>
    </message>
    <message>
        <source>Status decided</source>
        <translation>Status entschieden</translation>
    </message>
    <message>
        <source>Dec&amp;ided</source>
        <translation>Entsch&amp;ieden</translation>
    </message>
    <message>
        <source>&amp;People consulted, and whose input changed your framing</source>
        <translation>&amp;Befragt, und wer Ihre Sicht verändert hat</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>Filter people by name…</source>
        <translation>Personen nach Namen filtern…</translation>
    </message>
    <message>
        <source>People consulted</source>
        <translation>Befragte Personen</translation>
    </message>
    <message>
        <source>Who you consulted</source>
        <translation>Wen Sie befragt haben</translation>
    </message>
    <message>
        <source>Nobody consulted yet: tick the people you asked.</source>
        <translation>Noch niemand befragt: Kreuzen Sie an, wen Sie gefragt haben.</translation>
    </message>
    <message>
        <source>O&amp;utcome note</source>
        <translation>Notiz zum &amp;Ergebnis</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Notiz zum Ergebnis</translation>
    </message>
    <message>
        <source>What did you decide, and why? Who or what changed your mind? (Markdown)</source>
        <translation>Was haben Sie entschieden, und warum? Wer oder was hat Ihre Meinung geändert? (Markdown)</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Discomfort</source>
        <translation>Unbehagen</translation>
    </message>
    <message>
        <source>Changed my framing</source>
        <translation>Hat meine Sichtweise verändert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{level} of 5</source>
        <translation>{level} von 5</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Uncomfortable: you brought them a hard call</source>
        <translation>Unbequem: Sie haben ihr oder ihm eine schwere Entscheidung vorgelegt</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <source>comfortable</source>
        <translation>unbedenklich</translation>
    </message>
    <message>
        <source>a little uneasy</source>
        <translation>etwas unbehaglich</translation>
    </message>
    <message>
        <source>uneasy</source>
        <translation>unbehaglich</translation>
    </message>
    <message>
        <source>uncomfortable</source>
        <translation>unangenehm</translation>
    </message>
    <message>
        <source>very uncomfortable</source>
        <translation>sehr unangenehm</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Decided alone</source>
        <translation>Allein entschieden</translation>
    </message>
    <message>
        <source>Nobody consulted yet</source>
        <translation>Noch niemand befragt</translation>
    </message>
    <message>
        <source>Consulted {names}</source>
        <translation>Befragt: {names}</translation>
    </message>
    <message>
        <source>reframed by {names}</source>
        <translation>Sicht verändert von {names}</translation>
    </message>
    <message>
        <source>discomfort {value} of 5, {meaning}</source>
        <translation>Unbehagen {value} von 5, {meaning}</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>&amp;New decision</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Neue Entscheidung</translation>
    </message>
    <message>
        <source>Filter decisions</source>
        <translation>Entscheidungen filtern</translation>
    </message>
    <message>
        <source>Decisions list</source>
        <translation>Liste der Entscheidungen</translation>
    </message>
    <message>
        <source>How many decisions</source>
        <translation>Anzahl der Entscheidungen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Record a new decision</source>
        <translation>Eine neue Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Problem with this decision</source>
        <translation>Problem mit dieser Entscheidung</translation>
    </message>
    <message>
        <source>Delete this decision</source>
        <translation>Diese Entscheidung löschen</translation>
    </message>
    <message>
        <source>Save this decision</source>
        <translation>Diese Entscheidung speichern</translation>
    </message>
    <message>
        <source>Unsaved decision — TrustJournal</source>
        <translation>Ungespeicherte Entscheidung — TrustJournal</translation>
    </message>
    <message>
        <source>This decision has changes that are not saved.</source>
        <translation>Diese Entscheidung hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>this decision</source>
        <translation>diese Entscheidung</translation>
    </message>
    <message>
        <source>Delete decision — TrustJournal</source>
        <translation>Entscheidung löschen — TrustJournal</translation>
    </message>
    <message>
        <source>Delete the decision “{name}”?</source>
        <translation>Die Entscheidung „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Deleted the decision “{name}”.</source>
        <translation>Entscheidung „{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>Record a decision you are facing or have made</source>
        <translation>Eine Entscheidung festhalten, vor der Sie stehen oder die Sie getroffen haben</translation>
    </message>
    <message>
        <source>Filter by title or person…</source>
        <translation>Nach Titel oder Person filtern…</translation>
    </message>
    <message>
        <source>No decisions yet.

Record the next one that feels uncomfortable, and who you called about it.</source>
        <translation>Noch keine Entscheidungen.

Halten Sie die nächste fest, die sich unangenehm anfühlt, und wen Sie dazu angerufen haben.</translation>
    </message>
    <message>
        <source>Pick a decision on the left to see who you consulted,
or record a new one.</source>
        <translation>Wählen Sie links eine Entscheidung, um zu sehen, wen Sie befragt haben,
oder halten Sie eine neue fest.</translation>
    </message>
    <message>
        <source>Conversations linked to it stay in the journal, unlinked. You can undo this until you lock the journal or quit.</source>
        <translation>Damit verknüpfte Gespräche bleiben im Journal, ohne Verknüpfung. Sie können das rückgängig machen, bis Sie das Journal sperren oder beenden.</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Befragt</translation>
    </message>
    <message>
        <source>Changed my framing</source>
        <translation>Hat meine Sicht verändert</translation>
    </message>
    <message>
        <source>Show decisions by status</source>
        <translation>Entscheidungen nach Status zeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n open</source>
        <translation>
            <numerusform> · %n offen</numerusform>
            <numerusform> · %n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} of 5: {meaning}</source>
        <translation>{value} von 5: {meaning}</translation>
    </message>
    <message>
        <source>log the call</source>
        <translation>Anruf festhalten</translation>
    </message>
    <message>
        <source>Nobody consulted yet on an uncomfortable decision. Whom to call:{names}</source>
        <translation>Zu einer unangenehmen Entscheidung noch niemand befragt. Wen Sie anrufen können:{names}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Click a name to tick them as consulted, or log the call as a conversation about this decision.</source>
        <translation>&lt;br&gt;Klicken Sie auf einen Namen, um die Person als befragt anzukreuzen, oder halten Sie den Anruf als Gespräch zu dieser Entscheidung fest.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Click a name to tick them as consulted.</source>
        <translation>&lt;br&gt;Klicken Sie auf einen Namen, um die Person als befragt anzukreuzen.</translation>
    </message>
    <message>
        <source>Nobody consulted yet: tick the people you asked.</source>
        <translation>Noch niemand befragt: Kreuzen Sie an, wen Sie gefragt haben.</translation>
    </message>
    <message>
        <source>Consulted: {people}.</source>
        <translation>Befragt: {people}.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Changed your framing: {people}.</source>
        <translation>&lt;br&gt;Ihre Sicht verändert hat: {people}.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Nobody changed your framing yet: tick them in the second column.</source>
        <translation>&lt;br&gt;Noch hat niemand Ihre Sicht verändert: Kreuzen Sie die Person in der zweiten Spalte an.</translation>
    </message>
</context>
<context>
    <name>EmergencyKit</name>
    <message>
        <source>TrustJournal emergency kit</source>
        <translation>TrustJournal-Notfallblatt</translation>
    </message>
    <message>
        <source>Whoever holds this key can open your journal and read everything in it, without your passphrase. Keep it as you would keep the journal itself.</source>
        <translation>Wer diesen Schlüssel besitzt, kann Ihr Journal ohne Ihre Passphrase öffnen und alles darin lesen. Bewahren Sie ihn so auf, wie Sie das Journal selbst aufbewahren würden.</translation>
    </message>
    <message>
        <source>TrustJournal Emergency Kit.pdf</source>
        <translation>TrustJournal-Notfallblatt.pdf</translation>
    </message>
    <message>
        <source>Made on {date} for the journal in {folder}</source>
        <translation>Erstellt am {date} für das Journal in {folder}</translation>
    </message>
    <message>
        <source>This page holds the &lt;b&gt;recovery key&lt;/b&gt; of your TrustJournal journal. If you ever forget your passphrase, this key lets you in and set a new one. Without the passphrase or this key, nobody (including us) can open the journal.</source>
        <translation>Dieses Blatt enthält den &lt;b&gt;Wiederherstellungsschlüssel&lt;/b&gt; Ihres TrustJournal-Journals. Wenn Sie je Ihre Passphrase vergessen, lässt Sie dieser Schlüssel hinein und eine neue festlegen. Ohne die Passphrase oder diesen Schlüssel kann niemand (auch wir nicht) das Journal öffnen.</translation>
    </message>
    <message>
        <source>RECOVERY KEY</source>
        <translation>WIEDERHERSTELLUNGSSCHLÜSSEL</translation>
    </message>
    <message>
        <source>Eight groups of five: the digits 0–9 and the letters A–Z except I, L, O and U (an I or L typed is read as 1, an O as 0). Capitals, spaces and dashes do not matter; the last character of each group is a check, so a mistyped group is pointed out.</source>
        <translation>Acht Fünfergruppen: die Ziffern 0–9 und die Buchstaben A–Z außer I, L, O und U (ein eingegebenes I oder L wird als 1 gelesen, ein O als 0). Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle; das letzte Zeichen jeder Gruppe ist eine Prüfziffer, sodass eine falsch eingegebene Gruppe angezeigt wird.</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Wo Sie es aufbewahren</translation>
    </message>
    <message>
        <source>Print this page and keep it apart from your computer: in a safe, in a sealed envelope with your important papers, or with one person you trust completely. Do not keep it in the laptop bag, in your email or in a cloud folder. Once printed, delete the PDF.</source>
        <translation>Drucken Sie dieses Blatt aus und bewahren Sie es getrennt von Ihrem Computer auf: in einem Tresor, in einem verschlossenen Umschlag bei Ihren wichtigen Unterlagen oder bei einer Person, der Sie vollkommen vertrauen. Bewahren Sie es nicht in der Laptoptasche, in Ihren E-Mails oder in einem Cloud-Ordner auf. Löschen Sie das PDF, sobald es gedruckt ist.</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Wie Sie es verwenden</translation>
    </message>
    <message>
        <source>Open TrustJournal. On the unlock window choose &lt;b&gt;Forgot your passphrase?&lt;/b&gt;, type the key above and choose a new passphrase; the journal opens. On the command line: {command}. The key keeps working afterwards.</source>
        <translation>Öffnen Sie TrustJournal. Wählen Sie im Entsperrfenster &lt;b&gt;Passphrase vergessen?&lt;/b&gt;, geben Sie den Schlüssel oben ein und wählen Sie eine neue Passphrase; das Journal öffnet sich. Auf der Kommandozeile: {command}. Der Schlüssel funktioniert danach weiter.</translation>
    </message>
    <message>
        <source>Warning.</source>
        <translation>Warnung.</translation>
    </message>
    <message>
        <source>If you think someone has seen it, make a new one in &lt;b&gt;Preferences ▸ Recovery key…&lt;/b&gt; (or {command}): this key then stops working at once, and this page with it.</source>
        <translation>Wenn Sie glauben, dass jemand ihn gesehen hat, erstellen Sie unter &lt;b&gt;Einstellungen ▸ Wiederherstellungsschlüssel…&lt;/b&gt; einen neuen (oder mit {command}): Dieser Schlüssel funktioniert dann sofort nicht mehr, und dieses Blatt mit ihm.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Conversation — TrustJournal</source>
        <translation>Gespräch — TrustJournal</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>Editor title</source>
        <translation>Titel des Editors</translation>
    </message>
    <message>
        <source>Restored draft notice</source>
        <translation>Hinweis auf wiederhergestellten Entwurf</translation>
    </message>
    <message>
        <source>Restored your unsaved draft.</source>
        <translation>Ihr ungespeicherter Entwurf wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored draft</source>
        <translation>Wiederhergestellter Entwurf</translation>
    </message>
    <message>
        <source>Disc&amp;ard draft</source>
        <translation>Entwurf &amp;verwerfen</translation>
    </message>
    <message>
        <source>Forget the unsaved changes and go back to what was last saved</source>
        <translation>Die ungespeicherten Änderungen vergessen und zum zuletzt Gespeicherten zurückkehren</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>People in this conversation</source>
        <translation>Personen in diesem Gespräch</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Date of the conversation</source>
        <translation>Datum des Gesprächs</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>De&amp;cision</source>
        <translation>Ents&amp;cheidung</translation>
    </message>
    <message>
        <source>Linked decision</source>
        <translation>Verknüpfte Entscheidung</translation>
    </message>
    <message>
        <source>The decision this conversation was about, if any</source>
        <translation>Die Entscheidung, um die es in diesem Gespräch ging, falls es eine gab</translation>
    </message>
    <message>
        <source>&amp;Gathering</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <source>Linked gathering</source>
        <translation>Verknüpftes Treffen</translation>
    </message>
    <message>
        <source>The retreat, conference or dinner series where it happened, if any</source>
        <translation>Die Klausur, Konferenz oder Abendessenreihe, bei der es stattfand, falls zutreffend</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Markdown: *emphasis*, **strong**, - lists</source>
        <translation>Markdown: *betont*, **fett**, - Listen</translation>
    </message>
    <message>
        <source>Markdown hint</source>
        <translation>Markdown-Hinweis</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>Write the note</source>
        <translation>Die Notiz schreiben</translation>
    </message>
    <message>
        <source>Edit the note as plain text</source>
        <translation>Die Notiz als reinen Text bearbeiten</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Preview the note</source>
        <translation>Vorschau der Notiz</translation>
    </message>
    <message>
        <source>See the note with its Markdown rendered</source>
        <translation>Die Notiz mit dargestelltem Markdown ansehen</translation>
    </message>
    <message>
        <source>What was really said?</source>
        <translation>Was wurde wirklich gesagt?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Vorschau der Notiz</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>What this conversation carried: tick what happened</source>
        <translation>Was dieses Gespräch getragen hat: Kreuzen Sie an, was geschah</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Problem beim Speichern</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Stand des Entwurfs</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete this conversation (asks first; you can undo it until you lock the journal)</source>
        <translation>Dieses Gespräch löschen (mit Rückfrage; rückgängig zu machen, bis Sie das Journal sperren)</translation>
    </message>
    <message>
        <source>Delete this conversation</source>
        <translation>Dieses Gespräch löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the editor (asks first when something is not saved)</source>
        <translation>Den Editor schließen (mit Rückfrage, wenn etwas nicht gespeichert ist)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save this conversation (Ctrl+S)</source>
        <translation>Dieses Gespräch speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this conversation before you leave it?</source>
        <translation>Dieses Gespräch speichern, bevor Sie es verlassen?</translation>
    </message>
    <message>
        <source>Until you save or discard it, your text is kept as an encrypted draft in your journal.</source>
        <translation>Bis Sie es speichern oder verwerfen, wird Ihr Text als verschlüsselter Entwurf in Ihrem Journal aufbewahrt.</translation>
    </message>
    <message>
        <source>Unsaved conversation</source>
        <translation>Ungespeichertes Gespräch</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Restored your unsaved draft from {moment}.</source>
        <translation>Ihr ungespeicherter Entwurf ({moment}) wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Unsaved changes · kept as a draft</source>
        <translation>Ungespeicherte Änderungen · als Entwurf aufbewahrt</translation>
    </message>
    <message>
        <source>Unsaved changes · no draft kept</source>
        <translation>Ungespeicherte Änderungen · kein Entwurf aufbewahrt</translation>
    </message>
    <message>
        <source>Your changes could not be kept as a draft before the journal locked, so they were held in memory: they are all here. Save them now.</source>
        <translation>Ihre Änderungen konnten vor dem Sperren des Journals nicht als Entwurf aufbewahrt werden, deshalb wurden sie im Arbeitsspeicher gehalten: Sie sind alle hier. Speichern Sie sie jetzt.</translation>
    </message>
    <message>
        <source>‘{name}’ is not in your journal yet: add them as a new person, or clear the name.</source>
        <translation>‚{name}‘ ist noch nicht in Ihrem Journal: Fügen Sie die Person neu hinzu oder löschen Sie den Namen.</translation>
    </message>
    <message>
        <source>Your text is still here.</source>
        <translation>Ihr Text ist noch da.</translation>
    </message>
    <message>
        <source>Saved at {moment}</source>
        <translation>Gespeichert: {moment}</translation>
    </message>
    <message>
        <source>Conversation saved</source>
        <translation>Gespräch gespeichert</translation>
    </message>
    <message>
        <source>The draft could not be discarded: {error}</source>
        <translation>Der Entwurf konnte nicht verworfen werden: {error}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Unsaved changes · draft kept at {moment}</source>
        <translation>Ungespeicherte Änderungen · Entwurf aufbewahrt: {moment}</translation>
    </message>
    <message>
        <source>It is also kept as an encrypted draft in your journal.</source>
        <translation>Ihr Text wird außerdem als verschlüsselter Entwurf in Ihrem Journal aufbewahrt.</translation>
    </message>
    <message>
        <source>It could not be kept as a draft either ({reason}): leave this window open and press Save again once that is fixed.</source>
        <translation>Ihr Text konnte auch nicht als Entwurf aufbewahrt werden ({reason}): Lassen Sie dieses Fenster offen und drücken Sie erneut auf Speichern, sobald das behoben ist.</translation>
    </message>
    <message>
        <source>Your draft could not be kept in the journal: {reason}. Your text is still here; press Save once that is fixed.</source>
        <translation>Ihr Entwurf konnte nicht im Journal aufbewahrt werden: {reason}. Ihr Text ist noch da; drücken Sie auf Speichern, sobald das behoben ist.</translation>
    </message>
    <message>
        <source>Edit conversation</source>
        <translation>Gespräch bearbeiten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Encrypted with your journal passphrase as a standard age file: the age tool alone opens it (age -d FILE.age | tar x).</source>
        <translation>Mit der Passphrase Ihres Journals als gewöhnliche age-Datei verschlüsselt: Das Werkzeug age allein öffnet sie (age -d DATEI.age | tar x).</translation>
    </message>
    <message>
        <source>age files (*.age)</source>
        <translation>age-Dateien (*.age)</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>{name} exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Write your journal in formats you can read without TrustJournal: a Markdown page per person with their conversations in order, your decisions, gatherings and reflections, and journal.json with everything (it imports back into an empty journal).</source>
        <translation>Schreibt Ihr Journal in Formate, die Sie ohne TrustJournal lesen können: eine Markdown-Seite pro Person mit ihren Gesprächen der Reihe nach, Ihre Entscheidungen, Treffen und Reflexionen, und journal.json mit allem (es lässt sich in ein leeres Journal zurück importieren).</translation>
    </message>
    <message>
        <source>Write {name}&apos;s history as one Markdown page: the flag and why, every conversation in order with its signals and note, the decisions and gatherings they were part of.</source>
        <translation>Schreibt den Verlauf von {name} als eine Markdown-Seite: die Markierung und warum, jedes Gespräch der Reihe nach mit seinen Signalen und seiner Notiz, die Entscheidungen und Treffen, an denen die Person beteiligt war.</translation>
    </message>
    <message>
        <source>An &amp;encrypted file (.age)</source>
        <translation>Eine &amp;verschlüsselte Datei (.age)</translation>
    </message>
    <message>
        <source>Export as an encrypted age file</source>
        <translation>Als verschlüsselte age-Datei exportieren</translation>
    </message>
    <message>
        <source>A &amp;folder of readable files (not encrypted)</source>
        <translation>Ein &amp;Ordner lesbarer Dateien (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>Export as a folder of readable files</source>
        <translation>Als Ordner lesbarer Dateien exportieren</translation>
    </message>
    <message>
        <source>Your journal passphrase</source>
        <translation>Die Passphrase Ihres Journals</translation>
    </message>
    <message>
        <source>Journal passphrase</source>
        <translation>Passphrase des Journals</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Where to write the export</source>
        <translation>Wohin der Export geschrieben wird</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Show in Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export to a Folder</source>
        <translation>In einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Save the Encrypted Export</source>
        <translation>Verschlüsselten Export speichern</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Wählen Sie, wohin der Export geschrieben wird.</translation>
    </message>
    <message>
        <source>Type your journal passphrase: the encrypted file opens with it.</source>
        <translation>Geben Sie die Passphrase Ihres Journals ein: Die verschlüsselte Datei öffnet sich damit.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Die Passphrase wird geprüft…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>{name}&apos;s history</source>
        <translation>den Verlauf von {name}</translation>
    </message>
    <message>
        <source>Exported {what} to {path}, encrypted with your journal passphrase.</source>
        <translation>Exportiert: {what} nach {path}, verschlüsselt mit der Passphrase Ihres Journals.</translation>
    </message>
    <message>
        <source>Exported {what} to the folder {path} (not encrypted: see above).</source>
        <translation>Exportiert: {what} in den Ordner {path} (nicht verschlüsselt: siehe oben).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>That is not your journal passphrase. Nothing was written.</source>
        <translation>Das ist nicht die Passphrase Ihres Journals. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The export failed ({kind}); nothing was written.</source>
        <translation>Der Export ist fehlgeschlagen ({kind}); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it: the names, what happened with each person, your decisions and, if you include it, your written reflection. Save it somewhere private, and delete it when you no longer need it.</source>
        <translation>Wer die Datei erhält, kann sie lesen: die Namen, was mit jeder Person geschehen ist, Ihre Entscheidungen und, wenn Sie sie einschließen, Ihre schriftliche Reflexion. Speichern Sie sie an einem privaten Ort, und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Export the reflection as PDF</source>
        <translation>Reflexion als PDF exportieren</translation>
    </message>
    <message>
        <source>The PDF is not encrypted.</source>
        <translation>Das PDF ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Include my written reflection</source>
        <translation>Meine schriftliche Reflexion einschließen</translation>
    </message>
    <message>
        <source>Off unless you tick it: it is the most private part.</source>
        <translation>Aus, solange Sie es nicht ankreuzen: Sie ist der privateste Teil.</translation>
    </message>
    <message>
        <source>You have not written a reflection for this quarter.</source>
        <translation>Sie haben für dieses Quartal keine Reflexion geschrieben.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Papierformat:</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Kept talking</source>
        <translation>Im Gespräch geblieben</translation>
    </message>
    <message>
        <source>{name}: {detail}. Press Enter to open.</source>
        <translation>{name}: {detail}. Eingabetaste öffnet.</translation>
    </message>
</context>
<context>
    <name>GatheringEditor</name>
    <message>
        <source>Gathering editor</source>
        <translation>Editor für Treffen</translation>
    </message>
    <message>
        <source>Editor heading</source>
        <translation>Überschrift des Editors</translation>
    </message>
    <message>
        <source>New gathering</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <source>Follow-up verdict</source>
        <translation>Urteil zur Nachwirkung</translation>
    </message>
    <message>
        <source>What happened after</source>
        <translation>Was danach geschah</translation>
    </message>
    <message>
        <source>How the verdict is reached</source>
        <translation>Wie das Urteil zustande kommt</translation>
    </message>
    <message>
        <source>&amp;Who you kept talking to afterwards</source>
        <translation>&amp;Mit wem Sie danach im Gespräch geblieben sind</translation>
    </message>
    <message>
        <source>People met and the conversations since</source>
        <translation>Getroffene Personen und die Gespräche seither</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Gathering name</source>
        <translation>Name des Treffens</translation>
    </message>
    <message>
        <source>e.g. Stillwater CEO Retreat 2026</source>
        <translation>z. B. Stillwater CEO-Klausur 2026</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>A one-day gathering</source>
        <translation>Ein eintägiges Treffen</translation>
    </message>
    <message>
        <source>One da&amp;y</source>
        <translation>Ein &amp;Tag</translation>
    </message>
    <message>
        <source>Pl&amp;ace</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>City or venue</source>
        <translation>Stadt oder Veranstaltungsort</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Note about the gathering</source>
        <translation>Notiz zum Treffen</translation>
    </message>
    <message>
        <source>What was it like? What did you hope to get from it? (Markdown)</source>
        <translation>Wie war es? Was haben Sie sich davon erhofft? (Markdown)</translation>
    </message>
    <message>
        <source>People &amp;met there</source>
        <translation>Dort &amp;getroffene Personen</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>Filter people by name…</source>
        <translation>Personen nach Namen filtern…</translation>
    </message>
    <message>
        <source>People met there</source>
        <translation>Dort getroffene Personen</translation>
    </message>
</context>
<context>
    <name>GatheringTableModel</name>
    <message>
        <source>Gathering</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>GatheringsModel</name>
    <message>
        <source>nobody recorded as met</source>
        <translation>niemand als getroffen festgehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n people met</source>
        <translation>
            <numerusform>%n Person getroffen</numerusform>
            <numerusform>%n Personen getroffen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatheringsView</name>
    <message>
        <source>Gatherings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>&amp;New gathering</source>
        <translation>&amp;Neues Treffen</translation>
    </message>
    <message>
        <source>New gathering</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <source>Filter gatherings</source>
        <translation>Treffen filtern</translation>
    </message>
    <message>
        <source>Gatherings list</source>
        <translation>Liste der Treffen</translation>
    </message>
    <message>
        <source>How many gatherings</source>
        <translation>Anzahl der Treffen</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Record a gathering</source>
        <translation>Treffen festhalten</translation>
    </message>
    <message>
        <source>Record a new gathering</source>
        <translation>Ein neues Treffen festhalten</translation>
    </message>
    <message>
        <source>Problem with this gathering</source>
        <translation>Problem mit diesem Treffen</translation>
    </message>
    <message>
        <source>Delete this gathering</source>
        <translation>Dieses Treffen löschen</translation>
    </message>
    <message>
        <source>Save this gathering</source>
        <translation>Dieses Treffen speichern</translation>
    </message>
    <message>
        <source>Unsaved gathering — TrustJournal</source>
        <translation>Ungespeichertes Treffen — TrustJournal</translation>
    </message>
    <message>
        <source>This gathering has changes that are not saved.</source>
        <translation>Dieses Treffen hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>this gathering</source>
        <translation>dieses Treffen</translation>
    </message>
    <message>
        <source>Delete gathering — TrustJournal</source>
        <translation>Treffen löschen — TrustJournal</translation>
    </message>
    <message>
        <source>Delete the gathering “{name}”?</source>
        <translation>Das Treffen „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Deleted the gathering “{name}”.</source>
        <translation>Treffen „{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>Record a retreat, conference or dinner series</source>
        <translation>Eine Klausur, Konferenz oder Abendessenreihe festhalten</translation>
    </message>
    <message>
        <source>Filter by name, place or person…</source>
        <translation>Nach Name, Ort oder Person filtern…</translation>
    </message>
    <message>
        <source>No gatherings yet.

Record a retreat, a summit or a dinner series and who you met there, to see what happens after.</source>
        <translation>Noch keine Treffen.

Halten Sie eine Klausur, einen Gipfel oder eine Abendessenreihe fest und wen Sie dort getroffen haben, um zu sehen, was danach geschieht.</translation>
    </message>
    <message>
        <source>Pick a gathering on the left to see
who you kept talking to afterwards.</source>
        <translation>Wählen Sie links ein Treffen, um zu sehen,
mit wem Sie danach im Gespräch geblieben sind.</translation>
    </message>
    <message>
        <source>The people and conversations stay in the journal; conversations linked to it become unlinked. You can undo this until you lock the journal or quit.</source>
        <translation>Die Personen und Gespräche bleiben im Journal; damit verknüpfte Gespräche verlieren die Verknüpfung. Sie können das rückgängig machen, bis Sie das Journal sperren oder beenden.</translation>
    </message>
    <message numerus="yes">
        <source>%n gatherings</source>
        <translation>
            <numerusform>%n Treffen</numerusform>
            <numerusform>%n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>Met there</source>
        <translation>Dort getroffen</translation>
    </message>
    <message>
        <source>Counting conversations after {day}, its last day.</source>
        <translation>Gezählt werden Gespräche nach dem {day}, seinem letzten Tag.</translation>
    </message>
    <message>
        <source>Look again after {day}: follow-ups need {days} days to show.</source>
        <translation>Schauen Sie nach dem {day} wieder: Nachwirkungen brauchen {days} Tage, um sich zu zeigen.</translation>
    </message>
    <message>
        <source>Tick the people you met in the list below, then save.</source>
        <translation>Kreuzen Sie in der Liste unten an, wen Sie getroffen haben, und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Kept talking means at least {count} conversations, going on past {days} days.</source>
        <translation>Im Gespräch geblieben heißt: mindestens {count} Gespräche, über {days} Tage hinaus.</translation>
    </message>
</context>
<context>
    <name>HonestyChart</name>
    <message>
        <source>Honest and polish conversations per month</source>
        <translation>Ehrliche Gespräche und Gespräche mit Fassade pro Monat</translation>
    </message>
</context>
<context>
    <name>Icons</name>
    <message>
        <source>One of your few</source>
        <translation>Aus Ihrem engen Kreis</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Contacts, calendars and journals (*.vcf *.vcard *.ics *.ical *.json *.zip *.txt);;All files (*)</source>
        <translation>Kontakte, Kalender und Journale (*.vcf *.vcard *.ics *.ical *.json *.zip *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Cannot Import {name}</source>
        <translation>{name} kann nicht importiert werden</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>{people} (not in the journal)</source>
        <translation>{people} (nicht im Journal)</translation>
    </message>
    <message>
        <source>Nobody in the journal yet</source>
        <translation>Noch niemand im Journal</translation>
    </message>
    <message>
        <source> · can become a gathering</source>
        <translation> · kann ein Treffen werden</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Nothing to write up. Import your calendar (File ▸ Import…, an .ics file): the meetings you had with people come here, ready to be written up with one click.</source>
        <translation>Nichts nachzutragen. Importieren Sie Ihren Kalender (Datei ▸ Importieren…, eine .ics-Datei): Die Termine, die Sie mit Menschen hatten, erscheinen hier und lassen sich mit einem Klick festhalten.</translation>
    </message>
    <message>
        <source>Reading your calendar&apos;s meetings…</source>
        <translation>Die Termine Ihres Kalenders werden gelesen…</translation>
    </message>
    <message>
        <source>To write up</source>
        <translation>Nachzutragen</translation>
    </message>
    <message>
        <source>Meetings to write up</source>
        <translation>Nachzutragende Termine</translation>
    </message>
    <message>
        <source>Write up</source>
        <translation>Festhalten</translation>
    </message>
    <message>
        <source>Open the editor with the people, date and format filled in</source>
        <translation>Den Editor mit Personen, Datum und Form ausgefüllt öffnen</translation>
    </message>
    <message>
        <source>Make a gathering</source>
        <translation>Als Treffen anlegen</translation>
    </message>
    <message>
        <source>Record this retreat or conference as a gathering with the people who were there</source>
        <translation>Diese Klausur oder Konferenz als Treffen mit den Anwesenden festhalten</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Nothing to write: take it out of the inbox for good</source>
        <translation>Nichts festzuhalten: endgültig aus dem Eingang nehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) from your calendar to write up. Write one up while you remember what was really said, or dismiss it.</source>
        <translation>
            <numerusform>%n Termin aus Ihrem Kalender ist nachzutragen. Halten Sie ihn fest, solange Sie noch wissen, was wirklich gesagt wurde, oder verwerfen Sie ihn.</numerusform>
            <numerusform>%n Termine aus Ihrem Kalender sind nachzutragen. Halten Sie einen fest, solange Sie noch wissen, was wirklich gesagt wurde, oder verwerfen Sie ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>Die Änderung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>The disk refused: {reason}{where}.</source>
        <translation>Der Datenträger verweigerte den Zugriff: {reason}{where}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}).</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({kind}).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>JournalImport</name>
    <message>
        <source>Import a Journal — TrustJournal</source>
        <translation>Journal importieren — TrustJournal</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is each tag?&lt;/b&gt; An entry becomes a conversation with the people its tags name (or, without such tags, the people of your journal its text names).</source>
        <translation>&lt;b&gt;Wer ist welches Tag?&lt;/b&gt; Ein Eintrag wird zu einem Gespräch mit den Personen, die seine Tags nennen (oder, ohne solche Tags, mit den Personen Ihres Journals, die sein Text nennt).</translation>
    </message>
    <message>
        <source>Tags and who they are</source>
        <translation>Tags und wer sie sind</translation>
    </message>
    <message>
        <source>Entries that name &amp;nobody:</source>
        <translation>Einträge, die &amp;niemanden nennen:</translation>
    </message>
    <message>
        <source>Entries that name nobody</source>
        <translation>Einträge, die niemanden nennen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entries&lt;/b&gt;</source>
        <translation>&lt;b&gt;Einträge&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Entries and what becomes of them</source>
        <translation>Einträge und was aus ihnen wird</translation>
    </message>
</context>
<context>
    <name>JournalImportDialog</name>
    <message>
        <source>Nobody (keep it as a tag)</source>
        <translation>Niemand (als Schlagwort behalten)</translation>
    </message>
    <message>
        <source>A new person</source>
        <translation>Eine neue Person</translation>
    </message>
    <message>
        <source>Already in your journal</source>
        <translation>Schon in Ihrem Journal</translation>
    </message>
    <message>
        <source>Twice in the file</source>
        <translation>Zweimal in der Datei</translation>
    </message>
    <message>
        <source>Names nobody: left out</source>
        <translation>Nennt niemanden: ausgelassen</translation>
    </message>
    <message>
        <source>Import {format} Journal</source>
        <translation>{format}-Journal importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name} cannot be imported.&lt;/b&gt;&lt;br&gt;{error}</source>
        <translation>&lt;b&gt;{name} kann nicht importiert werden.&lt;/b&gt;&lt;br&gt;{error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Give them all to {name}</source>
        <translation>Alle {name} zuordnen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln entries&lt;/b&gt; from {format} in {name}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Eintrag&lt;/b&gt; aus {format} in {name}</numerusform>
            <numerusform>&lt;b&gt;%Ln Einträge&lt;/b&gt; aus {format} in {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>, {first} to {last}.</source>
        <translation>, {first} bis {last}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; will become conversations</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; wird zum Gespräch</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; werden zu Gesprächen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with &lt;b&gt;%Ln new people&lt;/b&gt;</source>
        <translation>
            <numerusform>, mit &lt;b&gt;%Ln neuen Person&lt;/b&gt;</numerusform>
            <numerusform>, mit &lt;b&gt;%Ln neuen Personen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are in your journal already.</source>
        <translation>
            <numerusform>%Ln ist schon in Ihrem Journal.</numerusform>
            <numerusform>%Ln sind schon in Ihrem Journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln name nobody.</source>
        <translation>
            <numerusform>%Ln nennt niemanden.</numerusform>
            <numerusform>%Ln nennen niemanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos are not imported (the notes say [photo]).</source>
        <translation>
            <numerusform>%Ln Foto wird nicht importiert (die Notizen sagen [Foto]).</numerusform>
            <numerusform>%Ln Fotos werden nicht importiert (die Notizen sagen [Foto]).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries that name &amp;nobody (%Ln):</source>
        <translation>
            <numerusform>Einträge, die &amp;niemanden nennen (%Ln):</numerusform>
            <numerusform>Einträge, die &amp;niemanden nennen (%Ln):</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries that name &amp;nobody:</source>
        <translation>Einträge, die &amp;niemanden nennen:</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln</source>
        <translation>
            <numerusform>%Ln importieren</numerusform>
            <numerusform>%Ln importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln entries…</source>
        <translation>
            <numerusform>%Ln Eintrag wird importiert…</numerusform>
            <numerusform>%Ln Einträge werden importiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversations from {name}.</source>
        <translation>
            <numerusform>%Ln Gespräch aus {name} importiert.</numerusform>
            <numerusform>%Ln Gespräche aus {name} importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{error}

Nothing was imported.</source>
        <translation>{error}

Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>Backup Key</source>
        <translation>Sicherungsschlüssel</translation>
    </message>
    <message>
        <source>Automatic backups open with your journal passphrase,
through a key file kept in their folder.

Type your passphrase once to write that key file:</source>
        <translation>Automatische Sicherungen öffnen sich mit der Passphrase Ihres Journals,
über eine Schlüsseldatei in ihrem Ordner.

Geben Sie Ihre Passphrase einmal ein, um diese Schlüsseldatei zu schreiben:</translation>
    </message>
    <message>
        <source>That is not this journal&apos;s passphrase.</source>
        <translation>Das ist nicht die Passphrase dieses Journals.</translation>
    </message>
    <message>
        <source>Your automatic backups have no key file beside them yet: without it they cannot be restored if this journal is lost. Type your passphrase once to write it.</source>
        <translation>Neben Ihren automatischen Sicherungen liegt noch keine Schlüsseldatei: Ohne sie lassen sie sich nicht wiederherstellen, wenn dieses Journal verloren geht. Geben Sie Ihre Passphrase einmal ein, um sie zu schreiben.</translation>
    </message>
    <message>
        <source>The key file that opens these backups by passphrase is not in this folder yet: it is written the next time you type your passphrase.</source>
        <translation>Die Schlüsseldatei, die diese Sicherungen per Passphrase öffnet, liegt noch nicht in diesem Ordner: Sie wird geschrieben, wenn Sie das nächste Mal Ihre Passphrase eingeben.</translation>
    </message>
    <message>
        <source>Write Key File…</source>
        <translation>Schlüsseldatei schreiben…</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>License — {app}</source>
        <translation>Lizenz — {app}</translation>
    </message>
    <message>
        <source>{app} is free software under the {license}.</source>
        <translation>{app} ist freie Software unter der {license}.</translation>
    </message>
    <message>
        <source>License text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>Read it at &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;.</source>
        <translation>Zu lesen unter &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TrustJournal</source>
        <translation>TrustJournal</translation>
    </message>
    <message>
        <source>Demo journal: made-up people and conversations, kept apart from your own journal. Lock it (Ctrl+L) to return to yours.</source>
        <translation>Demo-Journal: erfundene Personen und Gespräche, getrennt von Ihrem eigenen Journal. Sperren Sie es (Strg+L), um zu Ihrem zurückzukehren.</translation>
    </message>
    <message>
        <source>Demo journal notice</source>
        <translation>Hinweis zum Demo-Journal</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message numerus="yes">
        <source>%n meetings to write up</source>
        <translation>
            <numerusform>%n Termin nachzutragen</numerusform>
            <numerusform>%n Termine nachzutragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to do this week</source>
        <translation>
            <numerusform>%n diese Woche zu tun</numerusform>
            <numerusform>%n diese Woche zu tun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n next steps in all</source>
        <translation>
            <numerusform>, %n nächster Schritt insgesamt</numerusform>
            <numerusform>, %n nächste Schritte insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo journal — {app}</source>
        <translation>Demo-Journal — {app}</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Rückgängig: Löschen</translation>
    </message>
    <message>
        <source>&amp;Undo Merge</source>
        <translation>&amp;Rückgängig: Zusammenführen</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>MentionBar</name>
    <message>
        <source>Mentioned: {name}</source>
        <translation>Erwähnt: {name}</translation>
    </message>
    <message>
        <source>Add as participant</source>
        <translation>Als beteiligt hinzufügen</translation>
    </message>
    <message>
        <source>Add {name} as a participant</source>
        <translation>{name} als beteiligte Person hinzufügen</translation>
    </message>
    <message>
        <source>“{words}”: who is meant?</source>
        <translation>„{words}“: Wer ist gemeint?</translation>
    </message>
    <message>
        <source>This name fits several people in your journal; choose who was there, or dismiss the question.</source>
        <translation>Dieser Name passt zu mehreren Personen in Ihrem Journal; wählen Sie, wer dabei war, oder verwerfen Sie die Frage.</translation>
    </message>
    <message>
        <source>Dismiss: not for this entry</source>
        <translation>Verwerfen: nicht für diesen Eintrag</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into {name}</source>
        <translation>Mit {name} zusammenführen</translation>
    </message>
    <message>
        <source>Choose the person to merge into &lt;b&gt;{name}&lt;/b&gt; (for example the same person entered twice):</source>
        <translation>Wählen Sie die Person, die mit &lt;b&gt;{name}&lt;/b&gt; zusammengeführt werden soll (zum Beispiel dieselbe Person, zweimal eingetragen):</translation>
    </message>
    <message>
        <source>The person to merge</source>
        <translation>Die zusammenzuführende Person</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln Gespräch</numerusform>
            <numerusform>%Ln Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decisions</source>
        <translation>
            <numerusform>%Ln Entscheidung</numerusform>
            <numerusform>%Ln Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gatherings</source>
        <translation>
            <numerusform>%Ln Treffen</numerusform>
            <numerusform>%Ln Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>{other}&apos;s {words} move to {keep}; {keep}&apos;s empty details are filled from {other}&apos;s, and “{other}” becomes one of {keep}&apos;s aliases. You can undo this until you lock the journal or quit.</source>
        <translation>{words} von {other} gehen an {keep} über; leere Angaben von {keep} werden aus denen von {other} gefüllt, und „{other}“ wird einer der weiteren Namen von {keep}. Sie können das rückgängig machen, bis Sie das Journal sperren oder TrustJournal beenden.</translation>
    </message>
</context>
<context>
    <name>MessageIcon</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>NextFeed</name>
    <message>
        <source>The change was not saved.</source>
        <translation>Die Änderung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>by tomorrow</source>
        <translation>bis morgen</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>Snoozed until {date}</source>
        <translation>Zurückgestellt bis {date}</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Als erledigt markiert</translation>
    </message>
    <message>
        <source>Not relevant: it will not come back for this reason</source>
        <translation>Nicht relevant: Aus diesem Grund kommt der Schritt nicht wieder</translation>
    </message>
</context>
<context>
    <name>NextView</name>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Steps you snoozed, marked done or set aside</source>
        <translation>Schritte, die Sie zurückgestellt, erledigt oder beiseitegelegt haben</translation>
    </message>
    <message>
        <source>Log a conversation</source>
        <translation>Gespräch festhalten</translation>
    </message>
    <message>
        <source>Nothing to do next. A step appears here when an honest tie nears its cadence, a gathering&apos;s follow-up window is closing, an uncomfortable decision has nobody consulted, a tie is one-sided or only polish, or one of your few goes quiet.</source>
        <translation>Gerade nichts zu tun. Ein Schritt erscheint hier, wenn eine ehrliche Beziehung ihren Rhythmus erreicht, die Zeit für die Nachbereitung eines Treffens abläuft, bei einer unbequemen Entscheidung niemand gefragt wurde, eine Beziehung einseitig oder nur Fassade ist oder jemand aus Ihrem engen Kreis verstummt.</translation>
    </message>
    <message>
        <source>Nothing hidden: no step is snoozed, marked done or set aside.</source>
        <translation>Nichts ausgeblendet: Kein Schritt ist zurückgestellt, erledigt oder beiseitegelegt.</translation>
    </message>
    <message>
        <source>Reading your next steps…</source>
        <translation>Ihre nächsten Schritte werden gelesen…</translation>
    </message>
    <message>
        <source>Steps you snoozed, marked done or set aside. Bring one back to see it again.</source>
        <translation>Schritte, die Sie zurückgestellt, erledigt oder beiseitegelegt haben. Holen Sie einen zurück, um ihn wieder zu sehen.</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>Stand {date}.</translation>
    </message>
    <message>
        <source>As of {date}: {due} to do this week, {total} in all.</source>
        <translation>Stand {date}: {due} diese Woche zu tun, {total} insgesamt.</translation>
    </message>
    <message>
        <source>Open decisions</source>
        <translation>Entscheidungen öffnen</translation>
    </message>
    <message>
        <source>Open the decision</source>
        <translation>Entscheidung öffnen</translation>
    </message>
    <message>
        <source>Open the gathering</source>
        <translation>Treffen öffnen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Hide this step for a while</source>
        <translation>Diesen Schritt eine Weile ausblenden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>You did it: the step goes until it is due again</source>
        <translation>Erledigt: Der Schritt verschwindet, bis er wieder fällig ist</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Nicht relevant</translation>
    </message>
    <message>
        <source>Never show this step again for this reason</source>
        <translation>Diesen Schritt aus diesem Grund nie wieder zeigen</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Hidden steps</source>
        <translation>Ausgeblendete Schritte</translation>
    </message>
    <message>
        <source>Back to next steps</source>
        <translation>Zurück zu den nächsten Schritten</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Für eine Woche</translation>
    </message>
    <message>
        <source>For a month</source>
        <translation>Für einen Monat</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Bis zu einem Datum…</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>Show this step again on:</source>
        <translation>Diesen Schritt wieder zeigen am:</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open TrustJournal</source>
        <translation>TrustJournal öffnen</translation>
    </message>
</context>
<context>
    <name>PeopleChecklistModel</name>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>angekreuzt</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>nicht angekreuzt</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source> (new)</source>
        <translation> (neu)</translation>
    </message>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Namen eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>People in your journal</source>
        <translation>Personen in Ihrem Journal</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Do not add this person</source>
        <translation>Diese Person nicht hinzufügen</translation>
    </message>
    <message>
        <source>‘{name}’ is not in your journal yet.</source>
        <translation>„{name}“ ist noch nicht in Ihrem Journal.</translation>
    </message>
    <message>
        <source>Add ‘{name}’ as a new person</source>
        <translation>„{name}“ als neue Person hinzufügen</translation>
    </message>
    <message>
        <source>Add {name} as a new person</source>
        <translation>{name} als neue Person hinzufügen</translation>
    </message>
    <message>
        <source>Add another person</source>
        <translation>Weitere Person hinzufügen</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit Person — TrustJournal</source>
        <translation>Person bearbeiten — TrustJournal</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;Also called</source>
        <translation>&amp;Auch genannt</translation>
    </message>
    <message>
        <source>Also called: nicknames, separated by commas</source>
        <translation>Auch genannt: Spitznamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Other names your notes use for them, separated by commas. A note that says one of them offers this person.</source>
        <translation>Andere Namen, die Ihre Notizen für diese Person verwenden, durch Kommas getrennt. Eine Notiz, die einen davon enthält, schlägt diese Person vor.</translation>
    </message>
    <message>
        <source>Nicknames, separated by commas: e.g. Mo, MJ</source>
        <translation>Spitznamen, durch Kommas getrennt: z. B. Mo, MJ</translation>
    </message>
    <message>
        <source>&amp;Role / organisation</source>
        <translation>&amp;Rolle / Organisation</translation>
    </message>
    <message>
        <source>Role and organisation</source>
        <translation>Rolle und Organisation</translation>
    </message>
    <message>
        <source>e.g. CEO, Northwind Logistics</source>
        <translation>z. B. CEO, Northwind Logistics</translation>
    </message>
    <message>
        <source>&amp;How you met</source>
        <translation>&amp;Kennengelernt</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Wie Sie sich kennengelernt haben</translation>
    </message>
    <message>
        <source>e.g. Introduced by Sam at the spring retreat</source>
        <translation>z. B. Von Sam bei der Frühjahrsklausur vorgestellt</translation>
    </message>
    <message>
        <source>Keep in &amp;touch</source>
        <translation>In &amp;Kontakt bleiben</translation>
    </message>
    <message>
        <source>Keep in touch at the journal&apos;s cadence</source>
        <translation>Im Rhythmus des Journals in Kontakt bleiben</translation>
    </message>
    <message>
        <source>How long a silence may last before an honest tie with them counts as fading: the journal&apos;s cadence (Preferences)</source>
        <translation>Wie lange Funkstille dauern darf, bevor eine ehrliche Beziehung als verblassend gilt: der Rhythmus des Journals (Einstellungen)</translation>
    </message>
    <message>
        <source>Journal&apos;s cadence</source>
        <translation>Rhythmus des Journals</translation>
    </message>
    <message>
        <source>Keep in touch at a cadence of their own</source>
        <translation>In einem eigenen Rhythmus in Kontakt bleiben</translation>
    </message>
    <message>
        <source>A cadence of their own: the Next page reminds you before this many days pass without an honest conversation</source>
        <translation>Ein eigener Rhythmus: Die Seite „Nächste Schritte“ erinnert Sie, bevor so viele Tage ohne ehrliches Gespräch vergehen</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Their own cadence, in days</source>
        <translation>Eigener Rhythmus, in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>One of my few: a deep tie I choose to keep</source>
        <translation>Mein enger Kreis: eine tiefe Beziehung, die ich bewusst pflege</translation>
    </message>
    <message>
        <source>One of my &amp;few — a deep tie I choose to keep</source>
        <translation>Mein &amp;enger Kreis — bewusst gepflegt</translation>
    </message>
    <message>
        <source>Only a few ties can be deep at once;
the Next page says when one goes quiet.</source>
        <translation>Nur wenige können zugleich tief sein;
„Nächste Schritte“ meldet Funkstille.</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything worth remembering about them</source>
        <translation>Alles, was über diese Person zu behalten lohnt</translation>
    </message>
    <message numerus="yes">
        <source>Journal&apos;s cadence (%n days)</source>
        <translation>
            <numerusform>Rhythmus des Journals (%n Tag)</numerusform>
            <numerusform>Rhythmus des Journals (%n Tage)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonHeader</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role, organisation, aliases and how you met</source>
        <translation>Rolle, Organisation, weitere Namen und wie Sie sich kennengelernt haben</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Neues Gespräch</translation>
    </message>
    <message>
        <source>&amp;Merge Someone Into This Person…</source>
        <translation>Jemanden mit dieser Person &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Delete Person…</source>
        <translation>Person &amp;löschen…</translation>
    </message>
    <message>
        <source>New conversation with this person</source>
        <translation>Neues Gespräch mit dieser Person</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Edit this person&apos;s details</source>
        <translation>Die Angaben zu dieser Person bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchivieren</translation>
    </message>
    <message>
        <source>Archive this person</source>
        <translation>Diese Person archivieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export this person&apos;s history</source>
        <translation>Den Verlauf dieser Person exportieren</translation>
    </message>
    <message>
        <source>Export this person&apos;s history as Markdown</source>
        <translation>Den Verlauf dieser Person als Markdown exportieren</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>More actions for this person</source>
        <translation>Weitere Aktionen für diese Person</translation>
    </message>
    <message>
        <source>How you keep this tie</source>
        <translation>Wie Sie diese Beziehung pflegen</translation>
    </message>
    <message>
        <source>Why this flag</source>
        <translation>Warum diese Einstufung</translation>
    </message>
    <message>
        <source>More about this tie</source>
        <translation>Mehr über diese Beziehung</translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation>Notizen zu dieser Person</translation>
    </message>
    <message>
        <source>Also called {names}</source>
        <translation>Auch genannt {names}</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Met: {how}</source>
        <translation>Kennengelernt: {how}</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Aus dem Archiv &amp;holen</translation>
    </message>
    <message>
        <source>Unarchive this person</source>
        <translation>Diese Person aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Show them in the sidebar again</source>
        <translation>Sie wieder in der Seitenleiste zeigen</translation>
    </message>
    <message>
        <source>Hide them from the sidebar; nothing is deleted</source>
        <translation>Sie aus der Seitenleiste ausblenden; nichts wird gelöscht</translation>
    </message>
    <message>
        <source>One of your few: a deep tie you chose to keep</source>
        <translation>Aus Ihrem engen Kreis: eine tiefe Beziehung, die Sie bewusst pflegen</translation>
    </message>
    <message numerus="yes">
        <source>cadence %n days</source>
        <translation>
            <numerusform>Rhythmus %n Tag</numerusform>
            <numerusform>Rhythmus %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their own cadence: an honest tie with them fades after %n days without an honest conversation</source>
        <translation>
            <numerusform>Eigener Rhythmus: Eine ehrliche Beziehung mit dieser Person verblasst nach %n Tag ohne ehrliches Gespräch</numerusform>
            <numerusform>Eigener Rhythmus: Eine ehrliche Beziehung mit dieser Person verblasst nach %n Tagen ohne ehrliches Gespräch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonTables</name>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Zum Öffnen doppelklicken oder die Eingabetaste drücken</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Mentioned in</source>
        <translation>Erwähnt in</translation>
    </message>
    <message>
        <source>Conversations with other people whose note names this person: by full name, by a first name nobody else in your journal has, or by one of their aliases</source>
        <translation>Gespräche mit anderen Menschen, deren Notiz diese Person nennt: mit vollem Namen, mit einem Vornamen, den sonst niemand in Ihrem Journal trägt, oder mit einem ihrer weiteren Namen</translation>
    </message>
    <message>
        <source>Conversations, decisions and gatherings</source>
        <translation>Gespräche, Entscheidungen und Treffen</translation>
    </message>
    <message>
        <source>Conversations, newest first</source>
        <translation>Gespräche, neueste zuerst</translation>
    </message>
    <message>
        <source>Decisions they were part of</source>
        <translation>Entscheidungen, an denen die Person beteiligt war</translation>
    </message>
    <message>
        <source>Gatherings where you met</source>
        <translation>Treffen, bei denen Sie sich begegnet sind</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Gatherings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Other people&apos;s conversations that mention them</source>
        <translation>Gespräche mit anderen, in denen sie erwähnt werden</translation>
    </message>
    <message>
        <source>Looking through your notes…</source>
        <translation>Ihre Notizen werden durchgesehen…</translation>
    </message>
    <message>
        <source>No conversation with someone else mentions {name} yet. Notes that use their full name, a first name nobody else has, or an alias show here.</source>
        <translation>Noch kein Gespräch mit jemand anderem erwähnt {name}. Notizen, die den vollen Namen, einen Vornamen, den sonst niemand trägt, oder einen weiteren Namen nennen, erscheinen hier.</translation>
    </message>
    <message>
        <source>No conversations with {name} recorded yet.</source>
        <translation>Noch keine Gespräche mit {name} festgehalten.</translation>
    </message>
    <message>
        <source>{name} was not part of any decision you recorded.</source>
        <translation>{name} war an keiner Ihrer festgehaltenen Entscheidungen beteiligt.</translation>
    </message>
    <message>
        <source>No gathering recorded where you met {name}.</source>
        <translation>Kein Treffen festgehalten, bei dem Sie {name} begegnet sind.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — TrustJournal</source>
        <translation>Einstellungen — TrustJournal</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Sperren nach Leerlauf:</translation>
    </message>
    <message>
        <source>Lock after idle, in minutes</source>
        <translation>Sperren nach Leerlauf, in Minuten</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>The journal locks itself after this long without keyboard or mouse use, and whenever the screen locks or the computer goes to sleep.</source>
        <translation>Das Journal sperrt sich nach so langer Zeit ohne Tastatur- oder Mausbenutzung, und immer wenn der Bildschirm gesperrt wird oder der Computer in den Ruhezustand geht.</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>Auf diesem Gerät &amp;merken</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Auf diesem Gerät merken</translation>
    </message>
    <message>
        <source>Opens without your passphrase on this computer, using its keychain. Anyone who can sign in to this computer as you can then read the journal.</source>
        <translation>Öffnet auf diesem Computer ohne Ihre Passphrase, über seinen Schlüsselbund. Wer sich an diesem Computer als Sie anmelden kann, kann das Journal dann lesen.</translation>
    </message>
    <message>
        <source>Keychain note</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <source>Cadence, in days</source>
        <translation>Rhythmus, in Tagen</translation>
    </message>
    <message>
        <source>A gap longer than this means an honest dialogue has stopped (Fading).</source>
        <translation>Eine längere Pause bedeutet, dass ein ehrlicher Austausch abgebrochen ist (Verblassend).</translation>
    </message>
    <message>
        <source>Lear&amp;n from the signals I tick</source>
        <translation>Aus den angekreuzten Signalen &amp;lernen</translation>
    </message>
    <message>
        <source>Learn from the signals I tick</source>
        <translation>Aus den angekreuzten Signalen lernen</translation>
    </message>
    <message>
        <source>Suggested signals learn the words you use from the conversations you save. What they learn stays encrypted in this journal and its backups. Turning this off forgets it.</source>
        <translation>Die vorgeschlagenen Signale lernen Ihre Wortwahl aus den Gesprächen, die Sie speichern. Was sie lernen, bleibt verschlüsselt in diesem Journal und seinen Sicherungen. Ausschalten vergisst es.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast, light</source>
        <translation>Hoher Kontrast, hell</translation>
    </message>
    <message>
        <source>High contrast, dark</source>
        <translation>Hoher Kontrast, dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. A change takes effect the next time TrustJournal starts.</source>
        <translation>Die Sprache von Menüs, Schaltflächen und Meldungen. Eine Änderung wirkt beim nächsten Start von TrustJournal.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Journal location</source>
        <translation>Ort des Journals</translation>
    </message>
    <message>
        <source>The folder that holds your encrypted journal</source>
        <translation>Der Ordner mit Ihrem verschlüsselten Journal</translation>
    </message>
    <message>
        <source>Reminders and Backups</source>
        <translation>Erinnerungen und Sicherungen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me when next steps are &amp;due</source>
        <translation>Erinnern, wenn nächste Schritte &amp;fällig sind</translation>
    </message>
    <message>
        <source>Remind me when next steps are due</source>
        <translation>Erinnern, wenn nächste Schritte fällig sind</translation>
    </message>
    <message>
        <source>Says only how many, never a name or a word you wrote: notifications can show on the lock screen.</source>
        <translation>Nennt nur die Anzahl, nie einen Namen oder ein Wort von Ihnen: Benachrichtigungen können auf dem Sperrbildschirm erscheinen.</translation>
    </message>
    <message>
        <source>&amp;Weekly review on:</source>
        <translation>&amp;Wochenrückblick am:</translation>
    </message>
    <message>
        <source>Weekly review day</source>
        <translation>Tag des Wochenrückblicks</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Keep running in the s&amp;ystem tray when closed</source>
        <translation>Geschlossen im S&amp;ystembereich weiterlaufen</translation>
    </message>
    <message>
        <source>Reminders still come with the window closed. Open, lock or quit from the tray icon&apos;s menu.</source>
        <translation>Erinnerungen kommen auch bei geschlossenem Fenster. Öffnen, Sperren oder Beenden über das Menü des Symbols im Systembereich.</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Im Systembereich weiterlaufen, wenn das Fenster geschlossen ist</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Make &amp;automatic backups</source>
        <translation>&amp;Automatisch sichern</translation>
    </message>
    <message>
        <source>Make automatic backups</source>
        <translation>Automatisch sichern</translation>
    </message>
    <message>
        <source>An encrypted backup is made when the journal locks or TrustJournal quits, at most once a day: a standard age file that opens with your journal passphrase and the key file kept beside it. A synced cloud folder or another disk keeps them safe from this computer&apos;s loss.</source>
        <translation>Eine verschlüsselte Sicherung entsteht, wenn das Journal sperrt oder TrustJournal beendet wird, höchstens einmal am Tag: eine gewöhnliche age-Datei, die sich mit Ihrer Journal-Passphrase und der daneben abgelegten Schlüsseldatei öffnen lässt. Ein synchronisierter Cloud-Ordner oder ein anderes Laufwerk bewahrt sie, auch wenn dieser Computer verloren geht.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Or&amp;dner:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Choose a folder for the backups</source>
        <translation>Einen Ordner für die Sicherungen wählen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Den Sicherungsordner wählen</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Behalten, die letzten:</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>Anzahl der aufzubewahrenden automatischen Sicherungen</translation>
    </message>
    <message>
        <source>Last automatic backup</source>
        <translation>Letzte automatische Sicherung</translation>
    </message>
    <message>
        <source>Follows your desktop&apos;s light, dark or high-contrast setting, and changes when it does.</source>
        <translation>Folgt der hellen, dunklen oder kontrastreichen Einstellung Ihres Desktops und wechselt mit ihr.</translation>
    </message>
    <message>
        <source>Always light, whatever the desktop uses.</source>
        <translation>Immer hell, was auch immer der Desktop verwendet.</translation>
    </message>
    <message>
        <source>Always dark, whatever the desktop uses.</source>
        <translation>Immer dunkel, was auch immer der Desktop verwendet.</translation>
    </message>
    <message>
        <source>Black text on white with strong outlines, whatever the desktop uses.</source>
        <translation>Schwarzer Text auf Weiß mit kräftigen Umrissen, was auch immer der Desktop verwendet.</translation>
    </message>
    <message>
        <source>White text on black with strong outlines, whatever the desktop uses.</source>
        <translation>Weißer Text auf Schwarz mit kräftigen Umrissen, was auch immer der Desktop verwendet.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain is not available, so TrustJournal will ask for your passphrase each time.</source>
        <translation>Der Schlüsselbund dieses Computers ist nicht verfügbar, daher fragt TrustJournal jedes Mal nach Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>Updating this computer&apos;s keychain…</source>
        <translation>Der Schlüsselbund dieses Computers wird aktualisiert…</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits TrustJournal.</source>
        <translation>Dieser Desktop hat keinen Systembereich: Schließen des Fensters beendet TrustJournal.</translation>
    </message>
    <message>
        <source>Opens the journal if you forget your passphrase: make one, print the emergency kit and keep it somewhere safe.</source>
        <translation>Öffnet das Journal, falls Sie Ihre Passphrase vergessen: Erstellen Sie einen, drucken Sie das Notfallblatt und bewahren Sie es an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Recovery key…</source>
        <translation>Wiederherstellungsschlüssel…</translation>
    </message>
    <message>
        <source>Backup Folder — TrustJournal</source>
        <translation>Sicherungsordner — TrustJournal</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>Wählen Sie einen Ordner für die automatischen Sicherungen.</translation>
    </message>
    <message>
        <source>Choose the backup folder with Choose…, or type its full path.</source>
        <translation>Wählen Sie den Sicherungsordner mit „Wählen…“ oder geben Sie seinen vollständigen Pfad ein.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Choose a folder outside the journal&apos;s own folder.</source>
        <translation>Wählen Sie einen Ordner außerhalb des Journalordners.</translation>
    </message>
    <message>
        <source>TrustJournal may not write in {folder}; choose another folder.</source>
        <translation>TrustJournal darf nicht in {folder} schreiben; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Could not change this setting: {reason}.</source>
        <translation>Diese Einstellung konnte nicht geändert werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Use your recovery key</source>
        <translation>Ihren Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Type the key from your emergency kit (capitals, spaces and dashes do not matter), then choose a new passphrase. The key keeps working afterwards.</source>
        <translation>Geben Sie den Schlüssel von Ihrem Notfallblatt ein (Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle) und wählen Sie dann eine neue Passphrase. Der Schlüssel funktioniert danach weiter.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Set passphrase and unlock</source>
        <translation>Passphrase setzen und entsperren</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed. Try again.</source>
        <translation>Etwas ist schiefgegangen; es wurde nichts geändert. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialogs</name>
    <message>
        <source>If you forget your passphrase, this key opens the journal and lets you choose a new one. Write it down or save the emergency kit and print it, then keep it apart from this computer. It is shown only this once.</source>
        <translation>Wenn Sie Ihre Passphrase vergessen, öffnet dieser Schlüssel das Journal und lässt Sie eine neue wählen. Schreiben Sie ihn auf oder speichern und drucken Sie das Notfallblatt, und bewahren Sie es getrennt von diesem Computer auf. Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>Whoever holds it can open your journal.</source>
        <translation>Wer ihn besitzt, kann Ihr Journal öffnen.</translation>
    </message>
    <message>
        <source>This journal has a recovery key. If you forget your passphrase, it opens the journal and lets you choose a new one.</source>
        <translation>Dieses Journal hat einen Wiederherstellungsschlüssel. Wenn Sie Ihre Passphrase vergessen, öffnet er das Journal und lässt Sie eine neue wählen.</translation>
    </message>
    <message>
        <source>This journal has no recovery key: if you forget your passphrase, nobody can open it. A recovery key, printed and kept somewhere safe, is your way back in.</source>
        <translation>Dieses Journal hat keinen Wiederherstellungsschlüssel: Wenn Sie Ihre Passphrase vergessen, kann es niemand öffnen. Ein Wiederherstellungsschlüssel, ausgedruckt und sicher aufbewahrt, ist Ihr Weg zurück hinein.</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one stops working at once, and so does any emergency kit you printed with it.</source>
        <translation>Einen neuen Wiederherstellungsschlüssel erstellen? Der alte funktioniert sofort nicht mehr, ebenso jedes Notfallblatt, das Sie damit gedruckt haben.</translation>
    </message>
    <message>
        <source>Remove the recovery key? It stops working at once; if you then forget your passphrase, nobody can open the journal.</source>
        <translation>Den Wiederherstellungsschlüssel entfernen? Er funktioniert sofort nicht mehr; wenn Sie dann Ihre Passphrase vergessen, kann niemand das Journal öffnen.</translation>
    </message>
    <message>
        <source>Make a recovery key now? If you ever forget your passphrase, it is the only way back into your journal. You can also make one later in Preferences.</source>
        <translation>Jetzt einen Wiederherstellungsschlüssel erstellen? Wenn Sie je Ihre Passphrase vergessen, ist er der einzige Weg zurück in Ihr Journal. Sie können ihn auch später in den Einstellungen erstellen.</translation>
    </message>
    <message>
        <source>Opening with the recovery key…</source>
        <translation>Wird mit dem Wiederherstellungsschlüssel geöffnet…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Make a recovery key</source>
        <translation>Wiederherstellungsschlüssel erstellen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Make a recovery key</source>
        <translation>Wiederherstellungsschlüssel erstellen</translation>
    </message>
    <message>
        <source>Make a new one…</source>
        <translation>Einen neuen erstellen…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Neuen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The recovery key was not changed.</source>
        <translation>Der Wiederherstellungsschlüssel wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>RecoveryReminder</name>
    <message>
        <source>This journal has no recovery key. If you forget your passphrase, nobody can open it: make a recovery key and keep the printed kit somewhere safe.</source>
        <translation>Dieses Journal hat keinen Wiederherstellungsschlüssel. Wenn Sie Ihre Passphrase vergessen, kann es niemand öffnen: Erstellen Sie einen Wiederherstellungsschlüssel und bewahren Sie das gedruckte Notfallblatt sicher auf.</translation>
    </message>
    <message>
        <source>Make a recovery key…</source>
        <translation>Wiederherstellungsschlüssel erstellen…</translation>
    </message>
</context>
<context>
    <name>ReflectionChart</name>
    <message>
        <source>Honest</source>
        <translation>Ehrlich</translation>
    </message>
    <message>
        <source>Polish only</source>
        <translation>Nur Fassade</translation>
    </message>
    <message>
        <source>Unmarked</source>
        <translation>Unmarkiert</translation>
    </message>
    <message>
        <source>{month}: no conversations.</source>
        <translation>{month}: keine Gespräche.</translation>
    </message>
    <message>
        <source>{month}: {conversations} — {honest} honest, {polish} polish only, {unmarked} unmarked.</source>
        <translation>{month}: {conversations} — {honest} ehrlich, {polish} nur Fassade, {unmarked} unmarkiert.</translation>
    </message>
    <message>
        <source>Conversations per month, oldest first. {months}</source>
        <translation>Gespräche pro Monat, älteste zuerst. {months}</translation>
    </message>
</context>
<context>
    <name>ReflectionDoc</name>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>This quarter is still running: what follows covers {start} to {end} ({days} of {total}), compared with {first_days} of {previous}.</source>
        <translation>Dieses Quartal läuft noch: Das Folgende umfasst {start} bis {end} ({days} von {total}), verglichen mit {first_days} von {previous}.</translation>
    </message>
    <message>
        <source>Reflection — {quarter}</source>
        <translation>Reflexion — {quarter}</translation>
    </message>
    <message>
        <source>TrustJournal · private · exported {date}</source>
        <translation>TrustJournal · privat · exportiert am {date}</translation>
    </message>
    <message>
        <source>Nothing recorded yet in {quarter}</source>
        <translation>Noch nichts festgehalten in {quarter}</translation>
    </message>
    <message>
        <source>Nothing recorded in {quarter}</source>
        <translation>Nichts festgehalten in {quarter}</translation>
    </message>
    <message>
        <source>No conversation, decision or gathering is dated {months} so far.</source>
        <translation>Bisher ist kein Gespräch, keine Entscheidung und kein Treffen auf {months} datiert.</translation>
    </message>
    <message>
        <source>No conversation, decision or gathering is dated {months}.</source>
        <translation>Kein Gespräch, keine Entscheidung und kein Treffen ist auf {months} datiert.</translation>
    </message>
    <message>
        <source>Record a conversation as it happens, or step to another quarter.</source>
        <translation>Halten Sie ein Gespräch fest, sobald es stattfindet, oder wechseln Sie zu einem anderen Quartal.</translation>
    </message>
    <message>
        <source>Your written reflection for the quarter stays here either way.</source>
        <translation>Ihre schriftliche Reflexion zum Quartal bleibt in jedem Fall hier.</translation>
    </message>
    <message>
        <source>Nothing in the numbers stands out this quarter.</source>
        <translation>In den Zahlen dieses Quartals fällt nichts auf.</translation>
    </message>
    <message>
        <source>What this quarter says</source>
        <translation>Was dieses Quartal zeigt</translation>
    </message>
    <message>
        <source>Questions to sit with</source>
        <translation>Fragen zum Nachdenken</translation>
    </message>
    <message>
        <source>Over the year</source>
        <translation>Über das Jahr</translation>
    </message>
    <message>
        <source>People who answered</source>
        <translation>Personen mit Antwort</translation>
    </message>
    <message>
        <source>The practical test</source>
        <translation>Der Praxistest</translation>
    </message>
    <message>
        <source>Nobody this quarter.</source>
        <translation>Niemand in diesem Quartal.</translation>
    </message>
    <message>
        <source>and {count} more, the last on {date}</source>
        <translation>und {count} weitere, zuletzt am {date}</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>No conversation this quarter.</source>
        <translation>Kein Gespräch in diesem Quartal.</translation>
    </message>
    <message>
        <source>{conversations}: &lt;b&gt;{honest} honest&lt;/b&gt; ({honest_share}), {polish} polish only ({polish_share}) and {unmarked} unmarked ({unmarked_share}). You were honest yourself — shared a failure, a doubt or asked for help — in &lt;b&gt;{you}&lt;/b&gt; of them ({you_share}).</source>
        <translation>{conversations}: &lt;b&gt;{honest} ehrlich&lt;/b&gt; ({honest_share}), {polish} nur Fassade ({polish_share}) und {unmarked} unmarkiert ({unmarked_share}). Sie selbst waren ehrlich — haben ein Scheitern oder einen Zweifel geteilt oder um Hilfe gebeten — in &lt;b&gt;{you}&lt;/b&gt; davon ({you_share}).</translation>
    </message>
    <message>
        <source>Honest</source>
        <translation>Ehrlich</translation>
    </message>
    <message>
        <source>Polish only</source>
        <translation>Nur Fassade</translation>
    </message>
    <message>
        <source>Unmarked</source>
        <translation>Unmarkiert</translation>
    </message>
    <message>
        <source>You were honest</source>
        <translation>Sie waren ehrlich</translation>
    </message>
    <message>
        <source>{quarter}, {first_days}</source>
        <translation>{quarter}, {first_days}</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Dieses Quartal bisher</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>Vergangenes Jahr</translation>
    </message>
    <message>
        <source>{month} {total} ({honest} honest, {polish} polish)</source>
        <translation>{month} {total} ({honest} ehrlich, {polish} Fassade)</translation>
    </message>
    <message>
        <source>By month: {months}.</source>
        <translation>Nach Monat: {months}.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Deepened</source>
        <translation>Vertieft</translation>
    </message>
    <message>
        <source>Faded</source>
        <translation>Verblasst</translation>
    </message>
    <message>
        <source>Stayed polish-only</source>
        <translation>Blieb nur Fassade</translation>
    </message>
    <message>
        <source>New this quarter</source>
        <translation>Neu in diesem Quartal</translation>
    </message>
    <message>
        <source>No tie changed this quarter, and nobody new.</source>
        <translation>In diesem Quartal hat sich keine Beziehung verändert, und niemand ist neu.</translation>
    </message>
    <message>
        <source>And {count} more: </source>
        <translation>Und {count} weitere: </translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>No decision recorded this quarter.</source>
        <translation>In diesem Quartal wurde keine Entscheidung festgehalten.</translation>
    </message>
    <message>
        <source>Uncomfortable ({count}) — {alone} faced alone</source>
        <translation>Unbequem ({count}) — {alone} davon allein getroffen</translation>
    </message>
    <message>
        <source>Uncomfortable ({count}) — none faced alone</source>
        <translation>Unbequem ({count}) — keine allein getroffen</translation>
    </message>
    <message>
        <source>Other decisions ({count})</source>
        <translation>Weitere Entscheidungen ({count})</translation>
    </message>
    <message>
        <source>consulted {names}</source>
        <translation>gefragt: {names}</translation>
    </message>
    <message>
        <source>And {count} more, {alone} of them faced alone: {titles}.</source>
        <translation>Und {count} weitere, davon {alone} allein getroffen: {titles}.</translation>
    </message>
    <message>
        <source>And {count} more: {titles}.</source>
        <translation>Und {count} weitere: {titles}.</translation>
    </message>
    <message>
        <source>discomfort {level} of 5</source>
        <translation>Unbehagen {level} von 5</translation>
    </message>
    <message>
        <source>open, nobody consulted yet</source>
        <translation>offen, noch niemand gefragt</translation>
    </message>
    <message>
        <source>decided alone</source>
        <translation>allein entschieden</translation>
    </message>
    <message>
        <source>Nobody consulted yet</source>
        <translation>Noch niemand gefragt</translation>
    </message>
    <message>
        <source>Decided alone</source>
        <translation>Allein entschieden</translation>
    </message>
    <message>
        <source> — nobody consulted</source>
        <translation> — niemand gefragt</translation>
    </message>
    <message>
        <source>Nobody recorded as consulted; talked it through with </source>
        <translation>Niemand als gefragt festgehalten; besprochen mit </translation>
    </message>
    <message>
        <source>Consulted {names}</source>
        <translation>Gefragt: {names}</translation>
    </message>
    <message>
        <source>Changed your framing: {names}</source>
        <translation>Hat Ihre Sichtweise verändert: {names}</translation>
    </message>
    <message>
        <source>Nobody changed your framing</source>
        <translation>Niemand hat Ihre Sichtweise verändert</translation>
    </message>
    <message>
        <source>Talked through in {honest} and {polish}</source>
        <translation>Besprochen in {honest} und {polish}</translation>
    </message>
    <message>
        <source>Talked through in {honest}</source>
        <translation>Besprochen in {honest}</translation>
    </message>
    <message>
        <source>Talked through in {polish} — only in polish</source>
        <translation>Besprochen in {polish} — nur als Fassade</translation>
    </message>
    <message>
        <source> could help (an honest tie)</source>
        <translation> könnte helfen (eine ehrliche Beziehung)</translation>
    </message>
    <message>
        <source> could help (honest ties)</source>
        <translation> könnten helfen (ehrliche Beziehungen)</translation>
    </message>
    <message>
        <source> was there to call (an honest tie)</source>
        <translation> wäre erreichbar gewesen (eine ehrliche Beziehung)</translation>
    </message>
    <message>
        <source> were there to call (honest ties)</source>
        <translation> wären erreichbar gewesen (ehrliche Beziehungen)</translation>
    </message>
    <message>
        <source>Gatherings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>No gathering in or just before this quarter.</source>
        <translation>Kein Treffen in diesem Quartal oder kurz davor.</translation>
    </message>
    <message>
        <source>Kept an ongoing dialogue</source>
        <translation>Im fortlaufenden Dialog geblieben</translation>
    </message>
    <message>
        <source>One follow-up or a few, then nothing</source>
        <translation>Ein oder wenige Nachgespräche, dann nichts mehr</translation>
    </message>
    <message>
        <source>No conversation since</source>
        <translation>Seitdem kein Gespräch</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>No next steps were shown this quarter.</source>
        <translation>In diesem Quartal wurden keine nächsten Schritte angezeigt.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Nobody in the journal yet.</source>
        <translation>Noch niemand im Journal.</translation>
    </message>
    <message>
        <source>At {date}: &lt;b&gt;{ties}&lt;/b&gt; {among}.</source>
        <translation>Am {date}: &lt;b&gt;{ties}&lt;/b&gt; {among}.</translation>
    </message>
    <message>
        <source>{few} (the deep ties you chose to keep).</source>
        <translation>{few} (die tiefen Beziehungen, die Sie bewusst pflegen).</translation>
    </message>
    <message>
        <source>Who could you call when a decision felt uncomfortable?</source>
        <translation>Wen konnten Sie anrufen, als sich eine Entscheidung unbequem anfühlte?</translation>
    </message>
    <message>
        <source>Who challenged your framing?</source>
        <translation>Wer hat Ihre Sichtweise hinterfragt?</translation>
    </message>
    <message>
        <source>Who understood your constraints well enough to give useful feedback?</source>
        <translation>Wer hat Ihre Zwänge gut genug verstanden, um Ihnen hilfreiche Rückmeldung zu geben?</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>entschieden</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n day(s)</source>
        <translation>
            <numerusform>dem ersten %n Tag</numerusform>
            <numerusform>den ersten %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first %n day(s)</source>
        <translation>
            <numerusform>erster %n Tag</numerusform>
            <numerusform>erste %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) this quarter</source>
        <translation>
            <numerusform>%n Gespräch in diesem Quartal</numerusform>
            <numerusform>%n Gespräche in diesem Quartal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n honest conversation(s)</source>
        <translation>
            <numerusform>%n ehrlichen Gespräch</numerusform>
            <numerusform>%n ehrlichen Gesprächen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polish-only conversation(s)</source>
        <translation>
            <numerusform>%n Gespräch nur mit Fassade</numerusform>
            <numerusform>%n Gesprächen nur mit Fassade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n honest tie(s)</source>
        <translation>
            <numerusform>%n ehrliche Beziehung</numerusform>
            <numerusform>%n ehrliche Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>among the %n people you had talked with by then</source>
        <translation>
            <numerusform>unter der %n Person, mit der Sie bis dahin gesprochen hatten</numerusform>
            <numerusform>unter den %n Personen, mit denen Sie bis dahin gesprochen hatten</numerusform>
        </translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>Q{number} {year}</translation>
    </message>
</context>
<context>
    <name>ReflectionExport</name>
    <message>
        <source>Export the reflection as PDF</source>
        <translation>Reflexion als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>Das PDF konnte nicht nach {path} geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Exported to {path}. It is not encrypted.</source>
        <translation>Exportiert nach {path}. Die Datei ist nicht verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>ReflectionPdf</name>
    <message>
        <source>{app} reflection {quarter}.pdf</source>
        <translation>{app} Reflexion {quarter}.pdf</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Ihre Reflexion</translation>
    </message>
    <message>
        <source>Nothing could be written to {folder}.</source>
        <translation>In {folder} konnte nichts geschrieben werden.</translation>
    </message>
    <message>
        <source>The PDF could not be created in {folder}.</source>
        <translation>Das PDF konnte in {folder} nicht erstellt werden.</translation>
    </message>
    <message>
        <source>{app} · reflection {quarter} · private</source>
        <translation>{app} · Reflexion {quarter} · privat</translation>
    </message>
    <message>
        <source>{page} of {pages}</source>
        <translation>{page} von {pages}</translation>
    </message>
</context>
<context>
    <name>ReflectionView</name>
    <message>
        <source>Your own reflection on the quarter, in your words. It is saved as you write, encrypted like everything else.

Some questions to start from:

</source>
        <translation>Ihre eigene Reflexion zum Quartal, in Ihren Worten. Sie wird gespeichert, während Sie schreiben, verschlüsselt wie alles andere.

Einige Fragen für den Anfang:

</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>Voriges Quartal</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Nächstes Quartal</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Save this quarter&apos;s reflection as a PDF (not encrypted)</source>
        <translation>Die Reflexion dieses Quartals als PDF speichern (unverschlüsselt)</translation>
    </message>
    <message>
        <source>The reflection on this quarter</source>
        <translation>Die Reflexion zu diesem Quartal</translation>
    </message>
    <message>
        <source>Conversations per month</source>
        <translation>Gespräche pro Monat</translation>
    </message>
    <message>
        <source>&amp;Your reflection</source>
        <translation>&amp;Ihre Reflexion</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Stand des Speicherns</translation>
    </message>
    <message>
        <source>Your written reflection for the quarter</source>
        <translation>Ihre schriftliche Reflexion zum Quartal</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The reflection could not be read: {reason}</source>
        <translation>Die Reflexion konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>{quarter} — in progress</source>
        <translation>{quarter} — läuft noch</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Noch nichts festgehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gathering(s)</source>
        <translation>
            <numerusform>%n Treffen</numerusform>
            <numerusform>%n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>So far: {counts}</source>
        <translation>Bisher: {counts}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>1 follow-up is due. Open TrustJournal to see it.</source>
        <translation>1 nächster Schritt ist fällig. Öffnen Sie TrustJournal, um ihn zu sehen.</translation>
    </message>
    <message>
        <source>{count} follow-ups are due. Open TrustJournal to see them.</source>
        <translation>{count} nächste Schritte sind fällig. Öffnen Sie TrustJournal, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Time for your weekly review.</source>
        <translation>Zeit für Ihren Wochenrückblick.</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemandem</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Delete the conversation of {day} with {people}?</source>
        <translation>Das Gespräch vom {day} mit {people} löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Its note (%Ln words) and signals go with it.</source>
        <translation>
            <numerusform>Seine Notiz (%Ln Wort) und seine Signale werden mitgelöscht.</numerusform>
            <numerusform>Seine Notiz (%Ln Wörter) und seine Signale werden mitgelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this until you lock the journal or quit.</source>
        <translation>Sie können das rückgängig machen, bis Sie das Journal sperren oder TrustJournal beenden.</translation>
    </message>
    <message>
        <source>Delete Conversation</source>
        <translation>Gespräch löschen</translation>
    </message>
    <message>
        <source>Deleted the conversation of {day} with {people}.</source>
        <translation>Gespräch vom {day} mit {people} gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Delete {name} and the %Ln conversations with only them?</source>
        <translation>
            <numerusform>{name} und das %Ln Gespräch nur mit dieser Person löschen?</numerusform>
            <numerusform>{name} und die %Ln Gespräche nur mit dieser Person löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group conversations with {name} and others: keep them, without {name}, or delete them too?</source>
        <translation>
            <numerusform>%Ln Gruppengespräch mit {name} und anderen: behalten, ohne {name}, oder ebenfalls löschen?</numerusform>
            <numerusform>%Ln Gruppengespräche mit {name} und anderen: behalten, ohne {name}, oder ebenfalls löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete, Keep Those %Ln</source>
        <translation>
            <numerusform>Löschen, das eine behalten</numerusform>
            <numerusform>Löschen, diese %Ln behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>Person löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete All %Ln</source>
        <translation>
            <numerusform>Alle %Ln löschen</numerusform>
            <numerusform>Alle %Ln löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted {name} and %Ln conversations.</source>
        <translation>
            <numerusform>{name} und %Ln Gespräch gelöscht.</numerusform>
            <numerusform>{name} und %Ln Gespräche gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nobody else to merge.</source>
        <translation>Es gibt niemanden sonst zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Merged {other} into {keep}.</source>
        <translation>{other} mit {keep} zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Import {format}</source>
        <translation>{format} importieren</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>{format}: {name}. Nothing is written yet.</source>
        <translation>{format}: {name}. Noch wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>{name} cannot be imported</source>
        <translation>{name} kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <source>Imported {added}; {merged} merged, {skipped} skipped.</source>
        <translation>Importiert: {added}; {merged} zusammengeführt, {skipped} übersprungen.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore “{name}”</source>
        <translation>„{name}“ wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Die Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>The passphrase that opened the journal when the backup was made, or the separate one chosen for it. The restored journal opens with it.</source>
        <translation>Die Passphrase, die das Journal öffnete, als die Sicherung erstellt wurde, oder die eigene, die dafür gewählt wurde. Das wiederhergestellte Journal öffnet sich damit.</translation>
    </message>
    <message>
        <source>Restore into a &amp;new folder:</source>
        <translation>In einen &amp;neuen Ordner wiederherstellen:</translation>
    </message>
    <message>
        <source>Restore into a new folder</source>
        <translation>In einen neuen Ordner wiederherstellen</translation>
    </message>
    <message>
        <source>Re&amp;place the journal that is open now</source>
        <translation>Das jetzt geöffnete Journal &amp;ersetzen</translation>
    </message>
    <message>
        <source>Replace the journal that is open now</source>
        <translation>Das jetzt geöffnete Journal ersetzen</translation>
    </message>
    <message>
        <source>Folder for the restored journal</source>
        <translation>Ordner für das wiederhergestellte Journal</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <source>Restored journal {date}</source>
        <translation>Wiederhergestelltes Journal {date}</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose the folder for the restored journal</source>
        <translation>Den Ordner für das wiederhergestellte Journal auswählen</translation>
    </message>
    <message>
        <source>Your current journal is first saved as a backup file and then moved aside, not deleted. You will be asked to confirm.</source>
        <translation>Ihr jetziges Journal wird zuerst als Sicherungsdatei gespeichert und dann beiseitegelegt, nicht gelöscht. Sie werden um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>Folder for the Restored Journal</source>
        <translation>Ordner für das wiederhergestellte Journal</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase der Sicherung ein.</translation>
    </message>
    <message>
        <source>Choose a folder for the restored journal.</source>
        <translation>Wählen Sie einen Ordner für das wiederhergestellte Journal.</translation>
    </message>
    <message>
        <source>{folder} is not empty; choose a new or empty folder.</source>
        <translation>{folder} ist nicht leer; wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search notes, people, decisions and gatherings…</source>
        <translation>Notizen, Personen, Entscheidungen und Treffen durchsuchen…</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Das Journal durchsuchen</translation>
    </message>
    <message>
        <source>Search results summary</source>
        <translation>Zusammenfassung der Suchergebnisse</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Stand der Suche</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Only conversations with this person</source>
        <translation>Nur Gespräche mit dieser Person</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Type to search notes, people, decisions and gatherings</source>
        <translation>Tippen Sie, um Notizen, Personen, Entscheidungen und Treffen zu durchsuchen</translation>
    </message>
    <message>
        <source>Nothing matches ‘{query}’</source>
        <translation>Keine Treffer für „{query}“</translation>
    </message>
    <message>
        <source>with {people}</source>
        <translation>mit {people}</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Si&amp;gnal</source>
        <translation>Si&amp;gnal</translation>
    </message>
    <message>
        <source>Only conversations with this signal</source>
        <translation>Nur Gespräche mit diesem Signal</translation>
    </message>
    <message>
        <source>Any signal</source>
        <translation>Alle Signale</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Only from a date</source>
        <translation>Erst ab einem Datum</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Only up to a date</source>
        <translation>Nur bis zu einem Datum</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Erstes Datum</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Letztes Datum</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Die Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Try fewer filters.</source>
        <translation>Versuchen Sie es mit weniger Filtern.</translation>
    </message>
    <message>
        <source>The {count} best and newest results: add words or filters to narrow them</source>
        <translation>Die {count} besten und neuesten Treffer: Grenzen Sie mit weiteren Wörtern oder Filtern ein</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source> · only conversations are searched with a person or signal filter</source>
        <translation> · mit einem Personen- oder Signalfilter werden nur Gespräche durchsucht</translation>
    </message>
    <message>
        <source> · Enter opens a result</source>
        <translation> · Eingabetaste öffnet einen Treffer</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts — TrustJournal</source>
        <translation>Tastenkürzel — TrustJournal</translation>
    </message>
</context>
<context>
    <name>ShowKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Save emergency kit…</source>
        <translation>Notfallblatt speichern…</translation>
    </message>
    <message>
        <source>I have kept it safe</source>
        <translation>Ich habe ihn sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Save the emergency kit</source>
        <translation>Notfallblatt speichern</translation>
    </message>
    <message>
        <source>The emergency kit could not be saved: {reason}.</source>
        <translation>Das Notfallblatt konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Saved to {file}. Print it, keep the paper safe, then delete the file.</source>
        <translation>Gespeichert unter {file}. Drucken Sie es aus, bewahren Sie das Papier sicher auf und löschen Sie dann die Datei.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>The people you marked as one of your few, the deep ties you choose to keep, and how many of them are honest ties now</source>
        <translation>Die Personen Ihres engen Kreises – die tiefen Beziehungen, die Sie bewusst pflegen –, und wie viele davon jetzt ehrliche Beziehungen sind</translation>
    </message>
    <message>
        <source>Capacity notes</source>
        <translation>Hinweise zur Kapazität</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Filter people by name or organisation</source>
        <translation>Personen nach Name oder Organisation filtern</translation>
    </message>
    <message>
        <source>Type part of a name or organisation; Esc clears</source>
        <translation>Teil eines Namens oder einer Organisation eingeben; Esc leert das Feld</translation>
    </message>
    <message>
        <source>Show only ties with this flag</source>
        <translation>Nur Beziehungen mit dieser Einstufung zeigen</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>Alle Einstufungen</translation>
    </message>
    <message>
        <source>Show only people in this role</source>
        <translation>Nur Personen in dieser Rolle zeigen</translation>
    </message>
    <message>
        <source>Show only people in this role of the practical test</source>
        <translation>Nur Personen in dieser Rolle der Probe aufs Exempel zeigen</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Sort people by</source>
        <translation>Personen sortieren nach</translation>
    </message>
    <message>
        <source>Sor&amp;t by</source>
        <translation>Sor&amp;tierung</translation>
    </message>
    <message>
        <source>Show arch&amp;ived</source>
        <translation>Arch&amp;iv zeigen</translation>
    </message>
    <message>
        <source>Show archived people</source>
        <translation>Archivierte Personen zeigen</translation>
    </message>
    <message>
        <source>Hide people with no conversations</source>
        <translation>Personen ohne Gespräche ausblenden</translation>
    </message>
    <message>
        <source>Imported contacts and others you have not recorded a conversation with yet: they are no ties until you talk</source>
        <translation>Importierte Kontakte und andere, mit denen Sie noch kein Gespräch festgehalten haben: Sie sind keine Beziehungen, bis Sie miteinander sprechen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message numerus="yes">
        <source>%n honest ties</source>
        <translation>
            <numerusform>%n ehrliche Beziehung</numerusform>
            <numerusform>%n ehrliche Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n others</source>
        <translation>
            <numerusform>%n andere</numerusform>
            <numerusform>%n andere</numerusform>
        </translation>
    </message>
    <message>
        <source>No people yet. Record a conversation and the people in it appear here.</source>
        <translation>Noch keine Personen. Halten Sie ein Gespräch fest, und die Personen darin erscheinen hier.</translation>
    </message>
    <message>
        <source>Nobody here has a conversation recorded yet. Untick “Hide people with no conversations” to see the people in your journal.</source>
        <translation>Mit niemandem hier ist schon ein Gespräch festgehalten. Entfernen Sie das Häkchen bei „Personen ohne Gespräche ausblenden“, um die Personen in Ihrem Journal zu sehen.</translation>
    </message>
    <message>
        <source>Nobody matches these filters.</source>
        <translation>Niemand passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Noch keine Gespräche</translation>
    </message>
    <message>
        <source>Last contact {ago}</source>
        <translation>Letzter Kontakt {ago}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
<context>
    <name>SignalPanel</name>
    <message>
        <source>Space ticks it, Delete dismisses it</source>
        <translation>Leertaste kreuzt an, Entf verwirft</translation>
    </message>
    <message>
        <source>A click or Space ticks it; Delete or ✕ dismisses it.</source>
        <translation>Ein Klick oder die Leertaste kreuzt an; Entf oder ✕ verwirft den Vorschlag.</translation>
    </message>
    <message>
        <source>Suggested by your note: {words}</source>
        <translation>Von Ihrer Notiz vorgeschlagen: {words}</translation>
    </message>
    <message>
        <source>{signal}: suggested ({keys}) by {words}</source>
        <translation>{signal}: vorgeschlagen ({keys}) wegen {words}</translation>
    </message>
    <message>
        <source>Possibly suggested by your note: {words}</source>
        <translation>Von Ihrer Notiz vielleicht vorgeschlagen: {words}</translation>
    </message>
    <message>
        <source>{signal}: possibly suggested ({keys}) by {words}</source>
        <translation>{signal}: vielleicht vorgeschlagen ({keys}) wegen {words}</translation>
    </message>
    <message>
        <source>Tick It</source>
        <translation>Ankreuzen</translation>
    </message>
    <message>
        <source>Dismiss Suggestion</source>
        <translation>Vorschlag verwerfen</translation>
    </message>
</context>
<context>
    <name>SignalRow</name>
    <message>
        <source>Not this one: dismiss the suggestion (Delete)</source>
        <translation>Nicht dieses: den Vorschlag verwerfen (Entf)</translation>
    </message>
    <message>
        <source>Dismiss suggestion: {signal}</source>
        <translation>Vorschlag verwerfen: {signal}</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>{app} is already open; brought it to the front.</source>
        <translation>{app} ist bereits geöffnet und wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>{app} is already open; a new conversation opens there.</source>
        <translation>{app} ist bereits geöffnet; dort öffnet sich ein neues Gespräch.</translation>
    </message>
    <message>
        <source>{app} is already open on this journal but busy; its window comes to the front when it can.</source>
        <translation>{app} ist mit diesem Journal bereits geöffnet, aber beschäftigt; sein Fenster kommt in den Vordergrund, sobald es kann.</translation>
    </message>
    <message>
        <source>{app}: single-instance is off for this run ({why}).</source>
        <translation>{app}: Die Einzelinstanz ist für diesen Start ausgeschaltet ({why}).</translation>
    </message>
    <message>
        <source>cannot make a private folder in {folder}: {error}</source>
        <translation>in {folder} lässt sich kein privater Ordner anlegen: {error}</translation>
    </message>
    <message>
        <source>{folder} is not a private folder of this user</source>
        <translation>{folder} ist kein privater Ordner dieses Benutzers</translation>
    </message>
    <message>
        <source>the runtime folder&apos;s path is too long for a socket ({folder})</source>
        <translation>der Pfad des Laufzeitordners ist zu lang für einen Socket ({folder})</translation>
    </message>
    <message>
        <source>cannot listen on {name}: {error}</source>
        <translation>kein Empfang auf {name} möglich: {error}</translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message numerus="yes">
        <source>%n signal(s) suggested</source>
        <translation>
            <numerusform>%n Signal vorgeschlagen</numerusform>
            <numerusform>%n Signale vorgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggests “{signal}”: tick it under Signals, or press {key} to accept every suggestion</source>
        <translation>Legt „{signal}“ nahe: unter Signale ankreuzen, oder {key} drücken, um alle Vorschläge anzunehmen</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Keeps this journal the same on your other computers through a folder your sync app (Syncthing, Dropbox, iCloud Drive, OneDrive, Nextcloud) already syncs. Only encrypted change files go there, never the journal itself. On another computer, join with the same folder and passphrase.</source>
        <translation>Hält dieses Journal auf Ihren anderen Computern gleich, über einen Ordner, den Ihre Sync-App (Syncthing, Dropbox, iCloud Drive, OneDrive, Nextcloud) bereits synchronisiert. Dorthin kommen nur verschlüsselte Änderungsdateien, nie das Journal selbst. Auf einem anderen Computer treten Sie mit demselben Ordner und derselben Passphrase bei.</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Keine Synchronisierung</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Sync-Ordner wählen</translation>
    </message>
    <message>
        <source>This &amp;device:</source>
        <translation>Dieses &amp;Gerät:</translation>
    </message>
    <message>
        <source>This device&apos;s name</source>
        <translation>Name dieses Geräts</translation>
    </message>
    <message>
        <source>How this computer is named in the devices list, here and on your other devices</source>
        <translation>So heißt dieser Computer in der Geräteliste, hier und auf Ihren anderen Geräten</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <source>Stop syncing this journal (its entries stay)</source>
        <translation>Dieses Journal nicht mehr synchronisieren (seine Einträge bleiben)</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Stand der Synchronisierung</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Devices syncing this journal</source>
        <translation>Geräte, die dieses Journal synchronisieren</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Wide&amp;rrufen…</translation>
    </message>
    <message>
        <source>Revoke the chosen device</source>
        <translation>Das gewählte Gerät widerrufen</translation>
    </message>
    <message>
        <source>A lost or sold computer: its later changes are refused.</source>
        <translation>Ein verlorener oder verkaufter Computer: Seine späteren Änderungen werden abgelehnt.</translation>
    </message>
    <message>
        <source>Not syncing: choose a folder to start.</source>
        <translation>Keine Synchronisierung: Wählen Sie einen Ordner, um zu beginnen.</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Unbenanntes Gerät</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name} (dieses Gerät)</translation>
    </message>
    <message>
        <source>{name} — revoked</source>
        <translation>{name} — widerrufen</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n change file(s) read</source>
        <translation>
            <numerusform>%n Änderungsdatei gelesen</numerusform>
            <numerusform>%n Änderungsdateien gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing read yet</source>
        <translation>Noch nichts gelesen</translation>
    </message>
    <message>
        <source>Sync Folder — TrustJournal</source>
        <translation>Sync-Ordner — TrustJournal</translation>
    </message>
    <message>
        <source>Linking to {folder}…</source>
        <translation>Wird mit {folder} verbunden…</translation>
    </message>
    <message>
        <source>Linked: this journal now syncs through the folder.</source>
        <translation>Verbunden: Dieses Journal synchronisiert jetzt über den Ordner.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Revoke Device — TrustJournal</source>
        <translation>Gerät widerrufen — TrustJournal</translation>
    </message>
    <message>
        <source>Revoke “{name}”?</source>
        <translation>„{name}“ widerrufen?</translation>
    </message>
    <message>
        <source>Changes “{name}” makes from now on are refused by this journal and by your other devices. It can still read what it already had, and what it finds in the folder later: it knows the journal&apos;s key. To shut it out completely, restore a backup into a new journal and sync that one instead.</source>
        <translation>Änderungen, die „{name}“ von jetzt an macht, lehnen dieses Journal und Ihre anderen Geräte ab. Es kann weiterhin lesen, was es schon hatte und was es später im Ordner findet: Es kennt den Schlüssel des Journals. Um es ganz auszuschließen, stellen Sie eine Sicherung in ein neues Journal wieder her und synchronisieren stattdessen dieses.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Unlink — TrustJournal</source>
        <translation>Trennen — TrustJournal</translation>
    </message>
    <message>
        <source>Stop syncing this journal?</source>
        <translation>Dieses Journal nicht mehr synchronisieren?</translation>
    </message>
    <message>
        <source>Its entries stay on this computer, and the sync folder stays as it is for your other devices. Changes made here from now on are not sent.</source>
        <translation>Seine Einträge bleiben auf diesem Computer, und der Sync-Ordner bleibt für Ihre anderen Geräte, wie er ist. Änderungen, die Sie hier ab jetzt vornehmen, werden nicht gesendet.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>This journal no longer syncs.</source>
        <translation>Dieses Journal wird nicht mehr synchronisiert.</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Widerrufen.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>Synchronisiert um {time}</translation>
    </message>
    <message>
        <source>Last synced {day}</source>
        <translation>Zuletzt synchronisiert am {day}</translation>
    </message>
    <message>
        <source>Syncing through {folder} as “{device}”.</source>
        <translation>Synchronisiert über {folder} als „{device}“.</translation>
    </message>
    <message>
        <source>Last synced {moment}.</source>
        <translation>Zuletzt synchronisiert am {moment}.</translation>
    </message>
    <message>
        <source>Sync folder missing</source>
        <translation>Sync-Ordner fehlt</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>{problem} — last synced {day}</source>
        <translation>{problem} — zuletzt synchronisiert am {day}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Show the changes made on two devices at once</source>
        <translation>Die gleichzeitig auf zwei Geräten gemachten Änderungen zeigen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s): show them</source>
        <translation>
            <numerusform>%n Sync-Konflikt: zeigen</numerusform>
            <numerusform>%n Sync-Konflikte: zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n conflict(s) to settle</source>
        <translation>
            <numerusform>Synchronisierung: %n Konflikt zu klären</numerusform>
            <numerusform>Synchronisierung: %n Konflikte zu klären</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Who is it</source>
        <translation>Wer ist es</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Name der neuen Person</translation>
    </message>
    <message>
        <source>Choose: {names}</source>
        <translation>Wählen: {names}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>No new person</source>
        <translation>Keine neue Person</translation>
    </message>
    <message>
        <source>Double-click to choose who this tag is</source>
        <translation>Doppelklicken Sie, um zu wählen, wer dieses Schlagwort ist</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>with {people}</source>
        <translation>mit {people}</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Keine Notiz</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Open the conversation to read the whole note.</source>
        <translation>Öffnen Sie das Gespräch, um die ganze Notiz zu lesen.</translation>
    </message>
    <message>
        <source>with {people}</source>
        <translation>mit {people}</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this conversation</source>
        <translation>Zum Öffnen dieses Gesprächs doppelklicken oder die Eingabetaste drücken</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation…</source>
        <translation>Gespräch &amp;löschen…</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open TrustJournal</source>
        <translation>TrustJournal öffnen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Put it back as it was (Ctrl+Z)</source>
        <translation>Wieder so herstellen, wie es war (Strg+Z)</translation>
    </message>
    <message>
        <source>Hide (it can then no longer be undone)</source>
        <translation>Ausblenden (danach lässt es sich nicht mehr rückgängig machen)</translation>
    </message>
    <message>
        <source>Hide the undo bar</source>
        <translation>Die Rückgängig-Leiste ausblenden</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Rückgängig nicht möglich</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Unlock — TrustJournal</source>
        <translation>Entsperren — TrustJournal</translation>
    </message>
    <message>
        <source>Unlock TrustJournal</source>
        <translation>TrustJournal entsperren</translation>
    </message>
    <message>
        <source>TrustJournal</source>
        <translation>TrustJournal</translation>
    </message>
    <message>
        <source>TrustJournal icon</source>
        <translation>TrustJournal-Symbol</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Name der App</translation>
    </message>
    <message>
        <source>A private journal of candid conversations</source>
        <translation>Ein privates Journal offener Gespräche</translation>
    </message>
    <message>
        <source>Tagline</source>
        <translation>Leitsatz</translation>
    </message>
    <message>
        <source>Create or unlock</source>
        <translation>Anlegen oder entsperren</translation>
    </message>
    <message>
        <source>Create your journal</source>
        <translation>Ihr Journal anlegen</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>It is encrypted with a passphrase only you know, and kept in this folder:</source>
        <translation>Es wird mit einer Passphrase verschlüsselt, die nur Sie kennen, und in diesem Ordner aufbewahrt:</translation>
    </message>
    <message>
        <source>Where the journal lives</source>
        <translation>Wo das Journal liegt</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Journalordner</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase label</source>
        <translation>Beschriftung der Passphrase</translation>
    </message>
    <message>
        <source>A few unrelated words</source>
        <translation>Ein paar Wörter ohne Zusammenhang</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Die Passphrase zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase zeigen</translation>
    </message>
    <message>
        <source>Caps Lock is on</source>
        <translation>Die Feststelltaste ist aktiv</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation>Warnung zur Feststelltaste</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Advice on the passphrase</source>
        <translation>Rat zur Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>Passphrase &amp;wiederholen</translation>
    </message>
    <message>
        <source>Repeat label</source>
        <translation>Beschriftung der Wiederholung</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Dieselbe noch einmal</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Whether the two passphrases match</source>
        <translation>Ob die beiden Passphrasen übereinstimmen</translation>
    </message>
    <message>
        <source>Re&amp;member on this device</source>
        <translation>Auf diesem Gerät &amp;merken</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Auf diesem Gerät merken</translation>
    </message>
    <message>
        <source>What remembering trades</source>
        <translation>Was das Merken kostet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Create journal</source>
        <translation>Journal &amp;anlegen</translation>
    </message>
    <message>
        <source>Create journal</source>
        <translation>Journal anlegen</translation>
    </message>
    <message>
        <source>Unlock your journal</source>
        <translation>Ihr Journal entsperren</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ihre Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Open the &amp;demo journal…</source>
        <translation>&amp;Demo-Journal öffnen…</translation>
    </message>
    <message>
        <source>A separate journal of made-up people to try the app with; your own journal is not touched</source>
        <translation>Ein eigenes Journal erfundener Personen zum Ausprobieren; Ihr eigenes Journal bleibt unberührt</translation>
    </message>
    <message>
        <source>Open the demo journal</source>
        <translation>Demo-Journal öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit TrustJournal</source>
        <translation>TrustJournal beenden</translation>
    </message>
    <message>
        <source>Something went wrong and the journal could not be opened; nothing was changed. Try again, or restart TrustJournal.</source>
        <translation>Etwas ist schiefgegangen, und das Journal konnte nicht geöffnet werden; nichts wurde verändert. Versuchen Sie es noch einmal oder starten Sie TrustJournal neu.</translation>
    </message>
    <message>
        <source>This device could not remember the key ({reason}); you will be asked for the passphrase next time.</source>
        <translation>Dieses Gerät konnte sich den Schlüssel nicht merken ({reason}); beim nächsten Mal werden Sie nach der Passphrase gefragt.</translation>
    </message>
    <message>
        <source>This device could not forget the key ({reason}).</source>
        <translation>Dieses Gerät konnte den Schlüssel nicht vergessen ({reason}).</translation>
    </message>
    <message>
        <source>At least {count} characters. A few unrelated words are easy to remember and hard to guess. Forgotten, only a recovery key can open the journal again.</source>
        <translation>Mindestens {count} Zeichen. Ein paar Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten. Vergessen, öffnet nur noch ein Wiederherstellungsschlüssel das Journal.</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Create your journal — TrustJournal</source>
        <translation>Ihr Journal anlegen — TrustJournal</translation>
    </message>
    <message>
        <source>Unlocks without the passphrase on this computer account: anyone who can use your session can open the journal.</source>
        <translation>Entsperrt ohne Passphrase in diesem Benutzerkonto: Wer Ihre Sitzung benutzen kann, kann das Journal öffnen.</translation>
    </message>
    <message>
        <source>Make sure that folder can be written to and its disk has free space, then try again. To keep the journal somewhere else, start TrustJournal with --vault FOLDER.</source>
        <translation>Stellen Sie sicher, dass in diesen Ordner geschrieben werden darf und sein Laufwerk Platz hat, und versuchen Sie es dann erneut. Um das Journal anderswo aufzubewahren, starten Sie TrustJournal mit --vault ORDNER.</translation>
    </message>
    <message>
        <source>Protecting your journal…</source>
        <translation>Ihr Journal wird geschützt…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Unlocking with the key this device remembers…</source>
        <translation>Wird mit dem Schlüssel entsperrt, den sich dieses Gerät gemerkt hat…</translation>
    </message>
    <message>
        <source>Opening the demo journal…</source>
        <translation>Das Demo-Journal wird geöffnet…</translation>
    </message>
    <message>
        <source>Making up a demo journal…</source>
        <translation>Ein Demo-Journal wird erfunden…</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>Passphrase vergessen?</translation>
    </message>
    <message>
        <source>Use your recovery key to set a new passphrase</source>
        <translation>Mit Ihrem Wiederherstellungsschlüssel eine neue Passphrase festlegen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Passphrase verbergen</translation>
    </message>
    <message>
        <source>in {folder}</source>
        <translation>in {folder}</translation>
    </message>
    <message>
        <source>Passphrase (optional on this device)</source>
        <translation>Passphrase (auf diesem Gerät optional)</translation>
    </message>
    <message>
        <source>✓ The two passphrases match.</source>
        <translation>✓ Die beiden Passphrasen stimmen überein.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>The demo journal cannot live in your own journal&apos;s folder ({path}); set {variable} to another folder.</source>
        <translation>Das Demo-Journal kann nicht im Ordner Ihres eigenen Journals liegen ({path}); setzen Sie {variable} auf einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Who carries honesty, and who only polish?</source>
        <translation>Wer trägt Ehrlichkeit, und wer nur Fassade?</translation>
    </message>
    <message>
        <source>Choose a person on the left to see your tie with them and why, or record the conversation you just had.</source>
        <translation>Wählen Sie links eine Person, um Ihre Beziehung zu ihr und die Gründe zu sehen, oder halten Sie das Gespräch fest, das Sie gerade geführt haben.</translation>
    </message>
    <message>
        <source>This week&apos;s next steps</source>
        <translation>Die nächsten Schritte dieser Woche</translation>
    </message>
    <message>
        <source>All next steps</source>
        <translation>Alle nächsten Schritte</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>What to do this week</source>
        <translation>Was diese Woche zu tun ist</translation>
    </message>
    <message>
        <source>What to do next, to keep the ties that matter</source>
        <translation>Was als Nächstes zu tun ist, um die Beziehungen zu halten, auf die es ankommt</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
</TS>
