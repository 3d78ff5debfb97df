<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CountdownAnnouncer</name>
        <message numerus="yes">
            <source>{name}: %n reps, Enter counts one.</source>
            <translation>
                <numerusform>{name}: %n reps, Enter counts one.</numerusform>
                <numerusform>{name}: %n reps, Enter counts one.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n seconds</source>
            <translation>
                <numerusform>%n seconds</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minutes</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message numerus="yes">
            <source>&lt;b&gt;Streak: %n day(s)&lt;/b&gt; in a row with at least {percent} of the prescription done.</source>
            <translation>
                <numerusform>&lt;b&gt;Streak: %n day&lt;/b&gt; in a row with at least {percent} of the prescription done.</numerusform>
                <numerusform>&lt;b&gt;Streak: %n days&lt;/b&gt; in a row with at least {percent} of the prescription done.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“~” marks an estimate from your work hours ({hours}): prone holds every 2–3 hours, a routine block every %n minute(s). Exercises you turned off, or whose equipment isn't at hand, are not counted.</source>
            <translation>
                <numerusform>“~” marks an estimate from your work hours ({hours}): prone holds every 2–3 hours, a routine block every %n minute. Exercises you turned off, or whose equipment isn't at hand, are not counted.</numerusform>
                <numerusform>“~” marks an estimate from your work hours ({hours}): prone holds every 2–3 hours, a routine block every %n minutes. Exercises you turned off, or whose equipment isn't at hand, are not counted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n record(s) to {file}.</source>
            <translation>
                <numerusform>Wrote %n record to {file}.</numerusform>
                <numerusform>Wrote %n records to {file}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message numerus="yes">
            <source>%n exercise(s), {duration}.</source>
            <translation>
                <numerusform>%n exercise, {duration}.</numerusform>
                <numerusform>%n exercises, {duration}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PainPanel</name>
        <message numerus="yes">
            <source>You have now said %n times that it made things worse. That is a sign to stop: leave this exercise out and see a physiotherapist or doctor before you do it again.</source>
            <extracomment>%n is how many times the user said the exercise made things worse (2 or more).</extracomment>
            <translation>
                <numerusform>You have now said %n times that it made things worse. That is a sign to stop: leave this exercise out and see a physiotherapist or doctor before you do it again.</numerusform>
                <numerusform>You have now said %n times that it made things worse. That is a sign to stop: leave this exercise out and see a physiotherapist or doctor before you do it again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message numerus="yes">
            <source>expected %s argument(s)</source>
            <translation>
                <numerusform>expected %s argument</numerusform>
                <numerusform>expected %s arguments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message numerus="yes">
            <source>{path}: %n problem(s):</source>
            <extracomment>{path} is the file; a line for each problem follows.</extracomment>
            <translation>
                <numerusform>{path}: %n problem:</numerusform>
                <numerusform>{path}: %n problems:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>catalog_cmds</name>
        <message numerus="yes">
            <source>%n exercise(s). 'backbreak show ID' tells one in full.</source>
            <translation>
                <numerusform>%n exercise. 'backbreak show ID' tells one in full.</numerusform>
                <numerusform>%n exercises. 'backbreak show ID' tells one in full.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message numerus="yes">
            <source>Snoozed for %n min.</source>
            <translation>
                <numerusform>Snoozed for %n min.</numerusform>
                <numerusform>Snoozed for %n min.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>config_cmds</name>
        <message numerus="yes">
            <source>Wrote %n record(s) to {file}</source>
            <translation>
                <numerusform>Wrote %n record to {file}</numerusform>
                <numerusform>Wrote %n records to {file}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>describe</name>
        <message numerus="yes">
            <source>{count} set(s)</source>
            <extracomment>{count} is a number or a range such as "1–2"; the plural follows its upper end.</extracomment>
            <translation>
                <numerusform>{count} set</numerusform>
                <numerusform>{count} sets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every {hours} hour(s)</source>
            <extracomment>{hours} is a number or a range such as "2–3".</extracomment>
            <translation>
                <numerusform>every {hours} hour</numerusform>
                <numerusform>every {hours} hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} time(s) a day</source>
            <extracomment>{count} is a number or a range such as "2–3".</extracomment>
            <translation>
                <numerusform>{count} time a day</numerusform>
                <numerusform>{count} times a day</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dosing</name>
        <message numerus="yes">
            <source>{count} set(s)</source>
            <translation>
                <numerusform>{count} set</numerusform>
                <numerusform>{count} sets</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>formats</name>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message numerus="yes">
            <source>backbreak can't write to its history ({reason}). %n record(s) kept in memory, to be saved as soon as the history can be written again.</source>
            <translation>
                <numerusform>backbreak can't write to its history ({reason}). %n record kept in memory, to be saved as soon as the history can be written again.</numerusform>
                <numerusform>backbreak can't write to its history ({reason}). %n records kept in memory, to be saved as soon as the history can be written again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>backbreak can't write to its history ({reason}). %n record(s) kept safe in {journal}, to be saved as soon as the history can be written again.</source>
            <translation>
                <numerusform>backbreak can't write to its history ({reason}). %n record kept safe in {journal}, to be saved as soon as the history can be written again.</numerusform>
                <numerusform>backbreak can't write to its history ({reason}). %n records kept safe in {journal}, to be saved as soon as the history can be written again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The history can be written again; %n waiting record(s) saved.</source>
            <translation>
                <numerusform>The history can be written again; %n waiting record saved.</numerusform>
                <numerusform>The history can be written again; %n waiting records saved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>plan_cmd</name>
        <message numerus="yes">
            <source>--date: {date} is too far ahead; plan up to %n day(s) ahead</source>
            <translation>
                <numerusform>--date: {date} is too far ahead; plan up to %n day ahead</numerusform>
                <numerusform>--date: {date} is too far ahead; plan up to %n days ahead</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n break(s), about {minutes} minutes in all.</source>
            <translation>
                <numerusform>%n break, about {minutes} minutes in all.</numerusform>
                <numerusform>%n breaks, about {minutes} minutes in all.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message numerus="yes">
            <source>About %n min: {exercises}</source>
            <translation>
                <numerusform>About %n min: {exercises}</numerusform>
                <numerusform>About %n min: {exercises}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>About %n min.</source>
            <translation>
                <numerusform>About %n min.</numerusform>
                <numerusform>About %n min.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>session_text</name>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>about %n minute</numerusform>
                <numerusform>about %n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>settings_file</name>
        <message numerus="yes">
            <source>unknown setting(s) {names}</source>
            <extracomment>{names} lists the unknown setting names as they are in the file.</extracomment>
            <translation>
                <numerusform>unknown setting {names}</numerusform>
                <numerusform>unknown settings {names}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message numerus="yes">
            <source>must have at least %n character(s)</source>
            <translation>
                <numerusform>must have at least %n character</numerusform>
                <numerusform>must have at least %n characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>may have at most %n character(s)</source>
            <translation>
                <numerusform>may have at most %n character</numerusform>
                <numerusform>may have at most %n characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>must hold at least %n item(s)</source>
            <translation>
                <numerusform>must hold at least %n item</numerusform>
                <numerusform>must hold at least %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>may hold at most %n item(s)</source>
            <translation>
                <numerusform>may hold at most %n item</numerusform>
                <numerusform>may hold at most %n items</numerusform>
            </translation>
        </message>
    </context>
</TS>