"""Does a notice ask for a seed phrase, remote access, a deposit or moving funds,
or does it warn that nobody legitimate ever would?

Scammers push four things (``model.SCAM_CATEGORIES``): a seed or recovery phrase
(or "verify your wallet"), remote access (AnyDesk, TeamViewer, …), a "verification
deposit", and moving funds to a "safe wallet". An exchange's own notices mention the
same four to say the opposite: "we will never ask for your seed phrase". Flagging
every mention made the exchange's own reassurance look like a scam.

:func:`classify` reads English, German and Norwegian Bokmål text sentence by
sentence and clause by clause, and returns:

``flags``
    topics a clause asks for or pushes toward (an imperative, "please", "you must",
    "we need your", "to verify your…", a link, a threat such as "or your account
    will be suspended");
``reassurances``
    topics a clause says will never be asked for, or warns about ("never share…",
    "nobody from X will ask…", "do not move your funds", "beware of emails asking…"),
    and that no other clause of the same texts asks for.

Both are in the fixed ``SCAM_CATEGORIES`` order. The rules, in order, for a clause
that names a topic:

1. a threat ("unless", "otherwise your…", "…will be suspended", "don't wait")
   makes it a request, even beside "never" or "not";
2. else a negation or warning ("never", "not", "nobody", "beware", "scam", …),
   or a list opened by one ("we will never ask you to:" followed by items), makes
   it a reassurance;
3. else a request cue makes it a request;
4. else it is a mere mention ("an attacker gained remote access to a build
   server"): neither. Incident reports describe such things without asking for them.

A text that reassures in one clause and asks in another ("we never ask for your
password, but please enter your seed phrase below") counts as a request: the
request is what a reader would act on. Clauses end at sentence ends, line breaks,
";", ":" (unless it opens a list after a negation), " - ", and at "but",
"however", "aber", "jedoch", "doch", "sondern", "men", "likevel".

How to present the result (:func:`presentation` gives the kind):

- an **unverified** notice with ``flags`` keeps the red scam warning naming what
  it asks for: whoever wrote it may be impersonating the exchange;
- a **verified** notice (the exchange's own signed feed) never gets a scam
  warning; at most a neutral reminder ("Reminder: the exchange's staff never ask
  for your seed phrase, remote access, …"), shown when it has ``flags`` or
  ``reassurances``;
- an **unverified** notice with ``reassurances`` only gets the same neutral
  reminder;
- anything else shows nothing.

The classifier is lexical: it does not understand text, and a scammer can write
around it. The warning is a fixed text beside the notice; it never hides a notice
and never decides anything else (actions and alerts come only from verified feeds).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal, TypedDict

from breachguard.core.feeds.model import SCAM_CATEGORIES, Notice

# Bounds the work on a hostile field; the readers cap bodies far below this.
MAX_CHARS_PER_TEXT = 100_000

Presentation = Literal["warning", "reminder"]


@dataclass(frozen=True)
class ScamVerdict:
    """Topics asked for (``flags``) and topics only reassured about, in
    ``SCAM_CATEGORIES`` order."""

    flags: tuple[str, ...] = ()
    reassurances: tuple[str, ...] = ()


class ScamFields(TypedDict):
    """A verdict as ``Notice`` keyword arguments."""

    scam_flags: tuple[str, ...]
    reassurances: tuple[str, ...]


class _Alternatives:
    """Patterns joined with "|", compiled on first use: compiling all of them takes
    about 15 ms, which the first notice read pays instead of every start-up."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self._source = "|".join(f"(?:{p})" for p in patterns)
        self._compiled: re.Pattern[str] | None = None

    def _pattern(self) -> re.Pattern[str]:
        if self._compiled is None:  # two threads may both compile; either result is right
            self._compiled = re.compile(self._source)
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        return self._pattern().search(text)

    def sub(self, replacement: str, text: str) -> str:
        return self._pattern().sub(replacement, text)


def _any(*patterns: str) -> _Alternatives:
    return _Alternatives(patterns)


# -- what each topic is called ------------------------------------------------------------
# Text is NFKC-normalised and casefolded first ("ß" reads "ss"), so patterns are lower case.

