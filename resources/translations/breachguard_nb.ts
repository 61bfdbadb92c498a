<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>CheckView</name>
    <message>
        <source>Exchange:</source>
        <translation>Børs:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Codes:</source>
        <translation>Koder:</translation>
    </message>
    <message>
        <source>Phone only: BreachGuard will not keep a copy of this key. Add it to the authenticator app on your phone, then type the phone&apos;s code into the exchange&apos;s website.</source>
        <translation>Bare på telefonen: BreachGuard beholder ingen kopi av denne nøkkelen. Legg den til i autentiseringsappen på telefonen, og skriv så inn koden telefonen viser, på børsens nettsted.</translation>
    </message>
    <message>
        <source>Show the key for my &amp;phone…</source>
        <translation>Vis nøkkelen for telefonen &amp;min…</translation>
    </message>
    <message>
        <source>&amp;Show code</source>
        <translation>Vis &amp;koden</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>K&amp;opier koden</translation>
    </message>
    <message>
        <source>Seconds until the code changes</source>
        <translation>Sekunder til koden skifter</translation>
    </message>
    <message>
        <source>new code in %v s</source>
        <translation>ny kode om %v s</translation>
    </message>
    <message>
        <source>The &amp;website accepted the code</source>
        <translation>Nettstedet go&amp;dtok koden</translation>
    </message>
    <message>
        <source>&amp;Let BreachGuard confirm it</source>
        <translation>&amp;La BreachGuard bekrefte den</translation>
    </message>
    <message>
        <source>Status of the setup</source>
        <translation>Status for oppsettet</translation>
    </message>
    <message>
        <source>&amp;Discard this setup…</source>
        <translation>Fo&amp;rkast dette oppsettet…</translation>
    </message>
    <message>
        <source>(not named in the code)</source>
        <translation>(ikke oppgitt i koden)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(ikke oppgitt)</translation>
    </message>
    <message>
        <source>{digits} digits, new every {period} s, {algorithm}</source>
        <translation>{digits} sifre, ny hvert {period}. sekund, {algorithm}</translation>
    </message>
    <message>
        <source>Not while you are on a call with support: remote-access tools can share the clipboard.</source>
        <translation>Ikke mens du er i en samtale med kundestøtten: verktøy for fjerntilgang kan dele utklippstavlen.</translation>
    </message>
    <message>
        <source>H&amp;ide code</source>
        <translation>S&amp;kjul koden</translation>
    </message>
    <message>
        <source>1. Add the key to the authenticator app on your phone.</source>
        <translation>1. Legg nøkkelen til i autentiseringsappen på telefonen.</translation>
    </message>
    <message>
        <source>2. Type the code your phone shows into {exchange}&apos;s website.</source>
        <translation>2. Skriv inn koden telefonen viser, på nettstedet til {exchange}.</translation>
    </message>
    <message>
        <source>1. Your new code (Show code opens it in the private window):</source>
        <translation>1. Den nye koden din («Vis koden» åpner den i det private vinduet):</translation>
    </message>
    <message>
        <source>1. Your new code:</source>
        <translation>1. Den nye koden din:</translation>
    </message>
    <message>
        <source>1. Your new code (press Show code to see it):</source>
        <translation>1. Den nye koden din (trykk «Vis koden» for å se den):</translation>
    </message>
    <message>
        <source>2. Type this code into {exchange}&apos;s website, on the page where you started the setup.</source>
        <translation>2. Skriv inn denne koden på nettstedet til {exchange}, på siden der du startet oppsettet.</translation>
    </message>
    <message>
        <source>3. When the website says the code was accepted, press:</source>
        <translation>3. Når nettstedet sier at koden er godtatt, trykker du:</translation>
    </message>
    <message>
        <source>BreachGuard then asks the exchange to make sure and saves the key. Or let BreachGuard confirm the code with the exchange for you.</source>
        <translation>BreachGuard spør så børsen for å være sikker, og lagrer nøkkelen. Eller la BreachGuard bekrefte koden hos børsen for deg.</translation>
    </message>
    <message>
        <source>BreachGuard then saves the key as your confirmed 2FA key.</source>
        <translation>BreachGuard lagrer så nøkkelen som din bekreftede 2FA-nøkkel.</translation>
    </message>
    <message>
        <source>Saving the key first…</source>
        <translation>Lagrer nøkkelen først…</translation>
    </message>
    <message>
        <source>Code not available yet</source>
        <translation>Koden er ikke tilgjengelig ennå</translation>
    </message>
    <message>
        <source>Current code</source>
        <translation>Gjeldende kode</translation>
    </message>
    <message>
        <source>Code hidden</source>
        <translation>Koden er skjult</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Safety checklist</source>
        <translation>Sikkerhetssjekkliste</translation>
    </message>
    <message>
        <source>Work through this list once. Some items tick themselves as you finish the steps before; tick the others yourself when you have done them. Your ticks are kept on this computer.</source>
        <translation>Gå gjennom denne listen én gang. Noen punkter krysses av automatisk når du er ferdig med stegene før; resten krysser du av selv når du har gjort dem. Avkrysningene dine lagres på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Check your new password</source>
        <translation>Sjekk det nye passordet ditt</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nytt &amp;passord:</translation>
    </message>
    <message>
        <source>New password to check</source>
        <translation>Nytt passord som skal sjekkes</translation>
    </message>
    <message>
        <source>Chec&amp;k password</source>
        <translation>Sjekk pass&amp;ordet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Gjenstår</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} av {1} ferdig</translation>
    </message>
    <message>
        <source>— all done. Next shows your summary, to keep as a PDF.</source>
        <translation>— alt er gjort. «Neste» viser sammendraget ditt, som du kan ta vare på som PDF.</translation>
    </message>
    <message>
        <source>Your tick could not be saved and will be lost on restart</source>
        <translation>Haken din kunne ikke lagres og forsvinner når du starter på nytt</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Ikke sjekket.</translation>
    </message>
    <message>
        <source>The password check did not work</source>
        <translation>Passordsjekken virket ikke</translation>
    </message>
    <message>
        <source>Type the password you want to check first.</source>
        <translation>Skriv først inn passordet du vil sjekke.</translation>
    </message>
    <message>
        <source>Optional: before you change your exchange password, check that the new one is not already known from other data breaches. This check runs on this computer and nobody is asking for your password: no one at the exchange or at support ever needs it. Only a short fingerprint of it (5 characters) goes to the Pwned Passwords service (haveibeenpwned.com); the password itself never leaves this computer and is not saved.</source>
        <translation>Valgfritt: Før du endrer passordet hos børsen, kan du sjekke at det nye ikke allerede er kjent fra andre datalekkasjer. Sjekken skjer på denne datamaskinen, og ingen ber deg om passordet: verken børsen eller kundestøtten trenger det noen gang. Bare et kort fingeravtrykk av det (5 tegn) sendes til tjenesten Pwned Passwords (haveibeenpwned.com); selve passordet forlater aldri denne datamaskinen og lagres ikke.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sjekker…</translation>
    </message>
    <message>
        <source>Warning: found in known data breaches ({0} times). Criminals try such passwords first. Do not use it; choose a different one.</source>
        <translation>Advarsel: funnet i kjente datalekkasjer ({0} ganger). Kriminelle prøver slike passord først. Ikke bruk det; velg et annet.</translation>
    </message>
    <message>
        <source>Not found in known data breaches. Good: use it only for this exchange.</source>
        <translation>Ikke funnet i kjente datalekkasjer. Bra: bruk det bare hos denne børsen.</translation>
    </message>
</context>
<context>
    <name>DemoSmsPanel</name>
    <message>
        <source>Demo SMS — the demo exchange&apos;s text messages</source>
        <translation>Demo-SMS — tekstmeldingene fra Demo Exchange</translation>
    </message>
    <message>
        <source>This is a demonstration. A real exchange sends the code to your phone; the demo shows its texts here instead.</source>
        <translation>Dette er en demonstrasjon. En ekte børs sender koden til telefonen din; demoen viser meldingene her i stedet.</translation>
    </message>
    <message>
        <source>Demo text messages</source>
        <translation>Demo-tekstmeldinger</translation>
    </message>
    <message>
        <source>The codes are hidden because support may be watching your screen. On a real phone only you would see them.</source>
        <translation>Kodene er skjult fordi kundestøtten kanskje ser skjermen din. På en ekte telefon er det bare du som ser dem.</translation>
    </message>
    <message>
        <source>Show the code &amp;privately…</source>
        <translation>Vis koden &amp;privat…</translation>
    </message>
    <message>
        <source>The demo exchange&apos;s texts can&apos;t be read right now.</source>
        <translation>Meldingene fra Demo Exchange kan ikke leses akkurat nå.</translation>
    </message>
    <message>
        <source>Show the code</source>
        <translation>Vis koden</translation>
    </message>
    <message>
        <source>Pause screen sharing first: the code will show here for {0} seconds, on the screen support may be watching. Nobody from the exchange needs it.</source>
        <translation>Sett skjermdelingen på pause først: koden vises her i {0} sekunder, på skjermen som kundestøtten kanskje ser. Ingen fra børsen trenger den.</translation>
    </message>
    <message>
        <source>No texts yet. Send a code to see it arrive here.</source>
        <translation>Ingen meldinger ennå. Be om en kode, så dukker den opp her.</translation>
    </message>
    <message>
        <source>To {to} at {time}:
{text}</source>
        <translation>Til {to} kl. {time}:
{text}</translation>
    </message>
</context>
<context>
    <name>DemoWebsiteWindow</name>
    <message>
        <source>Demo Exchange website (sample)</source>
        <translation>Nettstedet til Demo Exchange (eksempel)</translation>
    </message>
    <message>
        <source>This is a sample website, part of the Demo Exchange. A real exchange shows this page on its own website.</source>
        <translation>Dette er et eksempelnettsted som hører til Demo Exchange. En ekte børs viser denne siden på sitt eget nettsted.</translation>
    </message>
    <message>
        <source>Demo Exchange — Security settings</source>
        <translation>Demo Exchange — Sikkerhetsinnstillinger</translation>
    </message>
    <message>
        <source>Email address of your account</source>
        <translation>E-postadressen til kontoen din</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-postadresse</translation>
    </message>
    <message>
        <source>Scan this QR code with your authenticator app to set up 2FA:</source>
        <translation>Skann denne QR-koden med autentiseringsappen din for å sette opp 2FA:</translation>
    </message>
    <message>
        <source>Setup QR code</source>
        <translation>QR-kode for oppsett</translation>
    </message>
    <message>
        <source>Can&apos;t scan? Use this setup link:</source>
        <translation>Får du ikke skannet? Bruk denne oppsettlenken:</translation>
    </message>
    <message>
        <source>Setup link</source>
        <translation>Oppsettlenke</translation>
    </message>
    <message>
        <source>Then enter the 6-digit code your app shows to finish:</source>
        <translation>Skriv deretter inn den sekssifrede koden appen viser, for å fullføre:</translation>
    </message>
    <message>
        <source>6-digit code from your app</source>
        <translation>Sekssifret kode fra appen</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Kode fra autentiseringsappen</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Logg inn</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Reveal the QR code</source>
        <translation>&amp;Vis QR-koden</translation>
    </message>
    <message>
        <source>Support mode blurs the QR code: anyone watching your screen could scan it.</source>
        <translation>Kundestøttemodus gjør QR-koden uskarp: alle som ser skjermen din, kunne skanne den.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bekreft</translation>
    </message>
    <message>
        <source>Reveal the QR code</source>
        <translation>Vis QR-koden</translation>
    </message>
    <message>
        <source>Pause screen sharing first: anyone who sees the QR code can scan it and get your new 2FA codes.</source>
        <translation>Sett skjermdelingen på pause først: Alle som ser QR-koden, kan skanne den og få de nye 2FA-kodene dine.</translation>
    </message>
    <message>
        <source>Setup QR code, blurred</source>
        <translation>QR-kode for oppsett, uskarp</translation>
    </message>
    <message>
        <source>Enter the email address of your exchange account.</source>
        <translation>Skriv inn e-postadressen til børskontoen din.</translation>
    </message>
    <message>
        <source>This exchange has no 2FA setup service.</source>
        <translation>Denne børsen har ingen tjeneste for oppsett av 2FA.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logger inn…</translation>
    </message>
    <message>
        <source>Signed in. This setup code is valid for {minutes} minutes.</source>
        <translation>Logget inn. Denne oppsettkoden gjelder i {minutes} minutter.</translation>
    </message>
    <message>
        <source>The Demo Exchange has no account with this email address. Check the spelling, or use the address you found in step 2.</source>
        <translation>Demo Exchange har ingen konto med denne e-postadressen. Sjekk stavemåten, eller bruk adressen du fant i steg 2.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows.</source>
        <translation>Skriv inn den sekssifrede koden autentiseringsappen viser.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Sjekker koden…</translation>
    </message>
    <message>
        <source>Accepted. Two-factor authentication is now set up with your new code.</source>
        <translation>Godtatt. Tofaktorautentisering er nå satt opp med den nye koden din.</translation>
    </message>
    <message>
        <source>Wrong code. {left} attempts left.</source>
        <translation>Feil kode. {left} forsøk igjen.</translation>
    </message>
    <message>
        <source>Wrong code. Try the code your app shows now.</source>
        <translation>Feil kode. Prøv koden appen viser nå.</translation>
    </message>
    <message>
        <source>This setup has expired. Sign in again to get a new QR code.</source>
        <translation>Dette oppsettet har utløpt. Logg inn igjen for å få en ny QR-kode.</translation>
    </message>
    <message>
        <source>This setup was cancelled. Sign in again to get a new QR code.</source>
        <translation>Dette oppsettet ble avbrutt. Logg inn på nytt for å få en ny QR-kode.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Sign in again to get a new QR code.</source>
        <translation>For mange feil koder. Logg inn igjen for å få en ny QR-kode.</translation>
    </message>
    <message>
        <source>There is no setup waiting. Sign in again to get a new QR code.</source>
        <translation>Det venter ikke noe oppsett. Logg inn igjen for å få en ny QR-kode.</translation>
    </message>
    <message>
        <source>The Demo Exchange could not be reached: {reason}</source>
        <translation>Fikk ikke kontakt med Demo Exchange: {reason}</translation>
    </message>
    <message>
        <source>The Demo Exchange sent an answer BreachGuard cannot read.</source>
        <translation>Demo Exchange sendte et svar som BreachGuard ikke kan lese.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Noe gikk galt. Prøv igjen.</translation>
    </message>
