<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AcceptAllButton</name>
    <message numerus="yes">
        <source>Accept all %n suggested signals</source>
        <translation>
            <numerusform>Accept the %n suggested signal</numerusform>
            <numerusform>Accept all %n suggested signals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message numerus="yes">
        <source>Import %n meetings</source>
        <translation>
            <numerusform>Import %n meeting</numerusform>
            <numerusform>Import %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings added to To write up</source>
        <translation>
            <numerusform>%n meeting added to To write up</numerusform>
            <numerusform>%n meetings added to To write up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n people added to the journal.</source>
        <translation>
            <numerusform>; %n person added to the journal.</numerusform>
            <numerusform>; %n people added to the journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message numerus="yes">
        <source>%n people added</source>
        <translation>
            <numerusform>%n person added</numerusform>
            <numerusform>%n people added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people given new details</source>
        <translation>
            <numerusform>%n person given new details</numerusform>
            <numerusform>%n people given new details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synced %n min ago</numerusform>
            <numerusform>Synced %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%n more problems came up after this one.</source>
        <translation>
            <numerusform>%n more problem came up after this one.</numerusform>
            <numerusform>%n more problems came up after this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n open</source>
        <translation>
            <numerusform> · %n open</numerusform>
            <numerusform> · %n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatheringsModel</name>
    <message numerus="yes">
        <source>%n people met</source>
        <translation>
            <numerusform>%n person met</numerusform>
            <numerusform>%n people met</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatheringsView</name>
    <message numerus="yes">
        <source>%n gatherings</source>
        <translation>
            <numerusform>%n gathering</numerusform>
            <numerusform>%n gatherings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message numerus="yes">
        <source>%n meeting(s) from your calendar to write up. Write one up while you remember what was really said, or dismiss it.</source>
        <translation>
            <numerusform>%n meeting from your calendar to write up. Write one up while you remember what was really said, or dismiss it.</numerusform>
            <numerusform>%n meetings from your calendar to write up. Write one up while you remember what was really said, or dismiss it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalImportDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln entries&lt;/b&gt; from {format} in {name}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln entry&lt;/b&gt; from {format} in {name}</numerusform>
            <numerusform>&lt;b&gt;%Ln entries&lt;/b&gt; from {format} in {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; will become conversations</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; will become conversations</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; will become conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with &lt;b&gt;%Ln new people&lt;/b&gt;</source>
        <translation>
            <numerusform>, with &lt;b&gt;%Ln new person&lt;/b&gt;</numerusform>
            <numerusform>, with &lt;b&gt;%Ln new people&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are in your journal already.</source>
        <translation>
            <numerusform>%Ln is in your journal already.</numerusform>
            <numerusform>%Ln are in your journal already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln name nobody.</source>
        <translation>
            <numerusform>%Ln names nobody.</numerusform>
            <numerusform>%Ln name nobody.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos are not imported (the notes say [photo]).</source>
        <translation>
            <numerusform>%Ln photo is not imported (the notes say [photo]).</numerusform>
            <numerusform>%Ln photos are not imported (the notes say [photo]).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries that name &amp;nobody (%Ln):</source>
        <translation>
            <numerusform>Entries that name &amp;nobody (%Ln):</numerusform>
            <numerusform>Entries that name &amp;nobody (%Ln):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln</source>
        <translation>
            <numerusform>Import %Ln</numerusform>
            <numerusform>Import %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln entries…</source>
        <translation>
            <numerusform>Importing %Ln entries…</numerusform>
            <numerusform>Importing %Ln entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln conversations from {name}.</source>
        <translation>
            <numerusform>Imported %Ln conversations from {name}.</numerusform>
            <numerusform>Imported %Ln conversations from {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n meetings to write up</source>
        <translation>
            <numerusform>%n meeting to write up</numerusform>
            <numerusform>%n meetings to write up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to do this week</source>
        <translation>
            <numerusform>%n to do this week</numerusform>
            <numerusform>%n to do this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n next steps in all</source>
        <translation>
            <numerusform>, %n next step in all</numerusform>
            <numerusform>, %n next steps in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decisions</source>
        <translation>
            <numerusform>%Ln decision</numerusform>
            <numerusform>%Ln decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gatherings</source>
        <translation>
            <numerusform>%Ln gathering</numerusform>
            <numerusform>%Ln gatherings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message numerus="yes">
        <source>Journal&apos;s cadence (%n days)</source>
        <translation>
            <numerusform>Journal&apos;s cadence (%n day)</numerusform>
            <numerusform>Journal&apos;s cadence (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonHeader</name>
    <message numerus="yes">
        <source>cadence %n days</source>
        <translation>
            <numerusform>cadence %n day</numerusform>
            <numerusform>cadence %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their own cadence: an honest tie with them fades after %n days without an honest conversation</source>
        <translation>
            <numerusform>Their own cadence: an honest tie with them fades after %n day without an honest conversation</numerusform>
            <numerusform>Their own cadence: an honest tie with them fades after %n days without an honest conversation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReflectionDoc</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n day(s)</source>
        <translation>
            <numerusform>the first %n day</numerusform>
            <numerusform>the first %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first %n day(s)</source>
        <translation>
            <numerusform>first %n day</numerusform>
            <numerusform>first %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) this quarter</source>
        <translation>
            <numerusform>%n conversation this quarter</numerusform>
            <numerusform>%n conversations this quarter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n honest conversation(s)</source>
        <translation>
            <numerusform>%n honest conversation</numerusform>
            <numerusform>%n honest conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polish-only conversation(s)</source>
        <translation>
            <numerusform>%n polish-only conversation</numerusform>
            <numerusform>%n polish-only conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n honest tie(s)</source>
        <translation>
            <numerusform>%n honest tie</numerusform>
            <numerusform>%n honest ties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>among the %n people you had talked with by then</source>
        <translation>
            <numerusform>among the %n person you had talked with by then</numerusform>
            <numerusform>among the %n people you had talked with by then</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReflectionView</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gathering(s)</source>
        <translation>
            <numerusform>%n gathering</numerusform>
            <numerusform>%n gatherings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message numerus="yes">
        <source>Its note (%Ln words) and signals go with it.</source>
        <translation>
            <numerusform>Its note (%Ln word) and signals go with it.</numerusform>
            <numerusform>Its note (%Ln words) and signals go with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {name} and the %Ln conversations with only them?</source>
        <translation>
            <numerusform>Delete {name} and the %Ln conversation with only them?</numerusform>
            <numerusform>Delete {name} and the %Ln conversations with only them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group conversations with {name} and others: keep them, without {name}, or delete them too?</source>
        <translation>
            <numerusform>%Ln group conversation with {name} and others: keep it, without {name}, or delete it too?</numerusform>
            <numerusform>%Ln group conversations with {name} and others: keep them, without {name}, or delete them too?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete, Keep Those %Ln</source>
        <translation>
            <numerusform>Delete, Keep It</numerusform>
            <numerusform>Delete, Keep Those %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete All %Ln</source>
        <translation>
            <numerusform>Delete All %Ln</numerusform>
            <numerusform>Delete All %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted {name} and %Ln conversations.</source>
        <translation>
            <numerusform>Deleted {name} and %Ln conversation.</numerusform>
            <numerusform>Deleted {name} and %Ln conversations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <source>%n honest ties</source>
        <translation>
            <numerusform>%n honest tie</numerusform>
            <numerusform>%n honest ties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n others</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message numerus="yes">
        <source>%n signal(s) suggested</source>
        <translation>
            <numerusform>%n signal suggested</numerusform>
            <numerusform>%n signals suggested</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%n change file(s) read</source>
        <translation>
            <numerusform>%n change file read</numerusform>
            <numerusform>%n change files read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s): show them</source>
        <translation>
            <numerusform>%n sync conflict: show it</numerusform>
            <numerusform>%n sync conflicts: show them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n conflict(s) to settle</source>
        <translation>
            <numerusform>Sync: %n conflict to settle</numerusform>
            <numerusform>Sync: %n conflicts to settle</numerusform>
        </translation>
    </message>
</context>
</TS>