_TERMS: dict[str, _Alternatives] = {
    "seed_phrase": _any(
        # en
        r"\b(?:seed|recovery|secret|backup|mnemonic)[\s-]?(?:recovery[\s-]?)?"
        r"(?:phrase|words?|sentence|seed)",
        r"\bmnemonics?\b",
        r"\bprivate[\s-]?keys?\b",
        r"\b(?:your|wallet)\s+seeds?\b(?![\s-]?(?:round|funding|investors?)\b)",
        r"\b(?:12|18|24|twelve|eighteen|twenty[\s-]?four)[\s-](?:words?)\b",
        r"\b(?:verify|validate|sync|synchroni[sz]e|rectify|revalidate|reactivate|authenticate)"
        r"\s+(?:your\s+|the\s+)?(?:crypto\s+)?wallets?\b",
        r"\bwallet\s+(?:verification|validation|synchroni[sz]ation|sync)\b",
        # de
        r"wiederherstellungs(?:phrase|satz|sätze|saetze|wörter|woerter|wort|schlüssel)",
        r"\bseed[\s-]?(?:wörter|woerter|wort|satz|sätze)",
        r"\bgeheime?[nrs]?[\s-]+(?:phrase|wiederherstellungsphrase)",
        r"\bprivate?[nrs]?[\s-]+schlüssel",
        r"\bprivatschlüssel",
        r"\b(?:12|18|24|zwölf|vierundzwanzig)[\s-]?(?:wörter|wort)",
        r"(?:verifizier|validier|synchronisier|bestätig|authentifizier)\w*\s+(?:sie\s+)?"
        r"(?:ihr\w*\s+|dein\w*\s+)?(?:krypto[\s-]?)?wallet",
        r"\bwallet\w*\s+(?:\S+\s+){0,2}?(?:zu\s+)?(?:verifizier|validier|synchronisier|bestätig)",
        r"\bwallet-?(?:verifizierung|validierung|bestätigung|synchronisierung)",
        # nb
        r"gjenopprettings(?:frase|ord|setning|nøkkel)",
        r"\bseed[\s-]?fras",
        r"\bfrø(?:frase|ord)",
        r"\bhemmelige?\s+(?:frase|gjenopprettingsfrase)",
        r"\bprivat(?:e)?[\s-]?nøk(?:kel|ler|l)",
        r"\b(?:12|18|24|tolv|atten|tjuefire)[\s-]ord(?:s\w*|ene)?\b",
        r"(?:verifiser|valider|bekreft|synkroniser|autentiser)\w*\s+(?:\S+\s+)?lommebok",
        r"\blommebok\w*\s+(?:din\s+)?(?:må\s+)?(?:verifiser|valider|bekreft|synkroniser)",
        r"\blommebok(?:verifisering|validering)",
    ),
    "remote_access": _any(
        # en
        r"\bremote[\s-]?(?:access|desktop|control|assistance|session|support\s+"
        r"(?:tool|software|app))",
        r"\b(?:any[\s-]?desk|team[\s-]?viewer|rust[\s-]?desk|quick[\s-]?support|"
        r"quick[\s-]?assist|screen[\s-]?connect|connectwise|splashtop|logmein|"
        r"ultra[\s-]?viewer|supremo|ammyy)\b",
        r"\bscreen[\s-]?shar",
        r"\bshare\s+(?:your\s+)?screen",
        # de
        r"\bfern(?:zugriff|zugang|wartung|steuerung|support|sitzung)",
        r"\bremote-?(?:zugriff|zugang|software|sitzung)",
        r"\bbildschirm(?:freigabe|übertragung)",
        r"\bbildschirm\s+(?:\S+\s+)?(?:teilen|freigeben)",
        # nb
        r"\bfjern(?:tilgang|styring|hjelp|skrivebord|kontroll|støtte|økt|tilkobling)",
        r"\bskjermdeling",
        r"\bdel\w*\s+skjermen",
    ),
    "verification_deposit": _any(
        # en
        r"\b(?:verification|validation|activation|unlock(?:ing)?|reactivation|confirmation)"
        r"\s+(?:deposit|payment|fee|transfer|transaction|amount|charge)s?\b",
        r"\b(?:deposit|send|pay|transfer)\s+(?:\S+\s+){0,3}?(?:to|in\s+order\s+to)\s+"
        r"(?:verify|unlock|reactivate|activate|validate|confirm|release|unfreeze|restore|"
        r"authenticate|prove)\b",
        r"\b(?:small|test|minimum)\s+(?:deposit|transaction|transfer|payment)\s+"
        r"(?:\S+\s+){0,3}?to\s+(?:verify|confirm|prove|validate)\b",
        r"\bto\s+(?:verify|unlock|reactivate|activate|validate|confirm)\b[^.;:]{0,60},\s*"
        r"(?:\S+\s+)?(?:deposit|send|pay|transfer)\b",
        # de
        r"\b(?:verifizierungs|verifikations|bestätigungs|aktivierungs|freischalt(?:ungs)?|"
        r"entsperr(?:ungs)?|validierungs)(?:einzahlung|zahlung|gebühr|überweisung|betrag|"
        r"transaktion)",
        r"\b(?:send|überweis|zahl|einzahl)\w*,?\s+(?:\S+\s+){0,5}?um\s+(?:\S+\s+){0,3}?zu\s+"
        r"(?:verifizieren|bestätigen|entsperren|aktivieren|reaktivieren|validieren)\b",
        r"\b(?:send|überweis|zahl|einzahl)\w*\s+(?:\S+\s+){0,4}?zur\s+"
        r"(?:verifizierung|bestätigung|freischaltung|entsperrung|validierung)\b",
        r"\bzur\s+(?:verifizierung|bestätigung|freischaltung|entsperrung|validierung)\s+"
        r"(?:\S+\s+){0,2}?(?:zu\s+)?(?:überweisen|senden|schicken|zahlen|einzahlen)\b",
        r"\bzur\s+(?:verifizierung|bestätigung|freischaltung|entsperrung|validierung)\b"
        r"[^.;:]{0,40}\b(?:einzahlung|zahlung|überweisung|gebühr)",
        r"\b(?:einzahlung|zahlung|überweisung)\w*\s+(?:zur|zwecks)\s+"
        r"(?:verifizierung|bestätigung|freischaltung|entsperrung|validierung)\b",
        r"\bum\s+(?:\S+\s+){0,3}?zu\s+(?:verifizieren|bestätigen|entsperren|aktivieren|"
        r"reaktivieren)\s*,\s*(?:\S+\s+){0,2}?(?:send|überweis|zahl|einzahl)",
        # nb
        r"\b(?:verifiserings|bekreftelses|aktiverings|opplåsings|validerings)"
        r"(?:innskudd|betaling|gebyr|overføring|beløp)",
        r"\b(?:send|betal|overfør|sett\w*\s+inn)\w*\s+(?:\S+\s+){0,4}?for\s+å\s+"
        r"(?:verifisere|bekrefte|låse\s+opp|aktivere|reaktivere|validere)\b",
        r"\binnskudd\s+for\s+(?:å\s+)?(?:verifiser|bekreft)",
        r"\bfor\s+å\s+(?:verifisere|bekrefte|låse\s+opp|aktivere|reaktivere)\b[^.;:]{0,60},"
        r"\s*(?:\S+\s+)?(?:send|betal|overfør|sett\s+inn)\b",
    ),
    "move_funds": _any(
        # en
        r"\b(?:move|moving|transfer|transferring|send|sending|withdraw|withdrawing|migrate|"
        r"migrating)\s+(?:all\s+(?:of\s+)?)?(?:(?P<your>your\s+)|the\s+)?(?:remaining\s+)?"
        r"(?:funds|coins|crypto|cryptocurrenc(?:y|ies)|assets|balances?|bitcoins?|btc|eth|"
        r"ether|usdt|tokens|money|savings|holdings)\b(?(your)|\s+(?:\S+\s+){0,2}?(?:to|into)\b)",
        r"\b(?:safe|secure|secured|protected|safety|holding|quarantine|temporary)\s+"
        r"(?:wallet|vault|address)(?:es|s)?\b",
        r"\b(?:safe|secure)\s+accounts?\b",
        # de
        r"\b(?:sicher|geschützt|temporär|treuhand)\w*[\s-]+(?:wallet|konto|adresse|tresor)",
        r"\b(?:treuhand|sicherheits)(?:konto|wallet)",
        r"\b(?:überweis|verschieb|transferier|übertrag|send|schick|verleg|bring)\w*\s+"
        r"(?:sie\s+|du\s+)?(?:(?:nie|niemals|nicht|bitte|jetzt|sofort|umgehend)\s+)?"
        r"(?:(?:ihr\w*|dein\w*|alle\w*|das|die|gesamte\w*)\s+){0,3}"
        r"(?:guthaben|gelder|geld|coins|münzen|krypto\w*|vermögen|bitcoins?|btc|eth|mittel|"
        r"bestände|token\w*)\b",
        r"\b(?:guthaben|gelder|coins|kryptowährung\w*|vermögen|bitcoins?|mittel|bestände)\s+"
        r"(?:\S+\s+){0,4}?(?:zu\s+)?(?:überweisen|verschieben|transferieren|übertragen|"
        r"senden|schicken|verlegen|bringen)\b",
        # nb
        r"\b(?:trygg|sikker|sikret|beskyttet|midlertidig)\w*\s+(?:lommebok|konto|adresse|wallet)",
        r"\b(?:flytt|overfør|send)\w*\s+(?:alle\s+|hele\s+)?(?:midlene|midler|pengene|penger|"
        r"kryptovaluta\w*|kryptoen|krypto|saldoen|bitcoinene|bitcoin|eiendelene|"
        r"beholdningen|myntene)\b",
    ),
}

