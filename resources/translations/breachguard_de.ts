<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CheckView</name>
    <message>
        <source>Exchange:</source>
        <translation>Börse:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Codes:</source>
        <translation>Codes:</translation>
    </message>
    <message>
        <source>Phone only: BreachGuard will not keep a copy of this key. Add it to the authenticator app on your phone, then type the phone&apos;s code into the exchange&apos;s website.</source>
        <translation>Nur auf dem Handy: BreachGuard behält keine Kopie dieses Schlüssels. Fügen Sie ihn zur Authenticator-App auf Ihrem Handy hinzu und geben Sie dann den Code, den Ihr Handy anzeigt, auf der Website der Börse ein.</translation>
    </message>
    <message>
        <source>Show the key for my &amp;phone…</source>
        <translation>Schlüssel für mein Hand&amp;y anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Show code</source>
        <translation>Code &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>Seconds until the code changes</source>
        <translation>Sekunden, bis sich der Code ändert</translation>
    </message>
    <message>
        <source>new code in %v s</source>
        <translation>neuer Code in %v s</translation>
    </message>
    <message>
        <source>The &amp;website accepted the code</source>
        <translation>Die We&amp;bsite hat den Code angenommen</translation>
    </message>
    <message>
        <source>&amp;Let BreachGuard confirm it</source>
        <translation>Von BreachGuard bestätigen &amp;lassen</translation>
    </message>
    <message>
        <source>Status of the setup</source>
        <translation>Stand der Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Discard this setup…</source>
        <translation>Diese Einrichtung &amp;verwerfen…</translation>
    </message>
    <message>
        <source>(not named in the code)</source>
        <translation>(im Code nicht genannt)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(nicht genannt)</translation>
    </message>
    <message>
        <source>{digits} digits, new every {period} s, {algorithm}</source>
        <translation>{digits} Stellen, alle {period} s neu, {algorithm}</translation>
    </message>
    <message>
        <source>Not while you are on a call with support: remote-access tools can share the clipboard.</source>
        <translation>Nicht während eines Gesprächs mit dem Support: Programme für den Fernzugriff können die Zwischenablage mit einem anderen Computer teilen.</translation>
    </message>
    <message>
        <source>H&amp;ide code</source>
        <translation>Code &amp;ausblenden</translation>
    </message>
    <message>
        <source>1. Add the key to the authenticator app on your phone.</source>
        <translation>1. Fügen Sie den Schlüssel zur Authenticator-App auf Ihrem Handy hinzu.</translation>
    </message>
    <message>
        <source>2. Type the code your phone shows into {exchange}&apos;s website.</source>
        <translation>2. Geben Sie den Code, den Ihr Handy anzeigt, auf der Website von {exchange} ein.</translation>
    </message>
    <message>
        <source>1. Your new code (Show code opens it in the private window):</source>
        <translation>1. Ihr neuer Code („Code anzeigen“ öffnet ihn im privaten Fenster):</translation>
    </message>
    <message>
        <source>1. Your new code:</source>
        <translation>1. Ihr neuer Code:</translation>
    </message>
    <message>
        <source>1. Your new code (press Show code to see it):</source>
        <translation>1. Ihr neuer Code (drücken Sie „Code anzeigen“, um ihn zu sehen):</translation>
    </message>
    <message>
        <source>2. Type this code into {exchange}&apos;s website, on the page where you started the setup.</source>
        <translation>2. Geben Sie diesen Code auf der Website von {exchange} ein, auf der Seite, auf der Sie die Einrichtung gestartet haben.</translation>
    </message>
    <message>
        <source>3. When the website says the code was accepted, press:</source>
        <translation>3. Wenn die Website meldet, dass der Code angenommen wurde, drücken Sie:</translation>
    </message>
    <message>
        <source>BreachGuard then asks the exchange to make sure and saves the key. Or let BreachGuard confirm the code with the exchange for you.</source>
        <translation>BreachGuard fragt dann zur Sicherheit bei der Börse nach und speichert den Schlüssel. Oder lassen Sie BreachGuard den Code für Sie bei der Börse bestätigen.</translation>
    </message>
    <message>
        <source>BreachGuard then saves the key as your confirmed 2FA key.</source>
        <translation>BreachGuard speichert den Schlüssel dann als Ihren bestätigten 2FA-Schlüssel.</translation>
    </message>
    <message>
        <source>Saving the key first…</source>
        <translation>Der Schlüssel wird zuerst gespeichert…</translation>
    </message>
    <message>
        <source>Code not available yet</source>
        <translation>Code noch nicht verfügbar</translation>
    </message>
    <message>
        <source>Current code</source>
        <translation>Aktueller Code</translation>
    </message>
    <message>
        <source>Code hidden</source>
        <translation>Code ausgeblendet</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Safety checklist</source>
        <translation>Sicherheits-Checkliste</translation>
    </message>
    <message>
        <source>Work through this list once. Some items tick themselves as you finish the steps before; tick the others yourself when you have done them. Your ticks are kept on this computer.</source>
        <translation>Gehen Sie diese Liste einmal durch. Manche Punkte haken sich von selbst ab, sobald Sie die Schritte davor erledigt haben; die anderen haken Sie selbst ab, wenn Sie sie erledigt haben. Ihre Häkchen bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Check your new password</source>
        <translation>Ihr neues Passwort prüfen</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>New password to check</source>
        <translation>Zu prüfendes neues Passwort</translation>
    </message>
    <message>
        <source>Chec&amp;k password</source>
        <translation>Passwort p&amp;rüfen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} von {1} erledigt</translation>
    </message>
    <message>
        <source>— all done. Next shows your summary, to keep as a PDF.</source>
        <translation>— alles erledigt. „Weiter“ zeigt Ihre Zusammenfassung, die Sie als PDF behalten können.</translation>
    </message>
    <message>
        <source>Your tick could not be saved and will be lost on restart</source>
        <translation>Ihr Häkchen konnte nicht gespeichert werden und geht beim nächsten Start verloren</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Nicht geprüft.</translation>
    </message>
    <message>
        <source>The password check did not work</source>
        <translation>Die Passwortprüfung hat nicht funktioniert</translation>
    </message>
    <message>
        <source>Type the password you want to check first.</source>
        <translation>Geben Sie zuerst das Passwort ein, das Sie prüfen möchten.</translation>
    </message>
    <message>
        <source>Optional: before you change your exchange password, check that the new one is not already known from other data breaches. This check runs on this computer and nobody is asking for your password: no one at the exchange or at support ever needs it. Only a short fingerprint of it (5 characters) goes to the Pwned Passwords service (haveibeenpwned.com); the password itself never leaves this computer and is not saved.</source>
        <translation>Freiwillig: Bevor Sie Ihr Passwort bei der Börse ändern, prüfen Sie, ob das neue nicht schon aus anderen Datenlecks bekannt ist. Diese Prüfung läuft auf diesem Computer, und niemand fragt Sie nach Ihrem Passwort: Weder die Börse noch der Support brauchen es je. Nur ein kurzer Fingerabdruck davon (5 Zeichen) geht an den Dienst Pwned Passwords (haveibeenpwned.com); das Passwort selbst verlässt diesen Computer nie und wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Warning: found in known data breaches ({0} times). Criminals try such passwords first. Do not use it; choose a different one.</source>
        <translation>Warnung: In bekannten Datenlecks gefunden ({0}-mal). Kriminelle probieren solche Passwörter zuerst. Verwenden Sie es nicht; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Not found in known data breaches. Good: use it only for this exchange.</source>
        <translation>In bekannten Datenlecks nicht gefunden. Gut: Verwenden Sie es nur für diese Börse.</translation>
    </message>
</context>
<context>
    <name>DemoSmsPanel</name>
    <message>
        <source>Demo SMS — the demo exchange&apos;s text messages</source>
        <translation>Demo-SMS — die Textnachrichten von Demo Exchange</translation>
    </message>
    <message>
        <source>This is a demonstration. A real exchange sends the code to your phone; the demo shows its texts here instead.</source>
        <translation>Dies ist eine Vorführung. Eine echte Börse schickt den Code an Ihr Handy; die Demo zeigt ihre Nachrichten stattdessen hier.</translation>
    </message>
    <message>
        <source>Demo text messages</source>
        <translation>Demo-Textnachrichten</translation>
    </message>
    <message>
        <source>The codes are hidden because support may be watching your screen. On a real phone only you would see them.</source>
        <translation>Die Codes sind verborgen, weil der Support Ihren Bildschirm sehen könnte. Auf einem echten Handy sähen nur Sie sie.</translation>
    </message>
    <message>
        <source>Show the code &amp;privately…</source>
        <translation>Code &amp;privat anzeigen…</translation>
    </message>
    <message>
        <source>The demo exchange&apos;s texts can&apos;t be read right now.</source>
        <translation>Die Nachrichten von Demo Exchange können gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Show the code</source>
        <translation>Code anzeigen</translation>
    </message>
    <message>
        <source>Pause screen sharing first: the code will show here for {0} seconds, on the screen support may be watching. Nobody from the exchange needs it.</source>
        <translation>Pausieren Sie zuerst die Bildschirmfreigabe: Der Code wird hier {0} Sekunden lang angezeigt, auf dem Bildschirm, den der Support vielleicht sieht. Niemand von der Börse braucht ihn.</translation>
    </message>
    <message>
        <source>No texts yet. Send a code to see it arrive here.</source>
        <translation>Noch keine Nachrichten. Lassen Sie einen Code senden, dann erscheint er hier.</translation>
    </message>
    <message>
        <source>To {to} at {time}:
{text}</source>
        <translation>An {to} um {time}:
{text}</translation>
    </message>
