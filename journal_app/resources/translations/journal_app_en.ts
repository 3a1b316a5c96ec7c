<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n triggered moment(s)</source>
        <translation>
            <numerusform>%n triggered moment</numerusform>
            <numerusform>%n triggered moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with {person}, half of %n repair(s) came within {time}</source>
        <translation>
            <numerusform>with {person}, one repair, after {time}</numerusform>
            <numerusform>with {person}, half of %n repairs came within {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{person}, {when}: half of %n repair(s) came within {time}</source>
        <translation>
            <numerusform>{person}, {when}: one repair, after {time}</numerusform>
            <numerusform>{person}, {when}: half of %n repairs came within {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{belief}”, {month}: {strength}% true on average over %n rating(s)</source>
        <translation>
            <numerusform>“{belief}”, {month}: {strength}% true on average over %n rating</numerusform>
            <numerusform>“{belief}”, {month}: {strength}% true on average over %n ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n already in the journal will be skipped.</source>
        <translation>
            <numerusform>%n already in the journal will be skipped.</numerusform>
            <numerusform>%n already in the journal will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) marked &quot;may share&quot;</source>
        <translation>
            <numerusform>%n entry marked &quot;may share&quot;</numerusform>
            <numerusform>%n entries marked &quot;may share&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(showing the first %n; use --limit N to see more)</source>
        <translation>
            <numerusform>(showing the first entry; use --limit N to see more)</numerusform>
            <numerusform>(showing the first %n; use --limit N to see more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n entry(s) in the Trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n entry in the Trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete the %n entries in the Trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entry(s) for good. {after}</source>
        <translation>
            <numerusform>Deleted %n entry for good. {after}</numerusform>
            <numerusform>Deleted %n entries for good. {after}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptying the Trash deletes its %n entry(s) for good, so it asks first: run it in a terminal, or add --yes. Nothing was deleted.</source>
        <translation>
            <numerusform>Emptying the Trash deletes its %n entry for good, so it asks first: run it in a terminal, or add --yes. Nothing was deleted.</numerusform>
            <numerusform>Emptying the Trash deletes its %n entries for good, so it asks first: run it in a terminal, or add --yes. Nothing was deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n entry(s) with their triggers, people, sessions and questions.</source>
        <translation>
            <numerusform>Restored %n entry with their triggers, people, sessions and questions.</numerusform>
            <numerusform>Restored %n entries with their triggers, people, sessions and questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Trash changed while you were answering (it now holds %n entry(s)), so nothing was deleted. Please look at it again (`journal-app trash`).</source>
        <translation>
            <numerusform>The Trash changed while you were answering (it now holds %n entry), so nothing was deleted. Please look at it again (`journal-app trash`).</numerusform>
            <numerusform>The Trash changed while you were answering (it now holds %n entries), so nothing was deleted. Please look at it again (`journal-app trash`).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their words are erased from the journal file and its search index. Backups made before now still hold them until newer backups replace them.</source>
        <translation>
            <numerusform>Its words are erased from the journal file and its search index. Backups made before now still hold it until newer backups replace them.</numerusform>
            <numerusform>Their words are erased from the journal file and its search index. Backups made before now still hold them until newer backups replace them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases in a row ({failures}), so this try waits %n second(s) first (Ctrl+C stops it). Nothing was changed.</source>
        <translation>
            <numerusform>Too many wrong passphrases in a row ({failures}), so this try waits %n second first (Ctrl+C stops it). Nothing was changed.</numerusform>
            <numerusform>Too many wrong passphrases in a row ({failures}), so this try waits %n seconds first (Ctrl+C stops it). Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: a {format} with %n entry(s){span}.</source>
        <translation>
            <numerusform>{file}: a {format} with %n entry{span}.</numerusform>
            <numerusform>{file}: a {format} with %n entries{span}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{message} After {failures} wrong passphrases in a row, the next try waits %n second(s).</source>
        <translation>
            <numerusform>{message} After {failures} wrong passphrases in a row, the next try waits %n second.</numerusform>
            <numerusform>{message} After {failures} wrong passphrases in a row, the next try waits %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cycle</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Half of the %n repair(s) with {person} came within {time}.</source>
        <translation>
            <numerusform>The one repair with {person} came within {time}.</numerusform>
            <numerusform>Half of the %n repairs with {person} came within {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How true “{belief}” felt stayed about the same, near {mean}%, over %n rating(s).</source>
        <translation>
            <numerusform>How true “{belief}” felt stayed about the same, near {mean}%, over %n rating.</numerusform>
            <numerusform>How true “{belief}” felt stayed about the same, near {mean}%, over %n ratings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How true “{belief}” felt went down from about {start}% to about {end}% over %n rating(s).</source>
        <translation>
            <numerusform>How true “{belief}” felt went down from about {start}% to about {end}% over %n rating.</numerusform>
            <numerusform>How true “{belief}” felt went down from about {start}% to about {end}% over %n ratings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How true “{belief}” felt went up from about {start}% to about {end}% over %n rating(s).</source>
        <translation>
            <numerusform>How true “{belief}” felt went up from about {start}% to about {end}% over %n rating.</numerusform>
            <numerusform>How true “{belief}” felt went up from about {start}% to about {end}% over %n ratings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, repair came within a day in {k} of %n moment(s) that needed it, as often as in the period before ({k0} of {n0}).</source>
        <translation>
            <numerusform>With {person}, repair came within a day in {k} of %n moment that needed it, as often as in the period before ({k0} of {n0}).</numerusform>
            <numerusform>With {person}, repair came within a day in {k} of %n moments that needed it, as often as in the period before ({k0} of {n0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, repair came within a day in {k} of %n moment(s) that needed it, down from {k0} of {n0} in the period before.</source>
        <translation>
            <numerusform>With {person}, repair came within a day in {k} of %n moment that needed it, down from {k0} of {n0} in the period before.</numerusform>
            <numerusform>With {person}, repair came within a day in {k} of %n moments that needed it, down from {k0} of {n0} in the period before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, repair came within a day in {k} of %n moment(s) that needed it, up from {k0} of {n0} in the period before.</source>
        <translation>
            <numerusform>With {person}, repair came within a day in {k} of %n moment that needed it, up from {k0} of {n0} in the period before.</numerusform>
            <numerusform>With {person}, repair came within a day in {k} of %n moments that needed it, up from {k0} of {n0} in the period before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, repair came within a day in {k} of %n moment(s) that needed it.</source>
        <translation>
            <numerusform>With {person}, repair came within a day in {k} of %n moment that needed it.</numerusform>
            <numerusform>With {person}, repair came within a day in {k} of %n moments that needed it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, this came back most often, in {n} of %n moment(s):</source>
        <translation>
            <numerusform>With {person}, this came back most often, in {n} of %n moment:</numerusform>
            <numerusform>With {person}, this came back most often, in {n} of %n moments:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, we came back together in {k} of %n moment(s) that needed repair.</source>
        <translation>
            <numerusform>With {person}, we came back together in {k} of %n moment that needed repair.</numerusform>
            <numerusform>With {person}, we came back together in {k} of %n moments that needed repair.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, we came back together within a day in {k} of %n moment(s) that needed it, as often as in the period before ({k0} of {n0}).</source>
        <translation>
            <numerusform>With {person}, we came back together within a day in {k} of %n moment that needed it, as often as in the period before ({k0} of {n0}).</numerusform>
            <numerusform>With {person}, we came back together within a day in {k} of %n moments that needed it, as often as in the period before ({k0} of {n0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, we came back together within a day in {k} of %n moment(s) that needed it, down from {k0} of {n0} in the period before.</source>
        <translation>
            <numerusform>With {person}, we came back together within a day in {k} of %n moment that needed it, down from {k0} of {n0} in the period before.</numerusform>
            <numerusform>With {person}, we came back together within a day in {k} of %n moments that needed it, down from {k0} of {n0} in the period before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, we came back together within a day in {k} of %n moment(s) that needed it, up from {k0} of {n0} in the period before.</source>
        <translation>
            <numerusform>With {person}, we came back together within a day in {k} of %n moment that needed it, up from {k0} of {n0} in the period before.</numerusform>
            <numerusform>With {person}, we came back together within a day in {k} of %n moments that needed it, up from {k0} of {n0} in the period before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, we came back together within a day in {k} of %n moment(s) that needed it.</source>
        <translation>
            <numerusform>With {person}, we came back together within a day in {k} of %n moment that needed it.</numerusform>
            <numerusform>With {person}, we came back together within a day in {k} of %n moments that needed it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, {k} of %n moment(s) that needed repair came to a repair.</source>
        <translation>
            <numerusform>With {person}, {k} of %n moment that needed repair was repaired.</numerusform>
            <numerusform>With {person}, {k} of %n moments that needed repair were repaired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in this period; nothing earlier to compare with.</source>
        <translation>
            <numerusform>%n entry in this period; nothing earlier to compare with.</numerusform>
            <numerusform>%n entries in this period; nothing earlier to compare with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in this period; {previous} in {before}.</source>
        <translation>
            <numerusform>%n entry in this period; {previous} in {before}.</numerusform>
            <numerusform>%n entries in this period; {previous} in {before}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These numbers count all %n entry(s), private ones too.</source>
        <translation>
            <numerusform>These numbers count the %n entry, private ones too.</numerusform>
            <numerusform>These numbers count all %n entries, private ones too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These numbers count all %n entry(s); the words of private entries are not shown.</source>
        <translation>
            <numerusform>These numbers count the %n entry; the words of private entries are not shown.</numerusform>
            <numerusform>These numbers count all %n entries; the words of private entries are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These numbers count the %n entry(s) I chose to share.</source>
        <translation>
            <numerusform>These numbers count the %n entry I chose to share.</numerusform>
            <numerusform>These numbers count the %n entries I chose to share.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These numbers count the %n entry(s) you chose to share.</source>
        <translation type="vanished">
            <numerusform>These numbers count the %n entry you chose to share.</numerusform>
            <numerusform>These numbers count the %n entries you chose to share.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import</name>
    <message numerus="yes">
        <source>%n empty entry(s) will be skipped.</source>
        <translation>
            <numerusform>%n empty entry will be skipped.</numerusform>
            <numerusform>%n empty entries will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to bring up</source>
        <translation>
            <numerusform>%n thing to bring up</numerusform>
            <numerusform>%n things to bring up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s) ({skipped} already in the journal were skipped).</source>
        <translation>
            <numerusform>Imported %n entry ({skipped} already in the journal were skipped).</numerusform>
            <numerusform>Imported %n entries ({skipped} already in the journal were skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s).</source>
        <translation>
            <numerusform>Imported %n entry.</numerusform>
            <numerusform>Imported %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n {trigger} moments involved {who}.</source>
        <translation>
            <numerusform>All %n {trigger} moments involved {who}.</numerusform>
            <numerusform>All %n {trigger} moments involved {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I wrote %n entry(s) {now} and {previous} {before}.</source>
        <translation>
            <numerusform>I wrote %n entry {now} and {previous} {before}.</numerusform>
            <numerusform>I wrote %n entries {now} and {previous} {before}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most {trigger} moments involved {who} ({top} of %n).</source>
        <translation>
            <numerusform>Most {trigger} moments involved {who} ({top} of %n).</numerusform>
            <numerusform>Most {trigger} moments involved {who} ({top} of %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most {trigger} moments involved {who}, {top} each (of %n).</source>
        <translation>
            <numerusform>Most {trigger} moments involved {who}, {top} each (of %n).</numerusform>
            <numerusform>Most {trigger} moments involved {who}, {top} each (of %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %n shared entry(s) {now} and {previous} {before}.</source>
        <translation>
            <numerusform>There is %n shared entry {now} and {previous} {before}.</numerusform>
            <numerusform>There are %n shared entries {now} and {previous} {before}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are only %n entry(s) {now}, so these are early glimpses, not trends.</source>
        <translation>
            <numerusform>There is only %n entry {now}, so this is an early glimpse, not a trend.</numerusform>
            <numerusform>There are only %n entries {now}, so these are early glimpses, not trends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are only %n shared entry(s) {now}, so these are early glimpses, not trends.</source>
        <translation>
            <numerusform>There is only %n shared entry {now}, so this is an early glimpse, not a trend.</numerusform>
            <numerusform>There are only %n shared entries {now}, so these are early glimpses, not trends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These came up together in %n entry(s) each: {pairs}.</source>
        <translation>
            <numerusform>These came up together in %n entry each: {pairs}.</numerusform>
            <numerusform>These came up together in %n entries each: {pairs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You wrote %n entry(s) {now} and {previous} {before}.</source>
        <translation>
            <numerusform>You wrote %n entry {now} and {previous} {before}.</numerusform>
            <numerusform>You wrote %n entries {now} and {previous} {before}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} and {second} came up together in %n entry(s).</source>
        <translation>
            <numerusform>{first} and {second} came up together in %n entry.</numerusform>
            <numerusform>{first} and {second} came up together in %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} came up in {share} {now}, and in none of the %n entry(s) {before}.</source>
        <translation>
            <numerusform>{name} came up in {share} {now}, and in none of the %n entry {before}.</numerusform>
            <numerusform>{name} came up in {share} {now}, and in none of the %n entries {before}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n entry(s) ({percent}%)</source>
        <translation>
            <numerusform>{n} of %n entry ({percent}%)</numerusform>
            <numerusform>{n} of %n entries ({percent}%)</numerusform>
        </translation>
    </message>
</context>
</TS>
