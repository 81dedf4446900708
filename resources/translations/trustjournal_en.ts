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
</TS>