</context>
<context>
    <name>DemoWebsiteWindow</name>
    <message>
        <source>Demo Exchange website (sample)</source>
        <translation>Website von Demo Exchange (Beispiel)</translation>
    </message>
    <message>
        <source>This is a sample website, part of the Demo Exchange. A real exchange shows this page on its own website.</source>
        <translation>Dies ist eine Beispiel-Website und gehört zu Demo Exchange. Eine echte Börse zeigt diese Seite auf ihrer eigenen Website.</translation>
    </message>
    <message>
        <source>Demo Exchange — Security settings</source>
        <translation>Demo Exchange — Sicherheitseinstellungen</translation>
    </message>
    <message>
        <source>Email address of your account</source>
        <translation>E-Mail-Adresse Ihres Kontos</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Scan this QR code with your authenticator app to set up 2FA:</source>
        <translation>Scannen Sie diesen QR-Code mit Ihrer Authenticator-App, um 2FA einzurichten:</translation>
    </message>
    <message>
        <source>Setup QR code</source>
        <translation>QR-Code zur Einrichtung</translation>
    </message>
    <message>
        <source>Can&apos;t scan? Use this setup link:</source>
        <translation>Scannen klappt nicht? Verwenden Sie diesen Einrichtungslink:</translation>
    </message>
    <message>
        <source>Setup link</source>
        <translation>Einrichtungslink</translation>
    </message>
    <message>
        <source>Then enter the 6-digit code your app shows to finish:</source>
        <translation>Geben Sie dann zum Abschluss den 6-stelligen Code ein, den Ihre App anzeigt:</translation>
    </message>
    <message>
        <source>6-digit code from your app</source>
        <translation>6-stelliger Code aus Ihrer App</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Reveal the QR code</source>
        <translation>QR-Code auf&amp;decken</translation>
    </message>
    <message>
        <source>Support mode blurs the QR code: anyone watching your screen could scan it.</source>
        <translation>Im Support-Modus ist der QR-Code unscharf: Wer Ihren Bildschirm sieht, könnte ihn sonst scannen.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Reveal the QR code</source>
        <translation>QR-Code anzeigen</translation>
    </message>
    <message>
        <source>Pause screen sharing first: anyone who sees the QR code can scan it and get your new 2FA codes.</source>
        <translation>Pausieren Sie zuerst die Bildschirmfreigabe: Wer den QR-Code sieht, kann ihn scannen und erhält Ihre neuen 2FA-Codes.</translation>
    </message>
    <message>
        <source>Setup QR code, blurred</source>
        <translation>QR-Code zur Einrichtung, unscharf</translation>
    </message>
    <message>
        <source>Enter the email address of your exchange account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Börsenkontos ein.</translation>
    </message>
    <message>
        <source>This exchange has no 2FA setup service.</source>
        <translation>Diese Börse bietet keinen Dienst zur 2FA-Einrichtung an.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed in. This setup code is valid for {minutes} minutes.</source>
        <translation>Angemeldet. Dieser Einrichtungscode ist {minutes} Minuten lang gültig.</translation>
    </message>
    <message>
        <source>The Demo Exchange has no account with this email address. Check the spelling, or use the address you found in step 2.</source>
        <translation>Demo Exchange hat kein Konto mit dieser E-Mail-Adresse. Prüfen Sie die Schreibweise oder verwenden Sie die Adresse, die Sie in Schritt 2 gefunden haben.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows.</source>
        <translation>Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App anzeigt.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Der Code wird geprüft…</translation>
    </message>
    <message>
        <source>Accepted. Two-factor authentication is now set up with your new code.</source>
        <translation>Angenommen. Die Zwei-Faktor-Authentifizierung ist jetzt mit Ihrem neuen Code eingerichtet.</translation>
    </message>
    <message>
        <source>Wrong code. {left} attempts left.</source>
        <translation>Falscher Code. Noch {left} Versuche.</translation>
    </message>
    <message>
        <source>Wrong code. Try the code your app shows now.</source>
        <translation>Falscher Code. Versuchen Sie den Code, den Ihre App jetzt anzeigt.</translation>
    </message>
    <message>
        <source>This setup has expired. Sign in again to get a new QR code.</source>
        <translation>Diese Einrichtung ist abgelaufen. Melden Sie sich erneut an, um einen neuen QR-Code zu erhalten.</translation>
    </message>
    <message>
        <source>This setup was cancelled. Sign in again to get a new QR code.</source>
        <translation>Diese Einrichtung wurde abgebrochen. Melden Sie sich erneut an, um einen neuen QR-Code zu erhalten.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Sign in again to get a new QR code.</source>
        <translation>Zu viele falsche Codes. Melden Sie sich erneut an, um einen neuen QR-Code zu erhalten.</translation>
    </message>
    <message>
        <source>There is no setup waiting. Sign in again to get a new QR code.</source>
        <translation>Es wartet keine Einrichtung. Melden Sie sich erneut an, um einen neuen QR-Code zu erhalten.</translation>
    </message>
    <message>
        <source>The Demo Exchange could not be reached: {reason}</source>
        <translation>Demo Exchange ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <source>The Demo Exchange sent an answer BreachGuard cannot read.</source>
        <translation>Demo Exchange hat eine Antwort geschickt, die BreachGuard nicht lesen kann.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Etwas ist schiefgegangen. Bitte versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>Continue to the &amp;checklist</source>
        <translation>Weiter zur Chec&amp;kliste</translation>
    </message>
    <message>
        <source>Set up &amp;another code</source>
        <translation>Weiteren Code &amp;einrichten</translation>
    </message>
    <message>
        <source>Done: 2FA is set up on your phone</source>
        <translation>Fertig: 2FA ist auf Ihrem Handy eingerichtet</translation>
    </message>
    <message>
        <source>{exchange} accepted the new key. It is in the authenticator app on your phone only: BreachGuard kept no copy. Remove the old, revoked entry from any other authenticator app.</source>
        <translation>{exchange} hat den neuen Schlüssel angenommen. Er ist nur in der Authenticator-App auf Ihrem Handy: BreachGuard hat keine Kopie behalten. Entfernen Sie den alten, gesperrten Eintrag aus jeder anderen Authenticator-App.</translation>
    </message>
    <message>
        <source>Done: your new 2FA key is confirmed and saved</source>
        <translation>Fertig: Ihr neuer 2FA-Schlüssel ist bestätigt und gespeichert</translation>
    </message>
    <message>
        <source>{exchange} accepted the new key, and it is saved in your keyring ({account}). Remove the old, revoked entry from any other authenticator app. If the exchange showed you recovery codes, save them below.</source>
        <translation>{exchange} hat den neuen Schlüssel angenommen, und er ist in Ihrem Schlüsselbund gespeichert ({account}). Entfernen Sie den alten, gesperrten Eintrag aus jeder anderen Authenticator-App. Wenn Ihnen die Börse Wiederherstellungscodes gezeigt hat, speichern Sie sie unten.</translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <source>After a breach, most people who can&apos;t sign in are simply using a different email address than the one their account was opened with. Find the right one here.</source>
        <translation>Wer sich nach einem Sicherheitsvorfall nicht anmelden kann, verwendet meist einfach eine andere E-Mail-Adresse als die, mit der das Konto eröffnet wurde. Hier finden Sie die richtige.</translation>
    </message>
    <message>
        <source>Use {number} &amp;instead</source>
        <translation>Stattdessen {number} &amp;verwenden</translation>
    </message>
    <message>
        <source>Your login email</source>
        <translation>Ihre Anmelde-E-Mail</translation>
    </message>
    <message>
        <source>Your account&apos;s login email: {email}. Step 2 is done.</source>
        <translation>Die Anmelde-E-Mail Ihres Kontos: {email}. Schritt 2 ist erledigt.</translation>
    </message>
    <message>
        <source>List every email address you might have used. They stay on this computer: BreachGuard never sends them anywhere.</source>
        <translation>Tragen Sie jede E-Mail-Adresse ein, die Sie verwendet haben könnten. Sie bleiben auf diesem Computer: BreachGuard schickt sie nirgendwohin.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Email address to add</source>
        <translation>Neue E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Add address</source>
        <translation>&amp;Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Your email addresses</source>
        <translation>Ihre E-Mail-Adressen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Other spellings you may have signed up with</source>
        <translation>Andere Schreibweisen, mit denen Sie sich registriert haben könnten</translation>
    </message>
    <message>
        <source>Did the exchange show you a hint?</source>
        <translation>Hat Ihnen die Börse einen Hinweis gezeigt?</translation>
    </message>
    <message>
        <source>Type the hint exactly as an email or text from the exchange showed it, for example o•••@gmail.com or o***n@g***.com. BreachGuard checks which of your addresses fit, on this computer.</source>
        <translation>Geben Sie den Hinweis genau so ein, wie ihn eine E-Mail oder SMS der Börse gezeigt hat, zum Beispiel o•••@gmail.com oder o***n@g***.com. BreachGuard prüft auf diesem Computer, welche Ihrer Adressen passen.</translation>
    </message>
    <message>
        <source>Email hint from the exchange</source>
        <translation>E-Mail-Hinweis der Börse</translation>
    </message>
    <message>
        <source>Added. Did you mean {address}?</source>
        <translation>Hinzugefügt. Meinten Sie {address}?</translation>
    </message>
    <message>
        <source>other mail service</source>
        <translation>anderer E-Mail-Dienst</translation>
    </message>
    <message>
        <source>login email</source>
        <translation>Anmelde-E-Mail</translation>
    </message>
    <message>
        <source>No addresses yet. Add the first one above.</source>
        <translation>Noch keine Adressen. Fügen Sie oben die erste hinzu.</translation>
    </message>
    <message>
        <source>Your mail service delivers these to the same inbox, but an exchange may treat them as separate accounts. Add them only if you might have used them.</source>
        <translation>Ihr E-Mail-Dienst stellt diese in dasselbe Postfach zu, eine Börse kann sie aber als getrennte Konten behandeln. Fügen Sie sie nur hinzu, wenn Sie sie verwendet haben könnten.</translation>
    </message>
    <message>
        <source>Add {address}</source>
        <translation>{address} hinzufügen</translation>
    </message>
    <message>
        <source>These of your addresses fit {hint}: {addresses}</source>
        <translation>Diese Ihrer Adressen passen zu {hint}: {addresses}</translation>
    </message>
    <message>
        <source>None of your addresses fit {hint}. Add the address it stands for, or look in that mailbox.</source>
        <translation>Keine Ihrer Adressen passt zu {hint}. Fügen Sie die Adresse hinzu, für die der Hinweis steht, oder sehen Sie in diesem Postfach nach.</translation>
    </message>
    <message>
        <source>Search each of your mailboxes for mail from {name}. The mailbox where you find it belongs to the address your account uses.</source>
        <translation>Durchsuchen Sie jedes Ihrer Postfächer nach Mails von {name}. Das Postfach, in dem Sie eine finden, gehört zur Adresse Ihres Kontos.</translation>
    </message>
    <message>
        <source>Real mail from {name} comes only from {domains}. Mail from addresses that merely look similar is a scam: don&apos;t click its links.</source>
        <translation>Echte Mails von {name} kommen nur von {domains}. Mails von Adressen, die nur ähnlich aussehen, sind Betrug: Klicken Sie nicht auf ihre Links.</translation>
    </message>
    <message>
        <source>e.g. news@example.com</source>
        <translation>z. B. news@beispiel.de</translation>
    </message>
    <message>
        <source>Sender address to check</source>
        <translation>Zu prüfende Absenderadresse</translation>
    </message>
    <message>
        <source>{domain} is one of {name}&apos;s official sender domains.</source>
        <translation>{domain} ist eine offizielle Absender-Domain von {name}.</translation>
    </message>
    <message>
        <source>Warning: {domain} only looks like {name}&apos;s domain. This mail is not from {name}: don&apos;t click its links or answer it.</source>
        <translation>Warnung: {domain} sieht nur aus wie die Domain von {name}. Diese Mail ist nicht von {name}: Klicken Sie nicht auf ihre Links und antworten Sie nicht darauf.</translation>
    </message>
    <message>
        <source>{domain} is not one of {name}&apos;s sender domains.</source>
        <translation>{domain} ist keine Absender-Domain von {name}.</translation>
    </message>
    <message>
        <source>Add your addresses on the first tab, then search each inbox here.</source>
        <translation>Tragen Sie Ihre Adressen im ersten Reiter ein und durchsuchen Sie dann hier jedes Postfach.</translation>
    </message>
    <message>
        <source>your mail service</source>
        <translation>Ihr E-Mail-Dienst</translation>
    </message>
    <message>
        <source>Open the search, sign in to this mailbox if asked, and look at the results.</source>
        <translation>Öffnen Sie die Suche, melden Sie sich bei Bedarf in diesem Postfach an und sehen Sie sich die Ergebnisse an.</translation>
    </message>
    <message>
        <source>Open {service}, sign in to this mailbox, and paste this into its search box:</source>
        <translation>Öffnen Sie {service}, melden Sie sich in diesem Postfach an und fügen Sie dies in das Suchfeld ein:</translation>
    </message>
    <message>
        <source>In this mailbox&apos;s app or website, search for:</source>
        <translation>Suchen Sie in der App oder auf der Website dieses Postfachs nach:</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>This search includes the Spam folder.</source>
        <translation>Diese Suche schließt den Spam-Ordner ein.</translation>
    </message>
    <message>
        <source>Also look in the Spam or Junk folder: breach-time mail often lands there.</source>
        <translation>Sehen Sie auch im Spam- oder Junk-Ordner nach: Mails aus der Zeit des Vorfalls landen oft dort.</translation>
    </message>
    <message>
        <source>{name} can tell you which email your account uses. It first sends a code by SMS to your phone; only after you type that code does it show the address. It answers the same way whether or not an account uses the number, so nobody can use this to find out who is a customer.</source>
        <translation>{name} kann Ihnen sagen, welche E-Mail-Adresse Ihr Konto verwendet. Zuerst kommt ein Code per SMS auf Ihr Handy; erst wenn Sie diesen Code eingeben, wird die Adresse angezeigt. Die Antwort ist dieselbe, ob ein Konto die Nummer verwendet oder nicht, so kann niemand damit herausfinden, wer Kunde ist.</translation>
    </message>
    <message>
        <source>Country of your phone number</source>
        <translation>Land Ihrer Telefonnummer</translation>
    </message>
    <message>
        <source>M&amp;ailbox to search:</source>
        <translation>Zu durchsuchendes &amp;Postfach:</translation>
    </message>
    <message>
        <source>Copy search te&amp;xt</source>
        <translation>Suchte&amp;xt kopieren</translation>
    </message>
    <message>
        <source>Found a mail? Check its s&amp;ender:</source>
        <translation>Mail gefunden? Prüfen Sie den &amp;Absender:</translation>
    </message>
    <message>
        <source>Chec&amp;k sender</source>
        <translation>Absender p&amp;rüfen</translation>
    </message>
    <message>
        <source>&amp;I found mail from {name} here</source>
        <translation>&amp;Ich habe hier Mails von {name} gefunden</translation>
    </message>
    <message>
        <source>&amp;Open {service} search</source>
        <translation>Suche in {service} ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Open {service}</source>
        <translation>{service} ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Search this inbo&amp;x</source>
        <translation>Dieses &amp;Postfach durchsuchen</translation>
    </message>
    <message>
        <source>Chec&amp;k hint</source>
        <translation>Hinweis p&amp;rüfen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Add {address} t&amp;oo</source>
        <translation>{address} a&amp;uch hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>Your mobile number</source>
        <translation>Ihre Mobilnummer</translation>
    </message>
    <message>
        <source>&amp;Mobile number:</source>
        <translation>&amp;Mobilnummer:</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>Code &amp;senden</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Code aus der SMS</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-stelliger Code</translation>
    </message>
    <message>
        <source>C&amp;onfirm code</source>
        <translation>Code &amp;bestätigen</translation>
    </message>
    <message>
        <source>Search those inbo&amp;xes</source>
        <translation>Diese &amp;Postfächer durchsuchen</translation>
    </message>
    <message>
        <source>We will use {number} ({country}).</source>
        <translation>Wir verwenden {number} ({country}).</translation>
    </message>
    <message>
        <source>only its sender address says {name}, and anyone can write that</source>
        <translation>nur die Absenderadresse sagt {name}, und die kann jeder hineinschreiben</translation>
    </message>
    <message>
        <source>Mail on this computer</source>
        <translation>Mail auf diesem Computer</translation>
    </message>
    <message>
        <source>Search the &amp;mail on this computer</source>
        <translation>&amp;Mail auf diesem Computer durchsuchen</translation>
    </message>
    <message>
        <source>Mail folders found on this computer</source>
        <translation>Auf diesem Computer gefundene Mailordner</translation>
    </message>
    <message>
        <source>&amp;Read the ticked folders</source>
        <translation>Angehakte Ordner &amp;lesen</translation>
    </message>
    <message>
        <source>A mailbox over IMAP</source>
        <translation>Ein Postfach über IMAP</translation>
    </message>
    <message>
        <source>e.g. name@gmail.com</source>
        <translation>z. B. name@gmail.com</translation>
    </message>
    <message>
        <source>Pass&amp;word or app password:</source>
        <translation>Passwort oder &amp;App-Passwort:</translation>
    </message>
    <message>
        <source>&amp;Check this mailbox</source>
        <translation>Dieses Postfach &amp;prüfen</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Fortschritt der Suche</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>the receiving mail server confirmed {name}&apos;s signature on it</source>
        <translation>der empfangende Mailserver hat die Signatur von {name} bestätigt</translation>
    </message>
    <message>
        <source>BreachGuard checked {name}&apos;s signature on it</source>
        <translation>BreachGuard hat die Signatur von {name} selbst geprüft</translation>
    </message>
    <message>
        <source>it is signed in {name}&apos;s name, but nobody checked the signature</source>
        <translation>sie ist im Namen von {name} signiert, aber niemand hat die Signatur geprüft</translation>
    </message>
    <message>
        <source>The password is used for this check only and is not kept. Many mail services want an app password for IMAP; their help pages say how to make one.</source>
        <translation>Das Passwort wird nur für diese Prüfung verwendet und nicht gespeichert. Viele Maildienste verlangen für IMAP ein App-Passwort; wie man eines erstellt, steht in ihrer Hilfe.</translation>
    </message>
    <message>
        <source>Looking for mail folders…</source>
        <translation>Suche nach Mailordnern …</translation>
    </message>
    <message>
        <source>You stopped the search: this covers only what was read before that.</source>
        <translation>Sie haben die Suche abgebrochen: Das Ergebnis umfasst nur, was bis dahin gelesen wurde.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>It is now your login email: step 2 is done.</source>
        <translation>Sie ist jetzt Ihre Anmelde-E-Mail: Schritt 2 ist erledigt.</translation>
    </message>
    <message>
        <source>Mailbo&amp;x (your email address):</source>
        <translation>Post&amp;fach (Ihre E-Mail-Adresse):</translation>
    </message>
    <message>
        <source>{service} lets other apps read your mail only through its own sign-in page, which BreachGuard does not use, so it cannot check this mailbox. Search it yourself on tab 2.</source>
        <translation>{service} lässt andere Programme Ihre Mail nur über die eigene Anmeldeseite lesen, die BreachGuard nicht verwendet. Deshalb kann BreachGuard dieses Postfach nicht prüfen. Durchsuchen Sie es selbst auf Reiter 2.</translation>
    </message>
    <message>
        <source>{service} can be read by other apps only through its own program on this computer, so BreachGuard cannot check this mailbox. Search it yourself on tab 2.</source>
        <translation>{service} können andere Programme nur über ein eigenes Programm auf diesem Computer lesen. Deshalb kann BreachGuard dieses Postfach nicht prüfen. Durchsuchen Sie es selbst auf Reiter 2.</translation>
    </message>
    <message>
        <source>BreachGuard will sign in to {host} as {user}.</source>
        <translation>BreachGuard meldet sich bei {host} als {user} an.</translation>
    </message>
    <message>
        <source>For an address BreachGuard does not know, type it followed by @ and the IMAP server, e.g. ola@example.org@imap.example.org.</source>
        <translation>Bei einer Adresse, die BreachGuard nicht kennt, tippen Sie dahinter @ und den IMAP-Server, z. B. ola@example.org@imap.example.org.</translation>
    </message>
    <message>
        <source>{service} does not accept your normal password here: use an app password.</source>
        <translation>{service} nimmt hier Ihr normales Passwort nicht an: Verwenden Sie ein App-Passwort.</translation>
    </message>
    <message>
        <source>How to make one: {url}</source>
        <translation>So erstellen Sie eines: {url}</translation>
    </message>
    <message>
        <source>IMAP is off at {service} until you switch it on in its settings.</source>
        <translation>IMAP ist bei {service} aus, bis Sie es in den Einstellungen einschalten.</translation>
    </message>
    <message>
        <source>BreachGuard can look for mail from {name} for you: in the mail kept on this computer, or in one mailbox over IMAP. It reads only who sent each message, to whom, and when; never the text of a message.</source>
        <translation>BreachGuard kann für Sie nach Mail von {name} suchen: in der Mail, die auf diesem Computer liegt, oder in einem Postfach über IMAP. Gelesen wird nur, wer eine Nachricht wem und wann geschickt hat, nie ihr Text.</translation>
    </message>
    <message>
        <source>BreachGuard found these mail folders. It reads only the ones you leave ticked:</source>
        <translation>BreachGuard hat diese Mailordner gefunden. Gelesen werden nur die, bei denen Sie den Haken stehen lassen:</translation>
    </message>
    <message>
        <source>Thunderbird and Evolution keep copies of mail on this computer.</source>
        <translation>Thunderbird und Evolution speichern Kopien Ihrer Mail auf diesem Computer.</translation>
    </message>
    <message>
        <source>Use {address} as my log&amp;in email</source>
        <translation>{address} als Anmelde-E-Mail &amp;verwenden</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>eine unbekannte Adresse</translation>
    </message>
    <message>
        <source>If you sign in to {service} with two-step verification, use an app password instead of your normal password.</source>
        <translation>Wenn Sie sich bei {service} mit Zwei-Faktor-Authentifizierung anmelden, verwenden Sie statt Ihres normalen Passworts ein App-Passwort.</translation>
    </message>
    <message>
        <source>How to switch it on: {url}</source>
        <translation>So schalten Sie es ein: {url}</translation>
    </message>
    <message>
        <source>No Thunderbird or Evolution mail was found on this computer. Check a mailbox over IMAP below, or search your inboxes yourself on tab 2.</source>
        <translation>Auf diesem Computer wurde keine Mail von Thunderbird oder Evolution gefunden. Prüfen Sie unten ein Postfach über IMAP, oder durchsuchen Sie Ihre Postfächer selbst auf Reiter 2.</translation>
    </message>
    <message>
        <source>Not read: {list}</source>
        <translation>Nicht gelesen: {list}</translation>
    </message>
    <message>
        <source>No mail from {name} was found in what BreachGuard read. Try another mailbox, or search your inboxes yourself on tab 2.</source>
        <translation>In dem, was BreachGuard gelesen hat, war keine Mail von {name}. Versuchen Sie ein anderes Postfach, oder durchsuchen Sie Ihre Postfächer selbst auf Reiter 2.</translation>
    </message>
    <message>
        <source>(from {first} to {latest})</source>
        <translation>(vom {first} bis {latest})</translation>
    </message>
    <message>
        <source>&amp;1. Your addresses</source>
        <translation>&amp;1. Ihre Adressen</translation>
    </message>
    <message>
        <source>&amp;3. Search for me</source>
        <translation>&amp;3. Für mich suchen</translation>
    </message>
    <message>
        <source>BreachGuard does not know which addresses {name} sends its mail from: no public source it trusts lists them. So it cannot search your mail for {name}&apos;s messages or tell them from look-alikes. Search your mailboxes for “{name}” yourself, treat every message as unconfirmed, and never sign in through a link in an email: type the address of {name}&apos;s website yourself.</source>
        <translation>BreachGuard weiß nicht, von welchen Adressen {name} seine Mail verschickt: Keine öffentliche Quelle, der es vertraut, nennt sie. Deshalb kann es Ihre Mail nicht nach Nachrichten von {name} durchsuchen und sie nicht von Nachahmungen unterscheiden. Suchen Sie selbst in Ihren Postfächern nach „{name}“, halten Sie jede Nachricht für unbestätigt, und melden Sie sich nie über einen Link in einer E-Mail an: Tippen Sie die Adresse der Website von {name} selbst ein.</translation>
    </message>
    <message>
        <source>one of your addresses, exactly</source>
        <translation>genau eine Ihrer Adressen</translation>
    </message>
    <message>
        <source>another spelling of one of your addresses</source>
        <translation>eine andere Schreibweise einer Ihrer Adressen</translation>
    </message>
    <message>
        <source>an address that is not in your list</source>
        <translation>eine Adresse, die nicht in Ihrer Liste steht</translation>
    </message>
    <message>
        <source>a hint that fits {count} of your addresses</source>
        <translation>ein Hinweis, der zu {count} Ihrer Adressen passt</translation>
    </message>
    <message>
        <source>Show support contacts and a case summar&amp;y</source>
        <translation>Support-K&amp;ontakte und Fallzusammenfassung anzeigen</translation>
    </message>
    <message>
        <source>Co&amp;py case summary</source>
        <translation>Fallzusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>Last lookup problem: {problem}</source>
        <translation>Letztes Problem bei der Abfrage: {problem}</translation>
    </message>
    <message>
        <source>The exchange&apos;s answer: {answer}</source>
        <translation>Antwort der Börse: {answer}</translation>
    </message>
    <message>
        <source>Asking {name}…</source>
        <translation>{name} wird gefragt…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Der Code wird geprüft…</translation>
    </message>
    <message>
        <source>If an account uses this number, {name} has sent a code by SMS. Type it below within {minutes} minutes.</source>
        <translation>Falls ein Konto diese Nummer verwendet, hat {name} einen Code per SMS geschickt. Geben Sie ihn innerhalb von {minutes} Minuten unten ein.</translation>
    </message>
    <message>
        <source>Attempts left: {n}.</source>
        <translation>Verbleibende Versuche: {n}.</translation>
    </message>
    <message>
        <source>You can ask for a new code in {minutes}:{seconds:02d}.</source>
        <translation>Einen neuen Code können Sie in {minutes}:{seconds:02d} anfordern.</translation>
    </message>
    <message>
        <source>Is it a number from another country? Pick that country above, or type the number with + and its country code.</source>
        <translation>Ist es eine Nummer aus einem anderen Land? Wählen Sie oben dieses Land aus, oder geben Sie die Nummer mit + und der Landesvorwahl ein.</translation>
    </message>
    <message>
        <source>This looks like a number from {country} (+{code}). Use {country}?</source>
        <translation>Diese Nummer scheint aus einem anderen Land zu stammen: {country} (+{code}). {country} verwenden?</translation>
    </message>
    <message>
        <source>Use {country} &amp;instead</source>
        <translation>Stattdessen {country} v&amp;erwenden</translation>
    </message>
    <message>
        <source>Sign in with {email}</source>
        <translation>Mit {email} anmelden</translation>
    </message>
    <message>
        <source>Sign in with {email}. Its mail arrives in your {mine} inbox, but the exchange knows your account by exactly this spelling.</source>
        <translation>Melden Sie sich mit {email} an. Die Mails dazu landen in Ihrem Postfach {mine}, aber die Börse kennt Ihr Konto unter genau dieser Schreibweise.</translation>
    </message>
    <message>
        <source>None of your addresses match. The account uses {email}: sign in with that address (it was added to your list).</source>
        <translation>Keine Ihrer Adressen stimmt überein. Das Konto verwendet {email}: Melden Sie sich mit dieser Adresse an (sie wurde Ihrer Liste hinzugefügt).</translation>
    </message>
    <message>
        <source>None of your addresses match: the account uses {hint}; look in that mailbox.</source>
        <translation>Keine Ihrer Adressen stimmt überein: Das Konto verwendet {hint}; sehen Sie in diesem Postfach nach.</translation>
    </message>
    <message>
        <source>Sign in with {email}: it is the only one of your addresses that fits the exchange&apos;s hint {hint}. If it fails, the account may use a +tag or dotted variant of it.</source>
        <translation>Melden Sie sich mit {email} an: Das ist die einzige Ihrer Adressen, die zum Hinweis {hint} der Börse passt. Klappt es nicht, verwendet das Konto vielleicht eine Variante mit +Zusatz oder Punkten.</translation>
    </message>
    <message>
        <source>Several of your addresses fit the exchange&apos;s hint {hint}: {addresses}. Search those inboxes for mail from the exchange.</source>
        <translation>Mehrere Ihrer Adressen passen zum Hinweis {hint} der Börse: {addresses}. Durchsuchen Sie diese Postfächer nach Mails der Börse.</translation>
    </message>
    <message>
        <source>Still stuck? Contact {name} support</source>
        <translation>Kommen Sie nicht weiter? Support von {name} kontaktieren</translation>
    </message>
    <message>
        <source>If no mailbox has mail from {name} and the lookup didn&apos;t help, support can re-check your identity. Contact them only this way: {contacts}. Support never asks for your password, codes or seed phrase.</source>
        <translation>Wenn kein Postfach Mails von {name} enthält und die Abfrage nicht geholfen hat, kann der Support Ihre Identität erneut prüfen. Kontaktieren Sie ihn nur auf diesem Weg: {contacts}. Der Support fragt nie nach Ihrem Passwort, Ihren Codes oder Ihrer Seed-Phrase.</translation>
    </message>
    <message>
        <source>Case summary to send to support</source>
        <translation>Fallzusammenfassung für den Support</translation>
    </message>
    <message>
        <source>&amp;2. Search yourself</source>
        <translation>&amp;2. Selbst suchen</translation>
    </message>
    <message>
        <source>&amp;4. Ask {name}</source>
        <translation>&amp;4. {name} fragen</translation>
    </message>
    <message>
        <source>If no mailbox has mail from {name}, support can re-check your identity. BreachGuard does not know {name}&apos;s support contact: open {website} by typing it yourself and find it there, never through a link in an email. Genuine support never asks for your password, codes or seed phrase.</source>
        <translation>Wenn kein Postfach Mail von {name} enthält, kann der Support Ihre Identität erneut prüfen. BreachGuard kennt den Support-Kontakt von {name} nicht: Öffnen Sie {website}, indem Sie es selbst eintippen, und suchen Sie ihn dort, nie über einen Link in einer E-Mail. Echter Support fragt nie nach Ihrem Passwort, Ihren Codes oder Ihrer Seed-Phrase.</translation>
    </message>
    <message>
        <source>BreachGuard case summary for {name}</source>
        <translation>BreachGuard-Fallzusammenfassung für {name}</translation>
    </message>
    <message>
        <source>Step: {step}</source>
        <translation>Schritt: {step}</translation>
    </message>
    <message>
        <source>Addresses checked: {count} ({list})</source>
        <translation>Geprüfte Adressen: {count} ({list})</translation>
    </message>
    <message>
        <source>Login email found: {email}</source>
        <translation>Gefundene Anmelde-E-Mail: {email}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Phone used for the lookup: {phone}</source>
        <translation>Für die Abfrage verwendete Telefonnummer: {phone}</translation>
    </message>