</context>
<context>
    <name>DoneView</name>
    <message>
        <source>Continue to the &amp;checklist</source>
        <translation>Gå videre til sjekk&amp;listen</translation>
    </message>
    <message>
        <source>Set up &amp;another code</source>
        <translation>Sett &amp;opp enda en nøkkel</translation>
    </message>
    <message>
        <source>Done: 2FA is set up on your phone</source>
        <translation>Ferdig: 2FA er satt opp på telefonen din</translation>
    </message>
    <message>
        <source>{exchange} accepted the new key. It is in the authenticator app on your phone only: BreachGuard kept no copy. Remove the old, revoked entry from any other authenticator app.</source>
        <translation>{exchange} godtok den nye nøkkelen. Den finnes bare i autentiseringsappen på telefonen din: BreachGuard har ikke beholdt noen kopi. Fjern den gamle, tilbakekalte oppføringen fra alle andre autentiseringsapper.</translation>
    </message>
    <message>
        <source>Done: your new 2FA key is confirmed and saved</source>
        <translation>Ferdig: den nye 2FA-nøkkelen din er bekreftet og lagret</translation>
    </message>
    <message>
        <source>{exchange} accepted the new key, and it is saved in your keyring ({account}). Remove the old, revoked entry from any other authenticator app. If the exchange showed you recovery codes, save them below.</source>
        <translation>{exchange} godtok den nye nøkkelen, og den er lagret i nøkkelringen din ({account}). Fjern den gamle, tilbakekalte oppføringen fra alle andre autentiseringsapper. Hvis børsen viste deg gjenopprettingskoder, lagrer du dem nedenfor.</translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <source>After a breach, most people who can&apos;t sign in are simply using a different email address than the one their account was opened with. Find the right one here.</source>
        <translation>Etter et innbrudd er det oftest slik at de som ikke får logget inn, bare bruker en annen e-postadresse enn den kontoen ble opprettet med. Finn den riktige her.</translation>
    </message>
    <message>
        <source>Use {number} &amp;instead</source>
        <translation>Bruk {number} i st&amp;edet</translation>
    </message>
    <message>
        <source>Your login email</source>
        <translation>E-postadressen du logger inn med</translation>
    </message>
    <message>
        <source>Your account&apos;s login email: {email}. Step 2 is done.</source>
        <translation>Kontoen din logger inn med: {email}. Steg 2 er ferdig.</translation>
    </message>
    <message>
        <source>List every email address you might have used. They stay on this computer: BreachGuard never sends them anywhere.</source>
        <translation>Skriv opp alle e-postadresser du kan ha brukt. De blir på denne datamaskinen: BreachGuard sender dem aldri noe sted.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>navn@eksempel.no</translation>
    </message>
    <message>
        <source>Email address to add</source>
        <translation>E-postadresse som skal legges til</translation>
    </message>
    <message>
        <source>&amp;Add address</source>
        <translation>Legg til adr&amp;esse</translation>
    </message>
    <message>
        <source>Your email addresses</source>
        <translation>E-postadressene dine</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <source>Other spellings you may have signed up with</source>
        <translation>Andre stavemåter du kan ha registrert deg med</translation>
    </message>
    <message>
        <source>Did the exchange show you a hint?</source>
        <translation>Viste børsen deg et hint?</translation>
    </message>
    <message>
        <source>Type the hint exactly as an email or text from the exchange showed it, for example o•••@gmail.com or o***n@g***.com. BreachGuard checks which of your addresses fit, on this computer.</source>
        <translation>Skriv hintet nøyaktig slik en e-post eller SMS fra børsen viste det, for eksempel o•••@gmail.com eller o***n@g***.com. BreachGuard sjekker på denne datamaskinen hvilke av adressene dine som passer.</translation>
    </message>
    <message>
        <source>Email hint from the exchange</source>
        <translation>E-posthint fra børsen</translation>
    </message>
    <message>
        <source>Added. Did you mean {address}?</source>
        <translation>Lagt til. Mente du {address}?</translation>
    </message>
    <message>
        <source>other mail service</source>
        <translation>annen e-posttjeneste</translation>
    </message>
    <message>
        <source>login email</source>
        <translation>innloggingsadresse</translation>
    </message>
    <message>
        <source>No addresses yet. Add the first one above.</source>
        <translation>Ingen adresser ennå. Legg til den første ovenfor.</translation>
    </message>
    <message>
        <source>Your mail service delivers these to the same inbox, but an exchange may treat them as separate accounts. Add them only if you might have used them.</source>
        <translation>E-posttjenesten din leverer disse til samme innboks, men en børs kan behandle dem som ulike kontoer. Legg dem bare til hvis du kan ha brukt dem.</translation>
    </message>
    <message>
        <source>Add {address}</source>
        <translation>Legg til {address}</translation>
    </message>
    <message>
        <source>These of your addresses fit {hint}: {addresses}</source>
        <translation>Disse adressene dine passer med {hint}: {addresses}</translation>
    </message>
    <message>
        <source>None of your addresses fit {hint}. Add the address it stands for, or look in that mailbox.</source>
        <translation>Ingen av adressene dine passer med {hint}. Legg til adressen hintet står for, eller se i den innboksen.</translation>
    </message>
    <message>
        <source>Search each of your mailboxes for mail from {name}. The mailbox where you find it belongs to the address your account uses.</source>
        <translation>Søk etter e-post fra {name} i hver av innboksene dine. Innboksen der du finner den, hører til adressen kontoen din bruker.</translation>
    </message>
    <message>
        <source>Real mail from {name} comes only from {domains}. Mail from addresses that merely look similar is a scam: don&apos;t click its links.</source>
        <translation>Ekte e-post fra {name} kommer bare fra {domains}. E-post fra adresser som bare ligner, er svindel: ikke klikk på lenkene.</translation>
    </message>
    <message>
        <source>e.g. news@example.com</source>
        <translation>f.eks. nyheter@eksempel.no</translation>
    </message>
    <message>
        <source>Sender address to check</source>
        <translation>Avsenderadresse som skal sjekkes</translation>
    </message>
    <message>
        <source>{domain} is one of {name}&apos;s official sender domains.</source>
        <translation>{domain} er et av de offisielle avsenderdomenene til {name}.</translation>
    </message>
    <message>
        <source>Warning: {domain} only looks like {name}&apos;s domain. This mail is not from {name}: don&apos;t click its links or answer it.</source>
        <translation>Advarsel: {domain} bare ligner på domenet til {name}. Denne e-posten er ikke fra {name}: ikke klikk på lenkene og ikke svar på den.</translation>
    </message>
    <message>
        <source>{domain} is not one of {name}&apos;s sender domains.</source>
        <translation>{domain} er ikke et av avsenderdomenene til {name}.</translation>
    </message>
    <message>
        <source>Add your addresses on the first tab, then search each inbox here.</source>
        <translation>Legg til adressene dine i den første fanen, og søk så i hver innboks her.</translation>
    </message>
    <message>
        <source>your mail service</source>
        <translation>e-posttjenesten din</translation>
    </message>
    <message>
        <source>Open the search, sign in to this mailbox if asked, and look at the results.</source>
        <translation>Åpne søket, logg inn i denne innboksen hvis du blir bedt om det, og se på resultatene.</translation>
    </message>
    <message>
        <source>Open {service}, sign in to this mailbox, and paste this into its search box:</source>
        <translation>Åpne {service}, logg inn i denne innboksen og lim inn dette i søkefeltet:</translation>
    </message>
    <message>
        <source>In this mailbox&apos;s app or website, search for:</source>
        <translation>Søk etter dette i appen eller på nettsiden til denne innboksen:</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Søketekst</translation>
    </message>
    <message>
        <source>This search includes the Spam folder.</source>
        <translation>Dette søket tar med søppelpostmappen.</translation>
    </message>
    <message>
        <source>Also look in the Spam or Junk folder: breach-time mail often lands there.</source>
        <translation>Se også i søppelpostmappen: e-post fra tiden rundt innbruddet havner ofte der.</translation>
    </message>
    <message>
        <source>{name} can tell you which email your account uses. It first sends a code by SMS to your phone; only after you type that code does it show the address. It answers the same way whether or not an account uses the number, so nobody can use this to find out who is a customer.</source>
        <translation>{name} kan fortelle deg hvilken e-postadresse kontoen din bruker. Først får du en kode på SMS; først når du har skrevet inn koden, vises adressen. Svaret er det samme enten en konto bruker nummeret eller ikke, så ingen kan bruke dette til å finne ut hvem som er kunde.</translation>
    </message>
    <message>
        <source>Country of your phone number</source>
        <translation>Landet telefonnummeret ditt hører til</translation>
    </message>
    <message>
        <source>M&amp;ailbox to search:</source>
        <translation>&amp;Innboks du vil søke i:</translation>
    </message>
    <message>
        <source>Copy search te&amp;xt</source>
        <translation>Kopie&amp;r søketeksten</translation>
    </message>
    <message>
        <source>Found a mail? Check its s&amp;ender:</source>
        <translation>Fant du en e-post? Sjekk &amp;avsenderen:</translation>
    </message>
    <message>
        <source>Chec&amp;k sender</source>
        <translation>Sje&amp;kk avsenderen</translation>
    </message>
    <message>
        <source>&amp;I found mail from {name} here</source>
        <translation>&amp;Jeg fant e-post fra {name} her</translation>
    </message>
    <message>
        <source>&amp;Open {service} search</source>
        <translation>&amp;Åpne søket i {service}</translation>
    </message>
    <message>
        <source>&amp;Open {service}</source>
        <translation>&amp;Åpne {service}</translation>
    </message>
    <message>
        <source>Search this inbo&amp;x</source>
        <translation>Søk i denne &amp;innboksen</translation>
    </message>
    <message>
        <source>Chec&amp;k hint</source>
        <translation>Sje&amp;kk hintet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Add {address} t&amp;oo</source>
        <translation>Legg &amp;også til {address}</translation>
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
        <translation>Mobilnummeret ditt</translation>
    </message>
    <message>
        <source>&amp;Mobile number:</source>
        <translation>&amp;Mobilnummer:</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>Send &amp;kode</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>Kode fra SMS-en</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Sekssifret kode</translation>
    </message>
    <message>
        <source>C&amp;onfirm code</source>
        <translation>Bekreft k&amp;oden</translation>
    </message>
    <message>
        <source>Search those inbo&amp;xes</source>
        <translation>Søk i disse &amp;innboksene</translation>
    </message>
    <message>
        <source>We will use {number} ({country}).</source>
        <translation>Vi bruker {number} ({country}).</translation>
    </message>
    <message>
        <source>only its sender address says {name}, and anyone can write that</source>
        <translation>bare avsenderadressen sier {name}, og den kan hvem som helst skrive</translation>
    </message>
    <message>
        <source>Mail on this computer</source>
        <translation>E-post på denne datamaskinen</translation>
    </message>
    <message>
        <source>Search the &amp;mail on this computer</source>
        <translation>Søk i e-posten på denne data&amp;maskinen</translation>
    </message>
    <message>
        <source>Mail folders found on this computer</source>
        <translation>E-postmapper funnet på denne datamaskinen</translation>
    </message>
    <message>
        <source>&amp;Read the ticked folders</source>
        <translation>&amp;Les de avkryssede mappene</translation>
    </message>
    <message>
        <source>A mailbox over IMAP</source>
        <translation>En postkasse over IMAP</translation>
    </message>
    <message>
        <source>e.g. name@gmail.com</source>
        <translation>f.eks. navn@gmail.com</translation>
    </message>
    <message>
        <source>Pass&amp;word or app password:</source>
        <translation>Pass&amp;ord eller app-passord:</translation>
    </message>
    <message>
        <source>&amp;Check this mailbox</source>
        <translation>S&amp;jekk denne postkassen</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Fremdrift for søket</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>the receiving mail server confirmed {name}&apos;s signature on it</source>
        <translation>mottakerens e-posttjener bekreftet signaturen til {name}</translation>
    </message>
    <message>
        <source>BreachGuard checked {name}&apos;s signature on it</source>
        <translation>BreachGuard sjekket signaturen til {name} selv</translation>
    </message>
    <message>
        <source>it is signed in {name}&apos;s name, but nobody checked the signature</source>
        <translation>den er signert i navnet til {name}, men ingen har sjekket signaturen</translation>
    </message>
    <message>
        <source>The password is used for this check only and is not kept. Many mail services want an app password for IMAP; their help pages say how to make one.</source>
        <translation>Passordet brukes bare til denne sjekken og lagres ikke. Mange e-posttjenester krever et app-passord for IMAP; hjelpesidene deres forklarer hvordan du lager et.</translation>
    </message>
    <message>
        <source>Looking for mail folders…</source>
        <translation>Leter etter e-postmapper …</translation>
    </message>
    <message>
        <source>You stopped the search: this covers only what was read before that.</source>
        <translation>Du stoppet søket: dette gjelder bare det som ble lest før det.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starter …</translation>
    </message>
    <message>
        <source>It is now your login email: step 2 is done.</source>
        <translation>Den er nå innloggings-e-posten din: steg 2 er ferdig.</translation>
    </message>
    <message>
        <source>Mailbo&amp;x (your email address):</source>
        <translation>Post&amp;kasse (e-postadressen din):</translation>
    </message>
    <message>
        <source>{service} lets other apps read your mail only through its own sign-in page, which BreachGuard does not use, so it cannot check this mailbox. Search it yourself on tab 2.</source>
        <translation>{service} lar andre apper lese e-posten din bare via sin egen innloggingsside, som BreachGuard ikke bruker. Derfor kan BreachGuard ikke sjekke denne postkassen. Søk i den selv på fane 2.</translation>
    </message>
    <message>
        <source>{service} can be read by other apps only through its own program on this computer, so BreachGuard cannot check this mailbox. Search it yourself on tab 2.</source>
        <translation>Andre apper kan lese {service} bare via tjenestens eget program på denne datamaskinen. Derfor kan BreachGuard ikke sjekke denne postkassen. Søk i den selv på fane 2.</translation>
    </message>
    <message>
        <source>BreachGuard will sign in to {host} as {user}.</source>
        <translation>BreachGuard logger inn på {host} som {user}.</translation>
    </message>
    <message>
        <source>For an address BreachGuard does not know, type it followed by @ and the IMAP server, e.g. ola@example.org@imap.example.org.</source>
        <translation>For en adresse BreachGuard ikke kjenner, skriv @ og IMAP-serveren etter den, f.eks. ola@example.org@imap.example.org.</translation>
    </message>
    <message>
        <source>{service} does not accept your normal password here: use an app password.</source>
        <translation>{service} godtar ikke det vanlige passordet ditt her: bruk et app-passord.</translation>
    </message>
    <message>
        <source>How to make one: {url}</source>
        <translation>Slik lager du et: {url}</translation>
    </message>
    <message>
        <source>IMAP is off at {service} until you switch it on in its settings.</source>
        <translation>IMAP er slått av hos {service} til du slår det på i innstillingene.</translation>
    </message>
    <message>
        <source>BreachGuard can look for mail from {name} for you: in the mail kept on this computer, or in one mailbox over IMAP. It reads only who sent each message, to whom, and when; never the text of a message.</source>
        <translation>BreachGuard kan lete etter e-post fra {name} for deg: i e-posten som ligger på denne datamaskinen, eller i én postkasse over IMAP. Den leser bare hvem som sendte hver melding, til hvem og når, aldri teksten i en melding.</translation>
    </message>
    <message>
        <source>BreachGuard found these mail folders. It reads only the ones you leave ticked:</source>
        <translation>BreachGuard fant disse e-postmappene. Den leser bare dem du lar stå avkrysset:</translation>
    </message>
    <message>
        <source>Thunderbird and Evolution keep copies of mail on this computer.</source>
        <translation>Thunderbird og Evolution lagrer kopier av e-post på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Use {address} as my log&amp;in email</source>
        <translation>Bruk {address} som min &amp;innloggings-e-post</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>en ukjent adresse</translation>
    </message>
    <message>
        <source>If you sign in to {service} with two-step verification, use an app password instead of your normal password.</source>
        <translation>Hvis du logger inn hos {service} med totrinnsbekreftelse, bruker du et app-passord i stedet for det vanlige passordet.</translation>
    </message>
    <message>
        <source>How to switch it on: {url}</source>
        <translation>Slik slår du det på: {url}</translation>
    </message>
    <message>
        <source>No Thunderbird or Evolution mail was found on this computer. Check a mailbox over IMAP below, or search your inboxes yourself on tab 2.</source>
        <translation>Fant ingen e-post fra Thunderbird eller Evolution på denne datamaskinen. Sjekk en postkasse over IMAP nedenfor, eller søk selv i innboksene på fane 2.</translation>
    </message>
    <message>
        <source>Not read: {list}</source>
        <translation>Ikke lest: {list}</translation>
    </message>
    <message>
        <source>No mail from {name} was found in what BreachGuard read. Try another mailbox, or search your inboxes yourself on tab 2.</source>
        <translation>Fant ingen e-post fra {name} i det BreachGuard leste. Prøv en annen postkasse, eller søk selv i innboksene på fane 2.</translation>
    </message>
    <message>
        <source>(from {first} to {latest})</source>
        <translation>(fra {first} til {latest})</translation>
    </message>
    <message>
        <source>&amp;1. Your addresses</source>
        <translation>&amp;1. Adressene dine</translation>
    </message>
    <message>
        <source>&amp;3. Search for me</source>
        <translation>&amp;3. Søk for meg</translation>
    </message>
    <message>
        <source>BreachGuard does not know which addresses {name} sends its mail from: no public source it trusts lists them. So it cannot search your mail for {name}&apos;s messages or tell them from look-alikes. Search your mailboxes for “{name}” yourself, treat every message as unconfirmed, and never sign in through a link in an email: type the address of {name}&apos;s website yourself.</source>
        <translation>BreachGuard vet ikke hvilke adresser {name} sender e-post fra: ingen offentlig kilde den stoler på, lister dem opp. Derfor kan den ikke søke i e-posten din etter meldinger fra {name} eller skille dem fra etterligninger. Søk selv etter «{name}» i postkassene dine, regn hver melding som ubekreftet, og logg aldri inn via en lenke i en e-post: skriv inn adressen til nettstedet til {name} selv.</translation>
    </message>
    <message>
        <source>one of your addresses, exactly</source>
        <translation>nøyaktig én av adressene dine</translation>
    </message>
    <message>
        <source>another spelling of one of your addresses</source>
        <translation>en annen stavemåte av en av adressene dine</translation>
    </message>
    <message>
        <source>an address that is not in your list</source>
        <translation>en adresse som ikke står i listen din</translation>
    </message>
    <message>
        <source>a hint that fits {count} of your addresses</source>
        <translation>et hint som passer med {count} av adressene dine</translation>
    </message>
    <message>
        <source>Show support contacts and a case summar&amp;y</source>
        <translation>Vis kontaktinfo for kundestøtten og et sakssammen&amp;drag</translation>
    </message>
    <message>
        <source>Co&amp;py case summary</source>
        <translation>Ko&amp;pier sakssammendraget</translation>
    </message>
    <message>
        <source>Last lookup problem: {problem}</source>
        <translation>Siste problem med oppslaget: {problem}</translation>
    </message>
    <message>
        <source>The exchange&apos;s answer: {answer}</source>
        <translation>Svaret fra børsen: {answer}</translation>
    </message>
    <message>
        <source>Asking {name}…</source>
        <translation>Spør {name}…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Sjekker koden…</translation>
    </message>
    <message>
        <source>If an account uses this number, {name} has sent a code by SMS. Type it below within {minutes} minutes.</source>
        <translation>Hvis en konto bruker dette nummeret, har {name} sendt en kode på SMS. Skriv den inn nedenfor innen {minutes} minutter.</translation>
    </message>
    <message>
        <source>Attempts left: {n}.</source>
        <translation>Du har {n} forsøk igjen.</translation>
    </message>
    <message>
        <source>You can ask for a new code in {minutes}:{seconds:02d}.</source>
        <translation>Du kan be om en ny kode om {minutes}:{seconds:02d}.</translation>
    </message>
    <message>
        <source>Is it a number from another country? Pick that country above, or type the number with + and its country code.</source>
        <translation>Er det et nummer fra et annet land? Velg det landet ovenfor, eller skriv nummeret med + og landskoden.</translation>
    </message>
    <message>
        <source>This looks like a number from {country} (+{code}). Use {country}?</source>
        <translation>Dette ser ut som et nummer fra {country} (+{code}). Vil du bruke {country}?</translation>
    </message>
    <message>
        <source>Use {country} &amp;instead</source>
        <translation>Bruk {country} i st&amp;edet</translation>
    </message>
    <message>
        <source>Sign in with {email}</source>
        <translation>Logg inn med {email}</translation>
    </message>
    <message>
        <source>Sign in with {email}. Its mail arrives in your {mine} inbox, but the exchange knows your account by exactly this spelling.</source>
        <translation>Logg inn med {email}. E-posten kommer i innboksen for {mine}, men børsen kjenner kontoen din under akkurat denne stavemåten.</translation>
    </message>
    <message>
        <source>None of your addresses match. The account uses {email}: sign in with that address (it was added to your list).</source>
        <translation>Ingen av adressene dine stemmer. Kontoen bruker {email}: logg inn med den adressen (den er lagt til i listen din).</translation>
    </message>
    <message>
        <source>None of your addresses match: the account uses {hint}; look in that mailbox.</source>
        <translation>Ingen av adressene dine stemmer: kontoen bruker {hint}; se i den innboksen.</translation>
    </message>
    <message>
        <source>Sign in with {email}: it is the only one of your addresses that fits the exchange&apos;s hint {hint}. If it fails, the account may use a +tag or dotted variant of it.</source>
        <translation>Logg inn med {email}: det er den eneste av adressene dine som passer med børsens hint {hint}. Virker det ikke, bruker kontoen kanskje en variant med +tillegg eller punktum.</translation>
    </message>
    <message>
        <source>Several of your addresses fit the exchange&apos;s hint {hint}: {addresses}. Search those inboxes for mail from the exchange.</source>
        <translation>Flere av adressene dine passer med børsens hint {hint}: {addresses}. Søk etter e-post fra børsen i disse innboksene.</translation>
    </message>
    <message>
        <source>Still stuck? Contact {name} support</source>
        <translation>Står du fortsatt fast? Kontakt kundestøtten hos {name}</translation>
    </message>
    <message>
        <source>If no mailbox has mail from {name} and the lookup didn&apos;t help, support can re-check your identity. Contact them only this way: {contacts}. Support never asks for your password, codes or seed phrase.</source>
        <translation>Hvis ingen innboks har e-post fra {name} og oppslaget ikke hjalp, kan kundestøtten sjekke identiteten din på nytt. Kontakt dem bare på denne måten: {contacts}. Kundestøtten ber aldri om passordet ditt, koder eller gjenopprettingsfrasen.</translation>
    </message>
    <message>
        <source>Case summary to send to support</source>
        <translation>Sakssammendrag til kundestøtten</translation>
    </message>
    <message>
        <source>&amp;2. Search yourself</source>
        <translation>&amp;2. Søk selv</translation>
    </message>
    <message>
        <source>&amp;4. Ask {name}</source>
        <translation>&amp;4. Spør {name}</translation>
    </message>
    <message>
        <source>If no mailbox has mail from {name}, support can re-check your identity. BreachGuard does not know {name}&apos;s support contact: open {website} by typing it yourself and find it there, never through a link in an email. Genuine support never asks for your password, codes or seed phrase.</source>
        <translation>Hvis ingen postkasse har e-post fra {name}, kan kundestøtten sjekke identiteten din på nytt. BreachGuard kjenner ikke kundestøttekontakten til {name}: åpne {website} ved å skrive det inn selv, og finn den der, aldri via en lenke i en e-post. Ekte kundestøtte ber aldri om passordet ditt, koder eller gjenopprettingsfrasen.</translation>
    </message>
    <message>
        <source>BreachGuard case summary for {name}</source>
        <translation>BreachGuard-sakssammendrag for {name}</translation>
    </message>
    <message>
        <source>Step: {step}</source>
        <translation>Steg: {step}</translation>
    </message>
    <message>
        <source>Addresses checked: {count} ({list})</source>
        <translation>Sjekkede adresser: {count} ({list})</translation>
    </message>
    <message>
        <source>Login email found: {email}</source>
        <translation>Innloggingsadresse funnet: {email}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message>
        <source>Phone used for the lookup: {phone}</source>
        <translation>Telefonnummer brukt i oppslaget: {phone}</translation>
    </message>