# -- cues ----------------------------------------------------------------------------------

# Phrases that look like a negation but are not one ("don't hesitate", "no longer",
# "noch nicht"); removed before the cues are read.
_NEUTRAL = _any(
    r"\b(?:do\s+not|don't)\s+hesitate\b",
    r"\bnot\s+(?:only|yet)\b",
    r"\bno\s+longer\b",
    r"\b(?:make\s+sure|ensure)\b",
    r"\bzögern\s+sie\s+nicht\b",
    r"\bnicht\s+(?:nur|mehr|länger|zögern)\b",
    r"\bnoch\s+nicht\b",
    r"\bstellen\s+sie\s+sicher\b",
    r"\bnøl\s+ikke\b",
    r"\bikke\s+(?:nøl|bare|lenger|ennå|enda|minst)\b",
    r"\b(?:ennå|enda)\s+ikke\b",
    r"\bsørg\s+for\b",
)

# A threat or a push that wins over any negation in the same clause.
_THREAT = _any(
    r"\bunless\b",
    r"[,;]\s*otherwise\b",
    r"\botherwise\s+(?:your|the|we|you)\b",
    r"\bor\s+(?:else\s+)?(?:your|the)\s+(?:account|funds|wallet|assets|balance|access)\b",
    r"\b(?:will|may|could)\s+be\s+(?:permanently\s+)?(?:suspended|frozen|locked|closed|"
    r"deleted|terminated|lost|blocked|disabled|restricted|forfeited|seized)\b",
    r"\bfailure\s+to\b",
    r"\b(?:do\s+not|don't)\s+(?:wait|delay|ignore)\b",
    r"\bes\s+sei\s+denn\b",
    r"\b(?:andernfalls|ansonsten)\b",
    r"\bsonst\s+(?:wird|werden|droht|verlieren)\b",
    r"\b(?:wird|werden)\s+(?:(?!nicht\b|kein)\S+\s+){0,4}?(?:dauerhaft\s+)?(?:gesperrt|"
    r"eingefroren|gelöscht|geschlossen|deaktiviert|eingeschränkt|gekündigt|beschlagnahmt)\b",
    r"\bnicht\s+(?:warten|ignorieren)\b",
    r"\bwarten\s+sie\s+nicht\b",
    r"\bmed\s+mindre\b",
    r"[,;]\s*ellers\b",
    r"\bellers\s+(?:blir|vil|kan|mister|må)\b",
    r"\b(?:blir|vil\s+bli|kan\s+bli)\s+(?:(?!ikke\b)\S+\s+){0,3}?(?:permanent\s+)?(?:stengt|"
    r"sperret|låst|slettet|suspendert|fryst|frosset|deaktivert|begrenset|inndratt|"
    r"beslaglagt)\b",
    r"\bikke\s+vent\b",
    r"\bvent\s+ikke\b",
)

