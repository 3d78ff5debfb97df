<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>These exercises are general advice for a healthy back, not a prescription written for you. If anything gets worse while or after you do an exercise, stop it and see a physiotherapist or doctor.</source>
            <translation>Diese Übungen sind allgemeine Empfehlungen für einen gesunden Rücken, keine persönliche Verordnung. Wenn sich während oder nach einer Übung etwas verschlechtert, brechen Sie sie ab und lassen Sie sich physiotherapeutisch oder ärztlich beraten.</translation>
        </message>
        <message>
            <source>Reminds you to do back exercises while you sit at a computer, and guides you through them.</source>
            <translation>Erinnert Sie bei der Arbeit am Computer an Ihre Rückenübungen und leitet Sie durch die Übungen.</translation>
        </message>
        <message>
            <source>Safety.</source>
            <translation>Sicherheit.</translation>
        </message>
        <message>
            <source>Where the exercises come from</source>
            <translation>Woher die Übungen stammen</translation>
        </message>
        <message>
            <source>About backbreak</source>
            <translation>Über backbreak</translation>
        </message>
    </context>
    <context>
        <name>AppActions</name>
        <message>
            <source>30 minutes</source>
            <translation>30 Minuten</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 Stunde</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 Stunden</translation>
        </message>
        <message>
            <source>Until tomorrow</source>
            <translation>Bis morgen</translation>
        </message>
        <message>
            <source>Start a break now</source>
            <translation>Jetzt eine Pause starten</translation>
        </message>
        <message>
            <source>Next: nothing planned</source>
            <translation>Als Nächstes: nichts geplant</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Später erinnern</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Auslassen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Einstellungen …</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Verlauf …</translation>
        </message>
        <message>
            <source>About &amp;&amp; safety</source>
            <translation>Über &amp;&amp; Sicherheit</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Next: {title} at {time}</source>
            <translation>Als Nächstes: {title} um {time}</translation>
        </message>
        <message>
            <source>Resume (paused until {time})</source>
            <translation>Fortsetzen (pausiert bis {time})</translation>
        </message>
        <message>
            <source>The next break</source>
            <translation>Die nächste Pause</translation>
        </message>
    </context>
    <context>
        <name>BackbreakApp</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>The settings dialog is not available; use 'backbreak config'.</source>
            <translation>Der Einstellungsdialog ist nicht verfügbar; verwenden Sie „backbreak config“.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>The history window is not available.</source>
            <translation>Das Verlaufsfenster ist nicht verfügbar.</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>No days yet</source>
            <translation>Noch keine Tage</translation>
        </message>
    </context>
    <context>
        <name>BreakHolder</name>
        <message>
            <source>you're in a call</source>
            <translation>Sie sind in einem Anruf</translation>
        </message>
        <message>
            <source>a call just ended</source>
            <translation>ein Anruf ist gerade zu Ende gegangen</translation>
        </message>
        <message>
            <source>you're busy</source>
            <translation>Sie sind beschäftigt</translation>
        </message>
        <message>
            <source>screen locked</source>
            <translation>Bildschirm gesperrt</translation>
        </message>
    </context>
    <context>
        <name>CallWatch</name>
        <message>
            <source>off (every source turned off in settings)</source>
            <translation>aus (alle Quellen in den Einstellungen ausgeschaltet)</translation>
        </message>
    </context>
    <context>
        <name>ControlBar</name>
        <message>
            <source>◀  Back</source>
            <translation>◀  Zurück</translation>
        </message>
        <message>
            <source>Back: restart this exercise or go to the previous one</source>
            <translation>Zurück: diese Übung neu beginnen oder zur vorigen wechseln</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pause (Leertaste)</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Pausieren oder fortsetzen</translation>
        </message>
        <message>
            <source>+1 rep (Enter)</source>
            <translation>+1 Wiederholung (Enter)</translation>
        </message>
        <message>
            <source>Count a rep</source>
            <translation>Eine Wiederholung zählen</translation>
        </message>
        <message>
            <source>Next  ▶</source>
            <translation>Weiter  ▶</translation>
        </message>
        <message>
            <source>Next: go on to the next step</source>
            <translation>Weiter: zum nächsten Schritt</translation>
        </message>
        <message>
            <source>Skip exercise</source>
            <translation>Übung überspringen</translation>
        </message>
        <message>
            <source>Skip this exercise</source>
            <translation>Diese Übung überspringen</translation>
        </message>
        <message>
            <source>This hurts (H)</source>
            <translation>Das tut weh (H)</translation>
        </message>
        <message>
            <source>This hurts: stop this exercise</source>
            <translation>Das tut weh: diese Übung abbrechen</translation>
        </message>
        <message>
            <source>End break (Esc)</source>
            <translation>Pause beenden (Esc)</translation>
        </message>
        <message>
            <source>End the break</source>
            <translation>Die Pause beenden</translation>
        </message>
        <message>
            <source>Yes, end the break</source>
            <translation>Ja, Pause beenden</translation>
        </message>
        <message>
            <source>Confirm: end the break</source>
            <translation>Bestätigen: die Pause beenden</translation>
        </message>
        <message>
            <source>Keep going</source>
            <translation>Weitermachen</translation>
        </message>
        <message>
            <source>Cancel: keep going</source>
            <translation>Abbrechen: weitermachen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close the window</source>
            <translation>Das Fenster schließen</translation>
        </message>
        <message>
            <source>Left arrow</source>
            <translation>Pfeil nach links</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Eingabetaste</translation>
        </message>
        <message>
            <source>Right arrow</source>
            <translation>Pfeil nach rechts</translation>
        </message>
        <message>
            <source>Alt+S</source>
            <translation>Alt+S</translation>
        </message>
        <message>
            <source>H</source>
            <translation>H</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Key: {key}</source>
            <translation>Taste: {key}</translation>
        </message>
        <message>
            <source>End the break? What you did is saved.</source>
            <translation>Pause beenden? Was Sie geschafft haben, bleibt gespeichert.</translation>
        </message>
        <message>
            <source>Resume (Space)</source>
            <translation>Fortsetzen (Leertaste)</translation>
        </message>
        <message>
            <source>Start  ▶</source>
            <translation>Los  ▶</translation>
        </message>
        <message>
            <source>Not now (Esc)</source>
            <translation>Jetzt nicht (Esc)</translation>
        </message>
    </context>
    <context>
        <name>CountdownAnnouncer</name>
        <message>
            <source>Done.</source>
            <translation>Geschafft.</translation>
        </message>
        <message>
            <source>Halfway, {left} left.</source>
            <translation>Halbzeit, noch {left}.</translation>
        </message>
        <message>
            <source>{left} left.</source>
            <translation>Noch {left}.</translation>
        </message>
        <message>
            <source>Get ready: {name}, starts in {left}.</source>
            <translation>Machen Sie sich bereit: {name}, Beginn in {left}.</translation>
        </message>
        <message>
            <source>Rest, {left}.</source>
            <translation>Pause, {left}.</translation>
        </message>
        <message>
            <source>Switch sides, {left}.</source>
            <translation>Seite wechseln, {left}.</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n reps, Enter counts one.</source>
            <translation>
                <numerusform>{name}: %n Wiederholung, die Eingabetaste zählt eine.</numerusform>
                <numerusform>{name}: %n Wiederholungen, die Eingabetaste zählt eine.</numerusform>
            </translation>
        </message>
        <message>
            <source>Minimum reached; stay on if you like, up to {left} more.</source>
            <translation>Minimum erreicht; bleiben Sie gern dabei, bis zu {left} länger.</translation>
        </message>
        <message>
            <source>{name}: hold, {left}.</source>
            <translation>{name}: halten, {left}.</translation>
        </message>
        <message numerus="yes">
            <source>%n seconds</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>{minutes} {seconds}</source>
            <translation>{minutes} {seconds}</translation>
        </message>
    </context>
    <context>
        <name>ExercisePage</name>
        <message>
            <source>Time left</source>
            <translation>Verbleibende Zeit</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Dose, set and side</source>
            <translation>Umfang, Satz und Seite</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Aktueller Schritt</translation>
        </message>
        <message>
            <source>Countdown</source>
            <translation>Countdown</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Was jetzt zu tun ist</translation>
        </message>
        <message>
            <source>How to do it</source>
            <translation>So geht es</translation>
        </message>
        <message>
            <source>The exercise's steps, one per line</source>
            <translation>Die Schritte der Übung, einer pro Zeile</translation>
        </message>
        <message>
            <source>Illustration of the exercise</source>
            <translation>Abbildung der Übung</translation>
        </message>
        <message>
            <source>  ·  set {number} of {total}</source>
            <translation>  ·  Satz {number} von {total}</translation>
        </message>
        <message>
            <source>Paused — Space to go on</source>
            <translation>Pausiert – Leertaste zum Weitermachen</translation>
        </message>
        <message>
            <source>Reps done</source>
            <translation>Geschaffte Wiederholungen</translation>
        </message>
        <message>
            <source>Get ready — starts in</source>
            <translation>Bereit machen – es geht los in</translation>
        </message>
        <message>
            <source>Get into position: {position}</source>
            <translation>Gehen Sie in Position: {position}</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Ausruhen</translation>
        </message>
        <message>
            <source>Then set {number}</source>
            <translation>Dann Satz {number}</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Seite wechseln</translation>
        </message>
        <message>
            <source>Now the {side}</source>
            <translation>Jetzt: {side}</translation>
        </message>
        <message>
            <source>Reps — Enter counts one</source>
            <translation>Wiederholungen – Enter zählt eine</translation>
        </message>
        <message>
            <source>{time} done ✓ — stay on if you like</source>
            <translation>{time} geschafft ✓ – bleiben Sie gern noch dabei</translation>
        </message>
        <message>
            <source>Ends by itself at {time} · → to finish now</source>
            <translation>Endet von selbst bei {time} · → beendet jetzt</translation>
        </message>
        <message>
            <source>Hold at least {least}, or up to {most}</source>
            <translation>Mindestens {least} halten, höchstens {most}</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Careful: {text}</source>
            <translation>Vorsicht: {text}</translation>
        </message>
        <message>
            <source>Easier: {text}</source>
            <translation>Leichter: {text}</translation>
        </message>
    </context>
    <context>
        <name>ExercisesTab</name>
        <message>
            <source>Why {name} is off</source>
            <translation>Warum {name} ausgeschaltet ist</translation>
        </message>
    </context>
    <context>
        <name>FormKit</name>
        <message>
            <source> min</source>
            <extracomment>The unit after a number of minutes in a spin box, with its leading space.</extracomment>
            <translation> Min.</translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <source>better</source>
            <translation>besser</translation>
        </message>
        <message>
            <source>the same</source>
            <translation>gleich</translation>
        </message>
        <message>
            <source>worse</source>
            <translation>schlechter</translation>
        </message>
        <message>
            <source>backbreak — history</source>
            <translation>backbreak – Verlauf</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Last 7 days: share of the prescription done</source>
            <translation>Letzte 7 Tage: Anteil des erledigten Programms</translation>
        </message>
        <message>
            <source>Last 30 days: share of the prescription done</source>
            <translation>Letzte 30 Tage: Anteil des erledigten Programms</translation>
        </message>
        <message>
            <source>Adherence</source>
            <translation>Durchhalten</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Pain reports</source>
            <translation>Schmerzmeldungen</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Felt afterwards</source>
            <translation>Danach</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>No pain reported. If an exercise hurts, stop it with “This hurts”.</source>
            <translation>Keine Schmerzen gemeldet. Wenn eine Übung wehtut, brechen Sie sie mit „Das tut weh“ ab.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Als CSV exportieren …</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Streak: %n day(s)&lt;/b&gt; in a row with at least {percent} of the prescription done.</source>
            <translation>
                <numerusform>&lt;b&gt;Serie: %n Tag&lt;/b&gt; am Stück mit mindestens {percent} des Programms erledigt.</numerusform>
                <numerusform>&lt;b&gt;Serie: %n Tage&lt;/b&gt; am Stück mit mindestens {percent} des Programms erledigt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“~” marks an estimate from your work hours ({hours}): prone holds every 2–3 hours, a routine block every %n minute(s). Exercises you turned off, or whose equipment isn't at hand, are not counted.</source>
            <translation>
                <numerusform>„~“ kennzeichnet eine Schätzung aus Ihrer Arbeitszeit ({hours}): Bauchlage alle 2–3 Stunden, ein Übungsblock jede Minute. Abgeschaltete Übungen und solche, für die die Ausstattung fehlt, zählen nicht.</numerusform>
                <numerusform>„~“ kennzeichnet eine Schätzung aus Ihrer Arbeitszeit ({hours}): Bauchlage alle 2–3 Stunden, ein Übungsblock alle %n Minuten. Abgeschaltete Übungen und solche, für die die Ausstattung fehlt, zählen nicht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Today, {date}</source>
            <translation>Heute, {date}</translation>
        </message>
        <message>
            <source>Nothing is prescribed today.</source>
            <translation>Heute steht nichts auf dem Programm.</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <source>{done} of {expected}</source>
            <translation>{done} von {expected}</translation>
        </message>
        <message>
            <source>not said</source>
            <translation>keine Angabe</translation>
        </message>
        <message>
            <source>Export history</source>
            <translation>Verlauf exportieren</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Could not write {file}:
{reason}</source>
            <translation>{file} konnte nicht geschrieben werden:
{reason}</translation>
        </message>
        <message>
            <source>Export done</source>
            <translation>Export abgeschlossen</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n record(s) to {file}.</source>
            <translation>
                <numerusform>%n Eintrag nach {file} geschrieben.</numerusform>
                <numerusform>%n Einträge nach {file} geschrieben.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IllustrationView</name>
        <message>
            <source>Picture: {name}</source>
            <translation>Bild: {name}</translation>
        </message>
        <message>
            <source>Position: {position}</source>
            <translation>Haltung: {position}</translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <source>General exercises, not a prescription for you. If anything hurts or gets worse, press “This hurts” (H) to stop, and see a physiotherapist or doctor.</source>
            <translation>Allgemeine Übungen, keine persönliche Verordnung. Wenn etwas wehtut oder schlechter wird, drücken Sie „Das tut weh“ (H) und lassen Sie sich physiotherapeutisch oder ärztlich beraten.</translation>
        </message>
        <message>
            <source>Space or → to start · Esc for not now</source>
            <translation>Leertaste oder → zum Starten · Esc für „Jetzt nicht“</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s), {duration}.</source>
            <translation>
                <numerusform>%n Übung, {duration}.</numerusform>
                <numerusform>%n Übungen, {duration}.</numerusform>
            </translation>
        </message>
        <message>
            <source>You'll need: {things}.</source>
            <translation>Sie brauchen: {things}.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No system tray was found. Closing this window keeps reminders running.</source>
            <translation>Es wurde kein Infobereich (Systemtray) gefunden. Wenn Sie dieses Fenster schließen, laufen die Erinnerungen weiter.</translation>
        </message>
        <message>
            <source>backbreak also lives in the system tray. Closing this window keeps it running.</source>
            <translation>backbreak ist auch im Infobereich zu finden. Wenn Sie dieses Fenster schließen, läuft es weiter.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Start a break now</source>
            <translation>Jetzt eine Pause starten</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Später erinnern</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Auslassen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>Weitere Aktionen</translation>
        </message>
    </context>
    <context>
        <name>PainPanel</name>
        <message>
            <source>If it keeps getting worse, stop these exercises and see a physiotherapist or doctor. They are general advice, not a prescription written for you.</source>
            <translation>Wenn es immer schlechter wird, hören Sie mit diesen Übungen auf und lassen Sie sich physiotherapeutisch oder ärztlich beraten. Die Übungen sind allgemeine Empfehlungen, keine persönliche Verordnung.</translation>
        </message>
        <message>
            <source>It feels {feeling}</source>
            <translation>Es fühlt sich {feeling} an</translation>
        </message>
        <message>
            <source>Try the easier way</source>
            <translation>Leichtere Variante versuchen</translation>
        </message>
        <message>
            <source>Next exercise</source>
            <translation>Nächste Übung</translation>
        </message>
        <message>
            <source>End the break</source>
            <translation>Die Pause beenden</translation>
        </message>
        <message>
            <source>Turn this exercise off</source>
            <translation>Diese Übung abschalten</translation>
        </message>
        <message>
            <source>Try this exercise again the easier way</source>
            <translation>Diese Übung noch einmal in der leichteren Variante versuchen</translation>
        </message>
        <message>
            <source>Go on to the next exercise</source>
            <translation>Mit der nächsten Übung weitermachen</translation>
        </message>
        <message>
            <source>Stopped “{name}”.</source>
            <translation>„{name}“ abgebrochen.</translation>
        </message>
        <message>
            <source>How does your back feel now, compared with before this exercise?</source>
            <translation>Wie fühlt sich Ihr Rücken jetzt an, verglichen mit vor dieser Übung?</translation>
        </message>
        <message>
            <source>Please pause “{name}”.</source>
            <translation>Bitte setzen Sie „{name}“ aus.</translation>
        </message>
        <message numerus="yes">
            <source>You have now said %n times that it made things worse. That is a sign to stop: leave this exercise out and see a physiotherapist or doctor before you do it again.</source>
            <extracomment>%n is how many times the user said the exercise made things worse (2 or more).</extracomment>
            <translation>
                <numerusform>Sie haben jetzt %n-mal angegeben, dass es schlechter geworden ist. Das ist ein Zeichen aufzuhören: Lassen Sie diese Übung weg und lassen Sie sich physiotherapeutisch oder ärztlich beraten, bevor Sie sie wieder machen.</numerusform>
                <numerusform>Sie haben jetzt %n-mal angegeben, dass es schlechter geworden ist. Das ist ein Zeichen aufzuhören: Lassen Sie diese Übung weg und lassen Sie sich physiotherapeutisch oder ärztlich beraten, bevor Sie sie wieder machen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Later, if a professional agrees, there is an easier way: {how}</source>
            <translation>Später, wenn eine Fachperson zustimmt, gibt es eine leichtere Variante: {how}</translation>
        </message>
        <message>
            <source>Thanks — that's noted.</source>
            <translation>Danke – ist notiert.</translation>
        </message>
        <message>
            <source>An easier way: {how}</source>
            <translation>Eine leichtere Variante: {how}</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Fertig</translation>
        </message>
    </context>
    <context>
        <name>PainPath</name>
        <message>
            <source>Turned off ✓</source>
            <translation>Abgeschaltet ✓</translation>
        </message>
    </context>
    <context>
        <name>ReminderCard</name>
        <message>
            <source>backbreak reminder</source>
            <translation>backbreak-Erinnerung</translation>
        </message>
        <message>
            <source>Close; the break is offered again later</source>
            <translation>Schließen; die Pause wird später noch einmal angeboten</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>The break is offered again later</source>
            <translation>Die Pause wird später noch einmal angeboten</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Später erinnern</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Auslassen</translation>
        </message>
        <message>
            <source>Start the break now</source>
            <translation>Die Pause jetzt beginnen</translation>
        </message>
        <message>
            <source>Remind me again in a few minutes</source>
            <translation>In ein paar Minuten noch einmal erinnern</translation>
        </message>
        <message>
            <source>Skip this break; it is recorded as skipped</source>
            <translation>Diese Pause auslassen; sie wird als ausgelassen vermerkt</translation>
        </message>
    </context>
    <context>
        <name>SafetyNotice</name>
        <message>
            <source>Before you start</source>
            <translation>Bevor Sie beginnen</translation>
        </message>
        <message>
            <source>The exercises come from a physiotherapy clinic's low-back handout and a personal trainer's back-care guide. They are general advice for a healthy back, not a prescription written for you.</source>
            <translation>Die Übungen stammen aus dem Merkblatt einer Physiotherapiepraxis zur Lendenwirbelsäule und aus dem Rückenratgeber eines Personal Trainers. Sie sind allgemeine Empfehlungen für einen gesunden Rücken, keine persönliche Verordnung.</translation>
        </message>
        <message>
            <source>If an exercise makes anything worse, stop it and see a physiotherapist or doctor. The “This hurts” button in every exercise stops it and notes how you feel; after two “worse” reports backbreak suggests leaving that exercise out and getting it looked at.</source>
            <translation>Wenn eine Übung etwas verschlechtert, brechen Sie sie ab und lassen Sie sich physiotherapeutisch oder ärztlich beraten. Die Schaltfläche „Das tut weh“ beendet jede Übung und hält fest, wie es Ihnen geht; nach zwei Meldungen „schlechter“ schlägt backbreak vor, diese Übung wegzulassen und das abklären zu lassen.</translation>
        </message>
        <message>
            <source>If lying on your stomach is too painful, put a pillow under your stomach.</source>
            <translation>Wenn die Bauchlage zu schmerzhaft ist, legen Sie ein Kissen unter den Bauch.</translation>
        </message>
        <message>
            <source>Move gently, within what is comfortable.</source>
            <translation>Bewegen Sie sich sanft und nur so weit, wie es angenehm ist.</translation>
        </message>
        <message>
            <source>{title} — backbreak</source>
            <translation>{title} – backbreak</translation>
        </message>
        <message>
            <source>I understand</source>
            <translation>Verstanden</translation>
        </message>
        <message>
            <source>I understand: close the safety notice</source>
            <translation>Verstanden: den Sicherheitshinweis schließen</translation>
        </message>
    </context>
    <context>
        <name>SessionHeader</name>
        <message>
            <source>Progress through the break</source>
            <translation>Fortschritt in der Pause</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>How much of the break is done</source>
            <translation>Wie viel der Pause geschafft ist</translation>
        </message>
        <message>
            <source>Exercise number</source>
            <translation>Nummer der Übung</translation>
        </message>
        <message>
            <source>The exercise after this one</source>
            <translation>Die Übung danach</translation>
        </message>
        <message>
            <source>{number} of {count}</source>
            <translation>{number} von {count}</translation>
        </message>
        <message>
            <source>·  Next: {name}</source>
            <translation>·  Als Nächstes: {name}</translation>
        </message>
        <message>
            <source>·  Last one</source>
            <translation>·  Die letzte</translation>
        </message>
    </context>
    <context>
        <name>SessionWindow</name>
        <message>
            <source>{title} — backbreak</source>
            <translation>{title} – backbreak</translation>
        </message>
        <message>
            <source>Guided exercise session</source>
            <translation>Angeleitete Übungseinheit</translation>
        </message>
    </context>
    <context>
        <name>SettingsController</name>
        <message>
            <source>Your settings could not be saved: {reason}</source>
            <translation>Ihre Einstellungen konnten nicht gespeichert werden: {reason}</translation>
        </message>
        <message>
            <source>Start at login: {reason}</source>
            <translation>Start bei der Anmeldung: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>The work day can't start and end at the same time. To work past midnight, give an end earlier than the start (22:00 to 06:00).</source>
            <translation>Der Arbeitstag kann nicht zur selben Zeit beginnen und enden. Für Arbeit über Mitternacht geben Sie ein Ende vor dem Beginn an (22:00 bis 06:00).</translation>
        </message>
        <message>
            <source>“Overdue after” must not be shorter than “due after”.</source>
            <translation>„Überfällig nach“ darf nicht kürzer sein als „fällig nach“.</translation>
        </message>
        <message>
            <source>backbreak settings</source>
            <translation>backbreak-Einstellungen</translation>
        </message>
        <message>
            <source>Work day</source>
            <translation>Arbeitstag</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>Abend</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Anrufe</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Night shift: from {start} to {end} the next morning.</source>
            <translation>Nachtschicht: von {start} bis {end} am nächsten Morgen.</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>Hinweis: {text}</translation>
        </message>
    </context>
    <context>
        <name>SleepWatcher</name>
        <message>
            <source>not started</source>
            <translation>nicht gestartet</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Enter or Esc to close</source>
            <translation>Enter oder Esc zum Schließen</translation>
        </message>
        <message>
            <source>Break ended early</source>
            <translation>Pause vorzeitig beendet</translation>
        </message>
        <message>
            <source>Break done — well done!</source>
            <translation>Pause geschafft – gut gemacht!</translation>
        </message>
        <message>
            <source>Break done</source>
            <translation>Pause geschafft</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>nicht erreicht</translation>
        </message>
        <message>
            <source>{name}: {outcome}</source>
            <translation>{name}: {outcome}</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>show program's version number and exit</source>
            <translation>die Versionsnummer zeigen und beenden</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Argumente</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe zeigen und beenden</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>diese Argumente fehlen: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>eines der Argumente %s ist nötig</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nicht zusammen mit Argument %s erlaubt</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>ausdrücklich angegebenes Argument %r ignoriert</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>erwartet ein Argument</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>erwartet höchstens ein Argument</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>erwartet mindestens ein Argument</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>unerwartete Option: %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger %(type)s-Wert: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>unbekannter Befehl %(parser_name)r (möglich: %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>„%(filename)s“ lässt sich nicht öffnen: %(error)s</translation>
        </message>
        <message numerus="yes">
            <source>expected %s argument(s)</source>
            <translation>
                <numerusform>erwartet %s Argument</numerusform>
                <numerusform>erwartet %s Argumente</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>autostart</name>
        <message>
            <source>could not write {where}: {error}</source>
            <extracomment>{where} is a file path or a registry key; {error} the system's own message.</extracomment>
            <translation>{where} konnte nicht geschrieben werden: {error}</translation>
        </message>
        <message>
            <source>could not remove {where}: {error}</source>
            <translation>{where} konnte nicht entfernt werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>backend</name>
        <message>
            <source>not macOS</source>
            <translation>nicht macOS</translation>
        </message>
        <message>
            <source>not Windows (no {module})</source>
            <translation>nicht Windows (kein {module})</translation>
        </message>
        <message>
            <source>not a freedesktop (XDG) platform</source>
            <translation>keine freedesktop-Plattform (XDG)</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>nicht verfügbar</translation>
        </message>
        <message>
            <source>forced by {variable}</source>
            <extracomment>{variable} is BACKBREAK_BACKENDS, the environment variable that forces a backend.</extracomment>
            <translation>erzwungen durch {variable}</translation>
        </message>
        <message>
            <source>{variable} asked for {name}, which is not available</source>
            <extracomment>{name} is the backend's name in quotes ('x11-xss').</extracomment>
            <translation>{variable} verlangt {name}, das nicht verfügbar ist</translation>
        </message>
        <message>
            <source>--backend takes KIND=NAME, not {value}</source>
            <extracomment>{value} is what the user typed, in quotes.</extracomment>
            <translation>--backend erwartet KIND=NAME, nicht {value}</translation>
        </message>
        <message>
            <source>unknown backend kind {kind}; known kinds: {kinds}</source>
            <translation>unbekannte Backend-Art {kind}; bekannte Arten: {kinds}</translation>
        </message>
        <message>
            <source>the notification server has no {property} property</source>
            <extracomment>{property} is the D-Bus property's name.</extracomment>
            <translation>der Benachrichtigungsserver hat keine Eigenschaft {property}</translation>
        </message>
        <message>
            <source>not Windows or {call} failed</source>
            <translation>nicht Windows, oder {call} ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>the compositor offers no {interface} (wlroots compositors do); full screen is then left to the desktop's do-not-disturb</source>
            <extracomment>{interface} is a Wayland protocol's name.</extracomment>
            <translation>der Compositor bietet kein {interface} an (wlroots-Compositors tun das); Vollbild bleibt dann dem „Bitte nicht stören“ des Desktops überlassen</translation>
        </message>
        <message>
            <source>X11 sees XWayland windows only</source>
            <translation>X11 sieht nur XWayland-Fenster</translation>
        </message>
        <message>
            <source>{program} is not installed</source>
            <translation>{program} ist nicht installiert</translation>
        </message>
        <message>
            <source>no server socket ({variable} is not set)</source>
            <translation>kein Server-Socket ({variable} ist nicht gesetzt)</translation>
        </message>
        <message>
            <source>no server socket ({path})</source>
            <translation>kein Server-Socket ({path})</translation>
        </message>
        <message>
            <source>install {package} {version} or later ({command})</source>
            <translation>Installieren Sie {package} {version} oder neuer ({command})</translation>
        </message>
        <message>
            <source>{name} answers instead</source>
            <extracomment>{name} is another backend's name.</extracomment>
            <translation>{name} antwortet stattdessen</translation>
        </message>
        <message>
            <source>not macOS (no {framework} framework)</source>
            <translation>nicht macOS (kein {framework}-Framework)</translation>
        </message>
        <message>
            <source>{framework} has no default input device</source>
            <translation>{framework} hat kein Standard-Eingabegerät</translation>
        </message>
        <message>
            <source>no {path} to scan (not Linux)</source>
            <translation>kein {path} zum Durchsuchen (nicht Linux)</translation>
        </message>
        <message>
            <source>no consent store for the microphone (Windows before 1903?)</source>
            <translation>keine Datenschutz-Einträge für das Mikrofon in der Registry (Windows vor 1903?)</translation>
        </message>
        <message>
            <source>no consent store for the webcam (Windows before 1903?)</source>
            <translation>keine Datenschutz-Einträge für die Webcam in der Registry (Windows vor 1903?)</translation>
        </message>
        <message>
            <source>{package} is missing</source>
            <translation>{package} fehlt</translation>
        </message>
        <message>
            <source>{name} is not on the session bus</source>
            <translation>{name} ist nicht auf dem Sitzungsbus</translation>
        </message>
        <message>
            <source>no session bus on this platform</source>
            <translation>kein Sitzungsbus auf dieser Plattform</translation>
        </message>
        <message>
            <source>no idle-time source works here; relying on the clock</source>
            <translation>keine Quelle für die Leerlaufzeit funktioniert hier; es zählt nur die Uhr</translation>
        </message>
        <message>
            <source>{method} did not answer</source>
            <translation>{method} hat nicht geantwortet</translation>
        </message>
        <message>
            <source>not macOS or {framework} not loadable</source>
            <translation>nicht macOS, oder {framework} lässt sich nicht laden</translation>
        </message>
        <message>
            <source>sway 1.8+, KDE Plasma 5.27+, Hyprland, labwc and other wlroots compositors offer it</source>
            <translation>sway 1.8+, KDE Plasma 5.27+, Hyprland, labwc und andere wlroots-Compositors bieten es an</translation>
        </message>
        <message>
            <source>KDE Plasma and sway before 1.8 offer it</source>
            <translation>KDE Plasma und sway vor 1.8 bieten es an</translation>
        </message>
        <message>
            <source>the compositor offers no {interface} ({offered_by})</source>
            <extracomment>{interface} is a Wayland protocol's name; {offered_by} says who offers it.</extracomment>
            <translation>der Compositor bietet kein {interface} an ({offered_by})</translation>
        </message>
        <message>
            <source>the compositor offers no {interface} (no input to watch)</source>
            <translation>der Compositor bietet kein {interface} an (keine Eingabe zu beobachten)</translation>
        </message>
        <message>
            <source>not Windows</source>
            <translation>nicht Windows</translation>
        </message>
        <message>
            <source>{libraries} not loadable: {error}</source>
            <extracomment>{libraries} are Windows' DLLs; {error} is the system's own message.</extracomment>
            <translation>{libraries} lassen sich nicht laden: {error}</translation>
        </message>
        <message>
            <source>{call} failed</source>
            <translation>{call} ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>X11 idle time would miss native Wayland input</source>
            <translation>die X11-Leerlaufzeit würde native Wayland-Eingaben übersehen</translation>
        </message>
        <message>
            <source>{library} or the {extension} extension is missing</source>
            <translation>{library} oder die Erweiterung {extension} fehlt</translation>
        </message>
        <message>
            <source>run a notification daemon such as dunst or the desktop's own</source>
            <translation>Starten Sie einen Benachrichtigungsdienst, etwa dunst oder den des Desktops</translation>
        </message>
        <message>
            <source>no D-Bus session bus</source>
            <translation>kein D-Bus-Sitzungsbus</translation>
        </message>
        <message>
            <source>no {name} on the session bus</source>
            <translation>kein {name} auf dem Sitzungsbus</translation>
        </message>
        <message>
            <source>{name} has no actions capability</source>
            <extracomment>{name} is a D-Bus name; "actions" is the capability's name in the standard.</extracomment>
            <translation>{name} hat die Fähigkeit „actions“ nicht</translation>
        </message>
        <message>
            <source>no tray icon is shown (no system tray)</source>
            <translation>kein Symbol im Infobereich (es gibt keinen Infobereich)</translation>
        </message>
        <message>
            <source>the system tray does not show messages</source>
            <translation>der Infobereich zeigt keine Meldungen an</translation>
        </message>
        <message>
            <source>install {package}</source>
            <translation>Installieren Sie {package}</translation>
        </message>
        <message>
            <source>install {package} ({command})</source>
            <extracomment>{package} is a package's name; {command} a program it provides or how to install it.</extracomment>
            <translation>Installieren Sie {package} ({command})</translation>
        </message>
        <message>
            <source>its bus is not reachable</source>
            <translation>sein Bus ist nicht erreichbar</translation>
        </message>
        <message>
            <source>no {name} on the system bus</source>
            <translation>kein {name} auf dem Systembus</translation>
        </message>
        <message>
            <source>no screen saver on the session bus</source>
            <translation>kein Bildschirmschoner auf dem Sitzungsbus</translation>
        </message>
        <message>
            <source>run by the engine's timer</source>
            <translation>läuft über den Zeitgeber der Planung</translation>
        </message>
        <message>
            <source>no sound player found</source>
            <translation>kein Abspielprogramm für Töne gefunden</translation>
        </message>
        <message>
            <source>no sound player</source>
            <translation>kein Abspielprogramm für Töne</translation>
        </message>
        <message>
            <source>no sound player found (tried {names})</source>
            <extracomment>{names} are the players' names, separated by commas.</extracomment>
            <translation>kein Abspielprogramm für Töne gefunden (versucht: {names})</translation>
        </message>
        <message>
            <source>no {server} server running</source>
            <translation>kein {server}-Server läuft</translation>
        </message>
        <message>
            <source>{program} not found</source>
            <translation>{program} nicht gefunden</translation>
        </message>
        <message>
            <source>{program} could not start: {error}</source>
            <translation>{program} konnte nicht starten: {error}</translation>
        </message>
        <message>
            <source>{program} exited with status {code}</source>
            <translation>{program} wurde mit Status {code} beendet</translation>
        </message>
        <message>
            <source>{module} exists only on Windows</source>
            <translation>{module} gibt es nur unter Windows</translation>
        </message>
        <message>
            <source>{call} failed: {error}</source>
            <translation>{call} ist fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <source>lost the compositor: {error}</source>
            <translation>Verbindung zum Compositor verloren: {error}</translation>
        </message>
        <message>
            <source>not a Wayland session ({variable} is not set)</source>
            <translation>keine Wayland-Sitzung ({variable} ist nicht gesetzt)</translation>
        </message>
        <message>
            <source>cannot connect to the compositor at {path}: {error}</source>
            <translation>keine Verbindung zum Compositor unter {path}: {error}</translation>
        </message>
        <message>
            <source>the compositor did not answer within {seconds} s</source>
            <translation>der Compositor hat nicht innerhalb von {seconds} s geantwortet</translation>
        </message>
        <message>
            <source>the compositor closed the connection</source>
            <translation>der Compositor hat die Verbindung geschlossen</translation>
        </message>
        <message>
            <source>malformed message from the compositor: {error}</source>
            <translation>fehlerhafte Nachricht vom Compositor: {error}</translation>
        </message>
        <message>
            <source>protocol error {code} on object {object}: {text}</source>
            <extracomment>{text} is the compositor's own message.</extracomment>
            <translation>Protokollfehler {code} bei Objekt {object}: {text}</translation>
        </message>
        <message>
            <source>not an X11 platform</source>
            <translation>keine X11-Plattform</translation>
        </message>
        <message>
            <source>Wayland session ({effect})</source>
            <extracomment>{effect} says what an X11 backend would get wrong in a Wayland session.</extracomment>
            <translation>Wayland-Sitzung ({effect})</translation>
        </message>
        <message>
            <source>no {variable}</source>
            <translation>{variable} ist nicht gesetzt</translation>
        </message>
        <message>
            <source>cannot open the X display or {library} is missing</source>
            <translation>das X-Display lässt sich nicht öffnen, oder {library} fehlt</translation>
        </message>
    </context>
    <context>
        <name>cadences</name>
        <message>
            <source>Prone holds</source>
            <translation>Halten in Bauchlage</translation>
        </message>
        <message>
            <source>Routine block</source>
            <translation>Übungsblock</translation>
        </message>
        <message>
            <source>{routine}: {group}</source>
            <extracomment>The evening routine's name, then the one exercise group it does tonight.</extracomment>
            <translation>{routine}: {group}</translation>
        </message>
    </context>
    <context>
        <name>calls</name>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>{sources} (not used: {refused})</source>
            <extracomment>{sources} lists what answers for each source; {refused} the backends not used, and why.</extracomment>
            <translation>{sources} (nicht verwendet: {refused})</translation>
        </message>
        <message>
            <source>microphone</source>
            <translation>Mikrofon</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>Kamera</translation>
        </message>
        <message>
            <source>screen</source>
            <translation>Bildschirm</translation>
        </message>
        <message>
            <source>microphone in use</source>
            <translation>Mikrofon in Gebrauch</translation>
        </message>
        <message>
            <source>microphone in use by {app}</source>
            <extracomment>{app} is the program's name ("zoom"), or several, separated by commas.</extracomment>
            <translation>Mikrofon in Gebrauch durch {app}</translation>
        </message>
        <message>
            <source>camera in use</source>
            <translation>Kamera in Gebrauch</translation>
        </message>
        <message>
            <source>camera in use by {app}</source>
            <translation>Kamera in Gebrauch durch {app}</translation>
        </message>
        <message>
            <source>screen shared</source>
            <translation>Bildschirm geteilt</translation>
        </message>
        <message>
            <source>screen shared by {app}</source>
            <translation>Bildschirm von {app} geteilt</translation>
        </message>
        <message>
            <source>{source} in use</source>
            <extracomment>{source} is a call source's name that has no text of its own.</extracomment>
            <translation>{source} in Gebrauch</translation>
        </message>
        <message>
            <source>{source} in use by {app}</source>
            <translation>{source} in Gebrauch durch {app}</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <source>Your own exercises were left out; the built-in ones load.</source>
            <translation>Ihre eigenen Übungen wurden weggelassen; die mitgelieferten werden geladen.</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <extracomment>{path} is the catalog file; {problem} says what is wrong with it.</extracomment>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>expected a JSON object with 'exercises' and 'routines'</source>
            <translation>erwartet wird ein JSON-Objekt mit 'exercises' und 'routines'</translation>
        </message>
        <message>
            <source>{section}: holds {count}; a catalog file may hold at most {limit} {section}</source>
            <extracomment>{section} is the name of the list in the file: exercises, routines or sources.</extracomment>
            <translation>{section}: enthält {count}; eine Katalogdatei darf in {section} höchstens {limit} Einträge haben</translation>
        </message>
        <message>
            <source>version: {version} is not a catalog format this backbreak reads (expected {known})</source>
            <extracomment>Keep "version" as it is: the key in the file.</extracomment>
            <translation>version: {version} ist kein Katalogformat, das dieses backbreak lesen kann (erwartet: {known})</translation>
        </message>
        <message>
            <source>file not found</source>
            <translation>Datei nicht gefunden</translation>
        </message>
        <message>
            <source>can't use it: {reason}</source>
            <translation>nicht verwendbar: {reason}</translation>
        </message>
        <message>
            <source>too large for a catalog (over {size} MiB)</source>
            <translation>zu groß für einen Katalog (über {size} MiB)</translation>
        </message>
        <message>
            <source>not UTF-8 text ({reason})</source>
            <translation>kein UTF-8-Text ({reason})</translation>
        </message>
        <message>
            <source>not valid JSON: {reason} (line {line})</source>
            <extracomment>{reason} is Python's own description of the JSON error, in English.</extracomment>
            <translation>kein gültiges JSON: {reason} (Zeile {line})</translation>
        </message>
        <message>
            <source>can't read it: {reason}</source>
            <translation>nicht lesbar: {reason}</translation>
        </message>
        <message>
            <source>not usable JSON: {reason}</source>
            <translation>kein verwendbares JSON: {reason}</translation>
        </message>
        <message>
            <source>nested too deeply</source>
            <translation>zu tief verschachtelt</translation>
        </message>
        <message numerus="yes">
            <source>{path}: %n problem(s):</source>
            <extracomment>{path} is the file; a line for each problem follows.</extracomment>
            <translation>
                <numerusform>{path}: %n Problem:</numerusform>
                <numerusform>{path}: %n Probleme:</numerusform>
            </translation>
        </message>
        <message>
            <source>(top level)</source>
            <translation>(oberste Ebene)</translation>
        </message>
        <message>
            <source>exercises[{index}] (id '{id}').source: unknown source '{source}'</source>
            <extracomment>Keep the field path "exercises[{index}] (id '{id}').source" as it is.</extracomment>
            <translation>exercises[{index}] (id '{id}').source: unbekannte Quelle '{source}'</translation>
        </message>
        <message>
            <source>routines[{index}] (id '{id}').exercises: unknown exercise '{exercise}'</source>
            <extracomment>Keep the field path "routines[{index}] (id '{id}').exercises" as it is.</extracomment>
            <translation>routines[{index}] (id '{id}').exercises: unbekannte Übung '{exercise}'</translation>
        </message>
        <message>
            <source>{section}[{index}].id: '{id}' is used twice</source>
            <extracomment>{section}[{index}].id is a field path in the file; keep it as it is.</extracomment>
            <translation>{section}[{index}].id: '{id}' wird zweimal verwendet</translation>
        </message>
        <message>
            <source>exercise '{id}'</source>
            <translation>Übung '{id}'</translation>
        </message>
        <message>
            <source>routine '{id}'</source>
            <translation>Routine '{id}'</translation>
        </message>
        <message>
            <source>source '{id}'</source>
            <translation>Quelle '{id}'</translation>
        </message>
        <message>
            <source>these ids are built in already; give yours another id: {ids}</source>
            <extracomment>{ids} lists the clashing ids, e.g. "exercise 'cat-camel', routine 'evening'".</extracomment>
            <translation>diese IDs sind bereits mitgeliefert; geben Sie Ihren eine andere ID: {ids}</translation>
        </message>
    </context>
    <context>
        <name>catalog_cmds</name>
        <message>
            <source>list every exercise</source>
            <translation>alle Übungen auflisten</translation>
        </message>
        <message>
            <source>List every exercise in the catalog, with its dose and how often it is due.</source>
            <translation>Alle Übungen des Katalogs auflisten, mit Dosierung und wie oft sie fällig sind.</translation>
        </message>
        <message>
            <source>print the catalog as JSON, in English (see README)</source>
            <translation>den Katalog als JSON ausgeben, auf Englisch (siehe README)</translation>
        </message>
        <message>
            <source>show one exercise in full</source>
            <translation>eine Übung ausführlich zeigen</translation>
        </message>
        <message>
            <source>Show one exercise: steps, dose, cadence, cautions, modifications, source.</source>
            <translation>Eine Übung zeigen: Schritte, Dosierung, Häufigkeit, Vorsicht, Varianten, Quelle.</translation>
        </message>
        <message>
            <source>an exercise id from 'backbreak catalog'</source>
            <translation>eine Übungs-ID aus „backbreak catalog“</translation>
        </message>
        <message>
            <source>the built-in catalog is damaged; please reinstall.</source>
            <translation>der mitgelieferte Katalog ist beschädigt; bitte installieren Sie backbreak neu.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>GROUP</source>
            <translation>GRUPPE</translation>
        </message>
        <message>
            <source>DOSE</source>
            <translation>DOSIERUNG</translation>
        </message>
        <message>
            <source>HOW OFTEN</source>
            <translation>WIE OFT</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s). 'backbreak show ID' tells one in full.</source>
            <translation>
                <numerusform>%n Übung. „backbreak show ID“ zeigt eine ausführlich.</numerusform>
                <numerusform>%n Übungen. „backbreak show ID“ zeigt eine ausführlich.</numerusform>
            </translation>
        </message>
        <message>
            <source>no exercise with id '{id}'. Known ids: {ids}</source>
            <translation>keine Übung mit der ID „{id}“. Bekannte IDs: {ids}</translation>
        </message>
        <message>
            <source>{group} · {kind} · starts {position}</source>
            <extracomment>Under the exercise's name: "Low back · Stretch · starts standing"; {position} is a position such as "lying on your back" (German: "in Rückenlage").</extracomment>
            <translation>{group} · {kind} · Ausgangshaltung: {position}</translation>
        </message>
        <message>
            <source>Steps:</source>
            <translation>Schritte:</translation>
        </message>
        <message>
            <source>Cautions:</source>
            <translation>Vorsicht:</translation>
        </message>
        <message>
            <source>Modifications:</source>
            <translation>Varianten:</translation>
        </message>
        <message>
            <source>Dose:</source>
            <translation>Dosierung:</translation>
        </message>
        <message>
            <source>How often:</source>
            <translation>Wie oft:</translation>
        </message>
        <message>
            <source>You need:</source>
            <translation>Sie brauchen:</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Quelle:</translation>
        </message>
        <message>
            <source>Picture:</source>
            <translation>Bild:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
    </context>
    <context>
        <name>catalog_i18n</name>
        <message>
            <source>too large for a catalog translation</source>
            <translation>zu groß für eine Katalogübersetzung</translation>
        </message>
        <message>
            <source>{path}: {problem}; that text is shown in English.</source>
            <extracomment>{path} is the translation file; {problem} says which text could not be used.</extracomment>
            <translation>{path}: {problem}; dieser Text wird auf Englisch angezeigt.</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <extracomment>{path} is the catalog translation file; {problem} says what is wrong with it.</extracomment>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>The catalog is shown in English.</source>
            <translation>Der Katalog wird auf Englisch angezeigt.</translation>
        </message>
        <message>
            <source>{section}: unknown id '{id}'</source>
            <extracomment>{section} is the list in the file (exercises, routines, sources): keep it as it is.</extracomment>
            <translation>{section}: unbekannte ID '{id}'</translation>
        </message>
        <message>
            <source>{where}: has {count} entries, the English has {english}</source>
            <extracomment>{where} is a field path such as exercises.cat-camel.steps: keep it as it is.</extracomment>
            <translation>{where}: hat {count} Einträge, das Englische hat {english}</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>backbreak reminds you to do your back exercises while you sit at a computer, and