</context>
<context>
    <name>EnrollPage</name>
    <message>
        <source>Set up two-factor authentication again</source>
        <translation>Zwei-Faktor-Authentifizierung neu einrichten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Phone only?</source>
        <translation>Nur auf dem Handy?</translation>
    </message>
    <message>
        <source>BreachGuard will not keep a copy of the new key: it goes into the authenticator app on your phone and nowhere else. If you lose the phone, you need the exchange&apos;s recovery codes or support. Go on without the keyring?</source>
        <translation>BreachGuard behält keine Kopie des neuen Schlüssels: Er kommt in die Authenticator-App auf Ihrem Handy und nirgendwo sonst hin. Wenn Sie das Handy verlieren, brauchen Sie die Wiederherstellungscodes der Börse oder den Support. Ohne Schlüsselbund weitermachen?</translation>
    </message>
    <message>
        <source>Set up another code?</source>
        <translation>Weiteren Code einrichten?</translation>
    </message>
    <message>
        <source>You are done: the exchange confirmed your new key. Set up another one only if the exchange asks you to. Once the exchange confirms a newer key, the key you have now usually stops working, and so may its recovery codes.</source>
        <translation>Sie sind fertig: Die Börse hat Ihren neuen Schlüssel bestätigt. Richten Sie nur dann einen weiteren ein, wenn die Börse Sie darum bittet. Sobald die Börse einen neueren Schlüssel bestätigt, funktioniert der jetzige meist nicht mehr, und seine Wiederherstellungscodes womöglich auch nicht.</translation>
    </message>
    <message>
        <source>Set up &amp;another</source>
        <translation>&amp;Weiteren einrichten</translation>
    </message>
    <message>
        <source>Discard this setup?</source>
        <translation>Diese Einrichtung verwerfen?</translation>
    </message>
    <message>
        <source>Code copied. The clipboard is cleared in {seconds} seconds.</source>
        <translation>Code kopiert. Die Zwischenablage wird in {seconds} Sekunden geleert.</translation>
    </message>
</context>
<context>
    <name>ExchangePicker</name>
    <message>
        <source>imported profile</source>
        <translation>importiertes Profil</translation>
    </message>
    <message>
        <source>demo with sample data, touches no real account</source>
        <translation>Demo mit Beispieldaten, berührt kein echtes Konto</translation>
    </message>
    <message>
        <source>Community profile — not published by {0}</source>
        <translation>Community-Profil — nicht von {0} veröffentlicht</translation>
    </message>
    <message>
        <source>Choose your exchange</source>
        <translation>Wählen Sie Ihre Börse</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Name or website, e.g. kraken.com</source>
        <translation>Name oder Website, z. B. kraken.com</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Börsen</translation>
    </message>
    <message>
        <source>Community profiles hold public facts about an exchange: its websites, status page, email senders and 2FA names, each from a cited source. They are not published by the exchange and never show anything as verified. If your exchange gives you its own profile file, import it with File → Exchange.</source>
        <translation>Community-Profile enthalten öffentliche Fakten über eine Börse: ihre Websites, Statusseite, E-Mail-Absender und 2FA-Namen, jeweils mit Quellenangabe. Sie werden nicht von der Börse veröffentlicht und zeigen nie etwas als verifiziert an. Wenn Ihre Börse Ihnen eine eigene Profildatei gibt, importieren Sie sie über Datei → Börse.</translation>
    </message>
    <message>
        <source>&amp;Use this exchange</source>
        <translation>Diese Börse &amp;verwenden</translation>
    </message>
    <message>
        <source>bundled with {0}</source>
        <translation>mitgeliefert mit {0}</translation>
    </message>
    <message>
        <source>Which exchange is your account with? Type its name or website. Start with the Demo Exchange to try every step on sample data.</source>
        <translation>Bei welcher Börse ist Ihr Konto? Tippen Sie ihren Namen oder ihre Website ein. Beginnen Sie mit dem Demo Exchange, um jeden Schritt mit Beispieldaten auszuprobieren.</translation>
    </message>
    <message>
        <source>Which exchange is your account with? Type its name or website.</source>
        <translation>Bei welcher Börse ist Ihr Konto? Tippen Sie ihren Namen oder ihre Website ein.</translation>
    </message>
    <message>
        <source>No exchange matches “{0}”. BreachGuard does not know it yet: ask the exchange for its BreachGuard profile file, or start with the Demo Exchange.</source>
        <translation>Keine Börse passt zu „{0}“. BreachGuard kennt sie noch nicht: Bitten Sie die Börse um ihre BreachGuard-Profildatei, oder beginnen Sie mit dem Demo Exchange.</translation>
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message numerus="yes">
        <source>%n other services working normally</source>
        <translation>
            <numerusform>%n weiterer Dienst funktioniert normal</numerusform>
            <numerusform>%n weitere Dienste funktionieren normal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryBox</name>
    <message>
        <source>Your 2FA keys for this exchange</source>
        <translation>Ihre 2FA-Schlüssel für diese Börse</translation>
    </message>
    <message>
        <source>&amp;Continue the unfinished setup</source>
        <translation>Nicht abgeschlossene Einrichtung f&amp;ortsetzen</translation>
    </message>
    <message>
        <source>No 2FA keys saved for this exchange yet.</source>
        <translation>Für diese Börse sind noch keine 2FA-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>revoked by the exchange, codes hidden</source>
        <translation>von der Börse gesperrt, Codes ausgeblendet</translation>
    </message>
    <message>
        <source>setup not finished</source>
        <translation>Einrichtung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>working? (see below)</source>
        <translation>funktioniert? (siehe unten)</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>{exchange} – {account} – created {created} – {status}</source>
        <translation>{exchange} – {account} – erstellt {created} – {status}</translation>
    </message>
    <message>
        <source>(no account name)</source>
        <translation>(kein Kontoname)</translation>
    </message>
    <message>
        <source>The exchange revoked this key. Set up a new one above; this entry is removed once the new key is confirmed.</source>
        <translation>Die Börse hat diesen Schlüssel gesperrt. Richten Sie oben einen neuen ein; dieser Eintrag wird entfernt, sobald der neue Schlüssel bestätigt ist.</translation>
    </message>
    <message>
        <source>You began this setup earlier; its key is in your keyring. Continue it to finish.</source>
        <translation>Sie haben diese Einrichtung früher begonnen; ihr Schlüssel liegt in Ihrem Schlüsselbund. Setzen Sie sie fort, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>BreachGuard could not compare clocks with the exchange when this key was made, so it cannot tell whether a revocation affects it. If the exchange refuses its codes, set up a new key.</source>
        <translation>BreachGuard konnte die Uhren nicht mit der Börse vergleichen, als dieser Schlüssel erstellt wurde, und kann daher nicht sagen, ob eine Sperrung ihn betrifft. Wenn die Börse seine Codes ablehnt, richten Sie einen neuen Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>KeyringView</name>
    <message>
        <source>BreachGuard keeps your new 2FA key only in your computer&apos;s keyring, never in a file. It saves the key there before it shows you a single code, so a key the exchange accepts is never lost.</source>
        <translation>BreachGuard bewahrt Ihren neuen 2FA-Schlüssel nur im Schlüsselbund Ihres Computers auf, nie in einer Datei. Es speichert den Schlüssel dort, bevor es Ihnen auch nur einen Code zeigt, damit ein Schlüssel, den die Börse annimmt, nie verloren geht.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Or go on without the keyring: add the new key to an authenticator app on your phone only. BreachGuard will not keep a copy of it, so it cannot show you codes later.</source>
        <translation>Oder machen Sie ohne Schlüsselbund weiter: Fügen Sie den neuen Schlüssel nur zu einer Authenticator-App auf Ihrem Handy hinzu. BreachGuard behält keine Kopie davon und kann Ihnen deshalb später keine Codes zeigen.</translation>
    </message>
    <message>
        <source>Add it to my &amp;phone only…</source>
        <translation>Nur zu meinem Hand&amp;y hinzufügen…</translation>
    </message>
    <message>
        <source>Checking your keyring…</source>
        <translation>Ihr Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Your keyring is locked</source>
        <translation>Ihr Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <source>This computer has no keyring BreachGuard can use</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, den BreachGuard verwenden kann</translation>
    </message>
    <message>
        <source>The only keyring here does not encrypt</source>
        <translation>Der einzige Schlüsselbund hier verschlüsselt nicht</translation>
    </message>
    <message>
        <source>Your keyring does not answer</source>
        <translation>Ihr Schlüsselbund antwortet nicht</translation>
    </message>
    <message>
        <source>Your keyring cannot be used right now</source>
        <translation>Ihr Schlüsselbund kann gerade nicht verwendet werden</translation>
    </message>
</context>
<context>
    <name>MailSearchView</name>
    <message numerus="yes">
        <source>Reading {where}: %n messages so far</source>
        <translation>
            <numerusform>Lese {where}: bisher %n Nachricht</numerusform>
            <numerusform>Lese {where}: bisher %n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likely login email: {address}. It received %n messages from {name}; the strongest sign they are real: {why}.</source>
        <translation>
            <numerusform>Wahrscheinliche Anmelde-E-Mail: {address}. Sie hat %n Nachricht von {name} erhalten; das stärkste Zeichen, dass sie echt ist: {why}.</numerusform>
            <numerusform>Wahrscheinliche Anmelde-E-Mail: {address}. Sie hat %n Nachrichten von {name} erhalten; das stärkste Zeichen, dass sie echt sind: {why}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages from {domain} reached {address}. {domain} only looks like {name}: they are scams. Don&apos;t click their links or answer them.</source>
        <translation>
            <numerusform>%n Nachricht von {domain} ging an {address}. {domain} sieht nur aus wie {name}: Das ist Betrug. Klicken Sie auf keinen Link darin und antworten Sie nicht.</numerusform>
            <numerusform>%n Nachrichten von {domain} gingen an {address}. {domain} sieht nur aus wie {name}: Das ist Betrug. Klicken Sie auf keinen Link darin und antworten Sie nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages were read.</source>
        <translation>
            <numerusform>%n Nachricht wurde gelesen.</numerusform>
            <numerusform>%n Nachrichten wurden gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{address}: %n messages from {name}{span}.</source>
        <translation>
            <numerusform>{address}: %n Nachricht von {name}{span}.</numerusform>
            <numerusform>{address}: %n Nachrichten von {name}{span}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them failed the signature check and may be forged.</source>
        <translation>
            <numerusform>%n davon hat die Signaturprüfung nicht bestanden und ist vielleicht gefälscht.</numerusform>
            <numerusform>%n davon haben die Signaturprüfung nicht bestanden und sind vielleicht gefälscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>{0} — sample data. Nothing you do here touches a real account.</source>
        <translation>{0} — Beispieldaten. Nichts, was Sie hier tun, betrifft ein echtes Konto.</translation>
    </message>
    <message>
        <source>Step {0}: {1}</source>
        <translation>Schritt {0}: {1}</translation>
    </message>
    <message>
        <source>A private window is open — your support agent can&apos;t see it, on purpose.</source>
        <translation>Ein privates Fenster ist geöffnet — Ihr Support-Mitarbeiter kann es absichtlich nicht sehen.</translation>
    </message>
    <message>
        <source>Exchange: {0} ({1})</source>
        <translation>Börse: {0} ({1})</translation>
    </message>
    <message>
        <source>Exchange: {0}</source>
        <translation>Börse: {0}</translation>
    </message>
    <message>
        <source>I&apos;m on a call with s&amp;upport</source>
        <translation>Ich &amp;telefoniere mit dem Support</translation>
    </message>
    <message>
        <source>Hides your email, phone number, codes and secrets, and shows step ids your support agent can follow.</source>
        <translation>Blendet Ihre E-Mail-Adresse, Telefonnummer, Codes und Geheimnisse aus und zeigt Schritt-Kennungen, denen Ihr Support-Mitarbeiter folgen kann.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Exchange</source>
        <translation>&amp;Börse</translation>
    </message>
    <message>
        <source>&amp;Choose exchange…</source>
        <translation>Börse &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Import exchange profile…</source>
        <translation>Börsenprofil &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>I&apos;m on a call with &amp;support</source>
        <translation>Ich &amp;telefoniere mit dem Support</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Copy &amp;support report…</source>
        <translation>&amp;Supportbericht kopieren…</translation>
    </message>
    <message>
        <source>&amp;About BreachGuard</source>
        <translation>Ü&amp;ber BreachGuard</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>bundled with {0}</source>
        <translation>mitgeliefert mit {0}</translation>
    </message>
    <message>
        <source>imported from {0} on {1}</source>
        <translation>importiert aus {0} am {1}</translation>
    </message>
    <message>
        <source>imported from a file</source>
        <translation>aus einer Datei importiert</translation>
    </message>
    <message>
        <source>Profile id: {0}</source>
        <translation>Profilkennung: {0}</translation>
    </message>
    <message>
        <source>Websites: {0}</source>
        <translation>Websites: {0}</translation>
    </message>
    <message>
        <source>Signed by key {0}</source>
        <translation>Signiert mit Schlüssel {0}</translation>
    </message>
    <message>
        <source>{0} — done</source>
        <translation>{0} — erledigt</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>2FA codes</source>
        <translation>2FA-Codes</translation>
    </message>
    <message>
        <source>your authenticator secret or QR code</source>
        <translation>Ihr Authenticator-Geheimnis oder Ihren QR-Code</translation>
    </message>
    <message>
        <source>your seed phrase</source>
        <translation>Ihre Seed-Phrase</translation>
    </message>
    <message>
        <source>remote access to your computer</source>
        <translation>Fernzugriff auf Ihren Computer</translation>
    </message>
    <message>
        <source>to move your funds</source>
        <translation>das Verschieben Ihres Guthabens</translation>
    </message>
    <message>
        <source>Support mode: your email, phone number, codes and secrets are hidden. Never give anyone: {0}. Genuine support staff do not need them.</source>
        <translation>Support-Modus: Ihre E-Mail-Adresse, Telefonnummer, Codes und Geheimnisse sind ausgeblendet. Geben Sie niemandem heraus: {0}. Echte Support-Mitarbeiter brauchen das nicht.</translation>
    </message>
    <message>
        <source>Support mode: your email, phone number, codes and secrets are hidden. {0} staff will never ask you for: {1}.</source>
        <translation>Support-Modus: Ihre E-Mail-Adresse, Telefonnummer, Codes und Geheimnisse sind ausgeblendet. Mitarbeiter von {0} verlangen nie von Ihnen: {1}.</translation>
    </message>
    <message>
        <source>Your 2FA setup is not finished</source>
        <translation>Ihre 2FA-Einrichtung ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Stay here</source>
        <translation>&amp;Hier bleiben</translation>
    </message>
    <message>
        <source>Change the &amp;language anyway</source>
        <translation>&amp;Sprache trotzdem wechseln</translation>
    </message>
    <message>
        <source>Switch &amp;exchange anyway</source>
        <translation>&amp;Börse trotzdem wechseln</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>Trotzdem &amp;beenden</translation>
    </message>
    <message>
        <source>{0}: community profile — not published by {0}. BreachGuard uses only public facts about {0}, each from a cited source, and nothing here comes verified from {0}. If {0} gives you its own profile file, import it with File → Exchange.</source>
        <translation>{0}: Community-Profil — nicht von {0} veröffentlicht. BreachGuard nutzt nur öffentliche Fakten über {0}, jeweils mit Quellenangabe, und nichts hier ist von {0} verifiziert. Wenn {0} Ihnen eine eigene Profildatei gibt, importieren Sie sie über Datei → Börse.</translation>
    </message>
    <message>
        <source>Import exchange profile</source>
        <translation>Börsenprofil importieren</translation>
    </message>
    <message>
        <source>Exchange profiles (*.json)</source>
        <translation>Börsenprofile (*.json)</translation>
    </message>
    <message>
        <source>BreachGuard could not open {0}: its profile is no longer installed, or its file is damaged.

It shows {1} instead. Choose your exchange with File → Exchange → Choose exchange…, or import its profile file again.</source>
        <translation>BreachGuard konnte {0} nicht öffnen: Das Profil ist nicht mehr installiert, oder seine Datei ist beschädigt.

Stattdessen wird {1} angezeigt. Wählen Sie Ihre Börse unter Datei → Börse → Börse wählen…, oder importieren Sie die Profildatei erneut.</translation>
    </message>
    <message>
        <source>Your exchange could not be opened</source>
        <translation>Ihre Börse konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>About BreachGuard</source>
        <translation>Über BreachGuard</translation>
    </message>
    <message>
        <source>BreachGuard {0}

Helps you through the day after your exchange was breached: verified notices, the right login email and a safe 2FA re-enrollment.</source>
        <translation>BreachGuard {0}

Hilft Ihnen durch den Tag nach einem Angriff auf Ihre Börse: verifizierte Mitteilungen, die richtige Anmelde-E-Mail und eine sichere Neueinrichtung der 2FA.</translation>
    </message>
</context>
<context>
    <name>PrivateWindow</name>
    <message>
        <source>BreachGuard — private window</source>
        <translation>BreachGuard — privates Fenster</translation>
    </message>
    <message>
        <source>Before anything secret is shown: pause screen sharing or remote access now. Nobody from the exchange or from support ever needs to see what this window shows.</source>
        <translation>Bevor etwas Geheimes angezeigt wird: Pausieren Sie jetzt die Bildschirmfreigabe oder den Fernzugriff. Niemand von der Börse oder vom Support muss je sehen, was dieses Fenster zeigt.</translation>
    </message>
    <message>
        <source>Add to an authenticator app on your phone</source>
        <translation>Zu einer Authenticator-App auf Ihrem Handy hinzufügen</translation>
    </message>
    <message>
        <source>In the authenticator app on your phone, choose “add account” and scan this QR code, or type the key below.</source>
        <translation>Wählen Sie in der Authenticator-App auf Ihrem Handy „Konto hinzufügen“ und scannen Sie diesen QR-Code, oder geben Sie den Schlüssel unten ein.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Each code works once. Tick a code when you have used it; the marks are saved in your keyring.</source>
        <translation>Jeder Code funktioniert einmal. Haken Sie einen Code ab, wenn Sie ihn benutzt haben; die Markierungen werden in Ihrem Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>I have &amp;paused screen sharing</source>
        <translation>Ich habe die Bildschirmfreigabe &amp;pausiert</translation>
    </message>
    <message>
        <source>&amp;Close and hide everything</source>
        <translation>&amp;Schließen und alles verbergen</translation>
    </message>
    <message>
        <source>Esc also closes this window</source>
        <translation>Auch Esc schließt dieses Fenster</translation>
    </message>
    <message>
        <source>Your current code</source>
        <translation>Ihr aktueller Code</translation>
    </message>
    <message>
        <source>Type this code into the exchange&apos;s website.</source>
        <translation>Geben Sie diesen Code auf der Website der Börse ein.</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>QR-Code für Ihre Authenticator-App</translation>
    </message>
    <message>
        <source>Key: {key}</source>
        <translation>Schlüssel: {key}</translation>
    </message>
    <message>
        <source>QR code hidden until you pause screen sharing.</source>
        <translation>Der QR-Code bleibt verborgen, bis Sie die Bildschirmfreigabe pausieren.</translation>
    </message>
    <message>
        <source>QR code hidden</source>
        <translation>QR-Code verborgen</translation>
    </message>
    <message>
        <source>Current code: {code}</source>
        <translation>Aktueller Code: {code}</translation>
    </message>
    <message>
        <source>Current code: {code} (changes in {seconds} s)</source>
        <translation>Aktueller Code: {code} (wechselt in {seconds} s)</translation>
    </message>
    <message>
        <source>used</source>
        <translation>benutzt</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>unbenutzt</translation>
    </message>