_REASSURANCE = _any(
    # en: negation
    r"\bnever\b",
    r"\bno[\s-]?one\b",
    r"\bnobody\b",
    r"\bno\s+(?:staff|employee|member|representative|agent|legitimate|genuine|real|official|"
    r"admin|moderator|support|exchange|one)",
    r"\bnot\s+(?:once|ever)\b",
    r"\b(?:do|does|did|will|would|should|shall|must|can|could|may|might|are|is|am|was|were|"
    r"need)\s+not\b",
    r"\b\w+n't\b",
    r"\bcannot\b",
    r"\bunder\s+no\s+circumstances?\b",
    r"\bat\s+no\s+(?:time|point)\b",
    r"\bneither\b",
    r"\bnor\b",
    # en: warning
    r"\bbeware\b",
    r"\bbe\s+(?:careful|cautious|aware|alert|vigilant|wary|on\s+guard)\b",
    r"\b(?:watch|look)\s+out\b",
    r"\bcaution",
    r"\bwarn",
    r"\bscam",
    r"\bphish",
    r"\bfraud",
    r"\bfake\b",
    r"\bimpersonat",
    r"\bimpost[eo]r",
    r"\bpretend",
    r"\bclaim(?:s|ing)?\s+to\s+be\b",
    r"\bsuspicious\b",
    r"\bcriminals?\b",
    r"\bif\s+(?:anyone|someone|somebody|a\s+person|they|you\s+(?:are|were)\s+asked|"
    r"you\s+receive|you\s+get\s+(?:a|an)\s+(?:call|email|e-mail|message))\b",
    r"\banyone\s+(?:who|asking|that)\b",
    r"\bignore\b",
    r"\breport\b",
    r"\bprotect\s+yourself\b",
    r"\bkeep\s+(?:it|them|this|these|your\s+\S+(?:\s+\S+)?)\s+(?:secret|private|offline|"
    r"to\s+yourself)\b",
    r"\bfor\s+your\s+eyes\s+only\b",
    # de: negation
    r"\bnie(?:mals)?\b",
    r"\bnicht\b",
    r"\bkein",
    r"\bniemand",
    r"\bauf\s+keinen\s+fall\b",
    r"\bunter\s+keinen\s+umständen\b",
    r"\bweder\b",
    # de: warning
    r"\bvorsicht",
    r"\bachtung\b",
    r"\bhüten\s+sie\s+sich\b",
    r"\bbetrug",
    r"\bbetrüg",
    r"\bgefälscht",
    r"\bfälschung",
    r"\bfalsche[nrs]?\s+(?:mitarbeiter|support|e-mails?|nachrichten|anrufe|webseiten|"
    r"websites?|seiten)",
    r"\b(?:wenn|falls|sollte)\s+(?:\S+\s+){0,2}?jemand\b",
    r"\bverdächtig",
    r"\bignorieren\b",
    r"\bmelden\s+sie\s+(?!sich\b)",
    r"\bgeheim\s*(?:halten|zu\s+halten|bleiben)",
    r"\bfür\s+sich\s+behalten\b",
    r"\bschützen\s+sie\s+sich\b",
    r"\bkriminell",
    r"\bpassen\s+sie\s+auf\b",
    r"\baufpassen\b",
    r"\bgeben\s+sich\s+(?:\S+\s+){0,3}?aus\b",
    # nb: negation
    r"\baldri\b",
    r"\bikke\b",
    r"\bingen\b",
    r"\bingenting\b",
    r"\bverken\b",
    r"\bpå\s+ingen\s+måte\b",
    r"\bunder\s+ingen\s+omstendigheter\b",
    # nb: warning
    r"\bvær\s+(?:oppmerksom|på\s+vakt|forsiktig|obs|årvåken)\b",
    r"\bpass\s+(?:på|deg|opp)\b",
    r"\badvar",
    r"\bsvindel",
    r"\bsvindler",
    r"\bfalske?\b",
    r"\bmistenkelig",
    r"\b(?:hvis|dersom|om)\s+noen\b",
    r"\bignorer\b",
    r"\brapporter",
    r"\bmeld\s+fra\b",
    r"\butgir\s+seg\b",
    r"\bhold\s+(?:\S+\s+){0,3}?(?:hemmelig|for\s+deg\s+selv)\b",
    r"\bholdes\s+hemmelig",
    r"\bbeskytt\s+deg\b",
    r"\bkriminell",
)

