<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Framewise::CliRunner</name>
    <message numerus="yes">
        <source>--close-reason is %n bytes of UTF-8; at most %1 fit in a Close frame.</source>
        <translation>
            <numerusform>--close-reason is %n byte of UTF-8; at most %1 fit in a Close frame.</numerusform>
            <numerusform>--close-reason is %n bytes of UTF-8; at most %1 fit in a Close frame.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>* recorded as session %1 (%n records) in %2</source>
        <translation>
            <numerusform>* recorded as session %1 (%n record) in %2</numerusform>
            <numerusform>* recorded as session %1 (%n records) in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes of binary data)</source>
        <translation>
            <numerusform>(%n byte of binary data)</numerusform>
            <numerusform>(%n bytes of binary data)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>* TLS: %1, %2 (%n bits)</source>
        <translation>
            <numerusform>* TLS: %1, %2 (%n bit)</numerusform>
            <numerusform>* TLS: %1, %2 (%n bits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::CloseDialog</name>
    <message numerus="yes">
        <source>The reason is %n bytes of UTF-8; at most 123 fit in a Close frame.</source>
        <translation>
            <numerusform>The reason is %n byte of UTF-8; at most 123 fit in a Close frame.</numerusform>
            <numerusform>The reason is %n bytes of UTF-8; at most 123 fit in a Close frame.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::ConnectionPanel</name>
    <message numerus="yes">
        <source>Exported %n profile(s) without their secrets.</source>
        <translation>
            <numerusform>Exported %n profile without its secrets.</numerusform>
            <numerusform>Exported %n profiles without their secrets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>Imported %n profile.</numerusform>
            <numerusform>Imported %n profiles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::DetailPane</name>
    <message numerus="yes">
        <source> · %n frame(s)</source>
        <translation>
            <numerusform> · %n frame</numerusform>
            <numerusform> · %n frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file was streamed to the server; its %1 bytes were not kept.</source>
        <translation>
            <numerusform>This file was streamed to the server; its %1 byte was not kept.</numerusform>
            <numerusform>This file was streamed to the server; its %1 bytes were not kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) was streamed to the server from a file; its %3 bytes were not kept.</source>
        <translation>
            <numerusform>%1 (%2) was streamed to the server from a file; its %3 byte was not kept.</numerusform>
            <numerusform>%1 (%2) was streamed to the server from a file; its %3 bytes were not kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This message&apos;s %1 bytes were not kept.</source>
        <translation>
            <numerusform>This message&apos;s %1 byte was not kept.</numerusform>
            <numerusform>This message&apos;s %1 bytes were not kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::ExportDialog</name>
    <message numerus="yes">
        <source>The whole session (%n records)</source>
        <translation>
            <numerusform>The whole session (%n record)</numerusform>
            <numerusform>The whole session (%n records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows the filter shows (%n)</source>
        <translation>
            <numerusform>The row the filter shows (%n)</numerusform>
            <numerusform>The rows the filter shows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected rows (%n)</source>
        <translation>
            <numerusform>The selected row (%n)</numerusform>
            <numerusform>The selected rows (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::HeldMessageDialog</name>
    <message numerus="yes">
        <source>Original (%n bytes)</source>
        <translation>
            <numerusform>Original (%n byte)</numerusform>
            <numerusform>Original (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::HistoryPanel</name>
    <message numerus="yes">
        <source>Delete %n recorded session(s) and all their messages? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n recorded session and all its messages? This cannot be undone.</numerusform>
            <numerusform>Delete %n recorded sessions and all their messages? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions</source>
        <translation>
            <numerusform>%1 of %n session</numerusform>
            <numerusform>%1 of %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptRunner</name>
    <message numerus="yes">
        <source>released in %n s</source>
        <translation>
            <numerusform>released in %n s</numerusform>
            <numerusform>released in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%1] recorded as session %2 (%n records) in %3</source>
        <translation>
            <numerusform>[%1] recorded as session %2 (%n record) in %3</numerusform>
            <numerusform>[%1] recorded as session %2 (%n records) in %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptTab</name>
    <message numerus="yes">
        <source>  ·  %n live</source>
        <translation>
            <numerusform>  ·  %n live</numerusform>
            <numerusform>  ·  %n live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ended</source>
        <translation>
            <numerusform>, %n ended</numerusform>
            <numerusform>, %n ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n held</source>
        <translation>
            <numerusform>  ·  %n held</numerusform>
            <numerusform>  ·  %n held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n refused</source>
        <translation>
            <numerusform>  ·  %n refused</numerusform>
            <numerusform>  ·  %n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::MainWindow</name>
    <message numerus="yes">
        <source>↓ %n msgs (%1)</source>
        <translation>
            <numerusform>↓ %n msg (%1)</numerusform>
            <numerusform>↓ %n msgs (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>↑ %n msgs (%1)</source>
        <translation>
            <numerusform>↑ %n msg (%1)</numerusform>
            <numerusform>↑ %n msgs (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sessions; the first few are open, the rest are in History.</source>
        <translation>
            <numerusform>Imported %n session; the first few are open, the rest are in History.</numerusform>
            <numerusform>Imported %n sessions; the first few are open, the rest are in History.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded session(s) deleted by the retention limits.</source>
        <translation>
            <numerusform>%n recorded session deleted by the retention limits.</numerusform>
            <numerusform>%n recorded sessions deleted by the retention limits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The profile %1 has changes that are not saved.</source>
        <translation>
            <numerusform>The profile %1 has changes that are not saved.</numerusform>
            <numerusform>The profiles %1 have changes that are not saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 were left out: each lacked a time, a type, an opcode or its data, or had one that could not be read.</source>
        <translation>
            <numerusform>%n message of %1 was left out: it lacked a time, a type, an opcode or its data, or had one that could not be read.</numerusform>
            <numerusform>%n messages of %1 were left out: each lacked a time, a type, an opcode or its data, or had one that could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>Exported %n record to %1</numerusform>
            <numerusform>Exported %n records to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restarting now closes every tab and its %n open connection(s) (Going Away); what they recorded stays in History.</source>
        <translation>
            <numerusform>Restarting now closes every tab and its %n open connection (Going Away); what they recorded stays in History.</numerusform>
            <numerusform>Restarting now closes every tab and its %n open connections (Going Away); what they recorded stays in History.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::MessageLogModel</name>
    <message numerus="yes">
        <source>%n frame(s), %1 bytes on the wire</source>
        <translation>
            <numerusform>%n frame, %1 bytes on the wire</numerusform>
            <numerusform>%n frames, %1 bytes on the wire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::SessionTab</name>
    <message numerus="yes">
        <source>%1 of %n messages shown</source>
        <translation>
            <numerusform>%1 of %n message shown</numerusform>
            <numerusform>%1 of %n messages shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::StatsPane</name>
    <message numerus="yes">
        <source>Received %n messages (%1),</source>
        <translation>
            <numerusform>Received %n message (%1),</numerusform>
            <numerusform>Received %n messages (%1),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n messages (%1).</source>
        <translation>
            <numerusform>sent %n message (%1).</numerusform>
            <numerusform>sent %n messages (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::TlsPane</name>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FramewiseCli</name>
    <message numerus="yes">
        <source>Give one URL only (got %n arguments).</source>
        <translation>
            <numerusform>Give one URL only (got %n argument).</numerusform>
            <numerusform>Give one URL only (got %n arguments).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarImporter</name>
    <message numerus="yes">
        <source>no WebSocket connection in log.entries (%n other entries)</source>
        <translation>
            <numerusform>no WebSocket connection in log.entries (%n other entry)</numerusform>
            <numerusform>no WebSocket connection in log.entries (%n other entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message numerus="yes">
        <source>Imported session %1: %2 (%n records)</source>
        <translation>
            <numerusform>Imported session %1: %2 (%n record)</numerusform>
            <numerusform>Imported session %1: %2 (%n records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n message(s): each lacked a time, a type, an opcode or its data, or had one that could not be read.</source>
        <translation>
            <numerusform>Left out %n message: it lacked a time, a type, an opcode or its data, or had one that could not be read.</numerusform>
            <numerusform>Left out %n messages: each lacked a time, a type, an opcode or its data, or had one that could not be read.</numerusform>
        </translation>
    </message>
</context>
</TS>