</context>
<context>
    <name>ProfileUpdateDialog</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Install the update</source>
        <translation>Update &amp;installieren</translation>
    </message>
    <message>
        <source>&amp;Add as another exchange</source>
        <translation>Als weitere Börse &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Exchange profile not imported</source>
        <translation>Börsenprofil nicht importiert</translation>
    </message>
    <message>
        <source>Update the profile of {0}?</source>
        <translation>Das Profil von {0} aktualisieren?</translation>
    </message>
    <message>
        <source>Add a second exchange with the same name?</source>
        <translation>Eine zweite Börse mit demselben Namen hinzufügen?</translation>
    </message>
    <message>
        <source>The file {0} was not imported: the Demo Exchange is built into the app.</source>
        <translation>Die Datei {0} wurde nicht importiert: Demo Exchange ist in die App eingebaut.</translation>
    </message>
    <message>
        <source>The file {0} was not imported: the profile of {1} comes with this app and is updated only with the app, never from a file. It would have changed:</source>
        <translation>Die Datei {0} wurde nicht importiert: Das Profil von {1} wird mit dieser App geliefert und nur mit der App aktualisiert, nie aus einer Datei. Geändert hätte sich:</translation>
    </message>
    <message>
        <source>The file {0} was not imported: it replaces the keys that notices from {1} must be signed with, and it is not signed by a key {1} uses now. Such a file could make forged notices look verified. It would have changed:</source>
        <translation>Die Datei {0} wurde nicht importiert: Sie ersetzt die Schlüssel, mit denen Mitteilungen von {1} signiert sein müssen, ist aber nicht mit einem Schlüssel signiert, den {1} derzeit verwendet. Eine solche Datei könnte gefälschte Mitteilungen als verifiziert erscheinen lassen. Geändert hätte sich:</translation>
    </message>
    <message>
        <source>The file {0} would replace the community profile of {1}, which {1} did not publish. Import it only if {1} itself gave you this file. Nothing has changed yet. Check every difference:</source>
        <translation>Die Datei {0} würde das Community-Profil von {1} ersetzen, das {1} nicht veröffentlicht hat. Importieren Sie sie nur, wenn {1} selbst Ihnen diese Datei gegeben hat. Noch wurde nichts geändert. Prüfen Sie jeden Unterschied:</translation>
    </message>
    <message>
        <source>The file {0} would change the installed profile of {1} ({2}). Nothing has changed yet. Check every difference:</source>
        <translation>Die Datei {0} würde das installierte Profil von {1} ({2}) ändern. Noch hat sich nichts geändert. Prüfen Sie jeden Unterschied:</translation>
    </message>
    <message>
        <source>The file {0} is a new exchange ({1}) that uses the same name as the installed {2} ({3}). It is not an update of {2}: a file that says it is may be a phishing attempt. How it differs from {3}:</source>
        <translation>Die Datei {0} ist eine neue Börse ({1}) mit demselben Namen wie die installierte Börse {2} ({3}). Sie ist kein Update von {2}: Eine Datei, die das behauptet, kann ein Phishing-Versuch sein. So unterscheidet sie sich von {3}:</translation>
    </message>
    <message>
        <source>The file {0} cannot be imported.</source>
        <translation>Die Datei {0} kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>✓ Signed by key {0}, which {1} uses now.</source>
        <translation>✓ Signiert mit Schlüssel {0}, den {1} derzeit verwendet.</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>Die Datei ist nicht signiert.</translation>
    </message>
    <message>
        <source>Its signature is not from a key {0} uses now ({1}).</source>
        <translation>Ihre Signatur stammt nicht von einem Schlüssel, den {0} derzeit verwendet ({1}).</translation>
    </message>
    <message>
        <source>If the exchange really changed its keys, ask it for the profile together with its signature file ({0}.minisig) and import both from the same folder.</source>
        <translation>Wenn die Börse ihre Schlüssel wirklich geändert hat, bitten Sie sie um das Profil zusammen mit seiner Signaturdatei ({0}.minisig) und importieren Sie beide aus demselben Ordner.</translation>
    </message>
    <message>
        <source>Accept only if the exchange itself told you to install this file, on its official website. An email or chat message asking you to is a warning sign.</source>
        <translation>Nehmen Sie das nur an, wenn die Börse Sie selbst auf ihrer offiziellen Website aufgefordert hat, diese Datei zu installieren. Eine E-Mail oder Chatnachricht mit dieser Aufforderung ist ein Warnzeichen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>RecoveryCodesBox</name>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>The exchange gives you recovery codes for when your 2FA device is lost. Keep them in your keyring here: paste them (saving replaces any codes saved before). They are only ever shown in the private window.</source>
        <translation>Die Börse gibt Ihnen Wiederherstellungscodes für den Fall, dass Ihr 2FA-Gerät verloren geht. Bewahren Sie sie hier in Ihrem Schlüsselbund auf: Fügen Sie sie ein (Speichern ersetzt früher gespeicherte Codes). Angezeigt werden sie nur im privaten Fenster.</translation>
    </message>
    <message>
        <source>Recovery codes, separated by spaces</source>
        <translation>Wiederherstellungscodes, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Save co&amp;des</source>
        <translation>Codes s&amp;peichern</translation>
    </message>
    <message>
        <source>Paste and save fro&amp;m the clipboard</source>
        <translation>Aus der Zwischenablage einfügen und spei&amp;chern</translation>
    </message>
    <message>
        <source>Show recover&amp;y codes…</source>
        <translation>Wiede&amp;rherstellungscodes anzeigen…</translation>
    </message>
    <message>
        <source>Available once a working 2FA key for this exchange is saved.</source>
        <translation>Verfügbar, sobald ein funktionierender 2FA-Schlüssel für diese Börse gespeichert ist.</translation>
    </message>
    <message>
        <source>Saved {count} recovery codes in your keyring.</source>
        <translation>{count} Wiederherstellungscodes in Ihrem Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Saved {count} recovery codes in your keyring and removed them from the clipboard.</source>
        <translation>{count} Wiederherstellungscodes in Ihrem Schlüsselbund gespeichert und aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>Saving in your keyring…</source>
        <translation>Wird in Ihrem Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Reading from your keyring…</source>
        <translation>Wird aus Ihrem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>No recovery codes saved for this key yet.</source>
        <translation>Für diesen Schlüssel sind noch keine Wiederherstellungscodes gespeichert.</translation>
    </message>
    <message>
        <source>{unused} of {count} recovery codes unused (shown in the private window).</source>
        <translation>{unused} von {count} Wiederherstellungscodes unbenutzt (angezeigt im privaten Fenster).</translation>
    </message>
    <message>
        <source>Saved: {count} recovery codes with their used marks.</source>
        <translation>Gespeichert: {count} Wiederherstellungscodes mit ihren Benutzt-Markierungen.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Support report</source>
        <translation>Supportbericht</translation>
    </message>
    <message>
        <source>This is everything the support report contains. It has no passwords, 2FA secrets or codes, and email addresses and phone numbers are masked. Nothing leaves this computer: it is only copied when you press “Copy to clipboard”, so you can paste it into your message to support.</source>
        <translation>Das ist alles, was der Supportbericht enthält. Er enthält keine Passwörter, 2FA-Geheimnisse oder Codes, und E-Mail-Adressen und Telefonnummern sind maskiert. Nichts verlässt diesen Computer: Der Bericht wird nur kopiert, wenn Sie „In die Zwischenablage kopieren“ drücken, damit Sie ihn in Ihre Nachricht an den Support einfügen können.</translation>
    </message>
    <message>
        <source>Putting the report together… Checking the keyring and the exchange&apos;s clock can take a few seconds.</source>
        <translation>Der Bericht wird zusammengestellt… Die Prüfung des Schlüsselbunds und der Uhr der Börse kann ein paar Sekunden dauern.</translation>
    </message>
    <message>
        <source>Putting the report together</source>
        <translation>Bericht wird zusammengestellt</translation>
    </message>
    <message>
        <source>Support report text</source>
        <translation>Text des Supportberichts</translation>
    </message>
    <message>
        <source>The report appears here.</source>
        <translation>Der Bericht erscheint hier.</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Read the report below. It is in English, so that any support team can read it. Press “Copy to clipboard” to copy all of it.</source>
        <translation>Lesen Sie den Bericht unten. Er ist auf Englisch, damit jedes Support-Team ihn lesen kann. Mit „In die Zwischenablage kopieren“ kopieren Sie ihn ganz.</translation>
    </message>
    <message>
        <source>The report could not be put together</source>
        <translation>Der Bericht konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to support ({0}).</source>
        <translation>Kopiert. Fügen Sie ihn in Ihre Nachricht an den Support ein ({0}).</translation>
    </message>
</context>
<context>
    <name>SameComputerNotice</name>
    <message>
        <source>Codes shown on the computer you sign in from are a weaker second factor: anyone who gets into this computer has your password and your codes. Safer: add the key to an authenticator app on your phone.</source>
        <translation>Codes auf dem Computer, an dem Sie sich anmelden, sind ein schwächerer zweiter Faktor: Wer in diesen Computer eindringt, hat Passwort und Codes. Sicherer ist eine Authenticator-App auf Ihrem Handy.</translation>
    </message>
    <message>
        <source>Show on my &amp;phone instead…</source>
        <translation>Stattdessen auf dem Hand&amp;y anzeigen…</translation>
    </message>
    <message>
        <source>Opens a private window with the QR code and key for your phone</source>
        <translation>Öffnet ein privates Fenster mit QR-Code und Schlüssel für Ihr Handy</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <source>Your exchange revoked the old 2FA codes.
1. Start the new 2FA setup on the exchange&apos;s own website: it shows a QR code or a setup link.
2. Bring it in here, in any of these ways. BreachGuard saves the new key in your keyring before it shows you a code.</source>
        <translation>Ihre Börse hat die alten 2FA-Codes gesperrt.
1. Starten Sie die neue 2FA-Einrichtung auf der Website der Börse selbst: Dort sehen Sie einen QR-Code oder einen Einrichtungslink.
2. Übernehmen Sie ihn auf einem dieser Wege hierher. BreachGuard speichert den neuen Schlüssel in Ihrem Schlüsselbund, bevor es Ihnen einen Code zeigt.</translation>
    </message>
    <message>
        <source>&amp;Open the Demo Exchange website</source>
        <translation>Website von Demo E&amp;xchange öffnen</translation>
    </message>
    <message>
        <source>The clipboard holds a 2FA setup link.</source>
        <translation>In der Zwischenablage liegt ein 2FA-Einrichtungslink.</translation>
    </message>
    <message>
        <source>Use the link from the c&amp;lipboard</source>
        <translation>Link aus der Zwischen&amp;ablage verwenden</translation>
    </message>
    <message>
        <source>otpauth://… setup link</source>
        <translation>otpauth://…-Einrichtungslink</translation>
    </message>
    <message>
        <source>Setup link</source>
        <translation>Einrichtungslink</translation>
    </message>
    <message>
        <source>Use this lin&amp;k</source>
        <translation>Diesen &amp;Link verwenden</translation>
    </message>
    <message>
        <source>Open a QR &amp;image…</source>
        <translation>QR-B&amp;ild öffnen…</translation>
    </message>
    <message>
        <source>&amp;Paste a QR image</source>
        <translation>QR-Bild ein&amp;fügen</translation>
    </message>
    <message>
        <source>Scan the sc&amp;reen</source>
        <translation>Bildschir&amp;m scannen</translation>
    </message>
    <message>
        <source>Or type the key by hand</source>
        <translation>Oder den Schlüssel von Hand eingeben</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Anz&amp;eigen</translation>
    </message>
    <message>
        <source>Show the typed key</source>
        <translation>Eingegebenen Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>Geheimer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Account (email):</source>
        <translation>&amp;Konto (E-Mail):</translation>
    </message>
    <message>
        <source>Us&amp;e this key</source>
        <translation>Diesen Schlüssel &amp;verwenden</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>A&amp;usblenden</translation>
    </message>
    <message>
        <source>Open a QR code picture</source>
        <translation>Bild mit QR-Code öffnen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy the QR code picture first (for example with a screenshot).</source>
        <translation>In der Zwischenablage liegt kein Bild. Kopieren Sie zuerst das Bild mit dem QR-Code (zum Beispiel mit einem Bildschirmfoto).</translation>
    </message>
    <message>
        <source>Screenshot left on disk</source>
        <translation>Bildschirmfoto liegt noch auf der Festplatte</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Exchange status</source>
        <translation>Status der Börse</translation>
    </message>
    <message>
        <source>{name} publishes no signed notices, and no public source names a status page of {name} that BreachGuard can read ({community}). For news, type {website} into your browser yourself; emails and posts can be faked during an incident, so never follow their links to sign in.</source>
        <translation>{name} veröffentlicht keine signierten Meldungen, und keine öffentliche Quelle nennt eine Statusseite von {name}, die BreachGuard lesen kann ({community}). Für Neuigkeiten tippen Sie {website} selbst in Ihren Browser ein; E-Mails und Beiträge können bei einem Vorfall gefälscht sein, melden Sie sich also nie über ihre Links an.</translation>
    </message>
    <message>
        <source>{name} publishes no signed notices. Below is its public status page, read over a secure connection but not verified ({community}). Emails and posts can be faked during an incident: compare what they say with this page, and never follow their links to sign in.</source>
        <translation>{name} veröffentlicht keine signierten Meldungen. Unten steht seine öffentliche Statusseite, über eine sichere Verbindung gelesen, aber nicht verifiziert ({community}). E-Mails und Beiträge können bei einem Vorfall gefälscht sein: Vergleichen Sie, was sie sagen, mit dieser Seite, und melden Sie sich nie über ihre Links an.</translation>
    </message>
    <message>
        <source>{name} publishes no signed notices. Below is what its public pages say, read over a secure connection but not verified. Emails and posts can be faked during an incident: compare what they say with this page.</source>
        <translation>{name} veröffentlicht keine signierten Meldungen. Unten steht, was seine öffentlichen Seiten sagen, über eine sichere Verbindung gelesen, aber nicht verifiziert. E-Mails und Beiträge können bei einem Vorfall gefälscht sein: Vergleichen Sie, was sie sagen, mit dieser Seite.</translation>
    </message>
    <message>
        <source>Notices from {name}&apos;s own signed channel. Emails and social-media posts can be faked during an incident; what is marked Verified here cannot.</source>
        <translation>Mitteilungen aus dem eigenen, signierten Kanal von {name}. E-Mails und Beiträge in sozialen Medien können bei einem Vorfall gefälscht sein; was hier als verifiziert markiert ist, nicht.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Check the exchange for new notices now</source>
        <translation>Jetzt bei der Börse nach neuen Mitteilungen sehen</translation>
    </message>
    <message>
        <source>Checking for new notices</source>
        <translation>Suche nach neuen Mitteilungen</translation>
    </message>
    <message>
        <source>Checking for new notices…</source>
        <translation>Suche nach neuen Mitteilungen…</translation>
    </message>
    <message>
        <source>BreachGuard has no notice source to read for this exchange.</source>
        <translation>BreachGuard hat für diese Börse keine Quelle für Meldungen, die es lesen kann.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Severity unknown</source>
        <translation>Schweregrad unbekannt</translation>
    </message>
    <message>
        <source>{area}: {status}</source>
        <translation>{area}: {status}</translation>
    </message>
    <message>
        <source>Show &amp;all areas…</source>
        <translation>Alle Be&amp;reiche anzeigen…</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>All areas and their status</source>
        <translation>Alle Bereiche und ihr Status</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>{area}: {status} (no incident reported)</source>
        <translation>{area}: {status} (kein Vorfall gemeldet)</translation>
    </message>
    <message>
        <source>What works now</source>
        <translation>Was jetzt funktioniert</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No incident reported</source>
        <translation>Kein Vorfall gemeldet</translation>
    </message>
    <message>
        <source>What works now, according to {source} (unverified)</source>
        <translation>Was jetzt funktioniert, laut {source} (nicht verifiziert)</translation>
    </message>
    <message>
        <source>Details of the selected notice</source>
        <translation>Details der ausgewählten Mitteilung</translation>
    </message>
    <message>
        <source>Re-&amp;enroll 2FA now</source>
        <translation>2FA jetzt neu &amp;einrichten</translation>
    </message>
    <message>
        <source>Find your &amp;login email</source>
        <translation>Anmelde-E-Mail &amp;finden</translation>
    </message>
    <message>
        <source>Also on the status page ({kind}): “{title}” · {status} · {when}</source>
        <translation>Auch auf der Statusseite ({kind}): „{title}“ · {status} · {when}</translation>
    </message>
    <message>
        <source>Also on {label} ({kind}): “{title}” · {status} · {when}</source>
        <translation>Auch bei {label} ({kind}): „{title}“ · {status} · {when}</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>Planned: {window}</source>
        <translation>Geplant: {window}</translation>
    </message>
    <message>
        <source>Maintenance window: {window}</source>
        <translation>Wartungsfenster: {window}</translation>
    </message>
    <message>
        <source>⚠ Scam warning: this notice mentions {topics}. Never give these to anyone — by email, phone or chat — whoever they say they are: stop and contact support through the official website.</source>
        <translation>⚠ Betrugswarnung: Diese Mitteilung erwähnt {topics}. Geben Sie das niemandem heraus — weder per E-Mail, Telefon noch Chat —, ganz gleich, wer er zu sein behauptet: Brechen Sie ab und wenden Sie sich über die offizielle Website an den Support.</translation>
    </message>
    <message>
        <source>&amp;Open on {host}</source>
        <translation>Auf {host} &amp;öffnen</translation>
    </message>
    <message>
        <source>{name} staff will never ask you for {topics}. Anyone who does is a scammer, whatever they say.</source>
        <translation>Mitarbeiter von {name} verlangen von Ihnen nie {topics}. Wer das doch tut, ist ein Betrüger, ganz gleich, was er sagt.</translation>
    </message>
    <message>
        <source>Never give anyone {topics}. Anyone who asks is a scammer, whatever they say.</source>
        <translation>Geben Sie niemandem {topics}. Wer danach fragt, ist ein Betrüger, ganz gleich, was er sagt.</translation>
    </message>
    <message>
        <source>• {when} — {status} ({kind}): “{title}”
   {text}</source>
        <translation>• {when} — {status} ({kind}): „{title}“
   {text}</translation>
    </message>
    <message>
        <source>• {when} — {status}:
   {text}</source>
        <translation>• {when} — {status}:
   {text}</translation>
    </message>
    <message>
        <source>also on the status page</source>
        <translation>auch auf der Statusseite</translation>
    </message>
    <message>
        <source>Open now ({count})</source>
        <translation>Jetzt offen ({count})</translation>
    </message>
    <message>
        <source>Planned maintenance ({count})</source>
        <translation>Geplante Wartung ({count})</translation>
    </message>
    <message>
        <source>Resolved ({count})</source>
        <translation>Behoben ({count})</translation>
    </message>
    <message>
        <source>also on {label}</source>
        <translation>auch bei {label}</translation>
    </message>
    <message>
        <source>Notices, most urgent first</source>
        <translation>Mitteilungen, dringendste zuerst</translation>
    </message>
    <message>
        <source>{title}
{tags} · {when}{relative} · {source}</source>
        <translation>{title}
{tags} · {when}{relative} · {source}</translation>
    </message>
    <message>
        <source>● New · {title}</source>
        <translation>● Neu · {title}</translation>
    </message>
    <message>
        <source>{title}
{tags} · Planned: {window} · {source}</source>
        <translation>{title}
{tags} · Geplant: {window} · {source}</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Wird untersucht</translation>
    </message>
    <message>
        <source>Cause identified</source>
        <translation>Ursache gefunden</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Wird beobachtet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird überprüft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <source>Partly down</source>
        <translation>Teilweise ausgefallen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>In Wartung</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>✎ Correction</source>
        <translation>✎ Korrektur</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>Loading notices…</source>
        <translation>Mitteilungen werden geladen…</translation>
    </message>
    <message>
        <source>No notices could be read yet; the reason is shown above.</source>
        <translation>Bisher konnten keine Mitteilungen gelesen werden; der Grund steht oben.</translation>
    </message>
    <message>
        <source>The exchange has no current notices.</source>
        <translation>Die Börse hat keine aktuellen Mitteilungen.</translation>
    </message>
    <message>
        <source>{label}: Verified ✓ signed by {name}, published {age}</source>
        <translation>{label}: Verifiziert ✓ signiert von {name}, veröffentlicht {age}</translation>
    </message>
    <message>
        <source>{label}: Unverified (TLS only), updated {age}. It cannot start any action or alert in this app.</source>
        <translation>{label}: nicht verifiziert (nur TLS), {age} aktualisiert. Diese Quelle kann in dieser App keine Aktion und keine Warnung auslösen.</translation>
    </message>
    <message>
        <source>{label}: no verified notices yet</source>
        <translation>{label}: noch keine verifizierten Mitteilungen</translation>
    </message>
    <message>
        <source>{label}: Unverified (TLS only), nothing loaded yet</source>
        <translation>{label}: nicht verifiziert (nur TLS), noch nichts geladen</translation>
    </message>
    <message>
        <source>⚠ The latest notices from {label} failed verification and were NOT shown: {reason}. Below are the last verified notices, from {age}.</source>
        <translation>⚠ Die neuesten Mitteilungen von {label} haben die Prüfung nicht bestanden und werden NICHT angezeigt: {reason}. Unten stehen die letzten verifizierten Mitteilungen (Stand: {age}).</translation>
    </message>
    <message>
        <source>⚠ The notices from {label} failed verification and are not shown: {reason}.</source>
        <translation>⚠ Die Mitteilungen von {label} haben die Prüfung nicht bestanden und werden nicht angezeigt: {reason}.</translation>
    </message>
    <message>
        <source>Could not check {label} for new notices: {reason}.</source>
        <translation>{label} konnte nicht auf neue Mitteilungen geprüft werden: {reason}.</translation>
    </message>
    <message>
        <source>Showing the copy from {age}.</source>
        <translation>Angezeigt wird die gespeicherte Fassung (Stand: {age}).</translation>
    </message>
    <message>
        <source>Out of date: these notices expired at {time} and {label} has not published newer ones. Things may have changed since.</source>
        <translation>Veraltet: Diese Mitteilungen sind seit {time} abgelaufen, und {label} hat keine neueren veröffentlicht. Inzwischen kann sich etwas geändert haben.</translation>
    </message>
    <message>
        <source>Severity: {severity} · Status: {status}</source>
        <translation>Schweregrad: {severity} · Status: {status}</translation>
    </message>
    <message>
        <source>From {label} · Verified ✓ (signed by {name})</source>
        <translation>Von {label} · Verifiziert ✓ (signiert von {name})</translation>
    </message>
    <message>
        <source>From {label} · Unverified (TLS only)</source>
        <translation>Von {label} · nicht verifiziert (nur TLS)</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Aktualisiert {when}</translation>
    </message>
    <message>
        <source>Published {when}</source>
        <translation>Veröffentlicht {when}</translation>
    </message>
    <message>
        <source>Next update expected at {time}</source>
        <translation>Nächste Aktualisierung erwartet um {time}</translation>
    </message>
    <message>
        <source>An update was promised for {time} and has not arrived yet.</source>
        <translation>Für {time} wurde eine Aktualisierung angekündigt, die noch nicht eingetroffen ist.</translation>
    </message>
    <message>
        <source>Affected: {components}</source>
        <translation>Betroffen: {components}</translation>
    </message>
    <message>
        <source>Notes on this notice: {problems}</source>
        <translation>Hinweise zu dieser Mitteilung: {problems}</translation>
    </message>
    <message>
        <source>✎ Correction to the earlier notice “{title}”. The earlier notice is kept as it was published.</source>
        <translation>✎ Korrektur der früheren Mitteilung „{title}“. Die frühere Mitteilung bleibt so erhalten, wie sie veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>✎ This corrects an earlier notice.</source>
        <translation>✎ Dies korrigiert eine frühere Mitteilung.</translation>
    </message>
    <message>
        <source>✎ This notice was later corrected: see “{title}”.</source>
        <translation>✎ Diese Mitteilung wurde später korrigiert: siehe „{title}“.</translation>
    </message>
    <message>
        <source>seed or recovery phrases</source>
        <translation>Seed- oder Wiederherstellungsphrasen</translation>
    </message>
    <message>
        <source>remote access to your computer</source>
        <translation>Fernzugriff auf Ihren Computer</translation>
    </message>
    <message>
        <source>a “verification deposit” or payment</source>
        <translation>eine „Verifizierungseinzahlung“ oder Zahlung</translation>
    </message>
    <message>
        <source>moving your funds</source>
        <translation>das Verschieben Ihres Guthabens</translation>
    </message>
    <message>
        <source>⚠ Scam warning: this notice mentions {topics}. {name} staff will never ask you for these. If anyone does — by email, phone or chat — it is a scam: stop and contact support through the official website.</source>
        <translation>⚠ Betrugswarnung: Diese Mitteilung erwähnt {topics}. Mitarbeiter von {name} fragen Sie nie danach. Wenn das jemand tut — per E-Mail, Telefon oder Chat —, ist es Betrug: Brechen Sie ab und wenden Sie sich über die offizielle Website an den Support.</translation>
    </message>
    <message>
        <source>Link not opened for your safety ({reason}): {url}</source>
        <translation>Link zu Ihrer Sicherheit nicht geöffnet ({reason}): {url}</translation>
    </message>
    <message>
        <source>Update history (newest first):</source>
        <translation>Verlauf der Aktualisierungen (neueste zuerst):</translation>
    </message>