</context>
<context>
    <name>EnrollPage</name>
    <message>
        <source>Set up two-factor authentication again</source>
        <translation>Sett opp tofaktorautentisering på nytt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Phone only?</source>
        <translation>Bare på telefonen?</translation>
    </message>
    <message>
        <source>BreachGuard will not keep a copy of the new key: it goes into the authenticator app on your phone and nowhere else. If you lose the phone, you need the exchange&apos;s recovery codes or support. Go on without the keyring?</source>
        <translation>BreachGuard beholder ingen kopi av den nye nøkkelen: den legges i autentiseringsappen på telefonen din og ingen andre steder. Mister du telefonen, trenger du gjenopprettingskodene fra børsen eller hjelp fra kundestøtten. Vil du fortsette uten nøkkelringen?</translation>
    </message>
    <message>
        <source>Set up another code?</source>
        <translation>Sette opp enda en nøkkel?</translation>
    </message>
    <message>
        <source>You are done: the exchange confirmed your new key. Set up another one only if the exchange asks you to. Once the exchange confirms a newer key, the key you have now usually stops working, and so may its recovery codes.</source>
        <translation>Du er ferdig: Børsen har bekreftet den nye nøkkelen din. Sett opp enda en bare hvis børsen ber deg om det. Når børsen bekrefter en nyere nøkkel, slutter den du har nå som regel å virke, og det kan også gjenopprettingskodene dens gjøre.</translation>
    </message>
    <message>
        <source>Set up &amp;another</source>
        <translation>Sett opp &amp;enda en</translation>
    </message>
    <message>
        <source>Discard this setup?</source>
        <translation>Forkaste dette oppsettet?</translation>
    </message>
    <message>
        <source>Code copied. The clipboard is cleared in {seconds} seconds.</source>
        <translation>Koden er kopiert. Utklippstavlen tømmes om {seconds} sekunder.</translation>
    </message>
</context>
<context>
    <name>ExchangePicker</name>
    <message>
        <source>imported profile</source>
        <translation>importert profil</translation>
    </message>
    <message>
        <source>demo with sample data, touches no real account</source>
        <translation>demo med eksempeldata, rører ingen ekte konto</translation>
    </message>
    <message>
        <source>Community profile — not published by {0}</source>
        <translation>Fellesskapsprofil — ikke publisert av {0}</translation>
    </message>
    <message>
        <source>Choose your exchange</source>
        <translation>Velg børsen din</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Name or website, e.g. kraken.com</source>
        <translation>Navn eller nettsted, f.eks. kraken.com</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Børser</translation>
    </message>
    <message>
        <source>Community profiles hold public facts about an exchange: its websites, status page, email senders and 2FA names, each from a cited source. They are not published by the exchange and never show anything as verified. If your exchange gives you its own profile file, import it with File → Exchange.</source>
        <translation>Fellesskapsprofiler inneholder offentlige fakta om en børs: nettsteder, statusside, e-postavsendere og 2FA-navn, hver med oppgitt kilde. De er ikke publisert av børsen og viser aldri noe som verifisert. Hvis børsen gir deg sin egen profilfil, importerer du den med Fil → Børs.</translation>
    </message>
    <message>
        <source>&amp;Use this exchange</source>
        <translation>&amp;Bruk denne børsen</translation>
    </message>
    <message>
        <source>bundled with {0}</source>
        <translation>følger med {0}</translation>
    </message>
    <message>
        <source>Which exchange is your account with? Type its name or website. Start with the Demo Exchange to try every step on sample data.</source>
        <translation>Hvilken børs har du kontoen din hos? Skriv inn navnet eller nettstedet. Begynn med Demo Exchange for å prøve hvert steg med eksempeldata.</translation>
    </message>
    <message>
        <source>Which exchange is your account with? Type its name or website.</source>
        <translation>Hvilken børs har du kontoen din hos? Skriv inn navnet eller nettstedet.</translation>
    </message>
    <message>
        <source>No exchange matches “{0}”. BreachGuard does not know it yet: ask the exchange for its BreachGuard profile file, or start with the Demo Exchange.</source>
        <translation>Ingen børs passer til «{0}». BreachGuard kjenner den ikke ennå: be børsen om BreachGuard-profilfilen, eller begynn med Demo Exchange.</translation>
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message numerus="yes">
        <source>%n other services working normally</source>
        <translation>
            <numerusform>%n annen tjeneste fungerer normalt</numerusform>
            <numerusform>%n andre tjenester fungerer normalt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryBox</name>
    <message>
        <source>Your 2FA keys for this exchange</source>
        <translation>2FA-nøklene dine for denne børsen</translation>
    </message>
    <message>
        <source>&amp;Continue the unfinished setup</source>
        <translation>Fortsett det uferdige o&amp;ppsettet</translation>
    </message>
    <message>
        <source>No 2FA keys saved for this exchange yet.</source>
        <translation>Ingen 2FA-nøkler er lagret for denne børsen ennå.</translation>
    </message>
    <message>
        <source>revoked by the exchange, codes hidden</source>
        <translation>tilbakekalt av børsen, kodene er skjult</translation>
    </message>
    <message>
        <source>setup not finished</source>
        <translation>oppsettet er ikke fullført</translation>
    </message>
    <message>
        <source>working? (see below)</source>
        <translation>virker? (se nedenfor)</translation>
    </message>
    <message>
        <source>working</source>
        <translation>virker</translation>
    </message>
    <message>
        <source>{exchange} – {account} – created {created} – {status}</source>
        <translation>{exchange} – {account} – opprettet {created} – {status}</translation>
    </message>
    <message>
        <source>(no account name)</source>
        <translation>(uten kontonavn)</translation>
    </message>
    <message>
        <source>The exchange revoked this key. Set up a new one above; this entry is removed once the new key is confirmed.</source>
        <translation>Børsen har tilbakekalt denne nøkkelen. Sett opp en ny ovenfor; denne oppføringen fjernes når den nye nøkkelen er bekreftet.</translation>
    </message>
    <message>
        <source>You began this setup earlier; its key is in your keyring. Continue it to finish.</source>
        <translation>Du begynte på dette oppsettet tidligere; nøkkelen ligger i nøkkelringen din. Fortsett oppsettet for å fullføre det.</translation>
    </message>
    <message>
        <source>BreachGuard could not compare clocks with the exchange when this key was made, so it cannot tell whether a revocation affects it. If the exchange refuses its codes, set up a new key.</source>
        <translation>BreachGuard kunne ikke sammenligne klokken med børsens da denne nøkkelen ble laget, og kan derfor ikke si om en tilbakekalling gjelder den. Hvis børsen avviser kodene fra den, setter du opp en ny nøkkel.</translation>
    </message>
</context>
<context>
    <name>KeyringView</name>
    <message>
        <source>BreachGuard keeps your new 2FA key only in your computer&apos;s keyring, never in a file. It saves the key there before it shows you a single code, so a key the exchange accepts is never lost.</source>
        <translation>BreachGuard oppbevarer den nye 2FA-nøkkelen din bare i nøkkelringen på datamaskinen, aldri i en fil. Nøkkelen lagres der før du får se en eneste kode, så en nøkkel som børsen godtar, går aldri tapt.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>Or go on without the keyring: add the new key to an authenticator app on your phone only. BreachGuard will not keep a copy of it, so it cannot show you codes later.</source>
        <translation>Eller fortsett uten nøkkelringen: legg den nye nøkkelen bare til i en autentiseringsapp på telefonen. BreachGuard beholder ingen kopi av den og kan derfor ikke vise deg koder senere.</translation>
    </message>
    <message>
        <source>Add it to my &amp;phone only…</source>
        <translation>&amp;Legg den bare til på telefonen…</translation>
    </message>
    <message>
        <source>Checking your keyring…</source>
        <translation>Sjekker nøkkelringen din…</translation>
    </message>
    <message>
        <source>Your keyring is locked</source>
        <translation>Nøkkelringen din er låst</translation>
    </message>
    <message>
        <source>This computer has no keyring BreachGuard can use</source>
        <translation>Denne datamaskinen har ingen nøkkelring BreachGuard kan bruke</translation>
    </message>
    <message>
        <source>The only keyring here does not encrypt</source>
        <translation>Den eneste nøkkelringen her krypterer ikke</translation>
    </message>
    <message>
        <source>Your keyring does not answer</source>
        <translation>Nøkkelringen din svarer ikke</translation>
    </message>
    <message>
        <source>Your keyring cannot be used right now</source>
        <translation>Nøkkelringen din kan ikke brukes akkurat nå</translation>
    </message>
</context>
<context>
    <name>MailSearchView</name>
    <message numerus="yes">
        <source>Reading {where}: %n messages so far</source>
        <translation>
            <numerusform>Leser {where}: %n melding så langt</numerusform>
            <numerusform>Leser {where}: %n meldinger så langt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likely login email: {address}. It received %n messages from {name}; the strongest sign they are real: {why}.</source>
        <translation>
            <numerusform>Sannsynlig innloggings-e-post: {address}. Den fikk %n melding fra {name}; det sterkeste tegnet på at den er ekte: {why}.</numerusform>
            <numerusform>Sannsynlig innloggings-e-post: {address}. Den fikk %n meldinger fra {name}; det sterkeste tegnet på at de er ekte: {why}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages from {domain} reached {address}. {domain} only looks like {name}: they are scams. Don&apos;t click their links or answer them.</source>
        <translation>
            <numerusform>%n melding fra {domain} kom til {address}. {domain} bare ligner på {name}: det er svindel. Ikke klikk på lenkene, og ikke svar.</numerusform>
            <numerusform>%n meldinger fra {domain} kom til {address}. {domain} bare ligner på {name}: det er svindel. Ikke klikk på lenkene, og ikke svar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages were read.</source>
        <translation>
            <numerusform>%n melding ble lest.</numerusform>
            <numerusform>%n meldinger ble lest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{address}: %n messages from {name}{span}.</source>
        <translation>
            <numerusform>{address}: %n melding fra {name}{span}.</numerusform>
            <numerusform>{address}: %n meldinger fra {name}{span}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them failed the signature check and may be forged.</source>
        <translation>
            <numerusform>%n av dem besto ikke signatursjekken og kan være forfalsket.</numerusform>
            <numerusform>%n av dem besto ikke signatursjekken og kan være forfalsket.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>{0} — sample data. Nothing you do here touches a real account.</source>
        <translation>{0} — eksempeldata. Ingenting du gjør her, påvirker en ekte konto.</translation>
    </message>
    <message>
        <source>Step {0}: {1}</source>
        <translation>Steg {0}: {1}</translation>
    </message>
    <message>
        <source>A private window is open — your support agent can&apos;t see it, on purpose.</source>
        <translation>Et privat vindu er åpent — kundestøtten kan med vilje ikke se det.</translation>
    </message>
    <message>
        <source>Exchange: {0} ({1})</source>
        <translation>Børs: {0} ({1})</translation>
    </message>
    <message>
        <source>Exchange: {0}</source>
        <translation>Børs: {0}</translation>
    </message>
    <message>
        <source>I&apos;m on a call with s&amp;upport</source>
        <translation>Jeg er i en &amp;samtale med kundestøtten</translation>
    </message>
    <message>
        <source>Hides your email, phone number, codes and secrets, and shows step ids your support agent can follow.</source>
        <translation>Skjuler e-postadressen, telefonnummeret, koder og hemmeligheter, og viser steg-ID-er som kundestøtten kan følge.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Exchange</source>
        <translation>&amp;Børs</translation>
    </message>
    <message>
        <source>&amp;Choose exchange…</source>
        <translation>&amp;Velg børs…</translation>
    </message>
    <message>
        <source>&amp;Import exchange profile…</source>
        <translation>&amp;Importer børsprofil…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Neste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>I&apos;m on a call with &amp;support</source>
        <translation>Jeg er i en samtale med &amp;kundestøtten</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemspråk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Copy &amp;support report…</source>
        <translation>Kopier &amp;rapport til kundestøtten…</translation>
    </message>
    <message>
        <source>&amp;About BreachGuard</source>
        <translation>&amp;Om BreachGuard</translation>
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
        <translation>innebygd</translation>
    </message>
    <message>
        <source>bundled with {0}</source>
        <translation>følger med {0}</translation>
    </message>
    <message>
        <source>imported from {0} on {1}</source>
        <translation>importert fra {0} den {1}</translation>
    </message>
    <message>
        <source>imported from a file</source>
        <translation>importert fra en fil</translation>
    </message>
    <message>
        <source>Profile id: {0}</source>
        <translation>Profil-ID: {0}</translation>
    </message>
    <message>
        <source>Websites: {0}</source>
        <translation>Nettsteder: {0}</translation>
    </message>
    <message>
        <source>Signed by key {0}</source>
        <translation>Signert med nøkkelen {0}</translation>
    </message>
    <message>
        <source>{0} — done</source>
        <translation>{0} — ferdig</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>passordet ditt</translation>
    </message>
    <message>
        <source>2FA codes</source>
        <translation>2FA-koder</translation>
    </message>
    <message>
        <source>your authenticator secret or QR code</source>
        <translation>hemmeligheten eller QR-koden til autentiseringsappen</translation>
    </message>
    <message>
        <source>your seed phrase</source>
        <translation>gjenopprettingsfrasen din</translation>
    </message>
    <message>
        <source>remote access to your computer</source>
        <translation>fjerntilgang til datamaskinen din</translation>
    </message>
    <message>
        <source>to move your funds</source>
        <translation>å flytte midlene dine</translation>
    </message>
    <message>
        <source>Support mode: your email, phone number, codes and secrets are hidden. Never give anyone: {0}. Genuine support staff do not need them.</source>
        <translation>Kundestøttemodus: e-postadressen, telefonnummeret, koder og hemmeligheter er skjult. Gi aldri noen: {0}. Ekte kundestøtte trenger ikke dette.</translation>
    </message>
    <message>
        <source>Support mode: your email, phone number, codes and secrets are hidden. {0} staff will never ask you for: {1}.</source>
        <translation>Kundestøttemodus: e-postadressen, telefonnummeret, koder og hemmeligheter er skjult. Ansatte i {0} vil aldri be deg om: {1}.</translation>
    </message>
    <message>
        <source>Your 2FA setup is not finished</source>
        <translation>2FA-oppsettet ditt er ikke ferdig</translation>
    </message>
    <message>
        <source>&amp;Stay here</source>
        <translation>&amp;Bli her</translation>
    </message>
    <message>
        <source>Change the &amp;language anyway</source>
        <translation>Bytt &amp;språk likevel</translation>
    </message>
    <message>
        <source>Switch &amp;exchange anyway</source>
        <translation>Bytt børs &amp;likevel</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Avslutt likevel</translation>
    </message>
    <message>
        <source>{0}: community profile — not published by {0}. BreachGuard uses only public facts about {0}, each from a cited source, and nothing here comes verified from {0}. If {0} gives you its own profile file, import it with File → Exchange.</source>
        <translation>{0}: fellesskapsprofil — ikke publisert av {0}. BreachGuard bruker bare offentlige fakta om {0}, hver med oppgitt kilde, og ingenting her er verifisert av {0}. Hvis {0} gir deg sin egen profilfil, importerer du den med Fil → Børs.</translation>
    </message>
    <message>
        <source>Import exchange profile</source>
        <translation>Importer børsprofil</translation>
    </message>
    <message>
        <source>Exchange profiles (*.json)</source>
        <translation>Børsprofiler (*.json)</translation>
    </message>
    <message>
        <source>BreachGuard could not open {0}: its profile is no longer installed, or its file is damaged.

It shows {1} instead. Choose your exchange with File → Exchange → Choose exchange…, or import its profile file again.</source>
        <translation>BreachGuard kunne ikke åpne {0}: profilen er ikke lenger installert, eller filen er skadet.

Den viser {1} i stedet. Velg børsen din med Fil → Børs → Velg børs…, eller importer profilfilen på nytt.</translation>
    </message>
    <message>
        <source>Your exchange could not be opened</source>
        <translation>Børsen din kunne ikke åpnes</translation>
    </message>
    <message>
        <source>About BreachGuard</source>
        <translation>Om BreachGuard</translation>
    </message>
    <message>
        <source>BreachGuard {0}

Helps you through the day after your exchange was breached: verified notices, the right login email and a safe 2FA re-enrollment.</source>
        <translation>BreachGuard {0}

Hjelper deg gjennom dagen etter at børsen din ble utsatt for innbrudd: bekreftede meldinger, riktig innloggingsadresse og et trygt nytt 2FA-oppsett.</translation>
    </message>
</context>
<context>
    <name>PrivateWindow</name>
    <message>
        <source>BreachGuard — private window</source>
        <translation>BreachGuard — privat vindu</translation>
    </message>
    <message>
        <source>Before anything secret is shown: pause screen sharing or remote access now. Nobody from the exchange or from support ever needs to see what this window shows.</source>
        <translation>Før noe hemmelig vises: sett skjermdeling eller fjerntilgang på pause nå. Ingen fra børsen eller kundestøtten trenger noen gang å se det dette vinduet viser.</translation>
    </message>
    <message>
        <source>Add to an authenticator app on your phone</source>
        <translation>Legg til i en autentiseringsapp på telefonen</translation>
    </message>
    <message>
        <source>In the authenticator app on your phone, choose “add account” and scan this QR code, or type the key below.</source>
        <translation>Velg «legg til konto» i autentiseringsappen på telefonen og skann denne QR-koden, eller skriv inn nøkkelen nedenfor.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Gjenopprettingskoder</translation>
    </message>
    <message>
        <source>Each code works once. Tick a code when you have used it; the marks are saved in your keyring.</source>
        <translation>Hver kode virker én gang. Kryss av en kode når du har brukt den; merkene lagres i nøkkelringen din.</translation>
    </message>
    <message>
        <source>I have &amp;paused screen sharing</source>
        <translation>Jeg har satt skjermdelingen på &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Close and hide everything</source>
        <translation>&amp;Lukk og skjul alt</translation>
    </message>
    <message>
        <source>Esc also closes this window</source>
        <translation>Esc lukker også dette vinduet</translation>
    </message>
    <message>
        <source>Your current code</source>
        <translation>Den gjeldende koden din</translation>
    </message>
    <message>
        <source>Type this code into the exchange&apos;s website.</source>
        <translation>Skriv inn denne koden på børsens nettsted.</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>QR-kode for autentiseringsappen</translation>
    </message>
    <message>
        <source>Key: {key}</source>
        <translation>Nøkkel: {key}</translation>
    </message>
    <message>
        <source>QR code hidden until you pause screen sharing.</source>
        <translation>QR-koden er skjult til du setter skjermdelingen på pause.</translation>
    </message>
    <message>
        <source>QR code hidden</source>
        <translation>QR-koden er skjult</translation>
    </message>
    <message>
        <source>Current code: {code}</source>
        <translation>Gjeldende kode: {code}</translation>
    </message>
    <message>
        <source>Current code: {code} (changes in {seconds} s)</source>
        <translation>Gjeldende kode: {code} (skifter om {seconds} s)</translation>
    </message>
    <message>
        <source>used</source>
        <translation>brukt</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>ubrukt</translation>
    </message>