_CLAUSE_START = r"(?:^|[,(]\s*|\b(?:then|and|now|just|simply|first|also)\s+)"
_DE_START = r"(?:^|[,(]\s*|\b(?:dann|und|jetzt|nun|einfach|sofort|zuerst|auch|bitte)\s+)"
_NB_START = r"(?:^|[,(]\s*|\b(?:så|og|nå|bare|straks|først|deretter)\s+)"

_REQUEST = _any(
    r"https?://",
    r"\bwww\.",
    # en
    r"\bplease\b",
    r"\bkindly\b",
    _CLAUSE_START + r"(?:enter|type|input|provide|share|send|submit|confirm|verify|validate|"
    r"give|tell|reveal|disclose|download|install|run|open|launch|allow|grant|let|connect|"
    r"link|move|transfer|deposit|pay|make|sync|synchroni[sz]e|import|restore|recover|click|"
    r"tap|visit|follow|go|scan|reply|respond|call|contact|complete|upload|paste|fill|migrate|"
    r"withdraw|unlock|reactivate|activate|accept|approve)\b",
    r"\byou\s+(?:must|need\s+to|have\s+to|should|are\s+(?:required|asked|requested|expected)"
    r"\s+to|will\s+(?:need|have)\s+to)\b",
    r"\b(?:must|needs?\s+to|has\s+to|have\s+to)\s+be\s+(?:re-?)?(?:entered|provided|confirmed|"
    r"verified|shared|installed|moved|transferred|sent|deposited|paid|submitted|validated|"
    r"synchroni[sz]ed)\b",
    r"\b(?:required|mandatory|obligatory|compulsory)\b",
    r"\b(?:is|are)\s+(?:needed|necessary)\s+to\s+(?:verify|validate|unlock|reactivate|activate|"
    r"restore|release|confirm)\b",
    r"\b(?:customers|users|clients|everyone|account\s+holders)\s+(?:\S+\s+)?(?:must|need\s+to|"
    r"have\s+to|are\s+required\s+to|should)\b",
    r"\buntil\s+you\b",
    r"\bwe\s+(?:need|require|must\s+have)\b",
    r"\b(?:asks?|asked|asking|requests?|requested|requesting)\s+(?:you|that\s+you|for)\b",
    r"\b(?:click|tap)\b",
    r"\b(?:link|button|form)\s+below\b",
    r"\bto\s+(?:verify|validate|unlock|reactivate|unfreeze|confirm|sync|synchroni[sz]e|claim|"
    r"prove|release|avoid|keep|restore|regain|recover)\s+(?:your|ownership|access\s+to\s+your)"
    r"\b",
    r"\b(?:help|assist|guide)\s+you\b",
    r"\bconnect\s+to\s+your\s+(?:computer|device|pc|laptop|phone|screen)\b",
    r"\b(?:agent|technician|specialist|expert|representative|advisor|adviser|engineer|team|"
    r"staff|support)s?\s+(?:will|can|would)\s+(?:then\s+)?(?:connect|call|contact|guide|help|"
    r"assist|access|log\s+in|take\s+over|walk\s+you)\b",
    # de
    r"\bbitte\b",
    _DE_START + r"(?:geben|teilen|senden|schicken|übermitteln|bestätigen|verifizieren|"
    r"validieren|installieren|laden|erlauben|gewähren|gestatten|öffnen|starten|klicken|tippen|"
    r"besuchen|folgen|scannen|antworten|rufen|kontaktieren|überweisen|verschieben|"
    r"transferieren|übertragen|zahlen|leisten|tätigen|nennen|verraten|synchronisieren|"
    r"importieren|verbinden|migrieren|füllen|akzeptieren|genehmigen|aktivieren|entsperren|"
    r"richten|lassen|gehen|führen|machen|hinterlegen)\s+sie\b",
    _DE_START + r"(?:gib|teile|sende|schicke|übermittle|bestätige|verifiziere|validiere|"
    r"installiere|lade|erlaube|gewähre|öffne|starte|klicke|tippe|besuche|scanne|antworte|rufe|"
    r"kontaktiere|überweise|verschiebe|transferiere|übertrage|zahle|leiste|nenne|verrate|"
    r"synchronisiere|importiere|verbinde|akzeptiere|aktiviere|entsperre|lass)\b",
    r"\bsie\s+(?:müssen|sollten|sollen|werden\s+gebeten)\b",
    r"\bmüssen\s+sie\b",
    r"\bdu\s+(?:musst|solltest|sollst)\b",
    r"\bmusst\s+du\b",
    r"\bmüssen\s+(?:alle\s+)?(?:kunden|kundinnen|nutzer\w*|anleger\w*)\b",
    r"\b(?:kunden|kundinnen|nutzer\w*)\s+müssen\b",
    r"\bbis\s+sie\b",
    r"\b(?:erforderlich|notwendig|nötig|verpflichtend|pflicht|obligatorisch|unerlässlich)",
    r"\b(?:benötigen|brauchen)\s+(?:wir\s+)?(?:ihr\w*|dein\w*|von\s+ihnen)\b",
    r"\bmuss\s+(?:\S+\s+){0,3}?(?:eingegeben|bestätigt|verifiziert|angegeben|installiert|"
    r"überwiesen|übertragen|verschoben|eingezahlt|gezahlt)\s+werden\b",
    r"\b(?:bitten|fordern)\s+(?:wir\s+)?(?:sie|dich)\b",
    r"\b(?:gebeten|aufgefordert)\b",
    r"\bklick",
    r"\bhier\s*:",
    r"\bfolgenden\s+link\b",
    r"\bhier\s+(?:\S+\s+)?(?:eingeben|angeben|bestätigen|installieren|herunterladen|"
    r"überweisen|einzahlen)\b",
    r"\bum\s+(?:ihr\w*|dein\w*)\s+(?:\S+\s+){0,3}?zu\s+(?:verifizieren|validieren|bestätigen|"
    r"entsperren|reaktivieren|aktivieren|synchronisieren|behalten|vermeiden)\b",
    r"\bum\s+(?:ihr\w*|dein\w*)\s+(?:\S+\s+){0,3}?\w+zu(?:schalten|stellen)\b",
    r"\bzur\s+(?:verifizierung|bestätigung|freischaltung|entsperrung|validierung|"
    r"reaktivierung)\b",
    r"\b(?:ihnen|dir)\s+(?:zu\s+)?(?:helfen|behilflich)",
    r"\b(?:auf|mit)\s+ihre[mn]\s+(?:rechner|computer|pc|laptop|bildschirm)\b",
    r"\b(?:mitarbeiter\w*|techniker\w*|support\w*|team|berater\w*|agent\w*)\s+(?:wird|werden|"
    r"kann|können)\s+(?:sich\s+)?(?:\S+\s+){0,6}?(?:verbinden|helfen|anrufen|zugreifen|"
    r"kontaktieren|einloggen|begleiten)\b",
    # nb
    r"\bvennligst\b",
    r"\bvær\s+(?:så\s+snill|vennlig)\b",
    _NB_START + r"(?:skriv|oppgi|gi|del|send|overfør|flytt|sett\s+inn|betal|installer|"
    r"last\s+ned|kjør|åpne|start|tillat|godkjenn|aksepter|bekreft|verifiser|valider|"
    r"synkroniser|importer|gjenopprett|klikk|trykk|besøk|følg|skann|svar|ring|kontakt|"
    r"fyll\s+ut|lim\s+inn|koble|logg\s+inn|aktiver|lås\s+opp|gå|la|legg\s+inn|registrer|"
    r"foreta|gjør)\b",
    r"\bdu\s+(?:må|bør|skal|trenger\s+å|blir\s+bedt\s+om)\b",
    r"\b(?:må|bør)\s+du\b",
    r"\b(?:kunder|brukere|dere)\s+(?:\S+\s+)?må\b",
    r"\bmå\s+(?:alle\s+)?(?:kunder|brukere|dere)\b",
    r"\btrengs\b",
    r"\b(?:inntil|til)\s+du\b",
    r"\b(?:kreves|påkrevd|påkrevet|nødvendig|obligatorisk|pålagt)\b",
    r"\bvi\s+(?:trenger|må\s+ha|ber\s+(?:deg|om))\b",
    r"\bber\s+(?:vi\s+)?deg\b",
    r"\bbes\s+(?:om|å)\b",
    r"\bmå\s+(?:\S+\s+){0,3}?(?:oppgis|bekreftes|verifiseres|installeres|overføres|flyttes|"
    r"sendes|betales)\b",
    r"\bklikk",
    r"\btrykk\s+(?:her|på)\b",
    r"\blenken\s+(?:under|nedenfor)\b",
    r"\bfølgende\s+lenke\b",
    r"\bfor\s+å\s+(?:verifisere|validere|bekrefte|låse\s+opp|reaktivere|aktivere|synkronisere|"
    r"beholde|unngå|gjenopprette|frigjøre)\s+(?:\S+\s+){0,2}?(?:din|ditt|dine|kontoen|"
    r"lommeboken|midlene|eierskap)\b",
    r"\bhjelpe\s+deg\b",
    r"\bkoble\s+(?:seg\s+|oss\s+)?til\s+(?:pc|datamaskin|maskin|telefon|enhet)",
    r"\b(?:medarbeider|tekniker|support|kundeservice|rådgiver|agent|teamet)\w*\s+"
    r"(?:vil|kan|skal)\s+(?:så\s+)?(?:koble|hjelpe|ringe|kontakte|logge|veilede)\b",
)