</context>
<context>
    <name>StatusTray</name>
    <message>
        <source>Open BreachGuard</source>
        <translation>BreachGuard öffnen</translation>
    </message>
    <message>
        <source>no open verified notices</source>
        <translation>keine offenen verifizierten Mitteilungen</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>minor problem</source>
        <translation>geringes Problem</translation>
    </message>
    <message>
        <source>major problem</source>
        <translation>schwerwiegendes Problem</translation>
    </message>
    <message>
        <source>critical — action needed</source>
        <translation>kritisch — Handeln erforderlich</translation>
    </message>
    <message>
        <source>problem of unknown severity</source>
        <translation>Problem mit unbekanntem Schweregrad</translation>
    </message>
    <message>
        <source>BreachGuard — {0}: {1}</source>
        <translation>BreachGuard — {0}: {1}</translation>
    </message>
    <message>
        <source>Critical notice from {0}</source>
        <translation>Kritische Mitteilung von {0}</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Step {number} of {total} — {title}</source>
        <translation>Schritt {number} von {total} — {title}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Was Sie erledigt haben</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Noch zu tun</translation>
    </message>
    <message>
        <source>What to watch next</source>
        <translation>Worauf Sie als Nächstes achten sollten</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>A record for yourself or a support case: no secrets, your email masked.</source>
        <translation>Ein Nachweis für Sie selbst oder für eine Anfrage beim Support: ohne Geheimnisse, Ihre E-Mail-Adresse maskiert.</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>You&apos;re done</source>
        <translation>Sie sind fertig</translation>
    </message>
    <message>
        <source>Not finished yet: {0} of {1} done</source>
        <translation>Noch nicht fertig: {0} von {1} erledigt</translation>
    </message>
    <message>
        <source>Login email: {0}</source>
        <translation>Anmelde-E-Mail: {0}</translation>
    </message>
    <message>
        <source>Exchange: {0}</source>
        <translation>Börse: {0}</translation>
    </message>
    <message>
        <source>Step 1 shows the exchange&apos;s notices as they come.</source>
        <translation>Schritt 1 zeigt die Mitteilungen der Börse, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>{0}: the exchange promised its next update by {1}.</source>
        <translation>{0}: Die Börse hat ihre nächste Aktualisierung bis {1} angekündigt.</translation>
    </message>
    <message>
        <source>{0}: planned maintenance from {1} to {2}.</source>
        <translation>{0}: geplante Wartung von {1} bis {2}.</translation>
    </message>
    <message>
        <source>{0}: planned maintenance from {1}.</source>
        <translation>{0}: geplante Wartung ab {1}.</translation>
    </message>
    <message>
        <source>No update is promised and no maintenance is planned right now. Step 1 keeps checking the exchange&apos;s notices.</source>
        <translation>Zurzeit ist keine Aktualisierung angekündigt und keine Wartung geplant. Schritt 1 prüft weiterhin die Mitteilungen der Börse.</translation>
    </message>
    <message>
        <source>Saved by BreachGuard on {0}. No passwords, codes or keys are in it.</source>
        <translation>Gespeichert von BreachGuard am {0}. Darin stehen keine Passwörter, Codes oder Schlüssel.</translation>
    </message>
    <message>
        <source>BreachGuard summary</source>
        <translation>BreachGuard-Zusammenfassung</translation>
    </message>
    <message>
        <source>BreachGuard summary.pdf</source>
        <translation>BreachGuard-Zusammenfassung.pdf</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Zusammenfassung als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved as {0}.</source>
        <translation>Gespeichert als {0}.</translation>
    </message>
    <message>
        <source>The PDF could not be saved in {0}: {1}. Choose another folder.</source>
        <translation>Das PDF konnte nicht in {0} gespeichert werden: {1}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The PDF could not be saved in {0}. Choose another folder.</source>
        <translation>Das PDF konnte nicht in {0} gespeichert werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} your time</source>
        <translation>{time} Ihre Ortszeit</translation>
    </message>
    <message>
        <source>{utc} ({local} your time)</source>
        <translation>{utc} ({local} Ihre Ortszeit)</translation>
    </message>
</context>
<context>
    <name>VerifyView</name>
    <message>
        <source>Stop: is this setup code really from {exchange}?</source>
        <translation>Stopp: Stammt dieser Einrichtungscode wirklich von {exchange}?</translation>
    </message>
    <message>
        <source>The code names:</source>
        <translation>Der Code nennt:</translation>
    </message>
    <message>
        <source>You are setting up:</source>
        <translation>Sie richten ein:</translation>
    </message>
    <message>
        <source>Fake setup codes arrive by email, chat or a look-alike website. If you did not start this setup yourself on {exchange}&apos;s own website, discard it. Nothing from it has been shown or saved.</source>
        <translation>Gefälschte Einrichtungscodes kommen per E-Mail, Chat oder über eine ähnlich aussehende Website. Wenn Sie diese Einrichtung nicht selbst auf der Website von {exchange} gestartet haben, verwerfen Sie sie. Davon wurde noch nichts angezeigt oder gespeichert.</translation>
    </message>
    <message>
        <source>Name of the exchange</source>
        <translation>Name der Börse</translation>
    </message>
    <message>
        <source>E&amp;xchange name:</source>
        <translation>Name der &amp;Börse:</translation>
    </message>
    <message>
        <source>&amp;Continue anyway</source>
        <translation>Trotzdem &amp;fortfahren</translation>
    </message>
    <message>
        <source>&amp;Discard this setup code</source>
        <translation>Diesen Einrichtungscode &amp;verwerfen</translation>
    </message>
    <message>
        <source>(no exchange named)</source>
        <translation>(keine Börse genannt)</translation>
    </message>
    <message>
        <source>Only if you are sure you started it on {exchange}&apos;s own website: type {exchange} below to go on.</source>
        <translation>Nur wenn Sie sicher sind, dass Sie sie auf der Website von {exchange} selbst gestartet haben: Geben Sie unten {exchange} ein, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>addressbook</name>
    <message>
        <source>That address is already in your list.</source>
        <translation>Diese Adresse steht schon in Ihrer Liste.</translation>
    </message>
    <message>
        <source>The list is full; remove an address first.</source>
        <translation>Die Liste ist voll; entfernen Sie zuerst eine Adresse.</translation>
    </message>
    <message>
        <source>Your saved addresses could not be read ({reason}).</source>
        <translation>Ihre gespeicherten Adressen konnten nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Your saved addresses were damaged and were set aside as {name}.</source>
        <translation>Ihre gespeicherten Adressen waren beschädigt und wurden als {name} beiseitegelegt.</translation>
    </message>
</context>
<context>
    <name>capture_protection</name>
    <message>
        <source>Pause screen sharing before you reveal anything.</source>
        <translation>Pausieren Sie die Bildschirmfreigabe, bevor Sie etwas aufdecken.</translation>
    </message>
    <message>
        <source>This window is hidden from screen sharing and screenshots by Windows. Your support agent sees an empty area instead.</source>
        <translation>Windows blendet dieses Fenster bei Bildschirmfreigabe und Bildschirmfotos aus. Ihr Support-Mitarbeiter sieht stattdessen eine leere Fläche.</translation>
    </message>
    <message>
        <source>This window shows as a black box in screen sharing and screenshots (this Windows version, build {build}, cannot hide it completely).</source>
        <translation>Dieses Fenster erscheint bei Bildschirmfreigabe und auf Bildschirmfotos als schwarze Fläche (diese Windows-Version, Build {build}, kann es nicht ganz ausblenden).</translation>
    </message>
    <message>
        <source>Windows refused to hide this window from screen sharing (error {code}). Pause screen sharing before you reveal anything.</source>
        <translation>Windows hat sich geweigert, dieses Fenster bei der Bildschirmfreigabe auszublenden (Fehler {code}). Pausieren Sie die Bildschirmfreigabe, bevor Sie etwas aufdecken.</translation>
    </message>
    <message>
        <source>Windows did not confirm that this window is hidden from screen sharing (it reports setting {actual}, expected {expected}). Pause screen sharing before you reveal anything.</source>
        <translation>Windows hat nicht bestätigt, dass dieses Fenster bei der Bildschirmfreigabe ausgeblendet ist (gemeldete Einstellung {actual}, erwartet {expected}). Pausieren Sie die Bildschirmfreigabe, bevor Sie etwas aufdecken.</translation>
    </message>
    <message>
        <source>This window has no native handle yet, so it cannot be hidden from screen sharing. Pause screen sharing before you reveal anything.</source>
        <translation>Dieses Fenster hat noch kein natives Handle und kann deshalb bei der Bildschirmfreigabe nicht ausgeblendet werden. Pausieren Sie die Bildschirmfreigabe, bevor Sie etwas aufdecken.</translation>
    </message>
    <message>
        <source>macOS was asked to keep this window out of screen sharing. Newer macOS versions (15 and later) and some sharing apps ignore this, so pause screen sharing before you reveal anything.</source>
        <translation>macOS wurde gebeten, dieses Fenster aus der Bildschirmfreigabe herauszuhalten. Neuere macOS-Versionen (ab 15) und manche Freigabe-Apps ignorieren das; pausieren Sie deshalb die Bildschirmfreigabe, bevor Sie etwas aufdecken.</translation>
    </message>
    <message>
        <source>macOS could not be asked to keep this window out of screen sharing ({reason}). Pause screen sharing before you reveal anything.</source>
        <translation>macOS konnte nicht gebeten werden, dieses Fenster aus der Bildschirmfreigabe herauszuhalten ({reason}). Pausieren Sie die Bildschirmfreigabe, bevor Sie etwas aufdecken.</translation>
    </message>
    <message>
        <source>Windows can hide BreachGuard&apos;s private window from screen sharing and screenshots.</source>
        <translation>Windows kann das private Fenster von BreachGuard bei Bildschirmfreigabe und Bildschirmfotos verbergen.</translation>
    </message>
    <message>
        <source>This Windows version (build {build}) can only show BreachGuard&apos;s private window as a black box in screen sharing, not hide it.</source>
        <translation>Diese Windows-Version (Build {build}) kann das private Fenster von BreachGuard bei der Bildschirmfreigabe nur als schwarze Fläche zeigen, nicht verbergen.</translation>
    </message>
    <message>
        <source>macOS is asked to keep BreachGuard&apos;s private window out of screen sharing; macOS 15 and later and some sharing apps ignore this, so users pause sharing first.</source>
        <translation>macOS wird gebeten, das private Fenster von BreachGuard aus der Bildschirmfreigabe herauszuhalten; macOS ab Version 15 und manche Freigabe-Apps ignorieren das, deshalb pausieren Nutzer zuerst die Freigabe.</translation>
    </message>
    <message>
        <source>On Linux, no app can hide a window from screen sharing: pause sharing first, then reveal.</source>
        <translation>Unter Linux kann keine App ein Fenster vor der Bildschirmfreigabe verbergen: Pausieren Sie zuerst die Freigabe, dann decken Sie auf.</translation>
    </message>
    <message>
        <source>This system offers no way to hide a window from screen sharing: pause sharing first, then reveal.</source>
        <translation>Dieses System kann kein Fenster vor der Bildschirmfreigabe verbergen: Pausieren Sie zuerst die Freigabe, dann decken Sie auf.</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Read the exchange&apos;s verified notices</source>
        <translation>Die verifizierten Mitteilungen der Börse gelesen</translation>
    </message>
    <message>
        <source>Confirmed which email your account uses</source>
        <translation>Geklärt, welche E-Mail-Adresse Ihr Konto verwendet</translation>
    </message>
    <message>
        <source>Set up two-factor authentication again, confirmed by the exchange</source>
        <translation>Zwei-Faktor-Authentifizierung neu eingerichtet, von der Börse bestätigt</translation>
    </message>
    <message>
        <source>Ticks itself when you have opened every open critical notice in step 1 (when there is none, when you have seen the list).</source>
        <translation>Hakt sich von selbst ab, wenn Sie in Schritt 1 jede offene kritische Mitteilung geöffnet haben (gibt es keine, sobald Sie die Liste gesehen haben).</translation>
    </message>
    <message>
        <source>Kept your new recovery codes safe (or the exchange gave you none)</source>
        <translation>Neue Wiederherstellungscodes sicher aufbewahrt (oder die Börse hat keine ausgegeben)</translation>
    </message>
    <message>
        <source>Removed the old, revoked entry from your authenticator app</source>
        <translation>Den alten, gesperrten Eintrag aus Ihrer Authenticator-App entfernt</translation>
    </message>
    <message>
        <source>Changed your exchange password</source>
        <translation>Ihr Passwort bei der Börse geändert</translation>
    </message>
    <message>
        <source>Ticks itself when step 2 found your login email.</source>
        <translation>Hakt sich von selbst ab, wenn Schritt 2 Ihre Anmelde-E-Mail gefunden hat.</translation>
    </message>
    <message>
        <source>Ticks itself when the exchange accepted a code from your new token.</source>
        <translation>Hakt sich von selbst ab, wenn die Börse einen Code Ihres neuen Tokens angenommen hat.</translation>
    </message>
    <message>
        <source>Only you know this: tick it once step 3 has saved the recovery codes the exchange gave you in your keyring, or if it gave you none.</source>
        <translation>Das wissen nur Sie: Haken Sie es ab, sobald Schritt 3 die Wiederherstellungscodes der Börse in Ihrem Schlüsselbund gespeichert hat – oder wenn die Börse Ihnen keine gegeben hat.</translation>
    </message>
    <message>
        <source>Only you know this: tick it when the old entry is gone.</source>
        <translation>Das wissen nur Sie: Haken Sie es ab, wenn der alte Eintrag entfernt ist.</translation>
    </message>
    <message>
        <source>Only you know this: tick it after changing the password.</source>
        <translation>Das wissen nur Sie: Haken Sie es ab, nachdem Sie das Passwort geändert haben.</translation>
    </message>
    <message>
        <source>This item ticks itself; it cannot be ticked by hand.</source>
        <translation>Dieser Punkt hakt sich von selbst ab; Sie können ihn nicht von Hand abhaken.</translation>
    </message>
