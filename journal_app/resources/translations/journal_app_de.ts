<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up: {name} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are made every day you open the journal, before a passphrase change and before a restore. The newest {keep} are kept, encrypted like the journal, in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal backups (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. Your journal as it was before is kept as the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to {path}. It is encrypted with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to {path}. It is not encrypted: keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup does not open with your current passphrase. If it was made with an earlier one, type that passphrase (your journal keeps the current one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal will be replaced by the backup from {when}. Your journal as it is now is backed up first, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month at a glance: a dot for each entry, in its trigger&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the entries of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dot is an entry, in its strongest trigger&apos;s colour. Arrows move by day, Page Up and Page Down by month; press Enter to show the day&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to today&apos;s month and select today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dots could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or step to another year; Enter shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with no trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {count}{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source> (lowest {low}, highest {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The largest is {pair}: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The largest, tied, are {pairs}: {n} each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(past {n} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, peak intensity {peak}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How intense it felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each trigger came up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named a need or paused first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry had two triggers together in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intensities were rated in this range. Rate a trigger&apos;s intensity in an entry and it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people were named with a trigger in this range. Add people to an entry and this shows who the patterns happen with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No triggered moments in this range. When an entry has a trigger ticked, what you did shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No triggers were ticked in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged in this range yet. Charts appear as you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing noted yet about what you did. When you note in an entry what you did in the moment and whether there was repair, this shows how it changes over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed away then pulled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired, of moments that needed repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of moments noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sought reassurance or kept checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered moments (bars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went quiet or left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did in triggered moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which triggers came up together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it happened with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your days at a glance (entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your days at a glance (peak intensity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named a need or paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed away then pulled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sought reassurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>went quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({average})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} averaged {mean}, from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {when}: mean {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {when}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} triggered moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} triggered moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}-month average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}-week average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{row} and {column} together: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{row} with {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{row} with {column}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{row}, {column}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{row}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, mean intensity {per}: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {per}, {start} to {end}. Totals: {totals}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {per}, {start} to {end}: no triggered moments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {per}, {start} to {end}: {moments}, what you did noted in {recorded}. Moments of each kind: {responses}. Named a need directly in {named} of {recorded} ({named_share}); repaired fully or partly {repaired} of {answered} that needed it ({repaired_share}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: a table of {rows} {row_label} rows by {columns} {column_label} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: entries on {active} of {days} days; the fullest day was {day} with {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: entries on {active} of {days} days; the fullest days were {day}, with {n} each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: no triggered moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {moments}, what you did noted in {recorded}: {responses}; named a need directly in {named} of {recorded} ({named_share}); repaired fully or partly {repaired} of {answered} that needed it ({repaired_share})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved writing from {when}. The app closed before it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{words}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditingSession</name>
    <message>
        <source>the journal is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Add the selected words (or this entry) to the things to bring up at your next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected words, or this entry, to things to bring up next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring up next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May share with my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries you tick can go into a summary you choose to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time of the moment; arrows change the part the cursor is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what you felt and what you did, in your own words. It saves by itself. Tab moves on to the next field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? What did you feel, and what did you do?

Write as much or as little as you like. It saves by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened (you can change the date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListDelegate</name>
    <message>
        <source>Your entries, newest first: each shows when it happened, its title or first words, and its triggers. Arrow keys move through them; the entry you move to opens in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {heading}; triggers: {triggers}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note to your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note to your therapist (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also count my private entries (their words stay hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By role (partner, friend…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (for a spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries marked &quot;may share&quot; are ticked. Tick others on or off one by one; untick Words to show only the date, triggers and intensity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a summary for your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people are named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON backups are complete on purpose; keep the file private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: the whole journal, as a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked &quot;may share&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked &quot;may share&quot;: off unless you tick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the list yet (Journal ▸ Sessions and questions…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers per trigger, and their change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers, sentences and charts count only the entries marked &quot;may share&quot; unless this is ticked. Private entries stay out of the entry list either way, unless you tick them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (to print or send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page numbers and the footer are added on each page when it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of what will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved 1 entry to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the whole journal (1 entry) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the whole journal ({n} entries) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {n} entries to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last session ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a byte-order mark (helps spreadsheets read accents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written ({kind}). Nothing was left behind and your journal is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file you save is not encrypted: it leaves your private journal on purpose. Only what the preview shows goes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole journal, as a backup: {every} (private ones too), the Trash, triggers, people, sessions with their private notes, and things to bring up.

Use this to move your journal or keep a copy you can read without this app. It is not a summary to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to bring up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to bring up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the CSV text, exactly as it will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the Markdown text, exactly as it will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stands out (plain sentences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all {count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its 1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry}   (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries in this summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entry in this summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTargets</name>
    <message>
        <source>Please choose another place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceController</name>
    <message>
        <source>&amp;Guidance library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance &amp;beside the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in &amp;crisis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read about attachment patterns, triggers and therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide related reading next to what you write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not an emergency service: where to get help now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceLibrary</name>
    <message>
        <source>**In your journal:** {links}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Related reading:** {links}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this guidance: where its facts come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries where I tagged {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in crisis: where to get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the guidance matches that. Try a shorter word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That article is not in this version of the guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app never opens web pages, so nothing you read or write here goes online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceLinksDialog</name>
    <message>
        <source>Guidance articles for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the reading you would like to see when you tag {name}. It shows first beside the entry, and the articles link back to these entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>+ {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As you write, or tick a trigger, reading that may help shows up here. Nothing you write leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse all guidance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help is there now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in crisis: where to get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are thinking about hurting yourself, or you are not safe with someone, help is there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan: the steps I wrote for a hard moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the guidance library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this question into your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this question into your entry: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this in the guidance library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to get help now: the crisis page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Getting started…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your triggers, add people and a session date, and take the short tour again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key that does something in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use the journal between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;safety plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have planned to do and who to reach when things get very hard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindows</name>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private journal for noticing relationship patterns between therapy sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a dialog without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every menu can also be opened with Alt and its underlined letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a shortcut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in crisis — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Qt for Python {pyside} on Python {python}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving around and editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next field (also out of the entry text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proprietary software. All rights reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere else, or not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be opened from here. You can select its path above and copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers shown are for this country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide could not be read from {path}. Everything in it is also in the README that came with the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app never opens web pages. You can type the address into a browser yourself, on any device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is text: the app does not dial any number or go online. Your journal stays as it is, locked or open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or untick a box, press a button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal stays on this computer. The app has no network code: nothing you write is ever sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} (in {where})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleMenu</name>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in entries from another journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV from this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported; your journal is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a journal to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day One, JSON export (.zip or .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from another journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON backup from this app (into an empty journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals (*.json *.zip *.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as words in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trigger: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you press Import. Entries already in your journal are skipped, so importing the same file twice adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and the triggers they become</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped ({kind}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone the file was written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger for the tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in this computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in {zone} time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jrnl, JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jrnl, plain-text journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} are already in your journal and will be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries, from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entry, from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} is already in your journal and will be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>If you are in &amp;crisis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in crisis: where to get help now, without unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;safety plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan, if it can be read while locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: nothing can be saved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal looks damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Triggers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, recolour or archive triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts and what stands out over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking, backups, reminders, appearance and export defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this entry to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now (it also saves by itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See, make or restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set, change or remove the journal&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show T&amp;rash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the entries for: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the entries where you tagged {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about a new moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}

Close anyway and lose the latest changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a session on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{name}”. It is there to tick whenever you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a few entries, {keys} shows how often each trigger came up, how strong it felt and what you did, with a few plain sentences about what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in your journal: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four things worth knowing. Help ▸ User guide has more whenever you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle reading appears beside your entry for the triggers you tick. {keys} opens the whole library, and Help ▸ If you are in crisis… lists where to get help now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longing to be close and bracing against it at the same time: reaching out, then stepping back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of your own trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. Sam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Add the people who come up most, and you can pick them with a click when you write. Anyone else can be added from an entry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. If you know when you will next see your therapist, add the day here. Your patterns and summaries can then start from your last session, and you can gather things to bring up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People already in your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press {new} and write about a moment in your own words. It saves by itself as you type, and if the computer stops suddenly, your words are kept as a draft and offered back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and questions… in the Journal menu (or {keys}) keeps every session, past and upcoming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rest and start writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else, e.g. Feeling dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day has passed, so it will be kept as a past session, and “since my last session” will count from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sinking worry that someone close is drifting away, and the urge to make sure they are still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people you write about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull to go quiet or put some distance between you when closeness starts to feel like too much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no upcoming session in your journal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers are the moments that stir up old feelings. Tick the ones you would like to keep an eye on. You can change this whenever you like with Triggers… in the Journal menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to notice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is ready. These few steps are all optional: skip any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next session is on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session on {day} is in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} makes a summary of the entries you chose to share. You see exactly what it says before saving it as a PDF or printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>That did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work because of an unexpected problem ({kind}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting your journal again… Please keep the app open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passphrase (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a chart with the arrow keys. Below it, a summary in words gives its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by peak intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour calendar days by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range of the patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all that stands out, or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show patterns for a trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown with the Calendar chart: colour each day by how many entries it has, or by the strongest intensity felt that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last session ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks start as usual here ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks start on Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks start on Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks start on Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks start on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stands out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where weeks begin in the charts and their weekly totals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>&lt;b&gt;Who was involved?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. Sam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, new or known, then press Enter to add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {relationship}  ✕</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCaptureWindow</name>
    <message>
        <source>0 barely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 overwhelming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How strong did it feel?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What did it touch?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What happened?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words are enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line about the moment; it becomes the entry&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc); you are asked first if you wrote something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 0 (barely) to 10 (overwhelming), for the triggers you ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong it felt, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in crisis: where to get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in crisis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept from before the app closed unexpectedly: save it, or close to let it go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More, if you like (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; it becomes the entry&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as an entry (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this moment to your journal before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it, then save; your words are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a few words, or tick what it touched, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A moment to check in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If something happened today, you can jot it down in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsePicker</name>
    <message>
        <source>&lt;b&gt;What did you do?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I {did}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was there repair afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was there repair afterwards?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you and the other person came back together after it; the dash means not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>It is kept in a separate file in your journal&apos;s folder, readable only by your user account, so it opens from the unlock window, the tray and the command line without your passphrase. That file is not encrypted: anyone who can open your files (someone using your account, or with your unlocked computer) could read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is kept inside your journal, encrypted with your passphrase like your entries. While the journal is locked it cannot be opened, even by you; the crisis page still can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My therapist, my doctor, a crisis line and the emergency number, each with its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can tell that I am struggling, with a way to reach each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places that help me feel better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, plans and reasons that are worth staying safe for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small things that have helped me ride out a hard hour before, even a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thoughts, feelings or moments that tell me things are starting to get harder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no safety plan that can be read while the journal is locked. If you keep one inside your journal, it opens after you unlock it; you can write one there too, ideally with your therapist. If you need help now, the crisis page opens without unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I can put away, give to someone to keep, or stay away from while things are hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who I can be around, and where I can go, to take my mind somewhere else for a while.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>All triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your journal (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the entries about one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the entries from a period of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the entries tagged with one trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find in titles and entry text; the list below shows the matching entries as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>A private note (optional). Notes stay in your journal and are never exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this to bring up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen thing to bring up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session on {day} and its note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session on {day}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From one of your entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New thing to bring up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past and upcoming. &quot;Since my last session&quot; counts from the latest one up to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note about the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session on {day} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ticked-off ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to bring up next time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to bring up next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick one off once you have talked about it. Open ones are offered when you export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked off: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} — in {n} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} — in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} — today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means never lock by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As usual where I live ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As usual where I live ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted like your journal and readable only by you. Only the app&apos;s own backup files in that folder are ever removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups stay in the &quot;backups&quot; folder next to your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By role (partner, friend…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the weekly reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere in a summary: details, sentences, charts and your own words. journal-app export uses it too, unless --people is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format to start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the week in Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How dates are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to be reminded to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people are named in exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (the whole journal, as a backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups in the journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many quiet minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long: {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short: {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal locks itself when nobody has typed or used the mouse for this long. Choose Never to lock only with Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how your words will look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks start on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-month-day: {example}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}. A longer one is stronger still.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Add the “{name}” questions to this entry (untick to take out the empty ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds short questions to this entry to answer if you like; untick to take out the ones left empty. The menu chooses the set of questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} prompts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template is a few short questions you can add to an entry and answer if you like. Write one question per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one comes with the app and stays as it is. Copy it to make your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?
What did I need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TherapyController</name>
    <message>
        <source>&amp;Export summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from another journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to things to bring up next time: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in entries from jrnl, Day One, or this app&apos;s CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to share with your therapist, preview it and save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a summary for your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and &amp;questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write or select something first, then it can go on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your therapy sessions and the things to bring up next time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries here are kept until you empty the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore selected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Quick capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick capture could not be saved before the journal locked. Unlock to save it, or close anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in crisis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jot down a moment in a few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal tray menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your quick capture could not be saved yet; it is kept for when you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} {body}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerManagerDialog</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reading shown when you tag this trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the chosen trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance for the chosen trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trigger name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trigger, e.g. Feeling criticised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the chosen trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers are the patterns an entry touched. Add your own, such as feeling criticised or jealousy, and give each a colour you will recognise in the list and the charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}   —   {used}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerPicker</name>
    <message>
        <source>&lt;b&gt;What did it touch?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or edit triggers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How intense it felt, from 0 (barely) to 10 (overwhelming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How intense it felt, from 0 (barely) to 10 (overwhelming); the lowest step means not rated. Tick the trigger first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>After several tries, each new try waits a little longer. You can try again in {n} second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After several tries, each new try waits a little longer. You can try again in {n} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in &amp;crisis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in crisis: where to get help now, without unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;safety plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan, if it can be read without unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a backup instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a backup instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a backup instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the newest backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase your backups were made with, then choose Open a backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your &amp;passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase to encrypt the journal, so that nobody can read it without the passphrase. Nobody can recover a forgotten passphrase — not us, not anyone — so choose one you will remember, or keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create without a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand: anyone who can open my files could read my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in &amp;crisis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in crisis: where to get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you write leaves this computer: the app never connects to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;without a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start without a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app supports your therapy; it is not treatment or an emergency service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this app is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal will be kept in one file in this folder on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived triggers stay on the entries that already have them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in triggers can be hidden, not deleted; old entries keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry on the left, or press Ctrl+N to write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entry in the Trash for good?

This cannot be undone. Its words are erased from the journal file and its search index. Backups made before now still hold them until newer backups replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the {n} entries in the Trash for good?

This cannot be undone. Their words are erased from the journal file and its search index. Backups made before now still hold them until newer backups replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the journal file is damaged, the newest backup that opens with this passphrase can take its place.

The current file is kept beside it (named journal-damaged-…), so nothing is deleted. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept checking (phone, messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, or distracted myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the Trash. You can restore it from Trash in the Journal menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named my need directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of your journal file could not be read back: it looks damaged (a disk problem can do this). You can keep going, or put the newest backup that opens in its place; the damaged file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused and calmed myself first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a passphrase, or tick “Start without a passphrase”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed away, then pulled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sought reassurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was encrypted; the restored journal has no passphrase, like your journal before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made with another passphrase; the restored journal opens with your current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not encrypted; the restored journal is encrypted with your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is copied under the new passphrase, checked, and only then put in place; a backup is made first. Nobody can recover a forgotten passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is read-only here (its folder cannot be written), so you can read it but nothing can be saved. Nothing in it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To start without a passphrase, please tick the box that says you understand who could read your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went quiet or shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who can open your files (or a copy of them) could read your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, we repaired it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can add a passphrase later from the Journal menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is empty.

When a moment in a relationship stays with you, press Ctrl+N and write about it — a few words are enough. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked.

Nothing you wrote is shown while it is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is not encrypted yet. With a passphrase, the whole journal file is encrypted, and nobody can read it without the passphrase. Nobody can recover a forgotten passphrase, not even us, so choose one you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an app update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>months</name>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>months, short</name>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weekdays</name>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weekdays, short</name>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
