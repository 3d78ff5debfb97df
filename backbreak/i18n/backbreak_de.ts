<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>These exercises are general advice for a healthy back, not a prescription written for you. If anything gets worse while or after you do an exercise, stop it and see a physiotherapist or doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminds you to do back exercises while you sit at a computer, and guides you through them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the exercises come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About backbreak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: nothing planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;&amp; safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (paused until {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackbreakApp</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings dialog is not available; use &apos;backbreak config&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history window is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No days yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <source>◀  Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: restart this exercise or go to the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 rep (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: go on to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hurts (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hurts: stop this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End break (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, end the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: end the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the break? What you did is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  set {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — Space to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready — starts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position: {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then set {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now the {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps — Enter counts one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} done ✓ — stay on if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends by itself at {time} · → to finish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold at least {least}, or up to {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easier: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormKit</name>
    <message>
        <source> min</source>
        <extracomment>The unit after a number of minutes in a spin box, with its leading space.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak — history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days: share of the prescription done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days: share of the prescription done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain reported. If an exercise hurts, stop it with “This hurts”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Streak: %n day(s)&lt;/b&gt; in a row with at least {percent} of the prescription done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“~” marks an estimate from your work hours ({hours}): prone holds every 2–3 hours, a routine block every %n minute(s). Exercises you turned off, or whose equipment isn&apos;t at hand, are not counted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is prescribed today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {file}:
{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>General exercises, not a prescription for you. If anything hurts or gets worse, press “This hurts” (H) to stop, and see a physiotherapist or doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or → to start · Esc for not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s), {duration}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You&apos;ll need: {things}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No system tray was found. Closing this window keeps reminders running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak also lives in the system tray. Closing this window keeps it running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainPanel</name>
    <message>
        <source>If it keeps getting worse, stop these exercises and see a physiotherapist or doctor. They are general advice, not a prescription written for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It feels {feeling}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the easier way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn this exercise off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this exercise again the easier way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does your back feel now, compared with before this exercise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please pause “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have now said %n times that it made things worse. That is a sign to stop: leave this exercise out and see a physiotherapist or doctor before you do it again.</source>
        <extracomment>%n is how many times the user said the exercise made things worse (2 or more).</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Later, if a professional agrees, there is an easier way: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks — that&apos;s noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An easier way: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainPath</name>
    <message>
        <source>Turned off ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <source>backbreak reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; the break is offered again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercises come from a physiotherapy clinic&apos;s low-back handout and a personal trainer&apos;s back-care guide. They are general advice for a healthy back, not a prescription written for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an exercise makes anything worse, stop it and see a physiotherapist or doctor. The “This hurts” button in every exercise stops it and notes how you feel; after two “worse” reports backbreak suggests leaving that exercise out and getting it looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If lying on your stomach is too painful, put a pillow under your stomach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move gently, within what is comfortable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — backbreak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand: close the safety notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>Progress through the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>·  Next: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>·  Last one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>{title} — backbreak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided exercise session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Your settings could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The work day can&apos;t start and end at the same time. To work past midnight, give an end earlier than the start (22:00 to 06:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Overdue after” must not be shorter than “due after”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night shift: from {start} to {end} the next morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Enter or Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break done — well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>backbreak is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no routine &apos;{routine}&apos;. Known routines: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break is planned (paused, or nothing enabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder shown: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break is due right now; nothing to snooze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed for %n min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break is due right now; nothing to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until further notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login on ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login off ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak is quitting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>control_cmds</name>
    <message>
        <source>backbreak is not running. Start it with &apos;backbreak&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps} reps, {seconds} holds</source>
        <extracomment>{count} is a number or a range such as &quot;1–2&quot;; the plural follows its upper end.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sets} × {work}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose}, each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose}, alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in routines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>{weekday} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n minute(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notify</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plan_cmd</name>
    <message>
        <source>Planned breaks for {date}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none (a day off with the evening session turned off?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>About %n min: {exercises}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %n min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a break: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session_text</name>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying on your stomach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floor space to lie down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mat or folded towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a free stretch of wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a door frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tennis or lacrosse ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %n minute(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: it hurt, felt {feeling}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: it hurt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings_form</name>
    <message>
        <source>It hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No floor space here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor space to lie down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mat or towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A door frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sturdy chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One group each night, in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups every night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbreak&apos;s own reminder card only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both, always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings_tabs</name>
    <message>
        <source>The shortest gap between the end of one break and the next reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder that falls due sooner after a break waits until this much time has passed, so breaks never come back to back. &apos;none&apos; lets one follow the other at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of cat-camel (3 times a day) and ankle pumps (2 times a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders come only in these hours (the evening session excepted). An end earlier than the start is a night shift that ends the next day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of a routine block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-care guide: one 5–10 minute block every 1–2 hours at work, counted from the start of the last block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks rotate through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of the prone holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prone holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low-back sheet: lie on your front (or on your elbows) every 2–3 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between breaks, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of the evening stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-care guide: static stretches once a day, in the evening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also on days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge reminders within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders due this close together become one break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind again after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a reminder is left unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away counts as a break after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time away from the keyboard restarts the routine-block timer; it never counts as an exercise done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce breaks with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound cues during sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start backbreak when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when backbreak next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What is at hand where you work&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks leave out exercises whose equipment isn&apos;t at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Exercises&lt;/b&gt; (untick to turn one off, and say why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: needs {things}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status_text</name>
    <message>
        <source>backbreak {version} is running (pid {pid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A due break waits until you are free (busy or full screen).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>Break due now: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