</context>
<context>
    <name>clock</name>
    <message>
        <source>Windows: open Settings → Time &amp; language → Date &amp; time, turn on “Set time automatically”, then press “Sync now”.</source>
        <translation>Windows: Öffnen Sie Einstellungen → Zeit und Sprache → Datum und Uhrzeit, schalten Sie „Uhrzeit automatisch festlegen“ ein und klicken Sie dann auf „Jetzt synchronisieren“.</translation>
    </message>
    <message>
        <source>macOS: open System Settings → General → Date &amp; Time and turn on “Set time and date automatically”.</source>
        <translation>macOS: Öffnen Sie Systemeinstellungen → Allgemein → Datum &amp; Uhrzeit und schalten Sie „Datum und Uhrzeit automatisch einstellen“ ein.</translation>
    </message>
    <message>
        <source>Linux: turn on automatic time in your desktop&apos;s date and time settings, or run “timedatectl set-ntp true” in a terminal.</source>
        <translation>Linux: Schalten Sie in den Datums- und Zeiteinstellungen Ihres Desktops die automatische Zeit ein, oder führen Sie in einem Terminal „timedatectl set-ntp true“ aus.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {seconds} seconds {direction} the exchange&apos;s, so the exchange would reject its codes. Fix the clock before finishing the setup.</source>
        <translation>Die Uhr dieses Computers weicht um {seconds} Sekunden von der Uhr der Börse ab ({direction}), deshalb würde die Börse die Codes ablehnen. Stellen Sie die Uhr richtig, bevor Sie die Einrichtung abschließen.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {seconds} seconds {direction} the exchange&apos;s. Codes may be rejected; please set the clock right.</source>
        <translation>Die Uhr dieses Computers weicht um {seconds} Sekunden von der Uhr der Börse ab ({direction}). Codes werden vielleicht abgelehnt; bitte stellen Sie die Uhr richtig.</translation>
    </message>
    <message>
        <source>The exchange&apos;s server did not say what time it is.</source>
        <translation>Der Server der Börse hat keine Uhrzeit genannt.</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>sie geht nach</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>sie geht vor</translation>
    </message>
    <message>
        <source>Could not ask the exchange for the time: {reason}</source>
        <translation>Die Uhrzeit konnte nicht bei der Börse abgefragt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>content</name>
    <message>
        <source>not a web address (blocked for your safety)</source>
        <translation>keine Webadresse (zu Ihrer Sicherheit gesperrt)</translation>
    </message>
    <message>
        <source>not encrypted: the address starts with http://</source>
        <translation>nicht verschlüsselt: Die Adresse beginnt mit http://</translation>
    </message>
    <message>
        <source>contains a hidden user name or password</source>
        <translation>enthält einen versteckten Benutzernamen oder ein Passwort</translation>
    </message>
    <message>
        <source>points to a bare IP address, not the exchange&apos;s website</source>
        <translation>führt zu einer bloßen IP-Adresse, nicht zur Website der Börse</translation>
    </message>
    <message>
        <source>has characters a web address&apos;s host cannot have</source>
        <translation>enthält Zeichen, die im Servernamen einer Webadresse nicht vorkommen können</translation>
    </message>
    <message>
        <source>uses an unusual port</source>
        <translation>verwendet einen ungewöhnlichen Port</translation>
    </message>
    <message>
        <source>is a shortened link that hides where it leads</source>
        <translation>ist ein gekürzter Link, der verbirgt, wohin er führt</translation>
    </message>
    <message>
        <source>does not lead to one of the exchange&apos;s official websites</source>
        <translation>führt nicht zu einer der offiziellen Websites der Börse</translation>
    </message>
    <message>
        <source>not a valid web address</source>
        <translation>keine gültige Webadresse</translation>
    </message>
</context>
<context>
    <name>emails</name>
    <message>
        <source>Type an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>That is longer than any email address can be.</source>
        <translation>Das ist länger, als eine E-Mail-Adresse sein kann.</translation>
    </message>
    <message>
        <source>Email addresses contain no spaces.</source>
        <translation>E-Mail-Adressen enthalten keine Leerzeichen.</translation>
    </message>
    <message>
        <source>An email address needs an @, like name@example.com.</source>
        <translation>Eine E-Mail-Adresse braucht ein @, etwa name@beispiel.de.</translation>
    </message>
    <message>
        <source>An email address has exactly one @.</source>
        <translation>Eine E-Mail-Adresse hat genau ein @.</translation>
    </message>
    <message>
        <source>Something must come before the @.</source>
        <translation>Vor dem @ muss etwas stehen.</translation>
    </message>
    <message>
        <source>The part before the @ is too long.</source>
        <translation>Der Teil vor dem @ ist zu lang.</translation>
    </message>
    <message>
        <source>Addresses with quotation marks are not supported.</source>
        <translation>Adressen mit Anführungszeichen werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The part before the @ can&apos;t start or end with a dot or have two dots in a row.</source>
        <translation>Der Teil vor dem @ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander haben.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that email addresses don&apos;t use.</source>
        <translation>Der Teil vor dem @ enthält ein Zeichen, das in E-Mail-Adressen nicht vorkommt.</translation>
    </message>
    <message>
        <source>Something must come after the @, like gmail.com.</source>
        <translation>Nach dem @ muss etwas stehen, etwa gmail.com.</translation>
    </message>
    <message>
        <source>The part after the @ needs a dot, like gmail.com.</source>
        <translation>Der Teil nach dem @ braucht einen Punkt, etwa gmail.com.</translation>
    </message>
    <message>
        <source>The part after the @ is not a valid domain name.</source>
        <translation>Der Teil nach dem @ ist kein gültiger Domainname.</translation>
    </message>
    <message>
        <source>gmail.com and googlemail.com are the same mailbox</source>
        <translation>gmail.com und googlemail.com sind dasselbe Postfach</translation>
    </message>
    <message>
        <source>Paste the sender&apos;s address, like news@exchange.example.</source>
        <translation>Fügen Sie die Adresse des Absenders ein, etwa news@boerse.example.</translation>
    </message>
    <message>
        <source>the same mailbox without the +tag</source>
        <translation>dasselbe Postfach ohne den +Zusatz</translation>
    </message>
    <message>
        <source>Yahoo uses a dash for extra addresses</source>
        <translation>Yahoo verwendet einen Bindestrich für Zusatzadressen</translation>
    </message>
    <message>
        <source>Gmail ignores dots, but an exchange may not</source>
        <translation>Gmail ignoriert Punkte, eine Börse vielleicht nicht</translation>
    </message>
</context>
<context>
    <name>enrollment</name>
    <message>
        <source>This 2FA setup is still waiting for the exchange&apos;s confirmation.</source>
        <translation>Diese 2FA-Einrichtung wartet noch auf die Bestätigung der Börse.</translation>
    </message>
    <message>
        <source>This 2FA setup is already confirmed.</source>
        <translation>Diese 2FA-Einrichtung ist bereits bestätigt.</translation>
    </message>
    <message>
        <source>This 2FA setup was already revoked by the exchange.</source>
        <translation>Diese 2FA-Einrichtung wurde von der Börse bereits gesperrt.</translation>
    </message>
    <message>
        <source>This 2FA setup was already cancelled.</source>
        <translation>Diese 2FA-Einrichtung wurde bereits abgebrochen.</translation>
    </message>
    <message>
        <source>This 2FA setup no longer exists; start again.</source>
        <translation>Diese 2FA-Einrichtung gibt es nicht mehr; beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>These do not look like recovery codes.</source>
        <translation>Das sieht nicht nach Wiederherstellungscodes aus.</translation>
    </message>
    <message>
        <source>The key of this unfinished setup is no longer in the keyring; start again.</source>
        <translation>Der Schlüssel dieser nicht abgeschlossenen Einrichtung ist nicht mehr im Schlüsselbund; beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>The secret of this token is missing from the keyring. Set up 2FA again.</source>
        <translation>Das Geheimnis dieses Tokens fehlt im Schlüsselbund. Richten Sie 2FA neu ein.</translation>
    </message>
    <message>
        <source>The list of your 2FA tokens cannot be read ({reason}).</source>
        <translation>Die Liste Ihrer 2FA-Tokens kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The list of your 2FA tokens is damaged. Your secrets in the keyring are untouched; contact support before deleting anything.</source>
        <translation>Die Liste Ihrer 2FA-Tokens ist beschädigt. Ihre Geheimnisse im Schlüsselbund sind unberührt; wenden Sie sich an den Support, bevor Sie etwas löschen.</translation>
    </message>
    <message>
        <source>The stored recovery codes are damaged.</source>
        <translation>Die gespeicherten Wiederherstellungscodes sind beschädigt.</translation>
    </message>
</context>
<context>
    <name>enrollment_api</name>
    <message>
        <source>The exchange could not be reached: {reason}</source>
        <translation>Die Börse ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <source>The exchange has no 2FA setup waiting for this account.</source>
        <translation>Bei der Börse wartet keine 2FA-Einrichtung für dieses Konto.</translation>
    </message>
    <message>
        <source>This setup code has expired at the exchange.</source>
        <translation>Dieser Einrichtungscode ist bei der Börse abgelaufen.</translation>
    </message>
    <message>
        <source>This setup was discarded, so the exchange no longer accepts its codes.</source>
        <translation>Diese Einrichtung wurde verworfen, daher nimmt die Börse ihre Codes nicht mehr an.</translation>
    </message>
    <message>
        <source>A newer setup was started on the exchange&apos;s website, so this setup code no longer counts.</source>
        <translation>Auf der Website der Börse wurde eine neuere Einrichtung gestartet, daher gilt dieser Einrichtungscode nicht mehr.</translation>
    </message>
    <message>
        <source>Too many wrong codes: the exchange has locked this setup.</source>
        <translation>Zu viele falsche Codes: Die Börse hat diese Einrichtung gesperrt.</translation>
    </message>
    <message>
        <source>The exchange has no account with this email address.</source>
        <translation>Die Börse hat kein Konto mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The exchange answered in a way BreachGuard cannot read (HTTP {status}).</source>
        <translation>Die Börse hat eine Antwort geschickt, die BreachGuard nicht lesen kann (HTTP {status}).</translation>
    </message>
    <message>
        <source>The exchange&apos;s server reported a problem (HTTP {status}). Try again in a few minutes.</source>
        <translation>Der Server der Börse hat ein Problem gemeldet (HTTP {status}). Versuchen Sie es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <source>The exchange did not accept the code.</source>
        <translation>Die Börse hat den Code nicht angenommen.</translation>
    </message>
    <message>
        <source>The exchange did not accept the code ({left} attempts left).</source>
        <translation>Die Börse hat den Code nicht angenommen (noch {left} Versuche).</translation>
    </message>
</context>
<context>
    <name>enrollment_flow</name>
    <message>
        <source>Type the exchange&apos;s name, {exchange}, to show that you started this setup on its own website.</source>
        <translation>Geben Sie den Namen der Börse ({exchange}) ein, um zu zeigen, dass Sie diese Einrichtung auf ihrer eigenen Website gestartet haben.</translation>
    </message>
    <message>
        <source>Checking your keyring…</source>
        <translation>Ihr Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the setup code…</source>
        <translation>Der Einrichtungscode wird geprüft…</translation>
    </message>
    <message>
        <source>Saving the new key in your keyring…</source>
        <translation>Der neue Schlüssel wird in Ihrem Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Asking the exchange whether it accepted the key…</source>
        <translation>Die Börse wird gefragt, ob sie den Schlüssel angenommen hat…</translation>
    </message>
    <message>
        <source>Confirming the key with the exchange…</source>
        <translation>Der Schlüssel wird bei der Börse bestätigt…</translation>
    </message>
    <message>
        <source>Marking the key as confirmed in your keyring…</source>
        <translation>Der Schlüssel wird in Ihrem Schlüsselbund als bestätigt markiert…</translation>
    </message>
    <message>
        <source>Discarding the setup…</source>
        <translation>Die Einrichtung wird verworfen…</translation>
    </message>
    <message>
        <source>Continuing your unfinished setup…</source>
        <translation>Ihre nicht abgeschlossene Einrichtung wird fortgesetzt…</translation>
    </message>
    <message>
        <source>The exchange no longer has this unfinished setup (it expires after a while). Discard it and start a new setup on the exchange&apos;s website.</source>
        <translation>Die Börse hat diese nicht abgeschlossene Einrichtung nicht mehr (sie läuft nach einer Weile ab). Verwerfen Sie sie und starten Sie eine neue Einrichtung auf der Website der Börse.</translation>
    </message>
    <message>
        <source>The exchange has not confirmed this key yet. Type the code shown into the exchange&apos;s website and wait until it says the code was accepted, then press the button again. Or let BreachGuard confirm it for you.</source>
        <translation>Die Börse hat diesen Schlüssel noch nicht bestätigt. Geben Sie den angezeigten Code auf der Website der Börse ein und warten Sie, bis sie meldet, dass der Code angenommen wurde; drücken Sie dann die Schaltfläche noch einmal. Oder lassen Sie BreachGuard ihn für Sie bestätigen.</translation>
    </message>
    <message>
        <source>A newer setup was started on the exchange&apos;s website, so this key no longer counts. Discard this setup and bring in the newest setup code.</source>
        <translation>Auf der Website der Börse wurde eine neuere Einrichtung gestartet, daher gilt dieser Schlüssel nicht mehr. Verwerfen Sie diese Einrichtung und übernehmen Sie den neuesten Einrichtungscode.</translation>
    </message>
    <message>
        <source>This setup was discarded, so the exchange no longer accepts its codes. Discard it here too and start a new setup on the exchange&apos;s website.</source>
        <translation>Diese Einrichtung wurde verworfen, daher nimmt die Börse ihre Codes nicht mehr an. Verwerfen Sie sie auch hier und beginnen Sie auf der Website der Börse eine neue Einrichtung.</translation>
    </message>
    <message>
        <source>This setup has expired at the exchange. Discard it and start a new setup on the exchange&apos;s website.</source>
        <translation>Diese Einrichtung ist bei der Börse abgelaufen. Verwerfen Sie sie und starten Sie eine neue Einrichtung auf der Website der Börse.</translation>
    </message>
    <message>
        <source>The exchange does not know this key for your account. Check the account in step 2, or bring in the newest setup code from the exchange&apos;s website.</source>
        <translation>Die Börse kennt diesen Schlüssel für Ihr Konto nicht. Prüfen Sie das Konto in Schritt 2, oder übernehmen Sie den neuesten Einrichtungscode von der Website der Börse.</translation>
    </message>
    <message>
        <source>The setup code you brought in is not saved yet. If you leave now, you will need to bring it in again.</source>
        <translation>Der übernommene Einrichtungscode ist noch nicht gespeichert. Wenn Sie jetzt gehen, müssen Sie ihn noch einmal übernehmen.</translation>
    </message>
    <message>
        <source>Discard this setup? The new key is deleted from your keyring. Only do this if the exchange&apos;s website did not accept a code from it: otherwise you would be locked out of your account.</source>
        <translation>Diese Einrichtung verwerfen? Der neue Schlüssel wird aus Ihrem Schlüsselbund gelöscht. Tun Sie das nur, wenn die Website der Börse keinen Code davon angenommen hat: Sonst würden Sie sich aus Ihrem Konto aussperren.</translation>
    </message>
    <message>
        <source>You chose to go on although this setup code names “{issuer}”, not {exchange}. Only add it if you started the setup on {exchange}&apos;s own website.</source>
        <translation>Sie haben sich entschieden fortzufahren, obwohl dieser Einrichtungscode „{issuer}“ nennt, nicht {exchange}. Fügen Sie ihn nur hinzu, wenn Sie die Einrichtung auf der Website von {exchange} selbst gestartet haben.</translation>
    </message>
    <message>
        <source>Your new 2FA setup for {exchange} is not confirmed yet. Its key stays in your keyring, and BreachGuard continues the setup when you come back.</source>
        <translation>Ihre neue 2FA-Einrichtung für {exchange} ist noch nicht bestätigt. Ihr Schlüssel bleibt in Ihrem Schlüsselbund, und BreachGuard setzt die Einrichtung fort, wenn Sie zurückkommen.</translation>
    </message>
    <message>
        <source>Your new 2FA setup for {exchange} is not confirmed yet, and BreachGuard keeps no copy of its key. If you leave now, finish it on your phone and the exchange&apos;s website.</source>
        <translation>Ihre neue 2FA-Einrichtung für {exchange} ist noch nicht bestätigt, und BreachGuard behält keine Kopie ihres Schlüssels. Wenn Sie jetzt gehen, schließen Sie sie auf Ihrem Handy und auf der Website der Börse ab.</translation>
    </message>
    <message>
        <source>Stop this setup? BreachGuard keeps no copy of the key. If you added it to your phone and the website accepted a code, the phone is now your 2FA: keep it there.</source>
        <translation>Diese Einrichtung abbrechen? BreachGuard behält keine Kopie des Schlüssels. Wenn Sie ihn zu Ihrem Handy hinzugefügt haben und die Website einen Code angenommen hat, ist das Handy jetzt Ihre 2FA: Behalten Sie den Schlüssel dort.</translation>
    </message>
    <message>
        <source>Discard this setup? BreachGuard first asks the exchange: if it already accepted this key, the key is kept and saved instead. Otherwise the key is deleted from your keyring, and you start again on the exchange&apos;s website.</source>
        <translation>Diese Einrichtung verwerfen? BreachGuard fragt zuerst bei der Börse nach: Hat sie diesen Schlüssel schon angenommen, wird er stattdessen behalten und gespeichert. Andernfalls wird der Schlüssel aus Ihrem Schlüsselbund gelöscht, und Sie beginnen auf der Website der Börse von vorn.</translation>
    </message>
    <message>
        <source>BreachGuard is still checking your keyring.</source>
        <translation>BreachGuard prüft Ihren Schlüsselbund noch.</translation>
    </message>
    <message>
        <source>The setup you had begun is kept in your keyring as unfinished, until a newer one is confirmed.</source>
        <translation>Die Einrichtung, die Sie begonnen hatten, bleibt als nicht abgeschlossen in Ihrem Schlüsselbund, bis eine neuere bestätigt ist.</translation>
    </message>
    <message>
        <source>{reason} Your new key stays saved in your keyring; try again in a moment.</source>
        <translation>{reason} Ihr neuer Schlüssel bleibt in Ihrem Schlüsselbund gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This setup is finished and saved.</source>
        <translation>Diese Einrichtung ist abgeschlossen und gespeichert.</translation>
    </message>
    <message>
        <source>Bring in the setup code from the exchange&apos;s website first.</source>
        <translation>Übernehmen Sie zuerst den Einrichtungscode von der Website der Börse.</translation>
    </message>
    <message>
        <source>The new key is not saved in your keyring yet.</source>
        <translation>Der neue Schlüssel ist noch nicht in Ihrem Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Add the key to the authenticator app on your phone first.</source>
        <translation>Fügen Sie den Schlüssel zuerst zur Authenticator-App auf Ihrem Handy hinzu.</translation>
    </message>
    <message>
        <source>Answer the question first.</source>
        <translation>Beantworten Sie zuerst die Frage.</translation>
    </message>
    <message>
        <source>The keyring failed.</source>
        <translation>Beim Schlüsselbund ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>You started this setup earlier and did not finish it. Its key was kept in your keyring: finish it now.</source>
        <translation>Sie haben diese Einrichtung früher begonnen und nicht abgeschlossen. Ihr Schlüssel wurde in Ihrem Schlüsselbund aufbewahrt: Schließen Sie sie jetzt ab.</translation>
    </message>
    <message>
        <source>The exchange had already accepted this key, so BreachGuard kept it instead of discarding it: it is your 2FA key now.</source>
        <translation>Die Börse hatte diesen Schlüssel bereits angenommen, daher hat BreachGuard ihn behalten, statt ihn zu verwerfen: Er ist jetzt Ihr 2FA-Schlüssel.</translation>
    </message>
    <message>
        <source>BreachGuard is still busy with the setup in hand; try again in a moment.</source>
        <translation>BreachGuard ist noch mit der laufenden Einrichtung beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This is a counter-based (HOTP) code. Exchange re-enrollment uses time-based codes; ask the exchange for a new setup code.</source>
        <translation>Dies ist ein zählerbasierter Code (HOTP). Für die Neueinrichtung bei Börsen werden zeitbasierte Codes verwendet; bitten Sie die Börse um einen neuen Einrichtungscode.</translation>
    </message>
    <message>
        <source>That is not the exchange&apos;s name. Type {exchange} exactly as shown.</source>
        <translation>Das ist nicht der Name der Börse. Geben Sie {exchange} genau so ein, wie es angezeigt wird.</translation>
    </message>
    <message>
        <source>The exchange confirmed the key. If its website still asks for a code, you can close that page: nothing more is needed there.</source>
        <translation>Die Börse hat den Schlüssel bestätigt. Falls ihre Website noch nach einem Code fragt, können Sie diese Seite schließen: Dort ist nichts mehr nötig.</translation>
    </message>
    <message>
        <source>BreachGuard could not ask the exchange whether it already accepted this key, so it kept the key. Try again when the exchange can be reached, or bring in a newer setup code.</source>
        <translation>BreachGuard konnte die Börse nicht fragen, ob sie diesen Schlüssel schon angenommen hat, und hat den Schlüssel deshalb behalten. Versuchen Sie es erneut, wenn die Börse erreichbar ist, oder übernehmen Sie einen neueren Einrichtungscode.</translation>
    </message>
    <message>
        <source>The exchange had accepted this key meanwhile; it is saved now.</source>
        <translation>Die Börse hatte diesen Schlüssel inzwischen angenommen; er ist jetzt gespeichert.</translation>
    </message>
