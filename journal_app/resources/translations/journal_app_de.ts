<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Save a copy elsewhere…</source>
        <translation>Eine Kopie woanders &amp;speichern…</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Backed up: {name} ({size}).</source>
        <translation>Gesichert: {name} ({size}).</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backups are made every day you open the journal, before a passphrase change and before a restore. The newest {keep} are kept, encrypted like the journal, in {folder}.</source>
        <translation>Sicherungen werden an jedem Tag angelegt, an dem du das Tagebuch öffnest, vor einer Änderung der Passphrase und vor einer Wiederherstellung. Die neuesten {keep} werden aufbewahrt, verschlüsselt wie das Tagebuch, in {folder}.</translation>
    </message>
    <message>
        <source>Journal backups (*.db)</source>
        <translation>Tagebuch-Sicherungen (*.db)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Passphrase of this backup</source>
        <translation>Passphrase dieser Sicherung</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Restored. Your journal as it was before is kept as the newest backup.</source>
        <translation>Wiederhergestellt. Dein Tagebuch, wie es vorher war, ist als neueste Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Save a copy of your journal</source>
        <translation>Eine Kopie deines Tagebuchs speichern</translation>
    </message>
    <message>
        <source>Saved a copy to {path}. It is encrypted with your passphrase.</source>
        <translation>Eine Kopie wurde unter {path} gespeichert. Sie ist mit deiner Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}. It is not encrypted: keep it somewhere private.</source>
        <translation>Eine Kopie wurde unter {path} gespeichert. Sie ist nicht verschlüsselt: Bewahr sie an einem privaten Ort auf.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Kopie wird gespeichert…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>This backup does not open with your current passphrase. If it was made with an earlier one, type that passphrase (your journal keeps the current one):</source>
        <translation>Diese Sicherung lässt sich mit deiner aktuellen Passphrase nicht öffnen. Wenn sie mit einer früheren angelegt wurde, gib diese Passphrase ein (dein Tagebuch behält die aktuelle):</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Your journal will be replaced by the backup from {when}. Your journal as it is now is backed up first, so you can come back to it.</source>
        <translation>Dein Tagebuch wird durch die Sicherung vom {when} ersetzt. Dein Tagebuch, wie es jetzt ist, wird vorher gesichert, sodass du zu ihm zurückkehren kannst.</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} GB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} Bytes</translation>
    </message>
</context>
<context>
    <name>BeliefEditor</name>
    <message>
        <source> %</source>
        <translation type="vanished"> %</translation>
    </message>
    <message>
        <source>%</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>(a belief from your list)</source>
        <translation>(ein Glaubenssatz aus deiner Liste)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What did you tell yourself?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was hast du dir gesagt?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A kinder thought about “{belief}”</source>
        <translation>Ein freundlicherer Gedanke zu „{belief}“</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add this belief</source>
        <translation>Diesen Glaubenssatz hinzufügen</translation>
    </message>
    <message>
        <source>How true it felt, from 0 (not at all) to 100 per cent; the lowest step means not rated</source>
        <translation>Wie wahr es sich angefühlt hat, von 0 (gar nicht) bis 100 Prozent; die unterste Stufe („offen“) heißt: nicht angegeben</translation>
    </message>
    <message>
        <source>How true it felt:</source>
        <translation>Wie wahr es sich anfühlte:</translation>
    </message>
    <message>
        <source>How true “{belief}” felt</source>
        <translation>Wie wahr sich „{belief}“ angefühlt hat</translation>
    </message>
    <message>
        <source>Kinder thought: {thought}</source>
        <translation>Freundlicherer Gedanke: {thought}</translation>
    </message>
    <message>
        <source>Kinder thought…</source>
        <translation>Freundlicherer Gedanke…</translation>
    </message>
    <message>
        <source>Later it felt {n} % true.</source>
        <translation type="vanished">Später fühlte es sich zu {n} % wahr an.</translation>
    </message>
    <message>
        <source>Later it felt {n}% true.</source>
        <translation>Später fühlte es sich zu {n}&#xa0;% wahr an.</translation>
    </message>
    <message>
        <source>Once the moment has passed: write a kinder, more balanced thought and rate the belief again</source>
        <translation>Wenn der Moment vorbei ist: einen freundlicheren, ausgewogeneren Gedanken aufschreiben und den Glaubenssatz neu einschätzen</translation>
    </message>
    <message>
        <source>Take “{belief}” off this entry</source>
        <translation>„{belief}“ aus diesem Eintrag nehmen</translation>
    </message>
    <message>
        <source>Type a belief in your own words; your earlier ones are suggested. Enter adds it to this entry.</source>
        <translation>Schreib einen Glaubenssatz in deinen eigenen Worten; deine früheren werden vorgeschlagen. Die Eingabetaste fügt ihn diesem Eintrag hinzu.</translation>
    </message>
    <message>
        <source>What did you tell yourself? e.g. They&apos;ll leave</source>
        <translation>Was hast du dir gesagt? z. B. Man wird mich verlassen</translation>
    </message>
    <message>
        <source>What you told yourself</source>
        <translation>Was du dir gesagt hast</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>“{belief}”</source>
        <translation>„{belief}“</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>A month at a glance: a dot for each entry, in its trigger&apos;s colour</source>
        <translation>Ein Monat auf einen Blick: ein Punkt für jeden Eintrag, in der Farbe seines Auslösers</translation>
    </message>
    <message>
        <source>Showing the entries of {day}.</source>
        <translation>Einträge vom {day} werden gezeigt.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>Calendar of entries</source>
        <translation>Kalender der Einträge</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Monat wählen</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Jahr wählen</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
    <message>
        <source>Each dot is an entry, in its strongest trigger&apos;s colour. Arrows move by day, Page Up and Page Down by month; press Enter to show the day&apos;s entries.</source>
        <translation>Jeder Punkt ist ein Eintrag, in der Farbe seines stärksten Auslösers. Die Pfeiltasten gehen tageweise weiter, Bild auf und Bild ab monatsweise; Enter zeigt die Einträge des Tages.</translation>
    </message>
    <message>
        <source>Go back to today&apos;s month and select today</source>
        <translation>Zurück zum aktuellen Monat und heute auswählen</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation>Ausgewählter Tag</translation>
    </message>
    <message>
        <source>The dots could not be read: {why}</source>
        <translation>Die Punkte konnten nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Type or step to another year; Enter shows it</source>
        <translation>Ein anderes Jahr eintippen oder hinschalten; Enter zeigt es</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>with no trigger</source>
        <translation>ohne Auslöser</translation>
    </message>
    <message>
        <source>{day}: no entries</source>
        <translation>{day}: keine Einträge</translation>
    </message>
    <message>
        <source>{day}: {count}{detail}</source>
        <translation>{day}: {count}{detail}</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>{n} weitere</translation>
    </message>
    <message>
        <source>{n} {name}</source>
        <translation>{n} {name}</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <source>Chart summary</source>
        <translation>Zusammenfassung des Diagramms</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG image</source>
        <translation>Dieses Diagramm als PNG- oder SVG-Bild speichern</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source> (lowest {low}, highest {high})</source>
        <translation> (niedrigster Wert {low}, höchster {high})</translation>
    </message>
    <message>
        <source> The largest is {pair}: {n}.</source>
        <translation> Am größten ist {pair}: {n}.</translation>
    </message>
    <message>
        <source> The largest, tied, are {pairs}: {n} each.</source>
        <translation> Am größten sind, gleichauf, {pairs}: je {n}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n Moment</numerusform>
            <numerusform>%n Momente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Einschätzung</numerusform>
            <numerusform>%n Einschätzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n triggered moment(s)</source>
        <translation>
            <numerusform>%n Moment mit Auslöser</numerusform>
            <numerusform>%n Momente mit Auslöser</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(niemand genannt)</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(nicht notiert)</translation>
    </message>
    <message>
        <source>(past {n} days)</source>
        <translation>(letzte {n} Tage)</translation>
    </message>
    <message>
        <source>, peak intensity {peak}</source>
        <translation>, höchste Stärke {peak}</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Day starting</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Hours (median)</source>
        <translation>Stunden (Median)</translation>
    </message>
    <message>
        <source>How intense it felt</source>
        <translation>Wie stark es sich anfühlte</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Wie es ausging</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>How often each trigger came up</source>
        <translation>Wie oft jeder Auslöser vorkam</translation>
    </message>
    <message>
        <source>How true each belief felt</source>
        <translation>Wie wahr sich jeder Glaubenssatz anfühlte</translation>
    </message>
    <message>
        <source>How true it felt</source>
        <translation>Wie wahr es sich anfühlte</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Intensity (0–10)</source>
        <translation>Stärke (0–10)</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momente</translation>
    </message>
    <message>
        <source>Month starting</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Named a need or paused first</source>
        <translation>Bedürfnis ausgesprochen oder erst innegehalten</translation>
    </message>
    <message>
        <source>No beliefs rated in this period yet. In an entry&apos;s cycle section, note what you told yourself and how true it felt; the lines show here.</source>
        <translation>In diesem Zeitraum wurden noch keine Glaubenssätze eingeschätzt. Halte im Abschnitt „Kreislauf“ eines Eintrags fest, was du dir gesagt hast und wie wahr es sich anfühlte; dann erscheinen die Linien hier.</translation>
    </message>
    <message>
        <source>No entry had two triggers together in this range.</source>
        <translation>In diesem Zeitraum hatte kein Eintrag zwei Auslöser zugleich.</translation>
    </message>
    <message>
        <source>No intensities were rated in this range. Rate a trigger&apos;s intensity in an entry and it shows here.</source>
        <translation>In diesem Zeitraum wurde keine Stärke angegeben. Gib in einem Eintrag an, wie stark ein Auslöser war, dann erscheint es hier.</translation>
    </message>
    <message>
        <source>No moments with a trigger in this period yet. Once there are, the chains they follow show here.</source>
        <translation>In diesem Zeitraum gibt es noch keine Momente mit einem Auslöser. Sobald es welche gibt, erscheinen hier die Abläufe, denen sie folgen.</translation>
    </message>
    <message>
        <source>No people were named with a trigger in this range. Add people to an entry and this shows who the patterns happen with.</source>
        <translation>In diesem Zeitraum wurden bei keinem Auslöser Personen genannt. Füge einem Eintrag Personen hinzu, dann zeigt dies, mit wem die Muster auftreten.</translation>
    </message>
    <message>
        <source>No repairs linked in this period yet. When a later entry says it repaired an earlier moment, the time it took shows here.</source>
        <translation>In diesem Zeitraum ist noch keine Wiederannäherung verknüpft. Wenn ein späterer Eintrag festhält, nach welchem früheren Moment ihr wieder zueinandergefunden habt, erscheint hier, wie lange es gedauert hat.</translation>
    </message>
    <message>
        <source>No triggered moments in this range. When an entry has a trigger ticked, what you did shows here.</source>
        <translation>In diesem Zeitraum gab es keine Momente mit Auslöser. Wenn bei einem Eintrag ein Auslöser angekreuzt ist, erscheint hier, was du getan hast.</translation>
    </message>
    <message>
        <source>No triggers were ticked in this range.</source>
        <translation>In diesem Zeitraum wurden keine Auslöser angekreuzt.</translation>
    </message>
    <message>
        <source>Nothing logged in this range yet. Charts appear as you write.</source>
        <translation>In diesem Zeitraum ist noch nichts eingetragen. Diagramme erscheinen, während du schreibst.</translation>
    </message>
    <message>
        <source>Nothing noted yet about what you did. When you note in an entry what you did in the moment and whether there was repair, this shows how it changes over time.</source>
        <translation>Noch nichts darüber notiert, was du getan hast. Wenn du in einem Eintrag notierst, was du in dem Moment getan hast und ob ihr wieder zueinandergefunden habt, zeigt dies, wie es sich mit der Zeit verändert.</translation>
    </message>
    <message>
        <source>Peak intensity</source>
        <translation>Höchste Stärke</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Pushed away then pulled back</source>
        <translation>Weggestoßen, dann zurückgeholt</translation>
    </message>
    <message>
        <source>Repaired, of moments that needed repair</source>
        <translation>Wiederannäherung, von den Momenten, die eine brauchten</translation>
    </message>
    <message>
        <source>Share of moments noted</source>
        <translation>Anteil der notierten Momente</translation>
    </message>
    <message>
        <source>Sought reassurance or kept checking</source>
        <translation>Um Bestätigung gebeten oder aufs Handy geschaut</translation>
    </message>
    <message>
        <source>The chains that came back most often</source>
        <translation>Die Abläufe, die am häufigsten wiederkamen</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>Time until you came back together</source>
        <translation>Zeit, bis ihr wieder zueinandergefunden habt</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Zusammen</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Triggered moments</source>
        <translation>Momente mit Auslöser</translation>
    </message>
    <message>
        <source>Triggered moments (bars)</source>
        <translation>Momente mit Auslöser (Balken)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Went quiet or left</source>
        <translation>Still geworden oder weggegangen</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Was ich getan habe</translation>
    </message>
    <message>
        <source>What I told myself</source>
        <translation>Was ich mir gesagt habe</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Was die andere Person tat</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Was du getan hast</translation>
    </message>
    <message>
        <source>What you did in triggered moments</source>
        <translation>Was du in Momenten mit Auslöser getan hast</translation>
    </message>
    <message>
        <source>What you told yourself</source>
        <translation>Was du dir gesagt hast</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wann es passiert ist</translation>
    </message>
    <message>
        <source>Which triggers came up together</source>
        <translation>Welche Auslöser zusammen vorkamen</translation>
    </message>
    <message>
        <source>Who it happened with</source>
        <translation>Mit wem es passiert ist</translation>
    </message>
    <message>
        <source>Who with</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <source>Your days at a glance (entries)</source>
        <translation>Deine Tage auf einen Blick (Einträge)</translation>
    </message>
    <message>
        <source>Your days at a glance (peak intensity)</source>
        <translation>Deine Tage auf einen Blick (höchste Stärke)</translation>
    </message>
    <message>
        <source>named a need or paused</source>
        <translation>Bedürfnis ausgesprochen oder innegehalten</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>pushed away then pulled back</source>
        <translation>weggestoßen, dann zurückgeholt</translation>
    </message>
    <message>
        <source>sought reassurance</source>
        <translation>um Bestätigung gebeten</translation>
    </message>
    <message>
        <source>week of {date}</source>
        <translation>Woche vom {date}</translation>
    </message>
    <message>
        <source>went quiet</source>
        <translation>still geworden</translation>
    </message>
    <message numerus="yes">
        <source>with {person}, half of %n repair(s) came within {time}</source>
        <translation>
            <numerusform>mit {person} eine Wiederannäherung, nach {time}</numerusform>
            <numerusform>mit {person} kam die Hälfte von %n Wiederannäherungen innerhalb von {time}</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <source>{name} ({average})</source>
        <translation>{name} ({average})</translation>
    </message>
    <message>
        <source>{name} averaged {mean}, from {low} to {high}</source>
        <translation>{name}: im Mittel {mean}, von {low} bis {high}</translation>
    </message>
    <message>
        <source>{name}, {when}: mean {mean}</source>
        <translation>{name}, {when}: Mittelwert {mean}</translation>
    </message>
    <message>
        <source>{name}, {when}: {count}</source>
        <translation>{name}, {when}: {count}</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="vanished">{n} Einträge</translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation type="vanished">{n} Eintrag</translation>
    </message>
    <message>
        <source>{n} moment</source>
        <translation type="vanished">{n} Moment</translation>
    </message>
    <message>
        <source>{n} moments</source>
        <translation type="vanished">{n} Momente</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>{n} weitere</translation>
    </message>
    <message>
        <source>{n} triggered moment</source>
        <translation type="vanished">{n} Moment mit Auslöser</translation>
    </message>
    <message>
        <source>{n} triggered moments</source>
        <translation type="vanished">{n} Momente mit Auslöser</translation>
    </message>
    <message>
        <source>{n}-day average</source>
        <translation>{n}-Tage-Durchschnitt</translation>
    </message>
    <message>
        <source>{n}-month average</source>
        <translation>{n}-Monats-Durchschnitt</translation>
    </message>
    <message>
        <source>{n}-week average</source>
        <translation>{n}-Wochen-Durchschnitt</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>{person}, {when}: half of %n repair(s) came within {time}</source>
        <translation>
            <numerusform>{person}, {when}: eine Wiederannäherung, nach {time}</numerusform>
            <numerusform>{person}, {when}: die Hälfte von %n Wiederannäherungen kam innerhalb von {time}</numerusform>
        </translation>
    </message>
    <message>
        <source>{person}: {move}</source>
        <translation>{person}: {move}</translation>
    </message>
    <message>
        <source>{row} and {column} together: {count}</source>
        <translation>{row} und {column} zusammen: {count}</translation>
    </message>
    <message>
        <source>{row} with {column}</source>
        <translation>{row} mit {column}</translation>
    </message>
    <message>
        <source>{row} with {column}: {count}</source>
        <translation>{row} mit {column}: {count}</translation>
    </message>
    <message>
        <source>{row}, {column}: {count}</source>
        <translation>{row}, {column}: {count}</translation>
    </message>
    <message>
        <source>{row}: {count}</source>
        <translation>{row}: {count}</translation>
    </message>
    <message>
        <source>{source} → {target}: {count}</source>
        <translation>{source} → {target}: {count}</translation>
    </message>
    <message>
        <source>{steps} ({count})</source>
        <translation>{steps} ({count})</translation>
    </message>
    <message>
        <source>{step}: {count}</source>
        <translation>{step}: {count}</translation>
    </message>
    <message>
        <source>{title}, mean intensity {per}: {parts}.</source>
        <translation>{title}, mittlere Stärke {per}: {parts}.</translation>
    </message>
    <message>
        <source>{title}, {per}, {start} to {end}. Totals: {totals}.</source>
        <translation>{title}, {per}, {start} bis {end}. Summen: {totals}.</translation>
    </message>
    <message>
        <source>{title}, {per}, {start} to {end}: no triggered moments.</source>
        <translation>{title}, {per}, {start} bis {end}: keine Momente mit Auslöser.</translation>
    </message>
    <message>
        <source>{title}, {per}, {start} to {end}: {moments}, what you did noted in {recorded}. Moments of each kind: {responses}. Named a need directly in {named} of {recorded} ({named_share}); repaired fully or partly {repaired} of {answered} that needed it ({repaired_share}).</source>
        <translation>{title}, {per}, {start} bis {end}: {moments}, was du getan hast, notiert bei {recorded}. Momente jeder Art: {responses}. Bedürfnis direkt ausgesprochen bei {named} von {recorded} ({named_share}); ganz oder teilweise wieder zueinandergefunden bei {repaired} von {answered}, die es brauchten ({repaired_share}).</translation>
    </message>
    <message>
        <source>{title}: a table of {rows} {row_label} rows by {columns} {column_label} columns.</source>
        <translation>{title}: eine Tabelle mit {rows} Zeilen ({row_label}) und {columns} Spalten ({column_label}).</translation>
    </message>
    <message>
        <source>{title}: entries on {active} of {days} days; the fullest day was {day} with {n}.</source>
        <translation>{title}: Einträge an {active} von {days} Tagen; der vollste Tag war der {day} mit {n}.</translation>
    </message>
    <message>
        <source>{title}: entries on {active} of {days} days; the fullest days were {day}, with {n} each.</source>
        <translation>{title}: Einträge an {active} von {days} Tagen; die vollsten Tage waren {day}, mit je {n}.</translation>
    </message>
    <message>
        <source>{title}: {beliefs}.</source>
        <translation>{title}: {beliefs}.</translation>
    </message>
    <message>
        <source>{title}: {chains}.</source>
        <translation>{title}: {chains}.</translation>
    </message>
    <message>
        <source>{title}: {people}.</source>
        <translation>{title}: {people}.</translation>
    </message>
    <message>
        <source>{when}: no triggered moments</source>
        <translation>{when}: keine Momente mit Auslöser</translation>
    </message>
    <message>
        <source>{when}: {moments}, what you did noted in {recorded}: {responses}; named a need directly in {named} of {recorded} ({named_share}); repaired fully or partly {repaired} of {answered} that needed it ({repaired_share})</source>
        <translation>{when}: {moments}, was du getan hast, notiert bei {recorded}: {responses}; Bedürfnis direkt ausgesprochen bei {named} von {recorded} ({named_share}); ganz oder teilweise wieder zueinandergefunden bei {repaired} von {answered}, die es brauchten ({repaired_share})</translation>
    </message>
    <message>
        <source>“{belief}” from about {start}% to about {end}% ({n})</source>
        <translation>„{belief}“ von etwa {start}&#xa0;% auf etwa {end}&#xa0;% ({n})</translation>
    </message>
    <message>
        <source>“{belief}” {strength}% ({n})</source>
        <translation>„{belief}“ {strength}&#xa0;% ({n})</translation>
    </message>
    <message>
        <source>“{belief}”, {day}: {strength}% true</source>
        <translation>„{belief}“, {day}: {strength}&#xa0;% wahr</translation>
    </message>
    <message>
        <source>“{belief}”, {day}: {strength}% true when rated again</source>
        <translation>„{belief}“, {day}: {strength}&#xa0;% wahr bei der zweiten Einschätzung</translation>
    </message>
    <message numerus="yes">
        <source>“{belief}”, {month}: {strength}% true on average over %n rating(s)</source>
        <translation>
            <numerusform>„{belief}“, {month}: im Schnitt {strength}&#xa0;% wahr bei %n Einschätzung</numerusform>
            <numerusform>„{belief}“, {month}: im Schnitt {strength}&#xa0;% wahr bei %n Einschätzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CyclePage</name>
    <message>
        <source>All people</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>Show all the sentences about your cycle, or fewer</source>
        <translation>Alle Sätze über deinen Kreislauf zeigen, oder weniger</translation>
    </message>
    <message>
        <source>Show all {n}</source>
        <translation>Alle {n} zeigen</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Weniger zeigen</translation>
    </message>
    <message>
        <source>Show the cycle with</source>
        <translation>Den Kreislauf zeigen mit</translation>
    </message>
    <message>
        <source>Where to note your cycle</source>
        <translation>Wo du deinen Kreislauf festhältst</translation>
    </message>
    <message>
        <source>Your cycle in words</source>
        <translation>Dein Kreislauf in Worten</translation>
    </message>
    <message>
        <source>Your cycle shows here as you note it. In an entry, the section “The cycle” below the text holds what you told yourself and how true it felt, and what the other person did; a later entry can say which moment it repaired.</source>
        <translation>Dein Kreislauf erscheint hier, während du ihn festhältst. In einem Eintrag steht unter dem Text der Abschnitt „Der Kreislauf“: Dort hältst du fest, was du dir gesagt hast und wie wahr es sich anfühlte, und was die andere Person getan hat; ein späterer Eintrag kann festhalten, nach welchem früheren Moment ihr wieder zueinandergefunden habt.</translation>
    </message>
</context>
<context>
    <name>CycleSection</name>
    <message>
        <source>1 belief</source>
        <translation>1 Glaubenssatz</translation>
    </message>
    <message>
        <source>1 thing they did</source>
        <translation>1 Verhalten der anderen</translation>
    </message>
    <message>
        <source>Fold this part away</source>
        <translation>Diesen Teil einklappen</translation>
    </message>
    <message>
        <source>Open this part</source>
        <translation>Diesen Teil aufklappen</translation>
    </message>
    <message>
        <source>Opens or folds the beliefs, what the other person did, and repair</source>
        <translation>Klappt die Glaubenssätze, das Verhalten der anderen Person und die Wiederannäherung auf oder zu</translation>
    </message>
    <message>
        <source>The cycle</source>
        <translation>Der Kreislauf</translation>
    </message>
    <message>
        <source>The cycle: what you told yourself, what they did, repair</source>
        <translation>Der Kreislauf: was du dir gesagt hast, was die anderen getan haben, Wiederannäherung</translation>
    </message>
    <message>
        <source>repaired an earlier moment</source>
        <translation>Wiederannäherung nach einem früheren Moment</translation>
    </message>
    <message>
        <source>repaired {n} earlier moments</source>
        <translation>Wiederannäherung nach {n} früheren Momenten</translation>
    </message>
    <message>
        <source>what you told yourself, what they did, repair</source>
        <translation>was du dir gesagt hast, was die anderen getan haben, Wiederannäherung</translation>
    </message>
    <message>
        <source>{n} beliefs</source>
        <translation>{n} Glaubenssätze</translation>
    </message>
    <message>
        <source>{n} things they did</source>
        <translation>{n} Verhaltensweisen der anderen</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Unsaved writing</source>
        <translation>Ungespeicherter Text</translation>
    </message>
    <message>
        <source>You have unsaved writing from {when}. The app closed before it was saved.</source>
        <translation>Du hast ungespeicherten Text vom {when}. Die App wurde geschlossen, bevor er gespeichert war.</translation>
    </message>
    <message>
        <source>“{words}”</source>
        <translation>„{words}“</translation>
    </message>
</context>
<context>
    <name>EditingSession</name>
    <message>
        <source>the journal is not open yet.</source>
        <translation>das Tagebuch ist noch nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Add the selected words (or this entry) to the things to bring up at your next session</source>
        <translation>Die markierten Worte (oder diesen Eintrag) zu den Dingen hinzufügen, die du in deiner nächsten Sitzung ansprechen willst</translation>
    </message>
    <message>
        <source>Add the selected words, or this entry, to things to bring up next time</source>
        <translation>Die markierten Worte oder diesen Eintrag zu den Dingen für das nächste Mal hinzufügen</translation>
    </message>
    <message>
        <source>Bring up next time</source>
        <translation>Nächstes Mal ansprechen</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>May share with my therapist</source>
        <translation>In der Therapie teilen</translation>
    </message>
    <message>
        <source>Only entries you tick can go into a summary you choose to export.</source>
        <translation>Nur angekreuzte Einträge können in eine Zusammenfassung kommen, die du exportierst.</translation>
    </message>
    <message>
        <source>The date and time of the moment; arrows change the part the cursor is in</source>
        <translation>Datum und Uhrzeit des Moments; die Pfeiltasten ändern den Teil, in dem der Cursor steht</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <source>What happened, what you felt and what you did, in your own words. It saves by itself. Tab moves on to the next field.</source>
        <translation>Was passiert ist, was du gefühlt und was du getan hast, in deinen eigenen Worten. Es speichert sich von selbst. Tab geht zum nächsten Feld.</translation>
    </message>
    <message>
        <source>What happened? What did you feel, and what did you do?

Write as much or as little as you like. It saves by itself.</source>
        <translation>Was ist passiert? Was hast du gefühlt, und was hast du getan?

Schreib so viel oder so wenig, wie du magst. Es speichert sich von selbst.</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wann es passiert ist</translation>
    </message>
    <message>
        <source>When it happened (you can change the date and time)</source>
        <translation>Wann es passiert ist (Datum und Uhrzeit lassen sich ändern)</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