# -- splitting -----------------------------------------------------------------------------

_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_SPACES = re.compile(r"[^\S\n]+")
_PUNCTUATION = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
    }
)
# Dots that end an abbreviation, not a sentence ("z. B.", "e.g.", "kl. 14.00").
_ABBREVIATION = re.compile(
    r"\b(?:e\.g|i\.e|z\.\s?b|u\.\s?a|d\.\s?h|bzw|ca|inkl|ggf|usw|etc|vs|nr|dr|mr|mrs|kl|"
    r"f\.\s?eks|bl\.\s?a|dvs|evt|mht|ifm)\."
)
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|[!?]+")
_BULLET = re.compile(r"^(?:[•·▪◦*>-]|\d{1,2}[.)]|[a-z][)])\s*")
# Where one clause ends and the next begins. A ":" is kept to decide list scope.
_SEPARATOR = re.compile(
    r"(;|:(?=\s|$)|\s-\s|,?\s+(?:but|however|aber|jedoch|sondern|doch|men|likevel)\b,?)"
)
# A negated clause ending in one of these before ":" opens a list ("never ask you to:").
_OPENS_LIST = re.compile(
    r"\b(?:to|for|you|us|following|these|this|about|anyone|anybody|ever|any\s+of|ask|request|"
    r"zu|nach|um|folgendes|folgende[ns]?|sie|dich|euch|uns|auf|dazu|etwa|bitten|auffordern|"
    r"fragen|om|å|deg|dere|oss|følgende|til|etter|med|be)\s*$"
)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS_PER_TEXT])
    text = _INVISIBLE.sub("", text).translate(_PUNCTUATION).casefold()
    text = _SPACES.sub(" ", text)
    return _ABBREVIATION.sub(lambda m: m.group(0)[:-1] + " ", text)