guides you through them. Run it without a command to start the tray app.

The exercises are general advice from a physiotherapy handout and a trainer's guide,
not a prescription for you. If something gets worse, stop and see a professional.
</source>
            <extracomment>Printed as written: keep the line breaks, each line under 80 characters.</extracomment>
            <translation>backbreak erinnert Sie an Ihre Rückenübungen, während Sie am Computer sitzen,
und leitet Sie durch die Übungen. Ohne Befehl startet die App im Infobereich.

Die Übungen sind allgemeine Ratschläge aus einem Physiotherapie-Merkblatt und
einem Trainerleitfaden, keine Verordnung für Sie. Wenn etwas schlimmer wird,
hören Sie auf und gehen Sie zu einer Fachperson.
</translation>
        </message>
        <message>
            <source>use this backend for one OS edge, for debugging (repeatable; e.g. idle=x11-xss, notifications=card, busy=none); `backbreak status` lists the names</source>
            <translation>dieses Backend für eine Schnittstelle zum System verwenden, zur Fehlersuche (mehrfach möglich; z. B. idle=x11-xss, notifications=card, busy=none); „backbreak status“ nennt die Namen</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>BEFEHL</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <source>backbreak is already running.</source>
            <translation>backbreak läuft bereits.</translation>
        </message>
        <message>
            <source>no routine '{routine}'. Known routines: {known}</source>
            <translation>Keine Routine „{routine}“. Bekannte Routinen: {known}</translation>
        </message>
        <message>
            <source>A session is already open.</source>
            <translation>Eine Übungseinheit ist bereits geöffnet.</translation>
        </message>
        <message>
            <source>Started: {title}.</source>
            <translation>Gestartet: {title}.</translation>
        </message>
        <message>
            <source>No break is planned (paused, or nothing enabled).</source>
            <translation>Keine Pause geplant (pausiert oder nichts eingeschaltet).</translation>
        </message>
        <message>
            <source>Reminder shown: {title}.</source>
            <translation>Erinnerung angezeigt: {title}.</translation>
        </message>
        <message>
            <source>No break is due right now; nothing to snooze.</source>
            <translation>Gerade ist keine Pause fällig; nichts zu verschieben.</translation>
        </message>
        <message numerus="yes">
            <source>Snoozed for %n min.</source>
            <translation>
                <numerusform>Um %n Min. verschoben.</numerusform>
                <numerusform>Um %n Min. verschoben.</numerusform>
            </translation>
        </message>
        <message>
            <source>No break is due right now; nothing to skip.</source>
            <translation>Gerade ist keine Pause fällig; nichts auszulassen.</translation>
        </message>
        <message>
            <source>Skipped.</source>
            <translation>Ausgelassen.</translation>
        </message>
        <message>
            <source>Paused until further notice.</source>
            <translation>Pausiert bis auf Weiteres.</translation>
        </message>
        <message>
            <source>Paused until {time}.</source>
            <translation>Pausiert bis {time}.</translation>
        </message>
        <message>
            <source>Reminders are on again.</source>
            <translation>Die Erinnerungen sind wieder an.</translation>
        </message>
        <message>
            <source>Settings opened.</source>
            <translation>Einstellungen geöffnet.</translation>
        </message>
        <message>
            <source>Start at login on ({where}).</source>
            <translation>Start bei der Anmeldung an ({where}).</translation>
        </message>
        <message>
            <source>Start at login off ({where}).</source>
            <translation>Start bei der Anmeldung aus ({where}).</translation>
        </message>
        <message>
            <source>Settings reloaded.</source>
            <translation>Einstellungen neu geladen.</translation>
        </message>
        <message>
            <source>backbreak is quitting.</source>
            <translation>backbreak wird beendet.</translation>
        </message>
    </context>
    <context>
        <name>composer</name>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Catch-up: {title}</source>
            <extracomment>A break that makes up for missed ones; {title} is the routine's name.</extracomment>
            <translation>Nachholen: {title}</translation>
        </message>
    </context>
    <context>
        <name>config_cmds</name>
        <message>
            <source>show or change settings</source>
            <translation>Einstellungen zeigen oder ändern</translation>
        </message>
        <message>
            <source>Show or change backbreak's settings (the same ones as the settings dialog).</source>
            <translation>Die Einstellungen von backbreak zeigen oder ändern (dieselben wie im Einstellungsdialog).</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>AKTION</translation>
        </message>
        <message>
            <source>export the history</source>
            <translation>den Verlauf exportieren</translation>
        </message>
        <message>
            <source>Export every break and exercise outcome as CSV (one row per record).</source>
            <translation>Jede Pause und jedes Übungsergebnis als CSV exportieren (eine Zeile pro Eintrag).</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>DATEI</translation>
        </message>
        <message>
            <source>file to write; '-' for standard output</source>
            <translation>die Datei, in die geschrieben wird; „-“ für die Standardausgabe</translation>
        </message>
        <message>
            <source>print where the settings file is</source>
            <translation>zeigen, wo die Einstellungsdatei liegt</translation>
        </message>
        <message>
            <source>print all settings, or one</source>
            <translation>alle Einstellungen ausgeben, oder eine</translation>
        </message>
        <message>
            <source>Print settings.</source>
            <translation>Einstellungen ausgeben.</translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>SCHLÜSSEL</translation>
        </message>
        <message>
            <source>VALUE</source>
            <translation>WERT</translation>
        </message>
        <message>
            <source>one setting (default: all, as JSON)</source>
            <translation>eine Einstellung (ohne Angabe: alle, als JSON)</translation>
        </message>
        <message>
            <source>change one or more settings</source>
            <translation>eine oder mehrere Einstellungen ändern</translation>
        </message>
        <message>
            <source>Change settings: one or more KEY VALUE pairs, checked together. VALUE is read as JSON when it parses, else as text: 'config set work_start 08:30', 'config set work_days [0,1,2,3]', 'config set sounds_enabled false', 'config set work_start 22:00 work_end 06:00'.</source>
            <translation>Einstellungen ändern: ein oder mehrere Paare SCHLÜSSEL WERT, gemeinsam geprüft. WERT wird als JSON gelesen, wenn er sich so lesen lässt, sonst als Text: „config set work_start 08:30“, „config set work_days [0,1,2,3]“, „config set sounds_enabled false“, „config set work_start 22:00 work_end 06:00“.</translation>
        </message>
        <message>
            <source>more pairs, checked together</source>
            <translation>weitere Paare, gemeinsam geprüft</translation>
        </message>
        <message>
            <source>go back to the default settings</source>
            <translation>zu den Standardeinstellungen zurückkehren</translation>
        </message>
        <message>
            <source>choose an action: path, get, set or reset</source>
            <translation>wählen Sie eine Aktion: path, get, set oder reset</translation>
        </message>
        <message>
            <source>'{key}' has no value: give KEY VALUE pairs</source>
            <translation>„{key}“ hat keinen Wert: Geben Sie Paare aus SCHLÜSSEL und WERT an</translation>
        </message>
        <message>
            <source>{key} is given twice</source>
            <translation>{key} ist zweimal angegeben</translation>
        </message>
        <message>
            <source>'version' is the file format's version; it can't be set</source>
            <translation>„version“ ist die Version des Dateiformats; sie lässt sich nicht setzen</translation>
        </message>
        <message>
            <source>refused, nothing changed:
{reasons}</source>
            <extracomment>{reasons} is one or more lines, each naming a setting and what it accepts.</extracomment>
            <translation>abgelehnt, nichts geändert:
{reasons}</translation>
        </message>
        <message>
            <source>note: {warning}</source>
            <translation>Hinweis: {warning}</translation>
        </message>
        <message>
            <source>disabled_exercises must name exercises from the catalog; unknown: {unknown}. Known ids: {ids}</source>
            <translation>disabled_exercises darf nur Übungen aus dem Katalog nennen; unbekannt: {unknown}. Bekannte IDs: {ids}</translation>
        </message>
        <message>
            <source>Settings reset to the defaults in {file}</source>
            <translation>Einstellungen in {file} auf die Standardwerte zurückgesetzt</translation>
        </message>
        <message>
            <source>could not write {file}: {error}</source>
            <translation>{file} konnte nicht geschrieben werden: {error}</translation>
        </message>
        <message>
            <source>could not tell the running backbreak: {error}</source>
            <translation>das laufende backbreak war nicht erreichbar: {error}</translation>
        </message>
        <message>
            <source>The running backbreak now uses the new settings.</source>
            <translation>Das laufende backbreak verwendet jetzt die neuen Einstellungen.</translation>
        </message>
        <message>
            <source>the running backbreak said: {message}</source>
            <translation>das laufende backbreak antwortete: {message}</translation>
        </message>
        <message>
            <source>can't write {file}: {error}</source>
            <translation>{file} lässt sich nicht schreiben: {error}</translation>
        </message>
        <message>
            <source>No history yet ({file} does not exist).</source>
            <translation>Noch kein Verlauf ({file} gibt es nicht).</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n record(s) to {file}</source>
            <translation>
                <numerusform>%n Eintrag nach {file} geschrieben</numerusform>
                <numerusform>%n Einträge nach {file} geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}: can't reach the history: {error}</source>
            <translation>{file}: Der Verlauf ist nicht erreichbar: {error}</translation>
        </message>
        <message>
            <source>{file}: can't read the history: {error}</source>
            <translation>{file}: Der Verlauf lässt sich nicht lesen: {error}</translation>
        </message>
        <message>
            <source>{file}: can't open the history: {error}</source>
            <translation>{file}: Der Verlauf lässt sich nicht öffnen: {error}</translation>
        </message>
        <message>
            <source>no setting called {key}. Settings: {names}</source>
            <translation>keine Einstellung namens {key}. Einstellungen: {names}</translation>
        </message>
    </context>
    <context>
        <name>control_cmds</name>
        <message>
            <source>backbreak is not running. Start it with 'backbreak'.</source>
            <translation>backbreak läuft nicht. Starten Sie es mit „backbreak“.</translation>
        </message>
        <message>
            <source>'{text}' is not a number of minutes (a whole number, e.g. 15)</source>
            <translation>„{text}“ ist keine Minutenzahl (eine ganze Zahl, z. B. 15)</translation>
        </message>
        <message>
            <source>{value} minutes is out of range: use 1 to {most} minutes</source>
            <translation>{value} Minuten geht nicht: erlaubt sind 1 bis {most} Minuten</translation>
        </message>
        <message>
            <source>'{text}' is neither a number of minutes (1 to {most}) nor 'tomorrow'</source>
            <translation>„{text}“ ist weder eine Minutenzahl (1 bis {most}) noch „tomorrow“</translation>
        </message>
        <message>
            <source>start a break now</source>
            <translation>jetzt eine Pause beginnen</translation>
        </message>
        <message>
            <source>Start a break now: the routine named, or the break that is due (or next). Works without the tray app too: the session window opens on its own.</source>
            <translation>Jetzt eine Pause beginnen: die genannte Routine oder die fällige (oder nächste) Pause. Geht auch ohne die App im Infobereich: Das Fenster der Übungseinheit öffnet sich dann allein.</translation>
        </message>
        <message>
            <source>ROUTINE</source>
            <translation>ROUTINE</translation>
        </message>
        <message>
            <source>a routine id (see README)</source>
            <translation>eine Routinen-ID (siehe README)</translation>
        </message>
        <message>
            <source>show the next break's reminder now</source>
            <translation>die Erinnerung an die nächste Pause jetzt zeigen</translation>
        </message>
        <message>
            <source>Show the reminder for the break that is due (or the next one) now, the same way a due break is announced.</source>
            <translation>Die Erinnerung an die fällige (oder nächste) Pause jetzt zeigen, so wie eine fällige Pause angekündigt wird.</translation>
        </message>
        <message>
            <source>snooze the break that is due</source>
            <translation>später an die fällige Pause erinnern</translation>
        </message>
        <message>
            <source>MINUTES</source>
            <translation>MINUTEN</translation>
        </message>
        <message>
            <source>default: your setting</source>
            <translation>ohne Angabe: Ihre Einstellung</translation>
        </message>
        <message>
            <source>skip the break that is due (recorded as skipped)</source>
            <translation>die fällige Pause auslassen (wird als ausgelassen vermerkt)</translation>
        </message>
        <message>
            <source>pause reminders</source>
            <translation>Erinnerungen pausieren</translation>
        </message>
        <message>
            <source>Pause reminders for MINUTES, or until tomorrow morning.</source>
            <translation>Erinnerungen für MINUTEN pausieren, oder bis morgen früh.</translation>
        </message>
        <message>
            <source>MINUTES|tomorrow</source>
            <extracomment>"tomorrow" is typed as it is: translate only MINUTES (as in "snooze MINUTES").</extracomment>
            <translation>MINUTEN|tomorrow</translation>
        </message>
        <message>
            <source>end a pause</source>
            <translation>die Erinnerungen fortsetzen</translation>
        </message>
        <message>
            <source>is backbreak running, what is next</source>
            <translation>läuft backbreak, was kommt als Nächstes</translation>
        </message>
        <message>
            <source>print the status as JSON (see README)</source>
            <translation>den Status als JSON ausgeben (siehe README)</translation>
        </message>
        <message>
            <source>open the settings dialog of the running app</source>
            <translation>den Einstellungsdialog der laufenden App öffnen</translation>
        </message>
        <message>
            <source>end the running app</source>
            <translation>die laufende App beenden</translation>
        </message>
        <message>
            <source>start backbreak at login, or not</source>
            <translation>backbreak bei der Anmeldung starten, oder nicht</translation>
        </message>
        <message>
            <source>Turn starting at login on or off (an XDG autostart entry on Linux, the Run key on Windows, a LaunchAgent on macOS).</source>
            <translation>Den Start bei der Anmeldung ein- oder ausschalten (ein XDG-Autostart-Eintrag unter Linux, der Run-Schlüssel unter Windows, ein LaunchAgent unter macOS).</translation>
        </message>
        <message>
            <source>the running backbreak answered something unreadable: {error}</source>
            <translation>das laufende backbreak gab eine unlesbare Antwort: {error}</translation>
        </message>
        <message>
            <source>the running backbreak refused</source>
            <translation>das laufende backbreak hat abgelehnt</translation>
        </message>
        <message>
            <source>no routine '{routine}'. Known routines: {routines}</source>
            <translation>keine Routine „{routine}“. Bekannte Routinen: {routines}</translation>
        </message>
        <message>
            <source>Start at login on ({where}).</source>
            <translation>Start bei der Anmeldung an ({where}).</translation>
        </message>
        <message>
            <source>Start at login off ({where}).</source>
            <translation>Start bei der Anmeldung aus ({where}).</translation>
        </message>
        <message>
            <source>the setting could not be saved: {error}</source>
            <translation>die Einstellung konnte nicht gespeichert werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>describe</name>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message numerus="yes">
            <source>{count} set(s)</source>
            <extracomment>{count} is a number or a range such as "1–2"; the plural follows its upper end.</extracomment>
            <translation>
                <numerusform>{count} Satz</numerusform>
                <numerusform>{count} Sätze</numerusform>
            </translation>
        </message>
        <message>
            <source>{reps} reps, {seconds} holds</source>
            <translation>{reps} Wiederholungen, je {seconds} halten</translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} Wiederholungen</translation>
        </message>
        <message>
            <source>{seconds} hold</source>
            <translation>{seconds} halten</translation>
        </message>
        <message>
            <source>{sets} × {work}</source>
            <translation>{sets} × {work}</translation>
        </message>
        <message>
            <source>{dose}, each side</source>
            <translation>{dose}, je Seite</translation>
        </message>
        <message>
            <source>{dose}, alternating sides</source>
            <translation>{dose}, Seiten abwechselnd</translation>
        </message>
        <message>
            <source>in routines</source>
            <translation>in Routinen</translation>
        </message>
        <message>
            <source>every hour</source>
            <translation>stündlich</translation>
        </message>
        <message numerus="yes">
            <source>every {hours} hour(s)</source>
            <extracomment>{hours} is a number or a range such as "2–3".</extracomment>
            <translation>
                <numerusform>jede {hours} Stunde</numerusform>
                <numerusform>alle {hours} Stunden</numerusform>
            </translation>
        </message>
        <message>
            <source>once a day</source>
            <translation>einmal täglich</translation>
        </message>
        <message numerus="yes">
            <source>{count} time(s) a day</source>
            <extracomment>{count} is a number or a range such as "2–3".</extracomment>
            <translation>
                <numerusform>{count}-mal täglich</numerusform>
                <numerusform>{count}-mal täglich</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dosing</name>
        <message numerus="yes">
            <source>{count} set(s)</source>
            <translation>
                <numerusform>{count} Satz</numerusform>
                <numerusform>{count} Sätze</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} reps</source>
            <translation>{count} Wiederholungen</translation>
        </message>
        <message>
            <source>{seconds} s holds</source>
            <translation>{seconds} s halten</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <extracomment>Two dose changes, e.g. "2 sets" and "45 s holds".</extracomment>
            <translation>{first} und {second}</translation>
        </message>
        <message>
            <source>{what} today: this block has room</source>
            <extracomment>{what} is the raised dose, e.g. "2 sets" or "2 sets and 20 reps".</extracomment>
            <translation>heute {what}: in diesem Block ist Zeit dafür</translation>
        </message>
    </context>
    <context>
        <name>exercise</name>
        <message>
            <source>a pace phase has either seconds or hold: true</source>
            <extracomment>Keep "seconds" and "hold: true" as they are: keys and values in the file.</extracomment>
            <translation>ein Takt hat entweder seconds oder hold: true</translation>
        </message>
        <message>
            <source>at most {limit} sets; got {got}</source>
            <translation>höchstens {limit} Sätze; angegeben: {got}</translation>
        </message>
        <message>
            <source>at most {limit} reps; got {got}</source>
            <translation>höchstens {limit} Wiederholungen; angegeben: {got}</translation>
        </message>
        <message>
            <source>at most {limit} seconds (10 minutes) for a hold; got {got}</source>
            <translation>höchstens {limit} Sekunden (10 Minuten) Halten; angegeben: {got}</translation>
        </message>
        <message>
            <source>one bout at the top of this dose takes {minutes} min; keep it within {limit} min (fewer sets, reps or seconds)</source>
            <translation>ein Durchgang mit dem höchsten Umfang dauert {minutes} Min.; bleiben Sie innerhalb von {limit} Min. (weniger Sätze, Wiederholungen oder Sekunden)</translation>
        </message>
        <message>
            <source>a dose needs reps, hold_seconds, or both</source>
            <extracomment>The dose's keys in the file (reps, hold_seconds, pace, per_side, alternating) stay as they are in these sentences.</extracomment>
            <translation>ein Umfang braucht reps, hold_seconds oder beides</translation>
        </message>
        <message>
            <source>a dose with reps needs a pace (the beats of one repetition)</source>
            <translation>ein Umfang mit reps braucht pace (die Takte einer Wiederholung)</translation>
        </message>
        <message>
            <source>per_side and alternating exclude each other</source>
            <translation>per_side und alternating schließen sich aus</translation>
        </message>
        <message>
            <source>a pace with hold phases needs hold_seconds</source>
            <translation>pace mit Halte-Takten braucht hold_seconds</translation>
        </message>
        <message>
            <source>at most {limit} hours; got {got}</source>
            <translation>höchstens {limit} Stunden; angegeben: {got}</translation>
        </message>
        <message>
            <source>at most {limit} times a day; got {got}</source>
            <translation>höchstens {limit}-mal täglich; angegeben: {got}</translation>
        </message>
        <message>
            <source>give exactly one of every_hours or times_per_day</source>
            <extracomment>Keep every_hours and times_per_day as they are: the keys in the file.</extracomment>
            <translation>geben Sie genau eines von every_hours oder times_per_day an</translation>
        </message>
        <message>
            <source>'{id}' is not kebab-case (like 'prone-on-elbows')</source>
            <extracomment>kebab-case: lower-case words joined by hyphens, as in the example.</extracomment>
            <translation>'{id}' ist nicht in kebab-case (wie 'prone-on-elbows')</translation>
        </message>
        <message>
            <source>{name} is not a plain .svg file name under assets/illustrations/ (like 'cat-camel.svg'; no folders, no '..')</source>
            <translation>{name} ist kein einfacher .svg-Dateiname unter assets/illustrations/ (wie 'cat-camel.svg'; keine Ordner, kein '..')</translation>
        </message>
        <message>
            <source>entries must not be blank</source>
            <translation>Einträge dürfen nicht leer sein</translation>
        </message>
    </context>
    <context>
        <name>exercise_labels</name>
        <message>
            <source>Stretch</source>
            <translation>Dehnung</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>Bewegung</translation>
        </message>
        <message>
            <source>Resting posture</source>
            <translation>Ruhelage</translation>
        </message>
        <message>
            <source>Standing</source>
            <translation>Im Stehen</translation>
        </message>
        <message>
            <source>Sitting</source>
            <translation>Im Sitzen</translation>
        </message>
        <message>
            <source>Kneeling</source>
            <translation>Im Knien</translation>
        </message>
        <message>
            <source>On hands and knees</source>
            <translation>Im Vierfüßlerstand</translation>
        </message>
        <message>
            <source>Lying on your side</source>
            <translation>In Seitenlage</translation>
        </message>
        <message>
            <source>Lying on your back</source>
            <translation>In Rückenlage</translation>
        </message>
        <message>
            <source>Lying on your stomach</source>
            <translation>In Bauchlage</translation>
        </message>
        <message>
            <source>standing</source>
            <extracomment>A starting position inside a sentence: "Get into position: {position}", "starts {position}" (German: "im Stehen", lower case after the colon).</extracomment>
            <translation>im Stehen</translation>
        </message>
        <message>
            <source>sitting</source>
            <translation>im Sitzen</translation>
        </message>
        <message>
            <source>kneeling</source>
            <translation>im Knien</translation>
        </message>
        <message>
            <source>on hands and knees</source>
            <translation>im Vierfüßlerstand</translation>
        </message>
        <message>
            <source>lying on your side</source>
            <translation>in Seitenlage</translation>
        </message>
        <message>
            <source>lying on your back</source>
            <translation>in Rückenlage</translation>
        </message>
        <message>
            <source>lying on your stomach</source>
            <translation>in Bauchlage</translation>
        </message>
        <message>
            <source>floor space to lie down</source>
            <extracomment>What the user needs at hand: "You need: {items}" (German: accusative).</extracomment>
            <translation>Platz am Boden zum Hinlegen</translation>
        </message>
        <message>
            <source>a mat or folded towel</source>
            <translation>eine Matte oder ein gefaltetes Handtuch</translation>
        </message>
        <message>
            <source>a free stretch of wall</source>
            <translation>ein freies Stück Wand</translation>
        </message>
        <message>
            <source>a door frame</source>
            <translation>einen Türrahmen</translation>
        </message>
        <message>
            <source>a sturdy chair</source>
            <translation>einen stabilen Stuhl</translation>
        </message>
        <message>
            <source>a tennis or lacrosse ball</source>
            <translation>einen Tennis- oder Lacrosseball</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>a folder</source>
            <translation>ein Ordner</translation>
        </message>
        <message>
            <source>a FIFO (named pipe)</source>
            <translation>ein FIFO (Named Pipe)</translation>
        </message>
        <message>
            <source>a character device</source>
            <translation>ein zeichenorientiertes Gerät</translation>
        </message>
        <message>
            <source>a block device</source>
            <translation>ein blockorientiertes Gerät</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>ein Socket</translation>
        </message>
        <message>
            <source>it is {kind}, not a regular file</source>
            <extracomment>{kind} is what the path is instead, e.g. "a folder", "a FIFO (named pipe)".</extracomment>
            <translation>es ist {kind}, keine reguläre Datei</translation>
        </message>
        <message>
            <source>a regular file</source>
            <translation>eine reguläre Datei</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>keine reguläre Datei</translation>
        </message>
    </context>
    <context>
        <name>formats</name>
        <message>
            <source>{weekday} {time}</source>
            <translation>{weekday} {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>{folder}: can't create the data folder for your history ({reason}). backbreak works, but nothing is recorded this session.</source>
            <translation>{folder}: Der Datenordner für Ihren Verlauf kann nicht angelegt werden ({reason}). backbreak funktioniert, aber in dieser Sitzung wird nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>the history database has schema version {found}; this backbreak knows up to {known}. Update backbreak to read it.</source>
            <translation>Die Verlaufsdatenbank hat die Schemaversion {found}; dieses backbreak kennt bis {known}. Aktualisieren Sie backbreak, um sie zu lesen.</translation>
        </message>
        <message>
            <source>{path}: {problem} Nothing will be recorded until then.</source>
            <extracomment>{problem} is a whole sentence: why the history can't be used.</extracomment>
            <translation>{path}: {problem} Bis dahin wird nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>{path}: can't open the history now ({reason}). The file is left as it is; what you do is kept and written to it as soon as it can be opened.</source>
            <translation>{path}: Der Verlauf kann gerade nicht geöffnet werden ({reason}). Die Datei bleibt, wie sie ist; was Sie tun, wird aufbewahrt und hineingeschrieben, sobald sie sich öffnen lässt.</translation>
        </message>
        <message>
            <source>{path}: can't be read as a history database ({reason}) nor moved aside ({move_reason}); nothing will be recorded this session.</source>
            <translation>{path}: kann weder als Verlaufsdatenbank gelesen ({reason}) noch beiseitegelegt werden ({move_reason}); in dieser Sitzung wird nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>{path}: can't be read as a history database ({reason}). It was kept as {aside} and a new history was started.</source>
            <translation>{path}: kann nicht als Verlaufsdatenbank gelesen werden ({reason}). Sie wurde als {aside} aufbewahrt und ein neuer Verlauf begonnen.</translation>
        </message>
        <message>
            <source>the database is locked by another program</source>
            <translation>die Datenbank ist von einem anderen Programm gesperrt</translation>
        </message>
        <message>
            <source>can't write to the history ({reason}) nor to {journal} ({journal_reason}); the record is kept in memory and written when the history can take it</source>
            <translation>weder in den Verlauf ({reason}) noch in {journal} ({journal_reason}) kann geschrieben werden; der Eintrag bleibt im Speicher und wird geschrieben, sobald der Verlauf ihn aufnehmen kann</translation>
        </message>
        <message numerus="yes">
            <source>backbreak can't write to its history ({reason}). %n record(s) kept in memory, to be saved as soon as the history can be written again.</source>
            <translation>
                <numerusform>backbreak kann nicht in den Verlauf schreiben ({reason}). %n Eintrag wird im Speicher aufbewahrt und gespeichert, sobald der Verlauf wieder beschrieben werden kann.</numerusform>
                <numerusform>backbreak kann nicht in den Verlauf schreiben ({reason}). %n Einträge werden im Speicher aufbewahrt und gespeichert, sobald der Verlauf wieder beschrieben werden kann.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>backbreak can't write to its history ({reason}). %n record(s) kept safe in {journal}, to be saved as soon as the history can be written again.</source>
            <translation>
                <numerusform>backbreak kann nicht in den Verlauf schreiben ({reason}). %n Eintrag ist in {journal} sicher aufbewahrt und wird gespeichert, sobald der Verlauf wieder beschrieben werden kann.</numerusform>
                <numerusform>backbreak kann nicht in den Verlauf schreiben ({reason}). %n Einträge sind in {journal} sicher aufbewahrt und werden gespeichert, sobald der Verlauf wieder beschrieben werden kann.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The history can be written again; %n waiting record(s) saved.</source>
            <translation>
                <numerusform>Der Verlauf kann wieder beschrieben werden; %n wartender Eintrag gespeichert.</numerusform>
                <numerusform>Der Verlauf kann wieder beschrieben werden; %n wartende Einträge gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>{path} was deleted while backbreak ran; a new history was started there.</source>
            <translation>{path} wurde gelöscht, während backbreak lief; dort wurde ein neuer Verlauf begonnen.</translation>
        </message>
        <message>
            <source>{path} was replaced while backbreak ran; now writing to the new file.</source>
            <translation>{path} wurde ersetzt, während backbreak lief; es wird jetzt in die neue Datei geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>launch</name>
        <message>
            <source>backbreak is still starting; try again.</source>
            <translation>backbreak startet noch; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>another instance holds the instance lock but does not answer.</source>
            <translation>eine andere backbreak-Instanz hält die Instanzsperre, antwortet aber nicht.</translation>
        </message>
    </context>
    <context>
        <name>locking</name>
        <message>
            <source>another backbreak held the lock for over {seconds} s</source>
            <translation>ein anderes backbreak hielt die Sperre länger als {seconds} s</translation>
        </message>
    </context>
    <context>
        <name>notify</name>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Später erinnern</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Auslassen</translation>
        </message>
    </context>
    <context>
        <name>outcomes</name>
        <message>
            <source>Couldn't save this exercise to your history: {reason}</source>
            <translation>Diese Übung konnte nicht in Ihrem Verlauf gespeichert werden: {reason}</translation>
        </message>
        <message>
            <source>Couldn't save the break: {reason}</source>
            <translation>Die Pause konnte nicht gespeichert werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>parsing</name>
        <message>
            <source>{prog}: error: {message}
Try '{prog} --help'.</source>
            <extracomment>{prog} is the command ("backbreak plan"); {message} says what is wrong.</extracomment>
            <translation>{prog}: Fehler: {message}
„{prog} --help“ zeigt die Hilfe.</translation>
        </message>
    </context>
    <context>
        <name>plan_cmd</name>
        <message>
            <source>show the day's planned breaks</source>
            <translation>die geplanten Pausen eines Tages zeigen</translation>
        </message>
        <message>
            <source>Show the breaks backbreak will offer on a day (default: the rest of today), from what you have done so far, assuming each break is done when offered. Work hours bound everything but the evening session.</source>
            <translation>Die Pausen zeigen, die backbreak an einem Tag anbieten wird (ohne Angabe: den Rest von heute), ausgehend von dem, was Sie bisher gemacht haben, und unter der Annahme, dass Sie jede Pause machen, wenn sie angeboten wird. Alles außer der Abendeinheit liegt in der Arbeitszeit.</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>the day to plan (default: today)</source>
            <translation>der zu planende Tag (ohne Angabe: heute)</translation>
        </message>
        <message>
            <source>print the plan as JSON (see README)</source>
            <translation>den Plan als JSON ausgeben (siehe README)</translation>
        </message>
        <message>
            <source>--date: '{text}' is not a date like 2026-03-30 (YYYY-MM-DD)</source>
            <translation>--date: „{text}“ ist kein Datum wie 2026-03-30 (JJJJ-MM-TT)</translation>
        </message>
        <message>
            <source>--date: {date} has passed; 'backbreak plan' shows what is still to come (see 'backbreak export' for what was done)</source>
            <translation>--date: {date} ist vorbei; „backbreak plan“ zeigt, was noch kommt (was erledigt ist, zeigt „backbreak export“)</translation>
        </message>
        <message numerus="yes">
            <source>--date: {date} is too far ahead; plan up to %n day(s) ahead</source>
            <translation>
                <numerusform>--date: {date} liegt zu weit voraus; planen Sie bis zu %n Tag im Voraus</numerusform>
                <numerusform>--date: {date} liegt zu weit voraus; planen Sie bis zu %n Tage im Voraus</numerusform>
            </translation>
        </message>
        <message>
            <source>Planned breaks for {date}:</source>
            <translation>Geplante Pausen für {date}:</translation>
        </message>
        <message>
            <source>  none (a day off with the evening session turned off?)</source>
            <translation>  keine (ein freier Tag bei abgeschalteter Abendeinheit?)</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message numerus="yes">
            <source>%n break(s), about {minutes} minutes in all.</source>
            <translation>
                <numerusform>%n Pause, insgesamt etwa {minutes} Minuten.</numerusform>
                <numerusform>%n Pausen, insgesamt etwa {minutes} Minuten.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>presence_status</name>
        <message>
            <source>none (reminders are never held)</source>
            <translation>keine (Erinnerungen werden nie zurückgehalten)</translation>
        </message>
        <message>
            <source>reminder card</source>
            <extracomment>The app's own reminder window, shown when notifications can't report a click.</extracomment>
            <translation>Erinnerungskarte</translation>
        </message>
        <message>
            <source>off (calls never hold a break)</source>
            <translation>aus (Anrufe halten nie eine Pause zurück)</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
    </context>
    <context>
        <name>ranges</name>
        <message>
            <source>min ({min}) must not exceed max ({max})</source>
            <extracomment>Keep min and max as they are: the keys in the file.</extracomment>
            <translation>min ({min}) darf nicht größer sein als max ({max})</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message numerus="yes">
            <source>About %n min: {exercises}</source>
            <translation>
                <numerusform>Etwa %n Min.: {exercises}</numerusform>
                <numerusform>Etwa %n Min.: {exercises}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>About %n min.</source>
            <translation>
                <numerusform>Etwa %n Min.</numerusform>
                <numerusform>Etwa %n Min.</numerusform>
            </translation>
        </message>
        <message>
            <source>Still waiting: {title}</source>
            <translation>Wartet noch: {title}</translation>
        </message>
        <message>
            <source>Time for a break: {title}</source>
            <translation>Zeit für eine Pause: {title}</translation>
        </message>
    </context>
    <context>
        <name>routine</name>
        <message>
            <source>'{id}' is not kebab-case (like 'evening-stretch')</source>
            <extracomment>kebab-case: lower-case words joined by hyphens, as in the example.</extracomment>
            <translation>'{id}' ist nicht in kebab-case (wie 'evening-stretch')</translation>
        </message>
        <message>
            <source>exercise listed twice: {ids}</source>
            <translation>Übung doppelt aufgeführt: {ids}</translation>
        </message>
        <message>
            <source>at most {limit} minutes; got {got}</source>
            <translation>höchstens {limit} Minuten; angegeben: {got}</translation>
        </message>
    </context>
    <context>
        <name>session_text</name>
        <message>
            <source>Better</source>
            <translation>Besser</translation>
        </message>
        <message>
            <source>About the same</source>
            <translation>Etwa gleich</translation>
        </message>
        <message>
            <source>Worse</source>
            <translation>Schlechter</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Rechts</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Linke Seite</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Rechte Seite</translation>
        </message>
        <message>
            <source>left</source>
            <extracomment>A side inside a sentence: "Now the {side}", "set 1 of 2 · {side}".</extracomment>
            <translation>links</translation>
        </message>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <source>left side</source>
            <translation>linke Seite</translation>
        </message>
        <message>
            <source>right side</source>
            <translation>rechte Seite</translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>etwa %n Minute</numerusform>
                <numerusform>etwa %n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Partly done ({percent}%)</source>
            <translation>Teilweise erledigt ({percent} %)</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ausgelassen</translation>
        </message>
        <message>
            <source>Stopped: it hurt, felt {feeling}</source>
            <translation>Abgebrochen: Schmerzen, danach {feeling}</translation>
        </message>
        <message>
            <source>Stopped: it hurt</source>
            <translation>Abgebrochen: Schmerzen</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>a time of day is written like 08:30</source>
            <translation>eine Uhrzeit wird wie 08:30 geschrieben</translation>
        </message>
        <message>
            <source>not a time of day like 08:30</source>
            <translation>keine Uhrzeit wie 08:30</translation>
        </message>
        <message>
            <source>hours run 0-23 and minutes 0-59</source>
            <translation>Stunden gehen von 0 bis 23, Minuten von 0 bis 59</translation>
        </message>
        <message>
            <source>expected a number, not true/false</source>
            <translation>erwartet wird eine Zahl, nicht true/false</translation>
        </message>
        <message>
            <source>give a local time such as 09:00, without a time zone</source>
            <translation>geben Sie eine Ortszeit wie 09:00 an, ohne Zeitzone</translation>
        </message>
        <message>
            <source>weekdays are 0 (Monday) to 6 (Sunday)</source>
            <translation>Wochentage sind 0 (Montag) bis 6 (Sonntag)</translation>
        </message>
        <message>
            <source>pick at least one group for the routine blocks</source>
            <translation>wählen Sie mindestens eine Gruppe für die Übungsblöcke</translation>
        </message>
        <message>
            <source>the low-back exercises have their own cadences, not blocks</source>
            <translation>die Übungen für den unteren Rücken haben eigene Rhythmen, keine Blöcke</translation>
        </message>
        <message>
            <source>work_end must differ from work_start (both {time}): a work day needs some length; to end after midnight, give an end earlier than the start (22:00 to 06:00)</source>
            <extracomment>Keep the setting names (work_end, work_start) as they are, work_end first.</extracomment>
            <translation>work_end muss sich von work_start unterscheiden (beide {time}): ein Arbeitstag braucht eine Dauer; für ein Ende nach Mitternacht geben Sie ein Ende vor dem Beginn an (22:00 bis 06:00)</translation>
        </message>
        <message>
            <source>prone_overdue_minutes must be at least prone_due_minutes ({due}); got {overdue}</source>
            <extracomment>Keep the setting names as they are, prone_overdue_minutes first.</extracomment>
            <translation>prone_overdue_minutes muss mindestens prone_due_minutes ({due}) sein; angegeben: {overdue}</translation>
        </message>
        <message>
            <source>block_interval_minutes is {minutes}: the guide suggests a block every {low_hours}-{high_hours} hours ({low}-{high} minutes)</source>
            <extracomment>Keep the setting name as it is. {low_hours}-{high_hours} hours are the same span as {low}-{high} minutes.</extracomment>
            <translation>block_interval_minutes ist {minutes}: der Rückenratgeber empfiehlt alle {low_hours}–{high_hours} Stunden einen Block ({low}–{high} Minuten)</translation>
        </message>
        <message>
            <source>prone_due_minutes / prone_overdue_minutes are {due} / {overdue}: the low-back sheet asks for the prone holds every 2-3 hours ({low}-{high} minutes)</source>
            <extracomment>Keep the setting names as they are.</extracomment>
            <translation>prone_due_minutes / prone_overdue_minutes sind {due} / {overdue}: das Merkblatt zur Lendenwirbelsäule sieht die Bauchlage alle 2–3 Stunden vor ({low}–{high} Minuten)</translation>
        </message>
        <message>
            <source>prone_due_minutes is {due}, less than block_interval_minutes ({interval}): the prone holds would come before every routine block and can crowd them out</source>
            <extracomment>Keep the setting names as they are.</extracomment>
            <translation>prone_due_minutes ist {due}, weniger als block_interval_minutes ({interval}): die Bauchlage käme vor jedem Übungsblock und kann die Blöcke verdrängen</translation>
        </message>
    </context>
    <context>
        <name>settings_file</name>
        <message>
            <source>the settings file can't be read</source>
            <translation>die Einstellungsdatei kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>{path}: can't read it ({reason}), so backbreak will not write over it. It may belong to another user (left by 'sudo backbreak ...'); to fix it run: sudo chown "$USER" '{path}' &amp;&amp; chmod 600 '{path}'</source>
            <extracomment>Keep the command after "run:" exactly as it is.</extracomment>
            <translation>{path}: nicht lesbar ({reason}), deshalb überschreibt backbreak sie nicht. Sie gehört vielleicht einem anderen Benutzer (hinterlassen von 'sudo backbreak ...'); zum Beheben führen Sie aus: sudo chown "$USER" '{path}' &amp;&amp; chmod 600 '{path}'</translation>
        </message>
        <message>
            <source>backbreak is using default settings; changes made in the app last until it quits.</source>
            <translation>backbreak verwendet die Standardeinstellungen; Änderungen in backbreak gelten, bis es beendet wird.</translation>
        </message>
        <message>
            <source>written by a newer backbreak (settings version {version}; this one reads {known}): settings this version doesn't know were left out</source>
            <translation>von einem neueren backbreak geschrieben (Einstellungsversion {version}; dieses liest {known}): Einstellungen, die diese Version nicht kennt, wurden weggelassen</translation>
        </message>
        <message>
            <source>Could not write the cleaned settings back: {reason}</source>
            <translation>Die bereinigten Einstellungen konnten nicht zurückgeschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <extracomment>{path} is the settings file; {problem} says what is wrong with it.</extracomment>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>expected a JSON object of settings, found {found}</source>
            <translation>erwartet wird ein JSON-Objekt mit Einstellungen, gefunden: {found}</translation>
        </message>
        <message>
            <source>could not upgrade it from version {version}: {reason}</source>
            <translation>konnte nicht von Version {version} aktualisiert werden: {reason}</translation>
        </message>
        <message>
            <source>too large to be a settings file (over {size} KiB)</source>
            <translation>zu groß für eine Einstellungsdatei (über {size} KiB)</translation>
        </message>
        <message>
            <source>not UTF-8 text ({reason} at byte {offset})</source>
            <translation>kein UTF-8-Text ({reason} bei Byte {offset})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>not valid JSON: {reason} (line {line}, column {column})</source>
            <extracomment>{reason} is Python's own description of the JSON error, in English.</extracomment>
            <translation>kein gültiges JSON: {reason} (Zeile {line}, Spalte {column})</translation>
        </message>
        <message>
            <source>nested too deeply to be a settings file</source>
            <translation>zu tief verschachtelt für eine Einstellungsdatei</translation>
        </message>
        <message>
            <source>not usable JSON: {reason}</source>
            <translation>kein verwendbares JSON: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>unknown setting(s) {names}</source>
            <extracomment>{names} lists the unknown setting names as they are in the file.</extracomment>
            <translation>
                <numerusform>unbekannte Einstellung {names}</numerusform>
                <numerusform>unbekannte Einstellungen {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>{setting}: {problem} (using the default)</source>
            <extracomment>{setting} is the setting's name in the file; {problem} what is wrong with it.</extracomment>
            <translation>{setting}: {problem} (der Standardwert wird verwendet)</translation>
        </message>
        <message>
            <source>{problem} (using default settings)</source>
            <translation>{problem} (die Standardeinstellungen werden verwendet)</translation>
        </message>
        <message>
            <source>Could not move the file aside ({reason}); using the rest of your settings.</source>
            <translation>Die Datei konnte nicht beiseitegelegt werden ({reason}); Ihre übrigen Einstellungen werden verwendet.</translation>
        </message>
        <message>
            <source>Could not move the file aside ({reason}); using default settings.</source>
            <translation>Die Datei konnte nicht beiseitegelegt werden ({reason}); die Standardeinstellungen werden verwendet.</translation>
        </message>
        <message>
            <source>Your file was kept as {aside}; backbreak is using the rest of your settings.</source>
            <translation>Ihre Datei wurde als {aside} aufbewahrt; backbreak verwendet Ihre übrigen Einstellungen.</translation>
        </message>
        <message>
            <source>Your file was kept as {aside}; backbreak is using default settings.</source>
            <translation>Ihre Datei wurde als {aside} aufbewahrt; backbreak verwendet die Standardeinstellungen.</translation>
        </message>
    </context>
    <context>
        <name>settings_form</name>
        <message>
            <source>It hurts</source>
            <translation>Es tut weh</translation>
        </message>
        <message>
            <source>No equipment</source>
            <translation>Keine Ausstattung</translation>
        </message>
        <message>
            <source>No floor space here</source>
            <translation>Hier kein Platz am Boden</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Anderer Grund</translation>
        </message>
        <message>
            <source>Floor space to lie down</source>
            <translation>Platz am Boden zum Hinlegen</translation>
        </message>
        <message>
            <source>A door frame</source>
            <translation>Ein Türrahmen</translation>
        </message>
        <message>
            <source>A sturdy chair</source>
            <translation>Ein stabiler Stuhl</translation>
        </message>
        <message>
            <source>A mat or folded towel</source>
            <translation>Eine Matte oder ein gefaltetes Handtuch</translation>
        </message>
        <message>
            <source>A free stretch of wall</source>
            <translation>Ein freies Stück Wand</translation>
        </message>
        <message>
            <source>A tennis or lacrosse ball</source>
            <translation>Ein Tennis- oder Lacrosseball</translation>
        </message>
        <message>
            <source>One group each night, in turn</source>
            <translation>Jeden Abend eine Gruppe, im Wechsel</translation>
        </message>
        <message>
            <source>All groups every night</source>
            <translation>Jeden Abend alle Gruppen</translation>
        </message>
        <message>
            <source>Desktop notification</source>
            <translation>Desktop-Benachrichtigung</translation>
        </message>
        <message>
            <source>backbreak's own reminder card only</source>
            <translation>Nur die eigene Erinnerungskarte von backbreak</translation>
        </message>
        <message>
            <source>Both, always</source>
            <translation>Immer beides</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Wie das System</translation>
        </message>
    </context>
    <context>
        <name>settings_messages</name>
        <message>
            <source>a list of weekday numbers from 0 (Monday) to 6 (Sunday), e.g. [0,1,2,3,4]</source>
            <translation>eine Liste von Wochentagsnummern von 0 (Montag) bis 6 (Sonntag), z. B. [0,1,2,3,4]</translation>
        </message>
        <message>
            <source>a list of one or more of: {choices}</source>
            <translation>eine Liste mit einem oder mehreren von: {choices}</translation>
        </message>
        <message>
            <source>a known setting</source>
            <translation>eine bekannte Einstellung</translation>
        </message>
        <message>
            <source>a whole number of minutes from {low} to {high}</source>
            <translation>eine ganze Zahl von Minuten von {low} bis {high}</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high}</source>
            <translation>eine ganze Zahl von {low} bis {high}</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>a time of day such as 08:30, 8:30 or 0830</source>
            <translation>eine Uhrzeit wie 08:30, 8:30 oder 0830</translation>
        </message>
        <message>
            <source>a valid value</source>
            <translation>ein gültiger Wert</translation>
        </message>
        <message>
            <source>one of: {choices}</source>
            <translation>einer von: {choices}</translation>
        </message>
        <message>
            <source>a list of any of: {choices}</source>
            <translation>eine Liste aus beliebigen von: {choices}</translation>
        </message>
        <message>
            <source>exercise ids with a reason each, e.g. {example}; reasons: {reasons}</source>
            <extracomment>{example} is a JSON example such as {"cat-camel": "pain"}; keep it as it is.</extracomment>
            <translation>Übungs-IDs mit je einem Grund, z. B. {example}; Gründe: {reasons}</translation>
        </message>
        <message>
            <source>is not a setting backbreak knows</source>
            <translation>ist keine Einstellung, die backbreak kennt</translation>
        </message>
        <message>
            <source>must be {allowed}; got {value}</source>
            <translation>muss {allowed} sein; angegeben: {value}</translation>
        </message>
        <message>
            <source>{detail} ({reason})</source>
            <translation>{detail} ({reason})</translation>
        </message>
        <message>
            <source>{setting} {detail}</source>
            <extracomment>{setting} is the setting's name as in the settings file (work_days); {detail} says what is wrong, e.g. "must be true or false; got 'yes'".</extracomment>
            <translation>{setting} {detail}</translation>
        </message>
    </context>
    <context>
        <name>settings_migrations</name>
        <message>
            <source>version: {version} is not a settings version</source>
            <extracomment>Keep "version" as it is: the key in the settings file.</extracomment>
            <translation>version: {version} ist keine Einstellungsversion</translation>
        </message>
        <message>
            <source>no way to upgrade settings from version {version}</source>
            <translation>Einstellungen von Version {version} lassen sich nicht aktualisieren</translation>
        </message>
    </context>
    <context>
        <name>settings_tabs</name>
        <message>
            <source>The shortest gap between the end of one break and the next reminder.</source>
            <translation>Der kürzeste Abstand zwischen dem Ende einer Pause und der nächsten Erinnerung.</translation>
        </message>
        <message>
            <source>A reminder that falls due sooner after a break waits until this much time has passed, so breaks never come back to back. 'none' lets one follow the other at once.</source>
            <translation>Eine Erinnerung, die früher nach einer Pause fällig wird, wartet, bis so viel Zeit vergangen ist – Pausen folgen also nie direkt aufeinander. „keine“ lässt eine sofort auf die andere folgen.</translation>
        </message>
        <message>
            <source>Remind me of cat-camel (3 times a day) and ankle pumps (2 times a day)</source>
            <translation>An Katzenbuckel (3-mal täglich) und Fußwippen (2-mal täglich) erinnern</translation>
        </message>
        <message>
            <source>Daily exercises</source>
            <translation>Tägliche Übungen</translation>
        </message>
        <message>
            <source>Work hours</source>
            <translation>Arbeitszeit</translation>
        </message>
        <message>
            <source>to</source>
            <extracomment>Between the start and end times of the work day: "09:00 to 17:00".</extracomment>
            <translation>bis</translation>
        </message>
        <message>
            <source>Reminders come only in these hours (the evening session excepted). An end earlier than the start is a night shift that ends the next day.</source>
            <translation>Erinnerungen kommen nur in dieser Zeit (außer der Abendeinheit). Ein Ende vor dem Beginn bedeutet eine Nachtschicht, die am nächsten Tag endet.</translation>
        </message>
        <message>
            <source>Work days</source>
            <translation>Arbeitstage</translation>
        </message>
        <message>
            <source>Remind me of a routine block</source>
            <translation>An einen Übungsblock erinnern</translation>
        </message>
        <message>
            <source>Routine blocks</source>
            <translation>Übungsblöcke</translation>
        </message>
        <message>
            <source>every</source>
            <extracomment>Before the minutes between routine blocks: "every 90 min".</extracomment>
            <translation>alle</translation>
        </message>
        <message>
            <source>The back-care guide: one 5–10 minute block every 1–2 hours at work, counted from the start of the last block.</source>
            <translation>Der Rückenratgeber: alle 1–2 Stunden bei der Arbeit ein Block von 5–10 Minuten, gezählt ab dem Beginn des letzten Blocks.</translation>
        </message>
        <message>
            <source>Blocks rotate through</source>
            <translation>Blöcke wechseln zwischen</translation>
        </message>
        <message>
            <source>Remind me of the prone holds</source>
            <translation>An die Bauchlage-Übungen erinnern</translation>
        </message>
        <message>
            <source>Prone holds</source>
            <translation>Bauchlage</translation>
        </message>
        <message>
            <source>due after</source>
            <extracomment>Before a number of minutes: prone holds are due after this long.</extracomment>
            <translation>fällig nach</translation>
        </message>
        <message>
            <source>overdue after</source>
            <translation>überfällig nach</translation>
        </message>
        <message>
            <source>The low-back sheet: lie on your front (or on your elbows) every 2–3 hours.</source>
            <translation>Das Merkblatt zur Lendenwirbelsäule: alle 2–3 Stunden auf den Bauch legen (oder auf die Ellbogen stützen).</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>Shown in the spin box at zero minutes of rest: no rest required.</extracomment>
            <translation>keine</translation>
        </message>
        <message>
            <source>Rest between breaks, at least</source>
            <translation>Erholung zwischen Pausen, mindestens</translation>
        </message>
        <message>
            <source>Rest between breaks</source>
            <translation>Erholung zwischen Pausen</translation>
        </message>
        <message>
            <source>at least</source>
            <extracomment>Before a number of minutes of rest between breaks.</extracomment>
            <translation>mindestens</translation>
        </message>
        <message>
            <source>Remind me of the evening stretch</source>
            <translation>An das Dehnen am Abend erinnern</translation>
        </message>
        <message>
            <source>Evening session</source>
            <translation>Abendeinheit</translation>
        </message>
        <message>
            <source>at</source>
            <extracomment>Before the time of the evening session: "at 20:30".</extracomment>
            <translation>um</translation>
        </message>
        <message>
            <source>The back-care guide: static stretches once a day, in the evening.</source>
            <translation>Der Rückenratgeber: statisches Dehnen einmal täglich, am Abend.</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Also on days off</source>
            <translation>Auch an freien Tagen</translation>
        </message>
        <message>
            <source>off</source>
            <extracomment>Shown in the spin box at zero minutes: reminders are never merged.</extracomment>
            <translation>aus</translation>
        </message>
        <message>
            <source>Merge reminders within</source>
            <translation>Erinnerungen zusammenlegen innerhalb von</translation>
        </message>
        <message>
            <source>Reminders due this close together become one break.</source>
            <translation>Erinnerungen, die so dicht beieinander fällig sind, werden zu einer Pause.</translation>
        </message>
        <message>
            <source>Longest break</source>
            <translation>Längste Pause</translation>
        </message>
        <message>
            <source>Snooze for</source>
            <translation>Später erinnern nach</translation>
        </message>
        <message>
            <source>never</source>
            <extracomment>Shown in the spin box at zero minutes: an unanswered reminder is not repeated.</extracomment>
            <translation>nie</translation>
        </message>
        <message>
            <source>Remind again after</source>
            <translation>Erneut erinnern nach</translation>
        </message>
        <message>
            <source>When a reminder is left unanswered.</source>
            <translation>Wenn eine Erinnerung unbeantwortet bleibt.</translation>
        </message>
        <message>
            <source>Away counts as a break after</source>
            <translation>Abwesenheit zählt als Pause nach</translation>
        </message>
        <message>
            <source>Time away from the keyboard restarts the routine-block timer; it never counts as an exercise done.</source>
            <translation>Zeit fern der Tastatur startet den Zeitgeber für Übungsblöcke neu; als erledigte Übung zählt sie nie.</translation>
        </message>
        <message>
            <source>Announce breaks with</source>
            <translation>Pausen ankündigen mit</translation>
        </message>
        <message>
            <source>Sound cues during sessions</source>
            <translation>Tonsignale während der Übungen</translation>
        </message>
        <message>
            <source>Sounds</source>
            <translation>Töne</translation>
        </message>
        <message>
            <source>Start backbreak when I log in</source>
            <translation>backbreak bei der Anmeldung starten</translation>
        </message>
        <message>
            <source>Autostart</source>
            <translation>Autostart</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Takes effect when backbreak next starts.</source>
            <translation>Gilt ab dem nächsten Start von backbreak.</translation>
        </message>
        <message>
            <source>Microphone in use</source>
            <translation>Mikrofon in Gebrauch</translation>
        </message>
        <message>
            <source>Camera on</source>
            <translation>Kamera an</translation>
        </message>
        <message>
            <source>Screen shared</source>
            <translation>Bildschirm geteilt</translation>
        </message>
        <message>
            <source>In a call when</source>
            <translation>In einem Anruf, wenn</translation>
        </message>
        <message>
            <source>A break due during a call waits quietly until the call ends.</source>
            <translation>Eine Pause, die während eines Anrufs fällig wird, wartet still, bis der Anruf zu Ende ist.</translation>
        </message>
        <message>
            <source>at once</source>
            <translation>sofort</translation>
        </message>
        <message>
            <source>After a call, wait</source>
            <translation>Nach einem Anruf warten</translation>
        </message>
        <message>
            <source>Then the waiting break is offered.</source>
            <translation>Dann wird die wartende Pause angeboten.</translation>
        </message>
        <message>
            <source>A call holds a break at most</source>
            <translation>Ein Anruf hält eine Pause höchstens</translation>
        </message>
        <message>
            <source>Counted past the time the prone holds are overdue; after that the break comes as a silent notification.</source>
            <translation>Gezählt ab dem Zeitpunkt, an dem die Bauchlage überfällig ist; danach kommt die Pause als lautlose Benachrichtigung.</translation>
        </message>
        <message>
            <source>&lt;b&gt;What is at hand where you work&lt;/b&gt;</source>
            <translation>&lt;b&gt;Was Sie am Arbeitsplatz zur Hand haben&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Breaks leave out exercises whose equipment isn't at hand.</source>
            <translation>Pausen lassen Übungen weg, für die die Ausstattung fehlt.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Exercises&lt;/b&gt; (untick to turn one off, and say why)</source>
            <translation>&lt;b&gt;Übungen&lt;/b&gt; (Haken entfernen, um eine abzuschalten, und den Grund angeben)</translation>
        </message>
        <message>
            <source>left out: needs {things}</source>
            <translation>weggelassen: braucht {things}</translation>
        </message>
    </context>
    <context>
        <name>stats</name>
        <message>
            <source>Routine blocks</source>
            <translation>Übungsblöcke</translation>
        </message>
        <message>
            <source>Evening stretch</source>
            <translation>Abenddehnung</translation>
        </message>
        <message>
            <source>No breaks yet today.</source>
            <translation>Heute noch keine Pausen.</translation>
        </message>
        <message>
            <source>Breaks today: {offered} offered, {done} done, {ended_early} ended early, {snoozed} snoozed, {skipped} skipped.</source>
            <translation>Pausen heute: {offered} angeboten, {done} erledigt, {ended_early} vorzeitig beendet, {snoozed} verschoben, {skipped} ausgelassen.</translation>
        </message>
        <message>
            <source>Breaks today: {offered} offered, {done} done, {snoozed} snoozed, {skipped} skipped.</source>
            <translation>Pausen heute: {offered} angeboten, {done} erledigt, {snoozed} verschoben, {skipped} ausgelassen.</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <source>off (turned off in settings)</source>
            <translation>aus (in den Einstellungen ausgeschaltet)</translation>
        </message>
    </context>
    <context>
        <name>status_text</name>
        <message>
            <source>Notifications</source>
            <translation>Benachrichtigungen</translation>
        </message>
        <message>
            <source>Idle</source>
            <extracomment>What tells how long the keyboard and mouse have been untouched.</extracomment>
            <translation>Leerlauf</translation>
        </message>
        <message>
            <source>Busy</source>
            <extracomment>What tells that the user is busy (full screen, do-not-disturb).</extracomment>
            <translation>Beschäftigt</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Anrufe</translation>
        </message>
        <message>
            <source>Sleep</source>
            <extracomment>What tells of suspend, resume and the screen lock.</extracomment>
            <translation>Ruhezustand</translation>
        </message>
        <message>
            <source>Autostart</source>
            <extracomment>Start at login.</extracomment>
            <translation>Start bei der Anmeldung</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Töne</translation>
        </message>
        <message>
            <source>Held</source>
            <extracomment>Why a due break waits, as in the tray's "held: you're in a call".</extracomment>
            <translation>Pause wartet</translation>
        </message>
        <message>
            <source>backbreak {version} is running (pid {pid}).</source>
            <translation>backbreak {version} läuft (PID {pid}).</translation>
        </message>
        <message>
            <source>Due now: {title}</source>
            <translation>Jetzt fällig: {title}</translation>
        </message>
        <message>
            <source>A session is open.</source>
            <translation>Eine Übungseinheit ist geöffnet.</translation>
        </message>
        <message>
            <source>Paused until {time}.</source>
            <translation>Pausiert bis {time}.</translation>
        </message>
        <message>
            <source>Paused until you resume.</source>
            <translation>Pausiert, bis Sie fortsetzen.</translation>
        </message>
        <message>
            <source>Next: {title} at {time}.</source>
            <translation>Als Nächstes: {title} um {time}.</translation>
        </message>
        <message>
            <source>No break planned.</source>
            <translation>Keine Pause geplant.</translation>
        </message>
        <message>
            <source>A due break waits until you are free (busy or full screen).</source>
            <translation>Eine fällige Pause wartet, bis Sie frei sind (beschäftigt oder Vollbild).</translation>
        </message>
    </context>
    <context>
        <name>tray</name>
        <message>
            <source>Break due now: {title}</source>
            <translation>Jetzt ist Pause: {title}</translation>
        </message>
        <message>
            <source>held: {reason}</source>
            <translation>Pause wartet: {reason}</translation>
        </message>
        <message>
            <source>Paused until {time}</source>
            <translation>Pausiert bis {time}</translation>
        </message>
        <message>
            <source>Paused until you resume</source>
            <translation>Pausiert, bis Sie fortsetzen</translation>
        </message>
        <message>
            <source>Next: {title} at {time}</source>
            <translation>Als Nächstes: {title} um {time}</translation>
        </message>
        <message>
            <source>No break planned</source>
            <translation>Keine Pause geplant</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <source>is required</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>is not a field backbreak knows</source>
            <translation>ist kein Feld, das backbreak kennt</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>muss eine Zahl sein</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>muss true oder false sein</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>muss Text sein</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>muss eine Liste sein</translation>
        </message>
        <message>
            <source>must be a JSON object</source>
            <translation>muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <source>must be at least {limit}</source>
            <translation>muss mindestens {limit} sein</translation>
        </message>
        <message>
            <source>must be more than {limit}</source>
            <translation>muss größer als {limit} sein</translation>
        </message>
        <message>
            <source>must be at most {limit}</source>
            <translation>darf höchstens {limit} sein</translation>
        </message>
        <message>
            <source>must be less than {limit}</source>
            <translation>muss kleiner als {limit} sein</translation>
        </message>
        <message>
            <source>must be a whole number or a range such as {example}</source>
            <extracomment>{example} is a JSON example such as {"min": 8, "max": 12}; keep it as it is.</extracomment>
            <translation>muss eine ganze Zahl oder ein Bereich wie {example} sein</translation>
        </message>
        <message>
            <source>must be one of: {choices}</source>
            <translation>muss einer dieser Werte sein: {choices}</translation>
        </message>
        <message>
            <source>must not be blank</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>must match the pattern {pattern}</source>
            <translation>muss dem Muster {pattern} entsprechen</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message numerus="yes">
            <source>must have at least %n character(s)</source>
            <translation>
                <numerusform>muss mindestens %n Zeichen haben</numerusform>
                <numerusform>muss mindestens %n Zeichen haben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>may have at most %n character(s)</source>
            <translation>
                <numerusform>darf höchstens %n Zeichen haben</numerusform>
                <numerusform>darf höchstens %n Zeichen haben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>must hold at least %n item(s)</source>
            <translation>
                <numerusform>muss mindestens %n Eintrag enthalten</numerusform>
                <numerusform>muss mindestens %n Einträge enthalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>may hold at most %n item(s)</source>
            <translation>
                <numerusform>darf höchstens %n Eintrag enthalten</numerusform>
                <numerusform>darf höchstens %n Einträge enthalten</numerusform>
            </translation>
        </message>
    </context>
</TS>