</context>
<context>
    <name>ProfileUpdateDialog</name>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <source>&amp;Install the update</source>
        <translation>&amp;Installer oppdateringen</translation>
    </message>
    <message>
        <source>&amp;Add as another exchange</source>
        <translation>&amp;Legg til som en annen børs</translation>
    </message>
    <message>
        <source>Exchange profile not imported</source>
        <translation>Børsprofilen ble ikke importert</translation>
    </message>
    <message>
        <source>Update the profile of {0}?</source>
        <translation>Oppdatere profilen til {0}?</translation>
    </message>
    <message>
        <source>Add a second exchange with the same name?</source>
        <translation>Legge til en børs til med samme navn?</translation>
    </message>
    <message>
        <source>The file {0} was not imported: the Demo Exchange is built into the app.</source>
        <translation>Filen {0} ble ikke importert: Demo Exchange er bygd inn i appen.</translation>
    </message>
    <message>
        <source>The file {0} was not imported: the profile of {1} comes with this app and is updated only with the app, never from a file. It would have changed:</source>
        <translation>Filen {0} ble ikke importert: profilen til {1} følger med denne appen og oppdateres bare sammen med appen, aldri fra en fil. Den ville ha endret:</translation>
    </message>
    <message>
        <source>The file {0} was not imported: it replaces the keys that notices from {1} must be signed with, and it is not signed by a key {1} uses now. Such a file could make forged notices look verified. It would have changed:</source>
        <translation>Filen {0} ble ikke importert: den erstatter nøklene som meldinger fra {1} må være signert med, og den er ikke signert med en nøkkel som {1} bruker nå. En slik fil kunne fått forfalskede meldinger til å se bekreftet ut. Den ville ha endret:</translation>
    </message>
    <message>
        <source>The file {0} would replace the community profile of {1}, which {1} did not publish. Import it only if {1} itself gave you this file. Nothing has changed yet. Check every difference:</source>
        <translation>Filen {0} ville erstattet fellesskapsprofilen til {1}, som {1} ikke har publisert. Importer den bare hvis {1} selv ga deg filen. Ingenting er endret ennå. Sjekk hver forskjell:</translation>
    </message>
    <message>
        <source>The file {0} would change the installed profile of {1} ({2}). Nothing has changed yet. Check every difference:</source>
        <translation>Filen {0} vil endre den installerte profilen til {1} ({2}). Ingenting er endret ennå. Sjekk hver forskjell:</translation>
    </message>
    <message>
        <source>The file {0} is a new exchange ({1}) that uses the same name as the installed {2} ({3}). It is not an update of {2}: a file that says it is may be a phishing attempt. How it differs from {3}:</source>
        <translation>Filen {0} er en ny børs ({1}) som bruker samme navn som den installerte {2} ({3}). Den er ikke en oppdatering av {2}: en fil som påstår det, kan være et svindelforsøk (phishing). Slik skiller den seg fra {3}:</translation>
    </message>
    <message>
        <source>The file {0} cannot be imported.</source>
        <translation>Filen {0} kan ikke importeres.</translation>
    </message>
    <message>
        <source>✓ Signed by key {0}, which {1} uses now.</source>
        <translation>✓ Signert med nøkkelen {0}, som {1} bruker nå.</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>Filen er ikke signert.</translation>
    </message>
    <message>
        <source>Its signature is not from a key {0} uses now ({1}).</source>
        <translation>Signaturen er ikke fra en nøkkel som {0} bruker nå ({1}).</translation>
    </message>
    <message>
        <source>If the exchange really changed its keys, ask it for the profile together with its signature file ({0}.minisig) and import both from the same folder.</source>
        <translation>Hvis børsen virkelig har byttet nøkler, be den om profilen sammen med signaturfilen ({0}.minisig), og importer begge fra samme mappe.</translation>
    </message>
    <message>
        <source>Accept only if the exchange itself told you to install this file, on its official website. An email or chat message asking you to is a warning sign.</source>
        <translation>Godta bare hvis børsen selv har bedt deg installere denne filen, på sitt offisielle nettsted. En e-post eller chatmelding som ber deg om det, er et varselsignal.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>RecoveryCodesBox</name>
    <message>
        <source>Recovery codes</source>
        <translation>Gjenopprettingskoder</translation>
    </message>
    <message>
        <source>The exchange gives you recovery codes for when your 2FA device is lost. Keep them in your keyring here: paste them (saving replaces any codes saved before). They are only ever shown in the private window.</source>
        <translation>Børsen gir deg gjenopprettingskoder i tilfelle du mister 2FA-enheten. Oppbevar dem i nøkkelringen her: lim dem inn (lagring erstatter koder som er lagret fra før). De vises bare i det private vinduet.</translation>
    </message>
    <message>
        <source>Recovery codes, separated by spaces</source>
        <translation>Gjenopprettingskoder, skilt med mellomrom</translation>
    </message>
    <message>
        <source>Save co&amp;des</source>
        <translation>L&amp;agre kodene</translation>
    </message>
    <message>
        <source>Paste and save fro&amp;m the clipboard</source>
        <translation>Li&amp;m inn fra utklippstavlen og lagre</translation>
    </message>
    <message>
        <source>Show recover&amp;y codes…</source>
        <translation>Vis gj&amp;enopprettingskoder…</translation>
    </message>
    <message>
        <source>Available once a working 2FA key for this exchange is saved.</source>
        <translation>Tilgjengelig når en 2FA-nøkkel som virker, er lagret for denne børsen.</translation>
    </message>
    <message>
        <source>Saved {count} recovery codes in your keyring.</source>
        <translation>Lagret {count} gjenopprettingskoder i nøkkelringen din.</translation>
    </message>
    <message>
        <source>Saved {count} recovery codes in your keyring and removed them from the clipboard.</source>
        <translation>Lagret {count} gjenopprettingskoder i nøkkelringen din og fjernet dem fra utklippstavlen.</translation>
    </message>
    <message>
        <source>Saving in your keyring…</source>
        <translation>Lagrer i nøkkelringen din…</translation>
    </message>
    <message>
        <source>Reading from your keyring…</source>
        <translation>Leser fra nøkkelringen din…</translation>
    </message>
    <message>
        <source>No recovery codes saved for this key yet.</source>
        <translation>Ingen gjenopprettingskoder er lagret for denne nøkkelen ennå.</translation>
    </message>
    <message>
        <source>{unused} of {count} recovery codes unused (shown in the private window).</source>
        <translation>{unused} av {count} gjenopprettingskoder er ubrukt (vises i det private vinduet).</translation>
    </message>
    <message>
        <source>Saved: {count} recovery codes with their used marks.</source>
        <translation>Lagret: {count} gjenopprettingskoder med merker for brukte koder.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Support report</source>
        <translation>Rapport til kundestøtten</translation>
    </message>
    <message>
        <source>This is everything the support report contains. It has no passwords, 2FA secrets or codes, and email addresses and phone numbers are masked. Nothing leaves this computer: it is only copied when you press “Copy to clipboard”, so you can paste it into your message to support.</source>
        <translation>Dette er alt rapporten til kundestøtten inneholder. Den har ingen passord, 2FA-hemmeligheter eller koder, og e-postadresser og telefonnumre er maskert. Ingenting forlater denne datamaskinen: rapporten kopieres bare når du trykker «Kopier til utklippstavlen», slik at du kan lime den inn i meldingen til kundestøtten.</translation>
    </message>
    <message>
        <source>Putting the report together… Checking the keyring and the exchange&apos;s clock can take a few seconds.</source>
        <translation>Setter sammen rapporten… Det kan ta noen sekunder å sjekke nøkkelringen og børsens klokke.</translation>
    </message>
    <message>
        <source>Putting the report together</source>
        <translation>Setter sammen rapporten</translation>
    </message>
    <message>
        <source>Support report text</source>
        <translation>Teksten i rapporten til kundestøtten</translation>
    </message>
    <message>
        <source>The report appears here.</source>
        <translation>Rapporten vises her.</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Kopier til utklippstavlen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Read the report below. It is in English, so that any support team can read it. Press “Copy to clipboard” to copy all of it.</source>
        <translation>Les rapporten nedenfor. Den er på engelsk, slik at alle kundestøtteteam kan lese den. Trykk «Kopier til utklippstavlen» for å kopiere hele.</translation>
    </message>
    <message>
        <source>The report could not be put together</source>
        <translation>Rapporten kunne ikke settes sammen</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to support ({0}).</source>
        <translation>Kopiert. Lim den inn i meldingen til kundestøtten ({0}).</translation>
    </message>
</context>
<context>
    <name>SameComputerNotice</name>
    <message>
        <source>Codes shown on the computer you sign in from are a weaker second factor: anyone who gets into this computer has your password and your codes. Safer: add the key to an authenticator app on your phone.</source>
        <translation>Koder som vises på den samme datamaskinen du logger inn fra, er en svakere andre faktor: den som kommer seg inn på denne datamaskinen, har både passordet og kodene dine. Tryggere: legg nøkkelen til i en autentiseringsapp på telefonen.</translation>
    </message>
    <message>
        <source>Show on my &amp;phone instead…</source>
        <translation>Vis &amp;på telefonen i stedet…</translation>
    </message>
    <message>
        <source>Opens a private window with the QR code and key for your phone</source>
        <translation>Åpner et privat vindu med QR-koden og nøkkelen til telefonen</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <source>Your exchange revoked the old 2FA codes.
1. Start the new 2FA setup on the exchange&apos;s own website: it shows a QR code or a setup link.
2. Bring it in here, in any of these ways. BreachGuard saves the new key in your keyring before it shows you a code.</source>
        <translation>Børsen din har tilbakekalt de gamle 2FA-kodene.
1. Start det nye 2FA-oppsettet på børsens eget nettsted: der får du en QR-kode eller en oppsettlenke.
2. Hent den inn hit på en av disse måtene. BreachGuard lagrer den nye nøkkelen i nøkkelringen din før du får se en kode.</translation>
    </message>
    <message>
        <source>&amp;Open the Demo Exchange website</source>
        <translation>&amp;Åpne nettstedet til Demo Exchange</translation>
    </message>
    <message>
        <source>The clipboard holds a 2FA setup link.</source>
        <translation>Utklippstavlen inneholder en 2FA-oppsettlenke.</translation>
    </message>
    <message>
        <source>Use the link from the c&amp;lipboard</source>
        <translation>Bruk lenken fra &amp;utklippstavlen</translation>
    </message>
    <message>
        <source>otpauth://… setup link</source>
        <translation>otpauth://…-oppsettlenke</translation>
    </message>
    <message>
        <source>Setup link</source>
        <translation>Oppsettlenke</translation>
    </message>
    <message>
        <source>Use this lin&amp;k</source>
        <translation>Bruk denne &amp;lenken</translation>
    </message>
    <message>
        <source>Open a QR &amp;image…</source>
        <translation>Åpne et QR-&amp;bilde…</translation>
    </message>
    <message>
        <source>&amp;Paste a QR image</source>
        <translation>Lim inn et &amp;QR-bilde</translation>
    </message>
    <message>
        <source>Scan the sc&amp;reen</source>
        <translation>Skann skje&amp;rmen</translation>
    </message>
    <message>
        <source>Or type the key by hand</source>
        <translation>Eller skriv inn nøkkelen for hånd</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Hemmelig nøkkel</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>V&amp;is</translation>
    </message>
    <message>
        <source>Show the typed key</source>
        <translation>Vis nøkkelen du har skrevet inn</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>Hemmelig nø&amp;kkel:</translation>
    </message>
    <message>
        <source>&amp;Account (email):</source>
        <translation>K&amp;onto (e-post):</translation>
    </message>
    <message>
        <source>Us&amp;e this key</source>
        <translation>Bruk &amp;denne nøkkelen</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>Sk&amp;jul</translation>
    </message>
    <message>
        <source>Open a QR code picture</source>
        <translation>Åpne et bilde av en QR-kode</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy the QR code picture first (for example with a screenshot).</source>
        <translation>Utklippstavlen inneholder ikke noe bilde. Kopier bildet av QR-koden først (for eksempel med en skjermdump).</translation>
    </message>
    <message>
        <source>Screenshot left on disk</source>
        <translation>Skjermdumpen ligger fortsatt på disken</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Exchange status</source>
        <translation>Status for børsen</translation>
    </message>
    <message>
        <source>{name} publishes no signed notices, and no public source names a status page of {name} that BreachGuard can read ({community}). For news, type {website} into your browser yourself; emails and posts can be faked during an incident, so never follow their links to sign in.</source>
        <translation>{name} publiserer ingen signerte meldinger, og ingen offentlig kilde oppgir en statusside for {name} som BreachGuard kan lese ({community}). For nyheter skriver du {website} inn i nettleseren selv; e-poster og innlegg kan forfalskes under en hendelse, så logg aldri inn via lenkene deres.</translation>
    </message>
    <message>
        <source>{name} publishes no signed notices. Below is its public status page, read over a secure connection but not verified ({community}). Emails and posts can be faked during an incident: compare what they say with this page, and never follow their links to sign in.</source>
        <translation>{name} publiserer ingen signerte meldinger. Nedenfor er den offentlige statussiden, lest over en sikker forbindelse, men ikke verifisert ({community}). E-poster og innlegg kan forfalskes under en hendelse: sammenlign det de sier med denne siden, og logg aldri inn via lenkene deres.</translation>
    </message>
    <message>
        <source>{name} publishes no signed notices. Below is what its public pages say, read over a secure connection but not verified. Emails and posts can be faked during an incident: compare what they say with this page.</source>
        <translation>{name} publiserer ingen signerte meldinger. Nedenfor står det de offentlige sidene sier, lest over en sikker forbindelse, men ikke verifisert. E-poster og innlegg kan forfalskes under en hendelse: sammenlign det de sier med denne siden.</translation>
    </message>
    <message>
        <source>Notices from {name}&apos;s own signed channel. Emails and social-media posts can be faked during an incident; what is marked Verified here cannot.</source>
        <translation>Meldinger fra den egne, signerte kanalen til {name}. E-post og innlegg i sosiale medier kan være forfalsket under en hendelse; det som er merket Bekreftet her, kan ikke det.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Check the exchange for new notices now</source>
        <translation>Se etter nye meldinger fra børsen nå</translation>
    </message>
    <message>
        <source>Checking for new notices</source>
        <translation>Ser etter nye meldinger</translation>
    </message>
    <message>
        <source>Checking for new notices…</source>
        <translation>Ser etter nye meldinger…</translation>
    </message>
    <message>
        <source>BreachGuard has no notice source to read for this exchange.</source>
        <translation>BreachGuard har ingen meldingskilde å lese for denne børsen.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Alvorlig</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mindre</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasjon</translation>
    </message>
    <message>
        <source>Severity unknown</source>
        <translation>Ukjent alvorlighetsgrad</translation>
    </message>
    <message>
        <source>{area}: {status}</source>
        <translation>{area}: {status}</translation>
    </message>
    <message>
        <source>Show &amp;all areas…</source>
        <translation>Vis &amp;alle områder…</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle områder</translation>
    </message>
    <message>
        <source>All areas and their status</source>
        <translation>Alle områder og statusen deres</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>{area}: {status} (no incident reported)</source>
        <translation>{area}: {status} (ingen hendelse meldt)</translation>
    </message>
    <message>
        <source>What works now</source>
        <translation>Dette fungerer nå</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No incident reported</source>
        <translation>Ingen hendelse meldt</translation>
    </message>
    <message>
        <source>What works now, according to {source} (unverified)</source>
        <translation>Dette fungerer nå, ifølge {source} (ikke bekreftet)</translation>
    </message>
    <message>
        <source>Details of the selected notice</source>
        <translation>Detaljer om den valgte meldingen</translation>
    </message>
    <message>
        <source>Re-&amp;enroll 2FA now</source>
        <translation>S&amp;ett opp 2FA på nytt nå</translation>
    </message>
    <message>
        <source>Find your &amp;login email</source>
        <translation>Finn &amp;innloggingsadressen din</translation>
    </message>
    <message>
        <source>Also on the status page ({kind}): “{title}” · {status} · {when}</source>
        <translation>Også på statussiden ({kind}): «{title}» · {status} · {when}</translation>
    </message>
    <message>
        <source>Also on {label} ({kind}): “{title}” · {status} · {when}</source>
        <translation>Også på {label} ({kind}): «{title}» · {status} · {when}</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>rettet</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>Planned: {window}</source>
        <translation>Planlagt: {window}</translation>
    </message>
    <message>
        <source>Maintenance window: {window}</source>
        <translation>Vedlikeholdsvindu: {window}</translation>
    </message>
    <message>
        <source>⚠ Scam warning: this notice mentions {topics}. Never give these to anyone — by email, phone or chat — whoever they say they are: stop and contact support through the official website.</source>
        <translation>⚠ Svindelvarsel: denne meldingen nevner {topics}. Gi aldri dette til noen — på e-post, telefon eller chat — uansett hvem de sier at de er: stopp og kontakt kundestøtten via det offisielle nettstedet.</translation>
    </message>
    <message>
        <source>&amp;Open on {host}</source>
        <translation>&amp;Åpne på {host}</translation>
    </message>
    <message>
        <source>{name} staff will never ask you for {topics}. Anyone who does is a scammer, whatever they say.</source>
        <translation>Ansatte i {name} vil aldri be deg om {topics}. Den som gjør det, er en svindler, uansett hva vedkommende sier.</translation>
    </message>
    <message>
        <source>Never give anyone {topics}. Anyone who asks is a scammer, whatever they say.</source>
        <translation>Gi aldri noen {topics}. Den som ber om det, er en svindler, uansett hva vedkommende sier.</translation>
    </message>
    <message>
        <source>• {when} — {status} ({kind}): “{title}”
   {text}</source>
        <translation>• {when} — {status} ({kind}): «{title}»
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
        <translation>også på statussiden</translation>
    </message>
    <message>
        <source>Open now ({count})</source>
        <translation>Aktive nå ({count})</translation>
    </message>
    <message>
        <source>Planned maintenance ({count})</source>
        <translation>Planlagt vedlikehold ({count})</translation>
    </message>
    <message>
        <source>Resolved ({count})</source>
        <translation>Løst ({count})</translation>
    </message>
    <message>
        <source>also on {label}</source>
        <translation>også på {label}</translation>
    </message>
    <message>
        <source>Notices, most urgent first</source>
        <translation>Meldinger, de mest hastende først</translation>
    </message>
    <message>
        <source>{title}
{tags} · {when}{relative} · {source}</source>
        <translation>{title}
{tags} · {when}{relative} · {source}</translation>
    </message>
    <message>
        <source>● New · {title}</source>
        <translation>● Ny · {title}</translation>
    </message>
    <message>
        <source>{title}
{tags} · Planned: {window} · {source}</source>
        <translation>{title}
{tags} · Planlagt: {window} · {source}</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Undersøkes</translation>
    </message>
    <message>
        <source>Cause identified</source>
        <translation>Årsak funnet</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Overvåkes</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Oppdatering</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Etterundersøkelse</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Kontrolleres</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Fungerer</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Tregt</translation>
    </message>
    <message>
        <source>Partly down</source>
        <translation>Delvis nede</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nede</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>Under vedlikehold</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Ukjent status</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>ukjent tidspunkt</translation>
    </message>
    <message>
        <source>✎ Correction</source>
        <translation>✎ Rettelse</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>bekreftet</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>ikke bekreftet</translation>
    </message>
    <message>
        <source>Loading notices…</source>
        <translation>Laster meldinger…</translation>
    </message>
    <message>
        <source>No notices could be read yet; the reason is shown above.</source>
        <translation>Ingen meldinger kunne leses ennå; årsaken står ovenfor.</translation>
    </message>
    <message>
        <source>The exchange has no current notices.</source>
        <translation>Børsen har ingen aktuelle meldinger.</translation>
    </message>
    <message>
        <source>{label}: Verified ✓ signed by {name}, published {age}</source>
        <translation>{label}: Bekreftet ✓ signert av {name}, publisert {age}</translation>
    </message>
    <message>
        <source>{label}: Unverified (TLS only), updated {age}. It cannot start any action or alert in this app.</source>
        <translation>{label}: Ikke bekreftet (bare TLS), oppdatert {age}. Denne kilden kan ikke starte noen handling eller noe varsel i appen.</translation>
    </message>
    <message>
        <source>{label}: no verified notices yet</source>
        <translation>{label}: ingen bekreftede meldinger ennå</translation>
    </message>
    <message>
        <source>{label}: Unverified (TLS only), nothing loaded yet</source>
        <translation>{label}: Ikke bekreftet (bare TLS), ingenting lastet ennå</translation>
    </message>
    <message>
        <source>⚠ The latest notices from {label} failed verification and were NOT shown: {reason}. Below are the last verified notices, from {age}.</source>
        <translation>⚠ De nyeste meldingene fra {label} besto ikke kontrollen og vises IKKE: {reason}. Nedenfor er de siste bekreftede meldingene, fra {age}.</translation>
    </message>
    <message>
        <source>⚠ The notices from {label} failed verification and are not shown: {reason}.</source>
        <translation>⚠ Meldingene fra {label} besto ikke kontrollen og vises ikke: {reason}.</translation>
    </message>
    <message>
        <source>Could not check {label} for new notices: {reason}.</source>
        <translation>Kunne ikke se etter nye meldinger fra {label}: {reason}.</translation>
    </message>
    <message>
        <source>Showing the copy from {age}.</source>
        <translation>Viser kopien fra {age}.</translation>
    </message>
    <message>
        <source>Out of date: these notices expired at {time} and {label} has not published newer ones. Things may have changed since.</source>
        <translation>Utdatert: disse meldingene gikk ut {time}, og {label} har ikke publisert nyere. Noe kan ha endret seg siden.</translation>
    </message>
    <message>
        <source>Severity: {severity} · Status: {status}</source>
        <translation>Alvorlighetsgrad: {severity} · Status: {status}</translation>
    </message>
    <message>
        <source>From {label} · Verified ✓ (signed by {name})</source>
        <translation>Fra {label} · Bekreftet ✓ (signert av {name})</translation>
    </message>
    <message>
        <source>From {label} · Unverified (TLS only)</source>
        <translation>Fra {label} · Ikke bekreftet (bare TLS)</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Oppdatert {when}</translation>
    </message>
    <message>
        <source>Published {when}</source>
        <translation>Publisert {when}</translation>
    </message>
    <message>
        <source>Next update expected at {time}</source>
        <translation>Neste oppdatering ventes {time}</translation>
    </message>
    <message>
        <source>An update was promised for {time} and has not arrived yet.</source>
        <translation>En oppdatering ble lovet til {time} og har ikke kommet ennå.</translation>
    </message>
    <message>
        <source>Affected: {components}</source>
        <translation>Berørt: {components}</translation>
    </message>
    <message>
        <source>Notes on this notice: {problems}</source>
        <translation>Merknader til denne meldingen: {problems}</translation>
    </message>
    <message>
        <source>✎ Correction to the earlier notice “{title}”. The earlier notice is kept as it was published.</source>
        <translation>✎ Rettelse til den tidligere meldingen «{title}». Den tidligere meldingen beholdes slik den ble publisert.</translation>
    </message>
    <message>
        <source>✎ This corrects an earlier notice.</source>
        <translation>✎ Dette retter en tidligere melding.</translation>
    </message>
    <message>
        <source>✎ This notice was later corrected: see “{title}”.</source>
        <translation>✎ Denne meldingen ble senere rettet: se «{title}».</translation>
    </message>
    <message>
        <source>seed or recovery phrases</source>
        <translation>seed- eller gjenopprettingsfraser</translation>
    </message>
    <message>
        <source>remote access to your computer</source>
        <translation>fjerntilgang til datamaskinen din</translation>
    </message>
    <message>
        <source>a “verification deposit” or payment</source>
        <translation>et «bekreftelsesinnskudd» eller en betaling</translation>
    </message>
    <message>
        <source>moving your funds</source>
        <translation>å flytte midlene dine</translation>
    </message>
    <message>
        <source>⚠ Scam warning: this notice mentions {topics}. {name} staff will never ask you for these. If anyone does — by email, phone or chat — it is a scam: stop and contact support through the official website.</source>
        <translation>⚠ Svindelvarsel: denne meldingen nevner {topics}. Ansatte i {name} vil aldri be deg om dette. Hvis noen gjør det — på e-post, telefon eller chat — er det svindel: stopp og kontakt kundestøtten via det offisielle nettstedet.</translation>
    </message>
    <message>
        <source>Link not opened for your safety ({reason}): {url}</source>
        <translation>Lenken ble ikke åpnet, for din sikkerhet ({reason}): {url}</translation>
    </message>
    <message>
        <source>Update history (newest first):</source>
        <translation>Oppdateringshistorikk (nyeste først):</translation>
    </message>