def _clauses(text: str) -> list[tuple[str, bool]]:
    """The clauses of ``text`` (normalised), each with whether a negation opened a
    list it belongs to ("we will never ask you to:" then "• share your seed phrase")."""
    found: list[tuple[str, bool]] = []
    list_open = False  # a negated "…to:" ended the previous line
    for raw_line in _normalise(text).split("\n"):
        line = raw_line.strip()
        if not line:
            continue
        bullet = _BULLET.match(line)
        in_list = list_open and bullet is not None
        if bullet is None:
            list_open = False
        else:
            line = line[bullet.end() :]
        sentences = [s for s in _SENTENCE_END.split(line) if s.strip()]
        for index, sentence in enumerate(sentences):
            pieces = _SEPARATOR.split(sentence)
            scope = in_list
            for position in range(0, len(pieces), 2):
                clause = pieces[position].strip()
                found.append((clause, scope))
                separator = pieces[position + 1].strip() if position + 1 < len(pieces) else ""
                if separator == ":":
                    scope = scope or _opens_list(clause)
                    rest = "".join(pieces[position + 2 :]).strip()
                    if scope and not rest and index == len(sentences) - 1:
                        list_open = True  # the list continues on the next lines
                elif separator != ";":
                    scope = False  # "but", "aber", " - " end what a negation governed
    return found