</context>
<context>
    <name>EntryListDelegate</name>
    <message>
        <source>Your entries, newest first: each shows when it happened, its title or first words, and its triggers. Arrow keys move through them; the entry you move to opens in the editor.</source>
        <translation>Deine Einträge, die neuesten zuerst: Jeder zeigt, wann es passiert ist, seinen Titel oder seine ersten Worte und seine Auslöser. Die Pfeiltasten gehen durch die Liste; der Eintrag, zu dem du gehst, öffnet sich im Editor.</translation>
    </message>
    <message>
        <source>may share</source>
        <translation>zum Teilen</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>{when}: {heading}</source>
        <translation>{when}: {heading}</translation>
    </message>
    <message>
        <source>{when}: {heading}; triggers: {triggers}</source>
        <translation>{when}: {heading}; Auslöser: {triggers}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personen:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>(no words)</source>
        <translation>(ohne Worte)</translation>
    </message>
    <message>
        <source>A note to your therapist</source>
        <translation>Eine Notiz für deine Therapie</translation>
    </message>
    <message>
        <source>A note to your therapist (optional)</source>
        <translation>Eine Notiz für deine Therapie (optional)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Also count my private entries (their words stay hidden)</source>
        <translation>Private Einträge mitzählen (ohne ihre Worte)</translation>
    </message>
    <message>
        <source>By initial</source>
        <translation>Mit Anfangsbuchstaben</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Mit Namen</translation>
    </message>
    <message>
        <source>By role (partner, friend…)</source>
        <translation>Mit Rolle (Partner/in, Freund/in…)</translation>
    </message>
    <message>
        <source>CSV (for a spreadsheet)</source>
        <translation>CSV (für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Charts:</source>
        <translation>Diagramme:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Entries marked &quot;may share&quot; are ticked. Tick others on or off one by one; untick Words to show only the date, triggers and intensity.</source>
        <translation>Einträge, die zum Teilen markiert sind, sind angekreuzt. Kreuz andere einzeln an oder ab; nimm das Kreuz bei „Worte“ weg, um nur Datum, Auslöser und Stärke zu zeigen.</translation>
    </message>
    <message>
        <source>Entries to include</source>
        <translation>Einträge, die hinein sollen</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Export a summary for your therapist</source>
        <translation>Eine Zusammenfassung für deine Therapie exportieren</translation>
    </message>
    <message>
        <source>Export from date</source>
        <translation>Export ab Datum</translation>
    </message>
    <message>
        <source>Export to date</source>
        <translation>Export bis Datum</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>How people are named</source>
        <translation>Wie Personen genannt werden</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Hinein:</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation>JSON-Sicherung (*.json)</translation>
    </message>
    <message>
        <source>JSON backups are complete on purpose; keep the file private.</source>
        <translation>JSON-Sicherungen sind mit Absicht vollständig; bewahr die Datei privat auf.</translation>
    </message>
    <message>
        <source>JSON: the whole journal, as a backup</source>
        <translation>JSON: das ganze Tagebuch, als Sicherung</translation>
    </message>
    <message>
        <source>Last 2 weeks</source>
        <translation>Letzte 2 Wochen</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown (plain text)</source>
        <translation>Markdown (einfacher Text)</translation>
    </message>
    <message>
        <source>Marked &quot;may share&quot;</source>
        <translation>Zum Teilen markiert</translation>
    </message>
    <message>
        <source>Nobody in People yet: the cycle shows the moments on their own.</source>
        <translation>Noch niemand unter Personen: Der Kreislauf zeigt die Momente für sich.</translation>
    </message>
    <message>
        <source>Not marked &quot;may share&quot;: off unless you tick it</source>
        <translation>Nicht zum Teilen markiert: aus, außer du kreuzt es an</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Nothing on the list yet (Journal ▸ Sessions and questions…).</source>
        <translation>Noch nichts auf der Liste (Tagebuch ▸ Sitzungen und Fragen…).</translation>
    </message>
    <message>
        <source>Numbers per trigger, and their change</source>
        <translation>Zahlen pro Auslöser und ihre Veränderung</translation>
    </message>
    <message>
        <source>Numbers, sentences and charts count only the entries marked &quot;may share&quot; unless this is ticked. Private entries stay out of the entry list either way, unless you tick them below.</source>
        <translation>Zahlen, Sätze und Diagramme zählen nur die zum Teilen markierten Einträge, außer dies ist angekreuzt. Private Einträge bleiben so oder so aus der Liste der Einträge draußen, außer du kreuzt sie unten an.</translation>
    </message>
    <message>
        <source>PDF (to print or send)</source>
        <translation>PDF (zum Drucken oder Verschicken)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Page numbers and the footer are added on each page when it is saved.</source>
        <translation>Seitenzahlen und die Fußzeile kommen beim Speichern auf jede Seite.</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>People in the cycle</source>
        <translation>Personen im Kreislauf</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview of what will be written</source>
        <translation>Vorschau dessen, was geschrieben wird</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Die Zusammenfassung speichern</translation>
    </message>
    <message>
        <source>Saved 1 entry to {path}.</source>
        <translation>1 Eintrag wurde unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Saved the whole journal (1 entry) to {path}.</source>
        <translation>Das ganze Tagebuch (1 Eintrag) wurde unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Saved the whole journal ({n} entries) to {path}.</source>
        <translation>Das ganze Tagebuch ({n} Einträge) wurde unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Saved {n} entries to {path}.</source>
        <translation>{n} Einträge wurden unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Since my last session</source>
        <translation>Seit meiner letzten Sitzung</translation>
    </message>
    <message>
        <source>Since my last session ({day})</source>
        <translation>Seit meiner letzten Sitzung ({day})</translation>
    </message>
    <message>
        <source>Start with a byte-order mark (helps spreadsheets read accents)</source>
        <translation>Mit Byte-Order-Markierung (für Umlaute in Tabellen)</translation>
    </message>
    <message>
        <source>Stop writing</source>
        <translation>Schreiben anhalten</translation>
    </message>
    <message>
        <source>The CSV has each entry&apos;s part of the cycle in its last columns (what I told myself, a kinder thought, what they did, when we came back together). The cycle&apos;s page, with its chains, is in the PDF and the Markdown.</source>
        <translation>Die CSV-Datei hat den Teil des Kreislaufs jedes Eintrags in ihren letzten Spalten (was ich mir gesagt habe, ein freundlicherer Gedanke, was die andere Person getan hat, wann wir wieder zueinandergefunden haben). Die Seite des Kreislaufs mit seinen Abläufen gibt es im PDF und im Markdown.</translation>
    </message>
    <message>
        <source>The cycle, with these people:</source>
        <translation>Der Kreislauf, mit diesen Personen:</translation>
    </message>
    <message>
        <source>The entries could not be read just now.</source>
        <translation>Die Einträge ließen sich gerade nicht lesen.</translation>
    </message>
    <message>
        <source>The file could not be written ({kind}). Nothing was left behind and your journal is unchanged.</source>
        <translation>Die Datei konnte nicht geschrieben werden ({kind}). Es ist nichts zurückgeblieben, und dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>The file you save is not encrypted: it leaves your private journal on purpose. Only what the preview shows goes in.</source>
        <translation>Die Datei, die du speicherst, ist nicht verschlüsselt: Sie verlässt dein privates Tagebuch mit Absicht. Nur was die Vorschau zeigt, kommt hinein.</translation>
    </message>
    <message>
        <source>The whole journal, as a backup: {every} (private ones too), the Trash, triggers, people, sessions with their private notes, and things to bring up.

Use this to move your journal or keep a copy you can read without this app. It is not a summary to share.</source>
        <translation>Das ganze Tagebuch, als Sicherung: {every} (auch die privaten), der Papierkorb, Auslöser, Personen, Sitzungen mit ihren privaten Notizen und die Dinge zum Ansprechen.

Nutze das, um dein Tagebuch umzuziehen oder eine Kopie aufzubewahren, die du ohne diese App lesen kannst. Es ist keine Zusammenfassung zum Teilen.</translation>
    </message>
    <message>
        <source>Things to bring up</source>
        <translation>Dinge zum Ansprechen</translation>
    </message>
    <message>
        <source>Things to bring up:</source>
        <translation>Dinge zum Ansprechen:</translation>
    </message>
    <message>
        <source>This is the CSV text, exactly as it will be saved.</source>
        <translation>Das ist der CSV-Text, genau so, wie er gespeichert wird.</translation>
    </message>
    <message>
        <source>This is the Markdown text, exactly as it will be saved.</source>
        <translation>Das ist der Markdown-Text, genau so, wie er gespeichert wird.</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Was ich getan habe</translation>
    </message>
    <message>
        <source>What I told myself, what I did, what they did and how we came back together: the chains that came back most often, how true each belief felt over time, and time to repair, with the people ticked below. It counts the entries the numbers count.</source>
        <translation>Was ich mir gesagt habe, was ich getan habe, was die andere Person getan hat und wie wir wieder zueinandergefunden haben: die Abläufe, die am häufigsten wiederkamen, wie wahr sich jeder Glaubenssatz mit der Zeit angefühlt hat, und die Zeit bis zur Wiederannäherung, mit den unten angekreuzten Personen. Er zählt die Einträge, die auch die Zahlen zählen.</translation>
    </message>
    <message>
        <source>What stands out (plain sentences)</source>
        <translation>Was auffällt (einfache Sätze)</translation>
    </message>
    <message>
        <source>What to share</source>
        <translation>Was geteilt wird</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Worte</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>all {count} entries</source>
        <translation>alle {count} Einträge</translation>
    </message>
    <message>
        <source>its 1 entry</source>
        <translation>sein 1 Eintrag</translation>
    </message>
    <message>
        <source>{entry}   (private)</source>
        <translation>{entry}   (privat)</translation>
    </message>
    <message>
        <source>{n} entries in this summary.</source>
        <translation>{n} Einträge in dieser Zusammenfassung.</translation>
    </message>
    <message>
        <source>{n} entry in this summary.</source>
        <translation>{n} Eintrag in dieser Zusammenfassung.</translation>
    </message>
    <message>
        <source>{when} — {words}</source>
        <translation>{when} — {words}</translation>
    </message>
</context>
<context>
    <name>FileTargets</name>
    <message>
        <source>Please choose another place</source>
        <translation>Bitte wähl einen anderen Ort</translation>
    </message>
</context>
<context>
    <name>GuidanceController</name>
    <message>
        <source>&amp;Guidance library…</source>
        <translation>&amp;Bibliothek…</translation>
    </message>
    <message>
        <source>Guidance &amp;beside the entry</source>
        <translation>&amp;Orientierung neben dem Eintrag</translation>
    </message>
    <message>
        <source>If you are in &amp;crisis…</source>
        <translation>Wenn du in einer &amp;Krise bist…</translation>
    </message>
    <message>
        <source>Read about attachment patterns, triggers and therapy</source>
        <translation>Über Bindungsmuster, Auslöser und Therapie lesen</translation>
    </message>
    <message>
        <source>Show or hide related reading next to what you write</source>
        <translation>Passende Texte neben dem, was du schreibst, zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>This app is not an emergency service: where to get help now</source>
        <translation>Diese App ist kein Notdienst: wo du jetzt Hilfe bekommst</translation>
    </message>
</context>
<context>
    <name>GuidanceLibrary</name>
    <message>
        <source>**In your journal:** {links}</source>
        <translation>**In deinem Tagebuch:** {links}</translation>
    </message>
    <message>
        <source>**Related reading:** {links}</source>
        <translation>**Weiterlesen:** {links}</translation>
    </message>
    <message>
        <source>About this guidance</source>
        <translation>Über diese Texte</translation>
    </message>
    <message>
        <source>About this guidance: where its facts come from</source>
        <translation>Über diese Texte: woher ihre Fakten kommen</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Entries where I tagged {name}</source>
        <translation>Einträge, bei denen ich {name} angekreuzt habe</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientierung</translation>
    </message>
    <message>
        <source>Guidance articles</source>
        <translation>Texte zur Orientierung</translation>
    </message>
    <message>
        <source>If you are in crisis</source>
        <translation>Wenn du in einer Krise bist</translation>
    </message>
    <message>
        <source>If you are in crisis: where to get help now</source>
        <translation>Wenn du in einer Krise bist: wo du jetzt Hilfe bekommst</translation>
    </message>
    <message>
        <source>Nothing in the guidance matches that. Try a shorter word.</source>
        <translation>Dazu passt nichts in der Bibliothek. Versuch ein kürzeres Wort.</translation>
    </message>
    <message>
        <source>Search guidance</source>
        <translation>Texte durchsuchen</translation>
    </message>
    <message>
        <source>That article is not in this version of the guidance.</source>
        <translation>Dieser Text ist in dieser Version der Bibliothek nicht enthalten.</translation>
    </message>
    <message>
        <source>This app never opens web pages, so nothing you read or write here goes online.</source>
        <translation>Diese App öffnet nie Webseiten, also geht nichts, was du hier liest oder schreibst, ins Internet.</translation>
    </message>
    <message>
        <source>This page could not be read ({reason}).</source>
        <translation>Diese Seite konnte nicht gelesen werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>GuidanceLinksDialog</name>
    <message>
        <source>Guidance articles for {name}</source>
        <translation>Texte für {name}</translation>
    </message>
    <message>
        <source>Guidance for {name}</source>
        <translation>Orientierung für {name}</translation>
    </message>
    <message>
        <source>Tick the reading you would like to see when you tag {name}. It shows first beside the entry, and the articles link back to these entries.</source>
        <translation>Kreuz die Texte an, die du sehen möchtest, wenn du {name} ankreuzt. Sie erscheinen zuerst neben dem Eintrag, und die Texte verweisen zurück auf diese Einträge.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>+ {question}</source>
        <translation>+ {question}</translation>
    </message>
    <message>
        <source>As you write, or tick a trigger, reading that may help shows up here. Nothing you write leaves this computer.</source>
        <translation>Während du schreibst oder einen Auslöser ankreuzt, erscheinen hier Texte, die helfen können. Nichts, was du schreibst, verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Browse all guidance…</source>
        <translation>Alle Texte ansehen…</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientierung</translation>
    </message>
    <message>
        <source>Help is there now</source>
        <translation>Hilfe ist jetzt da</translation>
    </message>
    <message>
        <source>If you are in crisis</source>
        <translation>Wenn du in einer Krise bist</translation>
    </message>
    <message>
        <source>If you are in crisis: where to get help now</source>
        <translation>Wenn du in einer Krise bist: wo du jetzt Hilfe bekommst</translation>
    </message>
    <message>
        <source>If you are thinking about hurting yourself, or you are not safe with someone, help is there now.</source>
        <translation>Wenn du daran denkst, dir etwas anzutun, oder du bei jemandem nicht sicher bist: Hilfe ist jetzt da.</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>My safety plan: the steps I wrote for a hard moment</source>
        <translation>Mein Sicherheitsplan: die Schritte, die ich für einen schweren Moment aufgeschrieben habe</translation>
    </message>
    <message>
        <source>Open the guidance library</source>
        <translation>Die Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Put this question into your entry</source>
        <translation>Diese Frage in deinen Eintrag übernehmen</translation>
    </message>
    <message>
        <source>Put this question into your entry: {question}</source>
        <translation>Diese Frage in deinen Eintrag übernehmen: {question}</translation>
    </message>
    <message>
        <source>Read this in the guidance library</source>
        <translation>Das in der Bibliothek lesen</translation>
    </message>
    <message>
        <source>Read: {title}</source>
        <translation>Lesen: {title}</translation>
    </message>
    <message>
        <source>Where to get help now</source>
        <translation>Wo du jetzt Hilfe bekommst</translation>
    </message>
    <message>
        <source>Where to get help now: the crisis page</source>
        <translation>Wo du jetzt Hilfe bekommst: die Krisenseite</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Getting started…</source>
        <translation>&amp;Erste Schritte…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>Choose your triggers, add people and a session date, and take the short tour again</source>
        <translation>Auslöser wählen, Personen und einen Sitzungstermin hinzufügen und die kurze Tour noch einmal machen</translation>
    </message>
    <message>
        <source>Every key that does something in this window</source>
        <translation>Jede Taste, die in diesem Fenster etwas tut</translation>
    </message>
    <message>
        <source>How to use the journal between sessions</source>
        <translation>Wie du das Tagebuch zwischen den Sitzungen nutzt</translation>
    </message>
    <message>
        <source>My &amp;safety plan…</source>
        <translation>Mein &amp;Sicherheitsplan…</translation>
    </message>
    <message>
        <source>What you have planned to do and who to reach when things get very hard</source>
        <translation>Was du dir vorgenommen hast und wen du erreichen kannst, wenn es sehr schwer wird</translation>
    </message>
</context>
<context>
    <name>HelpWindows</name>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>A private journal for noticing relationship patterns between therapy sessions.</source>
        <translation>Ein privates Tagebuch, um Beziehungsmuster zwischen Therapiesitzungen zu bemerken.</translation>
    </message>
    <message>
        <source>About this page</source>
        <translation>Über diese Seite</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close a dialog without changing anything</source>
        <translation>Einen Dialog schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source>Every menu can also be opened with Alt and its underlined letter.</source>
        <translation>Jedes Menü lässt sich auch mit Alt und seinem unterstrichenen Buchstaben öffnen.</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Ein Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Find a shortcut…</source>
        <translation>Ein Tastenkürzel suchen…</translation>
    </message>
    <message>
        <source>If you are in crisis — {app}</source>
        <translation>Wenn du in einer Krise bist — {app}</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Tagebuch-Ordner</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts — {app}</source>
        <translation>Tastenkürzel — {app}</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Made with Qt for Python {pyside} on Python {python}.</source>
        <translation>Erstellt mit Qt for Python {pyside} auf Python {python}.</translation>
    </message>
    <message>
        <source>Moving around and editing</source>
        <translation>Bewegen und Bearbeiten</translation>
    </message>
    <message>
        <source>Next field (also out of the entry text)</source>
        <translation>Nächstes Feld (auch aus dem Text des Eintrags heraus)</translation>
    </message>
    <message>
        <source>No journal is open.</source>
        <translation>Kein Tagebuch ist geöffnet.</translation>
    </message>
    <message>
        <source>Open the journal folder</source>
        <translation>Den Tagebuch-Ordner öffnen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>Vorheriges Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Proprietary software. All rights reserved.</source>
        <translation>Proprietäre Software. Alle Rechte vorbehalten.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Somewhere else, or not listed</source>
        <translation>Anderswo, oder nicht aufgeführt</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>The folder could not be opened from here. You can select its path above and copy it.</source>
        <translation>Der Ordner konnte von hier aus nicht geöffnet werden. Du kannst seinen Pfad oben markieren und kopieren.</translation>
    </message>
    <message>
        <source>The numbers shown are for this country</source>
        <translation>Die gezeigten Nummern gelten für dieses Land</translation>
    </message>
    <message>
        <source>The user guide could not be read from {path}. Everything in it is also in the README that came with the app.</source>
        <translation>Die Anleitung konnte nicht aus {path} gelesen werden. Alles, was darin steht, steht auch in der README, die mit der App gekommen ist.</translation>
    </message>
    <message>
        <source>This app never opens web pages. You can type the address into a browser yourself, on any device.</source>
        <translation>Diese App öffnet nie Webseiten. Du kannst die Adresse selbst in einen Browser tippen, auf jedem Gerät.</translation>
    </message>
    <message>
        <source>This page is text: the app does not dial any number or go online. Your journal stays as it is, locked or open.</source>
        <translation>Diese Seite ist Text: Die App wählt keine Nummer und geht nicht ins Internet. Dein Tagebuch bleibt, wie es ist, gesperrt oder offen.</translation>
    </message>
    <message>
        <source>Tick or untick a box, press a button</source>
        <translation>Ein Kästchen an- oder abkreuzen, einen Knopf drücken</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>User guide — {app}</source>
        <translation>Anleitung — {app}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Where to get help now</source>
        <translation>Wo du jetzt Hilfe bekommst</translation>
    </message>
    <message>
        <source>Your journal folder:</source>
        <translation>Dein Tagebuch-Ordner:</translation>
    </message>
    <message>
        <source>Your journal stays on this computer. The app has no network code: nothing you write is ever sent anywhere.</source>
        <translation>Dein Tagebuch bleibt auf diesem Computer. Die App hat keinen Netzwerk-Code: Nichts, was du schreibst, wird jemals irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{action} (in {where})</source>
        <translation>{action} (in „{where}“)</translation>
    </message>
</context>
<context>
    <name>IdleMenu</name>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>Lock &amp;after…</source>
        <translation>Sperren &amp;nach…</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>Bring in entries from another journal</source>
        <translation>Einträge aus einem anderen Tagebuch holen</translation>
    </message>
    <message>
        <source>CSV from this app</source>
        <translation>CSV aus dieser App</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported; your journal is as it was.</source>
        <translation>Abgebrochen. Nichts wurde importiert; dein Tagebuch ist, wie es war.</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation>Wird abgebrochen… nichts wird importiert.</translation>
    </message>
    <message>
        <source>Choose a journal to import</source>
        <translation>Ein Tagebuch zum Importieren wählen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Day One, JSON export (.zip or .json)</source>
        <translation>Day One, JSON-Export (.zip oder .json)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Find out from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation>Format der Datei</translation>
    </message>
    <message>
        <source>Import from another journal</source>
        <translation>Aus einem anderen Tagebuch importieren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>JSON backup from this app (into an empty journal)</source>
        <translation>JSON-Sicherung aus dieser App (in ein leeres Tagebuch)</translation>
    </message>
    <message>
        <source>Journals (*.json *.zip *.txt *.csv);;All files (*)</source>
        <translation>Tagebücher (*.json *.zip *.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Keep as words in the text</source>
        <translation>Als Worte im Text behalten</translation>
    </message>
    <message>
        <source>New trigger: {name}</source>
        <translation>Neuer Auslöser: {name}</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import. Entries already in your journal are skipped, so importing the same file twice adds nothing.</source>
        <translation>Nichts wird geschrieben, bevor du auf Importieren drückst. Einträge, die schon in deinem Tagebuch sind, werden übersprungen; dieselbe Datei zweimal zu importieren fügt also nichts hinzu.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Tag in the file</source>
        <translation>Schlagwort in der Datei</translation>
    </message>
    <message>
        <source>Tags and the triggers they become</source>
        <translation>Schlagwörter und die Auslöser, zu denen sie werden</translation>
    </message>
    <message>
        <source>The import stopped ({kind}). Nothing was imported.</source>
        <translation>Der Import wurde angehalten ({kind}). Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Time zone the file was written in</source>
        <translation>Zeitzone, in der die Datei geschrieben wurde</translation>
    </message>
    <message>
        <source>Trigger for the tag {tag}</source>
        <translation>Auslöser für das Schlagwort {tag}</translation>
    </message>
    <message>
        <source>Written in this computer&apos;s time zone</source>
        <translation>In der Zeitzone dieses Computers geschrieben</translation>
    </message>
    <message>
        <source>Written in {zone} time</source>
        <translation>In der Zeitzone {zone} geschrieben</translation>
    </message>
    <message>
        <source>jrnl, JSON export</source>
        <translation>jrnl, JSON-Export</translation>
    </message>
    <message>
        <source>jrnl, plain-text journal</source>
        <translation>jrnl, Tagebuch als einfacher Text</translation>
    </message>
    <message>
        <source>{n} are already in your journal and will be skipped.</source>
        <translation>{n} sind schon in deinem Tagebuch und werden übersprungen.</translation>
    </message>
    <message>
        <source>{n} entries, from {first} to {last}.</source>
        <translation>{n} Einträge, vom {first} bis zum {last}.</translation>
    </message>
    <message>
        <source>{n} entries.</source>
        <translation>{n} Einträge.</translation>
    </message>
    <message>
        <source>{n} entry, from {first} to {last}.</source>
        <translation>{n} Eintrag, vom {first} bis zum {last}.</translation>
    </message>
    <message>
        <source>{n} entry.</source>
        <translation>{n} Eintrag.</translation>
    </message>
    <message>
        <source>{n} is already in your journal and will be skipped.</source>
        <translation>{n} ist schon in deinem Tagebuch und wird übersprungen.</translation>
    </message>
</context>
<context>
    <name>ListEditorDialog</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>{name}   —   {used}</source>
        <translation>{name}   —   {used}</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation>{n} Eintrag</translation>
    </message>
    <message>
        <source>{text} ({state})</source>
        <translation>{text} ({state})</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>If you are in &amp;crisis…</source>
        <translation>Wenn du in einer &amp;Krise bist…</translation>
    </message>
    <message>
        <source>If you are in crisis: where to get help now, without unlocking</source>
        <translation>Wenn du in einer Krise bist: wo du jetzt Hilfe bekommst, ohne zu entsperren</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>My &amp;safety plan…</source>
        <translation>Mein &amp;Sicherheitsplan…</translation>
    </message>
    <message>
        <source>My safety plan, if it can be read while locked</source>
        <translation>Mein Sicherheitsplan, wenn er sich im gesperrten Zustand lesen lässt</translation>
    </message>
    <message>
        <source>No backup opened</source>
        <translation>Keine Sicherung geöffnet</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Nicht gesperrt</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Open the newest backup</source>
        <translation>Die neueste Sicherung öffnen</translation>
    </message>
    <message>
        <source>Opening the newest backup…</source>
        <translation>Die neueste Sicherung wird geöffnet…</translation>
    </message>
    <message>
        <source>Read-only journal</source>
        <translation>Tagebuch nur zum Lesen</translation>
    </message>
    <message>
        <source>Read-only: nothing can be saved here</source>
        <translation>Nur zum Lesen: Hier lässt sich nichts speichern</translation>
    </message>
    <message>
        <source>The journal did not open</source>
        <translation>Das Tagebuch hat sich nicht geöffnet</translation>
    </message>
    <message>
        <source>Your journal looks damaged</source>
        <translation>Dein Tagebuch scheint beschädigt zu sein</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Si&amp;cherungen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Sp&amp;erren</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>&amp;Passphrase…</source>
        <translation>&amp;Passphrase…</translation>
    </message>
    <message>
        <source>&amp;Patterns</source>
        <translation>&amp;Muster</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Triggers…</source>
        <translation>&amp;Auslöser…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Add, rename, recolour or archive triggers</source>
        <translation>Auslöser hinzufügen, umbenennen, umfärben oder archivieren</translation>
    </message>
    <message>
        <source>Charts and what stands out over time</source>
        <translation>Diagramme und was mit der Zeit auffällt</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation>Das Tagebuch jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <source>Locking, backups, reminders, appearance and export defaults</source>
        <translation>Sperren, Sicherungen, Erinnerungen, Aussehen und Voreinstellungen für den Export</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Move this entry to the Trash</source>
        <translation>Diesen Eintrag in den Papierkorb legen</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den Papier&amp;korb</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Dein Tagebuch wird geöffnet…</translation>
    </message>
    <message>
        <source>Save now (it also saves by itself)</source>
        <translation>Jetzt speichern (es speichert sich auch von selbst)</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstand</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation>Dein Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>See, make or restore backups</source>
        <translation>Sicherungen ansehen, anlegen oder wiederherstellen</translation>
    </message>
    <message>
        <source>Set, change or remove the journal&apos;s passphrase</source>
        <translation>Die Passphrase des Tagebuchs festlegen, ändern oder entfernen</translation>
    </message>
    <message>
        <source>Show T&amp;rash…</source>
        <translation>Papie&amp;rkorb…</translation>
    </message>
    <message>
        <source>Showing the entries for: {label}</source>
        <translation>Einträge für: {label}</translation>
    </message>
    <message>
        <source>Showing the entries where you tagged {name}.</source>
        <translation>Einträge, bei denen du {name} angekreuzt hast.</translation>
    </message>
    <message>
        <source>Unlock the journal</source>
        <translation>Das Tagebuch entsperren</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <source>Write about a new moment</source>
        <translation>Über einen neuen Moment schreiben</translation>
    </message>
    <message>
        <source>{status}

Close anyway and lose the latest changes?</source>
        <translation>{status}

Trotzdem schließen und die letzten Änderungen verlieren?</translation>
    </message>
</context>
<context>
    <name>MovesEditor</name>
    <message>
        <source>&lt;b&gt;What did they do?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was haben die anderen getan?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add or edit what people did…</source>
        <translation>Verhaltensweisen hinzufügen oder bearbeiten…</translation>
    </message>
    <message>
        <source>Add who was involved (under “Who was involved?”) to say what they did.</source>
        <translation>Füge unter „Wer war beteiligt?“ hinzu, wer dabei war, um festzuhalten, was die Person getan hat.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>In a few words, what {name} did (e.g. cancelled plans):</source>
        <translation>In ein paar Worten, was {name} getan hat (z. B. Pläne abgesagt):</translation>
    </message>
    <message>
        <source>Something else…</source>
        <translation>Etwas anderes…</translation>
    </message>
    <message>
        <source>What did {name} do?</source>
        <translation>Was hat {name} getan?</translation>
    </message>
    <message>
        <source>What {name} did</source>
        <translation>Was {name} getan hat</translation>
    </message>
    <message>
        <source>What {name} did: choose one or more</source>
        <translation>Was {name} getan hat: eins oder mehreres auswählen</translation>
    </message>
</context>
<context>
    <name>MovesManagerDialog</name>
    <message>
        <source>Add</source>
        <translation type="vanished">Hinzufügen</translation>
    </message>
    <message>
        <source>Add this move</source>
        <translation>Dieses Verhalten hinzufügen</translation>
    </message>
    <message>
        <source>Hidden moves are no longer offered; entries that have them keep them.</source>
        <translation>Ausgeblendete Verhaltensweisen werden nicht mehr angeboten; Einträge, die sie haben, behalten sie.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the chosen move</source>
        <translation>Das gewählte Verhalten ausblenden</translation>
    </message>
    <message>
        <source>New move</source>
        <translation>Neues Verhalten</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="vanished">Neuer Name:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the chosen move</source>
        <translation>Das gewählte Verhalten umbenennen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="vanished">Umbenennen…</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Wieder zeigen</translation>
    </message>
    <message>
        <source>Show the chosen move again</source>
        <translation>Das gewählte Verhalten wieder zeigen</translation>
    </message>
    <message>
        <source>Something they did, e.g. Cancelled plans</source>
        <translation>Etwas, das die Person getan hat, z. B. Pläne abgesagt</translation>
    </message>
    <message>
        <source>What people did</source>
        <translation>Was andere getan haben</translation>
    </message>
    <message>
        <source>What the other person did in a moment, named for what was done. Add your own, such as cancelled plans or made a joke; a move you hide stays on the entries that have it.</source>
        <translation>Was die andere Person in einem Moment getan hat, benannt nach dem, was geschah. Füge eigene hinzu, etwa „Pläne abgesagt“ oder „einen Witz gemacht“; ein Verhalten, das du ausblendest, bleibt in den Einträgen, die es haben.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="vanished">eingebaut</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="vanished">ausgeblendet</translation>
    </message>
    <message>
        <source>{name}   —   {used}</source>
        <translation type="vanished">{name}   —   {used}</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="vanished">{n} Einträge</translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation type="vanished">{n} Eintrag</translation>
    </message>
    <message>
        <source>{text} ({state})</source>
        <translation type="vanished">{text} ({state})</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>A short tour</source>
        <translation>Eine kurze Tour</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>About this day</source>
        <translation>Über diesen Tag</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Eine Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>Add a session on</source>
        <translation>Eine Sitzung hinzufügen am</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Diese Person hinzufügen</translation>
    </message>
    <message>
        <source>Add this trigger</source>
        <translation>Diesen Auslöser hinzufügen</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <source>Added “{name}”. It is there to tick whenever you write.</source>
        <translation>„{name}“ hinzugefügt. Du kannst es immer ankreuzen, wenn du schreibst.</translation>
    </message>
    <message>
        <source>After a few entries, {keys} shows how often each trigger came up, how strong it felt and what you did, with a few plain sentences about what changed.</source>
        <translation>Nach ein paar Einträgen zeigt {keys}, wie oft jeder Auslöser vorkam, wie stark er sich angefühlt hat und was du getan hast, mit ein paar einfachen Sätzen darüber, was sich verändert hat.</translation>
    </message>
    <message>
        <source>Already in your journal: {names}.</source>
        <translation>Schon in deinem Tagebuch: {names}.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Day of the session</source>
        <translation>Tag der Sitzung</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Four things worth knowing. Help ▸ User guide has more whenever you want it.</source>
        <translation>Vier Dinge, die gut zu wissen sind. Hilfe ▸ Anleitung hat mehr, wann immer du willst.</translation>
    </message>
    <message>
        <source>Gentle reading appears beside your entry for the triggers you tick. {keys} opens the whole library, and Help ▸ If you are in crisis… lists where to get help now.</source>
        <translation>Behutsame Texte erscheinen neben deinem Eintrag, passend zu den Auslösern, die du ankreuzt. {keys} öffnet die ganze Bibliothek, und Hilfe ▸ Wenn du in einer Krise bist… sagt, wo du jetzt Hilfe bekommst.</translation>
    </message>
    <message>
        <source>Getting started — {app}</source>
        <translation>Erste Schritte — {app}</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientierung</translation>
    </message>
    <message>
        <source>Longing to be close and bracing against it at the same time: reaching out, then stepping back.</source>
        <translation>Sich nach Nähe sehnen und sich zugleich dagegen wappnen: auf jemanden zugehen und dann zurückweichen.</translation>
    </message>
    <message>
        <source>Name of your own trigger</source>
        <translation>Name deines eigenen Auslösers</translation>
    </message>
    <message>
        <source>Name, e.g. Sam</source>
        <translation>Name, z. B. Sam</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>Noch niemand.</translation>
    </message>
    <message>
        <source>Optional. Add the people who come up most, and you can pick them with a click when you write. Anyone else can be added from an entry later.</source>
        <translation>Optional. Füge die Menschen hinzu, um die es am häufigsten geht, dann kannst du sie beim Schreiben mit einem Klick auswählen. Alle anderen lassen sich später aus einem Eintrag hinzufügen.</translation>
    </message>
    <message>
        <source>Optional. If you know when you will next see your therapist, add the day here. Your patterns and summaries can then start from your last session, and you can gather things to bring up.</source>
        <translation>Optional. Wenn du weißt, wann deine nächste Sitzung ist, trag den Tag hier ein. Deine Muster und Zusammenfassungen können dann bei deiner letzten Sitzung beginnen, und du kannst Dinge zum Ansprechen sammeln.</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>People already in your journal</source>
        <translation>Personen, die schon in deinem Tagebuch sind</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <source>Press {new} and write about a moment in your own words. It saves by itself as you type, and if the computer stops suddenly, your words are kept as a draft and offered back.</source>
        <translation>Drück {new} und schreib in deinen eigenen Worten über einen Moment. Es speichert sich beim Tippen von selbst, und wenn der Computer plötzlich ausgeht, bleiben deine Worte als Entwurf erhalten und werden dir wieder angeboten.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Sessions and questions… in the Journal menu (or {keys}) keeps every session, past and upcoming.</source>
        <translation>Sitzungen und Fragen… im Menü Tagebuch (oder {keys}) hält jede Sitzung fest, vergangene und kommende.</translation>
    </message>
    <message>
        <source>Sessions in your journal</source>
        <translation>Sitzungen in deinem Tagebuch</translation>
    </message>
    <message>
        <source>Sharing with your therapist</source>
        <translation>Mit deiner Therapie teilen</translation>
    </message>
    <message>
        <source>Skip the rest and start writing</source>
        <translation>Den Rest überspringen und losschreiben</translation>
    </message>
    <message>
        <source>Something else, e.g. Feeling dismissed</source>
        <translation>Etwas anderes, z. B. Sich abgewertet fühlen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <source>That day has passed, so it will be kept as a past session, and “since my last session” will count from it.</source>
        <translation>Dieser Tag ist vorbei, also wird er als vergangene Sitzung festgehalten, und „seit meiner letzten Sitzung“ zählt ab ihm.</translation>
    </message>
    <message>
        <source>That sinking worry that someone close is drifting away, and the urge to make sure they are still there.</source>
        <translation>Die bange Sorge, dass ein naher Mensch sich entfernt, und der Drang, dich zu vergewissern, dass er noch da ist.</translation>
    </message>
    <message>
        <source>The people you write about</source>
        <translation>Die Menschen, über die du schreibst</translation>
    </message>
    <message>
        <source>The pull to go quiet or put some distance between you when closeness starts to feel like too much.</source>
        <translation>Der Sog, still zu werden oder Abstand zu schaffen, wenn Nähe anfängt, sich nach zu viel anzufühlen.</translation>
    </message>
    <message>
        <source>There is no upcoming session in your journal yet.</source>
        <translation>In deinem Tagebuch steht noch keine kommende Sitzung.</translation>
    </message>
    <message>
        <source>Triggers are the moments that stir up old feelings. Tick the ones you would like to keep an eye on. You can change this whenever you like with Triggers… in the Journal menu.</source>
        <translation>Auslöser sind die Momente, die alte Gefühle aufwühlen. Kreuz die an, auf die du achten möchtest. Du kannst das jederzeit mit Auslöser… im Menü Tagebuch ändern.</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>What would you like to notice?</source>
        <translation>Was möchtest du bemerken?</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Your journal is ready. These few steps are all optional: skip any of them.</source>
        <translation>Dein Tagebuch ist bereit. Diese paar Schritte sind alle freiwillig: Überspring, was du willst.</translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation>Deine nächste Sitzung</translation>
    </message>
    <message>
        <source>Your next session is on {day}.</source>
        <translation>Deine nächste Sitzung ist am {day}.</translation>
    </message>
    <message>
        <source>Your own:</source>
        <translation>Eigene:</translation>
    </message>
    <message>
        <source>Your session on {day} is in your journal.</source>
        <translation>Deine Sitzung am {day} steht in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>{keys} makes a summary of the entries you chose to share. You see exactly what it says before saving it as a PDF or printing it.</source>
        <translation>{keys} erstellt eine Zusammenfassung der Einträge, die du teilen möchtest. Du siehst genau, was darin steht, bevor du sie als PDF speicherst oder druckst.</translation>
    </message>
    <message>
        <source>{name} is already in your journal.</source>
        <translation>{name} ist schon in deinem Tagebuch.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>That did not work because of an unexpected problem ({kind}). Nothing was changed.</source>
        <translation>Das hat wegen eines unerwarteten Problems nicht geklappt ({kind}). Nichts wurde verändert.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypting your journal again… Please keep the app open.</source>
        <translation>Dein Tagebuch wird neu verschlüsselt… Bitte lass die App geöffnet.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase noch einmal</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message>
        <source>Please type a new passphrase.</source>
        <translation>Bitte gib eine neue Passphrase ein.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Remove the passphrase (not recommended)</source>
        <translation>Die Passphrase entfernen (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Remove the passphrase?</source>
        <translation>Die Passphrase entfernen?</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>Die aktuelle Passphrase stimmt nicht.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Die beiden neuen Passphrasen sind nicht gleich.</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Noch einmal eingeben:</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>All triggers</source>
        <translation>Alle Auslöser</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Choose a chart with the arrow keys. Below it, a summary in words gives its numbers.</source>
        <translation>Wähl ein Diagramm mit den Pfeiltasten. Darunter nennt eine Zusammenfassung in Worten seine Zahlen.</translation>
    </message>
    <message>
        <source>Colour by entries</source>
        <translation>Nach Einträgen färben</translation>
    </message>
    <message>
        <source>Colour by peak intensity</source>
        <translation>Nach höchster Stärke färben</translation>
    </message>
    <message>
        <source>Colour calendar days by</source>
        <translation>Kalendertage färben nach</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Kreislauf</translation>
    </message>
    <message>
        <source>Date range of the patterns</source>
        <translation>Zeitraum der Muster</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>Getting your patterns ready…</source>
        <translation>Deine Muster werden vorbereitet…</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Patterns from date</source>
        <translation>Muster ab Datum</translation>
    </message>
    <message>
        <source>Patterns to date</source>
        <translation>Muster bis Datum</translation>
    </message>
    <message>
        <source>Patterns will appear here.</source>
        <translation>Hier erscheinen deine Muster.</translation>
    </message>
    <message>
        <source>Show all that stands out, or fewer</source>
        <translation>Alles zeigen, was auffällt, oder weniger</translation>
    </message>
    <message>
        <source>Show all {n}</source>
        <translation>Alle {n} zeigen</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Weniger zeigen</translation>
    </message>
    <message>
        <source>Show patterns for a trigger</source>
        <translation>Muster für einen Auslöser zeigen</translation>
    </message>
    <message>
        <source>Shown with the Calendar chart: colour each day by how many entries it has, or by the strongest intensity felt that day.</source>
        <translation>Gilt für das Kalender-Diagramm: jeden Tag danach färben, wie viele Einträge er hat, oder nach der höchsten Stärke an diesem Tag.</translation>
    </message>
    <message>
        <source>Since my last session</source>
        <translation>Seit meiner letzten Sitzung</translation>
    </message>
    <message>
        <source>Since my last session ({date})</source>
        <translation>Seit meiner letzten Sitzung ({date})</translation>
    </message>
    <message>
        <source>Weeks start as usual here ({day})</source>
        <translation>Wochen beginnen wie hier üblich ({day})</translation>
    </message>
    <message>
        <source>Weeks start on Monday</source>
        <translation>Wochen beginnen am Montag</translation>
    </message>
    <message>
        <source>Weeks start on Saturday</source>
        <translation>Wochen beginnen am Samstag</translation>
    </message>
    <message>
        <source>Weeks start on Sunday</source>
        <translation>Wochen beginnen am Sonntag</translation>
    </message>
    <message>
        <source>Weeks start on {day}</source>
        <translation>Wochen beginnen am {day}</translation>
    </message>
    <message>
        <source>What stands out</source>
        <translation>Was auffällt</translation>
    </message>
    <message>
        <source>Where weeks begin in the charts and their weekly totals.</source>
        <translation>Wo die Wochen in den Diagrammen und ihren Wochensummen beginnen.</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>&lt;b&gt;Who was involved?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wer war beteiligt?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Name, e.g. Sam</source>
        <translation>Name, z. B. Sam</translation>
    </message>
    <message>
        <source>Nobody added yet.</source>
        <translation>Noch niemand hinzugefügt.</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from this entry</source>
        <translation>{name} aus diesem Eintrag entfernen</translation>
    </message>
    <message>
        <source>Type a name, new or known, then press Enter to add them</source>
        <translation>Tipp einen Namen ein, neu oder bekannt, und drück Enter, um die Person hinzuzufügen</translation>
    </message>
    <message>
        <source>{name} · {relationship}  ✕</source>
        <translation>{name} · {relationship}  ✕</translation>
    </message>
</context>
<context>
    <name>QuickCaptureWindow</name>
    <message>
        <source>0 barely</source>
        <translation>0 kaum</translation>
    </message>
    <message>
        <source>10 overwhelming</source>
        <translation>10 überwältigend</translation>
    </message>
    <message>
        <source>&lt;b&gt;How strong did it feel?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie stark hat es sich angefühlt?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What did it touch?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was hat es berührt?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What happened?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was ist passiert?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A few words are enough</source>
        <translation>Ein paar Worte reichen</translation>
    </message>
    <message>
        <source>A line about the moment; it becomes the entry&apos;s title</source>
        <translation>Eine Zeile über den Moment; sie wird zum Titel des Eintrags</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without saving (Esc); you are asked first if you wrote something</source>
        <translation>Ohne Speichern schließen (Esc); wenn du etwas geschrieben hast, wirst du vorher gefragt</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves · Esc closes</source>
        <translation>Strg+Enter speichert · Esc schließt</translation>
    </message>
    <message>
        <source>From 0 (barely) to 10 (overwhelming), for the triggers you ticked</source>
        <translation>Von 0 (kaum) bis 10 (überwältigend), für die angekreuzten Auslöser</translation>
    </message>
    <message>
        <source>How strong it felt, 0 to 10</source>
        <translation>Wie stark es sich angefühlt hat, 0 bis 10</translation>
    </message>
    <message>
        <source>If you are in crisis: where to get help now</source>
        <translation>Wenn du in einer Krise bist: wo du jetzt Hilfe bekommst</translation>
    </message>
    <message>
        <source>If you are in crisis…</source>
        <translation>Wenn du in einer Krise bist…</translation>
    </message>
    <message>
        <source>Intensity chosen</source>
        <translation>Gewählte Stärke</translation>
    </message>
    <message>
        <source>Kept from before the app closed unexpectedly: save it, or close to let it go.</source>
        <translation>Aufbewahrt, weil die App unerwartet geschlossen wurde: Speichere es, oder schließ das Fenster, um es gehen zu lassen.</translation>
    </message>
    <message>
        <source>More about it</source>
        <translation>Mehr dazu</translation>
    </message>
    <message>
        <source>More, if you like (optional)</source>
        <translation>Mehr, wenn du magst (optional)</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>My safety plan…</source>
        <translation>Mein Sicherheitsplan…</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Optional; it becomes the entry&apos;s text</source>
        <translation>Optional; es wird zum Text des Eintrags</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Schnellnotiz</translation>
    </message>
    <message>
        <source>Restored writing</source>
        <translation>Wiederhergestellter Text</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save as an entry</source>
        <translation>Als Eintrag speichern</translation>
    </message>
    <message>
        <source>Save as an entry (Ctrl+Enter)</source>
        <translation>Als Eintrag speichern (Strg+Enter)</translation>
    </message>
    <message>
        <source>Save this moment to your journal before closing?</source>
        <translation>Diesen Moment vor dem Schließen in deinem Tagebuch speichern?</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it, then save; your words are kept here.</source>
        <translation>Das Tagebuch ist gesperrt. Entsperre es, dann speichere; deine Worte bleiben hier erhalten.</translation>
    </message>
    <message>
        <source>Trigger {name}</source>
        <translation>Auslöser {name}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Write a few words, or tick what it touched, then save.</source>
        <translation>Schreib ein paar Worte oder kreuz an, was es berührt hat, dann speichere.</translation>
    </message>
    <message>
        <source>{n} of 10</source>
        <translation>{n} von 10</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A moment to check in?</source>
        <translation>Kurz nach innen schauen?</translation>
    </message>
    <message>
        <source>If something happened today, you can jot it down in a few seconds.</source>
        <translation>Wenn heute etwas passiert ist, kannst du es in ein paar Sekunden notieren.</translation>
    </message>
</context>
<context>
    <name>RepairPicker</name>
    <message>
        <source>1 hour later</source>
        <translation>1 Stunde später</translation>
    </message>
    <message>
        <source>&lt;b&gt;Did this repair an earlier moment?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Habt ihr hier nach einem früheren Moment wieder zueinandergefunden?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>An earlier moment</source>
        <translation>Ein früherer Moment</translation>
    </message>
    <message>
        <source>Choose an earlier moment</source>
        <translation>Einen früheren Moment wählen</translation>
    </message>
    <message>
        <source>Link another earlier moment</source>
        <translation>Noch einen früheren Moment verknüpfen</translation>
    </message>
    <message>
        <source>No earlier moments with a trigger and the same people in the last 30 days.</source>
        <translation>Keine früheren Momente mit Auslöser und denselben Personen in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>No, not a repair</source>
        <translation>Nein, keine Wiederannäherung</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Once this entry has saved (it saves by itself), you can link it here.</source>
        <translation>Sobald dieser Eintrag gespeichert ist (das geht von selbst), kannst du ihn hier verknüpfen.</translation>
    </message>
    <message>
        <source>Recent moments with a trigger and the same people; the first choice means none</source>
        <translation>Kürzliche Momente mit Auslöser und denselben Personen; die erste Wahl heißt: keiner</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation>Diese Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>The moment this repaired</source>
        <translation>Der Moment, nach dem ihr hier wieder zueinandergefunden habt</translation>
    </message>
    <message>
        <source>They reached out first.</source>
        <translation>Die andere Person hat sich zuerst gemeldet.</translation>
    </message>
    <message>
        <source>This entry did not repair that moment</source>
        <translation>Dieser Eintrag war keine Wiederannäherung nach diesem Moment</translation>
    </message>
    <message>
        <source>This moment was repaired later: {when}, {span}.</source>
        <translation>Nach diesem Moment habt ihr später wieder zueinandergefunden: {when}, {span}.</translation>
    </message>
    <message>
        <source>This repaired:</source>
        <translation>Wiederannäherung nach:</translation>
    </message>
    <message>
        <source>When this entry mended more than one earlier moment</source>
        <translation>Wenn dieser Eintrag die Wiederannäherung nach mehr als einem früheren Moment war</translation>
    </message>
    <message>
        <source>Who reached out first</source>
        <translation>Wer sich zuerst gemeldet hat</translation>
    </message>
    <message>
        <source>Who reached out first?</source>
        <translation>Wer hat sich zuerst gemeldet?</translation>
    </message>
    <message>
        <source>You came back together {span}.</source>
        <translation>Ihr habt {span} wieder zueinandergefunden.</translation>
    </message>
    <message>
        <source>You reached out first.</source>
        <translation>Du hast dich zuerst gemeldet.</translation>
    </message>
    <message>
        <source>within the hour</source>
        <translation>innerhalb einer Stunde</translation>
    </message>
    <message>
        <source>{moment} ({people})</source>
        <translation>{moment} ({people})</translation>
    </message>
    <message>
        <source>{moment} — already repaired</source>
        <translation>{moment} – schon wieder zueinandergefunden</translation>
    </message>
    <message>
        <source>{n} days later</source>
        <translation>{n} Tage später</translation>
    </message>
    <message>
        <source>{n} hours later</source>
        <translation>{n} Stunden später</translation>
    </message>
    <message>
        <source>{when} · {heading}</source>
        <translation>{when} · {heading}</translation>
    </message>
</context>
<context>
    <name>RerateDialog</name>
    <message>
        <source>A kinder thought</source>
        <translation>Ein freundlicherer Gedanke</translation>
    </message>
    <message>
        <source>A kinder, more balanced thought</source>
        <translation>Ein freundlicherer, ausgewogenerer Gedanke</translation>
    </message>
    <message>
        <source>A kinder, more balanced thought:</source>
        <translation>Ein freundlicherer, ausgewogenerer Gedanke:</translation>
    </message>
    <message>
        <source>How true does it feel now?</source>
        <translation>Wie wahr fühlt es sich jetzt an?</translation>
    </message>
    <message>
        <source>How true the belief feels now</source>
        <translation>Wie wahr sich der Glaubenssatz jetzt anfühlt</translation>
    </message>
    <message>
        <source>In the moment it felt {n} % true.</source>
        <translation type="vanished">In dem Moment fühlte es sich zu {n} % wahr an.</translation>
    </message>
    <message>
        <source>In the moment it felt {n}% true.</source>
        <translation>In dem Moment fühlte es sich zu {n}&#xa0;% wahr an.</translation>
    </message>
    <message>
        <source>In the moment you did not rate how true it felt.</source>
        <translation>In dem Moment hast du nicht angegeben, wie wahr es sich anfühlte.</translation>
    </message>
    <message>
        <source>You told yourself {belief}. {felt} Now that the moment has passed, what would you say to a friend who thought this?</source>
        <translation>Du hast dir {belief} gesagt. {felt} Jetzt, wo der Moment vorbei ist: Was würdest du einer Freundin oder einem Freund sagen, die so denken?</translation>
    </message>
    <message>
        <source>e.g. Sam was tired; it was not about me.</source>
        <translation>z. B. Sam war müde; es ging nicht um mich.</translation>
    </message>
</context>
<context>
    <name>ResponsePicker</name>
    <message>
        <source>&lt;b&gt;What did you do?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was hast du getan?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>I {did}</source>
        <translation>Was ich tat: {did}</translation>
    </message>
    <message>
        <source>Was there repair afterwards</source>
        <translation>Habt ihr danach wieder zueinandergefunden</translation>
    </message>
    <message>
        <source>Was there repair afterwards?</source>
        <translation>Habt ihr danach wieder zueinandergefunden?</translation>
    </message>
    <message>
        <source>Whether you and the other person came back together after it; the dash means not said</source>
        <translation>Ob du und die andere Person danach wieder zueinandergefunden habt; der Strich heißt: nicht angegeben</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Can it be read while the journal is locked?</source>
        <translation>Soll sich der Plan lesen lassen, solange das Tagebuch gesperrt ist?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>First choose whether the plan can be read while the journal is locked</source>
        <translation>Wähle zuerst, ob sich der Plan lesen lassen soll, solange das Tagebuch gesperrt ist</translation>
    </message>
    <message>
        <source>If you are in &amp;crisis…</source>
        <translation>Wenn du in einer &amp;Krise bist…</translation>
    </message>
    <message>
        <source>If you are in crisis: where to get help now</source>
        <translation>Wenn du in einer Krise bist: wo du jetzt Hilfe bekommst</translation>
    </message>
    <message>
        <source>If you are in crisis…</source>
        <translation>Wenn du in einer Krise bist…</translation>
    </message>
    <message>
        <source>It is kept in a separate file in your journal&apos;s folder, readable only by your user account, so it opens from the unlock window, the tray and the command line without your passphrase. That file is not encrypted: anyone who can open your files (someone using your account, or with your unlocked computer) could read it.</source>
        <translation>Er liegt in einer eigenen Datei im Ordner deines Tagebuchs, nur für dein Benutzerkonto lesbar, damit er sich ohne deine Passphrase aus dem Entsperr-Fenster, dem Infobereich und der Befehlszeile öffnen lässt. Diese Datei ist nicht verschlüsselt: Wer deine Dateien öffnen kann (jemand mit deinem Konto oder an deinem entsperrten Computer), könnte ihn lesen.</translation>
    </message>
    <message>
        <source>It is kept inside your journal, encrypted with your passphrase like your entries. While the journal is locked it cannot be opened, even by you; the crisis page still can.</source>
        <translation>Er liegt in deinem Tagebuch, mit deiner Passphrase verschlüsselt wie deine Einträge. Solange das Tagebuch gesperrt ist, lässt er sich nicht öffnen, auch nicht von dir; die Krisenseite schon.</translation>
    </message>
    <message>
        <source>It was moved, and no copy was left in the old place.</source>
        <translation>Er wurde verschoben; am alten Ort ist keine Kopie geblieben.</translation>
    </message>
    <message>
        <source>Keep your changes?</source>
        <translation>Deine Änderungen behalten?</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Meine Umgebung sicherer machen</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>My therapist, my doctor, a crisis line and the emergency number, each with its number.</source>
        <translation>Meine Therapeutin oder mein Therapeut, meine Ärztin oder mein Arzt, ein Krisentelefon und der Notruf, jeweils mit Nummer.</translation>
    </message>
    <message>
        <source>No, keep it inside my encrypted journal</source>
        <translation>Nein, in meinem verschlüsselten Tagebuch aufbewahren</translation>
    </message>
    <message>
        <source>Opening your plan…</source>
        <translation>Dein Plan wird geöffnet…</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Menschen, die ich um Hilfe bitten kann</translation>
    </message>
    <message>
        <source>People I can tell that I am struggling, with a way to reach each of them.</source>
        <translation>Menschen, denen ich sagen kann, dass es mir schlecht geht, und wie ich jeden von ihnen erreiche.</translation>
    </message>
    <message>
        <source>People and places that help me feel better</source>
        <translation>Menschen und Orte, die mir guttun</translation>
    </message>
    <message>
        <source>People, plans and reasons that are worth staying safe for.</source>
        <translation>Menschen, Pläne und Gründe, für die es sich lohnt, sicher zu bleiben.</translation>
    </message>
    <message>
        <source>Please choose first whether the plan can be read while the journal is locked. Nothing was saved.</source>
        <translation>Bitte wähle zuerst, ob sich der Plan lesen lassen soll, solange das Tagebuch gesperrt ist. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Professionals and services</source>
        <translation>Fachleute und Dienste</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Save the safety plan as PDF</source>
        <translation>Den Sicherheitsplan als PDF speichern</translation>
    </message>
    <message>
        <source>Saved as {path}, readable only by you. It is not encrypted.</source>
        <translation>Als {path} gespeichert, nur für dich lesbar. Die Datei ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Saved inside your journal. It opens after unlocking.</source>
        <translation>In deinem Tagebuch gespeichert. Er öffnet sich nach dem Entsperren.</translation>
    </message>
    <message>
        <source>Saved. It can be read while the journal is locked.</source>
        <translation>Gespeichert. Er lässt sich lesen, solange das Tagebuch gesperrt ist.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Small things that have helped me ride out a hard hour before, even a little.</source>
        <translation>Kleine Dinge, die mir früher geholfen haben, eine schwere Stunde zu überstehen, auch nur ein wenig.</translation>
    </message>
    <message>
        <source>The thoughts, feelings or moments that tell me things are starting to get harder.</source>
        <translation>Die Gedanken, Gefühle oder Momente, die mir zeigen, dass es anfängt, schwerer zu werden.</translation>
    </message>
    <message>
        <source>There is no safety plan that can be read while the journal is locked. If you keep one inside your journal, it opens after you unlock it; you can write one there too, ideally with your therapist. If you need help now, the crisis page opens without unlocking.</source>
        <translation>Es gibt keinen Sicherheitsplan, der sich lesen lässt, solange das Tagebuch gesperrt ist. Wenn du einen in deinem Tagebuch hast, öffnet er sich, nachdem du es entsperrt hast; du kannst dort auch einen schreiben, am besten zusammen mit deiner Therapeutin oder deinem Therapeuten. Wenn du jetzt Hilfe brauchst: Die Krisenseite öffnet sich ohne Entsperren.</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>Was ich allein tun kann</translation>
    </message>
    <message>
        <source>This is the copy you chose to keep readable while the journal is locked. You can change it after unlocking.</source>
        <translation>Das ist die Kopie, die du auch bei gesperrtem Tagebuch lesbar halten wolltest. Ändern kannst du sie nach dem Entsperren.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>What I can put away, give to someone to keep, or stay away from while things are hard.</source>
        <translation>Was ich wegräumen, jemandem zum Aufbewahren geben oder meiden kann, solange es schwer ist.</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Was mir wichtig ist</translation>
    </message>
    <message>
        <source>Who I can be around, and where I can go, to take my mind somewhere else for a while.</source>
        <translation>Bei wem ich sein und wohin ich gehen kann, um für eine Weile auf andere Gedanken zu kommen.</translation>
    </message>
    <message>
        <source>Write this on a steadier day, ideally with your therapist, so it is ready when things get hard. A few short lines in each part are enough: you may read it when it is hard to think.</source>
        <translation>Schreib ihn an einem ruhigeren Tag, am besten zusammen mit deiner Therapeutin oder deinem Therapeuten, damit er bereitliegt, wenn es schwer wird. Ein paar kurze Zeilen in jedem Teil genügen: Vielleicht liest du ihn gerade dann, wenn das Denken schwerfällt.</translation>
    </message>
    <message>
        <source>Yes, keep it readable while locked</source>
        <translation>Ja, auch bei gesperrtem Tagebuch lesbar halten</translation>
    </message>
    <message>
        <source>You changed your safety plan. Save the changes before closing?</source>
        <translation>Du hast deinen Sicherheitsplan geändert. Die Änderungen vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Your journal has no passphrase, so either way anyone who can open your files could read the plan.</source>
        <translation>Dein Tagebuch hat keine Passphrase; so oder so könnte also jeder, der deine Dateien öffnen kann, den Plan lesen.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>All triggers</source>
        <translation>Alle Auslöser</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Nach Datum filtern</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Nach Person filtern</translation>
    </message>
    <message>
        <source>Filter by trigger</source>
        <translation>Nach Auslöser filtern</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Search your journal (Ctrl+F)</source>
        <translation>Im Tagebuch suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Show only the entries about one person</source>
        <translation>Nur die Einträge über eine Person zeigen</translation>
    </message>
    <message>
        <source>Show only the entries from a period of time</source>
        <translation>Nur die Einträge aus einem Zeitraum zeigen</translation>
    </message>
    <message>
        <source>Show only the entries tagged with one trigger</source>
        <translation>Nur die Einträge mit einem bestimmten Auslöser zeigen</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Words to find in titles and entry text; the list below shows the matching entries as you type</source>
        <translation>Worte, die in Titeln und im Text der Einträge gesucht werden; die Liste darunter zeigt beim Tippen die passenden Einträge</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>A private note (optional). Notes stay in your journal and are never exported.</source>
        <translation>Eine private Notiz (optional). Notizen bleiben in deinem Tagebuch und werden nie exportiert.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>Add this to bring up</source>
        <translation>Das zum Ansprechen hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation>Die gewählte Sitzung löschen</translation>
    </message>
    <message>
        <source>Delete the chosen thing to bring up</source>
        <translation>Das gewählte Ding zum Ansprechen löschen</translation>
    </message>
    <message>
        <source>Delete the session on {day} and its note?</source>
        <translation>Die Sitzung am {day} und ihre Notiz löschen?</translation>
    </message>
    <message>
        <source>Delete the session on {day}?</source>
        <translation>Die Sitzung am {day} löschen?</translation>
    </message>
    <message>
        <source>From one of your entries</source>
        <translation>Aus einem deiner Einträge</translation>
    </message>
    <message>
        <source>New thing to bring up</source>
        <translation>Neues zum Ansprechen</translation>
    </message>
    <message>
        <source>Past and upcoming. &quot;Since my last session&quot; counts from the latest one up to today.</source>
        <translation>Vergangene und kommende. „Seit meiner letzten Sitzung“ zählt von der letzten bis heute.</translation>
    </message>
    <message>
        <source>Private note about the session</source>
        <translation>Private Notiz zur Sitzung</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Datum der Sitzung</translation>
    </message>
    <message>
        <source>Session on {day} added.</source>
        <translation>Sitzung am {day} hinzugefügt.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Sessions and questions</source>
        <translation>Sitzungen und Fragen</translation>
    </message>
    <message>
        <source>Show ticked-off ones</source>
        <translation>Abgehakte zeigen</translation>
    </message>
    <message>
        <source>Something to bring up next time…</source>
        <translation>Etwas, das du nächstes Mal ansprechen willst…</translation>
    </message>
    <message>
        <source>Therapy sessions</source>
        <translation>Therapiesitzungen</translation>
    </message>
    <message>
        <source>Things to bring up next time</source>
        <translation>Dinge, die du nächstes Mal ansprechen willst</translation>
    </message>
    <message>
        <source>Tick one off once you have talked about it. Open ones are offered when you export.</source>
        <translation>Hak eines ab, sobald du darüber gesprochen hast. Offene werden dir beim Exportieren angeboten.</translation>
    </message>
    <message>
        <source>Ticked off: {text}</source>
        <translation>Abgehakt: {text}</translation>
    </message>
    <message>
        <source>{day} — in {n} day</source>
        <translation>{day} — in {n} Tag</translation>
    </message>
    <message>
        <source>{day} — in {n} days</source>
        <translation>{day} — in {n} Tagen</translation>
    </message>
    <message>
        <source>{day} — today</source>
        <translation>{day} — heute</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>0 means never lock by itself</source>
        <translation>0 heißt: nie von selbst sperren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>As the system is set ({language})</source>
        <translation>Wie im System eingestellt ({language})</translation>
    </message>
    <message>
        <source>As usual where I live ({day})</source>
        <translation>Wie hier üblich ({day})</translation>
    </message>
    <message>
        <source>As usual where I live ({size})</source>
        <translation>Wie hier üblich ({size})</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>Um:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backups are encrypted like your journal and readable only by you. Only the app&apos;s own backup files in that folder are ever removed.</source>
        <translation>Sicherungen sind verschlüsselt wie dein Tagebuch und nur für dich lesbar. Aus diesem Ordner werden immer nur die eigenen Sicherungsdateien der App entfernt.</translation>
    </message>
    <message>
        <source>Backups stay in the &quot;backups&quot; folder next to your journal.</source>
        <translation>Sicherungen bleiben im Ordner „backups“ neben deinem Tagebuch.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>By initial</source>
        <translation>Mit Anfangsbuchstaben</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Mit Namen</translation>
    </message>
    <message>
        <source>By role (partner, friend…)</source>
        <translation>Mit Rolle (Partner/in, Freund/in…)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Choose a folder for backups</source>
        <translation>Einen Ordner für Sicherungen wählen</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Einen anderen Ordner wählen</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Day of the weekly reminder</source>
        <translation>Tag der wöchentlichen Erinnerung</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Everywhere in a summary: details, sentences, charts and your own words. journal-app export uses it too, unless --people is given.</source>
        <translation>Überall in einer Zusammenfassung: Angaben, Sätze, Diagramme und deine eigenen Worte. journal-app export nutzt es auch, außer --people ist angegeben.</translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation>Voreinstellungen für den Export</translation>
    </message>
    <message>
        <source>Export format to start with</source>
        <translation>Exportformat für den Anfang</translation>
    </message>
    <message>
        <source>First day of the week in Patterns</source>
        <translation>Erster Tag der Woche in Muster</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>How dates are shown</source>
        <translation>Wie Datumsangaben gezeigt werden</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Wie viele Sicherungen aufbewahrt werden</translation>
    </message>
    <message>
        <source>How often to be reminded to write</source>
        <translation>Wie oft du ans Schreiben erinnert wirst</translation>
    </message>
    <message>
        <source>How people are named in exports</source>
        <translation>Wie Personen in Exporten genannt werden</translation>
    </message>
    <message>
        <source>JSON (the whole journal, as a backup)</source>
        <translation>JSON (das ganze Tagebuch, als Sicherung)</translation>
    </message>
    <message>
        <source>Keep backups in the journal folder</source>
        <translation>Sicherungen im Tagebuch-Ordner aufbewahren</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>Die neuesten behalten:</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Lock after this many quiet minutes</source>
        <translation>Nach so vielen ruhigen Minuten sperren</translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation>Sperren nach:</translation>
    </message>
    <message>
        <source>Long: {example}</source>
        <translation>Lang: {example}</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Am:</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>Einmal pro Woche</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papiergröße</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <source>Privacy and lock</source>
        <translation>Privatsphäre und Sperre</translation>
    </message>
    <message>
        <source>Remind me:</source>
        <translation>Erinnere mich:</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Voreinstellungen wiederherstellen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Short: {example}</source>
        <translation>Kurz: {example}</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Text size sample</source>
        <translation>Beispiel für die Textgröße</translation>
    </message>
    <message>
        <source>Text size, in percent</source>
        <translation>Textgröße, in Prozent</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Textgröße:</translation>
    </message>
    <message>
        <source>The journal folder</source>
        <translation>Der Tagebuch-Ordner</translation>
    </message>
    <message>
        <source>The journal locks itself when nobody has typed or used the mouse for this long. Choose Never to lock only with Ctrl+L.</source>
        <translation>Das Tagebuch sperrt sich von selbst, wenn so lange niemand getippt oder die Maus benutzt hat. Wähl Nie, um nur mit Strg+L zu sperren.</translation>
    </message>
    <message>
        <source>This is how your words will look.</source>
        <translation>So werden deine Worte aussehen.</translation>
    </message>
    <message>
        <source>Use the journal folder</source>
        <translation>Den Tagebuch-Ordner nutzen</translation>
    </message>
    <message>
        <source>Weeks start on:</source>
        <translation>Wochen beginnen am:</translation>
    </message>
    <message>
        <source>Year-month-day: {example}</source>
        <translation>Jahr-Monat-Tag: {example}</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength in words</source>
        <translation>Stärke der Passphrase in Worten</translation>
    </message>
    <message>
        <source>{label}.</source>
        <translation>{label}.</translation>
    </message>
    <message>
        <source>{label}. A longer one is stronger still.</source>
        <translation>{label}. Eine längere ist noch stärker.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Add the “{name}” questions to this entry (untick to take out the empty ones)</source>
        <translation>Die Fragen „{name}“ zu diesem Eintrag hinzufügen (Kreuz weg, um die leeren wieder herauszunehmen)</translation>
    </message>
    <message>
        <source>Adds short questions to this entry to answer if you like; untick to take out the ones left empty. The menu chooses the set of questions.</source>
        <translation>Fügt diesem Eintrag kurze Fragen hinzu, die du beantworten kannst, wenn du magst; nimm das Kreuz weg, um die leer gebliebenen wieder herauszunehmen. Das Menü wählt die Fragen aus.</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Vorlagen bearbeiten…</translation>
    </message>
    <message>
        <source>{name} prompts</source>
        <translation>Fragen: {name}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>A template is a few short questions you can add to an entry and answer if you like. Write one question per line.</source>
        <translation>Eine Vorlage besteht aus ein paar kurzen Fragen, die du einem Eintrag hinzufügen und beantworten kannst, wenn du magst. Schreib eine Frage pro Zeile.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this template</source>
        <translation>Diese Vorlage kopieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this template</source>
        <translation>Diese Vorlage löschen</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Meine Fragen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Questions, one per line</source>
        <translation>Fragen, eine pro Zeile</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>Reflection templates</source>
        <translation>Vorlagen zum Nachdenken</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>This one comes with the app and stays as it is. Copy it to make your own.</source>
        <translation>Diese kommt mit der App und bleibt, wie sie ist. Kopier sie, um eine eigene zu machen.</translation>
    </message>
    <message>
        <source>What happened?
What did I need?</source>
        <translation>Was ist passiert?
Was habe ich gebraucht?</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (eingebaut)</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (meine Kopie)</translation>
    </message>
</context>
<context>
    <name>TherapyController</name>
    <message>
        <source>&amp;Export summary…</source>
        <translation>Zusammenfassung e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import from another journal…</source>
        <translation>Aus einem anderen Tagebuch &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Zusammenfassung &amp;drucken…</translation>
    </message>
    <message>
        <source>Added to things to bring up next time: “{words}”</source>
        <translation>Zu den Dingen für das nächste Mal hinzugefügt: „{words}“</translation>
    </message>
    <message>
        <source>Bring in entries from jrnl, Day One, or this app&apos;s CSV or JSON</source>
        <translation>Einträge aus jrnl, Day One oder der CSV- oder JSON-Datei dieser App holen</translation>
    </message>
    <message>
        <source>Choose what to share with your therapist, preview it and save it</source>
        <translation>Wählen, was du mit deiner Therapie teilst, es in der Vorschau ansehen und speichern</translation>
    </message>
    <message>
        <source>Print a summary for your therapist</source>
        <translation>Eine Zusammenfassung für deine Therapie drucken</translation>
    </message>
    <message>
        <source>Sessions and &amp;questions…</source>
        <translation>Sitzungen und &amp;Fragen…</translation>
    </message>
    <message>
        <source>Write or select something first, then it can go on the list.</source>
        <translation>Schreib oder markiere zuerst etwas, dann kann es auf die Liste.</translation>
    </message>
    <message>
        <source>Your therapy sessions and the things to bring up next time</source>
        <translation>Deine Therapiesitzungen und die Dinge, die du nächstes Mal ansprechen willst</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>Den Papierkorb leeren?</translation>
    </message>
    <message>
        <source>Entries here are kept until you empty the Trash.</source>
        <translation>Einträge hier bleiben erhalten, bis du den Papierkorb leerst.</translation>
    </message>
    <message>
        <source>Entries in the Trash</source>
        <translation>Einträge im Papierkorb</translation>
    </message>
    <message>
        <source>Opening the Trash…</source>
        <translation>Der Papierkorb wird geöffnet…</translation>
    </message>
    <message>
        <source>Restore selected entries</source>
        <translation>Ausgewählte Einträge wiederherstellen</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Quick capture…</source>
        <translation>&amp;Schnellnotiz…</translation>
    </message>
    <message>
        <source>A quick capture could not be saved before the journal locked. Unlock to save it, or close anyway and lose it?</source>
        <translation>Eine Schnellnotiz konnte nicht gespeichert werden, bevor sich das Tagebuch gesperrt hat. Entsperren, um sie zu speichern, oder trotzdem schließen und sie verlieren?</translation>
    </message>
    <message>
        <source>If you are in crisis…</source>
        <translation>Wenn du in einer Krise bist…</translation>
    </message>
    <message>
        <source>Jot down a moment in a few seconds</source>
        <translation>Einen Moment in ein paar Sekunden notieren</translation>
    </message>
    <message>
        <source>Journal tray menu</source>
        <translation>Menü des Tagebuchs im Infobereich</translation>
    </message>
    <message>
        <source>My safety plan…</source>
        <translation>Mein Sicherheitsplan…</translation>
    </message>
    <message>
        <source>Quick capture not saved</source>
        <translation>Schnellnotiz nicht gespeichert</translation>
    </message>
    <message>
        <source>Quick capture…</source>
        <translation>Schnellnotiz…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Saved to your journal.</source>
        <translation>In deinem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>Show journal</source>
        <translation>Tagebuch zeigen</translation>
    </message>
    <message>
        <source>Your quick capture could not be saved yet; it is kept for when you unlock.</source>
        <translation>Deine Schnellnotiz konnte noch nicht gespeichert werden; sie wird aufbewahrt, bis du entsperrst.</translation>
    </message>
    <message>
        <source>{title} {body}</source>
        <translation>{title} {body}</translation>
    </message>
</context>
<context>
    <name>TriggerManagerDialog</name>
    <message>
        <source>Add</source>
        <translation type="vanished">Hinzufügen</translation>
    </message>
    <message>
        <source>Add this trigger</source>
        <translation>Diesen Auslöser hinzufügen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Choose the reading shown when you tag this trigger</source>
        <translation>Die Texte wählen, die erscheinen, wenn du diesen Auslöser ankreuzt</translation>
    </message>
    <message>
        <source>Colour for {name}</source>
        <translation>Farbe für {name}</translation>
    </message>
    <message>
        <source>Colour of the chosen trigger</source>
        <translation>Farbe des gewählten Auslösers</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Guidance for the chosen trigger</source>
        <translation>Orientierung für den gewählten Auslöser</translation>
    </message>
    <message>
        <source>Guidance…</source>
        <translation>Orientierung…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="vanished">Neuer Name:</translation>
    </message>
    <message>
        <source>New trigger name</source>
        <translation>Name des neuen Auslösers</translation>
    </message>
    <message>
        <source>New trigger, e.g. Feeling criticised</source>
        <translation>Neuer Auslöser, z. B. Sich kritisiert fühlen</translation>
    </message>
    <message>
        <source>Rename the chosen trigger</source>
        <translation>Den gewählten Auslöser umbenennen</translation>
    </message>
    <message>
        <source>Rename trigger</source>
        <translation>Auslöser umbenennen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="vanished">Umbenennen…</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Wieder zeigen</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Triggers are the patterns an entry touched. Add your own, such as feeling criticised or jealousy, and give each a colour you will recognise in the list and the charts.</source>
        <translation>Auslöser sind die Muster, die ein Eintrag berührt hat. Füge eigene hinzu, etwa sich kritisiert fühlen oder Eifersucht, und gib jedem eine Farbe, die du in der Liste und in den Diagrammen wiedererkennst.</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Nicht mehr archivieren</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="vanished">eingebaut</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>{name}   —   {used}</source>
        <translation type="vanished">{name}   —   {used}</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="vanished">{n} Einträge</translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation type="vanished">{n} Eintrag</translation>
    </message>
    <message>
        <source>{text} ({state})</source>
        <translation type="vanished">{text} ({state})</translation>
    </message>
</context>
<context>
    <name>TriggerPicker</name>
    <message>
        <source>&lt;b&gt;What did it touch?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was hat es berührt?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add or edit triggers…</source>
        <translation>Auslöser hinzufügen oder bearbeiten…</translation>
    </message>
    <message>
        <source>How intense it felt, from 0 (barely) to 10 (overwhelming)</source>
        <translation>Wie stark es sich angefühlt hat, von 0 (kaum) bis 10 (überwältigend)</translation>
    </message>
    <message>
        <source>How intense it felt, from 0 (barely) to 10 (overwhelming); the lowest step means not rated. Tick the trigger first.</source>
        <translation>Wie stark es sich angefühlt hat, von 0 (kaum) bis 10 (überwältigend); die unterste Stufe („offen“) heißt: nicht angegeben. Kreuz zuerst den Auslöser an.</translation>
    </message>
    <message>
        <source>How strong (0–10)</source>
        <translation>Wie stark (0–10)</translation>
    </message>
    <message>
        <source>Intensity for {name}</source>
        <translation>Stärke für {name}</translation>
    </message>
    <message>
        <source>Trigger {name}</source>
        <translation>Auslöser {name}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>After several tries, each new try waits a little longer. You can try again in {n} second.</source>
        <translation>Nach mehreren Versuchen wartet jeder neue Versuch etwas länger. Du kannst es in {n} Sekunde noch einmal versuchen.</translation>
    </message>
    <message>
        <source>After several tries, each new try waits a little longer. You can try again in {n} seconds.</source>
        <translation>Nach mehreren Versuchen wartet jeder neue Versuch etwas länger. Du kannst es in {n} Sekunden noch einmal versuchen.</translation>
    </message>
    <message>
        <source>If you are in &amp;crisis…</source>
        <translation>Wenn du in einer &amp;Krise bist…</translation>
    </message>
    <message>
        <source>If you are in crisis: where to get help now, without unlocking</source>
        <translation>Wenn du in einer Krise bist: wo du jetzt Hilfe bekommst, ohne zu entsperren</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Tagebuch-Ordner</translation>
    </message>
    <message>
        <source>Journal folder: {folder}</source>
        <translation>Tagebuch-Ordner: {folder}</translation>
    </message>
    <message>
        <source>My &amp;safety plan…</source>
        <translation>Mein &amp;Sicherheitsplan…</translation>
    </message>
    <message>
        <source>My safety plan, if it can be read without unlocking</source>
        <translation>Mein Sicherheitsplan, wenn er sich ohne Entsperren lesen lässt</translation>
    </message>
    <message>
        <source>Open a backup instead</source>
        <translation>Stattdessen eine Sicherung öffnen</translation>
    </message>
    <message>
        <source>Open a backup instead?</source>
        <translation>Stattdessen eine Sicherung öffnen?</translation>
    </message>
    <message>
        <source>Open a backup instead…</source>
        <translation>Stattdessen eine Sicherung öffnen…</translation>
    </message>
    <message>
        <source>Opening the newest backup…</source>
        <translation>Die neueste Sicherung wird geöffnet…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Bitte gib deine Passphrase ein.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Type the passphrase your backups were made with, then choose Open a backup instead.</source>
        <translation>Gib die Passphrase ein, mit der deine Sicherungen angelegt wurden, und wähl dann „Stattdessen eine Sicherung öffnen“.</translation>
    </message>
    <message>
        <source>Type your &amp;passphrase to open it.</source>
        <translation>Gib deine &amp;Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Unlock ({n})</source>
        <translation>Entsperren ({n})</translation>
    </message>
    <message>
        <source>Unlock — {app}</source>
        <translation>Entsperren — {app}</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation>Dein Tagebuch ist gesperrt</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>Noch einmal &amp;eingeben:</translation>
    </message>
    <message>
        <source>Choose a passphrase to encrypt the journal, so that nobody can read it without the passphrase. Nobody can recover a forgotten passphrase — not us, not anyone — so choose one you will remember, or keep it somewhere safe.</source>
        <translation>Wähl eine Passphrase, um das Tagebuch zu verschlüsseln, damit niemand es ohne die Passphrase lesen kann. Niemand kann eine vergessene Passphrase wiederherstellen, weder wir noch sonst jemand. Wähl also eine, die du dir merken kannst, oder bewahr sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Mein Tagebuch anlegen</translation>
    </message>
    <message>
        <source>Create without a passphrase</source>
        <translation>Ohne Passphrase anlegen</translation>
    </message>
    <message>
        <source>I understand the risk</source>
        <translation>Ich verstehe das Risiko</translation>
    </message>
    <message>
        <source>I understand: anyone who can open my files could read my journal</source>
        <translation>Ich verstehe: Wer meine Dateien öffnen kann, könnte mein Tagebuch lesen</translation>
    </message>
    <message>
        <source>If you are in &amp;crisis…</source>
        <translation>Wenn du in einer &amp;Krise bist…</translation>
    </message>
    <message>
        <source>If you are in crisis: where to get help now</source>
        <translation>Wenn du in einer Krise bist: wo du jetzt Hilfe bekommst</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Tagebuch-Ordner</translation>
    </message>
    <message>
        <source>Nothing you write leaves this computer: the app never connects to the internet.</source>
        <translation>Nichts, was du schreibst, verlässt diesen Computer: Die App verbindet sich nie mit dem Internet.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase noch einmal</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Start &amp;without a passphrase</source>
        <translation>&amp;Ohne Passphrase beginnen</translation>
    </message>
    <message>
        <source>Start without a passphrase</source>
        <translation>Ohne Passphrase beginnen</translation>
    </message>
    <message>
        <source>This app supports your therapy; it is not treatment or an emergency service.</source>
        <translation>Diese App unterstützt deine Therapie; sie ist weder eine Behandlung noch ein Notdienst.</translation>
    </message>
    <message>
        <source>Welcome to your journal</source>
        <translation>Willkommen in deinem Tagebuch</translation>
    </message>
    <message>
        <source>Welcome — {app}</source>
        <translation>Willkommen — {app}</translation>
    </message>
    <message>
        <source>What this app is for</source>
        <translation>Wofür diese App da ist</translation>
    </message>
    <message>
        <source>Your journal will be kept in one file in this folder on this computer:</source>
        <translation>Dein Tagebuch wird in einer Datei in diesem Ordner auf diesem Computer aufbewahrt:</translation>
    </message>
</context>
<context>
    <name>analytics</name>
    <message>
        <source>Afternoon 12–18</source>
        <translation>Nachmittag 12–18</translation>
    </message>
    <message>
        <source>Evening 18–24</source>
        <translation>Abend 18–24</translation>
    </message>
    <message>
        <source>Morning 6–12</source>
        <translation>Morgen 6–12</translation>
    </message>
    <message>
        <source>Night 0–6</source>
        <translation>Nacht 0–6</translation>
    </message>
    <message>
        <source>The first day of the week must be 0 (Monday) to 6 (Sunday).</source>
        <translation>Der erste Tag der Woche muss 0 (Montag) bis 6 (Sonntag) sein.</translation>
    </message>
    <message>
        <source>The start date is after the end date; please swap them.</source>
        <translation>Das Startdatum liegt nach dem Enddatum; bitte tausch sie.</translation>
    </message>
    <message>
        <source>There is no therapy session yet to count from; please choose another range.</source>
        <translation>Es gibt noch keine Therapiesitzung, ab der gezählt werden kann; bitte wähl einen anderen Zeitraum.</translation>
    </message>
    <message>
        <source>{key!r} is not a range this view knows.</source>
        <translation>{key!r} ist kein Zeitraum, den diese Ansicht kennt.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ausdrückliches Argument %r ignoriert</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (wähl aus %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht erlaubt zusammen mit Argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eins der Argumente %s ist nötig</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente sind nötig: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Backups cannot be kept in {folder}: it is the journal&apos;s own folder, or inside it ({data_dir}), and a backup kept beside the journal is lost along with it. Please choose a folder elsewhere, for example on another disk, or Use the journal folder (its backups folder). The setting was not changed.</source>
        <translation type="vanished">Sicherungen können nicht in {folder} aufbewahrt werden: Das ist der Ordner des Tagebuchs selbst oder liegt darin ({data_dir}), und eine Sicherung neben dem Tagebuch geht zusammen mit ihm verloren. Bitte wähl einen Ordner woanders, zum Beispiel auf einer anderen Festplatte, oder „Den Tagebuch-Ordner nutzen“ (seinen Sicherungsordner). Die Einstellung wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Backups cannot be kept in {folder}: it is the journal&apos;s own folder, or inside it ({data_dir}), and a backup kept beside the journal is lost along with it. Please choose a folder elsewhere, for example on another disk, or choose “Use the journal folder” (its backups folder). The setting was not changed.</source>
        <translation>Sicherungen können nicht in {folder} aufbewahrt werden: Das ist der Ordner des Tagebuchs selbst oder liegt darin ({data_dir}), und eine Sicherung neben dem Tagebuch geht zusammen mit ihm verloren. Bitte wähl einen Ordner woanders, zum Beispiel auf einer anderen Festplatte, oder klick auf „Den Tagebuch-Ordner nutzen“ (dessen Sicherungsordner). Die Einstellung wurde nicht geändert.</translation>
    </message>
    <message>
        <source>None of the {candidates} backups opened with this passphrase (or they are damaged too). Nothing was changed.</source>
        <translation>Keine der {candidates} Sicherungen ließ sich mit dieser Passphrase öffnen (oder sie sind auch beschädigt). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({reason}).</source>
        <translation>Die Sicherung konnte nicht an ihre Stelle gesetzt werden ({reason}).</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist. Nothing was written.</source>
        <translation>Den Ordner {parent} gibt es nicht. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>There are no backups in {backup_dir} to recover from. Nothing was changed.</source>
        <translation>In {backup_dir} gibt es keine Sicherungen, aus denen sich etwas wiederherstellen ließe. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>There is no backup file at {source}.</source>
        <translation>Unter {source} gibt es keine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>{name} already exists; nothing was overwritten.</source>
        <translation>{name} gibt es schon; es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>{name} did not open: the passphrase may be different from the journal&apos;s, or the file is damaged. Nothing was changed.</source>
        <translation>{name} ließ sich nicht öffnen: Die Passphrase ist vielleicht eine andere als die des Tagebuchs, oder die Datei ist beschädigt. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{name} is a backup that was interrupted before it was finished, so it cannot be restored. Choose a finished backup. Nothing was changed.</source>
        <translation>{name} ist eine Sicherung, die unterbrochen wurde, bevor sie fertig war; sie lässt sich deshalb nicht wiederherstellen. Wähl eine fertige Sicherung. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{out} already exists; choose a new file name so nothing is overwritten.</source>
        <translation>{out} gibt es schon; wähl einen neuen Dateinamen, damit nichts überschrieben wird.</translation>
    </message>
</context>
<context>
    <name>beliefs</name>
    <message>
        <source>I have to handle this alone</source>
        <translation>Ich muss das allein schaffen</translation>
    </message>
    <message>
        <source>I&apos;m too much</source>
        <translation>Ich bin zu viel</translation>
    </message>
    <message>
        <source>If I need something, I&apos;ll be let down</source>
        <translation>Wenn ich etwas brauche, werde ich enttäuscht</translation>
    </message>
    <message>
        <source>They&apos;ll leave</source>
        <translation>Man wird mich verlassen</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n already in the journal will be skipped.</source>
        <translation>
            <numerusform>%n ist schon im Tagebuch und wird übersprungen.</numerusform>
            <numerusform>%n sind schon im Tagebuch und werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) marked &quot;may share&quot;</source>
        <translation>
            <numerusform>%n Eintrag mit „teilen“ markiert</numerusform>
            <numerusform>%n Einträge mit „teilen“ markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>(no details)</source>
        <translation>(keine Einzelheiten)</translation>
    </message>
    <message>
        <source>(put away)</source>
        <translation>(weggelegt)</translation>
    </message>
    <message>
        <source>(see &apos;{command} --help&apos;)</source>
        <translation>(siehe &apos;{command} --help&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>(showing the first %n; use --limit N to see more)</source>
        <translation>
            <numerusform>(der erste Eintrag wird gezeigt; mit --limit N siehst du mehr)</numerusform>
            <numerusform>(die ersten %n werden gezeigt; mit --limit N siehst du mehr)</numerusform>
        </translation>
    </message>
    <message>
        <source>, {first} to {last}</source>
        <translation>, {first} bis {last}</translation>
    </message>
    <message>
        <source>--map-tag {value} should look like TAG=SLUG, for example @jealous=jealousy.</source>
        <translation>--map-tag {value} sollte aussehen wie TAG=SLUG, zum Beispiel @eifersucht=jealousy.</translation>
    </message>
    <message>
        <source>--note text</source>
        <translation>Text für --note</translation>
    </message>
    <message>
        <source>--their-move {arg} is not PERSON=MOVE, like Sam=went-quiet. Nothing was saved.</source>
        <translation>--their-move {arg} hat nicht die Form PERSON=VERHALTEN, etwa Sam=went-quiet. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A backup from this app keeps its own triggers; --map-tag does not apply to it.</source>
        <translation>Eine Sicherung aus dieser App behält ihre eigenen Auslöser; --map-tag gilt für sie nicht.</translation>
    </message>
    <message>
        <source>A journal already exists in {path}; nothing was changed.</source>
        <translation>In {path} gibt es schon ein Tagebuch; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>A new encrypted journal needs a passphrase, typed twice in a terminal, and there is no terminal here. Set JOURNAL_APP_PASSPHRASE to the passphrase you choose, run `journal-app init` in a terminal, or add --no-passphrase for a journal without one. Nothing was created.</source>
        <translation>Ein neues verschlüsseltes Tagebuch braucht eine Passphrase, zweimal in einem Terminal eingegeben, und hier gibt es kein Terminal. Setz JOURNAL_APP_PASSPHRASE auf die Passphrase, die du wählst, führ `journal-app init` in einem Terminal aus, oder gib --no-passphrase an für ein Tagebuch ohne Passphrase. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>BELIEF</source>
        <translation>GLAUBENSSATZ</translation>
    </message>
    <message>
        <source>Choose a passphrase: </source>
        <translation>Wähl eine Passphrase: </translation>
    </message>
    <message>
        <source>Created a new encrypted journal in {path}. Keep your passphrase somewhere safe: without it nobody, not even you, can open the journal.</source>
        <translation>Ein neues verschlüsseltes Tagebuch wurde in {path} angelegt. Bewahr deine Passphrase gut auf: Ohne sie kann niemand das Tagebuch öffnen, auch du nicht.</translation>
    </message>
    <message>
        <source>Created a new journal in {path} (without a passphrase).</source>
        <translation>Ein neues Tagebuch wurde in {path} angelegt (ohne Passphrase).</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n entry(s) in the Trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Den %n Eintrag im Papierkorb endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die %n Einträge im Papierkorb endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entry(s) for good. {after}</source>
        <translation>
            <numerusform>%n Eintrag endgültig gelöscht. {after}</numerusform>
            <numerusform>%n Einträge endgültig gelöscht. {after}</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>ENTRIES</source>
        <translation>EINTRÄGE</translation>
    </message>
    <message numerus="yes">
        <source>Emptying the Trash deletes its %n entry(s) for good, so it asks first: run it in a terminal, or add --yes. Nothing was deleted.</source>
        <translation>
            <numerusform>Den Papierkorb zu leeren löscht seinen %n Eintrag endgültig, deshalb wird vorher gefragt: Führ es in einem Terminal aus oder gib --yes an. Es wurde nichts gelöscht.</numerusform>
            <numerusform>Den Papierkorb zu leeren löscht seine %n Einträge endgültig, deshalb wird vorher gefragt: Führ es in einem Terminal aus oder gib --yes an. Es wurde nichts gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation>Einträge: {n}</translation>
    </message>
    <message>
        <source>Entry {entry} repaired entry {earlier}, {time} later.</source>
        <translation>Eintrag {entry} ist die Wiederannäherung nach Eintrag {earlier}, {time} später.</translation>
    </message>
    <message>
        <source>Entry {id} is already in the Trash. `journal-app restore-entry {id}` brings it back.</source>
        <translation>Eintrag {id} ist schon im Papierkorb. `journal-app restore-entry {id}` holt ihn zurück.</translation>
    </message>
    <message>
        <source>Entry {id} is back in your journal.</source>
        <translation>Eintrag {id} ist wieder in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>Entry {id} is not in the Trash; it is in your journal already. Nothing was changed.</source>
        <translation>Eintrag {id} ist nicht im Papierkorb; er ist schon in deinem Tagebuch. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>For a country&apos;s numbers: journal-app crisis --country CC ({codes}).</source>
        <translation>Für die Nummern eines Landes: journal-app crisis --country CC ({codes}).</translation>
    </message>
    <message>
        <source>HOW TRUE</source>
        <translation>WIE WAHR</translation>
    </message>
    <message>
        <source>In --belief {arg}, how true it felt ({level}) is not a whole number from 0 to 100. Nothing was saved.</source>
        <translation>Bei --belief {arg} ist der Wert, wie wahr es sich angefühlt hat ({level}), keine ganze Zahl von 0 bis 100. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>In --trigger {arg}, the intensity {level} is not a whole number from 0 to 10.</source>
        <translation>In --trigger {arg} ist die Stärke {level} keine ganze Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <source>It is not encrypted: keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Die Datei ist nicht verschlüsselt: Bewahr sie an einem privaten Ort auf und lösch sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>Its times have no time zone; they are read in {zone}.</source>
        <translation>Ihre Zeiten haben keine Zeitzone; sie werden als {zone} gelesen.</translation>
    </message>
    <message>
        <source>JOURNAL_APP_PASSPHRASE is not valid UTF-8 text, so it was not used.</source>
        <translation>JOURNAL_APP_PASSPHRASE ist kein gültiger UTF-8-Text und wurde deshalb nicht verwendet.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>MEAN INTENSITY</source>
        <translation>MITTLERE STÄRKE</translation>
    </message>
    <message>
        <source>Moved entry {id} to the Trash. `journal-app restore-entry {id}` brings it back.</source>
        <translation>Eintrag {id} ist jetzt im Papierkorb. `journal-app restore-entry {id}` holt ihn zurück.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>No beliefs yet. When a moment comes back to you, add what you told yourself: journal-app add &quot;…&quot; --belief &quot;TEXT:HOW TRUE 0-100&quot;. For example:</source>
        <translation>Noch keine Glaubenssätze. Wenn dir ein Moment nachgeht, halte fest, was du dir gesagt hast: journal-app add &quot;…&quot; --belief &quot;TEXT:WIE WAHR 0-100&quot;. Zum Beispiel:</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Keine Einträge passen.</translation>
    </message>
    <message>
        <source>No passphrase was typed, so the journal stays locked. Nothing was changed.</source>
        <translation>Es wurde keine Passphrase eingegeben, deshalb bleibt das Tagebuch gesperrt. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>No reading comes up for these words. `journal-app` opens the window, whose guidance library has every article.</source>
        <translation>Zu diesen Worten gibt es keinen Lesetipp. `journal-app` öffnet das Fenster, dessen Bibliothek alle Texte hat.</translation>
    </message>
    <message>
        <source>Nothing was deleted; the Trash is as it was.</source>
        <translation>Es wurde nichts gelöscht; der Papierkorb ist, wie er war.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Repair (add --repair KEY):</source>
        <translation>Wiederannäherung (add --repair SCHLÜSSEL):</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n entry(s) with their triggers, people, sessions and questions.</source>
        <translation>
            <numerusform>%n Eintrag mit seinen Auslösern, Personen, Sitzungen und Fragen wiederhergestellt.</numerusform>
            <numerusform>%n Einträge mit ihren Auslösern, Personen, Sitzungen und Fragen wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored from {source}.</source>
        <translation>Aus {source} wiederhergestellt.</translation>
    </message>
    <message>
        <source>SHOWN AS</source>
        <translation>ANGEZEIGT ALS</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>KÜRZEL</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Since my last session</source>
        <translation>Seit meiner letzten Sitzung</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). Nothing else was changed; please try again, and report it if it happens again.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({kind}). Sonst wurde nichts verändert; bitte versuch es noch einmal und melde es, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>Stopped by {signal}: {stopped} Your journal is unchanged.</source>
        <translation>Durch {signal} angehalten: {stopped} Dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>AUSLÖSER</translation>
    </message>
    <message>
        <source>Tags, and the triggers they become:</source>
        <translation>Schlagwörter, und die Auslöser, die daraus werden:</translation>
    </message>
    <message>
        <source>That passphrase is too easy to guess, so no journal was created.</source>
        <translation>Diese Passphrase ist zu leicht zu erraten, deshalb wurde kein Tagebuch angelegt.</translation>
    </message>
    <message>
        <source>The --from date is after the --to date; please swap them.</source>
        <translation>Das Datum bei --from liegt nach dem bei --to; bitte tausch sie.</translation>
    </message>
    <message numerus="yes">
        <source>The Trash changed while you were answering (it now holds %n entry(s)), so nothing was deleted. Please look at it again (`journal-app trash`).</source>
        <translation>
            <numerusform>Der Papierkorb hat sich geändert, während du geantwortet hast (er enthält jetzt %n Eintrag), deshalb wurde nichts gelöscht. Bitte schau ihn dir noch einmal an (`journal-app trash`).</numerusform>
            <numerusform>Der Papierkorb hat sich geändert, während du geantwortet hast (er enthält jetzt %n Einträge), deshalb wurde nichts gelöscht. Bitte schau ihn dir noch einmal an (`journal-app trash`).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>The Trash is empty; nothing was deleted.</source>
        <translation>Der Papierkorb ist leer; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The backup {source} did not open with this journal&apos;s passphrase, or it is damaged. Nothing was changed.</source>
        <translation>Die Sicherung {source} ließ sich mit der Passphrase dieses Tagebuchs nicht öffnen, oder sie ist beschädigt. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The crisis page: `journal-app crisis` (no passphrase needed), or Help &gt; If you are in crisis.</source>
        <translation>Die Krisenseite: `journal-app crisis` (ohne Passphrase), oder Hilfe &gt; Wenn du in einer Krise bist.</translation>
    </message>
    <message>
        <source>The entry text is empty; write a few words (or pass - to read them from standard input).</source>
        <translation>Der Text des Eintrags ist leer; schreib ein paar Worte (oder gib - an, um sie von der Standardeingabe zu lesen).</translation>
    </message>
    <message>
        <source>The last 4 weeks</source>
        <translation>Die letzten 4 Wochen</translation>
    </message>
    <message>
        <source>The operating system refused ({file}): {reason}.</source>
        <translation>Das Betriebssystem hat abgelehnt ({file}): {reason}.</translation>
    </message>
    <message>
        <source>The operating system refused: {reason}.</source>
        <translation>Das Betriebssystem hat abgelehnt: {reason}.</translation>
    </message>
    <message>
        <source>The text on standard input is not valid UTF-8, so it was not saved.</source>
        <translation>Der Text auf der Standardeingabe ist kein gültiges UTF-8 und wurde deshalb nicht gespeichert.</translation>
    </message>
    <message>
        <source>The title is empty; leave out --title, or give it a few words.</source>
        <translation>Der Titel ist leer; lass --title weg oder gib ihm ein paar Worte.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same, so no journal was created. Please try again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein, deshalb wurde kein Tagebuch angelegt. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The {what} has letters outside plain ASCII, and this terminal&apos;s language setting (an ASCII-only locale) cannot pass them on to the journal&apos;s database. Please use a UTF-8 locale (for example LANG=C.UTF-8) or a plain name. Nothing was changed.</source>
        <translation>Das Feld „{what}“ hat Buchstaben außerhalb von einfachem ASCII, und die Spracheinstellung dieses Terminals (eine reine ASCII-Locale) kann sie nicht an die Datenbank des Tagebuchs weitergeben. Bitte nimm eine UTF-8-Locale (zum Beispiel LANG=C.UTF-8) oder einen einfachen Namen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The {what} is not valid UTF-8 text, so it was not used.</source>
        <translation>Das Feld „{what}“ ist kein gültiger UTF-8-Text und wurde deshalb nicht verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>Their words are erased from the journal file and its search index. Backups made before now still hold them until newer backups replace them.</source>
        <translation>
            <numerusform>Seine Worte sind aus der Tagebuchdatei und ihrem Suchindex gelöscht. Sicherungen von vorher enthalten ihn noch, bis neuere Sicherungen sie ersetzen.</numerusform>
            <numerusform>Ihre Worte sind aus der Tagebuchdatei und ihrem Suchindex gelöscht. Sicherungen von vorher enthalten sie noch, bis neuere Sicherungen sie ersetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no words to look at: give a few after --for, or - to read them from standard input. Nothing was read from any journal.</source>
        <translation>Es gibt keine Worte zum Anschauen: Gib ein paar nach --for an, oder -, um sie von der Standardeingabe zu lesen. Aus keinem Tagebuch wurde etwas gelesen.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}. Nothing was changed.</source>
        <translation>Unter {path} gibt es keine Sicherungsdatei. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>There is no entry {id} in this journal or its Trash (`journal-app list` and `journal-app trash` show the ids). Nothing was changed.</source>
        <translation>Es gibt keinen Eintrag {id} in diesem Tagebuch oder seinem Papierkorb (`journal-app list` und `journal-app trash` zeigen die Nummern). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>There is no therapy session on or before that day yet; add one in the app (Journal ▸ Sessions…) or give --from.</source>
        <translation>Es gibt noch keine Therapiesitzung an oder vor diesem Tag; trag eine in der App ein (Tagebuch ▸ Sitzungen…) oder gib --from an.</translation>
    </message>
    <message>
        <source>This app has no numbers for the country code &apos;{code}&apos;. Known codes: {codes}. Wherever you are, you can call your local emergency number, go to the nearest emergency department, or look up a helpline at {directory}. Your journal was not opened.</source>
        <translation>Diese App hat keine Nummern für den Ländercode &apos;{code}&apos;. Bekannte Codes: {codes}. Wo auch immer du bist, du kannst den Notruf des Landes anrufen, in die nächste Notaufnahme gehen oder eine Hilfenummer unter {directory} suchen. Dein Tagebuch wurde nicht geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases in a row ({failures}), so this try waits %n second(s) first (Ctrl+C stops it). Nothing was changed.</source>
        <translation>
            <numerusform>Zu viele falsche Passphrasen hintereinander ({failures}), deshalb wartet dieser Versuch zuerst %n Sekunde (Strg+C bricht ab). Es wurde nichts verändert.</numerusform>
            <numerusform>Zu viele falsche Passphrasen hintereinander ({failures}), deshalb wartet dieser Versuch zuerst %n Sekunden (Strg+C bricht ab). Es wurde nichts verändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Gib sie noch einmal ein: </translation>
    </message>
    <message>
        <source>Use either --from or --since-last-session, not both.</source>
        <translation>Gib entweder --from oder --since-last-session an, nicht beides.</translation>
    </message>
    <message>
        <source>Waiting for the journal: another window or command is using it…</source>
        <translation>Warte auf das Tagebuch: Ein anderes Fenster oder ein anderer Befehl benutzt es gerade…</translation>
    </message>
    <message>
        <source>What I did (add --response KEY, repeatable):</source>
        <translation>Was ich getan habe (add --response SCHLÜSSEL, mehrfach möglich):</translation>
    </message>
    <message>
        <source>Which format should {name} be? Give --format pdf, md, csv or json, or end the name with .pdf, .md, .csv or .json.</source>
        <translation>Welches Format soll {name} haben? Gib --format pdf, md, csv oder json an, oder lass den Namen auf .pdf, .md, .csv oder .json enden.</translation>
    </message>
    <message>
        <source>Wrote {path}: the whole journal, {entries}. {note}</source>
        <translation>{path} geschrieben: das ganze Tagebuch, {entries}. {note}</translation>
    </message>
    <message>
        <source>Wrote {path}: {range}, {what} {note}</source>
        <translation>{path} geschrieben: {range}, {what} {note}</translation>
    </message>
    <message>
        <source>You have not written a safety plan yet. You can write one in the app (Help ▸ My safety plan…), ideally with your therapist. If you need help now: journal-app crisis</source>
        <translation>Du hast noch keinen Sicherheitsplan geschrieben. Du kannst einen in der App schreiben (Hilfe ▸ Mein Sicherheitsplan…), am besten gemeinsam in der Therapie. Wenn du jetzt Hilfe brauchst: journal-app crisis</translation>
    </message>
    <message>
        <source>Your journal as it was before is kept in {before}.</source>
        <translation>Dein Tagebuch, wie es vorher war, bleibt in {before} erhalten.</translation>
    </message>
    <message>
        <source>Your safety plan was saved as {file} (readable only by you). It is not encrypted: keep it where you want it, and delete it when you no longer need it.</source>
        <translation>Dein Sicherheitsplan wurde als {file} gespeichert (nur für dich lesbar). Er ist nicht verschlüsselt: Bewahr ihn dort auf, wo du ihn haben willst, und lösch ihn, wenn du ihn nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
    <message>
        <source>about {start}% → {end}%</source>
        <translation>etwa {start}&#xa0;% → {end}&#xa0;%</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>belief</source>
        <translation>Glaubenssatz</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>country code (--country)</source>
        <translation>Ländercode (--country)</translation>
    </message>
    <message>
        <source>entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>file name (--pdf)</source>
        <translation>Dateiname (--pdf)</translation>
    </message>
    <message>
        <source>file name FILE</source>
        <translation>Dateiname FILE</translation>
    </message>
    <message>
        <source>file name OUT</source>
        <translation>Dateiname OUT</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Gebrauch</translation>
    </message>
    <message>
        <source>journal folder (--data-dir)</source>
        <translation>Tagebuchordner (--data-dir)</translation>
    </message>
    <message>
        <source>move</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>new trigger &quot;{name}&quot;</source>
        <translation>neuer Auslöser „{name}“</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>not mapped (added to the end of the text)</source>
        <translation>nicht zugeordnet (wird ans Ende des Textes gesetzt)</translation>
    </message>
    <message>
        <source>not mapped (stays in the text)</source>
        <translation>nicht zugeordnet (bleibt im Text)</translation>
    </message>
    <message>
        <source>own</source>
        <translation>eigener</translation>
    </message>
    <message>
        <source>person&apos;s name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <source>response</source>
        <translation>was ich getan habe</translation>
    </message>
    <message>
        <source>search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>text after --for</source>
        <translation>Text nach --for</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone (--source-timezone ZONE if it was written elsewhere)</source>
        <translation>Zeitzone dieses Computers (--source-timezone ZONE, wenn es anderswo geschrieben wurde)</translation>
    </message>
    <message>
        <source>this journal is locked: set JOURNAL_APP_PASSPHRASE or run in a terminal</source>
        <translation>dieses Tagebuch ist gesperrt: Setz JOURNAL_APP_PASSPHRASE oder starte es in einem Terminal</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{entries}; the numbers count all entries, private ones too.</source>
        <translation>{entries}; die Zahlen zählen alle Einträge, auch die privaten.</translation>
    </message>
    <message>
        <source>{entries}; the numbers count only the shared entries.</source>
        <translation>{entries}; die Zahlen zählen nur die geteilten Einträge.</translation>
    </message>
    <message>
        <source>{file} already exists; please choose a new file name. Nothing was written.</source>
        <translation>{file} gibt es schon; bitte wähl einen neuen Dateinamen. Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: a {format} with %n entry(s){span}.</source>
        <translation>
            <numerusform>{file}: {format} mit %n Eintrag{span}.</numerusform>
            <numerusform>{file}: {format} mit %n Einträgen{span}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: a {format} with {count}{span}.</source>
        <translation type="vanished">{file}: {format} mit {count}{span}.</translation>
    </message>
    <message>
        <source>{given} is more than a day ahead of now. An entry is about something that happened; give a time up to a day from now (or leave out --at for now). Nothing was saved.</source>
        <translation>{given} liegt mehr als einen Tag in der Zukunft. Ein Eintrag handelt von etwas, das passiert ist; gib eine Zeit bis zu einem Tag ab jetzt an (oder lass --at weg für jetzt). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{key} is not one of the things the journal can record that you did; `journal-app responses` lists them. Nothing was saved.</source>
        <translation>{key} gehört nicht zu dem, was das Tagebuch als dein Tun festhalten kann; `journal-app responses` zeigt die Möglichkeiten. Es wurde nichts gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>{message} After {failures} wrong passphrases in a row, the next try waits %n second(s).</source>
        <translation>
            <numerusform>{message} Nach {failures} falschen Passphrasen hintereinander wartet der nächste Versuch %n Sekunde.</numerusform>
            <numerusform>{message} Nach {failures} falschen Passphrasen hintereinander wartet der nächste Versuch %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} already in the journal will be skipped.</source>
        <translation type="vanished">{n} sind schon im Tagebuch und werden übersprungen.</translation>
    </message>
    <message>
        <source>{path} is a file, not a journal folder.</source>
        <translation>{path} ist eine Datei, kein Tagebuch-Ordner.</translation>
    </message>
    <message>
        <source>{strength}%</source>
        <translation>{strength}&#xa0;%</translation>
    </message>
    <message>
        <source>{value} is not a whole number of 1 or more.</source>
        <translation>{value} ist keine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>{zone} time</source>
        <translation>Zeit in {zone}</translation>
    </message>
</context>
<context>
    <name>cli help</name>
    <message>
        <source>Add the entries of another journal: jrnl (its JSON export or its journal file), Day One (its JSON export, .zip or .json) or this app&apos;s CSV export; or restore this app&apos;s JSON backup into an empty journal. What the file holds is shown first; all of it is imported or, if anything is wrong with it, nothing. Entries already in the journal are skipped, so importing a file twice adds nothing the second time.</source>
        <translation>Die Einträge eines anderen Tagebuchs hinzufügen: jrnl (sein JSON-Export oder seine Tagebuchdatei), Day One (sein JSON-Export, .zip oder .json) oder der CSV-Export dieser App; oder die JSON-Sicherung dieser App in ein leeres Tagebuch wiederherstellen. Zuerst wird gezeigt, was die Datei enthält; alles wird importiert oder, wenn etwas daran nicht stimmt, nichts. Einträge, die schon im Tagebuch sind, werden übersprungen, deshalb fügt ein zweiter Import derselben Datei nichts hinzu.</translation>
    </message>
    <message>
        <source>An encrypted journal asks for its passphrase in the terminal (nothing is shown as you type), or reads it from ${passphrase_env}. A journal without a passphrase never asks.</source>
        <translation>Ein verschlüsseltes Tagebuch fragt im Terminal nach seiner Passphrase (beim Tippen wird nichts angezeigt) oder liest sie aus ${passphrase_env}. Ein Tagebuch ohne Passphrase fragt nie.</translation>
    </message>
    <message>
        <source>Bring an entry back from the Trash into the journal.</source>
        <translation>Einen Eintrag aus dem Papierkorb zurück ins Tagebuch holen.</translation>
    </message>
    <message>
        <source>Create a new, empty journal, encrypted with a passphrase you choose (typed twice in the terminal, or read from ${passphrase_env}). Passphrases that are easy to guess are refused. Refuses if a journal is already there.</source>
        <translation>Ein neues, leeres Tagebuch anlegen, verschlüsselt mit einer Passphrase, die du wählst (zweimal im Terminal eingegeben oder aus ${passphrase_env} gelesen). Leicht zu erratende Passphrasen werden abgelehnt. Lehnt ab, wenn dort schon ein Tagebuch ist.</translation>
    </message>
    <message>
        <source>Delete every entry in the Trash for good: the entries, and their words in the search index, are erased from the journal file. Backups made before still hold them. Asks first on a terminal.</source>
        <translation>Jeden Eintrag im Papierkorb endgültig löschen: Die Einträge und ihre Worte im Suchindex werden aus der Tagebuchdatei gelöscht. Sicherungen von vorher enthalten sie noch. Fragt in einem Terminal vorher nach.</translation>
    </message>
    <message>
        <source>How many entries, and per trigger how often and how intense.</source>
        <translation>Wie viele Einträge, und pro Auslöser wie oft und wie stark.</translation>
    </message>
    <message>
        <source>List entries, newest first (with --search: best matches first).</source>
        <translation>Einträge auflisten, die neuesten zuerst (mit --search: die besten Treffer zuerst).</translation>
    </message>
    <message>
        <source>List the entries in the Trash, newest first.</source>
        <translation>Die Einträge im Papierkorb auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>List the keys of what-I-did (add --response KEY) and of repair (add --repair KEY), each with the words the app shows.</source>
        <translation>Die Schlüssel für „was ich getan habe“ (add --response SCHLÜSSEL) und für die Wiederannäherung (add --repair SCHLÜSSEL) auflisten, jeweils mit den Worten, die die App zeigt.</translation>
    </message>
    <message>
        <source>List the reading the guidance panel would suggest beside an entry with these words, each with the reason it is shown. No journal is opened and no passphrase is asked for; the words are not kept. When the words suggest self-harm, suicide or danger from someone, the crisis page comes first with one calm line.</source>
        <translation>Die Lesetipps auflisten, die die Orientierungsleiste neben einem Eintrag mit diesen Worten zeigen würde, jeweils mit dem Grund. Es wird kein Tagebuch geöffnet und keine Passphrase abgefragt; die Worte werden nicht aufbewahrt. Wenn die Worte auf Selbstverletzung, Suizid oder Gefahr durch jemanden hindeuten, kommt zuerst die Krisenseite mit einer ruhigen Zeile.</translation>
    </message>
    <message>
        <source>List triggers: slug, name, built-in, archived, number of entries.</source>
        <translation>Auslöser auflisten: Kürzel, Name, eingebaut, archiviert, Zahl der Einträge.</translation>
    </message>
    <message>
        <source>List your own beliefs (what you told yourself in a moment, add --belief): on how many entries, how true each felt at first and lately, and since when.</source>
        <translation>Deine eigenen Glaubenssätze auflisten (was du dir in einem Moment gesagt hast, add --belief): in wie vielen Einträgen, wie wahr sich jeder zuerst und zuletzt angefühlt hat, und seit wann.</translation>
    </message>
    <message>
        <source>Make a verified backup, encrypted like the journal, and print its path. Without OUT it goes to the journal&apos;s backups folder (the newest ten are kept).</source>
        <translation>Eine geprüfte Sicherung anlegen, verschlüsselt wie das Tagebuch, und ihren Pfad ausgeben. Ohne OUT kommt sie in den Sicherungsordner des Tagebuchs (die neuesten zehn werden behalten).</translation>
    </message>
    <message>
        <source>Move an entry to the Trash. It stays there, out of lists, search and numbers, until you restore it (`journal-app restore-entry ID`) or empty the Trash.</source>
        <translation>Einen Eintrag in den Papierkorb legen. Er bleibt dort, außerhalb von Listen, Suche und Zahlen, bis du ihn wiederherstellst (`journal-app restore-entry ID`) oder den Papierkorb leerst.</translation>
    </message>
    <message>
        <source>Relationship Patterns Journal. Without a command, opens the journal window.</source>
        <translation>Relationship Patterns Journal. Ohne Befehl öffnet sich das Fenster des Tagebuchs.</translation>
    </message>
    <message>
        <source>Replace the journal with a backup file. The journal as it is now is backed up first. The backup must open with the journal&apos;s passphrase, or have none; the restored journal keeps your current passphrase.</source>
        <translation>Das Tagebuch durch eine Sicherungsdatei ersetzen. Das Tagebuch, wie es jetzt ist, wird zuerst gesichert. Die Sicherung muss sich mit der Passphrase des Tagebuchs öffnen lassen oder keine haben; das wiederhergestellte Tagebuch behält deine jetzige Passphrase.</translation>
    </message>
    <message>
        <source>Say that entry ENTRY_ID repaired the earlier moment EARLIER_ID (one repair per moment: linking it again moves the link). The time to repair and who reached out first show in `journal-app stats --json`.</source>
        <translation>Festhalten, dass ihr in Eintrag ENTRY_ID nach dem früheren Moment EARLIER_ID wieder zueinandergefunden habt (eine Wiederannäherung pro Moment: eine neue Verknüpfung ersetzt die alte). Die Zeit bis zur Wiederannäherung und wer sich zuerst gemeldet hat, zeigt `journal-app stats --json`.</translation>
    </message>
    <message>
        <source>Show emergency and crisis numbers for a country, and what to do anywhere. This app is not an emergency service: nothing is dialled, and the journal is not opened. Known countries: {join}.</source>
        <translation>Notruf- und Krisennummern für ein Land zeigen, und was du überall tun kannst. Diese App ist kein Notdienst: Es wird nichts gewählt, und das Tagebuch wird nicht geöffnet. Bekannte Länder: {join}.</translation>
    </message>
    <message>
        <source>Show your safety plan, or save it as a PDF to print. A plan you chose to keep readable while locked opens without your passphrase; one kept inside the journal asks for it. The plan is written in the app: Help ▸ My safety plan….</source>
        <translation>Deinen Sicherheitsplan zeigen oder als PDF zum Drucken speichern. Ein Plan, den du auch im gesperrten Zustand lesbar halten wolltest, öffnet sich ohne Passphrase; einer im Tagebuch fragt danach. Der Plan wird in der App geschrieben: Hilfe ▸ Mein Sicherheitsplan….</translation>
    </message>
    <message>
        <source>Write a new entry and print its id. Unknown people are added as &apos;other&apos;.</source>
        <translation>Einen neuen Eintrag schreiben und seine Nummer ausgeben. Unbekannte Personen werden als &apos;other&apos; hinzugefügt.</translation>
    </message>
    <message>
        <source>Write a summary to share with your therapist (pdf, md, csv), or the whole journal as JSON (every entry, shared or not; `journal-app import` can restore it). Summaries hold only entries marked &quot;may share&quot; unless --include-unshared is given. The file is not encrypted.</source>
        <translation>Eine Zusammenfassung zum Teilen in der Therapie schreiben (pdf, md, csv), oder das ganze Tagebuch als JSON (jeder Eintrag, geteilt oder nicht; `journal-app import` kann es wiederherstellen). Zusammenfassungen enthalten nur Einträge mit „teilen“, außer mit --include-unshared. Die Datei ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>ein JSON-Array</translation>
    </message>
    <message>
        <source>a JSON array with each entry&apos;s full text</source>
        <translation>ein JSON-Array mit dem ganzen Text jedes Eintrags</translation>
    </message>
    <message>
        <source>a JSON array with each entry&apos;s full text, what you did and repair</source>
        <translation>ein JSON-Array mit dem ganzen Text jedes Eintrags, mit dem, was du getan hast, und der Wiederannäherung</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>a JSON object: &quot;safety&quot; (true when the crisis page would come first) and &quot;suggestions&quot;</source>
        <translation>ein JSON-Objekt: &quot;safety&quot; (true, wenn die Krisenseite zuerst käme) und &quot;suggestions&quot;</translation>
    </message>
    <message>
        <source>a note to your therapist at the top</source>
        <translation>eine Notiz für deine Therapeutin oder deinen Therapeuten ganz oben</translation>
    </message>
    <message>
        <source>a title for the entry</source>
        <translation>ein Titel für den Eintrag</translation>
    </message>
    <message>
        <source>a trigger, optionally with intensity 0-10 (repeatable); see `journal-app triggers`</source>
        <translation>ein Auslöser, wahlweise mit Stärke 0-10 (mehrfach möglich); siehe `journal-app triggers`</translation>
    </message>
    <message>
        <source>a two-letter country code such as GB, US or DE (default: from your locale)</source>
        <translation>ein zweibuchstabiger Ländercode wie DE, AT oder CH (Vorgabe: aus deiner Spracheinstellung)</translation>
    </message>
    <message>
        <source>add entries from jrnl, Day One or a CSV export; restore a backup</source>
        <translation>Einträge aus jrnl, Day One oder einem CSV-Export hinzufügen; eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>add the app and its icon to your applications menu (for you only), then exit</source>
        <translation>die App mit ihrem Symbol ins Anwendungsmenü aufnehmen (nur für dich), dann beenden</translation>
    </message>
    <message>
        <source>add your open &quot;things to bring up&quot;</source>
        <translation>deine offenen Punkte „Nächstes Mal ansprechen“ hinzufügen</translation>
    </message>
    <message>
        <source>also entries not marked &quot;may share&quot; (pdf, md, csv)</source>
        <translation>auch Einträge ohne „teilen“ (pdf, md, csv)</translation>
    </message>
    <message>
        <source>at most N entries (default: {human_list_limit}; with --json: all)</source>
        <translation>höchstens N Einträge (Vorgabe: {human_list_limit}; mit --json: alle)</translation>
    </message>
    <message>
        <source>bring an entry back from the Trash</source>
        <translation>einen Eintrag aus dem Papierkorb zurückholen</translation>
    </message>
    <message>
        <source>counts and mean intensity per trigger</source>
        <translation>Anzahl und mittlere Stärke pro Auslöser</translation>
    </message>
    <message>
        <source>create a new, encrypted journal in the folder</source>
        <translation>ein neues, verschlüsseltes Tagebuch im Ordner anlegen</translation>
    </message>
    <message>
        <source>csv: start with a byte-order mark (for spreadsheets)</source>
        <translation>csv: mit einer Byte-Order-Markierung beginnen (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>delete the entries in the Trash for good</source>
        <translation>die Einträge im Papierkorb endgültig löschen</translation>
    </message>
    <message>
        <source>do not ask (for scripts)</source>
        <translation>nicht fragen (für Skripte)</translation>
    </message>
    <message>
        <source>do not encrypt: anyone who can read the folder can read the journal</source>
        <translation>nicht verschlüsseln: Wer den Ordner lesen kann, kann das Tagebuch lesen</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>erster Tag (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (local time)</source>
        <translation>erster Tag, JJJJ-MM-TT (Ortszeit)</translation>
    </message>
    <message>
        <source>from the day of your last therapy session to today (the default when there is one)</source>
        <translation>vom Tag deiner letzten Therapiesitzung bis heute (die Vorgabe, wenn es eine gibt)</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD; default: today)</source>
        <translation>letzter Tag (JJJJ-MM-TT; Vorgabe: heute)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD, included</source>
        <translation>letzter Tag, JJJJ-MM-TT, eingeschlossen</translation>
    </message>
    <message>
        <source>list entries, newest first</source>
        <translation>Einträge auflisten, die neuesten zuerst</translation>
    </message>
    <message>
        <source>list the entries in the Trash</source>
        <translation>die Einträge im Papierkorb auflisten</translation>
    </message>
    <message>
        <source>list triggers with their entry counts</source>
        <translation>Auslöser mit der Zahl ihrer Einträge auflisten</translation>
    </message>
    <message>
        <source>list what you can record with add --response</source>
        <translation>auflisten, was du mit add --response festhalten kannst</translation>
    </message>
    <message>
        <source>list your beliefs and how true each felt over time</source>
        <translation>deine Glaubenssätze auflisten und wie wahr sich jeder mit der Zeit angefühlt hat</translation>
    </message>
    <message>
        <source>make a tag (with or without its @ or #) this trigger; a name that is no trigger yet creates one; TAG= leaves the tag unmapped (repeatable)</source>
        <translation>ein Schlagwort (mit oder ohne @ oder #) zu diesem Auslöser machen; ein Name, der noch kein Auslöser ist, legt einen an; TAG= lässt das Schlagwort unzugeordnet (mehrfach möglich)</translation>
    </message>
    <message>
        <source>make a verified backup; prints its path</source>
        <translation>eine geprüfte Sicherung anlegen; gibt ihren Pfad aus</translation>
    </message>
    <message>
        <source>mark the entry as one you may share with your therapist</source>
        <translation>den Eintrag als einen markieren, den du in der Therapie teilen willst</translation>
    </message>
    <message>
        <source>move an entry to the Trash</source>
        <translation>einen Eintrag in den Papierkorb legen</translation>
    </message>
    <message>
        <source>only entries about this person</source>
        <translation>nur Einträge über diese Person</translation>
    </message>
    <message>
        <source>only entries containing these words</source>
        <translation>nur Einträge mit diesen Worten</translation>
    </message>
    <message>
        <source>only entries with this trigger (repeatable: any of them)</source>
        <translation>nur Einträge mit diesem Auslöser (mehrfach möglich: irgendeiner davon)</translation>
    </message>
    <message>
        <source>pdf page size (default: from your locale)</source>
        <translation>Seitengröße der PDF (Vorgabe: aus deiner Spracheinstellung)</translation>
    </message>
    <message>
        <source>pdf, md: add the cycle (what you told yourself, what you did, what they did, how you came back together) over the range; it counts what the numbers count</source>
        <translation>pdf, md: den Kreislauf im Zeitraum dazunehmen (was du dir gesagt hast, was du getan hast, was die andere Person getan hat, wie ihr wieder zueinandergefunden habt); er zählt, was die Zahlen zählen</translation>
    </message>
    <message>
        <source>print the plan here (the default)</source>
        <translation>den Plan hier ausgeben (die Vorgabe)</translation>
    </message>
    <message>
        <source>replace the journal with a backup</source>
        <translation>das Tagebuch durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>save the plan as a PDF to print (a new file outside the journal&apos;s folder)</source>
        <translation>den Plan als PDF zum Drucken speichern (eine neue Datei außerhalb des Tagebuch-Ordners)</translation>
    </message>
    <message>
        <source>say that an entry repaired an earlier moment</source>
        <translation>festhalten, dass ihr nach einem früheren Moment wieder zueinandergefunden habt</translation>
    </message>
    <message>
        <source>show people by name, initial (S.) or role such as partner, everywhere in the summary (default: the export setting in the app&apos;s Settings, else by initial)</source>
        <translation>Personen überall in der Zusammenfassung mit Namen, Anfangsbuchstaben (S.) oder Rolle wie Partner/in zeigen (Vorgabe: die Export-Einstellung in den Einstellungen der App, sonst mit Anfangsbuchstaben)</translation>
    </message>
    <message>
        <source>show what would be imported; write nothing</source>
        <translation>zeigen, was importiert würde; nichts schreiben</translation>
    </message>
    <message>
        <source>show your safety plan, or save it as PDF</source>
        <translation>deinen Sicherheitsplan zeigen oder als PDF speichern</translation>
    </message>
    <message>
        <source>someone this was about (repeatable)</source>
        <translation>jemand, um den es ging (mehrfach möglich)</translation>
    </message>
    <message>
        <source>take the app out of your applications menu again, then exit</source>
        <translation>die App wieder aus dem Anwendungsmenü nehmen, dann beenden</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>die Sicherungsdatei, die wiederhergestellt werden soll</translation>
    </message>
    <message>
        <source>the earlier moment it repaired</source>
        <translation>der frühere Moment, um den es ging</translation>
    </message>
    <message>
        <source>the entry text, exactly as written; - reads standard input</source>
        <translation>der Text des Eintrags, genau wie geschrieben; - liest die Standardeingabe</translation>
    </message>
    <message>
        <source>the entry&apos;s id (`journal-app list` shows it)</source>
        <translation>die Nummer des Eintrags (`journal-app list` zeigt sie)</translation>
    </message>
    <message>
        <source>the entry&apos;s id (`journal-app trash` shows it)</source>
        <translation>die Nummer des Eintrags (`journal-app trash` zeigt sie)</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>die Datei, die importiert werden soll</translation>
    </message>
    <message>
        <source>the file to write (its ending picks the format: .pdf .md .csv .json)</source>
        <translation>die Datei, die geschrieben wird (ihre Endung wählt das Format: .pdf .md .csv .json)</translation>
    </message>
    <message>
        <source>the format, if OUT&apos;s ending does not say</source>
        <translation>das Format, wenn die Endung von OUT es nicht sagt</translation>
    </message>
    <message>
        <source>the journal folder (default: ${env_var}, else the app&apos;s per-user data folder)</source>
        <translation>der Tagebuch-Ordner (Vorgabe: ${env_var}, sonst der Datenordner der App für dich)</translation>
    </message>
    <message>
        <source>the kind of file (default: auto, from its contents and name)</source>
        <translation>die Art der Datei (Vorgabe: auto, aus Inhalt und Name)</translation>
    </message>
    <message>
        <source>the later entry, where you came back together</source>
        <translation>der spätere Eintrag, in dem ihr wieder zueinandergefunden habt</translation>
    </message>
    <message>
        <source>the numbers, sentences and charts count private entries too (their words stay out unless --include-unshared); by default they count only entries marked &quot;may share&quot;</source>
        <translation>die Zahlen, Sätze und Diagramme zählen auch private Einträge (ihre Worte bleiben draußen, außer mit --include-unshared); sonst zählen sie nur Einträge mit „teilen“</translation>
    </message>
    <message>
        <source>the reading the guidance panel would suggest for some words</source>
        <translation>die Lesetipps, die die Orientierungsleiste zu bestimmten Worten zeigen würde</translation>
    </message>
    <message>
        <source>the time zone a jrnl or CSV file was written in, such as Europe/Berlin (their times have none; default: this computer&apos;s zone)</source>
        <translation>die Zeitzone, in der eine jrnl- oder CSV-Datei geschrieben wurde, zum Beispiel Europe/Berlin (ihre Zeiten haben keine; Vorgabe: die Zeitzone dieses Computers)</translation>
    </message>
    <message>
        <source>the words to look at; - reads them from standard input</source>
        <translation>die Worte, die angeschaut werden; - liest sie von der Standardeingabe</translation>
    </message>
    <message>
        <source>what someone did (repeatable), e.g. Sam=went-quiet: reached-out, went-quiet, criticised, reassured, pulled-away, or one of your own; the person is added to the entry</source>
        <translation>was jemand getan hat (mehrfach möglich), z. B. Sam=went-quiet: reached-out, went-quiet, criticised, reassured, pulled-away oder ein eigenes; die Person kommt zum Eintrag dazu</translation>
    </message>
    <message>
        <source>what you did in the moment (repeatable); see `journal-app responses` for the keys</source>
        <translation>was du in dem Moment getan hast (mehrfach möglich); die Schlüssel zeigt `journal-app responses`</translation>
    </message>
    <message>
        <source>what you told yourself, optionally with how true it felt, 0-100 (repeatable), e.g. &quot;They&apos;ll leave:80&quot;; a new one joins your list (see `journal-app beliefs`)</source>
        <translation>was du dir gesagt hast, wahlweise mit wie wahr es sich angefühlt hat, 0-100 (mehrfach möglich), z. B. &quot;Man wird mich verlassen:80&quot;; ein neuer kommt in deine Liste (siehe `journal-app beliefs`)</translation>
    </message>
    <message>
        <source>when it happened: 2026-03-14 or 2026-03-14T21:30 (local time) or with an offset; default: now; at most a day ahead</source>
        <translation>wann es passiert ist: 2026-03-14 oder 2026-03-14T21:30 (Ortszeit) oder mit Zeitverschiebung; Vorgabe: jetzt; höchstens einen Tag voraus</translation>
    </message>
    <message>
        <source>where to get help now, by country (no passphrase needed)</source>
        <translation>wo du jetzt Hilfe bekommst, nach Land (ohne Passphrase)</translation>
    </message>
    <message>
        <source>whether there was repair afterwards: yes, partly, not-yet or not-needed</source>
        <translation>ob ihr danach wieder zueinandergefunden habt: yes, partly, not-yet oder not-needed</translation>
    </message>
    <message>
        <source>who reached out first: me or them</source>
        <translation>wer sich zuerst gemeldet hat: me (ich) oder them (die andere Person)</translation>
    </message>
    <message>
        <source>write a new entry; prints its id</source>
        <translation>einen neuen Eintrag schreiben; gibt seine Nummer aus</translation>
    </message>
    <message>
        <source>write a summary (pdf, md, csv) or a full backup (json)</source>
        <translation>eine Zusammenfassung (pdf, md, csv) oder eine vollständige Sicherung (json) schreiben</translation>
    </message>
    <message>
        <source>write the backup to this new file instead (an existing file is never overwritten)</source>
        <translation>die Sicherung stattdessen in diese neue Datei schreiben (eine vorhandene Datei wird nie überschrieben)</translation>
    </message>
</context>
<context>
    <name>crisis</name>
    <message>
        <source>0800 111 0 111 or 0800 111 0 222</source>
        <translation type="vanished">0800 111 0 111 oder 0800 111 0 222</translation>
    </message>
    <message>
        <source>0800 111 0 111 or 0800 111 0 222 or 116 123</source>
        <translation>0800 111 0 111 oder 0800 111 0 222 oder 116 123</translation>
    </message>
    <message>
        <source>112 or 999</source>
        <translation>112 oder 999</translation>
    </message>
    <message>
        <source>113 or 0800 0113</source>
        <translation>113 oder 0800 0113</translation>
    </message>
    <message>
        <source>14416 or 1-800-891-4416</source>
        <translation>14416 oder 1-800-891-4416</translation>
    </message>
    <message>
        <source>999 or 112</source>
        <translation>999 oder 112</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <translation>Rettung</translation>
    </message>
    <message>
        <source>Ambulance (Rettung)</source>
        <translation>Rettung</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Austria (Österreich)</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Call your local emergency number.</source>
        <translation>Ruf den Notruf des Landes an, in dem du gerade bist.</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notruf</translation>
    </message>
    <message>
        <source>Emergency by text message</source>
        <translation>Notruf per SMS</translation>
    </message>
    <message>
        <source>Emergency from a mobile phone</source>
        <translation>Notruf vom Handy</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Germany (Deutschland)</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>If someone at home, or a partner, is hurting you or frightening you</source>
        <translation>Wenn dir jemand zu Hause oder deine Partnerin oder dein Partner wehtut oder Angst macht</translation>
    </message>
    <message>
        <source>If your country is not listed</source>
        <translation>Wenn dein Land nicht dabei ist</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Im Notfall</translation>
    </message>
    <message>
        <source>In {country}</source>
        <translation>In {country}</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Italy (Italia)</source>
        <translation>Italien (Italia)</translation>
    </message>
    <message>
        <source>Medical emergency</source>
        <translation>Medizinischer Notfall</translation>
    </message>
    <message>
        <source>Netherlands (Nederland)</source>
        <translation>Niederlande (Nederland)</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>Numbers last checked: {date}. Numbers sometimes change. If one does not connect, call the emergency number.</source>
        <translation>Nummern zuletzt geprüft: {date}. Nummern ändern sich manchmal. Wenn eine nicht verbindet, wähl den Notruf.</translation>
    </message>
    <message>
        <source>Or go to the nearest emergency department (A&amp;E, ER) and tell them how you are feeling.</source>
        <translation>Oder geh in die nächste Notaufnahme und sag dort, wie es dir geht.</translation>
    </message>
    <message>
        <source>Or look up a helpline in your country in an international directory: {directory} (type it into a browser on any device; this app does not open it).</source>
        <translation>Oder such eine Hilfenummer in deinem Land in einem internationalen Verzeichnis: {directory} (gib es auf einem beliebigen Gerät in einen Browser ein; diese App öffnet es nicht).</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polizei</translation>
    </message>
    <message>
        <source>SAMU (medical emergency)</source>
        <translation>SAMU (medizinischer Notfall)</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Jemand zum Reden</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
    <message>
        <source>Spain (España)</source>
        <translation>Spanien (España)</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>der Schweiz</translation>
    </message>
    <message>
        <source>Switzerland (Schweiz, Suisse, Svizzera)</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Wherever you are</source>
        <translation>Wo auch immer du bist</translation>
    </message>
    <message>
        <source>a doctor when it is not an emergency</source>
        <translation>ärztliche Hilfe, wenn es kein Notfall ist</translation>
    </message>
    <message>
        <source>ambulance, fire</source>
        <translation>Rettungsdienst, Feuerwehr</translation>
    </message>
    <message>
        <source>by SMS, if you cannot speak or hear</source>
        <translation>per SMS, wenn du nicht sprechen oder hören kannst</translation>
    </message>
    <message>
        <source>call or text</source>
        <translation>Anruf oder SMS</translation>
    </message>
    <message>
        <source>call or text, day and night</source>
        <translation>Anruf oder SMS, rund um die Uhr</translation>
    </message>
    <message>
        <source>children and young people in danger</source>
        <translation>Kinder und Jugendliche in Gefahr</translation>
    </message>
    <message>
        <source>day and night</source>
        <translation>rund um die Uhr</translation>
    </message>
    <message>
        <source>day and night, in many languages</source>
        <translation>rund um die Uhr, in vielen Sprachen</translation>
    </message>
    <message>
        <source>domestic abuse and child abuse, day and night</source>
        <translation>Gewalt in der Familie und gegen Kinder, rund um die Uhr</translation>
    </message>
    <message>
        <source>domestic, family and sexual violence</source>
        <translation>häusliche, familiäre und sexuelle Gewalt</translation>
    </message>
    <message>
        <source>for Aboriginal and Torres Strait Islander people</source>
        <translation>für Aboriginal and Torres Strait Islander People</translation>
    </message>
    <message>
        <source>for Indigenous peoples</source>
        <translation>für Indigene</translation>
    </message>
    <message>
        <source>for children and young people</source>
        <translation>für Kinder und Jugendliche</translation>
    </message>
    <message>
        <source>for young people</source>
        <translation>für junge Menschen</translation>
    </message>
    <message>
        <source>for young people; or text CONNECT to 686868</source>
        <translation>für junge Menschen; oder SMS mit CONNECT an 686868</translation>
    </message>
    <message>
        <source>free, day and night</source>
        <translation>kostenlos, rund um die Uhr</translation>
    </message>
    <message>
        <source>health advice when it is not an emergency</source>
        <translation>Rat zur Gesundheit, wenn es kein Notfall ist</translation>
    </message>
    <message>
        <source>mental health support, day and night</source>
        <translation>Hilfe für die seelische Gesundheit, rund um die Uhr</translation>
    </message>
    <message>
        <source>or text START to 88788</source>
        <translation>oder SMS mit START an 88788</translation>
    </message>
    <message>
        <source>police, ambulance, fire</source>
        <translation>Polizei, Rettungsdienst, Feuerwehr</translation>
    </message>
    <message>
        <source>suicide and self-harm</source>
        <translation>Suizid und Selbstverletzung</translation>
    </message>
    <message>
        <source>text HELLO to 50808</source>
        <translation>SMS mit HELLO an 50808</translation>
    </message>
    <message>
        <source>text HOME to 741741</source>
        <translation>SMS mit HOME an 741741</translation>
    </message>
    <message>
        <source>text SHOUT to 85258</source>
        <translation>SMS mit SHOUT an 85258</translation>
    </message>
    <message>
        <source>the Netherlands (Nederland)</source>
        <translation>den Niederlanden (Nederland)</translation>
    </message>
    <message>
        <source>the United Kingdom</source>
        <translation>dem Vereinigten Königreich</translation>
    </message>
    <message>
        <source>the United States</source>
        <translation>den Vereinigten Staaten</translation>
    </message>
    <message>
        <source>urgent medical help that is not an emergency, in England, Scotland and Wales</source>
        <translation>dringende ärztliche Hilfe, wenn es kein Notfall ist, in England, Schottland und Wales</translation>
    </message>
</context>
<context>
    <name>cycle</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>einmal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Half of the %n repair(s) with {person} came within {time}.</source>
        <translation>
            <numerusform>Die eine Wiederannäherung mit {person} kam innerhalb von {time}.</numerusform>
            <numerusform>Die Hälfte der %n Wiederannäherungen mit {person} kam innerhalb von {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How true “{belief}” felt stayed about the same, near {mean}%, over %n rating(s).</source>
        <translation>
            <numerusform>Wie wahr sich „{belief}“ angefühlt hat, blieb über %n Einschätzung etwa gleich, bei {mean}&#xa0;%.</numerusform>
            <numerusform>Wie wahr sich „{belief}“ angefühlt hat, blieb über %n Einschätzungen etwa gleich, bei {mean}&#xa0;%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How true “{belief}” felt went down from about {start}% to about {end}% over %n rating(s).</source>
        <translation>
            <numerusform>Wie wahr sich „{belief}“ angefühlt hat, ging über %n Einschätzung von etwa {start}&#xa0;% auf etwa {end}&#xa0;% zurück.</numerusform>
            <numerusform>Wie wahr sich „{belief}“ angefühlt hat, ging über %n Einschätzungen von etwa {start}&#xa0;% auf etwa {end}&#xa0;% zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How true “{belief}” felt went up from about {start}% to about {end}% over %n rating(s).</source>
        <translation>
            <numerusform>Wie wahr sich „{belief}“ angefühlt hat, stieg über %n Einschätzung von etwa {start}&#xa0;% auf etwa {end}&#xa0;%.</numerusform>
            <numerusform>Wie wahr sich „{belief}“ angefühlt hat, stieg über %n Einschätzungen von etwa {start}&#xa0;% auf etwa {end}&#xa0;%.</numerusform>
        </translation>
    </message>
    <message>
        <source>I did this: “{did}”</source>
        <translation>ich habe das getan: „{did}“</translation>
    </message>
    <message>
        <source>I kept checking</source>
        <translation>ich habe immer wieder aufs Handy geschaut</translation>
    </message>
    <message>
        <source>I left or distracted myself</source>
        <translation>ich bin weggegangen oder habe mich abgelenkt</translation>
    </message>
    <message>
        <source>I named my need directly</source>
        <translation>ich habe mein Bedürfnis direkt ausgesprochen</translation>
    </message>
    <message>
        <source>I paused and calmed myself first</source>
        <translation>ich habe erst innegehalten und mich beruhigt</translation>
    </message>
    <message>
        <source>I pushed away, then pulled back</source>
        <translation>ich habe weggestoßen und dann zurückgeholt</translation>
    </message>
    <message>
        <source>I sought reassurance</source>
        <translation>ich habe um Bestätigung gebeten</translation>
    </message>
    <message>
        <source>I told myself “{belief}”</source>
        <translation>ich habe mir „{belief}“ gesagt</translation>
    </message>
    <message>
        <source>I went quiet</source>
        <translation>ich bin still geworden</translation>
    </message>
    <message>
        <source>No repair needed</source>
        <translation>Keine Wiederannäherung nötig</translation>
    </message>
    <message>
        <source>Not repaired yet</source>
        <translation>Noch keine Wiederannäherung</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Wieder zueinandergefunden</translation>
    </message>
    <message>
        <source>There are no moments with a trigger in this period yet. Once there are, the cycle shows here.</source>
        <translation>In diesem Zeitraum gibt es noch keine Momente mit Auslöser. Sobald es welche gibt, zeigt sich hier der Kreislauf.</translation>
    </message>
    <message>
        <source>There are no shared moments with a trigger in this period yet.</source>
        <translation>In diesem Zeitraum gibt es noch keine geteilten Momente mit Auslöser.</translation>
    </message>
    <message>
        <source>There are only a few moments so far; the cycle shows once a few more are written.</source>
        <translation>Bisher gibt es erst wenige Momente; der Kreislauf zeigt sich, sobald ein paar mehr aufgeschrieben sind.</translation>
    </message>
    <message>
        <source>Who reached out first with {person}: I did {me}, {person} {them}.</source>
        <translation>Wer sich zuerst gemeldet hat (mit {person}): ich {me}, {person} {them}.</translation>
    </message>
    <message>
        <source>Who reached out first with {person}: you {me}, {person} {them}.</source>
        <translation>Wer sich zuerst gemeldet hat (mit {person}): du {me}, {person} {them}.</translation>
    </message>
    <message numerus="yes">
        <source>With {person}, repair came within a day in {k} of %n moment(s) that needed it, as often as in the period before ({k0} of {n0}).</source>
        <translation>
            <numerusform>Mit {person} habt ihr in {k} von %n Moment, der eine Wiederannäherung brauchte, innerhalb eines Tages wieder zueinandergefunden, so oft wie in der Zeit davor ({k0} von {n0}).</numerusform>
            <numerusform>Mit {person} habt ihr in {k} von %n Momenten, die eine Wiederannäherung brauchten, innerhalb eines Tages wieder zueinandergefunden, so oft wie in der Zeit davor ({k0} von {n0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, repair came within a day in {k} of %n moment(s) that needed it, down from {k0} of {n0} in the period before.</source>
        <translation>
            <numerusform>Mit {person} habt ihr in {k} von %n Moment, der eine Wiederannäherung brauchte, innerhalb eines Tages wieder zueinandergefunden, seltener als in der Zeit davor ({k0} von {n0}).</numerusform>
            <numerusform>Mit {person} habt ihr in {k} von %n Momenten, die eine Wiederannäherung brauchten, innerhalb eines Tages wieder zueinandergefunden, seltener als in der Zeit davor ({k0} von {n0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, repair came within a day in {k} of %n moment(s) that needed it, up from {k0} of {n0} in the period before.</source>
        <translation>
            <numerusform>Mit {person} habt ihr in {k} von %n Moment, der eine Wiederannäherung brauchte, innerhalb eines Tages wieder zueinandergefunden, öfter als in der Zeit davor ({k0} von {n0}).</numerusform>
            <numerusform>Mit {person} habt ihr in {k} von %n Momenten, die eine Wiederannäherung brauchten, innerhalb eines Tages wieder zueinandergefunden, öfter als in der Zeit davor ({k0} von {n0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, repair came within a day in {k} of %n moment(s) that needed it.</source>
        <translation>
            <numerusform>Mit {person} habt ihr in {k} von %n Moment, der eine Wiederannäherung brauchte, innerhalb eines Tages wieder zueinandergefunden.</numerusform>
            <numerusform>Mit {person} habt ihr in {k} von %n Momenten, die eine Wiederannäherung brauchten, innerhalb eines Tages wieder zueinandergefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, this came back most often, in {n} of %n moment(s):</source>
        <translation>
            <numerusform>Mit {person} kam das am häufigsten wieder, in {n} von %n Moment:</numerusform>
            <numerusform>Mit {person} kam das am häufigsten wieder, in {n} von %n Momenten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, we came back together in {k} of %n moment(s) that needed repair.</source>
        <translation>
            <numerusform>Mit {person} haben wir in {k} von %n Moment, der eine Wiederannäherung brauchte, wieder zueinandergefunden.</numerusform>
            <numerusform>Mit {person} haben wir in {k} von %n Momenten, die eine Wiederannäherung brauchten, wieder zueinandergefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, we came back together within a day in {k} of %n moment(s) that needed it, as often as in the period before ({k0} of {n0}).</source>
        <translation>
            <numerusform>Mit {person} haben wir in {k} von %n Moment, der eine Wiederannäherung brauchte, innerhalb eines Tages wieder zueinandergefunden, so oft wie in der Zeit davor ({k0} von {n0}).</numerusform>
            <numerusform>Mit {person} haben wir in {k} von %n Momenten, die eine Wiederannäherung brauchten, innerhalb eines Tages wieder zueinandergefunden, so oft wie in der Zeit davor ({k0} von {n0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, we came back together within a day in {k} of %n moment(s) that needed it, down from {k0} of {n0} in the period before.</source>
        <translation>
            <numerusform>Mit {person} haben wir in {k} von %n Moment, der eine Wiederannäherung brauchte, innerhalb eines Tages wieder zueinandergefunden, seltener als in der Zeit davor ({k0} von {n0}).</numerusform>
            <numerusform>Mit {person} haben wir in {k} von %n Momenten, die eine Wiederannäherung brauchten, innerhalb eines Tages wieder zueinandergefunden, seltener als in der Zeit davor ({k0} von {n0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, we came back together within a day in {k} of %n moment(s) that needed it, up from {k0} of {n0} in the period before.</source>
        <translation>
            <numerusform>Mit {person} haben wir in {k} von %n Moment, der eine Wiederannäherung brauchte, innerhalb eines Tages wieder zueinandergefunden, öfter als in der Zeit davor ({k0} von {n0}).</numerusform>
            <numerusform>Mit {person} haben wir in {k} von %n Momenten, die eine Wiederannäherung brauchten, innerhalb eines Tages wieder zueinandergefunden, öfter als in der Zeit davor ({k0} von {n0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, we came back together within a day in {k} of %n moment(s) that needed it.</source>
        <translation>
            <numerusform>Mit {person} haben wir in {k} von %n Moment, der eine Wiederannäherung brauchte, innerhalb eines Tages wieder zueinandergefunden.</numerusform>
            <numerusform>Mit {person} haben wir in {k} von %n Momenten, die eine Wiederannäherung brauchten, innerhalb eines Tages wieder zueinandergefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With {person}, {k} of %n moment(s) that needed repair came to a repair.</source>
        <translation>
            <numerusform>Mit {person} habt ihr in {k} von %n Moment, der eine Wiederannäherung brauchte, wieder zueinandergefunden.</numerusform>
            <numerusform>Mit {person} habt ihr in {k} von %n Momenten, die eine Wiederannäherung brauchten, wieder zueinandergefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>it was not repaired yet</source>
        <translation>ihr habt noch nicht wieder zueinandergefunden</translation>
    </message>
    <message>
        <source>no repair was needed</source>
        <translation>es brauchte keine Wiederannäherung</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message>
        <source>we came back together</source>
        <translation>wir haben wieder zueinandergefunden</translation>
    </message>
    <message>
        <source>we had not come back together yet</source>
        <translation>wir haben noch nicht wieder zueinandergefunden</translation>
    </message>
    <message>
        <source>you came back together</source>
        <translation>ihr habt wieder zueinandergefunden</translation>
    </message>
    <message>
        <source>you did this: “{did}”</source>
        <translation>du hast das getan: „{did}“</translation>
    </message>
    <message>
        <source>you kept checking</source>
        <translation>du hast immer wieder aufs Handy geschaut</translation>
    </message>
    <message>
        <source>you left or distracted yourself</source>
        <translation>du bist weggegangen oder hast dich abgelenkt</translation>
    </message>
    <message>
        <source>you named your need directly</source>
        <translation>du hast dein Bedürfnis direkt ausgesprochen</translation>
    </message>
    <message>
        <source>you paused and calmed yourself first</source>
        <translation>du hast erst innegehalten und dich beruhigt</translation>
    </message>
    <message>
        <source>you pushed away, then pulled back</source>
        <translation>du hast weggestoßen und dann zurückgeholt</translation>
    </message>
    <message>
        <source>you sought reassurance</source>
        <translation>du hast um Bestätigung gebeten</translation>
    </message>
    <message>
        <source>you told yourself “{belief}”</source>
        <translation>du hast dir „{belief}“ gesagt</translation>
    </message>
    <message>
        <source>you went quiet</source>
        <translation>du bist still geworden</translation>
    </message>
    <message>
        <source>{person} criticised</source>
        <translation>{person} hat kritisiert</translation>
    </message>
    <message>
        <source>{person} did this: “{move}”</source>
        <translation>{person} hat das getan: „{move}“</translation>
    </message>
    <message>
        <source>{person} pulled away</source>
        <translation>{person} hat sich zurückgezogen</translation>
    </message>
    <message>
        <source>{person} reached out</source>
        <translation>{person} hat sich gemeldet</translation>
    </message>
    <message>
        <source>{person} reassured me</source>
        <translation>{person} hat mich beruhigt</translation>
    </message>
    <message>
        <source>{person} reassured you</source>
        <translation>{person} hat dich beruhigt</translation>
    </message>
    <message>
        <source>{person} went quiet</source>
        <translation>{person} ist still geworden</translation>
    </message>
    <message>
        <source>{trigger} came up</source>
        <translation>{trigger} kam auf</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>--data-dir is empty, so it names no folder. Give the journal&apos;s folder, or leave --data-dir out to use the usual one. Nothing was changed.</source>
        <translation>--data-dir ist leer und nennt deshalb keinen Ordner. Gib den Ordner des Tagebuchs an, oder lass --data-dir weg, um den üblichen zu nehmen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>A belief needs a few words; nothing was saved.</source>
        <translation>Ein Glaubenssatz braucht ein paar Worte; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A belief or move on this entry no longer exists; please choose again. Nothing was saved.</source>
        <translation>Einen Glaubenssatz oder ein Verhalten in diesem Eintrag gibt es nicht mehr; bitte wähle neu. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>An entry cannot repair itself; choose an earlier moment.</source>
        <translation>Ein Eintrag kann nicht seine eigene Wiederannäherung sein; wähle einen früheren Moment.</translation>
    </message>
    <message>
        <source>Entry {id} does not hold that belief.</source>
        <translation>Eintrag {id} enthält diesen Glaubenssatz nicht.</translation>
    </message>
    <message>
        <source>Entry {id} is in the Trash; restore it first.</source>
        <translation>Eintrag {id} liegt im Papierkorb; stelle ihn zuerst wieder her.</translation>
    </message>
    <message>
        <source>Entry {id} is not linked to a repair.</source>
        <translation>Eintrag {id} ist mit keiner Wiederannäherung verknüpft.</translation>
    </message>
    <message>
        <source>Entry {later} happened before entry {earlier}; a repair comes after the moment it mends.</source>
        <translation>Eintrag {later} war vor Eintrag {earlier}; eine Wiederannäherung kommt nach dem Moment, um den es geht.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>That belief is no longer in this journal.</source>
        <translation>Diesen Glaubenssatz gibt es in deinem Tagebuch nicht mehr.</translation>
    </message>
    <message>
        <source>That move is no longer in this journal.</source>
        <translation>Dieses Verhalten gibt es in deinem Tagebuch nicht mehr.</translation>
    </message>
    <message>
        <source>The belief holds a broken character that cannot be stored; please retype it. Nothing was saved.</source>
        <translation>Der Glaubenssatz enthält ein beschädigtes Zeichen, das sich nicht speichern lässt; bitte tippe ihn neu. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The date {text!r} is outside the years {earliest_year}–{latest_year} this journal accepts.</source>
        <translation>Das Datum {text!r} liegt außerhalb der Jahre {earliest_year}–{latest_year}, die dieses Tagebuch annimmt.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; please choose another place or create it first.</source>
        <translation>Den Ordner {folder} gibt es nicht; bitte wähl einen anderen Ort oder leg ihn zuerst an.</translation>
    </message>
    <message>
        <source>The journal folder {folder} could not be used: {reason}. Nothing was changed.</source>
        <translation>Der Tagebuchordner {folder} ließ sich nicht verwenden: {reason}. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The kinder thought holds a broken character that cannot be stored; please retype it. Nothing was saved.</source>
        <translation>Der freundlichere Gedanke enthält ein beschädigtes Zeichen, das sich nicht speichern lässt; bitte tippe ihn neu. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The start date is after the end date; please swap them.</source>
        <translation>Das Startdatum liegt nach dem Enddatum; bitte tausch die beiden.</translation>
    </message>
    <message>
        <source>The time is empty; write a date like 2026-03-14 or 2026-03-14T21:30.</source>
        <translation>Die Zeit ist leer; schreib ein Datum wie 2026-03-14 oder 2026-03-14T21:30.</translation>
    </message>
    <message>
        <source>There is already a move called “{name}”.</source>
        <translation>„{name}“ steht schon in deiner Liste.</translation>
    </message>
    <message>
        <source>There is no belief “{text}” in this journal yet.</source>
        <translation>Den Glaubenssatz „{text}“ gibt es in deinem Tagebuch noch nicht.</translation>
    </message>
    <message>
        <source>There is no entry {id}.</source>
        <translation>Es gibt keinen Eintrag {id}.</translation>
    </message>
    <message>
        <source>This app may not write in {folder}; please choose another folder.</source>
        <translation>Diese App darf in {folder} nicht schreiben; bitte wähl einen anderen Ordner.</translation>
    </message>
    <message>
        <source>What someone did can be recorded only for a person on the entry; add them to it first. Nothing was saved.</source>
        <translation>Was jemand getan hat, lässt sich nur für eine Person im Eintrag festhalten; füge sie zuerst hinzu. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>You already have the belief “{text}”.</source>
        <translation>Den Glaubenssatz „{text}“ hast du schon.</translation>
    </message>
    <message>
        <source>a backup from its backups folder, or a file outside the journal&apos;s folder</source>
        <translation>eine Sicherung aus seinem Ordner „backups“ oder eine Datei außerhalb des Tagebuchordners</translation>
    </message>
    <message>
        <source>a place outside that folder</source>
        <translation>einen Ort außerhalb dieses Ordners</translation>
    </message>
    <message>
        <source>import from</source>
        <translation>dort nichts importieren</translation>
    </message>
    <message>
        <source>it is your journal itself</source>
        <translation>das ist dein Tagebuch selbst</translation>
    </message>
    <message>
        <source>it would overwrite your journal</source>
        <translation>das würde dein Tagebuch überschreiben</translation>
    </message>
    <message>
        <source>restore from</source>
        <translation>dort nichts wiederherstellen</translation>
    </message>
    <message>
        <source>save a backup copy</source>
        <translation>dort keine Sicherungskopie speichern</translation>
    </message>
    <message>
        <source>save a chart</source>
        <translation>dort kein Diagramm speichern</translation>
    </message>
    <message>
        <source>save an export</source>
        <translation>dort keinen Export speichern</translation>
    </message>
    <message>
        <source>{raw!r} is not a date or time this journal understands; write it like 2026-03-14 or 2026-03-14T21:30 (local time) or 2026-03-14T21:30+01:00.</source>
        <translation>{raw!r} ist kein Datum und keine Zeit, die dieses Tagebuch versteht; schreib es wie 2026-03-14 oder 2026-03-14T21:30 (Ortszeit) oder 2026-03-14T21:30+01:00.</translation>
    </message>
    <message>
        <source>{target} is a folder; please give a file name inside it, such as summary.pdf.</source>
        <translation>{target} ist ein Ordner; bitte gib einen Dateinamen darin an, zum Beispiel zusammenfassung.pdf.</translation>
    </message>
    <message>
        <source>{target} is not a file name; please give a file to write, such as summary.pdf.</source>
        <translation>{target} ist kein Dateiname; bitte gib eine Datei zum Schreiben an, zum Beispiel zusammenfassung.pdf.</translation>
    </message>
    <message>
        <source>{text!r} is not a date; please write it as YYYY-MM-DD, for example 2026-03-14.</source>
        <translation>{text!r} ist kein Datum; bitte schreib es als JJJJ-MM-TT, zum Beispiel 2026-03-14.</translation>
    </message>
    <message>
        <source>{text!r} is not a real calendar date.</source>
        <translation>{text!r} ist kein echtes Kalenderdatum.</translation>
    </message>
    <message>
        <source>{where} is among this app&apos;s own settings ({place}), so this app will not {verb} there. Please choose another place. {safe}</source>
        <translation>{where} liegt bei den eigenen Einstellungen dieser App ({place}), deshalb wird diese App {verb}. Bitte wähl einen anderen Ort. {safe}</translation>
    </message>
    <message>
        <source>{where} is another name for the journal&apos;s file {name} (the same file on disk), so this app will not {verb} there: {harm}. Please choose another file. {safe}</source>
        <translation>{where} ist ein anderer Name für die Tagebuchdatei {name} (dieselbe Datei auf dem Datenträger), deshalb wird diese App {verb}: {harm}. Bitte wähl eine andere Datei. {safe}</translation>
    </message>
    <message>
        <source>{where} is inside the journal&apos;s own folder ({data_dir}), where the journal and its backups live, so this app will not {verb} there. Please choose {instead}. {safe}</source>
        <translation>{where} liegt im eigenen Ordner des Tagebuchs ({data_dir}), wo das Tagebuch und seine Sicherungen liegen, deshalb wird diese App {verb}. Bitte wähl {instead}. {safe}</translation>
    </message>
    <message>
        <source>“{key}” is not in your list of what someone did; choose one of {slugs}, or add it first.</source>
        <translation>„{key}“ steht nicht in deiner Liste, was jemand getan hat; wähle eins von {slugs} oder füge es zuerst hinzu.</translation>
    </message>
    <message>
        <source>“{value}” is not who reached out first; choose me or them.</source>
        <translation>„{value}“ sagt nicht, wer sich zuerst gemeldet hat; wähle me (ich) oder them (die andere Person).</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in this period; nothing earlier to compare with.</source>
        <translation>
            <numerusform>%n Eintrag in diesem Zeitraum; nichts Früheres zum Vergleichen.</numerusform>
            <numerusform>%n Einträge in diesem Zeitraum; nichts Früheres zum Vergleichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in this period; {previous} in {before}.</source>
        <translation>
            <numerusform>%n Eintrag in diesem Zeitraum; {before}: {previous}.</numerusform>
            <numerusform>%n Einträge in diesem Zeitraum; {before}: {previous}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>(Words kept private.)</source>
        <translation>(Die Worte bleiben privat.)</translation>
    </message>
    <message>
        <source>A kinder thought</source>
        <translation>Ein freundlicherer Gedanke</translation>
    </message>
    <message>
        <source>A note from me</source>
        <translation>Eine Notiz von mir</translation>
    </message>
    <message>
        <source>At first</source>
        <translation>Zuerst</translation>
    </message>
    <message>
        <source>Belief</source>
        <translation>Glaubenssatz</translation>
    </message>
    <message>
        <source>Between-session summary</source>
        <translation>Zusammenfassung zwischen den Sitzungen</translation>
    </message>
    <message>
        <source>Came back together</source>
        <translation>Wieder zueinandergefunden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Half within</source>
        <translation>Die Hälfte innerhalb von</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Wie es ausging</translation>
    </message>
    <message>
        <source>How true each belief felt</source>
        <translation>Wie wahr sich jeder Glaubenssatz angefühlt hat</translation>
    </message>
    <message>
        <source>I reached out first</source>
        <translation>Ich habe mich zuerst gemeldet</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>In Zahlen</translation>
    </message>
    <message>
        <source>Lately</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Later, looking back</source>
        <translation>Später, im Rückblick</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momente</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>People can be shown by {modes}; not {mode}.</source>
        <translation>Personen lassen sich so zeigen: {modes}; nicht {mode}.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Prepared by the client with Relationship Patterns Journal</source>
        <translation>Selbst erstellt mit Relationship Patterns Journal</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Erstellt am {date}</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Einschätzungen</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Wiederannäherung</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Wieder zueinandergefunden</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The cycle</source>
        <translation>Der Kreislauf</translation>
    </message>
    <message>
        <source>The page size must be A4 or Letter.</source>
        <translation>Die Seitengröße muss A4 oder Letter sein.</translation>
    </message>
    <message>
        <source>There are no moments with a trigger with the people chosen for the cycle in this period yet.</source>
        <translation>In diesem Zeitraum gibt es mit den für den Kreislauf gewählten Personen noch keine Momente mit Auslöser.</translation>
    </message>
    <message>
        <source>There are no shared moments with a trigger with the people chosen for the cycle in this period yet.</source>
        <translation>In diesem Zeitraum gibt es mit den für den Kreislauf gewählten Personen noch keine geteilten Momente mit Auslöser.</translation>
    </message>
    <message numerus="yes">
        <source>These numbers count all %n entry(s), private ones too.</source>
        <translation>
            <numerusform>Diese Zahlen zählen den einen Eintrag, auch wenn er privat ist.</numerusform>
            <numerusform>Diese Zahlen zählen alle %n Einträge, auch die privaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These numbers count all %n entry(s); the words of private entries are not shown.</source>
        <translation>
            <numerusform>Diese Zahlen zählen den einen Eintrag; die Worte privater Einträge werden nicht gezeigt.</numerusform>
            <numerusform>Diese Zahlen zählen alle %n Einträge; die Worte privater Einträge werden nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>These numbers count all entries, private ones too, and there are none in this period.</source>
        <translation>Diese Zahlen zählen alle Einträge, auch die privaten, und in diesem Zeitraum gibt es keine.</translation>
    </message>
    <message>
        <source>These numbers count only the entries I chose to share, and there are none in this period.</source>
        <translation>Diese Zahlen zählen nur die Einträge, die ich teilen wollte, und in diesem Zeitraum gibt es keine.</translation>
    </message>
    <message>
        <source>These numbers count only the entries you chose to share, and there are none in this period.</source>
        <translation type="vanished">Diese Zahlen zählen nur die Einträge, die du teilen wolltest, und in diesem Zeitraum gibt es keine.</translation>
    </message>
    <message numerus="yes">
        <source>These numbers count the %n entry(s) I chose to share.</source>
        <translation>
            <numerusform>Diese Zahlen zählen den einen Eintrag, den ich teilen wollte.</numerusform>
            <numerusform>Diese Zahlen zählen die %n Einträge, die ich teilen wollte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These numbers count the %n entry(s) you chose to share.</source>
        <translation type="vanished">
            <numerusform>Diese Zahlen zählen den einen Eintrag, den du teilen wolltest.</numerusform>
            <numerusform>Diese Zahlen zählen die %n Einträge, die du teilen wolltest.</numerusform>
        </translation>
    </message>
    <message>
        <source>They reached out first</source>
        <translation>Die andere Person hat sich zuerst gemeldet</translation>
    </message>
    <message>
        <source>Things I&apos;d like to bring up</source>
        <translation>Was ich ansprechen möchte</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Time to repair</source>
        <translation>Zeit bis zur Wiederannäherung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Was ich getan habe</translation>
    </message>
    <message>
        <source>What I did in triggered moments</source>
        <translation>Was ich in Momenten mit Auslöser getan habe</translation>
    </message>
    <message>
        <source>What I told myself</source>
        <translation>Was ich mir gesagt habe</translation>
    </message>
    <message>
        <source>What stands out</source>
        <translation>Was auffällt</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Was die andere Person getan hat</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>With {person}</source>
        <translation>Mit {person}</translation>
    </message>
    <message>
        <source>Within a day</source>
        <translation>Innerhalb eines Tages</translation>
    </message>
    <message>
        <source>a belief kept private</source>
        <translation>ein privat gehaltener Glaubenssatz</translation>
    </message>
    <message>
        <source>after {time}</source>
        <translation>nach {time}</translation>
    </message>
    <message>
        <source>after {time}; I reached out first</source>
        <translation>nach {time}; ich habe mich zuerst gemeldet</translation>
    </message>
    <message>
        <source>after {time}; they reached out first</source>
        <translation>nach {time}; die andere Person hat sich zuerst gemeldet</translation>
    </message>
    <message>
        <source>down {n}</source>
        <translation>{n} weniger</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>up {n}</source>
        <translation>{n} mehr</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{n}%</source>
        <translation>{n}&#xa0;%</translation>
    </message>
    <message>
        <source>{person}: {moves}</source>
        <translation>{person}: {moves}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>{title}, {per}, {start} to {end}: {moments}, what I did noted in {recorded}. Moments of each kind: {responses}. Named a need directly in {named} of {recorded} ({named_share}); repaired fully or partly {repaired} of {answered} that needed it ({repaired_share}).</source>
        <translation>{title}, {per}, {start} bis {end}: {moments}, was ich getan habe, notiert bei {recorded}. Momente jeder Art: {responses}. Bedürfnis direkt ausgesprochen bei {named} von {recorded} ({named_share}); ganz oder teilweise wieder zueinandergefunden bei {repaired} von {answered}, die es brauchten ({repaired_share}).</translation>
    </message>
    <message>
        <source>{weekday} {date}, {time}</source>
        <translation>{weekday}, {date}, {time}</translation>
    </message>
    <message>
        <source>“{belief}”</source>
        <translation>„{belief}“</translation>
    </message>
    <message>
        <source>“{belief}” (later {rerated}%)</source>
        <translation>„{belief}“ (später {rerated}&#xa0;%)</translation>
    </message>
    <message>
        <source>“{belief}” ({strength}%)</source>
        <translation>„{belief}“ ({strength}&#xa0;%)</translation>
    </message>
    <message>
        <source>“{belief}” ({strength}%, later {rerated}%)</source>
        <translation>„{belief}“ ({strength}&#xa0;%, später {rerated}&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <source>Because you tagged {trigger}</source>
        <translation>Weil du {trigger} angekreuzt hast</translation>
    </message>
    <message>
        <source>Because you wrote “{words}”</source>
        <translation>Weil du „{words}“ geschrieben hast</translation>
    </message>
    <message>
        <source>Change and therapy</source>
        <translation>Veränderung und Therapie</translation>
    </message>
    <message>
        <source>Understanding attachment</source>
        <translation>Bindung verstehen</translation>
    </message>
    <message>
        <source>Your patterns</source>
        <translation>Deine Muster</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>&quot;{key}&quot; date</source>
        <translation>„{key}“-Datum</translation>
    </message>
    <message numerus="yes">
        <source>%n empty entry(s) will be skipped.</source>
        <translation>
            <numerusform>%n leerer Eintrag wird übersprungen.</numerusform>
            <numerusform>%n leere Einträge werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to bring up</source>
        <translation>
            <numerusform>%n Sache zum Ansprechen</numerusform>
            <numerusform>%n Sachen zum Ansprechen</numerusform>
        </translation>
    </message>
    <message>
        <source>({count} in the Trash)</source>
        <translation>({count} davon im Papierkorb)</translation>
    </message>
    <message>
        <source>A backup can be restored only into an empty journal, and this one already holds {join}. Please restore into a new journal. Nothing was changed.</source>
        <translation>Eine Sicherung lässt sich nur in ein leeres Tagebuch wiederherstellen, und dieses enthält schon {join}. Bitte stell sie in ein neues Tagebuch wieder her. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>A backup can be restored only into an empty journal, and this one is not empty.</source>
        <translation>Eine Sicherung lässt sich nur in ein leeres Tagebuch wiederherstellen, und dieses ist nicht leer.</translation>
    </message>
    <message>
        <source>A backup from this app keeps its own triggers; tags cannot be mapped. Nothing was imported.</source>
        <translation>Eine Sicherung aus dieser App behält ihre eigenen Auslöser; Schlagwörter lassen sich nicht zuordnen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>A tag is mapped to a new trigger {target}, but a trigger name must have 1 to 80 characters. Nothing was imported.</source>
        <translation>Ein Schlagwort ist einem neuen Auslöser {target} zugeordnet, aber der Name eines Auslösers muss 1 bis 80 Zeichen haben. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>CSV export from this app</source>
        <translation>ein CSV-Export aus dieser App</translation>
    </message>
    <message>
        <source>Day One export</source>
        <translation>ein Day-One-Export</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s) ({skipped} already in the journal were skipped).</source>
        <translation>
            <numerusform>%n Eintrag importiert ({skipped} schon im Tagebuch, übersprungen).</numerusform>
            <numerusform>%n Einträge importiert ({skipped} schon im Tagebuch, übersprungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s).</source>
        <translation>
            <numerusform>%n Eintrag importiert.</numerusform>
            <numerusform>%n Einträge importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>New triggers: {names}.</source>
        <translation>Neue Auslöser: {names}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
    <message>
        <source>The backup cannot be restored: {problem}. Nothing was changed.</source>
        <translation>Die Sicherung lässt sich nicht wiederherstellen: {problem}. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: {where} {problem}. Nothing was changed.</source>
        <translation>Die Sicherung lässt sich nicht wiederherstellen: {where} {problem}. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: {where}: {problem}. Nothing was changed.</source>
        <translation>Die Sicherung lässt sich nicht wiederherstellen: {where}: {problem}. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The tag {tag} you mapped is not in {file}.</source>
        <translation>Das Schlagwort {tag}, das du zugeordnet hast, kommt in {file} nicht vor.</translation>
    </message>
    <message>
        <source>There is no file {path}. {safe}</source>
        <translation>Es gibt keine Datei {path}. {safe}</translation>
    </message>
    <message>
        <source>Which kind of file is {file}? It does not look like one this app can import; if it is, give --format jrnl-json, jrnl-txt, dayone-json, csv or json. {nothing_imported}</source>
        <translation>Was für eine Datei ist {file}? Sie sieht nicht nach einer aus, die diese App importieren kann; wenn doch, gib --format jrnl-json, jrnl-txt, dayone-json, csv oder json an. {nothing_imported}</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a person&apos;s name is empty or holds a broken character</source>
        <translation>der Name einer Person ist leer oder enthält ein kaputtes Zeichen</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>eine Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>an entry&apos;s belief {value} is not in the backup&apos;s &quot;beliefs&quot;</source>
        <translation>der Glaubenssatz {value} eines Eintrags steht nicht in „beliefs“ der Sicherung</translation>
    </message>
    <message>
        <source>an entry&apos;s move {value} is not in the backup&apos;s &quot;moves&quot;</source>
        <translation>das Verhalten {value} eines Eintrags steht nicht in „moves“ der Sicherung</translation>
    </message>
    <message>
        <source>an entry&apos;s person {value} is not in the backup&apos;s &quot;people&quot;</source>
        <translation>die Person {value} eines Eintrags steht nicht in „people“ der Sicherung</translation>
    </message>
    <message>
        <source>an entry&apos;s trigger {value} is not in the backup&apos;s &quot;triggers&quot;</source>
        <translation>der Auslöser {value} eines Eintrags steht nicht in „triggers“ der Sicherung</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>appears more than once (the file was edited or damaged)</source>
        <translation>kommt mehr als einmal vor (die Datei wurde bearbeitet oder ist beschädigt)</translation>
    </message>
    <message>
        <source>backup from this app</source>
        <translation>eine Sicherung aus dieser App</translation>
    </message>
    <message>
        <source>belief {number}</source>
        <translation>Glaubenssatz {number}</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>Eintrag {number}</translation>
    </message>
    <message>
        <source>has a &quot;beliefs&quot; list that is not a list of objects</source>
        <translation>hat eine Liste „beliefs“, die keine Liste von Objekten ist</translation>
    </message>
    <message>
        <source>has a &quot;guidance&quot; list that is not a list of article ids</source>
        <translation>hat eine Liste „guidance“, die keine Liste von Text-IDs ist</translation>
    </message>
    <message>
        <source>has a &quot;moves&quot; list that is not a list of objects</source>
        <translation>hat eine Liste „moves“, die keine Liste von Objekten ist</translation>
    </message>
    <message>
        <source>has a &quot;people&quot; list that is not a list of names</source>
        <translation>hat eine Liste „people“, die keine Liste von Namen ist</translation>
    </message>
    <message>
        <source>has a &quot;reached_first&quot; {value} this app does not know</source>
        <translation>hat ein „reached_first“ {value}, das diese App nicht kennt</translation>
    </message>
    <message>
        <source>has a &quot;responses&quot; list with unknown or repeated responses</source>
        <translation>hat eine Liste „responses“ mit unbekannten oder doppelten Antworten</translation>
    </message>
    <message>
        <source>has a &quot;sort_order&quot; out of range ({value})</source>
        <translation>hat eine „sort_order“ außerhalb des gültigen Bereichs ({value})</translation>
    </message>
    <message>
        <source>has a &quot;triggers&quot; list that is not a list of objects</source>
        <translation>hat eine Liste „triggers“, die keine Liste von Objekten ist</translation>
    </message>
    <message>
        <source>has a &quot;{key}&quot; that is not a uuid</source>
        <translation>hat ein „{key}“, das keine UUID ist</translation>
    </message>
    <message>
        <source>has a &quot;{key}&quot; that is not {kind}</source>
        <translation>hat ein „{key}“, das nicht {kind} ist</translation>
    </message>
    <message>
        <source>has a &quot;{key}&quot; with broken characters (a lone surrogate)</source>
        <translation>hat ein „{key}“ mit kaputten Zeichen (ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>has a bad &quot;{key}&quot; time ({value}); times look like &quot;2026-03-14T20:15:00.000000Z&quot;</source>
        <translation>hat eine ungültige Zeit „{key}“ ({value}); Zeiten sehen so aus: „2026-03-14T20:15:00.000000Z“</translation>
    </message>
    <message>
        <source>has a bad day {value} (days look like 2026-03-14)</source>
        <translation>hat einen ungültigen Tag {value} (Tage sehen so aus: 2026-03-14)</translation>
    </message>
    <message>
        <source>has a colour {value} that is not like #0072B2</source>
        <translation>hat eine Farbe {value}, die nicht wie #0072B2 aussieht</translation>
    </message>
    <message>
        <source>has a move of someone who is not in its &quot;people&quot;</source>
        <translation>hat ein Verhalten von jemandem, der nicht in seinen „people“ steht</translation>
    </message>
    <message>
        <source>has a relationship {value} this app does not know</source>
        <translation>hat eine Beziehung {value}, die diese App nicht kennt</translation>
    </message>
    <message>
        <source>has a repair answer {value} this app does not know</source>
        <translation>hat eine Antwort zur Wiederannäherung {value}, die diese App nicht kennt</translation>
    </message>
    <message>
        <source>has an empty &quot;{key}&quot;</source>
        <translation>hat ein leeres „{key}“</translation>
    </message>
    <message>
        <source>has no &quot;{key}&quot; field</source>
        <translation>hat kein Feld „{key}“</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>it</source>
        <translation>sie</translation>
    </message>
    <message>
        <source>it has no &quot;schema_version&quot;</source>
        <translation>sie hat kein „schema_version“</translation>
    </message>
    <message>
        <source>it has no &quot;schema_version&quot; right after its &quot;format&quot;</source>
        <translation>sie hat kein „schema_version“ direkt nach ihrem „format“</translation>
    </message>
    <message>
        <source>it has no &quot;{key}&quot; list (incomplete or edited)</source>
        <translation>sie hat keine Liste „{key}“ (unvollständig oder bearbeitet)</translation>
    </message>
    <message>
        <source>it starts like UTF-16 text but is damaged</source>
        <translation>sie beginnt wie UTF-16-Text, ist aber beschädigt</translation>
    </message>
    <message>
        <source>its &quot;schema_version&quot; ({value}) is not a version number</source>
        <translation>ihre „schema_version“ ({value}) ist keine Versionsnummer</translation>
    </message>
    <message>
        <source>its &quot;{key}&quot; is not a list</source>
        <translation>ihr „{key}“ ist keine Liste</translation>
    </message>
    <message>
        <source>jrnl JSON export</source>
        <translation>ein jrnl-JSON-Export</translation>
    </message>
    <message>
        <source>jrnl journal file</source>
        <translation>eine jrnl-Tagebuchdatei</translation>
    </message>
    <message>
        <source>move {number}</source>
        <translation>Verhalten {number}</translation>
    </message>
    <message>
        <source>names the same belief twice</source>
        <translation>nennt denselben Glaubenssatz zweimal</translation>
    </message>
    <message>
        <source>names the same move of the same person twice</source>
        <translation>nennt dasselbe Verhalten derselben Person zweimal</translation>
    </message>
    <message>
        <source>names the same trigger or person twice</source>
        <translation>nennt denselben Auslöser oder dieselbe Person zweimal</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>Person {number}</translation>
    </message>
    <message>
        <source>repair link {number}</source>
        <translation>Wiederannäherung {number}</translation>
    </message>
    <message>
        <source>says an entry repaired itself</source>
        <translation>sagt, ein Eintrag habe sich mit sich selbst wieder angenähert</translation>
    </message>
    <message>
        <source>session {number}</source>
        <translation>Sitzung {number}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>the &quot;creationDate&quot; {value} is not a date and time like 2026-03-14T20:30:00Z</source>
        <translation>„creationDate“ {value} ist kein Datum mit Uhrzeit wie 2026-03-14T20:30:00Z</translation>
    </message>
    <message>
        <source>the &quot;tags&quot; field is not a list of tags ({value})</source>
        <translation>das Feld „tags“ ist keine Liste von Schlagwörtern ({value})</translation>
    </message>
    <message>
        <source>the &quot;{column}&quot; column has {value}, which is not an intensity from {low} to {high} or &quot;{not_rated}&quot;</source>
        <translation>in der Spalte „{column}“ steht {value}, und das ist keine Stärke von {low} bis {high} und nicht „{not_rated}“</translation>
    </message>
    <message>
        <source>the &quot;{column}&quot; column has {value}, which this journal does not know</source>
        <translation>in der Spalte „{column}“ steht {value}, und das kennt dieses Tagebuch nicht</translation>
    </message>
    <message>
        <source>the &quot;{key}&quot; field appears twice</source>
        <translation>das Feld „{key}“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>the &quot;{key}&quot; field has broken characters (a lone surrogate)</source>
        <translation>das Feld „{key}“ hat kaputte Zeichen (ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>the &quot;{key}&quot; field is missing</source>
        <translation>das Feld „{key}“ fehlt</translation>
    </message>
    <message>
        <source>the &quot;{key}&quot; field is not text</source>
        <translation>das Feld „{key}“ ist kein Text</translation>
    </message>
    <message>
        <source>the belief {value}</source>
        <translation>der Glaubenssatz {value}</translation>
    </message>
    <message>
        <source>the date {value} is not a date like 2026-03-14</source>
        <translation>das Datum {value} ist kein Datum wie 2026-03-14</translation>
    </message>
    <message>
        <source>the date {value} is not a real date</source>
        <translation>das Datum {value} gibt es nicht</translation>
    </message>
    <message>
        <source>the entry has no date and time</source>
        <translation>der Eintrag hat kein Datum und keine Uhrzeit</translation>
    </message>
    <message>
        <source>the entry uuid {value}</source>
        <translation>die Eintrags-UUID {value}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the move {value}</source>
        <translation>das Verhalten {value}</translation>
    </message>
    <message>
        <source>the person {value}</source>
        <translation>die Person {value}</translation>
    </message>
    <message>
        <source>the question uuid {value}</source>
        <translation>die Fragen-UUID {value}</translation>
    </message>
    <message>
        <source>the question {value} refers to an entry that is not in the backup</source>
        <translation>die Frage {value} verweist auf einen Eintrag, der nicht in der Sicherung ist</translation>
    </message>
    <message>
        <source>the repair of {value} refers to an entry that is not in the backup</source>
        <translation>die Wiederannäherung nach {value} verweist auf einen Eintrag, der nicht in der Sicherung ist</translation>
    </message>
    <message>
        <source>the repaired moment {value}</source>
        <translation>der Moment {value}, nach dem ihr wieder zueinandergefunden habt,</translation>
    </message>
    <message>
        <source>the session uuid {value}</source>
        <translation>die Sitzungs-UUID {value}</translation>
    </message>
    <message>
        <source>the time {value} is not a real time</source>
        <translation>die Uhrzeit {value} gibt es nicht</translation>
    </message>
    <message>
        <source>the time {value} is not a time like 21:30</source>
        <translation>die Uhrzeit {value} ist keine Uhrzeit wie 21:30</translation>
    </message>
    <message>
        <source>the title or text holds a broken character (a lone surrogate) that cannot be stored</source>
        <translation>der Titel oder Text enthält ein kaputtes Zeichen (ein einzelnes Surrogat), das sich nicht speichern lässt</translation>
    </message>
    <message>
        <source>the trigger column {name} is empty or appears twice</source>
        <translation>die Auslöser-Spalte {name} ist leer oder kommt zweimal vor</translation>
    </message>
    <message>
        <source>the trigger name {value}</source>
        <translation>der Auslöser-Name {value}</translation>
    </message>
    <message>
        <source>the trigger {value}</source>
        <translation>der Auslöser {value}</translation>
    </message>
    <message>
        <source>thing to bring up {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <source>this does not start like a jrnl journal (an entry begins with a line like &apos;[2026-03-14 21:30] Title&apos;)</source>
        <translation>das beginnt nicht wie ein jrnl-Tagebuch (ein Eintrag beginnt mit einer Zeile wie &apos;[2026-03-14 21:30] Titel&apos;)</translation>
    </message>
    <message>
        <source>this is not JSON that an export would write</source>
        <translation>das ist kein JSON, wie es ein Export schreiben würde</translation>
    </message>
    <message>
        <source>this is not UTF-8 text (byte 0x{byte}; perhaps it was saved as Latin-1 or Windows-1252). Please save it as UTF-8 and try again</source>
        <translation>das ist kein UTF-8-Text (Byte 0x{byte}; vielleicht wurde die Datei als Latin-1 oder Windows-1252 gespeichert). Bitte speichere sie als UTF-8 und versuch es noch einmal</translation>
    </message>
    <message>
        <source>this is not a CSV export from Relationship Patterns Journal (its first line should be {first},…,{last})</source>
        <translation>das ist kein CSV-Export aus Relationship Patterns Journal (die erste Zeile sollte {first},…,{last} sein)</translation>
    </message>
    <message>
        <source>this is not a Day One JSON export (it has no &quot;entries&quot; list)</source>
        <translation>das ist kein JSON-Export aus Day One (es fehlt die Liste „entries“)</translation>
    </message>
    <message>
        <source>this is not a jrnl JSON export (it has no &quot;entries&quot; list)</source>
        <translation>das ist kein JSON-Export aus jrnl (es fehlt die Liste „entries“)</translation>
    </message>
    <message>
        <source>this is not an entry (not a JSON object)</source>
        <translation>das ist kein Eintrag (kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>this is not valid CSV ({detail})</source>
        <translation>das ist kein gültiges CSV ({detail})</translation>
    </message>
    <message>
        <source>this is not valid JSON ({detail})</source>
        <translation>das ist kein gültiges JSON ({detail})</translation>
    </message>
    <message>
        <source>this row has {cells} cells where the header has {header}</source>
        <translation>diese Zeile hat {cells} Zellen, die Kopfzeile hat {header}</translation>
    </message>
    <message>
        <source>this zip file is damaged or cannot be read ({kind})</source>
        <translation>diese ZIP-Datei ist beschädigt oder lässt sich nicht lesen ({kind})</translation>
    </message>
    <message>
        <source>this zip file is protected with a password; please export it again without one</source>
        <translation>diese ZIP-Datei ist mit einem Passwort geschützt; bitte exportiere sie noch einmal ohne Passwort</translation>
    </message>
    <message>
        <source>this zip holds no Day One JSON export (a Journal.json file)</source>
        <translation>diese ZIP-Datei enthält keinen JSON-Export aus Day One (eine Datei Journal.json)</translation>
    </message>
    <message>
        <source>trigger {number}</source>
        <translation>Auslöser {number}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>what I did or the repair answer is not one this journal knows</source>
        <translation>„was ich getan habe“ oder die Antwort zur Wiederannäherung kennt dieses Tagebuch nicht</translation>
    </message>
    <message>
        <source>{file} changed while it was being restored, so nothing was restored. Please try again.</source>
        <translation>{file} hat sich während der Wiederherstellung geändert, deshalb wurde nichts wiederhergestellt. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>{file} does not end with a line break, as jrnl always writes one: it may have been cut off. Please check the last entry (line {line}) after importing.</source>
        <translation>{file} endet nicht mit einem Zeilenumbruch, obwohl jrnl immer einen schreibt: Die Datei wurde vielleicht abgeschnitten. Bitte sieh dir nach dem Import den letzten Eintrag (Zeile {line}) an.</translation>
    </message>
    <message>
        <source>{file} ends its lines the old Mac way (CR only); they were read as lines.</source>
        <translation>{file} beendet ihre Zeilen auf die alte Mac-Art (nur CR); sie wurden als Zeilen gelesen.</translation>
    </message>
    <message>
        <source>{file} is empty. {nothing_imported}</source>
        <translation>{file} ist leer. {nothing_imported}</translation>
    </message>
    <message>
        <source>{file}, entry {number}</source>
        <translation>{file}, Eintrag {number}</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, Zeile {line}</translation>
    </message>
    <message>
        <source>{fmt!r} is not a format this app imports; choose one of {join}.</source>
        <translation>{fmt!r} ist kein Format, das diese App importiert; wähl eins von {join}.</translation>
    </message>
    <message>
        <source>{item} ({label})</source>
        <translation>{item} ({label})</translation>
    </message>
    <message>
        <source>{member} in {archive}</source>
        <translation>{member} in {archive}</translation>
    </message>
    <message>
        <source>{name!r} is not a time zone this computer knows; give one like Europe/Berlin, America/New_York or UTC. {nothing_imported}</source>
        <translation>{name!r} ist keine Zeitzone, die dieser Computer kennt; gib eine wie Europe/Berlin, America/New_York oder UTC an. {nothing_imported}</translation>
    </message>
    <message>
        <source>{name} ends too early: the backup was cut short (an interrupted copy or a full disk?) and cannot be restored. Nothing was changed.</source>
        <translation>{name} endet zu früh: Die Sicherung wurde abgeschnitten (eine unterbrochene Kopie oder ein voller Datenträger?) und lässt sich nicht wiederherstellen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{name} holds an item too large to be part of a journal backup (near line {line}); it is damaged or not a backup. Nothing was changed.</source>
        <translation>{name} enthält einen Eintrag, der zu groß für eine Tagebuch-Sicherung ist (bei Zeile {line}); die Datei ist beschädigt oder keine Sicherung. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{name} holds more than {value} MB, too much to be a journal export (it may be damaged, or not an export). {safe}</source>
        <translation>{name} enthält mehr als {value} MB, zu viel für einen Tagebuch-Export (die Datei ist vielleicht beschädigt oder kein Export). {safe}</translation>
    </message>
    <message>
        <source>{name} is empty, so it is not a journal backup. Nothing was changed.</source>
        <translation>{name} ist leer und deshalb keine Tagebuch-Sicherung. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{name} is not a JSON file (it is not UTF-8 text), so it is not a journal backup. Nothing was changed.</source>
        <translation>{name} ist keine JSON-Datei (kein UTF-8-Text) und deshalb keine Tagebuch-Sicherung. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{name} is not a JSON file, so it is not a journal backup. Nothing was changed.</source>
        <translation>{name} ist keine JSON-Datei und deshalb keine Tagebuch-Sicherung. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{name} is not a backup made by Relationship Patterns Journal (it is JSON, but not in this app&apos;s backup format). Nothing was changed.</source>
        <translation>{name} ist keine Sicherung aus Relationship Patterns Journal (es ist JSON, aber nicht im Sicherungsformat dieser App). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (near line {line}), so it cannot be restored; it may be damaged or edited by hand. Nothing was changed.</source>
        <translation>{name} ist kein gültiges JSON (bei Zeile {line}) und lässt sich deshalb nicht wiederherstellen; die Datei ist vielleicht beschädigt oder von Hand bearbeitet. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Relationship Patterns Journal (backup format {value}; this version reads format {schema_version}). Please update the app, then restore it. Nothing was changed.</source>
        <translation>{name} wurde von einer neueren Version von Relationship Patterns Journal angelegt (Sicherungsformat {value}; diese Version liest Format {schema_version}). Bitte aktualisier die App und stell die Sicherung dann wieder her. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}). {safe}</source>
        <translation>{path} lässt sich nicht lesen ({reason}). {safe}</translation>
    </message>
    <message>
        <source>{path} is a folder; please choose the exported file. {safe}</source>
        <translation>{path} ist ein Ordner; bitte wähl die exportierte Datei. {safe}</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file; please choose the exported file. {safe}</source>
        <translation>{path} ist {kind}, keine Datei; bitte wähl die exportierte Datei. {safe}</translation>
    </message>
    <message>
        <source>{where}: {problem}. {nothing_imported}</source>
        <translation>{where}: {problem}. {nothing_imported}</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>einmal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n {trigger} moments involved {who}.</source>
        <translation>
            <numerusform>{who}: bei dem einen Moment mit {trigger} dabei.</numerusform>
            <numerusform>{who}: bei allen %n Momenten mit {trigger} dabei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I wrote %n entry(s) {now} and {previous} {before}.</source>
        <translation>
            <numerusform>Ich habe {now} %n Eintrag geschrieben und {previous} {before}.</numerusform>
            <numerusform>Ich habe {now} %n Einträge geschrieben und {previous} {before}.</numerusform>
        </translation>
    </message>
    <message>
        <source>I wrote no entries {before}, so there is nothing to compare with.</source>
        <translation>Ich habe {before} keine Einträge geschrieben, also gibt es nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>In the triggered moments where I noted what I did {now}, I named my need directly in {share}, against {previous} {before}.</source>
        <translation>Bei den Momenten mit Auslöser, in denen ich {now} notiert habe, was ich getan habe, habe ich mein Bedürfnis bei {share} direkt ausgesprochen, gegenüber {previous} {before}.</translation>
    </message>
    <message>
        <source>In the triggered moments where I noted what I did {now}, I named my need directly in {share}.</source>
        <translation>Bei den Momenten mit Auslöser, in denen ich {now} notiert habe, was ich getan habe, habe ich mein Bedürfnis bei {share} direkt ausgesprochen.</translation>
    </message>
    <message>
        <source>In the triggered moments where I noted what I did {now}, I named my need directly in {share}; nothing was noted {before}.</source>
        <translation>Bei den Momenten mit Auslöser, in denen ich {now} notiert habe, was ich getan habe, habe ich mein Bedürfnis bei {share} direkt ausgesprochen; {before} war nichts notiert.</translation>
    </message>
    <message>
        <source>In the triggered moments where you noted what you did {now}, you named your need directly in {share}, against {previous} {before}.</source>
        <translation>Bei den Momenten mit Auslöser, in denen du {now} notiert hast, was du getan hast, hast du dein Bedürfnis bei {share} direkt ausgesprochen, gegenüber {previous} {before}.</translation>
    </message>
    <message>
        <source>In the triggered moments where you noted what you did {now}, you named your need directly in {share}.</source>
        <translation>Bei den Momenten mit Auslöser, in denen du {now} notiert hast, was du getan hast, hast du dein Bedürfnis bei {share} direkt ausgesprochen.</translation>
    </message>
    <message>
        <source>In the triggered moments where you noted what you did {now}, you named your need directly in {share}; nothing was noted {before}.</source>
        <translation>Bei den Momenten mit Auslöser, in denen du {now} notiert hast, was du getan hast, hast du dein Bedürfnis bei {share} direkt ausgesprochen; {before} war nichts notiert.</translation>
    </message>
    <message numerus="yes">
        <source>Most {trigger} moments involved {who} ({top} of %n).</source>
        <translation>
            <numerusform>An den meisten Momenten mit {trigger} war {who} beteiligt ({top} von %n).</numerusform>
            <numerusform>An den meisten Momenten mit {trigger} war {who} beteiligt ({top} von %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most {trigger} moments involved {who}, {top} each (of %n).</source>
        <translation>
            <numerusform>An den meisten Momenten mit {trigger} waren {who} beteiligt, jeweils {top} (von %n).</numerusform>
            <numerusform>An den meisten Momenten mit {trigger} waren {who} beteiligt, jeweils {top} (von %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>My journal began on {date}, partway through the period before, so the two periods are not compared.</source>
        <translation>Mein Tagebuch beginnt am {date}, mitten im Zeitraum davor, also werden die beiden Zeiträume nicht verglichen.</translation>
    </message>
    <message>
        <source>My journal began on {date}, within this period, so there is nothing earlier to compare with.</source>
        <translation>Mein Tagebuch beginnt am {date}, innerhalb dieses Zeitraums, also gibt es nichts Früheres zum Vergleichen.</translation>
    </message>
    <message>
        <source>Nothing is noted yet about what I did in these triggered moments, or whether we came back together afterwards.</source>
        <translation>Noch ist nichts darüber notiert, was ich in diesen Momenten mit Auslöser getan habe und ob wir danach wieder zueinandergefunden haben.</translation>
    </message>
    <message>
        <source>Nothing is noted yet about what you did in these triggered moments. Ticking what you did, and whether there was repair, lets this show how it changes over time.</source>
        <translation>Noch ist nichts darüber notiert, was du in diesen Momenten mit Auslöser getan hast. Wenn du ankreuzt, was du getan hast und ob ihr wieder zueinandergefunden habt, zeigt sich hier, wie es sich mit der Zeit verändert.</translation>
    </message>
    <message>
        <source>Of the moments that needed repair {now}, we came back together fully or partly in {share}, against {previous} {before}.</source>
        <translation>Von den Momenten, die {now} eine Wiederannäherung brauchten, haben wir bei {share} ganz oder teilweise wieder zueinandergefunden, gegenüber {previous} {before}.</translation>
    </message>
    <message>
        <source>Of the moments that needed repair {now}, we came back together fully or partly in {share}.</source>
        <translation>Von den Momenten, die {now} eine Wiederannäherung brauchten, haben wir bei {share} ganz oder teilweise wieder zueinandergefunden.</translation>
    </message>
    <message>
        <source>Of the moments that needed repair {now}, {share} were repaired fully or partly, against {previous} {before}.</source>
        <translation>Von den Momenten, die {now} eine Wiederannäherung brauchten, habt ihr bei {share} ganz oder teilweise wieder zueinandergefunden, gegenüber {previous} {before}.</translation>
    </message>
    <message>
        <source>Of the moments that needed repair {now}, {share} were repaired fully or partly.</source>
        <translation>Von den Momenten, die {now} eine Wiederannäherung brauchten, habt ihr bei {share} ganz oder teilweise wieder zueinandergefunden.</translation>
    </message>
    <message>
        <source>Repair was not noted for any moment that needed it {now}, so there is no repair share yet.</source>
        <translation>Bei keinem Moment, der {now} eine Wiederannäherung brauchte, ist notiert, wie es ausging, also gibt es noch keinen Anteil dafür.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n shared entry(s) {now} and {previous} {before}.</source>
        <translation>
            <numerusform>Es gibt {now} %n geteilten Eintrag und {previous} {before}.</numerusform>
            <numerusform>Es gibt {now} %n geteilte Einträge und {previous} {before}.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no entries {now}, so there are no patterns to show yet.</source>
        <translation>Es gibt {now} keine Einträge, also noch keine Muster zu zeigen.</translation>
    </message>
    <message>
        <source>There are no shared entries {before}, so there is nothing to compare with.</source>
        <translation>Es gibt {before} keine geteilten Einträge, also nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>There are no shared entries {now}, so there are no patterns to show yet.</source>
        <translation>Es gibt {now} keine geteilten Einträge, also noch keine Muster zu zeigen.</translation>
    </message>
    <message numerus="yes">
        <source>There are only %n entry(s) {now}, so these are early glimpses, not trends.</source>
        <translation>
            <numerusform>Es gibt {now} erst einen Eintrag, also sind das erste Eindrücke, keine Trends.</numerusform>
            <numerusform>Es gibt {now} erst %n Einträge, also sind das erste Eindrücke, keine Trends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are only %n shared entry(s) {now}, so these are early glimpses, not trends.</source>
        <translation>
            <numerusform>Es gibt {now} erst einen geteilten Eintrag, also sind das erste Eindrücke, keine Trends.</numerusform>
            <numerusform>Es gibt {now} erst %n geteilte Einträge, also sind das erste Eindrücke, keine Trends.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing earlier to compare with: this period starts with my first entry.</source>
        <translation>Es gibt nichts Früheres zum Vergleichen: Dieser Zeitraum beginnt mit meinem ersten Eintrag.</translation>
    </message>
    <message>
        <source>There is nothing earlier to compare with: this period starts with your first entry.</source>
        <translation>Es gibt nichts Früheres zum Vergleichen: Dieser Zeitraum beginnt mit deinem ersten Eintrag.</translation>
    </message>
    <message numerus="yes">
        <source>These came up together in %n entry(s) each: {pairs}.</source>
        <translation>
            <numerusform>Diese kamen in je %n Eintrag zusammen vor: {pairs}.</numerusform>
            <numerusform>Diese kamen in je %n Einträgen zusammen vor: {pairs}.</numerusform>
        </translation>
    </message>
    <message>
        <source>What I did was not noted in any triggered moment {now}, so there is no share for naming a need yet.</source>
        <translation>Was ich getan habe, ist {now} bei keinem Moment mit Auslöser notiert, also gibt es noch keinen Anteil für ausgesprochene Bedürfnisse.</translation>
    </message>
    <message>
        <source>What you did was not noted in any triggered moment {now}, so there is no share for naming a need yet.</source>
        <translation>Was du getan hast, ist {now} bei keinem Moment mit Auslöser notiert, also gibt es noch keinen Anteil für ausgesprochene Bedürfnisse.</translation>
    </message>
    <message numerus="yes">
        <source>You wrote %n entry(s) {now} and {previous} {before}.</source>
        <translation>
            <numerusform>Du hast {now} %n Eintrag geschrieben und {previous} {before}.</numerusform>
            <numerusform>Du hast {now} %n Einträge geschrieben und {previous} {before}.</numerusform>
        </translation>
    </message>
    <message>
        <source>You wrote no entries {before}, so there is nothing to compare with.</source>
        <translation>Du hast {before} keine Einträge geschrieben, also gibt es nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>Your journal began on {date}, partway through the period before, so the two periods are not compared.</source>
        <translation>Dein Tagebuch beginnt am {date}, mitten im Zeitraum davor, also werden die beiden Zeiträume nicht verglichen.</translation>
    </message>
    <message>
        <source>Your journal began on {date}, within this period, so there is nothing earlier to compare with.</source>
        <translation>Dein Tagebuch beginnt am {date}, innerhalb dieses Zeitraums, also gibt es nichts Früheres zum Vergleichen.</translation>
    </message>
    <message>
        <source>in the 12 months before</source>
        <translation>in den 12 Monaten davor</translation>
    </message>
    <message>
        <source>in the 3 months before</source>
        <translation>in den 3 Monaten davor</translation>
    </message>
    <message>
        <source>in the 4 weeks before</source>
        <translation>in den 4 Wochen davor</translation>
    </message>
    <message>
        <source>in the last 12 months</source>
        <translation>in den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>in the last 3 months</source>
        <translation>in den letzten 3 Monaten</translation>
    </message>
    <message>
        <source>in the last 4 weeks</source>
        <translation>in den letzten 4 Wochen</translation>
    </message>
    <message>
        <source>in the period before</source>
        <translation>im Zeitraum davor</translation>
    </message>
    <message>
        <source>in this period</source>
        <translation>in diesem Zeitraum</translation>
    </message>
    <message>
        <source>the 12 months before</source>
        <translation>12 Monate davor</translation>
    </message>
    <message>
        <source>the 3 months before</source>
        <translation>3 Monate davor</translation>
    </message>
    <message>
        <source>the 4 weeks before</source>
        <translation>4 Wochen davor</translation>
    </message>
    <message>
        <source>the period before</source>
        <translation>Zeitraum davor</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message numerus="yes">
        <source>{first} and {second} came up together in %n entry(s).</source>
        <translation>
            <numerusform>{first} und {second} kamen in %n Eintrag zusammen vor.</numerusform>
            <numerusform>{first} und {second} kamen in %n Einträgen zusammen vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} with {second}</source>
        <translation>{first} mit {second}</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <source>{name} came up in {share} {now}, against {previous} {before}.</source>
        <translation>{name} kam {now} in {share} vor, gegenüber {previous} {before}.</translation>
    </message>
    <message numerus="yes">
        <source>{name} came up in {share} {now}, and in none of the %n entry(s) {before}.</source>
        <translation>
            <numerusform>{name} kam {now} in {share} vor und {before} nicht in dem einen Eintrag.</numerusform>
            <numerusform>{name} kam {now} in {share} vor und {before} in keinem der %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} came up {times} {now}, and not at all {before}.</source>
        <translation>{name} kam {now} {times} vor und {before} gar nicht.</translation>
    </message>
    <message>
        <source>{name} came up {times} {now}, down from {previous} {before}.</source>
        <translation>{name} kam {now} {times} vor, seltener als {before} ({previous}-mal).</translation>
    </message>
    <message>
        <source>{name} came up {times} {now}, the same as {before}.</source>
        <translation>{name} kam {now} {times} vor, genauso oft wie {before}.</translation>
    </message>
    <message>
        <source>{name} came up {times} {now}, up from {previous} {before}.</source>
        <translation>{name} kam {now} {times} vor, öfter als {before} ({previous}-mal).</translation>
    </message>
    <message>
        <source>{name} came up {times} {now}.</source>
        <translation>{name} kam {now} {times} vor.</translation>
    </message>
    <message>
        <source>{name} did not come up {now}; it came up in {share} {before}.</source>
        <translation>{name} kam {now} nicht vor, {before} dagegen in {share}.</translation>
    </message>
    <message>
        <source>{name} did not come up {now}; it came up {times} {before}.</source>
        <translation>{name} kam {now} nicht vor, {before} dagegen {times}.</translation>
    </message>
    <message>
        <source>{name} moments felt less intense on average: {now}, down from {before}.</source>
        <translation>Momente mit {name} fühlten sich im Durchschnitt schwächer an: {now} statt {before}.</translation>
    </message>
    <message>
        <source>{name} moments felt more intense on average: {now}, up from {before}.</source>
        <translation>Momente mit {name} fühlten sich im Durchschnitt stärker an: {now} statt {before}.</translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n entry(s) ({percent}%)</source>
        <translation>
            <numerusform>{n} von %n Eintrag ({percent}&#xa0;%)</numerusform>
            <numerusform>{n} von %n Einträgen ({percent}&#xa0;%)</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total} ({percent}%)</source>
        <translation>{n} von {total} ({percent}&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>A trigger or person on this entry no longer exists; please choose again.</source>
        <translation>Ein Auslöser oder eine Person dieses Eintrags existiert nicht mehr; bitte wähl noch einmal.</translation>
    </message>
    <message>
        <source>That is not the id of a guidance article.</source>
        <translation>Das ist nicht die Kennung eines Textes aus der Bibliothek.</translation>
    </message>
    <message>
        <source>That person is no longer in this journal.</source>
        <translation>Diese Person ist nicht mehr in diesem Tagebuch.</translation>
    </message>
    <message>
        <source>That trigger no longer exists.</source>
        <translation>Diesen Auslöser gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The calendar shows at most {month_view_max_days} days at a time.</source>
        <translation>Der Kalender zeigt höchstens {month_view_max_days} Tage auf einmal.</translation>
    </message>
    <message>
        <source>The entry needs a date and time. Nothing was saved.</source>
        <translation>Der Eintrag braucht ein Datum und eine Uhrzeit. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The name holds a broken character that cannot be stored; please retype it.</source>
        <translation>Der Name enthält ein kaputtes Zeichen, das sich nicht speichern lässt; bitte gib ihn neu ein.</translation>
    </message>
    <message>
        <source>The name is empty; please write one.</source>
        <translation>Der Name ist leer; bitte schreib einen hinein.</translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation>Die Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>The start date is after the end date; please swap them.</source>
        <translation>Das Startdatum liegt nach dem Enddatum; bitte tausch sie.</translation>
    </message>
    <message>
        <source>The trigger needs a name.</source>
        <translation>Der Auslöser braucht einen Namen.</translation>
    </message>
    <message>
        <source>The {what} holds a broken character (U+{ord:04X}, at character {value:,}) that cannot be stored. Please delete or retype it; nothing was saved.</source>
        <translation>Das Feld „{what}“ enthält ein kaputtes Zeichen (U+{ord:04X}, an Stelle {value:,}), das sich nicht speichern lässt. Bitte lösch es oder gib es neu ein; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The {what} name holds a broken character that cannot be stored; please retype it.</source>
        <translation type="vanished">Der Name ({what}) enthält ein kaputtes Zeichen, das sich nicht speichern lässt; bitte gib ihn neu ein.</translation>
    </message>
    <message>
        <source>The {what} needs a name.</source>
        <translation type="vanished">Es fehlt ein Name ({what}).</translation>
    </message>
    <message>
        <source>There is already a trigger called {name!r}.</source>
        <translation>Es gibt schon einen Auslöser namens {name!r}.</translation>
    </message>
    <message>
        <source>There is already someone called {name!r}.</source>
        <translation>Es gibt schon jemanden namens {name!r}.</translation>
    </message>
    <message>
        <source>There is no entry {entry_id}.</source>
        <translation>Es gibt keinen Eintrag {entry_id}.</translation>
    </message>
    <message>
        <source>There is nobody called {name!r} in this journal yet.</source>
        <translation>In diesem Tagebuch gibt es noch niemanden namens {name!r}.</translation>
    </message>
    <message>
        <source>This entry no longer exists (it may have been emptied from the Trash).</source>
        <translation>Diesen Eintrag gibt es nicht mehr (vielleicht wurde er aus dem Papierkorb gelöscht).</translation>
    </message>
    <message>
        <source>What they did needs a name.</source>
        <translation>Das Verhalten braucht einen Namen.</translation>
    </message>
    <message>
        <source>{colour!r} is not a colour like #0072B2.</source>
        <translation>{colour!r} ist keine Farbe wie #0072B2.</translation>
    </message>
    <message>
        <source>{relationship!r} is not a relationship type.</source>
        <translation>{relationship!r} ist keine Art von Beziehung.</translation>
    </message>
    <message>
        <source>{relationship!r} is not a relationship type; choose one of {join}.</source>
        <translation>{relationship!r} ist keine Art von Beziehung; wähl eine von {join}.</translation>
    </message>
    <message>
        <source>{repair!r} is not a repair answer; choose from {join}.</source>
        <translation>{repair!r} ist keine Antwort zur Wiederannäherung; wähl aus {join}.</translation>
    </message>
    <message>
        <source>{value!r} is not a response this journal knows; choose from {join}.</source>
        <translation>{value!r} gehört nicht zu dem, was dieses Tagebuch als dein Tun kennt; wähl aus {join}.</translation>
    </message>
</context>
<context>
    <name>json_backup</name>
    <message>
        <source>A stored time ({stored!r}) is damaged; the backup was not written.</source>
        <translation>Eine gespeicherte Zeit ({stored!r}) ist beschädigt; die Sicherung wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Please shorten it; nothing was saved.</source>
        <translation>Bitte kürze das; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>how true the belief felt is {value}; it is a whole number from {low} to {high} (per cent)</source>
        <translation>wie wahr sich der Glaubenssatz angefühlt hat, ist {value}; es ist eine ganze Zahl von {low} bis {high} (Prozent)</translation>
    </message>
    <message>
        <source>session&apos;s day</source>
        <translation>Tag der Sitzung</translation>
    </message>
    <message>
        <source>the belief is {length} characters long; beliefs can be up to {limit}</source>
        <translation>der Glaubenssatz ist {length} Zeichen lang; Glaubenssätze können bis zu {limit} lang sein</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>das Datum fehlt</translation>
    </message>
    <message>
        <source>the intensity is {value}; intensities are whole numbers from {low} to {high}</source>
        <translation>die Stärke ist {value}; Stärken sind ganze Zahlen von {low} bis {high}</translation>
    </message>
    <message>
        <source>the intensity of {trigger} is {value}; intensities are whole numbers from {low} to {high}</source>
        <translation>die Stärke von {trigger} ist {value}; Stärken sind ganze Zahlen von {low} bis {high}</translation>
    </message>
    <message>
        <source>the kinder thought is {length} characters long; kinder thoughts can be up to {limit}</source>
        <translation>der freundlichere Gedanke ist {length} Zeichen lang; freundlichere Gedanken können bis zu {limit} lang sein</translation>
    </message>
    <message>
        <source>the name is {length} characters long; names can be up to {limit}</source>
        <translation>der Name ist {length} Zeichen lang; Namen können bis zu {limit} lang sein</translation>
    </message>
    <message>
        <source>the person&apos;s name is {length} characters long; names can be up to {limit}</source>
        <translation>der Name der Person ist {length} Zeichen lang; Namen können bis zu {limit} lang sein</translation>
    </message>
    <message>
        <source>the session note is {length} characters long; session notes can be up to {limit}</source>
        <translation>die Notiz zur Sitzung ist {length} Zeichen lang; Notizen zu Sitzungen können bis zu {limit} lang sein</translation>
    </message>
    <message>
        <source>the text is {length} characters long; an entry&apos;s text can be up to {limit} (please split it into two entries; nothing was cut)</source>
        <translation>der Text ist {length} Zeichen lang; der Text eines Eintrags kann bis zu {limit} lang sein (bitte teil ihn auf zwei Einträge auf; es wurde nichts abgeschnitten)</translation>
    </message>
    <message>
        <source>the thing to bring up is {length} characters long; things to bring up can be up to {limit}</source>
        <translation>der Punkt zum Ansprechen ist {length} Zeichen lang; Punkte zum Ansprechen können bis zu {limit} lang sein</translation>
    </message>
    <message>
        <source>the title is {length} characters long; titles can be up to {limit}</source>
        <translation>der Titel ist {length} Zeichen lang; Titel können bis zu {limit} lang sein</translation>
    </message>
    <message>
        <source>the trigger&apos;s description is {length} characters long; descriptions can be up to {limit}</source>
        <translation>die Beschreibung des Auslösers ist {length} Zeichen lang; Beschreibungen können bis zu {limit} lang sein</translation>
    </message>
    <message>
        <source>the trigger&apos;s name is {length} characters long; names can be up to {limit}</source>
        <translation>der Name des Auslösers ist {length} Zeichen lang; Namen können bis zu {limit} lang sein</translation>
    </message>
    <message>
        <source>the uuid {value} is not a UUID (uuids look like 0f8fad5b-d9cb-469f-a165-70867728950e)</source>
        <translation>die UUID {value} ist keine UUID (UUIDs sehen aus wie 0f8fad5b-d9cb-469f-a165-70867728950e)</translation>
    </message>
    <message>
        <source>the {what} is missing</source>
        <translation>„{what}“ fehlt</translation>
    </message>
    <message>
        <source>the {what} is {length} characters long; {plural} can be up to {limit}</source>
        <translation>„{what}“ ist {length} Zeichen lang; „{plural}“ können bis zu {limit} lang sein</translation>
    </message>
    <message>
        <source>the {what} {day} is outside the dates this journal holds ({range})</source>
        <translation>{what} {day} liegt außerhalb der Daten, die dieses Tagebuch aufnimmt ({range})</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Archived triggers stay on the entries that already have them.</source>
        <translation>Archivierte Auslöser bleiben bei den Einträgen, die sie schon haben.</translation>
    </message>
    <message>
        <source>Built-in triggers can be hidden, not deleted; old entries keep them.</source>
        <translation>Eingebaute Auslöser lassen sich ausblenden, nicht löschen; alte Einträge behalten sie.</translation>
    </message>
    <message>
        <source>Choose an entry on the left, or press Ctrl+N to write a new one.</source>
        <translation>Wähl links einen Eintrag, oder drück Strg+N, um einen neuen zu schreiben.</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollege/Kollegin</translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation>Eigene Daten…</translation>
    </message>
    <message>
        <source>Delete the entry in the Trash for good?

This cannot be undone. Its words are erased from the journal file and its search index. Backups made before now still hold them until newer backups replace them.</source>
        <translation>Den Eintrag im Papierkorb endgültig löschen?

Das lässt sich nicht rückgängig machen. Seine Worte werden aus der Tagebuch-Datei und ihrem Suchindex gelöscht. Sicherungen, die vor jetzt angelegt wurden, enthalten sie noch, bis neuere Sicherungen sie ersetzen.</translation>
    </message>
    <message>
        <source>Delete the {n} entries in the Trash for good?

This cannot be undone. Their words are erased from the journal file and its search index. Backups made before now still hold them until newer backups replace them.</source>
        <translation>Die {n} Einträge im Papierkorb endgültig löschen?

Das lässt sich nicht rückgängig machen. Ihre Worte werden aus der Tagebuch-Datei und ihrem Suchindex gelöscht. Sicherungen, die vor jetzt angelegt wurden, enthalten sie noch, bis neuere Sicherungen sie ersetzen.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freund/in</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>If the journal file is damaged, the newest backup that opens with this passphrase can take its place.

The current file is kept beside it (named journal-damaged-…), so nothing is deleted. Continue?</source>
        <translation>Wenn die Tagebuch-Datei beschädigt ist, kann die neueste Sicherung, die sich mit dieser Passphrase öffnen lässt, ihren Platz einnehmen.

Die aktuelle Datei bleibt daneben erhalten (mit dem Namen journal-damaged-…), es wird also nichts gelöscht. Weiter?</translation>
    </message>
    <message>
        <source>Intensity {value} is not a whole number from 0 to 10.</source>
        <translation>Die Stärke {value} ist keine ganze Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <source>Kept checking (phone, messages)</source>
        <translation>Immer wieder aufs Handy geschaut</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Left, or distracted myself</source>
        <translation>Weggegangen oder mich abgelenkt</translation>
    </message>
    <message>
        <source>Moved to the Trash. You can restore it from Trash in the Journal menu.</source>
        <translation>In den Papierkorb gelegt. Du kannst ihn über Papierkorb im Menü Tagebuch wiederherstellen.</translation>
    </message>
    <message>
        <source>Named my need directly</source>
        <translation>Mein Bedürfnis direkt ausgesprochen</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Not saved: {reason} Your text is still here; saving will try again.</source>
        <translation>Nicht gespeichert: {reason} Dein Text ist noch da; das Speichern wird noch einmal versucht.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words, or clear the filters.</source>
        <translation>Nichts passt. Versuch es mit weniger Worten, oder nimm die Filter weg.</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Noch nichts geschrieben</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elternteil</translation>
    </message>
    <message>
        <source>Part of your journal file could not be read back: it looks damaged (a disk problem can do this). You can keep going, or put the newest backup that opens in its place; the damaged file is kept aside.</source>
        <translation>Ein Teil deiner Tagebuch-Datei ließ sich nicht wieder lesen: Sie scheint beschädigt zu sein (ein Problem mit dem Datenträger kann das verursachen). Du kannst weitermachen, oder die neueste Sicherung, die sich öffnen lässt, an ihre Stelle setzen; die beschädigte Datei wird beiseitegelegt.</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner/in</translation>
    </message>
    <message>
        <source>Paused and calmed myself first</source>
        <translation>Erst innegehalten und mich beruhigt</translation>
    </message>
    <message>
        <source>Please choose a passphrase, or tick “Start without a passphrase”.</source>
        <translation>Bitte wähl eine Passphrase, oder kreuz „Ohne Passphrase beginnen“ an.</translation>
    </message>
    <message>
        <source>Pushed away, then pulled back</source>
        <translation>Weggestoßen, dann zurückgeholt</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Sought reassurance</source>
        <translation>Um Bestätigung gebeten</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>That passphrase did not open this journal. Please check it and try again (capital letters and spaces count). Nothing was changed. If you are certain it is right, the start of the file may be damaged: keep the folder as it is before trying a backup.</source>
        <translation>Mit dieser Passphrase ließ sich das Tagebuch nicht öffnen. Bitte prüf sie und versuch es noch einmal (Groß- und Kleinschreibung und Leerzeichen zählen). Es wurde nichts verändert. Wenn du sicher bist, dass sie stimmt, ist vielleicht der Anfang der Datei beschädigt: Lass den Ordner, wie er ist, bevor du eine Sicherung versuchst.</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>The backup was encrypted; the restored journal has no passphrase, like your journal before.</source>
        <translation>Die Sicherung war verschlüsselt; das wiederhergestellte Tagebuch hat keine Passphrase, wie dein Tagebuch vorher.</translation>
    </message>
    <message>
        <source>The backup was made with another passphrase; the restored journal opens with your current one.</source>
        <translation>Die Sicherung wurde mit einer anderen Passphrase angelegt; das wiederhergestellte Tagebuch öffnet sich mit deiner aktuellen.</translation>
    </message>
    <message>
        <source>The backup was not encrypted; the restored journal is encrypted with your current passphrase.</source>
        <translation>Die Sicherung war nicht verschlüsselt; das wiederhergestellte Tagebuch ist mit deiner aktuellen Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>The disk is full, so the journal could not be opened. Free some space on it and try again. Nothing was lost, and nothing was changed.</source>
        <translation>Der Datenträger ist voll, deshalb ließ sich das Tagebuch nicht öffnen. Mach etwas Platz frei und versuch es noch einmal. Es ging nichts verloren, und es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The journal could not be saved because the disk is full. Free some space on it and try again. Your journal is unchanged.</source>
        <translation>Das Tagebuch konnte nicht gespeichert werden, weil der Datenträger voll ist. Mach etwas Platz frei und versuch es noch einmal. Dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>The journal could not be saved or read because {reason}. Your journal is unchanged.</source>
        <translation>Das Tagebuch konnte nicht gespeichert oder gelesen werden, weil {reason}. Dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>The journal folder {path} can be read by other people on this computer, and it could not be made private (it is not yours to change). Move the journal to a folder of your own.</source>
        <translation>Den Tagebuch-Ordner {path} können andere Menschen an diesem Computer lesen, und er ließ sich nicht privat machen (du darfst ihn nicht ändern). Leg das Tagebuch in einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>The journal is copied under the new passphrase, checked, and only then put in place; a backup is made first. Nobody can recover a forgotten passphrase.</source>
        <translation>Das Tagebuch wird unter der neuen Passphrase kopiert, geprüft und erst dann an seinen Platz gesetzt; vorher wird eine Sicherung angelegt. Niemand kann eine vergessene Passphrase wiederherstellen.</translation>
    </message>
    <message>
        <source>The journal was not locked, because the entry you are writing could not be saved. {reason}</source>
        <translation>Das Tagebuch wurde nicht gesperrt, weil der Eintrag, den du gerade schreibst, nicht gespeichert werden konnte. {reason}</translation>
    </message>
    <message>
        <source>The journal {path} could not be opened: its folder is read-only here, and its newest changes can only be read where the folder can be written. Copy the whole folder somewhere you can write, and open it there. Nothing was changed.</source>
        <translation>Das Tagebuch {path} ließ sich nicht öffnen: Sein Ordner ist hier schreibgeschützt, und seine neuesten Änderungen lassen sich nur lesen, wo der Ordner beschreibbar ist. Kopier den ganzen Ordner an einen Ort, an dem du schreiben kannst, und öffne es dort. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The passphrase is right, but part of the journal file {path} could not be read: it looks damaged (a disk problem can do this). Nothing was changed. Keep the folder as it is; the newest backup can take the file&apos;s place, and the damaged file is kept aside.</source>
        <translation>Die Passphrase stimmt, aber ein Teil der Tagebuchdatei {path} ließ sich nicht lesen: Sie sieht beschädigt aus (das kann ein Problem mit dem Datenträger verursachen). Es wurde nichts verändert. Lass den Ordner, wie er ist; die neueste Sicherung kann an die Stelle der Datei treten, und die beschädigte Datei wird beiseitegelegt.</translation>
    </message>
    <message>
        <source>The passphrase was changed, but the journal could not be opened again right away: {reason} Your journal is safe; open it with the new passphrase.</source>
        <translation>Die Passphrase wurde geändert, aber das Tagebuch ließ sich nicht gleich wieder öffnen: {reason} Dein Tagebuch ist sicher; öffne es mit der neuen Passphrase.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: {reason} Your journal still opens with the old passphrase.</source>
        <translation>Die Passphrase wurde nicht geändert: {reason} Dein Tagebuch öffnet sich weiter mit der alten Passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Die beiden Passphrasen sind nicht gleich. Bitte gib sie noch einmal ein.</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapeut/in</translation>
    </message>
    <message>
        <source>There is no journal in {path} yet. Start the app once, or run `journal-app init`, to create one.</source>
        <translation>In {path} gibt es noch kein Tagebuch. Starte die App einmal oder führ `journal-app init` aus, um eins anzulegen.</translation>
    </message>
    <message>
        <source>There is no trigger called {name}. Known triggers: {known}.</source>
        <translation>Es gibt keinen Auslöser namens {name}. Bekannte Auslöser: {known}.</translation>
    </message>
    <message>
        <source>They did</source>
        <translation>Die andere Person</translation>
    </message>
    <message>
        <source>This journal is locked: set JOURNAL_APP_PASSPHRASE or run in a terminal to type the passphrase.</source>
        <translation>Dieses Tagebuch ist gesperrt: Setz JOURNAL_APP_PASSPHRASE oder starte es in einem Terminal, um die Passphrase einzugeben.</translation>
    </message>
    <message>
        <source>This journal is read-only here (its folder cannot be written), so you can read it but nothing can be saved. Nothing in it was changed.</source>
        <translation>Dieses Tagebuch lässt sich hier nur lesen (sein Ordner ist nicht beschreibbar), du kannst es also lesen, aber nichts speichern. Nichts darin wurde verändert.</translation>
    </message>
    <message>
        <source>This journal is read-only here: its folder cannot be written, so nothing can be saved. Your journal is unchanged; open it from a folder you can write to make changes.</source>
        <translation>Dieses Tagebuch ist hier schreibgeschützt: Sein Ordner ist nicht beschreibbar, deshalb lässt sich nichts speichern. Dein Tagebuch ist unverändert; öffne es aus einem Ordner, in dem du schreiben kannst, um etwas zu ändern.</translation>
    </message>
    <message>
        <source>To start without a passphrase, please tick the box that says you understand who could read your journal.</source>
        <translation>Um ohne Passphrase zu beginnen, kreuz bitte das Kästchen an, das sagt, dass du verstehst, wer dein Tagebuch lesen könnte.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {reason} Your journal is open and unchanged.</source>
        <translation>Die heutige Sicherung konnte nicht angelegt werden: {reason} Dein Tagebuch ist geöffnet und unverändert.</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Went quiet or shut down</source>
        <translation>Still geworden oder dichtgemacht</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who can open your files (or a copy of them) could read your journal.</source>
        <translation>Ohne Passphrase kann jeder, der deine Dateien (oder eine Kopie davon) öffnen kann, dein Tagebuch lesen.</translation>
    </message>
    <message>
        <source>Yes, we repaired it</source>
        <translation>Ja, wir haben wieder zueinandergefunden</translation>
    </message>
    <message>
        <source>You can add a passphrase later from the Journal menu.</source>
        <translation>Eine Passphrase kannst du später im Menü Tagebuch hinzufügen.</translation>
    </message>
    <message>
        <source>Your journal is empty.

When a moment in a relationship stays with you, press Ctrl+N and write about it — a few words are enough. Everything stays on this computer.</source>
        <translation>Dein Tagebuch ist leer.

Wenn dir ein Moment in einer Beziehung nachgeht, drück Strg+N und schreib darüber – ein paar Worte reichen. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Your journal is locked.

Nothing you wrote is shown while it is locked.</source>
        <translation>Dein Tagebuch ist gesperrt.

Solange es gesperrt ist, wird nichts von dem gezeigt, was du geschrieben hast.</translation>
    </message>
    <message>
        <source>Your journal is not encrypted yet. With a passphrase, the whole journal file is encrypted, and nobody can read it without the passphrase. Nobody can recover a forgotten passphrase, not even us, so choose one you will remember.</source>
        <translation>Dein Tagebuch ist noch nicht verschlüsselt. Mit einer Passphrase wird die ganze Tagebuch-Datei verschlüsselt, und niemand kann sie ohne die Passphrase lesen. Niemand kann eine vergessene Passphrase wiederherstellen, nicht einmal wir, also wähl eine, die du dir merken kannst.</translation>
    </message>
    <message>
        <source>Your journal now comes from the backup {backup}. The damaged file is kept as {damaged}.</source>
        <translation>Dein Tagebuch kommt jetzt aus der Sicherung {backup}. Die beschädigte Datei bleibt als {damaged} erhalten.</translation>
    </message>
    <message>
        <source>an unknown problem</source>
        <translation>ein unbekanntes Problem aufgetreten ist</translation>
    </message>
    <message>
        <source>another program is using the journal right now</source>
        <translation>ein anderes Programm das Tagebuch gerade benutzt</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before an app update</source>
        <translation>vor einem Update der App</translation>
    </message>
    <message>
        <source>before the passphrase changed</source>
        <translation>vor der Änderung der Passphrase</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>von dir angelegt</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>der Datenträger einen Lese- oder Schreibfehler gemeldet hat</translation>
    </message>
    <message>
        <source>the journal file looks damaged</source>
        <translation>die Tagebuchdatei beschädigt aussieht</translation>
    </message>
    <message>
        <source>the journal&apos;s folder is read-only or not yours to write</source>
        <translation>der Ordner des Tagebuchs schreibgeschützt ist oder du darin nicht schreiben darfst</translation>
    </message>
</context>
<context>
    <name>months</name>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
</context>
<context>
    <name>months, short</name>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
</context>
<context>
    <name>moves</name>
    <message>
        <source>Criticised</source>
        <translation>Hat kritisiert</translation>
    </message>
    <message>
        <source>Pulled away</source>
        <translation>Hat sich zurückgezogen</translation>
    </message>
    <message>
        <source>Reached out</source>
        <translation>Hat sich gemeldet</translation>
    </message>
    <message>
        <source>Reassured</source>
        <translation>Hat beruhigt</translation>
    </message>
    <message>
        <source>Went quiet</source>
        <translation>Ist still geworden</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>a colleague</source>
        <translation>ein/e Kolleg/in</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>jemand aus der Familie</translation>
    </message>
    <message>
        <source>a friend</source>
        <translation>ein/e Freund/in</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>Kolleg/in</translation>
    </message>
    <message>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>Freund/in</translation>
    </message>
    <message>
        <source>my parent</source>
        <translation>mein Elternteil</translation>
    </message>
    <message>
        <source>my partner</source>
        <translation>mein/e Partner/in</translation>
    </message>
    <message>
        <source>my therapist</source>
        <translation>mein/e Therapeut/in</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>Elternteil</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner/in</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>therapist</source>
        <translation>Therapeut/in</translation>
    </message>
    <message>
        <source>your parent</source>
        <translation type="vanished">dein Elternteil</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation type="vanished">dein/e Partner/in</translation>
    </message>
    <message>
        <source>your therapist</source>
        <translation type="vanished">dein/e Therapeut/in</translation>
    </message>
</context>
<context>
    <name>safety cue</name>
    <message>
        <source>If you are thinking about hurting yourself, or you are not safe with someone, help is there now.</source>
        <translation>Wenn du daran denkst, dir etwas anzutun, oder du bei jemandem nicht sicher bist: Hilfe ist jetzt da.</translation>
    </message>
</context>
<context>
    <name>safety plan</name>
    <message>
        <source>(nothing written here yet)</source>
        <translation>(hier steht noch nichts)</translation>
    </message>
    <message>
        <source>If you are in danger now, call your local emergency number or go to the nearest emergency department.</source>
        <translation>Wenn du jetzt in Gefahr bist, ruf deine örtliche Notrufnummer an oder geh in die nächste Notaufnahme.</translation>
    </message>
    <message>
        <source>If you are in danger now, call your local emergency number. The crisis page: journal-app crisis</source>
        <translation>Wenn du jetzt in Gefahr bist, ruf deine örtliche Notrufnummer an. Die Krisenseite: journal-app crisis</translation>
    </message>
    <message>
        <source>Last changed {date}.</source>
        <translation>Zuletzt geändert am {date}.</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
</context>
<context>
    <name>safety_plan</name>
    <message>
        <source>The file {path} that kept your safety plan readable while locked could not be removed: {reason}. Your plan is kept inside the journal as well; please delete that file yourself.</source>
        <translation>Die Datei {path}, die deinen Sicherheitsplan auch im gesperrten Zustand lesbar hielt, ließ sich nicht entfernen: {reason}. Dein Plan ist auch im Tagebuch gespeichert; bitte lösch diese Datei selbst.</translation>
    </message>
    <message>
        <source>This journal&apos;s folder cannot be written here, so the plan could not be saved. Nothing was changed.</source>
        <translation>Der Ordner dieses Tagebuchs ist hier nicht beschreibbar, deshalb konnte der Plan nicht gespeichert werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Your safety plan ({path}) could not be read: {reason}. It was left as it is.</source>
        <translation>Dein Sicherheitsplan ({path}) ließ sich nicht lesen: {reason}. Er wurde gelassen, wie er ist.</translation>
    </message>
    <message>
        <source>Your safety plan ({path}) is not in a form this app can read. It was left as it is; you can open it in a text editor.</source>
        <translation>Dein Sicherheitsplan ({path}) ist nicht in einer Form, die diese App lesen kann. Er wurde gelassen, wie er ist; du kannst ihn in einem Texteditor öffnen.</translation>
    </message>
    <message>
        <source>“{title}” holds a broken character that cannot be stored; please retype it. Nothing was saved.</source>
        <translation>„{title}“ enthält ein kaputtes Zeichen, das sich nicht speichern lässt; bitte gib es neu ein. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>“{title}” is longer than {max_section_chars:,} characters; please shorten it. Nothing was saved.</source>
        <translation>„{title}“ ist länger als {max_section_chars:,} Zeichen; bitte kürz es. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>security</name>
    <message>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>Eine Passphrase darf kein NUL-Zeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>A journal already exists in {data_dir}; nothing was changed.</source>
        <translation>In {data_dir} gibt es schon ein Tagebuch; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The copy could not be written ({reason}). The journal is unchanged.</source>
        <translation>Die Kopie konnte nicht geschrieben werden ({reason}). Das Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>The copy {file} did not pass its integrity check.</source>
        <translation>Die Kopie {file} hat ihre Prüfung auf Vollständigkeit nicht bestanden.</translation>
    </message>
    <message>
        <source>The copy {file} is missing rows; it was not used.</source>
        <translation>Der Kopie {file} fehlen Zeilen; sie wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>The copy {name} could not be started; nothing was changed.</source>
        <translation>Die Kopie {name} ließ sich nicht beginnen; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The disk is full, so the copy could not be written. Free some space on it and try again. The journal is unchanged.</source>
        <translation>Der Datenträger ist voll, deshalb konnte die Kopie nicht geschrieben werden. Mach etwas Platz frei und versuch es noch einmal. Das Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>The journal could not be created in {data_dir}: {reason}.</source>
        <translation>Das Tagebuch konnte in {data_dir} nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>The journal could not set PRAGMA {name} (wanted {expected}, got {got}).</source>
        <translation>Das Tagebuch konnte PRAGMA {name} nicht setzen (gewünscht {expected}, erhalten {got}).</translation>
    </message>
    <message>
        <source>The journal file {path} cannot be read: permission denied.</source>
        <translation>Die Tagebuchdatei {path} lässt sich nicht lesen: keine Berechtigung.</translation>
    </message>
    <message>
        <source>The journal file {path} could not be opened ({reason}). Nothing was changed.</source>
        <translation>Die Tagebuchdatei {path} ließ sich nicht öffnen ({reason}). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The journal file {path} could not be read ({reason}). This is not a problem with your passphrase. Nothing was changed.</source>
        <translation>Die Tagebuchdatei {path} konnte nicht gelesen werden ({reason}). Das liegt nicht an deiner Passphrase. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The journal file {path} is empty, but its backups are there: the file was cut short (a crash or a full disk can do this). Nothing was changed. Keep the folder as it is: the newest backup can take the file&apos;s place (in the app: Open a backup instead).</source>
        <translation>Die Tagebuchdatei {path} ist leer, aber ihre Sicherungen sind da: Die Datei wurde abgeschnitten (ein Absturz oder eine volle Festplatte kann das bewirken). Es wurde nichts verändert. Lass den Ordner, wie er ist: Die neueste Sicherung kann den Platz der Datei einnehmen (in der App: „Stattdessen eine Sicherung öffnen“).</translation>
    </message>
    <message>
        <source>The journal is still in use by another window or command; nothing was changed.</source>
        <translation>Das Tagebuch wird noch von einem anderen Fenster oder Befehl benutzt; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The new copy did not open with its passphrase, so it was not used. The journal is unchanged.</source>
        <translation>Die neue Kopie ließ sich mit ihrer Passphrase nicht öffnen und wurde deshalb nicht verwendet. Das Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>The passphrase is right, but the start of the journal file {path}, where its encryption details are kept, is damaged, so the file does not open. This is not a problem with your passphrase. Nothing was changed. Keep the folder as it is: the newest backup can take the file&apos;s place (in the app: Open a backup instead), and the damaged file is kept aside.</source>
        <translation>Die Passphrase ist richtig, aber der Anfang der Tagebuchdatei {path}, wo ihre Verschlüsselungsangaben stehen, ist beschädigt, deshalb öffnet sich die Datei nicht. Das liegt nicht an deiner Passphrase. Es wurde nichts verändert. Lass den Ordner, wie er ist: Die neueste Sicherung kann den Platz der Datei einnehmen (in der App: „Stattdessen eine Sicherung öffnen“), und die beschädigte Datei wird beiseitegelegt.</translation>
    </message>
    <message>
        <source>There is no journal file at {src}; nothing was copied.</source>
        <translation>Unter {src} gibt es keine Tagebuchdatei; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>{data_dir} is a file, not a journal folder.</source>
        <translation>{data_dir} ist eine Datei, kein Tagebuch-Ordner.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of Relationship Patterns Journal, so this version cannot use it. Update the app, then try again. Nothing was changed.</source>
        <translation>{file} wurde von einer neueren Version von Relationship Patterns Journal angelegt, deshalb kann diese Version sie nicht verwenden. Aktualisier die App und versuch es dann noch einmal. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{path} is a database, but not a Relationship Patterns journal. Nothing was changed.</source>
        <translation>{path} ist eine Datenbank, aber kein Tagebuch von Relationship Patterns Journal. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a journal file.</source>
        <translation>{path} ist ein Ordner, keine Tagebuchdatei.</translation>
    </message>
    <message>
        <source>{path} is missing parts of a journal, so it was not opened. Nothing was changed.</source>
        <translation>{path} fehlen Teile eines Tagebuchs, deshalb wurde es nicht geöffnet. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{path} is not a journal this app can open: it is damaged (cut short) or not a database. Nothing was changed.</source>
        <translation>{path} ist kein Tagebuch, das diese App öffnen kann: Es ist beschädigt (abgeschnitten) oder keine Datenbank. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Relationship Patterns Journal. Please update the app to open it. Nothing was changed.</source>
        <translation>{path} wurde von einer neueren Version von Relationship Patterns Journal geschrieben. Bitte aktualisier die App, um es zu öffnen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>{path} was written by an older version of the app and must be updated before it can be read, but its folder is read-only here. Copy the whole folder somewhere you can write and open it there. Nothing was changed.</source>
        <translation>{path} wurde von einer älteren Version der App geschrieben und muss aktualisiert werden, bevor es sich lesen lässt, aber sein Ordner ist hier schreibgeschützt. Kopier den ganzen Ordner an einen Ort, an dem du schreiben kannst, und öffne es dort. Es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>A prompt in “{name}” holds a character that cannot be stored; please retype it.</source>
        <translation>Eine Frage in „{name}“ enthält ein Zeichen, das sich nicht speichern lässt; bitte gib sie neu ein.</translation>
    </message>
    <message>
        <source>A prompt in “{name}” is longer than {max_prompt_chars} characters; please shorten it.</source>
        <translation>Eine Frage in „{name}“ ist länger als {max_prompt_chars} Zeichen; bitte kürz sie.</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>The template name holds a character that cannot be stored; please retype it.</source>
        <translation>Der Name der Vorlage enthält ein Zeichen, das sich nicht speichern lässt; bitte gib ihn neu ein.</translation>
    </message>
    <message>
        <source>The template name is longer than {max_name_chars} characters; please shorten it.</source>
        <translation>Der Name der Vorlage ist länger als {max_name_chars} Zeichen; bitte kürz ihn.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Die Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>There can be at most {max_templates} templates of your own.</source>
        <translation>Du kannst höchstens {max_templates} eigene Vorlagen haben.</translation>
    </message>
    <message>
        <source>There is already a template called “{name}”; please choose another name.</source>
        <translation>Es gibt schon eine Vorlage namens „{name}“; bitte wähl einen anderen Namen.</translation>
    </message>
    <message>
        <source>Was there repair, or is it still to come?</source>
        <translation>Habt ihr wieder zueinandergefunden, oder steht das noch aus?</translation>
    </message>
    <message>
        <source>What did I do?</source>
        <translation>Was habe ich getan?</translation>
    </message>
    <message>
        <source>What did I feel?</source>
        <translation>Was habe ich gefühlt?</translation>
    </message>
    <message>
        <source>What did I need?</source>
        <translation>Was habe ich gebraucht?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>What was I afraid of?</source>
        <translation>Wovor hatte ich Angst?</translation>
    </message>
    <message>
        <source>Your templates were not saved: {reason}. The ones you had are unchanged.</source>
        <translation>Deine Vorlagen wurden nicht gespeichert: {reason}. Die, die du hattest, sind unverändert.</translation>
    </message>
    <message>
        <source>a template in it is missing its name or prompts</source>
        <translation>einer Vorlage darin fehlen Name oder Fragen</translation>
    </message>
    <message>
        <source>it is not a template file this version of the app understands</source>
        <translation>es ist keine Vorlagendatei, die diese Version der App versteht</translation>
    </message>
    <message>
        <source>“{name}” has more than {max_prompts} prompts; please keep it to {max_prompts}.</source>
        <translation>„{name}“ hat mehr als {max_prompts} Fragen; bitte beschränk dich auf {max_prompts}.</translation>
    </message>
    <message>
        <source>“{name}” needs at least one prompt (one per line).</source>
        <translation>„{name}“ braucht mindestens eine Frage (eine pro Zeile).</translation>
    </message>
</context>
<context>
    <name>therapy</name>
    <message>
        <source>That item is no longer on the list.</source>
        <translation>Dieser Punkt steht nicht mehr auf der Liste.</translation>
    </message>
    <message>
        <source>That session is no longer in the journal.</source>
        <translation>Diese Sitzung ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <source>The thing to bring up is empty; please write something first.</source>
        <translation>Was du ansprechen willst, ist noch leer; bitte schreib zuerst etwas hinein.</translation>
    </message>
    <message>
        <source>The {what} is empty; please write something first.</source>
        <translation type="vanished">Das Feld „{what}“ ist leer; bitte schreib zuerst etwas hinein.</translation>
    </message>
    <message>
        <source>{value!r} is not a date like 2026-03-14.</source>
        <translation>{value!r} ist kein Datum wie 2026-03-14.</translation>
    </message>
</context>
<context>
    <name>triggers</name>
    <message>
        <source>Abandonment fear</source>
        <translation>Verlustangst</translation>
    </message>
    <message>
        <source>Going quiet, shutting down or needing distance when closeness feels like too much.</source>
        <translation>Still werden, dichtmachen oder Abstand brauchen, wenn Nähe sich nach zu viel anfühlt.</translation>
    </message>
    <message>
        <source>Push-pull</source>
        <translation>Nähe und Abstand</translation>
    </message>
    <message>
        <source>Wanting closeness and fearing it at once; reaching out, then pushing away.</source>
        <translation>Nähe wollen und sie zugleich fürchten; auf jemanden zugehen und dann wegstoßen.</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Rückzug</translation>
    </message>
    <message>
        <source>Worry that someone close is pulling away or will leave; wanting reassurance.</source>
        <translation>Die Sorge, dass ein naher Mensch sich zurückzieht oder geht; der Wunsch nach Bestätigung.</translation>
    </message>
</context>
<context>
    <name>weekdays</name>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
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
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
</context>
<context>
    <name>weekdays, short</name>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
</context>
</TS>