</context>
<context>
    <name>StatusTray</name>
    <message>
        <source>Open BreachGuard</source>
        <translation>Åpne BreachGuard</translation>
    </message>
    <message>
        <source>no open verified notices</source>
        <translation>ingen åpne bekreftede meldinger</translation>
    </message>
    <message>
        <source>information</source>
        <translation>informasjon</translation>
    </message>
    <message>
        <source>minor problem</source>
        <translation>mindre problem</translation>
    </message>
    <message>
        <source>major problem</source>
        <translation>alvorlig problem</translation>
    </message>
    <message>
        <source>critical — action needed</source>
        <translation>kritisk — du må gjøre noe</translation>
    </message>
    <message>
        <source>problem of unknown severity</source>
        <translation>problem med ukjent alvorlighetsgrad</translation>
    </message>
    <message>
        <source>BreachGuard — {0}: {1}</source>
        <translation>BreachGuard — {0}: {1}</translation>
    </message>
    <message>
        <source>Critical notice from {0}</source>
        <translation>Kritisk melding fra {0}</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Step {number} of {total} — {title}</source>
        <translation>Steg {number} av {total} — {title}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Dette har du gjort</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Gjenstår</translation>
    </message>
    <message>
        <source>What to watch next</source>
        <translation>Dette bør du følge med på</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lagre som &amp;PDF…</translation>
    </message>
    <message>
        <source>A record for yourself or a support case: no secrets, your email masked.</source>
        <translation>En oversikt til deg selv eller til en sak hos kundestøtten: uten hemmeligheter, og med e-postadressen din skjult.</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>You&apos;re done</source>
        <translation>Du er ferdig</translation>
    </message>
    <message>
        <source>Not finished yet: {0} of {1} done</source>
        <translation>Ikke ferdig ennå: {0} av {1} er gjort</translation>
    </message>
    <message>
        <source>Login email: {0}</source>
        <translation>Innloggingsadresse: {0}</translation>
    </message>
    <message>
        <source>Exchange: {0}</source>
        <translation>Børs: {0}</translation>
    </message>
    <message>
        <source>Step 1 shows the exchange&apos;s notices as they come.</source>
        <translation>Steg 1 viser børsens meldinger etter hvert som de kommer.</translation>
    </message>
    <message>
        <source>{0}: the exchange promised its next update by {1}.</source>
        <translation>{0}: børsen har lovet neste oppdatering innen {1}.</translation>
    </message>
    <message>
        <source>{0}: planned maintenance from {1} to {2}.</source>
        <translation>{0}: planlagt vedlikehold fra {1} til {2}.</translation>
    </message>
    <message>
        <source>{0}: planned maintenance from {1}.</source>
        <translation>{0}: planlagt vedlikehold fra {1}.</translation>
    </message>
    <message>
        <source>No update is promised and no maintenance is planned right now. Step 1 keeps checking the exchange&apos;s notices.</source>
        <translation>Ingen oppdatering er lovet, og det er ikke planlagt noe vedlikehold akkurat nå. Steg 1 fortsetter å se etter nye meldinger fra børsen.</translation>
    </message>
    <message>
        <source>Saved by BreachGuard on {0}. No passwords, codes or keys are in it.</source>
        <translation>Lagret av BreachGuard {0}. Sammendraget inneholder ingen passord, koder eller nøkler.</translation>
    </message>
    <message>
        <source>BreachGuard summary</source>
        <translation>Sammendrag fra BreachGuard</translation>
    </message>
    <message>
        <source>BreachGuard summary.pdf</source>
        <translation>BreachGuard-sammendrag.pdf</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Lagre sammendraget som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
    <message>
        <source>Saved as {0}.</source>
        <translation>Lagret som {0}.</translation>
    </message>
    <message>
        <source>The PDF could not be saved in {0}: {1}. Choose another folder.</source>
        <translation>PDF-filen kunne ikke lagres i {0}: {1}. Velg en annen mappe.</translation>
    </message>
    <message>
        <source>The PDF could not be saved in {0}. Choose another folder.</source>
        <translation>PDF-filen kunne ikke lagres i {0}. Velg en annen mappe.</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>nettopp</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>for %n min siden</numerusform>
            <numerusform>for %n min siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>for %n t siden</numerusform>
            <numerusform>for %n t siden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dager siden</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} your time</source>
        <translation>{time} din tid</translation>
    </message>
    <message>
        <source>{utc} ({local} your time)</source>
        <translation>{utc} ({local} din tid)</translation>
    </message>
</context>
<context>
    <name>VerifyView</name>
    <message>
        <source>Stop: is this setup code really from {exchange}?</source>
        <translation>Stopp: kommer denne oppsettkoden virkelig fra {exchange}?</translation>
    </message>
    <message>
        <source>The code names:</source>
        <translation>Koden nevner:</translation>
    </message>
    <message>
        <source>You are setting up:</source>
        <translation>Du setter opp:</translation>
    </message>
    <message>
        <source>Fake setup codes arrive by email, chat or a look-alike website. If you did not start this setup yourself on {exchange}&apos;s own website, discard it. Nothing from it has been shown or saved.</source>
        <translation>Falske oppsettkoder kommer på e-post, i chat eller fra et nettsted som ligner. Hvis du ikke selv startet dette oppsettet på nettstedet til {exchange}, bør du forkaste det. Ingenting fra det er vist eller lagret.</translation>
    </message>
    <message>
        <source>Name of the exchange</source>
        <translation>Navnet på børsen</translation>
    </message>
    <message>
        <source>E&amp;xchange name:</source>
        <translation>Navn på &amp;børsen:</translation>
    </message>
    <message>
        <source>&amp;Continue anyway</source>
        <translation>Fortsett &amp;likevel</translation>
    </message>
    <message>
        <source>&amp;Discard this setup code</source>
        <translation>Fo&amp;rkast denne oppsettkoden</translation>
    </message>
    <message>
        <source>(no exchange named)</source>
        <translation>(ingen børs oppgitt)</translation>
    </message>
    <message>
        <source>Only if you are sure you started it on {exchange}&apos;s own website: type {exchange} below to go on.</source>
        <translation>Bare hvis du er sikker på at du startet det på nettstedet til {exchange} selv: skriv {exchange} nedenfor for å fortsette.</translation>
    </message>
</context>
<context>
    <name>addressbook</name>
    <message>
        <source>That address is already in your list.</source>
        <translation>Den adressen står allerede i listen din.</translation>
    </message>
    <message>
        <source>The list is full; remove an address first.</source>
        <translation>Listen er full; fjern en adresse først.</translation>
    </message>
    <message>
        <source>Your saved addresses could not be read ({reason}).</source>
        <translation>De lagrede adressene dine kunne ikke leses ({reason}).</translation>
    </message>
    <message>
        <source>Your saved addresses were damaged and were set aside as {name}.</source>
        <translation>De lagrede adressene dine var skadet og er lagt til side som {name}.</translation>
    </message>
</context>
<context>
    <name>capture_protection</name>
    <message>
        <source>Pause screen sharing before you reveal anything.</source>
        <translation>Sett skjermdelingen på pause før du viser noe.</translation>
    </message>
    <message>
        <source>This window is hidden from screen sharing and screenshots by Windows. Your support agent sees an empty area instead.</source>
        <translation>Windows skjuler dette vinduet for skjermdeling og skjermdumper. Kundestøtten ser et tomt felt i stedet.</translation>
    </message>
    <message>
        <source>This window shows as a black box in screen sharing and screenshots (this Windows version, build {build}, cannot hide it completely).</source>
        <translation>Dette vinduet vises som en svart boks i skjermdeling og skjermdumper (denne Windows-versjonen, build {build}, kan ikke skjule det helt).</translation>
    </message>
    <message>
        <source>Windows refused to hide this window from screen sharing (error {code}). Pause screen sharing before you reveal anything.</source>
        <translation>Windows nektet å skjule dette vinduet for skjermdeling (feil {code}). Sett skjermdelingen på pause før du viser noe.</translation>
    </message>
    <message>
        <source>Windows did not confirm that this window is hidden from screen sharing (it reports setting {actual}, expected {expected}). Pause screen sharing before you reveal anything.</source>
        <translation>Windows bekreftet ikke at dette vinduet er skjult for skjermdeling (rapportert innstilling {actual}, ventet {expected}). Sett skjermdelingen på pause før du viser noe.</translation>
    </message>
    <message>
        <source>This window has no native handle yet, so it cannot be hidden from screen sharing. Pause screen sharing before you reveal anything.</source>
        <translation>Dette vinduet har ikke noe systemhåndtak ennå, så det kan ikke skjules for skjermdeling. Sett skjermdelingen på pause før du viser noe.</translation>
    </message>
    <message>
        <source>macOS was asked to keep this window out of screen sharing. Newer macOS versions (15 and later) and some sharing apps ignore this, so pause screen sharing before you reveal anything.</source>
        <translation>macOS er bedt om å holde dette vinduet utenfor skjermdeling. Nyere macOS-versjoner (15 og senere) og noen delingsapper ser bort fra dette, så sett skjermdelingen på pause før du viser noe.</translation>
    </message>
    <message>
        <source>macOS could not be asked to keep this window out of screen sharing ({reason}). Pause screen sharing before you reveal anything.</source>
        <translation>macOS kunne ikke bes om å holde dette vinduet utenfor skjermdeling ({reason}). Sett skjermdelingen på pause før du viser noe.</translation>
    </message>
    <message>
        <source>Windows can hide BreachGuard&apos;s private window from screen sharing and screenshots.</source>
        <translation>Windows kan skjule det private vinduet i BreachGuard for skjermdeling og skjermdumper.</translation>
    </message>
    <message>
        <source>This Windows version (build {build}) can only show BreachGuard&apos;s private window as a black box in screen sharing, not hide it.</source>
        <translation>Denne Windows-versjonen (build {build}) kan bare vise det private vinduet i BreachGuard som en svart boks i skjermdeling, ikke skjule det.</translation>
    </message>
    <message>
        <source>macOS is asked to keep BreachGuard&apos;s private window out of screen sharing; macOS 15 and later and some sharing apps ignore this, so users pause sharing first.</source>
        <translation>macOS blir bedt om å holde det private vinduet i BreachGuard utenfor skjermdeling; macOS 15 og senere og noen delingsapper ser bort fra dette, så brukerne setter delingen på pause først.</translation>
    </message>
    <message>
        <source>On Linux, no app can hide a window from screen sharing: pause sharing first, then reveal.</source>
        <translation>På Linux kan ingen app skjule et vindu for skjermdeling: sett delingen på pause først, og vis så.</translation>
    </message>
    <message>
        <source>This system offers no way to hide a window from screen sharing: pause sharing first, then reveal.</source>
        <translation>Dette systemet kan ikke skjule et vindu for skjermdeling: sett delingen på pause først, og vis så.</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Read the exchange&apos;s verified notices</source>
        <translation>Lest børsens bekreftede meldinger</translation>
    </message>
    <message>
        <source>Confirmed which email your account uses</source>
        <translation>Funnet ut hvilken e-postadresse kontoen din bruker</translation>
    </message>
    <message>
        <source>Set up two-factor authentication again, confirmed by the exchange</source>
        <translation>Satt opp tofaktorautentisering på nytt, bekreftet av børsen</translation>
    </message>
    <message>
        <source>Ticks itself when you have opened every open critical notice in step 1 (when there is none, when you have seen the list).</source>
        <translation>Krysses av automatisk når du har åpnet alle aktive kritiske meldinger i steg 1 (finnes det ingen, når du har sett listen).</translation>
    </message>
    <message>
        <source>Kept your new recovery codes safe (or the exchange gave you none)</source>
        <translation>Tatt vare på de nye gjenopprettingskodene (eller børsen ga deg ingen)</translation>
    </message>
    <message>
        <source>Removed the old, revoked entry from your authenticator app</source>
        <translation>Fjernet den gamle, tilbakekalte oppføringen fra autentiseringsappen</translation>
    </message>
    <message>
        <source>Changed your exchange password</source>
        <translation>Endret passordet ditt hos børsen</translation>
    </message>
    <message>
        <source>Ticks itself when step 2 found your login email.</source>
        <translation>Krysses av automatisk når steg 2 har funnet innloggingsadressen din.</translation>
    </message>
    <message>
        <source>Ticks itself when the exchange accepted a code from your new token.</source>
        <translation>Krysses av automatisk når børsen har godtatt en kode fra den nye nøkkelen din.</translation>
    </message>
    <message>
        <source>Only you know this: tick it once step 3 has saved the recovery codes the exchange gave you in your keyring, or if it gave you none.</source>
        <translation>Dette vet bare du: kryss av når steg 3 har lagret gjenopprettingskodene børsen ga deg, i nøkkelringen din – eller hvis den ikke ga deg noen.</translation>
    </message>
    <message>
        <source>Only you know this: tick it when the old entry is gone.</source>
        <translation>Dette vet bare du: kryss av når den gamle oppføringen er borte.</translation>
    </message>
    <message>
        <source>Only you know this: tick it after changing the password.</source>
        <translation>Dette vet bare du: kryss av når du har endret passordet.</translation>
    </message>
    <message>
        <source>This item ticks itself; it cannot be ticked by hand.</source>
        <translation>Dette punktet krysses av automatisk; det kan ikke krysses av for hånd.</translation>
    </message>
</context>
<context>
    <name>clock</name>
    <message>
        <source>Windows: open Settings → Time &amp; language → Date &amp; time, turn on “Set time automatically”, then press “Sync now”.</source>
        <translation>Windows: Åpne Innstillinger → Klokkeslett og språk → Dato og klokkeslett, slå på «Angi klokkeslett automatisk» og trykk så «Synkroniser nå».</translation>
    </message>
    <message>
        <source>macOS: open System Settings → General → Date &amp; Time and turn on “Set time and date automatically”.</source>
        <translation>macOS: Åpne Systeminnstillinger → Generelt → Dato og tid og slå på «Still inn dato og tid automatisk».</translation>
    </message>
    <message>
        <source>Linux: turn on automatic time in your desktop&apos;s date and time settings, or run “timedatectl set-ntp true” in a terminal.</source>
        <translation>Linux: Slå på automatisk tid i dato- og tidsinnstillingene på skrivebordet, eller kjør «timedatectl set-ntp true» i en terminal.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {seconds} seconds {direction} the exchange&apos;s, so the exchange would reject its codes. Fix the clock before finishing the setup.</source>
        <translation>Klokken på denne datamaskinen går {seconds} sekunder {direction} børsens klokke, så børsen ville avvise kodene. Still klokken riktig før du fullfører oppsettet.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {seconds} seconds {direction} the exchange&apos;s. Codes may be rejected; please set the clock right.</source>
        <translation>Klokken på denne datamaskinen går {seconds} sekunder {direction} børsens klokke. Kodene kan bli avvist; still klokken riktig.</translation>
    </message>
    <message>
        <source>The exchange&apos;s server did not say what time it is.</source>
        <translation>Børsens server oppga ikke hva klokken er.</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>etter</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>foran</translation>
    </message>
    <message>
        <source>Could not ask the exchange for the time: {reason}</source>
        <translation>Kunne ikke spørre børsen hva klokken er: {reason}</translation>
    </message>