</context>
<context>
    <name>enrollment_work</name>
    <message>
        <source>Something unexpected went wrong. Nothing was deleted; try again. If it happens again, copy the support report (Help menu) for support.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Nichts wurde gelöscht; versuchen Sie es noch einmal. Wenn es wieder passiert, kopieren Sie den Supportbericht (Menü „Hilfe“) für den Support.</translation>
    </message>
    <message>
        <source>This exchange offers no way to confirm 2FA setups.</source>
        <translation>Diese Börse bietet keine Möglichkeit, 2FA-Einrichtungen zu bestätigen.</translation>
    </message>
    <message>
        <source>The exported {exchange} 2FA key comes from an authenticator app, and the exchange revoked every key set up before {revoked}. It no longer works and was not saved. Start a new setup on the exchange&apos;s own website.</source>
        <translation>Der exportierte 2FA-Schlüssel für {exchange} stammt aus einer Authenticator-App, und die Börse hat alle Schlüssel gesperrt, die vor dem {revoked} eingerichtet wurden. Er funktioniert nicht mehr und wurde nicht gespeichert. Starten Sie eine neue Einrichtung auf der Website der Börse selbst.</translation>
    </message>
    <message>
        <source>This is your {exchange} 2FA key from {created}. The exchange revoked every key created before {revoked}, so it no longer works and was not saved. Start a new setup on the exchange&apos;s own website.</source>
        <translation>Dies ist Ihr 2FA-Schlüssel für {exchange} vom {created}. Die Börse hat alle Schlüssel gesperrt, die vor dem {revoked} erstellt wurden; er funktioniert daher nicht mehr und wurde nicht gespeichert. Starten Sie eine neue Einrichtung auf der Website der Börse selbst.</translation>
    </message>
    <message>
        <source>This key is already saved in BreachGuard (since {created}). To set up 2FA again, start a new setup on the exchange&apos;s own website.</source>
        <translation>Dieser Schlüssel ist bereits in BreachGuard gespeichert (seit {created}). Um 2FA neu einzurichten, starten Sie eine neue Einrichtung auf der Website der Börse selbst.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht funktioniert</translation>
    </message>
    <message>
        <source>{0}. Please try again.</source>
        <translation>{0}. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>I have &amp;paused screen sharing</source>
        <translation>Ich habe die Bildschirmfreigabe &amp;pausiert</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
</context>
<context>
    <name>http</name>
    <message>
        <source>the answer is larger than the {limit} KiB limit</source>
        <translation>die Antwort ist größer als die Grenze von {limit} KiB</translation>
    </message>
    <message>
        <source>refused an address that is not https ({scheme})</source>
        <translation>eine Adresse ohne https ({scheme}) wurde abgelehnt</translation>
    </message>
    <message>
        <source>refused a redirect to an address that is not https ({scheme})</source>
        <translation>eine Weiterleitung zu einer Adresse ohne https ({scheme}) wurde abgelehnt</translation>
    </message>
    <message>
        <source>refused a redirect to {host}, which is not this exchange&apos;s</source>
        <translation>eine Weiterleitung zu {host} wurde abgelehnt; diese Adresse gehört nicht zu dieser Börse</translation>
    </message>
    <message>
        <source>the server took too long to answer</source>
        <translation>der Server hat zu lange nicht geantwortet</translation>
    </message>
    <message>
        <source>the server took too long to send its answer</source>
        <translation>der Server hat zu lange gebraucht, um seine Antwort zu senden</translation>
    </message>
    <message>
        <source>the exchange&apos;s server could not be reached (check your internet connection)</source>
        <translation>der Server der Börse war nicht erreichbar (prüfen Sie Ihre Internetverbindung)</translation>
    </message>
    <message>
        <source>the secure connection failed: the server&apos;s certificate could not be verified</source>
        <translation>die sichere Verbindung ist fehlgeschlagen: das Zertifikat des Servers ließ sich nicht prüfen</translation>
    </message>
    <message>
        <source>the exchange&apos;s server name could not be found (check your internet connection)</source>
        <translation>der Servername der Börse wurde nicht gefunden (prüfen Sie Ihre Internetverbindung)</translation>
    </message>
    <message>
        <source>the exchange&apos;s server refused the connection</source>
        <translation>der Server der Börse hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>refused an address that carries a user name or password</source>
        <translation>eine Adresse mit Benutzername oder Passwort wurde abgelehnt</translation>
    </message>
    <message>
        <source>the server redirected too many times</source>
        <translation>der Server hat zu oft weitergeleitet</translation>
    </message>
    <message>
        <source>the address is not a valid URL</source>
        <translation>die Adresse ist keine gültige Webadresse</translation>
    </message>
    <message>
        <source>the secure connection failed: the server&apos;s certificate has expired</source>
        <translation>die sichere Verbindung ist fehlgeschlagen: das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>the secure connection failed: the server&apos;s certificate belongs to a different website</source>
        <translation>die sichere Verbindung ist fehlgeschlagen: das Zertifikat des Servers gehört zu einer anderen Website</translation>
    </message>
    <message>
        <source>the secure connection failed: the server&apos;s certificate is not from an authority this computer trusts</source>
        <translation>die sichere Verbindung ist fehlgeschlagen: das Zertifikat des Servers stammt nicht von einer Stelle, der dieser Computer vertraut</translation>
    </message>
    <message>
        <source>the connection broke while receiving the answer</source>
        <translation>die Verbindung ist beim Empfang der Antwort abgebrochen</translation>
    </message>
</context>
<context>
    <name>login_email</name>
    <message>
        <source>Your address list could not be saved ({reason}). It is kept until you quit.</source>
        <translation>Ihre Adressliste konnte nicht gespeichert werden ({reason}). Sie bleibt erhalten, bis Sie BreachGuard beenden.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>lookup</name>
    <message>
        <source>The exchange&apos;s lookup did not work. Try again later.</source>
        <translation>Die Abfrage bei der Börse hat nicht funktioniert. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The exchange did not accept this phone number. Check the number and the country.</source>
        <translation>Die Börse hat diese Telefonnummer nicht angenommen. Prüfen Sie die Nummer und das Land.</translation>
    </message>
    <message>
        <source>Type the code from the text message: digits only.</source>
        <translation>Geben Sie den Code aus der SMS ein: nur Ziffern.</translation>
    </message>
    <message>
        <source>That code is not right. Check the text message and try again.</source>
        <translation>Dieser Code stimmt nicht. Prüfen Sie die SMS und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new code.</source>
        <translation>Dieser Code ist abgelaufen. Fordern Sie einen neuen Code an.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Ask for a new code.</source>
        <translation>Zu viele falsche Codes. Fordern Sie einen neuen Code an.</translation>
    </message>
    <message>
        <source>The exchange asks you to wait before trying again.</source>
        <translation>Die Börse bittet Sie, zu warten, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The exchange could not be reached. Check your internet connection and try again.</source>
        <translation>Die Börse ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The secure connection to the exchange failed: its certificate could not be verified. Do not continue on this network.</source>
        <translation>Die sichere Verbindung zur Börse ist fehlgeschlagen: Ihr Zertifikat konnte nicht überprüft werden. Machen Sie in diesem Netzwerk nicht weiter.</translation>
    </message>
    <message>
        <source>The exchange gave an answer BreachGuard does not understand. Try again later or contact the exchange&apos;s support.</source>
        <translation>Die Börse hat eine Antwort gegeben, die BreachGuard nicht versteht. Versuchen Sie es später noch einmal oder wenden Sie sich an den Support der Börse.</translation>
    </message>
    <message>
        <source>Type the hint exactly as the exchange showed it, like o•••@gmail.com.</source>
        <translation>Geben Sie den Hinweis genau so ein, wie die Börse ihn gezeigt hat, etwa o•••@gmail.com.</translation>
    </message>
    <message>
        <source>A hint has an @ in it, like o•••@gmail.com.</source>
        <translation>Ein Hinweis enthält ein @, etwa o•••@gmail.com.</translation>
    </message>
    <message>
        <source>A hint has exactly one @.</source>
        <translation>Ein Hinweis hat genau ein @.</translation>
    </message>
    <message>
        <source>This hint shows no letters, so it can&apos;t tell your addresses apart.</source>
        <translation>Dieser Hinweis zeigt keine Buchstaben und kann Ihre Adressen daher nicht unterscheiden.</translation>
    </message>
    <message>
        <source>That is longer than any email address can be.</source>
        <translation>Das ist länger, als eine E-Mail-Adresse sein kann.</translation>
    </message>
    <message>
        <source>A hint contains no spaces or line breaks.</source>
        <translation>Ein Hinweis enthält keine Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
</context>
<context>
    <name>mail_search</name>
    <message>
        <source>Wait for the search that is running, or stop it.</source>
        <translation>Warten Sie, bis die laufende Suche fertig ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s password (or app password).</source>
        <translation>Geben Sie das Passwort des Postfachs (oder ein App-Passwort) ein.</translation>
    </message>
    <message>
        <source>Enter your email address, or address@server for a mail service BreachGuard does not know, for example ola@imap.example.com (add :port if the server does not use 993).</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein, oder Adresse@Server bei einem Maildienst, den BreachGuard nicht kennt, zum Beispiel ola@imap.example.com (mit :Port, wenn der Server nicht 993 verwendet).</translation>
    </message>
    <message>
        <source>{service} cannot be checked with a password. Search this mailbox yourself on tab 2.</source>
        <translation>{service} lässt sich nicht mit einem Passwort prüfen. Durchsuchen Sie dieses Postfach selbst auf Reiter 2.</translation>
    </message>
    <message>
        <source>Something went wrong while searching; nothing was changed.</source>
        <translation>Bei der Suche ist etwas schiefgegangen; nichts wurde verändert.</translation>
    </message>
</context>
<context>
    <name>masking</name>
    <message>
        <source>email starting with {first}, at a domain starting with {domain_first} ending in .{suffix}</source>
        <translation>E-Mail-Adresse, die mit {first} beginnt, bei einer Domain, die mit {domain_first} beginnt und auf .{suffix} endet</translation>
    </message>
    <message>
        <source>phone number ending in {digits}</source>
        <translation>Telefonnummer, die auf {digits} endet</translation>
    </message>
    <message>
        <source>a hidden email address</source>
        <translation>eine verborgene E-Mail-Adresse</translation>
    </message>
    <message>
        <source>email starting with {first}, at {domain}</source>
        <translation>E-Mail-Adresse, die mit {first} beginnt, bei {domain}</translation>
    </message>
    <message>
        <source>email starting with {first}, at a hidden domain</source>
        <translation>E-Mail-Adresse, die mit {first} beginnt, bei einer verborgenen Domain</translation>
    </message>
    <message>
        <source>a hidden phone number</source>
        <translation>eine verborgene Telefonnummer</translation>
    </message>
</context>
<context>
    <name>migration</name>
    <message>
        <source>The export code is damaged ({detail}). Scan it again or create a new export.</source>
        <translation>Der Exportcode ist beschädigt ({detail}). Scannen Sie ihn erneut oder erstellen Sie einen neuen Export.</translation>
    </message>
    <message>
        <source>The export code is longer than BreachGuard reads ({limit} characters).</source>
        <translation>Der Exportcode ist länger, als BreachGuard liest ({limit} Zeichen).</translation>
    </message>
    <message>
        <source>This is not a Google Authenticator export; those start with “otpauth-migration://offline”.</source>
        <translation>Dies ist kein Google-Authenticator-Export; diese beginnen mit „otpauth-migration://offline“.</translation>
    </message>
    <message>
        <source>The export code has no data (or has it twice). Scan it again.</source>
        <translation>Der Exportcode enthält keine Daten (oder sie doppelt). Scannen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The export contains no accounts.</source>
        <translation>Der Export enthält keine Konten.</translation>
    </message>
    <message>
        <source>Counter-based (HOTP) account: not used for exchange sign-in, skipped.</source>
        <translation>Zählerbasiertes Konto (HOTP): wird für die Anmeldung bei Börsen nicht verwendet, übersprungen.</translation>
    </message>
    <message>
        <source>Uses an algorithm BreachGuard cannot compute correctly ({name}), skipped.</source>
        <translation>Verwendet einen Algorithmus, den BreachGuard nicht korrekt berechnen kann ({name}), übersprungen.</translation>
    </message>
    <message>
        <source>Unknown code length, skipped.</source>
        <translation>Unbekannte Codelänge, übersprungen.</translation>
    </message>
    <message>
        <source>The key is too short ({bits} bits) to be real, skipped.</source>
        <translation>Der Schlüssel ist zu kurz ({bits} Bit), um echt zu sein, übersprungen.</translation>
    </message>
    <message>
        <source>{scanned} of {total} scanned</source>
        <translation>{scanned} von {total} gescannt</translation>
    </message>
    <message>
        <source>This code belongs to a different export. Finish scanning the current one ({scanned} of {total}) or start over.</source>
        <translation>Dieser Code gehört zu einem anderen Export. Scannen Sie den aktuellen zu Ende ({scanned} von {total}) oder beginnen Sie von vorn.</translation>
    </message>
</context>
<context>
    <name>otpauth</name>
    <message>
        <source>This is not a 2FA setup code. A setup code starts with “otpauth://”.</source>
        <translation>Dies ist kein 2FA-Einrichtungscode. Ein Einrichtungscode beginnt mit „otpauth://“.</translation>
    </message>
    <message>
        <source>The exchange issued a short {bits}-bit key. It works, but it is weaker than the recommended 128 bits or more; support can advise.</source>
        <translation>Die Börse hat einen kurzen {bits}-Bit-Schlüssel ausgegeben. Er funktioniert, ist aber schwächer als die empfohlenen 128 Bit oder mehr; der Support kann Sie beraten.</translation>
    </message>
    <message>
        <source>The setup code names two different exchanges: “{param}” and “{label}”. Genuine codes name one.</source>
        <translation>Der Einrichtungscode nennt zwei verschiedene Börsen: „{param}“ und „{label}“. Echte Codes nennen nur eine.</translation>
    </message>
    <message>
        <source>The setup code is for “{issuer}”, not for {expected}. If you did not start this setup on that exchange&apos;s own website, stop here.</source>
        <translation>Der Einrichtungscode ist für „{issuer}“, nicht für {expected}. Wenn Sie diese Einrichtung nicht auf der Website dieser Börse selbst gestartet haben, hören Sie hier auf.</translation>
    </message>
    <message>
        <source>This is a Google Authenticator export, not a single setup code. Use “Import from Google Authenticator” instead.</source>
        <translation>Dies ist ein Google-Authenticator-Export, kein einzelner Einrichtungscode. Verwenden Sie stattdessen „Aus Google Authenticator importieren“.</translation>
    </message>
    <message>
        <source>This is a link to a web page ({host}), not a 2FA setup code. Do not follow links from setup messages; open the exchange&apos;s site yourself.</source>
        <translation>Dies ist ein Link zu einer Webseite ({host}), kein 2FA-Einrichtungscode. Folgen Sie keinen Links aus Einrichtungsnachrichten; öffnen Sie die Website der Börse selbst.</translation>
    </message>
    <message>
        <source>The setup code has no secret key.</source>
        <translation>Der Einrichtungscode enthält keinen geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>The secret key contains characters a 2FA key never has ({chars}). Only letters A–Z and digits 2–7 are used; check for 0/O and 1/I mix-ups.</source>
        <translation>Der geheime Schlüssel enthält Zeichen, die ein 2FA-Schlüssel nie hat ({chars}). Verwendet werden nur die Buchstaben A–Z und die Ziffern 2–7; achten Sie auf Verwechslungen von 0/O und 1/I.</translation>
    </message>
    <message>
        <source>The secret key has {count} characters, which cannot be a complete key. A character is probably missing or extra.</source>
        <translation>Der geheime Schlüssel hat {count} Zeichen, das kann kein vollständiger Schlüssel sein. Wahrscheinlich fehlt ein Zeichen oder eines ist zu viel.</translation>
    </message>
    <message>
        <source>The secret key is only {bits} bits long; real setup keys have at least 80 bits (16 characters). Check that you copied all of it.</source>
        <translation>Der geheime Schlüssel ist nur {bits} Bit lang; echte Schlüssel haben mindestens 80 Bit (16 Zeichen). Prüfen Sie, ob Sie ihn vollständig kopiert haben.</translation>
    </message>
    <message>
        <source>The secret key is implausibly long.</source>
        <translation>Der geheime Schlüssel ist unglaubwürdig lang.</translation>
    </message>
    <message>
        <source>The setup code is longer than {limit} characters; real ones are far shorter.</source>
        <translation>Der Einrichtungscode ist länger als {limit} Zeichen; echte sind viel kürzer.</translation>
    </message>
    <message>
        <source>The setup code is of type “{kind}”; only time-based codes (totp) are used for exchange sign-in.</source>
        <translation>Der Einrichtungscode ist vom Typ „{kind}“; für die Anmeldung bei Börsen werden nur zeitbasierte Codes (totp) verwendet.</translation>
    </message>
    <message>
        <source>The exchange name in the setup code is longer than {limit} characters.</source>
        <translation>Der Name der Börse im Einrichtungscode ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <source>The account name in the setup code is longer than {limit} characters.</source>
        <translation>Der Kontoname im Einrichtungscode ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <source>The exchange name contains invisible control characters, a trick used by fake setup codes.</source>
        <translation>Der Name der Börse enthält unsichtbare Steuerzeichen – ein Trick gefälschter Einrichtungscodes.</translation>
    </message>
    <message>
        <source>The account name contains invisible control characters, a trick used by fake setup codes.</source>
        <translation>Der Kontoname enthält unsichtbare Steuerzeichen – ein Trick gefälschter Einrichtungscodes.</translation>
    </message>
    <message>
        <source>{exchange} makes its codes with {expected}, but this setup code uses {value}. The exchange would reject its codes, or the setup code is not from {exchange}.</source>
        <translation>{exchange} erzeugt die Codes mit {expected}, dieser Einrichtungscode verwendet aber {value}. Entweder würde die Börse seine Codes ablehnen, oder der Einrichtungscode stammt nicht von {exchange}.</translation>
    </message>
    <message>
        <source>{exchange} uses codes of {expected} digits, but this setup code makes {value}. The exchange would reject them, or the setup code is not from {exchange}.</source>
        <translation>{exchange} verwendet Codes mit {expected} Stellen, dieser Einrichtungscode erzeugt aber {value}. Entweder würde die Börse sie ablehnen, oder der Einrichtungscode stammt nicht von {exchange}.</translation>
    </message>
    <message>
        <source>{exchange} changes its codes every {expected} seconds, but this setup code every {value}. The exchange would reject them, or the setup code is not from {exchange}.</source>
        <translation>{exchange} wechselt die Codes alle {expected} Sekunden, dieser Einrichtungscode aber alle {value}. Entweder würde die Börse sie ablehnen, oder der Einrichtungscode stammt nicht von {exchange}.</translation>
    </message>
    <message>
        <source>This is a Steam Guard code, which makes 5-character codes of its own kind. Exchanges use standard time-based codes; BreachGuard cannot make Steam codes.</source>
        <translation>Dies ist ein Code für Steam Guard, der eigene Codes aus 5 Zeichen erzeugt. Börsen verwenden übliche zeitbasierte Codes; BreachGuard kann keine Steam-Codes erzeugen.</translation>
    </message>
    <message>
        <source>The setup code asks for the algorithm “{name}”, which authenticators do not support (only SHA1, SHA256, SHA512). Codes would be wrong; ask the exchange for a new setup code.</source>
        <translation>Der Einrichtungscode verlangt den Algorithmus „{name}“, den Authenticator-Apps nicht unterstützen (nur SHA1, SHA256, SHA512). Die Codes wären falsch; bitten Sie die Börse um einen neuen Einrichtungscode.</translation>
    </message>
    <message>
        <source>The setup code asks for {value} digits; codes have 6, 7 or 8 digits.</source>
        <translation>Der Einrichtungscode verlangt {value} Stellen; Codes haben 6, 7 oder 8 Stellen.</translation>
    </message>
    <message>
        <source>The setup code gives “{value}” as the code lifetime; it must be a positive number of seconds.</source>
        <translation>Der Einrichtungscode gibt „{value}“ als Gültigkeitsdauer an; sie muss eine positive Zahl von Sekunden sein.</translation>
    </message>
    <message>
        <source>This is a counter-based (HOTP) code without a counter, so it cannot work. Exchange re-enrollment uses time-based codes; ask the exchange for a new setup code.</source>
        <translation>Dies ist ein zählerbasierter Code (HOTP) ohne Zähler und kann deshalb nicht funktionieren. Für die Neueinrichtung bei Börsen werden zeitbasierte Codes verwendet; bitten Sie die Börse um einen neuen Einrichtungscode.</translation>
    </message>
    <message>
        <source>The counter in the setup code is not a number.</source>
        <translation>Der Zähler im Einrichtungscode ist keine Zahl.</translation>
    </message>
    <message>
        <source>The counter in the setup code is too large.</source>
        <translation>Der Zähler im Einrichtungscode ist zu groß.</translation>
    </message>
    <message>
        <source>The setup code names two different exchanges (“{param}” and “{label}”). Genuine codes name one; this is a warning sign of a fake code.</source>
        <translation>Der Einrichtungscode nennt zwei verschiedene Börsen („{param}“ und „{label}“). Echte Codes nennen nur eine; das ist ein Warnzeichen für einen gefälschten Code.</translation>
    </message>
    <message>
        <source>The secret key is not valid base32.</source>
        <translation>Der geheime Schlüssel ist kein gültiges Base32.</translation>
    </message>
    <message>
        <source>This setup code is damaged: its parts cannot be told apart. Scan it again.</source>
        <translation>Dieser Einrichtungscode ist beschädigt: Seine Teile lassen sich nicht auseinanderhalten. Scannen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The setup code does not say which exchange it is for.</source>
        <translation>Der Einrichtungscode sagt nicht, für welche Börse er ist.</translation>
    </message>
    <message>
        <source>This is a counter-based (HOTP) code. Exchange re-enrollment uses time-based codes; ask the exchange for a new setup code.</source>
        <translation>Dies ist ein zählerbasierter Code (HOTP). Für die Neueinrichtung bei Börsen werden zeitbasierte Codes verwendet; bitten Sie die Börse um einen neuen Einrichtungscode.</translation>
    </message>
    <message>
        <source>The setup code gives “{name}” twice. Genuine codes never do; this one may have been tampered with.</source>
        <translation>Der Einrichtungscode enthält „{name}“ zweimal. Echte Codes tun das nie; dieser wurde vielleicht manipuliert.</translation>
    </message>
    <message>
        <source>The name in the setup code is not readable text (bad encoding).</source>
        <translation>Der Name im Einrichtungscode ist kein lesbarer Text (fehlerhafte Kodierung).</translation>
    </message>
    <message>
        <source>The account name contains another colon; BreachGuard used the part before the first colon as the exchange name.</source>
        <translation>Der Kontoname enthält einen weiteren Doppelpunkt; BreachGuard hat den Teil vor dem ersten Doppelpunkt als Namen der Börse verwendet.</translation>
    </message>
    <message>
        <source>Codes change only every {period} seconds (usually 30). Make sure that is what the exchange uses.</source>
        <translation>Die Codes wechseln nur alle {period} Sekunden (üblich sind 30). Vergewissern Sie sich, dass die Börse das so verwendet.</translation>
    </message>
    <message>
        <source>The setup code does not say which exchange it is for. Choose the exchange yourself, and only if you started this setup on its site.</source>
        <translation>Der Einrichtungscode sagt nicht, für welche Börse er ist. Wählen Sie die Börse selbst aus, und zwar nur, wenn Sie diese Einrichtung auf deren Website gestartet haben.</translation>
    </message>
    <message>
        <source>The setup code is for “{issuer}”. BreachGuard does not know which name this exchange puts in its setup codes, so it cannot check it. Go on only if you started this setup on the exchange&apos;s own website.</source>
        <translation>Der Einrichtungscode ist für „{issuer}“. BreachGuard weiß nicht, welchen Namen diese Börse in ihre Einrichtungscodes schreibt, und kann ihn daher nicht prüfen. Machen Sie nur weiter, wenn Sie diese Einrichtung auf der eigenen Website der Börse begonnen haben.</translation>
    </message>
    <message>
        <source>Warning: the setup code is for “{issuer}”, which only looks like “{expected}”. Fake setup codes use look-alike names. Do not continue unless you are certain it came from {expected}&apos;s own website.</source>
        <translation>Warnung: Der Einrichtungscode ist für „{issuer}“, das nur so aussieht wie „{expected}“. Gefälschte Einrichtungscodes verwenden ähnlich aussehende Namen. Machen Sie nur weiter, wenn Sie sicher sind, dass er von der Website von {expected} selbst stammt.</translation>
    </message>