def _opens_list(clause: str) -> bool:
    return bool(_OPENS_LIST.search(clause)) and bool(_REASSURANCE.search(_NEUTRAL.sub(" ", clause)))


def _topics(clause: str) -> list[str]:
    return [name for name, pattern in _TERMS.items() if pattern.search(clause)]


def classify(*texts: str) -> ScamVerdict:
    """What the texts ask for and what they only reassure about (see the module text)."""
    requested: set[str] = set()
    reassured: set[str] = set()
    for text in texts:
        for clause, in_negated_list in _clauses(text):
            topics = _topics(clause)
            if not topics:
                continue
            cues = _NEUTRAL.sub(" ", clause)
            if _THREAT.search(cues):
                requested.update(topics)
            elif in_negated_list or _REASSURANCE.search(cues):
                reassured.update(topics)
            elif _REQUEST.search(cues):
                requested.update(topics)
    return ScamVerdict(
        flags=tuple(c for c in SCAM_CATEGORIES if c in requested),
        reassurances=tuple(c for c in SCAM_CATEGORIES if c in reassured and c not in requested),
    )


def presentation(notice: Notice) -> Presentation | None:
    """How a notice's verdict is shown: the red ``"warning"`` only for an unverified
    notice that asks for something, a neutral ``"reminder"`` for a verified notice
    that touches a topic or an unverified one that only reassures, else nothing."""
    if notice.scam_flags and not notice.verified:
        return "warning"
    if notice.scam_flags or notice.reassurances:
        return "reminder"
    return None


def reminder_topics(notice: Notice) -> tuple[str, ...]:
    """What a neutral reminder names: every topic the notice touches, in order."""
    touched = set(notice.scam_flags) | set(notice.reassurances)
    return tuple(c for c in SCAM_CATEGORIES if c in touched)