</context>
<context>
    <name>content</name>
    <message>
        <source>not a web address (blocked for your safety)</source>
        <translation>ikke en nettadresse (blokkert for din sikkerhet)</translation>
    </message>
    <message>
        <source>not encrypted: the address starts with http://</source>
        <translation>ikke kryptert: adressen begynner med http://</translation>
    </message>
    <message>
        <source>contains a hidden user name or password</source>
        <translation>inneholder et skjult brukernavn eller passord</translation>
    </message>
    <message>
        <source>points to a bare IP address, not the exchange&apos;s website</source>
        <translation>peker til en ren IP-adresse, ikke til børsens nettsted</translation>
    </message>
    <message>
        <source>has characters a web address&apos;s host cannot have</source>
        <translation>har tegn som domenenavnet i en nettadresse ikke kan ha</translation>
    </message>
    <message>
        <source>uses an unusual port</source>
        <translation>bruker en uvanlig port</translation>
    </message>
    <message>
        <source>is a shortened link that hides where it leads</source>
        <translation>er en forkortet lenke som skjuler hvor den fører</translation>
    </message>
    <message>
        <source>does not lead to one of the exchange&apos;s official websites</source>
        <translation>fører ikke til et av børsens offisielle nettsteder</translation>
    </message>
    <message>
        <source>not a valid web address</source>
        <translation>ikke en gyldig nettadresse</translation>
    </message>
</context>
<context>
    <name>emails</name>
    <message>
        <source>Type an email address.</source>
        <translation>Skriv inn en e-postadresse.</translation>
    </message>
    <message>
        <source>That is longer than any email address can be.</source>
        <translation>Det er lengre enn en e-postadresse kan være.</translation>
    </message>
    <message>
        <source>Email addresses contain no spaces.</source>
        <translation>E-postadresser har ikke mellomrom.</translation>
    </message>
    <message>
        <source>An email address needs an @, like name@example.com.</source>
        <translation>En e-postadresse må ha en @, som navn@eksempel.no.</translation>
    </message>
    <message>
        <source>An email address has exactly one @.</source>
        <translation>En e-postadresse har nøyaktig én @.</translation>
    </message>
    <message>
        <source>Something must come before the @.</source>
        <translation>Det må stå noe foran @.</translation>
    </message>
    <message>
        <source>The part before the @ is too long.</source>
        <translation>Delen foran @ er for lang.</translation>
    </message>
    <message>
        <source>Addresses with quotation marks are not supported.</source>
        <translation>Adresser med anførselstegn støttes ikke.</translation>
    </message>
    <message>
        <source>The part before the @ can&apos;t start or end with a dot or have two dots in a row.</source>
        <translation>Delen foran @ kan ikke begynne eller slutte med punktum eller ha to punktum etter hverandre.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that email addresses don&apos;t use.</source>
        <translation>Delen foran @ har et tegn som e-postadresser ikke bruker.</translation>
    </message>
    <message>
        <source>Something must come after the @, like gmail.com.</source>
        <translation>Det må stå noe etter @, som gmail.com.</translation>
    </message>
    <message>
        <source>The part after the @ needs a dot, like gmail.com.</source>
        <translation>Delen etter @ må ha et punktum, som gmail.com.</translation>
    </message>
    <message>
        <source>The part after the @ is not a valid domain name.</source>
        <translation>Delen etter @ er ikke et gyldig domenenavn.</translation>
    </message>
    <message>
        <source>gmail.com and googlemail.com are the same mailbox</source>
        <translation>gmail.com og googlemail.com er samme innboks</translation>
    </message>
    <message>
        <source>Paste the sender&apos;s address, like news@exchange.example.</source>
        <translation>Lim inn avsenderens adresse, som nyheter@borsen.example.</translation>
    </message>
    <message>
        <source>the same mailbox without the +tag</source>
        <translation>samme innboks uten +tillegget</translation>
    </message>
    <message>
        <source>Yahoo uses a dash for extra addresses</source>
        <translation>Yahoo bruker bindestrek for ekstra adresser</translation>
    </message>
    <message>
        <source>Gmail ignores dots, but an exchange may not</source>
        <translation>Gmail ser bort fra punktum, men en børs gjør det kanskje ikke</translation>
    </message>
</context>
<context>
    <name>enrollment</name>
    <message>
        <source>This 2FA setup is still waiting for the exchange&apos;s confirmation.</source>
        <translation>Dette 2FA-oppsettet venter fortsatt på bekreftelse fra børsen.</translation>
    </message>
    <message>
        <source>This 2FA setup is already confirmed.</source>
        <translation>Dette 2FA-oppsettet er allerede bekreftet.</translation>
    </message>
    <message>
        <source>This 2FA setup was already revoked by the exchange.</source>
        <translation>Dette 2FA-oppsettet er allerede sperret av børsen.</translation>
    </message>
    <message>
        <source>This 2FA setup was already cancelled.</source>
        <translation>Dette 2FA-oppsettet er allerede avbrutt.</translation>
    </message>
    <message>
        <source>This 2FA setup no longer exists; start again.</source>
        <translation>Dette 2FA-oppsettet finnes ikke lenger; begynn på nytt.</translation>
    </message>
    <message>
        <source>These do not look like recovery codes.</source>
        <translation>Dette ser ikke ut som gjenopprettingskoder.</translation>
    </message>
    <message>
        <source>The key of this unfinished setup is no longer in the keyring; start again.</source>
        <translation>Nøkkelen til dette uferdige oppsettet ligger ikke lenger i nøkkelringen; begynn på nytt.</translation>
    </message>
    <message>
        <source>The secret of this token is missing from the keyring. Set up 2FA again.</source>
        <translation>Hemmeligheten til denne tokenen mangler i nøkkelringen. Sett opp 2FA på nytt.</translation>
    </message>
    <message>
        <source>The list of your 2FA tokens cannot be read ({reason}).</source>
        <translation>Listen over 2FA-tokenene dine kan ikke leses ({reason}).</translation>
    </message>
    <message>
        <source>The list of your 2FA tokens is damaged. Your secrets in the keyring are untouched; contact support before deleting anything.</source>
        <translation>Listen over 2FA-tokenene dine er skadet. Hemmelighetene i nøkkelringen er urørt; kontakt kundestøtten før du sletter noe.</translation>
    </message>
    <message>
        <source>The stored recovery codes are damaged.</source>
        <translation>De lagrede gjenopprettingskodene er skadet.</translation>
    </message>
</context>
<context>
    <name>enrollment_api</name>
    <message>
        <source>The exchange could not be reached: {reason}</source>
        <translation>Fikk ikke kontakt med børsen: {reason}</translation>
    </message>
    <message>
        <source>The exchange has no 2FA setup waiting for this account.</source>
        <translation>Børsen har ikke noe 2FA-oppsett som venter for denne kontoen.</translation>
    </message>
    <message>
        <source>This setup code has expired at the exchange.</source>
        <translation>Denne oppsettkoden har utløpt hos børsen.</translation>
    </message>
    <message>
        <source>This setup was discarded, so the exchange no longer accepts its codes.</source>
        <translation>Dette oppsettet ble forkastet, så børsen godtar ikke lenger kodene fra det.</translation>
    </message>
    <message>
        <source>A newer setup was started on the exchange&apos;s website, so this setup code no longer counts.</source>
        <translation>Et nyere oppsett ble startet på børsens nettsted, så denne oppsettkoden gjelder ikke lenger.</translation>
    </message>
    <message>
        <source>Too many wrong codes: the exchange has locked this setup.</source>
        <translation>For mange feil koder: børsen har låst dette oppsettet.</translation>
    </message>
    <message>
        <source>The exchange has no account with this email address.</source>
        <translation>Børsen har ingen konto med denne e-postadressen.</translation>
    </message>
    <message>
        <source>The exchange answered in a way BreachGuard cannot read (HTTP {status}).</source>
        <translation>Børsen svarte på en måte som BreachGuard ikke kan lese (HTTP {status}).</translation>
    </message>
    <message>
        <source>The exchange&apos;s server reported a problem (HTTP {status}). Try again in a few minutes.</source>
        <translation>Børsens server meldte om et problem (HTTP {status}). Prøv igjen om noen minutter.</translation>
    </message>
    <message>
        <source>The exchange did not accept the code.</source>
        <translation>Børsen godtok ikke koden.</translation>
    </message>
    <message>
        <source>The exchange did not accept the code ({left} attempts left).</source>
        <translation>Børsen godtok ikke koden ({left} forsøk igjen).</translation>
    </message>
</context>
<context>
    <name>enrollment_flow</name>
    <message>
        <source>Type the exchange&apos;s name, {exchange}, to show that you started this setup on its own website.</source>
        <translation>Skriv inn navnet på børsen, {exchange}, for å vise at du startet dette oppsettet på børsens eget nettsted.</translation>
    </message>
    <message>
        <source>Checking your keyring…</source>
        <translation>Sjekker nøkkelringen din…</translation>
    </message>
    <message>
        <source>Checking the setup code…</source>
        <translation>Sjekker oppsettkoden…</translation>
    </message>
    <message>
        <source>Saving the new key in your keyring…</source>
        <translation>Lagrer den nye nøkkelen i nøkkelringen din…</translation>
    </message>
    <message>
        <source>Asking the exchange whether it accepted the key…</source>
        <translation>Spør børsen om den har godtatt nøkkelen…</translation>
    </message>
    <message>
        <source>Confirming the key with the exchange…</source>
        <translation>Bekrefter nøkkelen hos børsen…</translation>
    </message>
    <message>
        <source>Marking the key as confirmed in your keyring…</source>
        <translation>Merker nøkkelen som bekreftet i nøkkelringen din…</translation>
    </message>
    <message>
        <source>Discarding the setup…</source>
        <translation>Forkaster oppsettet…</translation>
    </message>
    <message>
        <source>Continuing your unfinished setup…</source>
        <translation>Fortsetter det uferdige oppsettet ditt…</translation>
    </message>
    <message>
        <source>The exchange no longer has this unfinished setup (it expires after a while). Discard it and start a new setup on the exchange&apos;s website.</source>
        <translation>Børsen har ikke lenger dette uferdige oppsettet (det utløper etter en stund). Forkast det og start et nytt oppsett på børsens nettsted.</translation>
    </message>
    <message>
        <source>The exchange has not confirmed this key yet. Type the code shown into the exchange&apos;s website and wait until it says the code was accepted, then press the button again. Or let BreachGuard confirm it for you.</source>
        <translation>Børsen har ikke bekreftet denne nøkkelen ennå. Skriv inn koden som vises, på børsens nettsted, og vent til nettstedet sier at koden er godtatt. Trykk så på knappen igjen. Eller la BreachGuard bekrefte den for deg.</translation>
    </message>
    <message>
        <source>A newer setup was started on the exchange&apos;s website, so this key no longer counts. Discard this setup and bring in the newest setup code.</source>
        <translation>Et nyere oppsett ble startet på børsens nettsted, så denne nøkkelen gjelder ikke lenger. Forkast dette oppsettet og hent inn den nyeste oppsettkoden.</translation>
    </message>
    <message>
        <source>This setup was discarded, so the exchange no longer accepts its codes. Discard it here too and start a new setup on the exchange&apos;s website.</source>
        <translation>Dette oppsettet ble forkastet, så børsen godtar ikke lenger kodene fra det. Forkast det her også, og start et nytt oppsett på nettstedet til børsen.</translation>
    </message>
    <message>
        <source>This setup has expired at the exchange. Discard it and start a new setup on the exchange&apos;s website.</source>
        <translation>Dette oppsettet har utløpt hos børsen. Forkast det og start et nytt oppsett på børsens nettsted.</translation>
    </message>
    <message>
        <source>The exchange does not know this key for your account. Check the account in step 2, or bring in the newest setup code from the exchange&apos;s website.</source>
        <translation>Børsen kjenner ikke denne nøkkelen for kontoen din. Sjekk kontoen i steg 2, eller hent inn den nyeste oppsettkoden fra børsens nettsted.</translation>
    </message>
    <message>
        <source>The setup code you brought in is not saved yet. If you leave now, you will need to bring it in again.</source>
        <translation>Oppsettkoden du hentet inn, er ikke lagret ennå. Går du nå, må du hente den inn på nytt.</translation>
    </message>
    <message>
        <source>Discard this setup? The new key is deleted from your keyring. Only do this if the exchange&apos;s website did not accept a code from it: otherwise you would be locked out of your account.</source>
        <translation>Forkaste dette oppsettet? Den nye nøkkelen slettes fra nøkkelringen din. Gjør dette bare hvis børsens nettsted ikke har godtatt noen kode fra den: ellers blir du låst ute av kontoen din.</translation>
    </message>
    <message>
        <source>You chose to go on although this setup code names “{issuer}”, not {exchange}. Only add it if you started the setup on {exchange}&apos;s own website.</source>
        <translation>Du valgte å fortsette selv om denne oppsettkoden nevner «{issuer}», ikke {exchange}. Legg den bare til hvis du startet oppsettet på nettstedet til {exchange} selv.</translation>
    </message>
    <message>
        <source>Your new 2FA setup for {exchange} is not confirmed yet. Its key stays in your keyring, and BreachGuard continues the setup when you come back.</source>
        <translation>Det nye 2FA-oppsettet ditt for {exchange} er ikke bekreftet ennå. Nøkkelen blir liggende i nøkkelringen din, og BreachGuard fortsetter oppsettet når du kommer tilbake.</translation>
    </message>
    <message>
        <source>Your new 2FA setup for {exchange} is not confirmed yet, and BreachGuard keeps no copy of its key. If you leave now, finish it on your phone and the exchange&apos;s website.</source>
        <translation>Det nye 2FA-oppsettet ditt for {exchange} er ikke bekreftet ennå, og BreachGuard beholder ingen kopi av nøkkelen. Går du nå, må du fullføre det med telefonen og på børsens nettsted.</translation>
    </message>
    <message>
        <source>Stop this setup? BreachGuard keeps no copy of the key. If you added it to your phone and the website accepted a code, the phone is now your 2FA: keep it there.</source>
        <translation>Stoppe dette oppsettet? BreachGuard beholder ingen kopi av nøkkelen. Hvis du la den til på telefonen og nettstedet godtok en kode, er telefonen nå din 2FA: behold nøkkelen der.</translation>
    </message>
    <message>
        <source>Discard this setup? BreachGuard first asks the exchange: if it already accepted this key, the key is kept and saved instead. Otherwise the key is deleted from your keyring, and you start again on the exchange&apos;s website.</source>
        <translation>Forkaste dette oppsettet? BreachGuard spør først børsen: hvis den allerede har godtatt denne nøkkelen, blir nøkkelen beholdt og lagret i stedet. Ellers slettes nøkkelen fra nøkkelringen din, og du begynner på nytt på børsens nettsted.</translation>
    </message>
    <message>
        <source>BreachGuard is still checking your keyring.</source>
        <translation>BreachGuard sjekker fortsatt nøkkelringen din.</translation>
    </message>
    <message>
        <source>The setup you had begun is kept in your keyring as unfinished, until a newer one is confirmed.</source>
        <translation>Oppsettet du hadde begynt på, blir liggende i nøkkelringen din som uferdig til et nyere oppsett er bekreftet.</translation>
    </message>
    <message>
        <source>{reason} Your new key stays saved in your keyring; try again in a moment.</source>
        <translation>{reason} Den nye nøkkelen din er fortsatt lagret i nøkkelringen; prøv igjen om litt.</translation>
    </message>
    <message>
        <source>This setup is finished and saved.</source>
        <translation>Dette oppsettet er fullført og lagret.</translation>
    </message>
    <message>
        <source>Bring in the setup code from the exchange&apos;s website first.</source>
        <translation>Hent først inn oppsettkoden fra børsens nettsted.</translation>
    </message>
    <message>
        <source>The new key is not saved in your keyring yet.</source>
        <translation>Den nye nøkkelen er ikke lagret i nøkkelringen din ennå.</translation>
    </message>
    <message>
        <source>Add the key to the authenticator app on your phone first.</source>
        <translation>Legg først nøkkelen til i autentiseringsappen på telefonen.</translation>
    </message>
    <message>
        <source>Answer the question first.</source>
        <translation>Svar på spørsmålet først.</translation>
    </message>
    <message>
        <source>The keyring failed.</source>
        <translation>Nøkkelringen virket ikke.</translation>
    </message>
    <message>
        <source>You started this setup earlier and did not finish it. Its key was kept in your keyring: finish it now.</source>
        <translation>Du startet dette oppsettet tidligere uten å fullføre det. Nøkkelen ble tatt vare på i nøkkelringen din: fullfør oppsettet nå.</translation>
    </message>
    <message>
        <source>The exchange had already accepted this key, so BreachGuard kept it instead of discarding it: it is your 2FA key now.</source>
        <translation>Børsen hadde allerede godtatt denne nøkkelen, så BreachGuard beholdt den i stedet for å forkaste den: den er nå 2FA-nøkkelen din.</translation>
    </message>
    <message>
        <source>BreachGuard is still busy with the setup in hand; try again in a moment.</source>
        <translation>BreachGuard holder fortsatt på med oppsettet som pågår; prøv igjen om litt.</translation>
    </message>
    <message>
        <source>This is a counter-based (HOTP) code. Exchange re-enrollment uses time-based codes; ask the exchange for a new setup code.</source>
        <translation>Dette er en tellerbasert kode (HOTP). Nytt oppsett hos børser bruker tidsbaserte koder; be børsen om en ny oppsettkode.</translation>
    </message>
    <message>
        <source>That is not the exchange&apos;s name. Type {exchange} exactly as shown.</source>
        <translation>Det er ikke navnet på børsen. Skriv {exchange} nøyaktig slik det står.</translation>
    </message>
    <message>
        <source>The exchange confirmed the key. If its website still asks for a code, you can close that page: nothing more is needed there.</source>
        <translation>Børsen har bekreftet nøkkelen. Hvis nettstedet fortsatt ber om en kode, kan du lukke den siden: det trengs ikke noe mer der.</translation>
    </message>
    <message>
        <source>BreachGuard could not ask the exchange whether it already accepted this key, so it kept the key. Try again when the exchange can be reached, or bring in a newer setup code.</source>
        <translation>BreachGuard fikk ikke spurt børsen om den allerede har godtatt denne nøkkelen, og beholdt derfor nøkkelen. Prøv igjen når du får kontakt med børsen, eller hent inn en nyere oppsettkode.</translation>
    </message>
    <message>
        <source>The exchange had accepted this key meanwhile; it is saved now.</source>
        <translation>Børsen hadde godtatt denne nøkkelen i mellomtiden; nå er den lagret.</translation>
    </message>