</context>
<context>
    <name>phone</name>
    <message>
        <source>Type your mobile number.</source>
        <translation>Geben Sie Ihre Mobilnummer ein.</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a phone number: use digits, with + only in front of a country code.</source>
        <translation>Das sieht nicht nach einer Telefonnummer aus: Verwenden Sie Ziffern, ein + nur vor einer Ländervorwahl.</translation>
    </message>
    <message>
        <source>The country code after the + doesn&apos;t exist. Check it, or leave out the + and pick the country from the list.</source>
        <translation>Die Ländervorwahl nach dem + gibt es nicht. Prüfen Sie sie, oder lassen Sie das + weg und wählen Sie das Land aus der Liste.</translation>
    </message>
    <message>
        <source>The number is too short: check that no digits are missing.</source>
        <translation>Die Nummer ist zu kurz: Prüfen Sie, ob Ziffern fehlen.</translation>
    </message>
    <message>
        <source>The number is too long: check for extra digits.</source>
        <translation>Die Nummer ist zu lang: Prüfen Sie, ob Ziffern zu viel sind.</translation>
    </message>
    <message>
        <source>The number has the wrong number of digits for that country.</source>
        <translation>Die Nummer hat für dieses Land die falsche Anzahl Ziffern.</translation>
    </message>
    <message>
        <source>No phone number like this exists in that country. Check the number and the country.</source>
        <translation>Eine solche Telefonnummer gibt es in diesem Land nicht. Prüfen Sie die Nummer und das Land.</translation>
    </message>
    <message>
        <source>Pick your country from the list.</source>
        <translation>Wählen Sie Ihr Land aus der Liste.</translation>
    </message>
    <message>
        <source>This starts with a country code but has no + in front. Did you mean {suggestion}?</source>
        <translation>Das beginnt mit einer Ländervorwahl, aber ohne + davor. Meinten Sie {suggestion}?</translation>
    </message>
    <message>
        <source>This is a landline number. Exchanges send codes by SMS to mobile numbers: check the number and the country.</source>
        <translation>Das ist eine Festnetznummer. Börsen schicken Codes per SMS an Mobilnummern: Prüfen Sie die Nummer und das Land.</translation>
    </message>
    <message>
        <source>The + code makes this a number from another country than the one picked.</source>
        <translation>Durch die +Vorwahl ist das eine Nummer aus einem anderen Land als dem gewählten.</translation>
    </message>
</context>
<context>
    <name>portal</name>
    <message>
        <source>This desktop offers no screenshot service to BreachGuard. Take a screenshot of the QR code yourself, copy it, and use “Paste a QR image”.</source>
        <translation>Dieser Desktop bietet BreachGuard keinen Dienst für Bildschirmfotos an. Machen Sie selbst ein Bildschirmfoto vom QR-Code, kopieren Sie es und verwenden Sie „QR-Bild einfügen“.</translation>
    </message>
    <message>
        <source>The screenshot dialog did not answer in time. Try “Scan the screen” again, or take a screenshot of the QR code yourself, copy it, and use “Paste a QR image”.</source>
        <translation>Der Dialog für das Bildschirmfoto hat nicht rechtzeitig geantwortet. Versuchen Sie „Bildschirm scannen“ noch einmal, oder machen Sie selbst ein Bildschirmfoto vom QR-Code, kopieren Sie es und verwenden Sie „QR-Bild einfügen“.</translation>
    </message>
    <message>
        <source>The desktop could not take the screenshot. Try again, or take a screenshot of the QR code yourself, copy it, and use “Paste a QR image”.</source>
        <translation>Der Desktop konnte das Bildschirmfoto nicht aufnehmen. Versuchen Sie es noch einmal, oder machen Sie selbst ein Bildschirmfoto vom QR-Code, kopieren Sie es und verwenden Sie „QR-Bild einfügen“.</translation>
    </message>
    <message>
        <source>The desktop returned no usable screenshot.</source>
        <translation>Der Desktop hat kein brauchbares Bildschirmfoto geliefert.</translation>
    </message>
    <message>
        <source>The screenshot could not be read.</source>
        <translation>Das Bildschirmfoto konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>BreachGuard could not delete the screenshot the desktop saved. It shows your setup code: delete the newest picture in your screenshots folder.</source>
        <translation>BreachGuard konnte das vom Desktop gespeicherte Bildschirmfoto nicht löschen. Es zeigt Ihren Einrichtungscode: Löschen Sie das neueste Bild in Ihrem Ordner für Bildschirmfotos.</translation>
    </message>
</context>
<context>
    <name>profile_update</name>
    <message>
        <source>Signing keys (key IDs)</source>
        <translation>Signaturschlüssel (Schlüssel-IDs)</translation>
    </message>
    <message>
        <source>Hosts the app connects to</source>
        <translation>Server, mit denen sich die App verbindet</translation>
    </message>
    <message>
        <source>Notice feeds</source>
        <translation>Mitteilungs-Feeds</translation>
    </message>
    <message>
        <source>Account lookup API</source>
        <translation>API für die Kontoabfrage</translation>
    </message>
    <message>
        <source>2FA confirmation API</source>
        <translation>API für die 2FA-Bestätigung</translation>
    </message>
    <message>
        <source>2FA issuer names</source>
        <translation>2FA-Ausstellernamen</translation>
    </message>
    <message>
        <source>Official web domains</source>
        <translation>Offizielle Web-Domains</translation>
    </message>
    <message>
        <source>Email sender domains</source>
        <translation>Absender-Domains für E-Mails</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Support-Kontakt</translation>
    </message>
    <message>
        <source>Clock check URL</source>
        <translation>URL für die Uhrzeitprüfung</translation>
    </message>
    <message>
        <source>2FA algorithms</source>
        <translation>2FA-Algorithmen</translation>
    </message>
    <message>
        <source>2FA code lengths</source>
        <translation>2FA-Codelängen</translation>
    </message>
    <message>
        <source>2FA code periods (seconds)</source>
        <translation>Gültigkeitsdauer der 2FA-Codes (Sekunden)</translation>
    </message>
    <message>
        <source>What staff never ask for</source>
        <translation>Wonach Mitarbeiter nie fragen</translation>
    </message>
    <message>
        <source>Feed check interval (seconds)</source>
        <translation>Abstand der Feed-Prüfungen (Sekunden)</translation>
    </message>
</context>
<context>
    <name>pwned</name>
    <message>
        <source>The password check service sent an answer BreachGuard does not understand, so nothing can be said about this password. A network sign-in page may be in the way; try again later.</source>
        <translation>Der Dienst zur Passwortprüfung hat eine Antwort geschickt, die BreachGuard nicht versteht, daher lässt sich über dieses Passwort nichts sagen. Vielleicht ist eine Anmeldeseite des Netzwerks im Weg; versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The password check service sent an answer larger than {limit} KiB, far more than it ever sends, so nothing can be said about this password. A network sign-in page or proxy may be in the way; try again later.</source>
        <translation>Der Dienst zur Passwortprüfung hat eine Antwort von mehr als {limit} KiB geschickt, weit mehr als er je sendet, daher lässt sich über dieses Passwort nichts sagen. Vielleicht ist eine Anmeldeseite des Netzwerks oder ein Proxy im Weg; versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The Pwned Passwords service could not be reached: {reason}</source>
        <translation>Der Dienst Pwned Passwords war nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <source>Type the password you want to check first.</source>
        <translation>Geben Sie zuerst das Passwort ein, das Sie prüfen möchten.</translation>
    </message>
    <message>
        <source>The password check service is busy. Wait a minute and try again.</source>
        <translation>Der Dienst zur Passwortprüfung ist ausgelastet. Warten Sie eine Minute und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The password check service answered with an error (HTTP {status}).</source>
        <translation>Der Dienst zur Passwortprüfung hat mit einem Fehler geantwortet (HTTP {status}).</translation>
    </message>
    <message>
        <source>The Pwned Passwords service could not be reached. Check your internet connection and try again.</source>
        <translation>Der Dienst Pwned Passwords war nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The Pwned Passwords service took too long to answer. Try again later.</source>
        <translation>Der Dienst Pwned Passwords hat zu lange nicht geantwortet. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The secure connection to the Pwned Passwords service failed: {reason}</source>
        <translation>Die sichere Verbindung zum Dienst Pwned Passwords ist fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>qr</name>
    <message>
        <source>This is not an image BreachGuard can read.</source>
        <translation>Das ist kein Bild, das BreachGuard lesen kann.</translation>
    </message>
    <message>
        <source>No QR code was found. Make sure the whole code is visible, sharp and not cut off, then try again.</source>
        <translation>Es wurde kein QR-Code gefunden. Achten Sie darauf, dass der ganze Code sichtbar, scharf und nicht abgeschnitten ist, und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The file is too large to be a QR code picture.</source>
        <translation>Die Datei ist zu groß für ein Bild mit QR-Code.</translation>
    </message>
    <message>
        <source>There is no screen to capture.</source>
        <translation>Es gibt keinen Bildschirm, der aufgenommen werden kann.</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Die Datei {name} gibt es nicht.</translation>
    </message>
    <message>
        <source>{name} is not a picture file (it is a folder, a device or a pipe).</source>
        <translation>{name} ist keine Bilddatei (sondern ein Ordner, ein Gerät oder eine Pipe).</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>Die Datei {name} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>Der Bildschirm konnte nicht aufgenommen werden.</translation>
    </message>
    <message>
        <source>The image is larger than {limit}×{limit} pixels; crop it to the QR code.</source>
        <translation>Das Bild ist größer als {limit}×{limit} Pixel; schneiden Sie es auf den QR-Code zu.</translation>
    </message>
    <message>
        <source>This file could not be read as an image ({reason}).</source>
        <translation>Diese Datei konnte nicht als Bild gelesen werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>secret_store</name>
    <message>
        <source>This computer has no keyring to keep 2FA secrets safe. On Linux, install and start one (for example “gnome-keyring” or KWallet) and sign in to a desktop session, then try again.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, der 2FA-Geheimnisse sicher aufbewahrt. Unter Linux installieren und starten Sie einen (zum Beispiel „gnome-keyring“ oder KWallet), melden sich in einer Desktop-Sitzung an und versuchen es dann noch einmal.</translation>
    </message>
    <message>
        <source>Your keyring is locked, or the unlock prompt was closed. Unlock it (your login password usually does it), then press Try again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt, oder die Abfrage zum Entsperren wurde geschlossen. Entsperren Sie ihn (meist mit Ihrem Anmeldepasswort) und drücken Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Your keyring is running but locked or not set up yet: the request to unlock or create it was closed or could not be shown. Unlock it, or create a “Login” keyring in your desktop&apos;s “Passwords and Keys” app, then press Try again.</source>
        <translation>Ihr Schlüsselbund läuft, ist aber gesperrt oder noch nicht eingerichtet: Die Anfrage, ihn zu entsperren oder anzulegen, wurde geschlossen oder konnte nicht angezeigt werden. Entsperren Sie ihn oder legen Sie in der App „Passwörter und Verschlüsselung“ Ihres Desktops einen Schlüsselbund „Anmeldung“ an, und drücken Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The keyring refused to store the secret. Nothing was changed; your previous token is untouched. Check that the keyring is unlocked and has space, then try again.</source>
        <translation>Der Schlüsselbund hat das Speichern des Geheimnisses abgelehnt. Nichts wurde geändert; Ihr bisheriges Token ist unberührt. Prüfen Sie, ob der Schlüsselbund entsperrt ist und Platz hat, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The only keyring available ({backend}) stores secrets unencrypted in a file. BreachGuard will not use it unless you explicitly allow it.</source>
        <translation>Der einzige verfügbare Schlüsselbund ({backend}) speichert Geheimnisse unverschlüsselt in einer Datei. BreachGuard verwendet ihn nur, wenn Sie es ausdrücklich erlauben.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} seconds. An unlock prompt may be waiting behind another window; answer it and try again.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von {seconds} Sekunden geantwortet. Vielleicht wartet eine Abfrage zum Entsperren hinter einem anderen Fenster; beantworten Sie sie und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The keyring returned something different from what was stored, so BreachGuard does not count the secret as saved. Your previous token is untouched.</source>
        <translation>Der Schlüsselbund hat etwas anderes zurückgegeben, als gespeichert wurde, deshalb zählt BreachGuard das Geheimnis nicht als gespeichert. Ihr bisheriges Token ist unberührt.</translation>
    </message>
    <message>
        <source>The keyring reported a system error ({code}).</source>
        <translation>Der Schlüsselbund hat einen Systemfehler gemeldet ({code}).</translation>
    </message>
    <message>
        <source>The keyring could not be read.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This secret is too large for the keyring.</source>
        <translation>Dieses Geheimnis ist zu groß für den Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keyring could not delete the old entry; try again.</source>
        <translation>Der Schlüsselbund konnte den alten Eintrag nicht löschen; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This secret is too large for the Windows keyring.</source>
        <translation>Dieses Geheimnis ist zu groß für den Windows-Schlüsselbund.</translation>
    </message>
    <message>
        <source>There is no such keyring entry.</source>
        <translation>Diesen Eintrag gibt es im Schlüsselbund nicht.</translation>
    </message>
</context>
<context>
    <name>source</name>
    <message>
        <source>an internal error stopped the update</source>
        <translation>ein interner Fehler hat die Aktualisierung verhindert</translation>
    </message>
    <message>
        <source>{name} notices</source>
        <translation>Mitteilungen von {name}</translation>
    </message>
    <message>
        <source>the server answered with HTTP {status}</source>
        <translation>der Server hat mit HTTP {status} geantwortet</translation>
    </message>
    <message>
        <source>{name} status page</source>
        <translation>Statusseite von {name}</translation>
    </message>
    <message>
        <source>the feed was not found on the server (HTTP 404)</source>
        <translation>der Feed wurde auf dem Server nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <source>the server asked BreachGuard to slow down (HTTP 429)</source>
        <translation>der Server hat BreachGuard gebeten, seltener zu fragen (HTTP 429)</translation>
    </message>
    <message>
        <source>the exchange&apos;s server has a problem (HTTP {status})</source>
        <translation>der Server der Börse hat ein Problem (HTTP {status})</translation>
    </message>
    <message>
        <source>the answer was a web page, not the notice feed (a Wi-Fi sign-in page or an error page may be in the way)</source>
        <translation>die Antwort war eine Webseite, nicht der Mitteilungs-Feed (vielleicht steht eine WLAN-Anmeldeseite oder eine Fehlerseite dazwischen)</translation>
    </message>
    <message>
        <source>the signature file is missing (HTTP 404), so the notices cannot be trusted</source>
        <translation>die Signaturdatei fehlt (HTTP 404), daher sind die Mitteilungen nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>the signature could not be downloaded ({reason})</source>
        <translation>die Signatur konnte nicht geladen werden ({reason})</translation>
    </message>
    <message>
        <source>the signature file is missing</source>
        <translation>die Signaturdatei fehlt</translation>
    </message>
    <message>
        <source>the feed is signed for publisher “{signed}”, not for “{expected}”</source>
        <translation>der Feed ist für den Herausgeber „{signed}“ signiert, nicht für „{expected}“</translation>
    </message>
    <message>
        <source>the server sent an older feed (number {sequence}) than one already seen (number {highest}); it was refused</source>
        <translation>der Server hat einen älteren Feed (Nummer {sequence}) geschickt als einen bereits gesehenen (Nummer {highest}); er wurde abgelehnt</translation>
    </message>
    <message>
        <source>the feed changed without a new sequence number ({sequence})</source>
        <translation>der Feed hat sich ohne neue Folgenummer geändert ({sequence})</translation>
    </message>
    <message>
        <source>the server said nothing changed, but no saved copy exists here; the next try downloads it in full</source>
        <translation>der Server meldet keine Änderung, aber hier ist keine gespeicherte Kopie vorhanden; beim nächsten Versuch wird alles neu geladen</translation>
    </message>
    <message>
        <source>the signature file is not a minisign signature (too large)</source>
        <translation>die Signaturdatei ist keine minisign-Signatur (zu groß)</translation>
    </message>
</context>
</TS>