</context>
<context>
    <name>enrollment_work</name>
    <message>
        <source>Something unexpected went wrong. Nothing was deleted; try again. If it happens again, copy the support report (Help menu) for support.</source>
        <translation>Noe uventet gikk galt. Ingenting ble slettet; prøv igjen. Skjer det igjen, kopier rapporten til kundestøtten (menyen Hjelp) og send den til dem.</translation>
    </message>
    <message>
        <source>This exchange offers no way to confirm 2FA setups.</source>
        <translation>Denne børsen tilbyr ingen måte å bekrefte 2FA-oppsett på.</translation>
    </message>
    <message>
        <source>The exported {exchange} 2FA key comes from an authenticator app, and the exchange revoked every key set up before {revoked}. It no longer works and was not saved. Start a new setup on the exchange&apos;s own website.</source>
        <translation>Den eksporterte 2FA-nøkkelen for {exchange} kommer fra en autentiseringsapp, og børsen har tilbakekalt alle nøkler som ble satt opp før {revoked}. Den virker ikke lenger og ble ikke lagret. Start et nytt oppsett på børsens eget nettsted.</translation>
    </message>
    <message>
        <source>This is your {exchange} 2FA key from {created}. The exchange revoked every key created before {revoked}, so it no longer works and was not saved. Start a new setup on the exchange&apos;s own website.</source>
        <translation>Dette er 2FA-nøkkelen din for {exchange} fra {created}. Børsen har tilbakekalt alle nøkler som ble laget før {revoked}, så den virker ikke lenger og ble ikke lagret. Start et nytt oppsett på børsens eget nettsted.</translation>
    </message>
    <message>
        <source>This key is already saved in BreachGuard (since {created}). To set up 2FA again, start a new setup on the exchange&apos;s own website.</source>
        <translation>Denne nøkkelen er allerede lagret i BreachGuard (siden {created}). Vil du sette opp 2FA på nytt, starter du et nytt oppsett på børsens eget nettsted.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>That did not work</source>
        <translation>Det virket ikke</translation>
    </message>
    <message>
        <source>{0}. Please try again.</source>
        <translation>{0}. Prøv igjen.</translation>
    </message>
    <message>
        <source>I have &amp;paused screen sharing</source>
        <translation>Jeg har satt skjermdelingen på &amp;pause</translation>
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
        <translation>svaret er større enn grensen på {limit} KiB</translation>
    </message>
    <message>
        <source>refused an address that is not https ({scheme})</source>
        <translation>en adresse uten https ({scheme}) ble avvist</translation>
    </message>
    <message>
        <source>refused a redirect to an address that is not https ({scheme})</source>
        <translation>en videresending til en adresse uten https ({scheme}) ble avvist</translation>
    </message>
    <message>
        <source>refused a redirect to {host}, which is not this exchange&apos;s</source>
        <translation>en videresending til {host} ble avvist; adressen tilhører ikke denne børsen</translation>
    </message>
    <message>
        <source>the server took too long to answer</source>
        <translation>serveren brukte for lang tid på å svare</translation>
    </message>
    <message>
        <source>the server took too long to send its answer</source>
        <translation>serveren brukte for lang tid på å sende svaret</translation>
    </message>
    <message>
        <source>the exchange&apos;s server could not be reached (check your internet connection)</source>
        <translation>børsens server kunne ikke nås (sjekk internettforbindelsen din)</translation>
    </message>
    <message>
        <source>the secure connection failed: the server&apos;s certificate could not be verified</source>
        <translation>den sikre forbindelsen mislyktes: serverens sertifikat kunne ikke kontrolleres</translation>
    </message>
    <message>
        <source>the exchange&apos;s server name could not be found (check your internet connection)</source>
        <translation>navnet på børsens server ble ikke funnet (sjekk internettforbindelsen din)</translation>
    </message>
    <message>
        <source>the exchange&apos;s server refused the connection</source>
        <translation>børsens server avviste forbindelsen</translation>
    </message>
    <message>
        <source>refused an address that carries a user name or password</source>
        <translation>en adresse med brukernavn eller passord ble avvist</translation>
    </message>
    <message>
        <source>the server redirected too many times</source>
        <translation>serveren videresendte for mange ganger</translation>
    </message>
    <message>
        <source>the address is not a valid URL</source>
        <translation>adressen er ikke en gyldig nettadresse</translation>
    </message>
    <message>
        <source>the secure connection failed: the server&apos;s certificate has expired</source>
        <translation>den sikre forbindelsen mislyktes: serverens sertifikat er utløpt</translation>
    </message>
    <message>
        <source>the secure connection failed: the server&apos;s certificate belongs to a different website</source>
        <translation>den sikre forbindelsen mislyktes: serverens sertifikat tilhører et annet nettsted</translation>
    </message>
    <message>
        <source>the secure connection failed: the server&apos;s certificate is not from an authority this computer trusts</source>
        <translation>den sikre forbindelsen mislyktes: serverens sertifikat kommer ikke fra en utsteder denne datamaskinen stoler på</translation>
    </message>
    <message>
        <source>the connection broke while receiving the answer</source>
        <translation>forbindelsen ble brutt mens svaret ble mottatt</translation>
    </message>
</context>
<context>
    <name>login_email</name>
    <message>
        <source>Your address list could not be saved ({reason}). It is kept until you quit.</source>
        <translation>Adresselisten din kunne ikke lagres ({reason}). Den blir tatt vare på til du avslutter BreachGuard.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>ukjent feil</translation>
    </message>
</context>
<context>
    <name>lookup</name>
    <message>
        <source>The exchange&apos;s lookup did not work. Try again later.</source>
        <translation>Oppslaget hos børsen virket ikke. Prøv igjen senere.</translation>
    </message>
    <message>
        <source>The exchange did not accept this phone number. Check the number and the country.</source>
        <translation>Børsen godtok ikke dette telefonnummeret. Sjekk nummeret og landet.</translation>
    </message>
    <message>
        <source>Type the code from the text message: digits only.</source>
        <translation>Skriv inn koden fra SMS-en: bare sifre.</translation>
    </message>
    <message>
        <source>That code is not right. Check the text message and try again.</source>
        <translation>Den koden er ikke riktig. Sjekk SMS-en og prøv igjen.</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new code.</source>
        <translation>Denne koden har utløpt. Be om en ny kode.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Ask for a new code.</source>
        <translation>For mange feil koder. Be om en ny kode.</translation>
    </message>
    <message>
        <source>The exchange asks you to wait before trying again.</source>
        <translation>Børsen ber deg vente før du prøver igjen.</translation>
    </message>
    <message>
        <source>The exchange could not be reached. Check your internet connection and try again.</source>
        <translation>Fikk ikke kontakt med børsen. Sjekk internettforbindelsen og prøv igjen.</translation>
    </message>
    <message>
        <source>The secure connection to the exchange failed: its certificate could not be verified. Do not continue on this network.</source>
        <translation>Den sikre forbindelsen til børsen mislyktes: sertifikatet kunne ikke bekreftes. Ikke fortsett på dette nettverket.</translation>
    </message>
    <message>
        <source>The exchange gave an answer BreachGuard does not understand. Try again later or contact the exchange&apos;s support.</source>
        <translation>Børsen ga et svar som BreachGuard ikke forstår. Prøv igjen senere, eller kontakt kundestøtten hos børsen.</translation>
    </message>
    <message>
        <source>Type the hint exactly as the exchange showed it, like o•••@gmail.com.</source>
        <translation>Skriv hintet nøyaktig slik børsen viste det, som o•••@gmail.com.</translation>
    </message>
    <message>
        <source>A hint has an @ in it, like o•••@gmail.com.</source>
        <translation>Et hint har en @, som o•••@gmail.com.</translation>
    </message>
    <message>
        <source>A hint has exactly one @.</source>
        <translation>Et hint har nøyaktig én @.</translation>
    </message>
    <message>
        <source>This hint shows no letters, so it can&apos;t tell your addresses apart.</source>
        <translation>Dette hintet viser ingen bokstaver, så det kan ikke skille adressene dine fra hverandre.</translation>
    </message>
    <message>
        <source>That is longer than any email address can be.</source>
        <translation>Det er lengre enn en e-postadresse kan være.</translation>
    </message>
    <message>
        <source>A hint contains no spaces or line breaks.</source>
        <translation>Et hint har ikke mellomrom eller linjeskift.</translation>
    </message>
</context>
<context>
    <name>mail_search</name>
    <message>
        <source>Wait for the search that is running, or stop it.</source>
        <translation>Vent til søket som pågår er ferdig, eller stopp det.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s password (or app password).</source>
        <translation>Skriv inn passordet til postkassen (eller et app-passord).</translation>
    </message>
    <message>
        <source>Enter your email address, or address@server for a mail service BreachGuard does not know, for example ola@imap.example.com (add :port if the server does not use 993).</source>
        <translation>Skriv inn e-postadressen din, eller adresse@server for en e-posttjeneste BreachGuard ikke kjenner, for eksempel ola@imap.example.com (legg til :port hvis serveren ikke bruker 993).</translation>
    </message>
    <message>
        <source>{service} cannot be checked with a password. Search this mailbox yourself on tab 2.</source>
        <translation>{service} kan ikke sjekkes med et passord. Søk i denne postkassen selv på fane 2.</translation>
    </message>
    <message>
        <source>Something went wrong while searching; nothing was changed.</source>
        <translation>Noe gikk galt under søket; ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>masking</name>
    <message>
        <source>email starting with {first}, at a domain starting with {domain_first} ending in .{suffix}</source>
        <translation>e-postadresse som begynner med {first}, hos et domene som begynner med {domain_first} og slutter på .{suffix}</translation>
    </message>
    <message>
        <source>phone number ending in {digits}</source>
        <translation>telefonnummer som slutter på {digits}</translation>
    </message>
    <message>
        <source>a hidden email address</source>
        <translation>en skjult e-postadresse</translation>
    </message>
    <message>
        <source>email starting with {first}, at {domain}</source>
        <translation>e-postadresse som begynner med {first}, hos {domain}</translation>
    </message>
    <message>
        <source>email starting with {first}, at a hidden domain</source>
        <translation>e-postadresse som begynner med {first}, hos et skjult domene</translation>
    </message>
    <message>
        <source>a hidden phone number</source>
        <translation>et skjult telefonnummer</translation>
    </message>
</context>
<context>
    <name>migration</name>
    <message>
        <source>The export code is damaged ({detail}). Scan it again or create a new export.</source>
        <translation>Eksportkoden er skadet ({detail}). Skann den på nytt eller lag en ny eksport.</translation>
    </message>
    <message>
        <source>The export code is longer than BreachGuard reads ({limit} characters).</source>
        <translation>Eksportkoden er lengre enn det BreachGuard leser ({limit} tegn).</translation>
    </message>
    <message>
        <source>This is not a Google Authenticator export; those start with “otpauth-migration://offline”.</source>
        <translation>Dette er ikke en eksport fra Google Authenticator; slike begynner med «otpauth-migration://offline».</translation>
    </message>
    <message>
        <source>The export code has no data (or has it twice). Scan it again.</source>
        <translation>Eksportkoden har ingen data (eller har dem to ganger). Skann den på nytt.</translation>
    </message>
    <message>
        <source>The export contains no accounts.</source>
        <translation>Eksporten inneholder ingen kontoer.</translation>
    </message>
    <message>
        <source>Counter-based (HOTP) account: not used for exchange sign-in, skipped.</source>
        <translation>Tellerbasert konto (HOTP): brukes ikke til innlogging hos børser, hoppet over.</translation>
    </message>
    <message>
        <source>Uses an algorithm BreachGuard cannot compute correctly ({name}), skipped.</source>
        <translation>Bruker en algoritme BreachGuard ikke kan regne ut riktig ({name}), hoppet over.</translation>
    </message>
    <message>
        <source>Unknown code length, skipped.</source>
        <translation>Ukjent kodelengde, hoppet over.</translation>
    </message>
    <message>
        <source>The key is too short ({bits} bits) to be real, skipped.</source>
        <translation>Nøkkelen er for kort ({bits} biter) til å være ekte, hoppet over.</translation>
    </message>
    <message>
        <source>{scanned} of {total} scanned</source>
        <translation>{scanned} av {total} skannet</translation>
    </message>
    <message>
        <source>This code belongs to a different export. Finish scanning the current one ({scanned} of {total}) or start over.</source>
        <translation>Denne koden hører til en annen eksport. Skann ferdig den nåværende ({scanned} av {total}) eller begynn på nytt.</translation>
    </message>
</context>
<context>
    <name>otpauth</name>
    <message>
        <source>This is not a 2FA setup code. A setup code starts with “otpauth://”.</source>
        <translation>Dette er ikke en 2FA-oppsettkode. En oppsettkode begynner med «otpauth://».</translation>
    </message>
    <message>
        <source>The exchange issued a short {bits}-bit key. It works, but it is weaker than the recommended 128 bits or more; support can advise.</source>
        <translation>Børsen har utstedt en kort nøkkel på {bits} biter. Den virker, men er svakere enn de anbefalte 128 bitene eller mer; kundestøtten kan gi råd.</translation>
    </message>
    <message>
        <source>The setup code names two different exchanges: “{param}” and “{label}”. Genuine codes name one.</source>
        <translation>Oppsettkoden nevner to ulike børser: «{param}» og «{label}». Ekte koder nevner én.</translation>
    </message>
    <message>
        <source>The setup code is for “{issuer}”, not for {expected}. If you did not start this setup on that exchange&apos;s own website, stop here.</source>
        <translation>Oppsettkoden gjelder «{issuer}», ikke {expected}. Hvis du ikke startet dette oppsettet på den børsens eget nettsted, stopp her.</translation>
    </message>
    <message>
        <source>This is a Google Authenticator export, not a single setup code. Use “Import from Google Authenticator” instead.</source>
        <translation>Dette er en eksport fra Google Authenticator, ikke én enkelt oppsettkode. Bruk «Importer fra Google Authenticator» i stedet.</translation>
    </message>
    <message>
        <source>This is a link to a web page ({host}), not a 2FA setup code. Do not follow links from setup messages; open the exchange&apos;s site yourself.</source>
        <translation>Dette er en lenke til en nettside ({host}), ikke en 2FA-oppsettkode. Ikke følg lenker fra oppsettmeldinger; åpne børsens nettsted selv.</translation>
    </message>
    <message>
        <source>The setup code has no secret key.</source>
        <translation>Oppsettkoden har ingen hemmelig nøkkel.</translation>
    </message>
    <message>
        <source>The secret key contains characters a 2FA key never has ({chars}). Only letters A–Z and digits 2–7 are used; check for 0/O and 1/I mix-ups.</source>
        <translation>Den hemmelige nøkkelen har tegn som en 2FA-nøkkel aldri har ({chars}). Bare bokstavene A–Z og sifrene 2–7 brukes; se etter forvekslinger av 0/O og 1/I.</translation>
    </message>
    <message>
        <source>The secret key has {count} characters, which cannot be a complete key. A character is probably missing or extra.</source>
        <translation>Den hemmelige nøkkelen har {count} tegn, og det kan ikke være en hel nøkkel. Trolig mangler det et tegn, eller det er ett for mye.</translation>
    </message>
    <message>
        <source>The secret key is only {bits} bits long; real setup keys have at least 80 bits (16 characters). Check that you copied all of it.</source>
        <translation>Den hemmelige nøkkelen er bare {bits} biter lang; ekte nøkler har minst 80 biter (16 tegn). Sjekk at du kopierte hele.</translation>
    </message>
    <message>
        <source>The secret key is implausibly long.</source>
        <translation>Den hemmelige nøkkelen er usannsynlig lang.</translation>
    </message>
    <message>
        <source>The setup code is longer than {limit} characters; real ones are far shorter.</source>
        <translation>Oppsettkoden er lengre enn {limit} tegn; ekte koder er mye kortere.</translation>
    </message>
    <message>
        <source>The setup code is of type “{kind}”; only time-based codes (totp) are used for exchange sign-in.</source>
        <translation>Oppsettkoden er av typen «{kind}»; bare tidsbaserte koder (totp) brukes til innlogging hos børser.</translation>
    </message>
    <message>
        <source>The exchange name in the setup code is longer than {limit} characters.</source>
        <translation>Navnet på børsen i oppsettkoden er lengre enn {limit} tegn.</translation>
    </message>
    <message>
        <source>The account name in the setup code is longer than {limit} characters.</source>
        <translation>Kontonavnet i oppsettkoden er lengre enn {limit} tegn.</translation>
    </message>
    <message>
        <source>The exchange name contains invisible control characters, a trick used by fake setup codes.</source>
        <translation>Navnet på børsen inneholder usynlige kontrolltegn – et triks som brukes i falske oppsettkoder.</translation>
    </message>
    <message>
        <source>The account name contains invisible control characters, a trick used by fake setup codes.</source>
        <translation>Kontonavnet inneholder usynlige kontrolltegn – et triks som brukes i falske oppsettkoder.</translation>
    </message>
    <message>
        <source>{exchange} makes its codes with {expected}, but this setup code uses {value}. The exchange would reject its codes, or the setup code is not from {exchange}.</source>
        <translation>{exchange} lager kodene sine med {expected}, men denne oppsettkoden bruker {value}. Enten ville børsen avvise kodene, eller så er oppsettkoden ikke fra {exchange}.</translation>
    </message>
    <message>
        <source>{exchange} uses codes of {expected} digits, but this setup code makes {value}. The exchange would reject them, or the setup code is not from {exchange}.</source>
        <translation>{exchange} bruker koder med {expected} sifre, men denne oppsettkoden lager koder med {value}. Enten ville børsen avvise dem, eller så er oppsettkoden ikke fra {exchange}.</translation>
    </message>
    <message>
        <source>{exchange} changes its codes every {expected} seconds, but this setup code every {value}. The exchange would reject them, or the setup code is not from {exchange}.</source>
        <translation>{exchange} skifter kodene hvert {expected}. sekund, men denne oppsettkoden gjør det hvert {value}. sekund. Enten ville børsen avvise dem, eller så er oppsettkoden ikke fra {exchange}.</translation>
    </message>
    <message>
        <source>This is a Steam Guard code, which makes 5-character codes of its own kind. Exchanges use standard time-based codes; BreachGuard cannot make Steam codes.</source>
        <translation>Dette er en Steam Guard-kode, som lager sine egne koder på 5 tegn. Børser bruker vanlige tidsbaserte koder; BreachGuard kan ikke lage Steam-koder.</translation>
    </message>
    <message>
        <source>The setup code asks for the algorithm “{name}”, which authenticators do not support (only SHA1, SHA256, SHA512). Codes would be wrong; ask the exchange for a new setup code.</source>
        <translation>Oppsettkoden ber om algoritmen «{name}», som autentiseringsapper ikke støtter (bare SHA1, SHA256, SHA512). Kodene ville blitt feil; be børsen om en ny oppsettkode.</translation>
    </message>
    <message>
        <source>The setup code asks for {value} digits; codes have 6, 7 or 8 digits.</source>
        <translation>Oppsettkoden ber om {value} sifre; koder har 6, 7 eller 8 sifre.</translation>
    </message>
    <message>
        <source>The setup code gives “{value}” as the code lifetime; it must be a positive number of seconds.</source>
        <translation>Oppsettkoden oppgir «{value}» som kodens levetid; den må være et positivt antall sekunder.</translation>
    </message>
    <message>
        <source>This is a counter-based (HOTP) code without a counter, so it cannot work. Exchange re-enrollment uses time-based codes; ask the exchange for a new setup code.</source>
        <translation>Dette er en tellerbasert kode (HOTP) uten teller, så den kan ikke virke. Nytt oppsett hos børser bruker tidsbaserte koder; be børsen om en ny oppsettkode.</translation>
    </message>
    <message>
        <source>The counter in the setup code is not a number.</source>
        <translation>Telleren i oppsettkoden er ikke et tall.</translation>
    </message>
    <message>
        <source>The counter in the setup code is too large.</source>
        <translation>Telleren i oppsettkoden er for stor.</translation>
    </message>
    <message>
        <source>The setup code names two different exchanges (“{param}” and “{label}”). Genuine codes name one; this is a warning sign of a fake code.</source>
        <translation>Oppsettkoden nevner to ulike børser («{param}» og «{label}»). Ekte koder nevner én; dette er et varselsignal om en falsk kode.</translation>
    </message>
    <message>
        <source>The secret key is not valid base32.</source>
        <translation>Den hemmelige nøkkelen er ikke gyldig base32.</translation>
    </message>
    <message>
        <source>This setup code is damaged: its parts cannot be told apart. Scan it again.</source>
        <translation>Denne oppsettkoden er skadet: delene kan ikke skilles fra hverandre. Skann den på nytt.</translation>
    </message>
    <message>
        <source>The setup code does not say which exchange it is for.</source>
        <translation>Oppsettkoden sier ikke hvilken børs den gjelder.</translation>
    </message>
    <message>
        <source>This is a counter-based (HOTP) code. Exchange re-enrollment uses time-based codes; ask the exchange for a new setup code.</source>
        <translation>Dette er en tellerbasert kode (HOTP). Nytt oppsett hos børser bruker tidsbaserte koder; be børsen om en ny oppsettkode.</translation>
    </message>
    <message>
        <source>The setup code gives “{name}” twice. Genuine codes never do; this one may have been tampered with.</source>
        <translation>Oppsettkoden oppgir «{name}» to ganger. Det gjør ekte koder aldri; denne kan ha blitt tuklet med.</translation>
    </message>
    <message>
        <source>The name in the setup code is not readable text (bad encoding).</source>
        <translation>Navnet i oppsettkoden er ikke lesbar tekst (feil tegnkoding).</translation>
    </message>
    <message>
        <source>The account name contains another colon; BreachGuard used the part before the first colon as the exchange name.</source>
        <translation>Kontonavnet har enda et kolon; BreachGuard brukte delen foran det første kolonet som navnet på børsen.</translation>
    </message>
    <message>
        <source>Codes change only every {period} seconds (usually 30). Make sure that is what the exchange uses.</source>
        <translation>Kodene skifter bare hvert {period}. sekund (vanligvis hvert 30.). Forsikre deg om at det er det børsen bruker.</translation>
    </message>
    <message>
        <source>The setup code does not say which exchange it is for. Choose the exchange yourself, and only if you started this setup on its site.</source>
        <translation>Oppsettkoden sier ikke hvilken børs den gjelder. Velg børsen selv, og bare hvis du startet dette oppsettet på nettstedet dens.</translation>
    </message>
    <message>
        <source>The setup code is for “{issuer}”. BreachGuard does not know which name this exchange puts in its setup codes, so it cannot check it. Go on only if you started this setup on the exchange&apos;s own website.</source>
        <translation>Oppsettkoden gjelder «{issuer}». BreachGuard vet ikke hvilket navn denne børsen setter i oppsettkodene sine, og kan derfor ikke sjekke den. Fortsett bare hvis du startet dette oppsettet på børsens eget nettsted.</translation>
    </message>
    <message>
        <source>Warning: the setup code is for “{issuer}”, which only looks like “{expected}”. Fake setup codes use look-alike names. Do not continue unless you are certain it came from {expected}&apos;s own website.</source>
        <translation>Advarsel: oppsettkoden gjelder «{issuer}», som bare ligner på «{expected}». Falske oppsettkoder bruker navn som ligner. Ikke fortsett med mindre du er sikker på at den kom fra nettstedet til {expected} selv.</translation>
    </message>
</context>
<context>
    <name>phone</name>
    <message>
        <source>Type your mobile number.</source>
        <translation>Skriv inn mobilnummeret ditt.</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a phone number: use digits, with + only in front of a country code.</source>
        <translation>Det ser ikke ut som et telefonnummer: bruk sifre, med + bare foran en landkode.</translation>
    </message>
    <message>
        <source>The country code after the + doesn&apos;t exist. Check it, or leave out the + and pick the country from the list.</source>
        <translation>Landkoden etter + finnes ikke. Sjekk den, eller dropp + og velg landet fra listen.</translation>
    </message>
    <message>
        <source>The number is too short: check that no digits are missing.</source>
        <translation>Nummeret er for kort: sjekk at ingen sifre mangler.</translation>
    </message>
    <message>
        <source>The number is too long: check for extra digits.</source>
        <translation>Nummeret er for langt: se etter sifre som er for mye.</translation>
    </message>
    <message>
        <source>The number has the wrong number of digits for that country.</source>
        <translation>Nummeret har feil antall sifre for det landet.</translation>
    </message>
    <message>
        <source>No phone number like this exists in that country. Check the number and the country.</source>
        <translation>Et slikt telefonnummer finnes ikke i det landet. Sjekk nummeret og landet.</translation>
    </message>
    <message>
        <source>Pick your country from the list.</source>
        <translation>Velg landet ditt fra listen.</translation>
    </message>
    <message>
        <source>This starts with a country code but has no + in front. Did you mean {suggestion}?</source>
        <translation>Dette begynner med en landkode, men har ikke + foran. Mente du {suggestion}?</translation>
    </message>
    <message>
        <source>This is a landline number. Exchanges send codes by SMS to mobile numbers: check the number and the country.</source>
        <translation>Dette er et fasttelefonnummer. Børser sender koder på SMS til mobilnumre: sjekk nummeret og landet.</translation>
    </message>
    <message>
        <source>The + code makes this a number from another country than the one picked.</source>
        <translation>+-koden gjør dette til et nummer fra et annet land enn det som er valgt.</translation>
    </message>
</context>
<context>
    <name>portal</name>
    <message>
        <source>This desktop offers no screenshot service to BreachGuard. Take a screenshot of the QR code yourself, copy it, and use “Paste a QR image”.</source>
        <translation>Dette skrivebordet tilbyr ingen skjermdumptjeneste til BreachGuard. Ta en skjermdump av QR-koden selv, kopier den og bruk «Lim inn et QR-bilde».</translation>
    </message>
    <message>
        <source>The screenshot dialog did not answer in time. Try “Scan the screen” again, or take a screenshot of the QR code yourself, copy it, and use “Paste a QR image”.</source>
        <translation>Skjermdumpvinduet svarte ikke i tide. Prøv «Skann skjermen» igjen, eller ta en skjermdump av QR-koden selv, kopier den og bruk «Lim inn et QR-bilde».</translation>
    </message>
    <message>
        <source>The desktop could not take the screenshot. Try again, or take a screenshot of the QR code yourself, copy it, and use “Paste a QR image”.</source>
        <translation>Skrivebordet klarte ikke å ta skjermdumpen. Prøv igjen, eller ta en skjermdump av QR-koden selv, kopier den og bruk «Lim inn et QR-bilde».</translation>
    </message>
    <message>
        <source>The desktop returned no usable screenshot.</source>
        <translation>Skrivebordet ga ingen brukbar skjermdump.</translation>
    </message>
    <message>
        <source>The screenshot could not be read.</source>
        <translation>Skjermdumpen kunne ikke leses.</translation>
    </message>
    <message>
        <source>BreachGuard could not delete the screenshot the desktop saved. It shows your setup code: delete the newest picture in your screenshots folder.</source>
        <translation>BreachGuard klarte ikke å slette skjermdumpen skrivebordet lagret. Den viser oppsettkoden din: slett det nyeste bildet i mappen for skjermdumper.</translation>
    </message>
</context>
<context>
    <name>profile_update</name>
    <message>
        <source>Signing keys (key IDs)</source>
        <translation>Signeringsnøkler (nøkkel-ID-er)</translation>
    </message>
    <message>
        <source>Hosts the app connects to</source>
        <translation>Servere appen kobler seg til</translation>
    </message>
    <message>
        <source>Notice feeds</source>
        <translation>Meldingsfeeder</translation>
    </message>
    <message>
        <source>Account lookup API</source>
        <translation>API for kontooppslag</translation>
    </message>
    <message>
        <source>2FA confirmation API</source>
        <translation>API for 2FA-bekreftelse</translation>
    </message>
    <message>
        <source>2FA issuer names</source>
        <translation>Utstedernavn for 2FA</translation>
    </message>
    <message>
        <source>Official web domains</source>
        <translation>Offisielle nettdomener</translation>
    </message>
    <message>
        <source>Email sender domains</source>
        <translation>Avsenderdomener for e-post</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Kontaktinfo for kundestøtte</translation>
    </message>
    <message>
        <source>Clock check URL</source>
        <translation>Adresse for klokkesjekk</translation>
    </message>
    <message>
        <source>2FA algorithms</source>
        <translation>2FA-algoritmer</translation>
    </message>
    <message>
        <source>2FA code lengths</source>
        <translation>Lengder på 2FA-koder</translation>
    </message>
    <message>
        <source>2FA code periods (seconds)</source>
        <translation>Levetid for 2FA-koder (sekunder)</translation>
    </message>
    <message>
        <source>What staff never ask for</source>
        <translation>Det de ansatte aldri ber om</translation>
    </message>
    <message>
        <source>Feed check interval (seconds)</source>
        <translation>Intervall for sjekk av feeder (sekunder)</translation>
    </message>
</context>
<context>
    <name>pwned</name>
    <message>
        <source>The password check service sent an answer BreachGuard does not understand, so nothing can be said about this password. A network sign-in page may be in the way; try again later.</source>
        <translation>Tjenesten for passordsjekk sendte et svar som BreachGuard ikke forstår, så ingenting kan sies om dette passordet. Kanskje en innloggingsside for nettverket er i veien; prøv igjen senere.</translation>
    </message>
    <message>
        <source>The password check service sent an answer larger than {limit} KiB, far more than it ever sends, so nothing can be said about this password. A network sign-in page or proxy may be in the way; try again later.</source>
        <translation>Tjenesten for passordsjekk sendte et svar på mer enn {limit} KiB, langt mer enn den noen gang sender, så ingenting kan sies om dette passordet. Kanskje en innloggingsside for nettverket eller en proxy er i veien; prøv igjen senere.</translation>
    </message>
    <message>
        <source>The Pwned Passwords service could not be reached: {reason}</source>
        <translation>Fikk ikke kontakt med tjenesten Pwned Passwords: {reason}</translation>
    </message>
    <message>
        <source>Type the password you want to check first.</source>
        <translation>Skriv først inn passordet du vil sjekke.</translation>
    </message>
    <message>
        <source>The password check service is busy. Wait a minute and try again.</source>
        <translation>Tjenesten for passordsjekk er opptatt. Vent et minutt og prøv igjen.</translation>
    </message>
    <message>
        <source>The password check service answered with an error (HTTP {status}).</source>
        <translation>Tjenesten for passordsjekk svarte med en feil (HTTP {status}).</translation>
    </message>
    <message>
        <source>The Pwned Passwords service could not be reached. Check your internet connection and try again.</source>
        <translation>Fikk ikke kontakt med tjenesten Pwned Passwords. Sjekk internettforbindelsen og prøv igjen.</translation>
    </message>
    <message>
        <source>The Pwned Passwords service took too long to answer. Try again later.</source>
        <translation>Tjenesten Pwned Passwords brukte for lang tid på å svare. Prøv igjen senere.</translation>
    </message>
    <message>
        <source>The secure connection to the Pwned Passwords service failed: {reason}</source>
        <translation>Den sikre forbindelsen til tjenesten Pwned Passwords mislyktes: {reason}</translation>
    </message>
</context>
<context>
    <name>qr</name>
    <message>
        <source>This is not an image BreachGuard can read.</source>
        <translation>Dette er ikke et bilde BreachGuard kan lese.</translation>
    </message>
    <message>
        <source>No QR code was found. Make sure the whole code is visible, sharp and not cut off, then try again.</source>
        <translation>Fant ingen QR-kode. Sørg for at hele koden er synlig, skarp og ikke avkuttet, og prøv igjen.</translation>
    </message>
    <message>
        <source>The file is too large to be a QR code picture.</source>
        <translation>Filen er for stor til å være et bilde av en QR-kode.</translation>
    </message>
    <message>
        <source>There is no screen to capture.</source>
        <translation>Det finnes ingen skjerm å ta bilde av.</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Filen {name} finnes ikke.</translation>
    </message>
    <message>
        <source>{name} is not a picture file (it is a folder, a device or a pipe).</source>
        <translation>{name} er ikke en bildefil (det er en mappe, en enhet eller en pipe).</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>Filen {name} kan ikke leses ({reason}).</translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>Kunne ikke ta bilde av skjermen.</translation>
    </message>
    <message>
        <source>The image is larger than {limit}×{limit} pixels; crop it to the QR code.</source>
        <translation>Bildet er større enn {limit}×{limit} piksler; beskjær det til QR-koden.</translation>
    </message>
    <message>
        <source>This file could not be read as an image ({reason}).</source>
        <translation>Denne filen kunne ikke leses som et bilde ({reason}).</translation>
    </message>
</context>
<context>
    <name>secret_store</name>
    <message>
        <source>This computer has no keyring to keep 2FA secrets safe. On Linux, install and start one (for example “gnome-keyring” or KWallet) and sign in to a desktop session, then try again.</source>
        <translation>Denne datamaskinen har ingen nøkkelring som kan oppbevare 2FA-hemmeligheter trygt. På Linux installerer og starter du en (for eksempel «gnome-keyring» eller KWallet), logger inn i en skrivebordsøkt og prøver igjen.</translation>
    </message>
    <message>
        <source>Your keyring is locked, or the unlock prompt was closed. Unlock it (your login password usually does it), then press Try again.</source>
        <translation>Nøkkelringen din er låst, eller opplåsingsvinduet ble lukket. Lås den opp (vanligvis med innloggingspassordet ditt), og trykk så «Prøv igjen».</translation>
    </message>
    <message>
        <source>Your keyring is running but locked or not set up yet: the request to unlock or create it was closed or could not be shown. Unlock it, or create a “Login” keyring in your desktop&apos;s “Passwords and Keys” app, then press Try again.</source>
        <translation>Nøkkelringen din kjører, men er låst eller ikke satt opp ennå: forespørselen om å låse den opp eller opprette den ble lukket eller kunne ikke vises. Lås den opp, eller opprett en nøkkelring med navnet «Login» i appen «Passord og nøkler» på skrivebordet, og trykk så «Prøv igjen».</translation>
    </message>
    <message>
        <source>The keyring refused to store the secret. Nothing was changed; your previous token is untouched. Check that the keyring is unlocked and has space, then try again.</source>
        <translation>Nøkkelringen nektet å lagre hemmeligheten. Ingenting ble endret; den forrige tokenen din er urørt. Sjekk at nøkkelringen er låst opp og har plass, og prøv igjen.</translation>
    </message>
    <message>
        <source>The only keyring available ({backend}) stores secrets unencrypted in a file. BreachGuard will not use it unless you explicitly allow it.</source>
        <translation>Den eneste tilgjengelige nøkkelringen ({backend}) lagrer hemmeligheter ukryptert i en fil. BreachGuard bruker den bare hvis du uttrykkelig tillater det.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} seconds. An unlock prompt may be waiting behind another window; answer it and try again.</source>
        <translation>Nøkkelringen svarte ikke innen {seconds} sekunder. Et opplåsingsvindu kan ligge og vente bak et annet vindu; svar på det og prøv igjen.</translation>
    </message>
    <message>
        <source>The keyring returned something different from what was stored, so BreachGuard does not count the secret as saved. Your previous token is untouched.</source>
        <translation>Nøkkelringen ga tilbake noe annet enn det som ble lagret, så BreachGuard regner ikke hemmeligheten som lagret. Den forrige tokenen din er urørt.</translation>
    </message>
    <message>
        <source>The keyring reported a system error ({code}).</source>
        <translation>Nøkkelringen meldte en systemfeil ({code}).</translation>
    </message>
    <message>
        <source>The keyring could not be read.</source>
        <translation>Nøkkelringen kunne ikke leses.</translation>
    </message>
    <message>
        <source>This secret is too large for the keyring.</source>
        <translation>Denne hemmeligheten er for stor for nøkkelringen.</translation>
    </message>
    <message>
        <source>The keyring could not delete the old entry; try again.</source>
        <translation>Nøkkelringen kunne ikke slette den gamle oppføringen; prøv igjen.</translation>
    </message>
    <message>
        <source>This secret is too large for the Windows keyring.</source>
        <translation>Denne hemmeligheten er for stor for nøkkelringen i Windows.</translation>
    </message>
    <message>
        <source>There is no such keyring entry.</source>
        <translation>Det finnes ingen slik oppføring i nøkkelringen.</translation>
    </message>
</context>
<context>
    <name>source</name>
    <message>
        <source>an internal error stopped the update</source>
        <translation>en intern feil stoppet oppdateringen</translation>
    </message>
    <message>
        <source>{name} notices</source>
        <translation>Meldinger fra {name}</translation>
    </message>
    <message>
        <source>the server answered with HTTP {status}</source>
        <translation>serveren svarte med HTTP {status}</translation>
    </message>
    <message>
        <source>{name} status page</source>
        <translation>Statusside for {name}</translation>
    </message>
    <message>
        <source>the feed was not found on the server (HTTP 404)</source>
        <translation>feeden ble ikke funnet på serveren (HTTP 404)</translation>
    </message>
    <message>
        <source>the server asked BreachGuard to slow down (HTTP 429)</source>
        <translation>serveren ba BreachGuard om å spørre sjeldnere (HTTP 429)</translation>
    </message>
    <message>
        <source>the exchange&apos;s server has a problem (HTTP {status})</source>
        <translation>børsens server har et problem (HTTP {status})</translation>
    </message>
    <message>
        <source>the answer was a web page, not the notice feed (a Wi-Fi sign-in page or an error page may be in the way)</source>
        <translation>svaret var en nettside, ikke meldingsfeeden (kanskje en innloggingsside for Wi-Fi eller en feilside er i veien)</translation>
    </message>
    <message>
        <source>the signature file is missing (HTTP 404), so the notices cannot be trusted</source>
        <translation>signaturfilen mangler (HTTP 404), så meldingene kan ikke stoles på</translation>
    </message>
    <message>
        <source>the signature could not be downloaded ({reason})</source>
        <translation>signaturen kunne ikke lastes ned ({reason})</translation>
    </message>
    <message>
        <source>the signature file is missing</source>
        <translation>signaturfilen mangler</translation>
    </message>
    <message>
        <source>the feed is signed for publisher “{signed}”, not for “{expected}”</source>
        <translation>feeden er signert for utgiveren «{signed}», ikke for «{expected}»</translation>
    </message>
    <message>
        <source>the server sent an older feed (number {sequence}) than one already seen (number {highest}); it was refused</source>
        <translation>serveren sendte en eldre feed (nummer {sequence}) enn en som allerede er sett (nummer {highest}); den ble avvist</translation>
    </message>
    <message>
        <source>the feed changed without a new sequence number ({sequence})</source>
        <translation>feeden ble endret uten nytt løpenummer ({sequence})</translation>
    </message>
    <message>
        <source>the server said nothing changed, but no saved copy exists here; the next try downloads it in full</source>
        <translation>serveren sier at ingenting er endret, men det finnes ingen lagret kopi her; neste forsøk laster ned alt på nytt</translation>
    </message>
    <message>
        <source>the signature file is not a minisign signature (too large)</source>
        <translation>signaturfilen er ikke en minisign-signatur (for stor)</translation>
    </message>
</context>
</TS>
