"""The gentle safety cue (issue 18, item 4): do an entry's words suggest self-harm, suicide, or being in danger
from someone? If so, the guidance panel puts the crisis page first with one calm line. Qt-free, and pure: it
reads the text it is given and returns an answer. Nothing is stored, flagged, logged or counted anywhere.

How it decides. The rules are written for ideas, not for sentences: each names one idea (a wish to die, my death
as a relief, a plan or the means, harm done to my own body, an urge resisted, violence from a person against me
or the children, a threat, fear of a person, being controlled, watched or trapped) and is built from word
families (lexicons) rather than from example sentences. `matches()` returns the names of the rules that fire.
1. The text is folded (NFKC, accents dropped, lower case, apostrophes removed: "don't" = "dont", "he'll" =
   "he ll"), a few misspellings are mended ("kil", "my self"), and it is cut into clauses at sentence ends,
   semicolons and line breaks; a fragment of up to three words that only goes on with the one before ("I want out.
   Of everything. For good.") joins it. Rules work inside one clause.
2. Each rule is one regular expression over whole words, with three optional guards: words just before the
   match that rule it out (`unless_before`: "accidentally", someone else as the subject), words right after it
   (`unless_after`: the idioms "kill for a coffee", "cut myself a slice", "hit me up"), and words anywhere in the
   clause (`unless_clause`: a film, a book, the news; an oven, shaving; play, jokes, grief, recovery).
   Later rules also match ideas that co-occur in a clause in any order, a few words apart (a wish and my death,
   harm to my body and an intent, a person, a violent verb and my body).
3. A rule marked `negatable` is turned off by a "not / never / dont" within four words before its head word
   ("I'm not suicidal", "he has never hit me"), except when the clause goes on to say the wish was there ("I
   didn't cut tonight but I wanted to") or the negation is a struggle ("trying not to cut"); a "no" to a
   screening question is a denial unless the clause says it was a lie.
4. Speed: each rule lists key words it cannot match without (`_KEYS`), so a clause is only tried against the
   rules whose key words it holds; a 2,000-character entry takes well under a millisecond.
5. The learned layer (`safety_cue_model`): when no rule fires, each sentence and each pair of neighbouring
   sentences (an idea often runs over two) is scored by a small logistic regression over word stems, word pairs,
   word beginnings and concept families, trained offline on the labelled files and on everyday journal text
   (bench/train_safety_cue.py). It is gated: a sentence shows the cue only if it names a risk concept
   (`safety_cue_model.at_risk`: dying, ending it, not being here, pills, a bridge, cutting, hit me, scared of him,
   ...) and scores at or above the saved threshold, or names two risk families the gate does not know
   (`safety_cue_model.soft_risk`: the phone and the keys kept from me, the car as a place to sleep, a date chosen
   and a drawer of tablets) and scores at or above the higher soft threshold; any other sentence would need the
   plain threshold (1.0: never), so rumination, guilt, loneliness or an argument cannot show it however their
   words lean. Sentences that tell of a settled past ("I used to cut at school; it's been years and I'm proud")
   are left out before the rules and the model look (`_unsettled`). `matches()` names it "model:<its strongest features>". Sentences about a film, a book, the news, a
   joke or play are left out.
It is a cue, not a judgement: it can miss, and it can show when it need not; either way the crisis page is one
click away in the panel. Measured numbers: tests/services/test_safety_cue.py prints them for each labelled file;
the check sets' headers give the score each had on the version frozen before it was written. On sentences
written after a freeze, recall has been 0.45-0.82 at precision 0.75-0.98: word rules find the common
phrasings, not every one. Since round 13 each rule is meant for a family of wordings (safety_cue_families.txt and
safety_cue_probe.txt hold several wordings of each idea, with near-misses in the same words), not for a sentence. On ordinary journal text (tests/services/safety_cue_ordinary*.txt) it shows
for under 1% of entries.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from journal_app.core.i18n import QT_TRANSLATE_NOOP
from journal_app.services import safety_cue_model

CUE_LINE = QT_TRANSLATE_NOOP("safety cue", "If you are thinking about hurting yourself, or you are not safe with someone, help is there now.")

_APOSTROPHES = "'\u2019\u2018\u02bc\u0060\u00b4"
_CONTRACTION = re.compile(r"([a-z])[" + _APOSTROPHES + r"](ll|d|s|re|ve|m)\b")
_CLAUSE = re.compile(r"[.!?;\n\r\u2026]+")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower case, accents and apostrophes dropped, compatibility forms unified (fullwidth letters, ligatures)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold()
    text = _CONTRACTION.sub(r"\1 \2", text)  # he'll = he ll, she'd = she d, he's = he s, I'm = i m
    for a in _APOSTROPHES:
        text = text.replace(a, "")
    return _WAKE_IDIOM.sub("rise ", text)


# waking bounded by what it wakes to ("I hope I don't wake up with a hangover", "didn't wake up in time") is
# getting up, not the wish never to wake
_WAKE_IDIOM = re.compile(r"\b(?:wake|waking|woke|wakes) up (?=(?:with (?:a|the|my|no)|early|late|in time|on time|at \d|"
                         r"before (?:my|the) alarm|hungover|refreshed|till|until|for (?:work|school|the))\b)")


# common misspellings and split words of the few words the rules hinge on
_TYPOS = {"kil": "kill", "kiled": "killed", "killin": "killing", "myslef": "myself", "mysef": "myself",
          "my self": "myself", "suicde": "suicide", "sucide": "suicide", "dieing": "dying", "selfharm": "self harm",
          "self harming": "self harming", "wanna": "want to", "gonna": "going to", "cos": "because",
          # text-speak and dropped letters seen in quick entries
          "endin": "ending", "thinkin": "thinking", "sleepin": "sleeping", "tryin": "trying", "cuttin": "cutting",
          "dyin": "dying", "livin": "living", "pils": "pills", "dissappear": "disappear", "dissapear": "disappear",
          "disapear": "disappear", "beleive": "believe", "belive": "believe", "fone": "phone", "wud": "would",
          "aloud to": "allowed to", "alot": "a lot", "bc": "because", "rn": "right now",
          "w life": "with life", "nite": "night", "msg": "message", "ppl": "people", "every1": "everyone",
          "any1": "anyone", "no1": "no one", "some1": "someone"}
_TYPO = re.compile(r"\b(?:" + "|".join(sorted(_TYPOS, key=len, reverse=True)) + r")\b")


def clauses(text: str) -> list[str]:
    """The folded text cut at sentence ends, each clause as single-spaced words padded with spaces."""
    return _clauses(fold(text))


# a fragment that only goes on with the sentence before it ("I want out. Of everything. For good.") joins it
_CONTINUERS = frozenset(("of", "for", "forever", "permanently", "again", "tonight", "properly", "anymore", "completely",
                         "everything", "with", "from", "out", "away", "all", "once", "alone", "still", "and", "or",
                         "never", "ever"))


def _clauses(folded: str) -> list[str]:
    out: list[str] = []
    for part in _CLAUSE.split(folded):
        words = _TYPO.sub(lambda m: _TYPOS[m.group(0)], _NOT_WORD.sub(" ", part).strip())
        if not words:
            continue
        split = words.split()
        if out and len(split) <= 3 and split[0] in _CONTINUERS:
            out[-1] = f"{out[-1]}{words} "
        else:
            out.append(f" {words} ")
    return out


_SENTENCE = re.compile(r"[.!?\n\r\u2026]+")


def sentences(text: str) -> list[list[str]]:
    """The folded text cut at sentence ends (not at semicolons), each sentence as its words (for the model)."""
    return _sentences(fold(text))


_NOT_WORD_OR_END = re.compile(r"[^0-9a-z\n]+")


def _sentences(folded: str) -> list[list[str]]:
    marked = _NOT_WORD_OR_END.sub(" ", _SENTENCE.sub("\n", folded))
    return [part.split() for part in _TYPO.sub(lambda m: _TYPOS[m.group(0)], marked).split("\n") if part.strip()]


# -- word families ------------------------------------------------------------------------------------------
def _any(words: str) -> str:
    """A non-capturing alternation of space-separated words ("a b c" -> "(?:a|b|c)"); "_" stands for a space."""
    return "(?:" + "|".join(w.replace("_", " ") for w in words.split()) + ")"


_GAP2 = r"(?: \w+){0,2}"
_GAP4 = r"(?: \w+){0,4}"
_I = r"\b(?:i|im|i m|ive|i ve|id|i d|ill|i ll)\b"  # the writer as the subject
_ME = r"(?:me|myself)"

# people who can be a danger (a partner, family, an ex): as subjects and as the ones feared
_RELATION = _any(
    "partner husband hubby wife boyfriend girlfriend bf gf ex fiance fiancee dad father stepdad stepfather mum "
    "mom mother stepmum stepmom brother sister son daughter flatmate roommate uncle aunt cousin landlord "
    "neighbour neighbor grandad grandpa laws"
)
_PERSON = rf"(?:he|she|they|{_RELATION})"  # "my partner", "my mum's boyfriend": the noun is enough
_PERSON_OBJ = rf"(?:him|her|them|my(?: new| old| former| current| own)? {_RELATION})"
# who is hurt: me, us, the children (or a family member of mine)
_VICTIM = (r"(?:me|us|the kids|our kids|my kids|the children|my children|the baby|my baby|our baby|our son|"
           r"our daughter|my (?:little |baby |older |younger |big )?(?:son|daughter|brother|sister|boy|girl|mum|mom))")
_VICTIM_BODY = (r"my (?:face|head|neck|throat|arm|arms|wrist|wrists|hair|jaw|stomach|back|chest|ribs|leg|legs|"
                r"eye|mouth|nose|body|belly|side)")
# what a person does to someone (past, present, progressive)
_VIOLENT = _any(
    "hit hits hitting slapped slaps slapping slap punched punches punching punch kicked kicks kicking kick "
    "choked chokes choking choke strangled strangles strangling strangle throttled throttles shoved shoves "
    "shoving shove pushed pushes pushing beat beats beating beaten battered batters smacked smacks smacking "
    "headbutted bit bites biting stabbed stabs attacked attacks attacking assaulted assaults assaulting "
    "raped rapes raping molested molests abused abuses abusing hurt hurts hurting harmed harms burned burnt "
    "burns suffocated suffocates smothered pinned pins dragged drags dragging strangling shook shakes kneed "
    "elbowed whipped whips thumped thumps belted belts punches beat_up beats_up beating_up roughed_up "
    "knocked_out knocked_down floored"
)
_ADVERBS = _any(
    "just also then actually even has had have s been was is would d always often sometimes still really "
    "once ll kept keeps started again literally nearly almost suddenly finally physically never ever "
    "basically tried_to started_to used_to will did didnt doesnt wont repeatedly only seriously violently "
    "properly badly hard later first"
)
_BY_PERSON = rf"{_PERSON}(?: {_ADVERBS}){{0,3}}"
# harm one does to oneself
_SELF_VERB = _any(
    "slit slits slitting cut cuts cutting slashed slash slashing burned burnt burn burning burns scratched scratch scratching "
    "scratches hit hitting hits punched punch punching banged bang banging bit bite biting bitten pinched "
    "pinch pinching scalded scald scalding hurt hurting hurts harmed harm harming stabbed stab stabbing "
    "starved starve starving carved carve carving slapped slap slapping smacked smack smacking beat beating "
    "bruised bruise bruising hanged hang hanging strangled strangle strangling choked choke choking "
    "poisoned poison poisoning drowned drown drowning punish punished punishing gouged clawed clawing"
)
_SELF_BODY = _any(
    "arm arms wrist wrists thigh thighs leg legs skin stomach hip hips forearm forearms chest body face head "
    "hand hands ankle ankles belly tummy shoulder shoulders"
)
# a moment of embarrassment: "I wanted to die when I called my teacher mum" is a figure of speech
_EMBARRASSED = (r"\b(?:embarrass\w*|mortif\w*|cring\w*|awkward\w*|blush\w*|humiliat\w*|red faced|everyone (?:saw|heard|"
                r"laughed|was looking|stared)|the whole (?:room|class|office|team|bus)|in front of (?:everyone|the class|my boss|"
                r"the whole)|reply all|replied all|typo|autocorrect|tripped|fell over|spilled|spilt|called (?:my|the|her|"
                r"him) \w+ (?:mum|mom|dad)|lol|haha\w*)\b")
_DRUG = ("pills|tablets|meds|medication|painkillers|paracetamol|sleeping pills|antidepressants|codeine|co codamol|"
         "cocodamol|tramadol|morphine|oxycodone|diazepam|valium|zopiclone|sertraline|citalopram|fluoxetine|amitriptyline|"
         "lithium|quetiapine|insulin")
_JOKE = (r"\b(?:lol|lmao|lmfao|rofl|haha\w*|jk|joking|jokingly|kidding|as a joke|meme|memes|laugh\w* so (?:hard|much)|"
         r"(?:cried|crying|cry) laughing|in stitches)\b")
_DEATH_VERB = r"(?:die|be gone|be dead|not exist|stop existing|not be alive|not be here|disappear forever|disappear for good)"
_PLAY = (r"\b(?:playful\w*|play fight\w*|play fighting|playing|in (?:his|her|their|my) sleep|tickl\w*|teas\w*|"
         r"(?:we|i) (?:both |all )?laugh\w*|both (?:of us )?laugh\w*|toddler\w*|tantrum\w*|(?:hitting|biting|kicking) phase|teething|laughing (?:together|about it)|had a laugh|cracked up|joke|"
         r"joking|jokingly|game|ball|pool|party|danc\w*|wrestl\w*|pillow fight|snowball|"
         r"accident\w*|by mistake|messing about|mucking about|horsing around|rough ?hous\w*|spoil\w*|"
         r"ending of|series|film|episode|learning to|bike|frisbee|scrabble|monopoly|chess|cluedo|darts|board games?|mario kart|"
         r"uno|playing cards|at cards|card game|punch ?bag|punching bag|boxing pads|scooter|trampoline|swim\w*|lessons?|balloon|water balloon|confetti|karate|judo|taekwondo|kickboxing|martial|sparring|foam|toy|toys|nerf|water pistol|water gun|plastic|lightsaber|sword "
         r"fight)\b")
_GRIEF = (r"\b(?:grandma|grandad|grandpa|granny|gran|nan|nana|passed|passed away|since \w+ died|miss (?:her|him|them)|"
          r"bereave\w*|grief|grieving|loss of|rip|anniversary of (?:her|his) death|late (?:mum|mom|dad|father|"
          r"mother|husband|wife))\b")
_RECOVERED = r"\b(?:proud|how far i ve come|how far ive come|recovered|doing (?:so )?(?:well|great|better) now)\b"
_FEAR_WORDS = "scared|afraid|frightened|terrified|petrified|fearful|worried|anxious"
_MEDIA = (r"\b(?:film|films|movie|movies|(?:a|the|that|this|tv|talk|game|reality|cookery|cooking|comedy|quiz|chat|"
          r"his|her|my|our|their) show|tv|series|episode|book|novel|play|song|lyrics|documentary|podcast|"
          r"article|news|headline|poem|poems|poetry|literature|english class|game|games|video game|character|characters|scene|storyline|plot|drama|thriller|"
          r"season|chapter|actor|actress|villain|hero|boxer|boxing|match|fighter|wrestling|cartoon|anime|story|"
          r"training|course|lecture|class|awareness|prevention|statistics|research|study|essay|charity|campaign|"
          r"leaflet|webinar|workshop|memoir|memoirs|autobiography|biography|biopic|audiobook|ted talk|thread)\b")
_AT_WORK = (r"\b(?:as an? (?:paramedic|nurse|doctor|gp|pharmacist|medic|carer|care worker|social worker|police officer|"
            r"officer|firefighter|counsellor|therapist|psychologist|mortician|student nurse|student paramedic)|paramedics?|"
            r"on shift|my shift|night shift|callout|call out|attended (?:a|an|the) (?:\w+ )?(?:call|job|incident|scene)|"
            r"(?:my|our|the) patients?|patients|service users?|the ward|on the ward|in resus|debrief\w*|my crew|caseload|"
            r"safeguarding)\b")
_OTHER_SUBJECT = (r"\b(?:he|she|they|friend|friends|brother|sister|mum|mom|dad|father|mother|cousin|uncle|aunt|"
                  r"someone|somebody|colleague|coworker|son|daughter|partner|husband|wife|boyfriend|girlfriend|"
                  r"patient|client|man|woman|boy|girl|student|teenager|teen|kid|neighbour|neighbor|celebrity|"
                  r"singer|actor|people|person|guy|grandad|grandma|grandfather|grandmother|nan)\b"
                  r"(?:(?! (?:i|im|me|my|myself|ive|id|ill)\b) \w+){0,5} ?$")
_ACCIDENT = (r"\b(?:accident|accidentally|accidental|by mistake|shaving|shave|chopping|chopped|cooking|baking|slicing|"
             r"peeling|kitchen|oven|stove|hob|iron|kettle|pan|tray|toaster|slipped|slip|tripped|trip|fell|falling|"
             r"fall|crashed|bike|cycling|skiing|climbing|football|rugby|netball|hockey|gym|sport|match|training|yoga|"
             r"pilates|dance class|marathon|swim|swimming|tennis|squash|badminton|cricket|ladder|"
             r"gardening|garden|prun\w*|brambles?|thorns?|roses?|hedge|weeding|paper cut|tin|can lid|glass broke|broken glass|splinter|sunburn|sun|beach|lifting|"
             r"workout|running|ran into|bumped|door frame|beam|doorway|ceiling|shelf|shelves|bunk|hatch|cupboard|table|corner|step|stairs|wasp|bee|dog|cat|"
             r"mosquito|nettles|surgery|operation|c section|vaccine|injection|tattoo|piercing|dentist|"
             r"waxing|stitching|sewing|ouch|oops|clumsy|car door|getting into|getting out)\b")
_ON_PURPOSE = (r"\b(?:on purpose|deliberately|intentionally|to feel|to punish|punish|to stop (?:the|this|my) "
               r"(?:panic|thoughts|anxiety|pain|noise|feelings?|voices)|so i (?:could|would|can) feel|"
               r"until (?:it|they|i|my \w+) (?:bled|bleed|bleeds|bruised|blistered)|to cope|to numb|the urge|urges|"
               r"again|relapse|relapsed|release)\b")


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    unless_before: re.Pattern[str] | None = None  # searched in the clause up to the match
    unless_after: re.Pattern[str] | None = None  # matched right after the match
    unless_clause: re.Pattern[str] | None = None  # searched in the whole clause
    negatable: bool = False


def _rule(name: str, pattern: str, *, before: str | None = None, after: str | None = None,
          clause: str | None = None, negatable: bool = False) -> Rule:
    return Rule(name, re.compile(pattern),
                re.compile(before) if before else None,
                re.compile(after) if after else None,
                re.compile(clause) if clause else None,
                negatable)


# a negation within four words before the head ("not", "never", "don't"), but not "trying not to"
_NEGATION = re.compile(
    r"\b(?:not|never|no longer|dont|didnt|doesnt|wont|wouldnt|isnt|wasnt|arent|havent|hasnt|nor|nobody|no one|"
    r"neither|no (?:thoughts?|intention|intentions|plans?|urges?|desire|wish|risk) (?:of|to|about))\b(?! to\b| stop\b)"
    r"(?: \w+){0,4} $|\bno $"
)
# ... unless the clause goes on to say the wish or the urge was there
_BUT_WANTED = re.compile(
    r"\b(?:but|though|although|yet|even if|even though)\b[^|]*\b(?:want|wanted|wanting|urge|urges|tempted|close|"
    r"nearly|almost|hard|struggl\w*|craving|crave|thoughts|thinking|tempt\w*|loud)\b"
)
_DENIED_AFTER = re.compile(r"^(?: \w+){0,8} (?:i said no|said no|no never|not at all|never (?:have|did|done|had|been)|"
                           r"i ve never|ive never|i have never|i m not|im not|i am not|i dont|i do not)\b")
_LIED = re.compile(r"\b(?:lie|lied|lying|a lie|wasnt true|not true|wasnt honest|not honest)\b")
_ASKED = re.compile(r"\b(?:asked|asks|ask|asking|question|questionnaire|screening|form)\b")

_SUICIDE_RULES: tuple[Rule, ...] = (
    # the word itself, about the writer (not a film, a course, or someone else's death)
    _rule("suicide-word", r"\b(?P<head>suicid\w*|kms|unalive myself|unaliving myself|unalive)\b",
          before=_OTHER_SUBJECT + "|" + r"\b(?:died by|committed|commit|lost \w+ to|death by)\b(?: \w+){0,2} $",
          after=r"^ (?:squad|prevention|awareness|bomber|mission|doors|run|rate|rates|statistics|hotline|"
                r"helpline)\b",
          clause=_MEDIA + r"|\b(?:died by suicide|committed suicide|took (?:his|her|their) own life)\b",
          negatable=True),
    # killing myself, ending my life, ending it all
    _rule("kill-myself", r"\b(?P<head>(?:kill|killing|killed|kills|end|ending|ended|take|taking|took|hang|hanging|"
                         r"hanged|drown|drowning|shoot|shooting|poison|poisoning|off|offing) (?:myself|my (?:own )?life))\b",
          after=r"^ (?:for (?:forgetting|being|not|saying|doing|letting|eating|buying)|to (?:finish|get|make|meet|"
                r"please|keep|pay|impress|be)|over (?:work|this|it|the)|at (?:work|the gym)|laughing|trying to|"
                r"with (?:work|worry|laughter)|working|studying|running|on this|off\b|out\b)",
          clause=_JOKE,
          before=r"\b(?:nearly|almost)(?: \w+)? $(?=[^|]*\b(?:fell|falling|bike|car|crash|trip|stairs|slipped))",
          negatable=True),
    _rule("end-it", r"\b(?P<head>(?:end|ending|ended|finish|finishing) (?:it all|everything|it|things)(?: for good| "
                    r"forever| once and for all| tonight| now)?)\b",
          after=r"^ (?:with|between|before|on good|amicably|properly|nicely|there|officially|after|over text|by|"
                r"today with|if he|if she|for (?:us|them|her|him)|early)\b",
          before=r"\b(?:relationship|marriage|affair|friendship|job|contract|lease|meeting|call|conversation|"
                 r"project|book|game|series|show|film|movie|season|chapter|story|talk|party|date|day|week|night)\b"
                 r"(?: \w+){0,4} $",
          clause=r"\b(?:with (?:him|her|them|my (?:boyfriend|girlfriend|partner|husband|wife|ex))|break up|"
                 r"breaking up|broke up|breakup|split up|dumped|divorce|relationship|marriage)\b",
          negatable=True),
    # wanting to die, being ready to, deserving to
    _rule("want-to-die", rf"\b(?P<head>(?:want|wants|wanted|wanting|wanna|wish|wished|ready|deserve|deserved|going|"
                         rf"hoping|hope|longing|long|need|needed|just want) (?:to )?(?:just )?{_DEATH_VERB})\b",
          after=r"^ (?:of|from|laughing|when(?=[^|]*" + _EMBARRASSED + r")|if (?:you|he|she|they)|before|in (?:a|the)|(?:my|your|his|her|its|it|them|"
                r"the) \w+|for (?:a|the) (?:week|day|bit|while|weekend|month|few)|into|under|somewhere|on (?:a|an)|"
                r"inside)\b",
          clause=_JOKE, negatable=True),
    _rule("rather-dead", r"\b(?:rather|prefer to|better) (?:be )?(?:dead|die|not exist|not be alive) than (?:feel|live|"
                         r"go on|keep|be (?:like this|alive|here)|wake|face|carry on|continue|exist|suffer)\b"),
    _rule("death-wish", r"\b(?P<head>(?:think|thinking|thought|thoughts|fantasi[sz]e|fantasi[sz]ing|fantasi[sz]ed|"
                        r"fantasies|dream|dreaming|daydream\w*|obsess\w*|picturing|picture|imagining|imagine) (?:about |of )"
                        r"(?:dying|death|my (?:own )?(?:death|funeral|grave|suicide)|being dead|not existing|not being "
                        r"(?:here|alive|around)|killing myself|ending (?:it|my life|things|everything)|suicide|"
                        r"disappearing for good|not waking up|never waking up|jumping|the rope|the pills|overdosing))\b",
          before=r"\b(?:talked|talk|talking|spoke|read|reading|watched|learn\w*)\b(?: \w+){0,3} $",
          after=r"^ (?:of (?:my|our|his|her) (?:grand\w*|nan|dad|mum|mom|father|mother|friend|dog|cat)|in (?:the|a) "
                r"(?:film|book|game|show))",
          clause=_MEDIA + "|" + _GRIEF, negatable=True),
    _rule("my-funeral", r"\b(?:my (?:own )?(?:funeral|gravestone|headstone|obituary|eulogy|coffin))\b",
          before=r"\b(?:at|sing|play|wear|joke|joking|when i m (?:old|ninety|90|100))\b(?: \w+){0,2} $",
          clause=_JOKE + r"|\b(?:old|ninety|one day|someday|some day|in \d+ years|when im gone one day|insurance|"
                         r"plan|prepaid|song|playlist|dance)\b(?![^|]*\b(?:planning my (?:own )?funeral|relieved|"
                         r"calm|want|soon)\b)"),
    _rule("death-relief", r"\b(?:death|dying|being dead|not existing|not being here|not being alive|not waking up|"
                          r"ending it|killing myself|suicide) (?:would|will|feels|seems|is|sounds|could) (?:be )?(?:like )?"
                          r"(?:a relief|the (?:only|best|easiest|answer|way)|better|easier|peaceful|welcome|my only|"
                          r"the only way|a way out|calming|comforting|a release|freedom)\b"),
    # not wanting to live on; no point; tired of being alive
    _rule("no-will-to-live", r"\b(?P<head>(?:dont|do not|dont really|dont even|no longer|didnt) (?:want|wanna|wish|feel "
                             r"like it s worth it) to (?:live|be here|exist|be alive|wake up|go on|carry on|keep going|be "
                             r"around|keep living|continue living|stay alive|live anymore|be on this earth|see tomorrow))"
                             r"(?! (?:in|at|with|near|on|for|without|there|until|unless|if|through|to|about|holiday|"
                             r"like that|alone|by myself)\b)",
          after=r"^ (?:in|at|with|near|on (?:a|holiday)|for|without|there|until|unless|if|through|to|about|holiday|"
                r"this weekend|at the|tomorrow if|like that)\b",
          clause=r"\b(?:party|meeting|class|lecture|wedding|office|work|job|queue|concert|dinner|event|city|town|"
                 r"school|house|flat|country|relationship|marriage|family gathering|shop|supermarket|rent|area|exams?|"
                 r"test|interview|deadline|presentation|dentist|ugh|alarm|shift|mondays?|"
                 r"neighbo\w*|street|damp|noise|noisy|landlord)\b(?![^|]*\b(?:anywhere|at all|alive|on this earth|"
                 r"in this world|exist|any more of this)\b)"),
    _rule("not-worth-living", r"\b(?:dont|do not|no longer) deserve to (?:live|be alive|be here|exist)\b|\b(?:hate|hated) "
                              r"(?:being alive|existing|living|my life so much|waking up every day)\b|\b(?:tired|sick|"
                              r"exhausted|weary) of (?:living|existing|being alive|life|being here|fighting to stay "
                              r"alive|staying alive|waking up)\b(?! (?:to|at|early|so early|before|on|in (?:the|a))\b)|\b(?:not|isnt|no longer) worth (?:living|it anymore|"
                              r"being alive)\b|\b(?:stop|stopped|quit) (?:existing|being alive|living)\b|\bwant out for "
                              r"good\b|\bwant (?:it all|everything|it|my life|this life) to (?:stop|end|be over)(?: for good| permanently| "
                              r"forever)?\b(?! (?:soon|already|quickly|so i can)\b)|\b(?:nothing|no one|nobody) (?:left )?to "
                              r"live for\b|\bnothing left to (?:live|stay) for\b|\b(?:done|finished) with (?:life|living|"
                              r"being alive|existing|this life|it all for good)\b"),
    _rule("no-point", r"\b(?:no|dont see the|dont see any|cant see the|cant see any|lost the|whats the|what is the|what "
                      r"s the|is there any|whats even the|what is even the|there s no|theres no|no|why) "
                      r"(?:point|reason|use|purpose)? ?(?:in |of |to )?(?:sticking around|staying around|hanging on|being "
                      r"around|living|keep living|going on|carrying on|being "
                      r"alive|being here|me being here|me being alive|staying alive|waking up|existing|to live|to keep "
                      r"living|to go on|to stay|to keep going|keep going|keep trying|trying anymore|to be alive|of me|of any of "
                      r"it|of it all|of all (?:of )?this|of anything anymore|of life|in anything anymore)"
                      r"\b(?! (?:about|with|at|in (?:this|that) (?:job|city|house|relationship)|to (?:the|work|school|"
                      r"bed)|and on|for (?:a|the|another|one)|holiday)\b)"),
    _rule("life-pointless", r"\b(?:life|my life|living|everything|existence|being alive) (?:is|feels|seems|has become|"
                            r"has) (?:so |completely |totally |just )?(?:pointless|meaningless|no point|hopeless|not "
                            r"worth it|unbearable)\b",
          after=r"^ (?:when|whenever|after) (?:i ve had|ive had|i have had|i had|i have|theres been|there s been) "
                r"(?:a|an|another|one of those) (?:\w+ )?(?:day|days|week|weeks|shift|shifts|meeting|meetings)\b"),
    # the world / the people I love better off without me
    _rule("better-off", r"\bbetter (?:off )?(?:without me|if i (?:was|were|wasnt|werent|was not|didnt exist|disappeared|"
                        r"died|was gone|were gone|wasnt here|wasnt around|werent here|never existed|d never existed|had never existed|"
                        r"d never been born|"
                        r"had never been born|stopped existing|just went away for good)|with me (?:gone|dead)|"
                        r"without me in it|with me out of the way)\b"),
    _rule("fine-without-me", r"\b(?:would|d|will|could|might) (?:all |honestly |probably |actually )?(?:be (?:fine|ok|"
                               r"okay|better|happier|alright|all right|better off|relieved|freer)|cope|manage|get on|"
                               r"move on|carry on|live|thrive|function|do better|be lighter|breathe easier)(?: \w+){0,2} "
                               r"without me\b(?! (?:for|at|this|tonight|today|on|there|when|while|until)\b)",
          clause=r"\b(?:trip|holiday|party|weekend|meeting|shift|match|game|dinner|cinema|concert|for a (?:day|week|"
                 r"night|bit)|while i m away|while im away|when i m away|job|office|work)\b"),
    _rule("absence-relief", r"\b(?:happier|easier|relieved|relief|lighter|better|calmer|fine|freer|solve|solved|fix|"
                            r"fixes)\b(?: \w+){0,8} (?:if|when|once) i (?:just |simply |finally |quietly )?(?:stopped "
                            r"existing|stop existing|disappeared|disappear|was gone|were gone|am gone|m gone|died|die|"
                            r"was dead|were dead|wasnt (?:here|around|alive|in (?:them|it|their lives|the picture|the world))|werent "
                            r"(?:here|around|alive|in (?:them|it|their lives|the picture|the world))|didnt exist|"
                            r"never woke up|killed myself|ended it|went to sleep forever|just went away)\b"
                            r"(?! (?:for (?:a|the)|from (?:the|this)|on (?:a|the)|at|to|into|early|abroad)\b)|"
                            r"\b(?:if|when) i (?:died|die|was gone|were gone|disappeared|was dead|killed myself)\b"
                            r"(?: \w+){0,6} (?:solve|solved|fix|easier|better|relief|relieved|happier|nobody|no one)\b"),
    _rule("nobody-miss", r"\b(?:nobody|no one|noone|who) (?:would|will|is going to|d|even) (?:even |really |actually )?"
                         r"(?:miss me|notice (?:if |that )?i (?:m |was |were )?(?:gone|dead|died|disappeared)|care if i "
                         r"(?:died|was gone|were gone|disappeared|wasnt here|killed myself|was dead|stopped existing))"
                         r"(?! (?:at|if i (?:left|went|skipped|didnt (?:come|go)|stayed))\b)|\bif i (?:jumped|died|"
                         r"disappeared|was gone|were gone|killed myself|ended it|wasnt here|overdosed)(?: \w+){0,2} "
                         r"(?:would|will|does|do) (?:anyone|anybody|someone|they|people|he|she) (?:even |really )?(?:notice|"
                         r"care|miss me)\b"),
    _rule("wish-dead", r"\bwish (?:i|id|i d) (?:was|were|had been|d been|could be|had) (?:dead|gone for good|never born|"
                       r"not alive|not here|died|never existed)\b|\bwish (?:i|id|i d) (?:had )?never (?:been born|existed|"
                       r"woken up|woke up)\b|\bwish (?:i|id|i d) (?:had |d )?(?:died|been killed|not survived)\b|\bwish i (?:wasnt|werent) (?:here|alive|around)\b|\b(?:wish|hope|hoping|pray|"
                       r"praying) (?:i|id|i d) (?:could )?(?:just )?(?:not wake up|never wake up|dont wake up|stop "
                       r"existing|die in my sleep|disappear for good|disappear forever|wont wake up|didnt wake up|wouldnt wake up|"
                       r"would not wake up|might not wake up|d never wake up|would never wake up|never woke up)\b"
                       r"(?! (?:early|late|before|at|in time|on time|hungover|tired)\b)|\b(?:wish|wished|hope|hoped|"
                       r"hoping|pray|prayed)\b(?: \w+){0,6} (?:would|could|will|d|to|might)? ?(?:hit|kill|run over|"
                       r"crash into|take) me\b(?! (?:up|at|to|with)\b)|\b(?:hope|hoping|wish|pray) (?:that )?"
                       r"(?:something|someone|a car|a bus|the cancer|it) (?:kills|will kill|would kill|hits) me\b|"
                       r"\b(?:go to sleep|fall asleep|sleep|went to sleep) (?:and )?(?:never|not) wake up\b|\bsleep "
                       r"forever\b|\bwish i (?:could )?(?:just )?(?:die|disappear (?:forever|for good|permanently))\b"),
    _rule("disappear-for-good", r"\b(?:disappear|disappearing|vanish|vanishing|be gone|go away|going away|stop|leave this "
                                r"world|leave this earth|"
                                r"leave everyone) (?:forever|for good|permanently|and never come back|once and for all)"
                                r"\b|\bleave this (?:world|earth|life)\b|\bdisappear and (?:not|never) come back\b|"
                                r"\b(?:go|fade|turn) (?:black|dark) and stay (?:that way|there|black|dark)\b|\b(?:sleep|"
                                r"fall asleep|go to sleep|go to bed|lie down) and (?:never|not) (?:have to (?:face|wake|deal)|come back|wake|get "
                                r"up)"
                                r"\b|\bnot have to face (?:tomorrow|another day|anything ever|any more days|life)\b"),
    _rule("not-around-long", r"\b(?:wont|will not|not going to|dont think i ll|dont think i will|dont think i m going "
                             r"to|wont be|may not|might not) be (?:here|around|alive|a (?:problem|burden|bother)|in "
                             r"(?:anyones|your|their) way)(?: \w+){0,2} (?:much |very |a lot |for much |for very |any )?"
                             r"longer\b|\bcant see myself (?:still )?(?:being )?(?:here|alive|around)\b"
                             r"(?! (?:in|at) (?:this|that|the) (?:town|city|job|house|flat|company)\b)|\bin case "
                             r"(?:im|i m|i am) not (?:here|around|alive)\b|\bdone for good\b|\bthe only (?:thing|reason|one|person|ones|things) (?:that |which |who )?(?:stopping|"
                             r"keeping|holding|stopped|stops|kept|keeps|held|holds) me\b(?! (?:sane|busy|grounded|fed|warm|company|awake|up|"
                             r"entertained|motivated|calm|positive|on track|in check|fit|healthy|sober|afloat)\b)(?! from (?:buying|eating|"
                             r"getting|quitting|texting|calling|going out|booking|ordering)\b)|\bthe only (?:thing|reason) "
                             r"(?:im|i m|i am) still (?:here|alive|around)\b|\bmy name on (?:a|the|my) (?:gravestone|headstone|grave|"
                             r"tombstone)\b|\bmy last (?:night|day|week) "
                             r"(?:alive|on earth|here)\b"),
    _rule("burden", r"\b(?:im|i m|i am|i feel like|i feel|i ve become|feel like) (?:just |only |nothing but |such |a )?"
                    r"(?:a )?(?:burden|waste of space|waste of oxygen|waste of air)\b(?! (?:to (?:nobody|no one|noone|anyone)|to my "
                    r"team|at work|this week|"
                    r"when i (?:ask|cancel))\b)",
          clause=r"\bwhen i (?:m |am )?(?:ill|sick|unwell|ask|cancel|need|cant drive)\b|\bfor (?:asking|needing)\b|"
                 r"\blifts?\b"),
    _rule("cant-stay-safe", r"\b(?:cant|can not|cannot|dont think i can|not sure i can|dont know if i can|couldnt) "
                            r"(?:keep|stay|be) (?:myself )?safe\b"),
    # preparation: goodbye letters, giving things away, a plan
    _rule("goodbye", r"\b(?:goodbye|good bye|farewell|suicide) (?:letter|letters|note|notes|message|messages|video)\b|"
                     r"\b(?:letters|notes|messages) (?:to|for) (?:everyone|everybody|my (?:kids|children|family|mum|mom|"
                     r"dad|parents|partner|sister|brother|friends|husband|wife))(?: i love)? (?:explaining|saying|in "
                     r"case|for (?:when|after)|to read after)\b|\bsaying (?:my )?goodbyes\b(?![^|]*\b(?:work|job|"
                     r"colleague|colleagues|office|party|leaving do|move|moving|trip|flight|holiday|school|class|team|"
                     r"before (?:i|we) (?:leave|go|fly|move)|to (?:everyone|the team) at)\b)|\bsaid goodbye\b[^|]*\blast time\b|"
                     r"\b(?:like it s|as if it s|as if it was|like it was) the last time i ll (?:ever )?see\b",
          before=_OTHER_SUBJECT, after=r"^ (?:to (?:her|his|my|the|our) (?:job|work|team|colleagues|old|house|flat|"
                                      r"city|school|twenties|youth))\b"),
    _rule("giving-away", r"\b(?:gave|giving|give|given) (?:away )?(?:my|all my|most of my)? ?(?:\w+ ){0,4}(?:away )?"
                         r"(?:because|since|as|cos|cause|so) (?:i|id|i d|i ll|i m) (?:wont|will not|not going to|dont|"
                         r"no longer|wont be) (?:need|needing|be needing|be using|use)\b|\bwont (?:be )?need(?:ing)? "
                         r"(?:them|it|any of it|my things|my stuff) (?:anymore|much longer|where i m going|after)\b|"
                         r"\b(?:giving|gave|give) (?:away )?(?:all )?(?:my|of my) (?:things|stuff|belongings|"
                         r"possessions) (?:away )?(?:to people|to friends|because|since|before)\b|\b(?:gave|giving|give|given|sold|selling) "
                         r"(?:away )?(?:my|all my)\b[^|]*\bwont (?:be )?need(?:ing)? (?:them|it|any of it)\b"),
    _rule("plan", r"\b(?:plan|planned|planning|worked out|decided|figured out|know|knows) (?:for )?(?:exactly )?(?:how|"
                  r"when|where|what) (?:i|i d|i ll|i would|i will|i m going to|i am going to|to) (?:would |ll |could |"
                  r"will |am going to |m going to |d )?(?:do it|end it|go through with it|kill myself|die|end my life)"
                  r"\b|\b(?:have|made|got|making) a plan (?:and|to (?:end|die|kill|do it)|for (?:how|ending|dying)|for when i"
                  r"(?: ll| m going to| do)? (?:do it|go through|die|end it)|now)\b|\bplanning (?:my )?(?:own )?(?:death|suicide|funeral)\b|\bgo through with it\b"),
    # means and methods: pills, heights, rope, research
    _rule("pills", r"\b(?:took|take|taken|taking|swallowed|swallow|swallowing|downed|necked) (?:way )?(?:too many|"
                   r"more|a handful of|a fistful of|all (?:of )?(?:my|the)|the whole|a whole|double|triple|loads of|"
                   r"lots of|an overdose|a lot of|every) (?:my |the )?(?:box |bottle |packet |pack |strip |sheet |"
                   r"tub )?(?:of )?(?:my )?(?:pills|tablets|meds|medication|medicine|painkillers|paracetamol|"
                   r"sleeping pills|antidepressants|ibuprofen|aspirin|pills)?\b(?! (?:for|by|because i forgot|"
                   r"on time|with (?:food|water))\b)(?=[^|]*\b(?:pills|tablets|meds|medication|medicine|painkillers|"
                   r"paracetamol|sleeping|antidepressants|ibuprofen|aspirin|overdose)\b)|"
                   r"\b(?:overdose|overdoses|overdosed|overdosing|od d|od ed|odd)\b(?! on (?:coffee|caffeine|sugar|chocolate|"
                   r"tv|netflix|\w+ (?:tv|shows))\b)",
          before=_OTHER_SUBJECT, clause=_MEDIA + r"|\b(?:coffee|caffeine|sugar|chocolate|sweets|netflix|tooth|"
                                                 r"toothache|headache|migraine|period|cramps|dentist|doctor said|"
                                                 r"stick to the dose|hangover|cold|flu)\b|" + _AT_WORK),
    _rule("stockpile", r"\benough (?:of )?(?:my |the |\w+ s |mums |dads )?(?:\w+ )?(?:" + _DRUG + r")\b(?: \w+){0,3} (?:saved|stored|"
                       r"hidden|stashed|put away|put aside|stockpiled|collected|kept|to (?:do it|die|not wake up|end it|be sure))\b|"
                       r"\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|counting|"
                       r"counted|kept|keeping|hiding|hid|hidden|storing|stored|ordered|bought) (?:up )?(?:all )?(?:my |"
                       r"the |some |extra |enough |spare )?(?:sleeping |old |prescription |leftover )?(?:" + _DRUG + r")(?! (?:for (?:my|the) (?:headache|migraine|back|trip|holiday|"
                       r"cold|flu)|in (?:the|my) (?:bag|car) for)\b)",
          clause=r"\b(?:headache|migraine|period|cold|flu|holiday|trip|travel|pharmacy|prescription ready|chemist|"
                 r"on time|doctor changed|side effects|organiser|dosette)\b"),
    _rule("method-research", r"\b(?:how much|how many) (?:\w+ ){0,2}(?:is|are|would|it takes|does it take|to take|would "
                             r"it take|it would take)(?: \w+){0,3} (?:lethal|fatal|deadly|kill|to die|to not wake up|"
                             r"enough|an overdose|overdose)\b|\blethal (?:dose|doses|amount|combination)\b|\b(?:painless|"
                             r"painlessly|quickest|easiest|best|quick) (?:way |ways )?to (?:die|go|end it|kill myself)\b|"
                             r"\bways to (?:die|kill myself|end it|end my life|commit)\b|\b(?:die|dying) painlessly\b|"
                             r"\bhow many (?:of )?(?:my |the |these |those )?(?:\w+ )?(?:pills|tablets|paracetamol|painkillers|sleeping pills|"
                             r"meds|antidepressants|insulin|sleepers|tabs) (?:it would take|would "
                             r"it take|it takes|to take|does it take|would be enough|would kill)\b|"
                             r"\bhow (?:long|quickly) (?:it takes|does it take|would it take|to) (?:to )?(?:die|bleed "
                             r"out|drown|suffocate|hang|lose (?:enough|too much) blood|stop breathing|for (?:the )?"
                             r"(?:pills|tablets) to work)\b|\bbleed(?:ing)? out\b|\b(?:which|what) (?:medications|meds|"
                             r"pills|drugs|tablets) (?:are|would be|is)? ?(?:most |the most )?(?:dangerous|lethal|deadly|"
                             r"fatal)\b|\b(?:googled|searched|looked up|researched|researching|searching|googling|"
                             r"reading about|looking up)(?: for)?(?: \w+){0,2} (?:(?:high|tall|tallest|highest|nearest|"
                             r"closest|local) (?:\w+ )?(?:bridges?|cliffs?|buildings?|car parks?|multi storeys?)|"
                             r"(?:methods|ways) (?:to|of) (?:die|dying|suicide)|how to (?:die|hang|overdose|kill myself|"
                             r"tie a noose|end it))\b(?! in the world\b)(?![^|]*\b(?:project|homework|school|trip|quiz|trivia|fun fact|curious|"
                             r"holiday|visit|photos?|view|tour|architecture)\b)|\bnoose\b|\bhow to tie a noose\b"),
    _rule("means-nearby", r"\b(?:rope|pills|tablets|blades|razor blades|belt|gun|noose|paracetamol|painkillers)\b"
                          r"(?: \w+){0,6} (?:i know what (?:it s|its|they re|theyre) for|keep thinking about (?:it|them)|"
                          r"just in case|calling (?:me|to me)|a way out|my way out|for when|for (?:a long time|ages|"
                          r"hours|too long)|and (?:thought|wondered|cried)|tempting me)\b|\b(?:looked|looking|stared|"
                          r"staring) at (?:the|my|all the|all my) (?:pills|tablets|rope|blades|razor|bottle of pills|"
                          r"painkillers|medication|meds)\b(?! (?:label|leaflet|instructions|box to check|to check)\b)|\b(?:bought|got|found) (?:a |some )?(?:rope|noose)\b"
                          r"(?! (?:for|swing|ladder)\b)(?![^|]*\b(?:tent|camping|climbing|boat|swing|garden|washing "
                          r"line|dog|tug)\b)"),
    _rule("heights-and-traffic", r"\b(?:think|thinking|thought|thoughts|imagine|imagined|imagining|picture|pictured|"
                                 r"picturing|want|wanted|wanting|wants|tempted|urge|urges|could just|considered|"
                                 r"considering|close to|nearly|almost|how easy it would be to|part of me wants to|planning|plan|"
                                 r"planned|going to|decided to|will)\b"
                                 r"(?: \w+){0,7} (?:jump|jumping|jumped|step|stepping|stepped|walk|walking|drive|"
                                 r"driving|drove|swerve|swerving|steer|steering|crash|crashing|throw myself|throwing "
                                 r"myself|fall|falling|let go|lean|leaning)(?: \w+){0,2} (?:off|from|in front of|into|"
                                 r"onto|under|over) (?:\w+ ){0,2}(?:bridge|roof|building|balcony|cliff|train|trains|"
                                 r"tracks|bus|car|truck|lorry|traffic|tree|wall|river|sea|lake|canal|oncoming|platform|"
                                 r"window|ledge|motorway|highway|freeway|road|edge|water|railway|rails|cars|storey|multi storey|car "
                                 r"park|parking garage|overpass|flyover|viaduct|tower|top floor)\b",
          after=r"^ (?:for (?:fun|a swim|a dip)|with (?:my|the) (?:kids|friends|family)|on holiday|to (?:cool|swim))\b"),
    _rule("at-the-edge", r"\b(?:stood|standing|sat|sitting|was|went|climbed) (?:at|on|by|up to|to) (?:the )?(?:edge "
                         r"of (?:the|a) )?(?:bridge|roof|cliff|ledge|balcony|platform edge|railway|tracks|edge)\b"
                         r"(?: \w+){0,6} (?:for (?:a long time|ages|hours)|tonight|thinking|wanting|how easy|looking "
                         r"down|alone|again|and (?:thought|wanted|nearly|almost)|ready)\b|\bhow easy it would be\b"
                         r"(?! to (?:fix|make|change|get|learn|forget|cook|clean)\b)(?=[^|]*\b(?:bridge|jump|end|"
                         r"step|drive|pills|roof|edge|train|gone|stop|let go|do it|not be)\b)|\bthe bridge\b(?: \w+){0,8} "
                         r"how easy\b",
          clause=r"\b(?:favourite|favorite|view|views|sunset|sunrise|boats|ducks|swans|fireworks|photos?|pictures?|"
                 r"beautiful|lovely|gorgeous|scenery|picnic)\b"),
)

_SELF_HARM_RULES: tuple[Rule, ...] = (
    _rule("self-harm-word", r"\b(?P<head>self ?(?:harm|harmed|harming|harms|injur\w*|mutilat\w*|destruct\w*|"
                            r"hatred and cut\w*)|sh ?(?:relapse|urges?|free|clean)|cutter)\b",
          before=_OTHER_SUBJECT,
          after=r"^ (?:awareness|prevention|training|course|workshop|service|team|policy|research|statistics|leaflet|"
                r"charity|scene|storyline|module|lecture|support group leaflet|in (?:teenagers|young people|schools))\b",
          clause=_MEDIA + r"|\b(?:proud|how far i ve come|how far ive come|recovered|doing (?:so )?(?:well|great|"
                          r"better) now)\b", negatable=True),
    # doing harm to myself: a harm verb with myself, or with my own arms, wrists, skin...
    _rule("hurt-myself", rf"\b(?P<head>{_SELF_VERB}(?: (?:at|into|on))? (?:myself|my (?:own )?(?:\w+ )?{_SELF_BODY}))\b",
          before=r"\b(?:she|he|they|it|cat|dog|kitten|puppy|baby|child|kid|wasp|bee|nettle|thorn|branch|glass|knife)\b"
                 r"(?: \w+){0,2} $|\b(?:accidentally|nearly|almost|by accident)(?: \w+)? $",
          after=r"^ (?:off|a|an|some|loose|short|free|out|up|down|back|slack|shaving|on (?:the|a|an)|in the kitchen|"
                r"while (?:cooking|shaving|chopping|working|rushing|making|doing)|by accident|accidentally|laughing|for "
                r"(?:forgetting|being|not|that|it|this)|to (?:finish|get|make|meet|please|keep|pay|make it)|over "
                r"(?:work|it|this|the|small|little|every)|with (?:work|worry|questions|guilt|the (?:what ifs|past))|"
                r"trying|at (?:the gym|work|football|school)|playing|lifting|running|doing (?:squats|sport)|out of "
                r"(?:bed|the)|to make sure|i couldnt believe|because i couldnt believe|to check|awake|to stay awake|"
                r"in the foot|against (?:the|a) (?:door|table|shelf|cupboard|desk)|getting|climbing|standing|bending|"
                r"reaching|walking|going|ouch|oops)\b",
          clause=r"\b(?:beat myself up|beating myself up|hard on myself|kick myself|kicking myself|kicked myself|"
                 r"pinch myself|pinched myself|cut myself off|hit myself with the|shot myself in the foot)\b(?![^|]*"
                 r"\b(?:bled|bleed|bruise|bruised|marks|on purpose|until)\b)|" + _ACCIDENT + r"(?![^|]*"
                 + _ON_PURPOSE + r")|\b(?:trying to (?:fix|figure|understand|solve|get|work)|code|bug|spreadsheet|essay|"
                 r"homework|paperwork|admin|bureaucracy|metaphor\w*)\b",
          negatable=True),
    # cutting with no object ("I cut again", "the urge to cut", "I used to cut")
    _rule("cutting", r"\b(?P<head>(?:cut|cutting|cuts|burn|burning|burned|burnt|sh) "
                     r"(?:again|deeper|tonight|today|last night|this morning|yesterday|so badly|badly|for the first "
                     r"time|every night|every day|when|because|after|to (?:feel|cope|punish|numb|release|calm))|"
                     r"(?:used to|urge to|urges to|need to|needed to|want to|wanted to|tempted to|trying not to|try "
                     r"not to|managed not to|didnt|started to|relapsed and|instead of|craving to|itching to|close "
                     r"to) (?:cut|burn|harm|sh|self harm|hurt myself|scratch)|i cut (?:myself )?(?:again|tonight|"
                     r"today|last night|yesterday|this morning|deeper))\b(?! (?:my hair|the|a|an|back|down|off|out|in "
                     r"line|the grass|costs|ties|class|school|through|across|corners|carbs|sugar|coffee)\b)",
          before=r"\b(?:hair|hairdresser|barber|grass|hedge|budget|costs|she|he|they|face|cheeks|ears|eyes|tongue)\b"
                 r"(?: \w+){0,3} $",
          clause=_RECOVERED + r"|\b(?:hair|fringe|grass|lawn|hedge|budget|costs|hours|wood|paper|fabric|carbs|sugar|coffee|"
                 r"alcohol|sun|toast|food|dinner|calories|fuel|energy|bridges|ties|class|queue|in line|cake|bread|"
                 r"onion|onions)\b",
          negatable=True),
    _rule("cut-marks", r"\b(?:fresh|new|deep|deeper|old|my) (?:cuts|cut marks|slashes|burns|scratches)\b(?: \w+){0,4} "
                       r"(?:on|across|over|up) my (?:\w+ )?" + _SELF_BODY + r"\b|\b(?:cuts|burns|scratches|scars|marks|bruises) "
                       r"(?:i made|i did|from cutting|from when i used to|i gave myself|from (?:self|when i))\b|"
                       r"\b(?:my )?" + _SELF_BODY + r" (?:is|are|was|were|have|has) (?:covered in|full of|still sore "
                       r"from|got) (?:fresh |new )?(?:cuts|scratches|burns|marks|scars)\b(?![^|]*" + _ACCIDENT + r")|"
                       r"\b(?:my )?(?:wrists?|thighs?|forearms?) (?:have|has|are|is) (?:\w+ )?(?:marks|cuts|scars)\b|"
                       r"\bwhere i (?:cut|burned|burnt|scratched|slashed|carved|hurt) (?:them|it|myself)\b|"
                       r"\b(?:stitches|steri strips|bandage|bandages|plasters?) (?:for|on|over) (?:the )?(?:cuts|"
                       r"burns|marks) (?:on|across) my\b",
          clause=_ACCIDENT + r"(?![^|]*" + _ON_PURPOSE + r")"),
    _rule("hide-marks", r"\b(?:hide|hid|hiding|hidden|cover|covered|covering|conceal|concealed|concealing) (?:up )?(?:my |"
                        r"the |all the |all my )?(?:cuts|scars|marks|burns|bruises|scratches|arms|wrists|thighs)\b|\b(?:long sleeves|"
                        r"jumper|hoodie|bracelets?|plasters|a scarf|make ?up|foundation) (?:\w+ ){0,4}(?:so (?:no one|"
                        r"nobody|noone|people dont|they dont|he doesnt) (?:can |could |would |will )?(?:see|sees|"
                        r"notices?)|to (?:hide|cover))\b(?! (?:my (?:tattoo|rash|eczema|acne|spots))\b)|\blied (?:to "
                        r"\w+ )?(?:\w+ ){0,2}about (?:how i got )?(?:the |my )?(?:cuts|burns|scars|marks|bruises)\b|"
                        r"\b(?:told|tell) (?:everyone|people|them|the nurse|the doctor|my \w+) (?:it was|that it was) "
                        r"(?:the oven|the cat|an accident|the dog)\b(?=[^|]*\b(?:cuts|burns|scratches|marks|scars)\b)|"
                        r"\b(?:covered|hid|hide) the (?:burns|cuts)\b",
          clause=r"\b(?:tattoo|rash|eczema|acne|spots|present|surprise|gift|hickeys?|love bites?|lovebites?|dark "
                 r"circles|bags under my eyes|roots|grey hairs?|tan lines)\b"),
    _rule("blade-to-skin", rf"\b(?:razor|blade|knife|lighter|scissors|compass|glass|a match|matches|cigarette|iron) "
                           rf"(?:to|on|across|into|against|over) my (?:own )?(?:\w+ )?{_SELF_BODY}\b",
          before=r"\b(?:he|she|they|him|her|them|boyfriend|girlfriend|husband|wife|partner|dad|father|mum|mom|"
                 r"stepdad|ex)\b(?: \w+){0,3} $|\b(?:accidentally|nearly|almost)\b(?: \w+){0,3} $",
          clause=r"\b(?:shav\w*|legs smooth|doctor|nurse|surgeon|tattoo|wax\w*|ironing board)\b"),
    _rule("blades", r"\b(?:blade|blades|razor blade|razor blades|razors|razor|sharpener)\b(?: \w+){0,4} (?:in my (?:drawer|"
                    r"bag|room|pocket|sock|box|wallet|pencil case)|under (?:my|the) (?:mattress|bed|pillow)|for (?:the )?(?:bad|hard|"
                    r"worst) (?:nights|days|times)|just in case|again|"
                    r"out of (?:the|a|my) (?:sharpener|razor)|hidden|secretly)\b|\b(?:keep|kept|hid|hide|hiding|bought|"
                    r"took|take|taking|got) (?:a |the |some |my )?(?:new )?(?:blade|blades|razor blades) (?:out|in|"
                    r"under|from|again|back)\b",
          clause=r"\b(?:shav\w*|mower|blender|skates?|knife set|kitchen|hoover|vacuum|scraper|wiper|wipers|fix\w*|"
                 r"repair\w*|replac\w*|mend\w*|jammed|for (?:my|the) (?:son|daughter|kids))\b"),
    _rule("to-myself", r"\b(?P<head>(?:do|doing|did|done) something (?:stupid |bad |terrible |drastic |dangerous |"
                       r"permanent )?(?:to|with) myself)\b", negatable=True),
    _rule("pain-wish", r"\b(?:want|need|needed|wanted|have) to (?:see blood|feel (?:the )?pain|bleed|feel something "
                       r"physical|hurt (?:myself|my body))\b|\b(?:deserve|deserved) (?:the |to feel )?pain\b|\bpunish "
                       r"(?:myself|my body) (?:physically|with pain|by (?:cutting|hurting|burning|starving))\b|"
                       r"\b(?:scratch|dig|digging|dug|pick|picked|picking|bite|bit|biting|cut|claw|clawed|clawing|pinch|pinched|"
                       r"pinching|hit|punch|punched|bang|banged|rub|rubbed|scrub|scrubbed|tear|tore|pull|pulled|pulling)\w*"
                       r"(?: \w+){0,6} "
                       r"(?:until|till|so) (?:it|they|my \w+|i) (?:bled|bleed|bleeds|was bleeding|were bleeding|bruised)"
                       r"\b(?![^|]*\b(?:nose|gums|tooth|teeth|period|knee|fell|tripped|paper|lip|mosquito|bites|"
                       r"eczema|rash|spot|spots|scab)\b)",
          negatable=True),
    _rule("relapse", r"\b(?:relapsed|relapse|slipped up)\b(?: \w+){0,6} (?:cut|cutting|burn|burning|self|harm|hurt|"
                     r"sh|blade)\b|\b(?:days|weeks|months|years) (?:clean|free|without (?:cutting|self|hurting|"
                     r"harming|sh))\b(?=[^|]*\b(?:cut|cutting|self harm|harm|sh|hurt|urge|urges|blade)\b)|\b(?:day|"
                     r"week|month) \w+ (?:without|of not) (?:cutting|self ?harm\w*|hurting myself|harming|sh)\b|"
                     r"\b(?:without|not) (?:cutting|self ?harming|hurting myself|harming myself|burning myself)\b"
                     r"(?: \w+){0,4} (?:for|since|in) (?:\w+ )?(?:days|weeks|months|years|a week|a month|a year)\b"),
    _rule("urge-resisted", r"\b(?:urge|urges|temptation|craving|impulse)\b(?: \w+){0,3} (?:to )?(?:cut|hurt myself|"
                           r"self harm|harm myself|burn myself|hit myself|scratch|sh)\b|\b(?:resisted|fought|"
                           r"fighting|resisting|rode out|sat with|surfed)(?: \w+){0,3} (?:urge|urges|temptation)\b"
                           r"(?=[^|]*\b(?:cut|hurt|harm|self|burn|blade|sh)\b)|\b(?:instead of|rather than) "
                           r"(?:cutting|hurting myself|self harming|harming myself|burning myself)\b|\b(?:held|hold|"
                           r"holding) ice instead\b|\bsnapped (?:a |the )?(?:rubber|hair) band\b(?=[^|]*\b(?:instead|"
                           r"urge|cut)\b)"),
)

_NOT_VIOLENCE_AFTER = (
    r"^ (?:so (?:i|we|that i) (?:wouldnt|would not|didnt|dont|wont) (?:fall|slip|trip|get hit|step|get run over|"
    r"get lost)|up|at (?:chess|cards|\w+ (?:kart|game|games))|at (?:cards|chess|tennis|pool|darts|scrabble|monopoly|"
    r"football|golf|squash|running|everything|it|the|a|his|her|their)|to (?!(?:the|a) (?:ground|floor|wall|bed|door)\b|my knees\b)\w+|into (?:applying|trying|doing|going|taking|it|the|a|\w+ing)|away|aside|forward|"
    r"on the swing|on (?:a|the) swing|along|out of (?:the (?:group|chat|team|game|band|car|bed|club)|bed|my comfort)|"
    r"a (?:coffee|look|drink|party|text|message|line|smile|wink|glance|kiss|tea|lift)|with (?:a|the|his|her|their) "
    r"(?:question|news|idea|joke|request|surprise|bill|story|truth|pillow|compliment|words|comments)|in (?:a|the) "
    r"(?:game|race|match|argument|debate|quiz)|by (?:a|the) (?:mile|second|point)|emotionally|feelings|"
    r"with (?:kindness|love|questions)|in the feels|right in the feels|hard (?:that|how)|like a (?:ton|truck)|"
    r"when (?:he|she|they) (?:forgot|said|told|left|cancelled|canceled|ignored|didnt|lied|chose|laughed|broke|"
    r"missed|went|stopped)|by (?:saying|forgetting|leaving|not|cancelling|canceling|ignoring|lying|cheating)|"
    r"so much when|deeply|again with (?:his|her) words|off (?:guard|balance)|on the (?:back|shoulder)(?! of)|"
    r"a high five|five|under the table|with (?:kisses|love|affection|hugs|attention|compliments|praise|cuddles))\b"
)

_DANGER_RULES: tuple[Rule, ...] = (
    # a person did or does violence to me, us or the children
    _rule("violence-to-me", rf"\b{_BY_PERSON} (?P<head>{_VIOLENT}) (?:{_VICTIM}|{_VICTIM_BODY})\b",
          before=r"\b(?:in (?:the|a) (?:film|movie|game|book|show|dream)|dreamt|dreamed|dream that|never said)\b(?: \w+){0,6} $",
          after=_NOT_VIOLENCE_AFTER, clause=_MEDIA + "|" + _PLAY, negatable=True),
    _rule("violence-passive", rf"\b(?P<head>(?:i|we|the kids|my (?:son|daughter|kids)) (?:was|were|got|get|gets|ve been|"
                              rf"have been|has been|had been|am being|m being|keep getting) (?:\w+ )?{_VIOLENT}"
                              rf"(?: up)?)(?: \w+){{0,3}} by {_PERSON_OBJ}\b|\bi (?:was|got|ve been|have been) (?:beaten "
                              r"up|attacked|assaulted|raped|strangled|choked|mugged|jumped|stabbed|sexually assaulted|"
                              r"abused|battered)\b(?! (?:by (?:a|the) (?:ball|car|bus|wave|door|branch|bike|dog|cat|"
                              r"wasp|bee|mosquito|question|news|flu|cold|virus)|in (?:the|a) (?:game|dream|film))\b)",
          clause=_MEDIA, negatable=True),
    _rule("grabbed-held", rf"\b{_BY_PERSON} (?P<head>(?:grabbed|grabs|grabbing|held|holds|holding|pinned|pins|pinning|"
                          r"pulled|pulls|yanked|yanks|dragged|drags|twisted|twists|squeezed|squeezes|slammed|slams|"
                          r"threw|throws|throwing|flung|tossed|pushed|pushes|shoved|forced|knocked|bent|choked|"
                          r"smashed|smashes|banged|bangs|sat|kneeled|knelt) (?:me|my (?:\w+ )?(?:hair|throat|neck|"
                          r"wrists?|arms?|face|jaw|head))) (?:down|against|across|along|around|into|onto|over|to the "
                          r"(?:floor|ground|bed|wall)|by (?:the|my) (?:throat|neck|hair|arms?|wrists?)|up against|"
                          r"behind my back|under|out of (?:bed|the car)|off|so hard|hard|until|on (?:the )?"
                          r"(?:floor|ground|bed|wall|table)|(?:on|in) (?:my|the) (?:face|chest|throat|neck))\b",
          after=r"^ (?:a |an |the |his |her |their )?(?:big |huge |tight |long )?(?:hug|cuddle|kiss|embrace|bear hug|"
                r"dance|slow dance)\b|^ \w+ing\b|^(?: \w+){0,3} to (?:see|watch|catch|go|come|join|have|make|dance|play|"
                r"celebrate|show)\b",
          clause=_PLAY, negatable=True),
    _rule("grabbed-body", rf"\b{_BY_PERSON} (?P<head>(?:grabbed|grabs|squeezed|squeezes|pulled|pulls|yanked|twisted|"
                          rf"slammed|smashed|banged|punched|hit|choked|pinched|held) (?:me by )?{_VICTIM_BODY})\b"
                          r"(?! (?:so (?:i|we) (?:wouldnt|would not|didnt|dont|wont)|and (?:said|told me|whispered|looked)|in (?:his|her|"
                          r"their|both) hands|tenderly|to (?:stop|help|keep|pull|get|guide|show|lead|kiss|"
                          r"save)|when i (?:fell|tripped|"
                          r"slipped|nearly)|gently|softly|lovingly|and (?:kissed|kisses|kiss|smiled|smiles|held|holds|hugs|hugged)|on the way|for (?:luck|"
                          r"comfort)|while i cried|to cross|and we (?:ran|danced|walked))\b)",
          clause=_PLAY, negatable=True),
    _rule("hands-on-neck", r"\b(?:hands?|arm|arms|fingers|knee|foot|pillow) (?:were |was |is |are )?(?:around|round|on|"
                           r"over|against|across|pressed (?:on|against|over)) my (?:neck|throat|face|mouth|chest)\b|"
                           r"\bby the (?:throat|neck)\b|\bput (?:his|her|their|both) (?:hands|hand) (?:around|round|on) "
                           r"my (?:neck|throat)\b|\bheld (?:a |the )?pillow over my face\b",
          clause=r"\b(?:kiss\w*|hug\w*|cuddl\w*|goodbye|hello|danc\w*|snuggl\w*|tender\w*|loving\w*|scarf|necklace)\b"),
    _rule("thrown-at-me", rf"\b{_BY_PERSON} (?:threw|throws|throwing|hurled|hurls|flung|lobbed|chucked|smashed|swung) "
                          r"(?!(?:a |the |his |her |their |my |some )?(?:pillow|pillows|cushion|cushions|sock|socks|"
                          r"teddy|soft toy|ball|balloon|paper|crumbs?|popcorn|confetti|snowball|towel|kiss|kisses|smile|"
                          r"look|glance|wink|compliment|question|questions|party|sweets?)\b)(?:\w+ ){1,3}(?:at|towards|into|over|on) (?:me|my (?:head|face|body|chest|back)|us|the kids)\b"
                          r"(?! (?:for fun|playfully|as a joke|to catch|and (?:i|we) caught)\b)|\b(?:came|went|lunged|"
                          r"charged|ran) at me with\b|\b(?:tried|try|tries|trying) to (?:run me over|drown me|"
                          r"suffocate me|smother me|kill me|strangle me|choke me|push me (?:down|off|out)(?! of (?:my|his|her|the|our) "
                          r"(?:comfort zone|shell|rut|bubble|head))|stab me|burn "
                          r"me)\b|\bspat (?:in my face|at me|on me)\b|\b(?:punched|hit|kicked|smashed|slammed|"
                          r"banged) (?:the|a) (?:wall|door|window|table) (?:right )?(?:next to|beside|by|near|behind|"
                          r"inches from|above) my (?:head|face)\b",
          clause=_MEDIA + "|" + _PLAY),
    _rule("sexual-violence", r"\b(?P<head>raped|rape|raping|sexually assaulted|sexual assault|molested|molesting|"
                             r"forced (?:himself|herself|themselves) on me|(?:forced|forces|forcing|pressures|pressured|coerced|coerces|"
                             r"makes|made) me (?:to |into )?(?:have sex|sex|sleep "
                             r"with|do (?:things|stuff|sexual)|\w+ sexual)|made me (?:have sex|do sexual|sleep with)|"
                             r"touched me (?:without|when i|while i|against)|(?:touches|touching|touched) me (?:when (?:my|nobody|no "
                             r"one|the|mum|mom)|while (?:my|nobody|no one|mum|mom)|inappropriately|down there|in my "
                             r"(?:room|bed)|at night|where i dont want)|didnt stop when i said no|wouldnt stop when "
                             r"i said no)\b(?! (?:her|him|them|a|an|the|someone|his|my friend|scene|culture|joke)\b)",
          before=r"\b(?:friend|sister|brother|mum|mom|she|he|they|cousin|daughter|son|woman|girl|man|someone|"
                 r"character|people|women)\b (?:was|were|got|had been|has been|have been)(?: \w+)? $|\b(?:joke|jokes|"
                 r"joking|word)\b(?: \w+){0,3} $",
          clause=_MEDIA, negatable=True),
    # threats: to kill, hurt or take the children; "if I leave he'll find me"
    _rule("threat", rf"\b{_BY_PERSON} (?:threatened|threatens|threatening|swore|swears|promised|promises|warned|said|"
                    rf"says|told me|keeps saying|screamed|shouted|texted) (?:that )?(?:to |(?:he|she|they) (?:ll|will|"
                    rf"would|d|is going to|s going to|was going to|could|might) )(?:\w+ )?(?P<head>(?:kill|hurt|"
                    rf"hit|beat|stab|shoot|strangle|choke|burn|harm|break|smash|end|destroy|drown|bury|get rid of|"
                    rf"make (?:me|you) (?:disappear|pay|suffer|sorry)|come after|find|finish|take) (?:{_VICTIM}|"
                    rf"my (?:\w+ )?(?:neck|legs|arms|face|head|dog|cat)|you)\b)",
          after=r"^ (?:for (?:being|forgetting|eating|using|not|breaking|telling|losing|taking|that|this|it)|when "
                r"(?:he|she|they) (?:sees|finds out|hears|gets home and sees)|at (?:chess|cards)|with (?:kindness|"
                r"questions)|if i (?:eat|break|forget|miss|am late|m late|spill|tell (?:her|his|their) secret|told "
                r"(?:her|his|their) secret|spoil|lose|use))\b",
          clause=_MEDIA + "|" + _PLAY, negatable=True),
    _rule("threat-modal", rf"\b{_PERSON}(?: {_ADVERBS}){{0,2}} (?:ll|will|would|d|is going to|s going to|was going "
                          r"to|were going to|might|could|is gonna|s gonna|gonna) (?:\w+ )?(?P<head>(?:kill|hurt|hit|"
                          rf"beat|stab|shoot|strangle|choke|burn|harm|drown|rape|attack|come after|"
                          rf"find) {_VICTIM})\b",
          after=r"^ (?:for (?:being|forgetting|eating|using|not|breaking|telling|losing|taking|that|this|it|\w+ing)|"
                r"when (?:he|she|they) (?:sees|finds out|hears|notices|gets home and sees|reads)|at (?:chess|cards)|"
                r"with (?:kindness|questions)|if i (?:eat|break|forget|miss|am late|m late|spill|tell (?:her|his|"
                r"their) secret|told (?:her|his|their) secret|spoil|lose|use|dont (?:call|text|come))|later|back|up|"
                r"a (?:coffee|drink|present|gift|lift)|some|something|from (?:the|school|work))\b",
          clause=_MEDIA + r"|\b(?:boss|teacher|coach|manager|niece|nephew|joke|joking|jokingly|haha|lol|laughing)\b|"
                 r"\b(?:mum|mom|mother|dad|father|sister|brother|aunt|uncle|gran|granny|nan|grandma|wife|"
                 r"girlfriend|flatmate|roommate)\b(?: \w+){0,3} kill me\b(?![^|]*\b(?:if i (?:leave|tell|go to)|"
                 r"knife|gun|threatened|scared|afraid|terrified|one day|police)\b)",
          negatable=True),
    _rule("threatened", r"\b(?:threatened|threatens|threatening|threatened to) (?:me|us|the kids)(?: with (?:a |his |"
                        r"her |the )?(?:knife|gun|weapon|bat|hammer|belt|bottle|scissors|violence|his fists))?"
                        r"(?! (?:with (?:a |the )?(?:disciplinary|fine|lawyer|court|eviction|warning|letter|"
                        r"solicitor|the sack)|again with (?:the|a) (?:sack|fine)))\b(?! (?:to (?:leave|fire|report|"
                        r"sue|tell|break up|end|evict|cut|stop)))|\b(?:threatened|threatens|threatening) to (?:kill|"
                        r"hurt|hit|beat|stab|shoot|burn|harm|strangle|choke|drown|take (?:the|my|our) (?:kids|"
                        r"children|baby|son|daughter)|take away (?:the|my|our) (?:kids|children))\b|\bdeath "
                        r"threats?\b|\bthreats? to (?:kill|hurt) me\b",
          before=r"\b(?:boss|manager|landlord|teacher|school|bank|council|company|work|character|film|movie|show|"
                 r"book|game|villain)\b(?: \w+){0,3} $",
          clause=_MEDIA),
    _rule("take-me-with-him", rf"\b{_PERSON} (?:ll|will|would|d|is going to|s going to|threatened to|says (?:he|she) "
                              r"(?:ll|will|would|d)|said (?:he|she) (?:ll|will|would|d)) (?:\w+ ){0,3}(?:kill|hurt|"
                              r"end) (?:himself|herself|themselves)\b(?: \w+){0,6} (?:take|taking) (?:me|us|the kids|"
                              r"the children|my \w+) with (?:him|her|them)\b|\b(?:take|taking) (?:me|us|the kids|the "
                              r"children) (?:down )?with (?:him|her|them)\b(?=[^|]*\b(?:kill|die|dead|end it|suicide)\b)"),
    _rule("threat-if-leave", r"^(?=.*\b(?:said|says|told|tells|threatened|threatens|warned|warns|texted|screamed|"
                             r"shouted|saying|swore|swears)\b).*?\bif i (?:ever )?(?:leave|left|go|went|tell|told|call|"
                             r"called|report|move|moved|take the kids|dump|dumped|end it|break up|leave him|leave her)"
                             r"\b(?: \w+){0,8} (?:regret|be sorry|pay for|end up|never see|wish i (?:d|had) never|dead|"
                             r"hurt|in hospital|kill|find me)\b",
          clause=_JOKE + r"|\b(?:party|film|movie|dessert|cake|haircut|job|course|trip|joking)\b"),
    _rule("threat-if-i", r"\bif i (?:ever )?(?:leave|left|go|went|tell|told|call|called|try|tried|talk|report|"
                         r"reported|move|moved|leave him|leave her|tell anyone|tell someone|go to the police|ever "
                         r"leave|take the kids)\b(?: \w+){0,6} (?:he|she|they) (?:ll|will|would|d|is going to|s "
                         r"going to|said (?:he|she|they) (?:ll|will|would|d)) (?:\w+ )?(?:kill|hurt|find|come after|"
                         r"make|beat|hit|get|take|end)\b(?! (?:a (?:way|job)|it hard|it difficult|out)\b)|\b(?:i|i ll|"
                         r"ill|id|i d) (?:would |will |ll )?(?:end up dead|regret it|be sorry|pay for it|never see the "
                         r"kids)(?: \w+){0,3} if i\b(?=[^|]*\b(?:said|says|told|threatened|warned)\b)|\b(?:said|says|"
                         r"told me|warned me|threatened) (?:that )?(?:i|i d|id|i ll|ill|you|youd|you ll) (?:would |"
                         r"will |ll |d )?(?:end up dead|end up in hospital|regret it|be sorry|pay for (?:it|this))\b"
                         r"(?=[^|]*\b(?:if|when)\b)|\bnext time it (?:ll|will|would|d|s going to) be (?:my|your|the kids) (?:face|head|neck|"
                         r"throat)\b|\b(?:(?:nobody|no one) (?:would|will|could) (?:ever )?find (?:my|"
                         r"your) body|make (?:me|you) disappear|bury (?:me|you)|with me in it)\b"),
    _rule("weapon", r"\b(?:knife|gun|blade|weapon|scissors|bat|hammer|bottle) (?:to|at|against|on|in) my (?:throat|"
                    r"head|neck|chest|face|back|side|stomach)\b|\b(?:waved|pointed|held|pulled|came at me with|holding|"
                    r"pulled out) (?:a|the|his|her) (?:knife|gun|bat|hammer) (?:at|to|on|in front of) (?:me|us|the "
                    r"kids)\b",
          clause=_MEDIA),
    # fear of a person, and of what they will do
    _rule("afraid-of-person", rf"\b(?P<head>(?:scared|afraid|frightened|terrified|petrified|fearful) (?:of|for my life "
                              rf"around) {_PERSON_OBJ})\b(?! (?:\w+ing|finding|leaving|going|thinking|getting|being|"
                              r"not|breaking|judging|noticing|changing|moving|cheating|opinion|reaction|reactions|"
                              r"mood|moods|temper tantrums|disappointment|disapproval|feelings|dog|cat|cooking|words|"
                              r"in laws? s (?:\w+ )?(?:opinion|reaction|reactions|disappointment|disapproval|feelings|"
                              r"judgement|cooking|visit|visits|comments)|"
                              r"questions|family|friends|parents|ex|ringtone|text|texts|calls|face|feet|voice|"
                              r"singing|driving|snoring|jokes|spiders|heights|flying|big|small|old|new|s|\w+s "
                              r"(?:opinion|reaction|disappointment|feelings))\b)",
          negatable=True),
    _rule("afraid-what-hell-do", r"\b(?P<head>(?:scared|afraid|frightened|terrified|petrified|fear|fearful|worried|"
                                 r"dread|dreading) (?:of )?what (?:he|she|they|my \w+)) (?:ll|will|might|would|could|d|"
                                 r"is going to|s going to|was going to|did|does|can|is capable of|s capable of|has "
                                 r"done|had done|might do to me|may)(?: \w+){0,2} (?:do|does|done|capable|to me|to "
                                 r"the kids|next)\b|\b(?:scared|afraid|frightened|terrified|petrified|fear)\b[^|]*"
                                 r"\b(?:because of|after) what (?:he|she|they) (?:did|has done|had done|said he d do) "
                                 r"(?:last time|the last time|before|to me|when)\b",
          negatable=True),
    _rule("afraid-he-will", rf"\b(?P<head>(?:scared|afraid|frightened|terrified|petrified|worried|fear|fearing|"
                            rf"dread|convinced|sure|think|thought)) (?:that )?{_PERSON}(?: \w+)? (?:ll|will|might|would|"
                            r"could|d|is going to|s going to|was going to|were going to|wants to|is gonna|gonna) "
                            r"(?:\w+ )?(?:hurt|hit|kill|beat|find me|find out where|come back|come after|take the kids|"
                            r"strangle|choke|stab|shoot|snap|lose it|explode|attack|break my|rape|lash out|do "
                            r"something to me|turn up|show up|track me|be waiting)\b(?! (?:and (?:say|apologi))\b)",
          after=r"^ (?:to (?:the|a|his|her|our) (?:party|meeting|wedding|dinner|pub|office|house)|from (?:work|the "
                r"pub|a trip|holiday)|late|early|with (?:flowers|dinner|a present)|home (?:late|early|with))\b",
          clause=r"\b(?:feelings|party|surprise|present|gift|late|leave me|cheat|bored|break up|dump|upset|angry "
                 r"that|disappointed)\b(?![^|]*\b(?:hurt me|hit me|kill me|beat me)\b)",
          negatable=True),
    _rule("afraid-to-go-home", r"\b(?P<head>(?:scared|afraid|frightened|terrified|petrified|dread|dreading|too scared|"
                               r"dont want) (?:to go|of going|to get|of getting|to be|of being|going|to come|to return|"
                               r"of returning) (?:back )?(?:home|to the (?:flat|house|apartment)|to (?:our|his|her|their) (?:place|flat|house)))\b(?! (?:for (?:christmas|thanksgiving|easter|the "
                               r"holidays|the weekend|diwali|eid|hanukkah|the summer|a visit|the wedding)|to (?:an|my|the) empty|alone|to my "
                               r"(?:parents|family|mum|mom) for|late|early|too late|after the exam|and (?:face|tell) "
                               r"(?:my )?(?:parents|family))\b)",
          clause=r"\b(?:christmas|thanksgiving|easter|holidays|diwali|eid|hanukkah|exam|results|grades|report card|"
                 r"love life|questions|relatives|in laws|family dinner|the mess|dishes|laundry)\b",
          negatable=True),
    _rule("afraid-near", r"\b(?:scared|afraid|frightened|terrified|petrified) (?:to (?:be|stay|sleep)|of being|of "
                         r"staying|to fall asleep|to go to sleep|of falling asleep) (?:\w+ ){0,2}(?:in the same (?:house|"
                         rf"room|flat|home|place|bed) as|near|alone with|around|at home with|home with|with|while) "
                         rf"{_PERSON_OBJ}\b|\b(?:scared|afraid|frightened|terrified) (?:to fall asleep|to sleep|to go "
                         r"to sleep|of falling asleep) (?:while|when|until|before) (?:he|she|they) (?:s|is|are|re) "
                         r"(?:still )?(?:angry|drunk|awake|home|here|in (?:this|the) (?:mood|house))\b"),
    _rule("fear-for-life", r"\b(?:fear|feared|fearing|afraid|scared|worried|terrified) for my (?:life|safety|kids "
                           r"safety|childrens safety)\b|\bthought (?:he|she|they) (?:was|were) going to (?:kill|"
                           r"strangle|hurt|choke) me\b|\bthought i was going to die\b(?=[^|]*\b(?:he|she|they|him|"
                           r"her|hands|neck|throat)\b)|\bthought i (?:was|d be) next\b"),
    _rule("not-safe", r"\b(?P<head>(?:not|never|dont feel|dont|no longer|isnt|arent|wasnt|dont ever|do not) (?:feel |"
                      r"feeling |being |really )?(?:safe|safe anymore)) (?:at home|in my (?:own )?(?:home|house|flat|"
                      rf"apartment|bed|room)|with {_PERSON_OBJ}|around {_PERSON_OBJ}|near {_PERSON_OBJ}|when (?:he|"
                      r"she|they) (?:drinks|s drunk|is drunk|gets angry|comes home)|here|(?:going|to go|coming|being) "
                      r"(?:back )?home|at night|in this house|anymore)\b(?! (?:with (?:my feelings|sharing)|sharing|"
                      r"to (?:share|talk|say|open|cry|be myself)|emotionally|in (?:group|therapy|the group)))|\bunsafe "
                      rf"(?:at home|with {_PERSON_OBJ}|in my (?:own )?home)\b|\b(?:it|home) (?:isnt|is not|s not|"
                      r"wasnt|was not) safe (?:at home|for me|for (?:me and )?the kids|here|anymore|to (?:go|stay) "
                      r"(?:home|there))\b|\bi m not safe\s*$",
          clause=r"\b(?:emotionally|feelings|sharing|vulnerable|open up|opening up|group|therapy|spiders|wifi|"
                 r"password|neighbourhood|neighborhood|at night walking|walking home)\b"),
    # control: locked in, phone or keys taken, not allowed out, followed, watched
    _rule("controlled", rf"\b{_BY_PERSON} (?:locked|locks|locking) (?:me|us|the kids) (?:in|inside|up|out)\b"
                        r"(?! (?:of (?:the group|the chat|the account|his (?:phone|laptop)))\b)|\b(?:wont|doesnt|"
                        r"wouldnt|didnt|never) let (?:me|us) (?:leave|go out|go anywhere|out|see my (?:friends|family|"
                        r"mum|mom|dad|parents|sister|brother)|have (?:my own|any|my) (?:money|phone|keys|passport|"
                        r"friends)|talk to (?:anyone|my (?:friends|family))|work|call (?:anyone|my)|use the phone|"
                        r"sleep|eat)\b(?! (?:without (?:a (?:hug|kiss|goodbye|coffee|snack|jacket|coat)|saying)|"
                        r"until (?:i|we) (?:finish|had|eat|have)|alone with the dishes|in the rain)\b)|\b(?:not|never) "
                        r"allowed to (?:leave|go out|see (?:my|anyone|friends)|have (?:my own|a) (?:money|phone|bank)|"
                        r"talk to|work|drive|use the phone|call)\b(?=[^|]*\b(?:he|she|they|him|her|them|husband|"
                        r"partner|boyfriend|girlfriend|wife)\b)(?![^|]*\b(?:school|hospital|rules|boss|"
                        r"company|office|exam|phone policy|my work)\b)|\b(?:wont|doesnt|wouldnt|didnt|never) let me (?:see|go to|"
                        r"call|visit) (?:a|the|my) (?:doctor|gp|hospital|police|nurse|dentist|a and e)\b",
          clause=r"\b(?:by accident|accidentally|by mistake|forgot|without thinking|hug|hugs|hugged|embrace|cuddl\w*|"
                 r"kiss\w*|sweet|cute)\b", negatable=True),
    _rule("means-taken", rf"\b{_BY_PERSON} (?:took|takes|taken|hid|hides|hidden|keeps|kept|smashed|broke|destroyed|"
                         r"confiscated|stole|snatched) (?:away )?(?:my|our|all (?:my|our|the)|the) (?:\w+ )?(?:phone|"
                         r"keys|car keys|passport|passports|money|bank cards?|cards|id|sim|charger|wallet|purse)\b"
                         r"(?: \w+){0,6} (?:so (?:that )?(?:i|we) (?:cant|couldnt|cannot|could not|wont|wouldnt)|and "
                         r"(?:locked|locks|wont|wouldnt|refused|wont give|hid|threatened|pushed|grabbed|hit)|away "
                         r"from me|off me|to stop me|from me)\b|\bso (?:that )?(?:i|we) (?:cant|couldnt|cannot|"
                         r"could not|wouldnt) (?:leave|call (?:anyone|for help|the police|someone|my)|get out|escape|"
                         r"get away|get help|go anywhere|contact anyone|tell anyone|ring anyone)\b(?=[^|]*\b(?:he|she|"
                         r"they|him|her|locked|took|takes|keeps|hid|smashed)\b)",
          clause=r"\b(?:drive|driving|drunk|drink|drinking|wine|beer|over the limit|prank|joke|safe keeping|doomscroll\w*|"
                 r"scrolling|screen time|bedtime|at the table|at dinner|"
                 r"safekeeping|charge|charging|by mistake)\b"),
    _rule("stalked", rf"\b{_BY_PERSON} (?:is |keeps |kept |has been |been |was |started |always |still )?(?:stalking|"
                     r"following|followed|watching|tracking|turning up|showing up|turned up|showed up|waiting|"
                     r"waited|hanging around|sitting|parked) (?:me|outside|at|for me|near) ?(?:home|everywhere|to "
                     r"work|around|again|my (?:\w+ )?(?:flat|house|home|work|door|job|place|school|parents|window|"
                     r"office|building|car))?\b(?=[^|]*\b(?:scared|afraid|terrified|frightened|again|blocked|"
                     r"restraining|police|keeps|kept|still|everywhere|home|every|stalk\w*|even though|at night|"
                     r"3am|am|midnight)\b)(?![^|]*\b(?:surprise|flowers|lunch|party|birthday|to pick me up|"
                     r"cute|sweet)\b)|\b(?:stalking|stalks|stalked) me\b|\bbeing stalked\b|\b(?:photo|photos|"
                     r"picture|pictures|video) of (?:my|our) (?:front door|door|house|flat|window|car|building|"
                     r"street|work)\b(?![^|]*\b(?:wreath|christmas|new (?:door|paint|wreath|colour|kitchen)|painted|estate "
                     r"agent|listing|moved in|keys|renovat\w*)\b)|\b(?:find|found|finds|finding) out where (?:i|i m|im|we) (?:m |am |re )?(?:live|"
                     r"living|work|working|staying|stay|hiding|sleep)\b|\b(?:tracks|tracking|tracked|monitors|"
                     r"monitoring|checks|checking|reads|reading|went through|goes through) my (?:phone|location|"
                     r"messages|texts|emails|car)\b(?=[^|]*\b(?:violent|hurt|hit|kill|regret|threat\w*|scared|"
                     r"afraid|punish|angry|rage|screams|shouts|or else)\b)",
          clause=_MEDIA + r"|\b(?:friend|sister|brother|colleague|cousin|she|he|her|him|daughter|son|mum|mom)\b(?: \w+){0,2} (?:is |was |s |has been |got )?(?:being )?stalked\b"),
    _rule("hiding-from", rf"\b(?:hiding|hid|hide|hidden|locked myself|lock myself|locking myself|sleep|slept|"
                         rf"sleeping|stayed|staying|fled|flee|fleeing|ran|run|running|escape|escaped|escaping|"
                         rf"get away|got away|getting away|keep away|protect (?:myself|me|the kids)|safe) (?:\w+ )"
                         rf"{{0,4}}(?:from|because of|away from) {_PERSON_OBJ}\b(?! (?:for (?:a|the) (?:bit|day|"
                         r"weekend|night|while|evening)|at the party|with (?:a|the) (?:surprise|present|gift)|to "
                         r"(?:surprise|finish)|because (?:he|she) (?:wanted|asked|keeps asking|would (?:ask|tease))|"
                         r"until (?:the surprise|the party))\b)|\b(?:hid|hiding|hide|locked myself|waited|stayed|sat) (?:in|under|"
                         r"inside) (?:the|my|a) (?:\w+ )?(?:bathroom|bedroom|room|car|closet|wardrobe|bed|cupboard|"
                         r"shed|garage|toilet|loo)\b(?: \w+){0,4} (?:until|till) (?:he|she|they) (?:calmed|left|went|fell "
                         r"asleep|stopped|passed out|sobered|had gone|was gone|were gone|cooled|drove off)\b",
          clause=r"\b(?:surprise|present|gift|hide and seek|hide and go seek|party|birthday|game|prank|tease|"
                 r"teasing|bored|boredom|tickle|tickling|spoilers?|chores|homework|dishes|washing up)\b"),
    _rule("broke-in", rf"\b{_BY_PERSON} (?:kicked|kicks|smashed|smashes|broke|breaks|forced|bashed|punched) (?:the |"
                      r"my |our )?(?:\w+ )?(?:door|window) (?:in|down|open|off)\b|"
                      rf"\b{_BY_PERSON} (?:broke|breaks|has broken|tried to break|kicked|kicks|smashed|forced|"
                      r"broken) (?:in|into|down|through) (?:the |my |our )?(?:\w+ )?(?:door|window|house|flat|home|"
                      r"place|room|bedroom|bathroom|through)?\b(?! (?:our new|the new|tears|a sweat|laughter|song|a "
                      r"smile|the conversation)\b)",
          clause=r"\b(?:boots|shoes|jeans|new|tears|sweat|song|laughter|smile|conversation|keys|locked (?:himself|"
                 r"herself) out|forgot (?:his|her) keys)\b"),
    _rule("lock-door", r"\b(?:lock|locked|locking) (?:the |my )?(?:\w+ )?(?:door|bedroom|bathroom|room)\b(?: \w+){0,5} "
                       rf"(?:because of|in case|so (?:he|she|they) (?:cant|couldnt)|from|to keep) (?:{_PERSON_OBJ}|"
                       r"he|she|they)\b|\bwedge (?:a )?chair (?:under|against) the door\b|\bsleep with (?:my )?"
                       r"(?:shoes|clothes) on\b(?=[^|]*\b(?:run|him|her|them|leave|in case)\b)"),
    _rule("violent-person", rf"\b{_PERSON}(?: (?!never\b|not\b|isnt\b|wasnt\b|hasnt\b)\w+){{0,2}} (?:gets|is|was|becomes|became|turns|turned|can be|has been|"
                            r"gets really|get|got|been|s been|has been|have been) (?:so |really |very |more |physically |extremely |"
                            r"really really )?"
                            r"(?:violent|physical|abusive|rough with me|handsy)\b(?! (?:in (?:the|a) (?:film|game|"
                            r"movie|book)|video games?)\b)|\b(?:domestic (?:violence|abuse)|abusive (?:relationship|"
                            r"partner|husband|boyfriend|marriage|ex|home|father|dad|mother|mum))\b"
                            r"(?=[^|]*\b(?:i|im|my|me)\b)(?![^|]*\b(?:escaped|left|years ago|used to be|survivor|"
                            r"recovery|book|film|documentary|podcast|course|training|article|storyline|show|"
                            r"statistics|novel|degree|lecture|module|class|uni|university|studying|learned|learnt|learning)\b)|\b(?:he|she|they) (?:is|s|has been|s been|was) abusing (?:me|us|the "
                            r"kids)\b|\b(?:abuses|abused|abusing) me\b",
          clause=_MEDIA + r"|\b(?:nothing violent|never violent|not violent)\b",
          negatable=True),
    _rule("injury-from-person", r"\b(?:bruise|bruises|bruised|marks|black eye|cuts|burns|scratches|bite marks|split "
                                r"lip|broken (?:rib|nose|wrist|arm|finger)) (?:\w+ ){0,4}(?:from (?:him|her|them|my "
                                r"(?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|dad|father|stepdad|"
                                r"mum|mom|mother))|where (?:he|she|they) (?:held|grabbed|hit|squeezed|kicked|punched|"
                                r"pinched|bit|had|strangled|choked|pushed|threw))\b|\bwhere the bruises (?:wont|"
                                r"dont|cant) show\b|\b(?:told|tell|telling|said to) (?:people|everyone|the "
                                r"(?:doctor|nurse|gp|school|teacher|police)|my (?:\w+ )?(?:friends?|boss|mum|mom|family|"
                                r"sister|brother)|them|work) (?:that )?i (?:fell|walked into (?:a|the) door|tripped|"
                                r"bumped into|slipped)\b(?=[^|]*\b(?:but|he|she|him|her|when|slaps|hits|because)\b)|"
                                r"\b(?:but|really) it was (?:him|her|my (?:partner|husband|boyfriend|girlfriend|wife|"
                                r"dad|stepdad))\b"),
)

_BASE_VIOLENCE = (r"(?:hunt|track|kill|hurt|hit|beat|stab|shoot|burn|harm|strangle|choke|drown|slit|cut|break|smash|punch|kick|"
                  r"slap|throw|bury|poison|rape|attack|batter|suffocate|smother|run (?:me|us) over)")
_KIDS = r"\b(?:kids|children|child|son|daughter|baby|boys|girls|toddler)\b"

_MORE_RULES: tuple[Rule, ...] = (
    # my own death as a hypothesis ("if I died", "when I'm gone", "if I'm gone by Friday")
    _rule("if-i-died", r"\b(?:if|when|once|after) i (?:just |ever |finally |really )?(?:died|die|were dead|was dead|killed "
                       r"myself|kill myself|wasnt here|wasnt around|werent here|werent around|was gone|were gone|am "
                       r"gone|m gone|didnt exist|stopped existing|never woke up|disappeared for good|ended it|took my "
                       r"(?:own )?life)\b(?! (?:for (?:a|the|an|two|three|some|\w+ (?:days|weeks|hours))|from (?:the|this|"
                       r"work|home)|on (?:a|the)|at|to|into|early|abroad|away|my hair|my (?:hair|beard)|laughing|of "
                       r"(?:embarrassment|boredom|laughter|shame))\b)",
          clause=_JOKE + r"|\b(?:hair|dye|dyed|embarrassment|boredom|laughing|laughter|holiday|trip|business|"
                         r"conference|week away|weekend away|insurance|pension|mortgage|estate)\b"),
    _rule("my-things", r"^(?=.*\b(?:writing|wrote|written|list|decided|deciding|note|notes|gone|letter|letters)\b)"
                       r".*?\b(?:who|which \w+) (?:should|will|would|can|could|gets|is going to) (?:get|have|take|keep|look "
                       r"after|take care of) my (?:stuff|things|belongings|possessions|cat|dog|pets|savings|room|"
                       r"clothes|books)\b(?! (?:while|when i m away|when im away|on holiday|this weekend)\b)|\bwho (?:gets|should get) (?:what|my \w+) (?:when|after|once) i m gone\b"),
    _rule("last-goodbye", r"\b(?:said|say|saying|told|tell|telling) (?:\w+ ){0,4}(?:goodbye|bye|farewell)\b(?: \w+){0,5} "
                          r"(?:without (?:her|him|them|anyone|her really|him really) (?:knowing|realising|realizing|"
                          r"understanding)|for the last time|like it was the last|as if it was the last|forever|for good|"
                          r"properly one last time)\b",
          clause=r"\b(?:moving|move|emigrat\w*|leaving do|flight|trip|holiday|job|colleague|school|uni|university|"
                 r"graduat\w*|funeral|grave|dog died|cat died)\b"),
    _rule("nothing-left", r"\bnothing (?:left )?for me (?:here|anymore|any more|in this (?:world|life)|on this earth)\b"
                          r"(?! (?:at (?:this|that) (?:job|company|party)|in this (?:town|city|job))\b)|\b(?:give|giving|"
                          r"gave|given) up on (?:life|living|being alive|staying alive|everything and everyone|"
                          r"existing|the world)\b|\b(?:think|thought|thinking) about not (?:waking up|being (?:here|"
                          r"alive|around)|existing|surviving|getting out|making it|coming back|coming home)\b",
          clause=r"\b(?:job|work|office|career|band|team|town|city|course|uni|relationship|dating)\b"),
    _rule("keep-alive", r"\b(?:how (?:much )?longer|dont know if|not sure if|not sure i|dont think|cant|cannot|struggling "
                        r"to|hard to|fighting to)(?: \w+){0,4} (?:keep myself alive|stay alive|keep living|carry on "
                        r"living|keep breathing|stay here|hold on much longer)\b|\bkeep myself alive\b"),
    _rule("method-how", r"\bhow (?:people|someone|you|to|one|others|they|do you|would you|would i|could i|can i) "
                        r"(?:\w+ )?(?:hang|hanged|kill|killed|drown|drowned|overdose|overdosed|poison|poisoned|shoot|shot|"
                        r"suffocate|suffocated|gas|gassed|slit|end|ended|off)(?:s|ed)? (?:themselves|yourself|"
                        r"himself|herself|oneself|myself|their lives|your life|my life)\b",
          clause=_MEDIA + r"|\b(?:prevent|prevention|help (?:them|someone)|support|warning signs|training)\b"),
    _rule("edge-almost", r"\b(?:bridge|cliff|edge|tracks|platform|ledge|roof|balcony|railway|river|motorway)\b"
                         r"(?: \w+){0,6} (?:almost|nearly|so close to|close to) (?:stopped|jumped|did it|went over|"
                         r"stepped|climbed|pulled over|let go|went through with it)\b"),
    _rule("better-off-forgetting", r"\bbetter off\b(?: \w+){0,5} (?:forgetting me|forget me|forgot me|if i (?:was|were) "
                                   r"(?:gone|dead|never born)|without me)\b"),
    # self-harm, more ways of saying it
    _rule("without-cutting", r"\b(?:without|no|not) (?:cutting|self ?harming|hurting myself|harming myself|burning "
                             r"myself|scratching myself)\b(?![^|]*\b(?:onions?|bread|cake|paper|hair|vegetables|"
                             r"fabric|corners|costs|the|myself shaving)\b)|\b(?:the|my) (?:urge|urges|cravings?) "
                             r"(?:was|were|is|are|has been|have been|came back|come back|got|gets|hit|feel|feels|felt|"
                             r"keep|kept|won t|wont) (?:\w+ )?(?:awful|strong|bad|unbearable|overwhelming|back|loud|"
                             r"intense|so bad|so strong|stronger|worse|going|screaming|coming)\b"
                             r"(?![^|]*\b(?:eat|snack|sugar|chocolate|smoke|cigarette|drink|text him|call him|shop|"
                             r"shopping|sleep|pee|sneeze)\b)"),
    _rule("make-it-bleed", rf"\b(?:make|made|making) (?:them|it|myself|my (?:own )?(?:\w+ )?{_SELF_BODY}) (?:bleed|"
                           r"bruise|burn|sting|hurt)\b|\bdeserve to (?:bleed|hurt|feel pain|be hurt|suffer physically)\b"),
    # danger, more ways of saying it
    _rule("threatened-to-harm", rf"\b(?:threatened|threatens|threatening|threaten) to (?:\w+ )?{_BASE_VIOLENCE}\b"
                                r"(?! (?:the (?:deal|budget|plan|project|plant|mood|vibe)|his|her|himself|herself|"
                                r"themselves|my (?:chances|career|plans|reputation)|the (?:dog s|cat s))\b)(?!(?: \w+){1,4} "
                                r"(?:away|out|in the bin|on the bonfire)\b)",
          before=r"\b(?:boss|manager|landlord|teacher|school|bank|council|company|work|character|villain|storm|"
                 r"weather|rain|virus)\b(?: \w+){0,3} $",
          clause=_MEDIA),
    _rule("then-it-was-me", rf"\b{_VIOLENT}\b(?: \w+){{0,8}} (?:it was|it s|its|this time it was|now it s) "
                            r"(?:me|my (?:face|head|turn))\b",
          after=r"^ to\b"),
    _rule("intimidation", rf"\b{_BY_PERSON} (?:punches|punched|punching|kicks|kicked|kicking|smashes|smashed|"
                          r"smashing|throws|threw|throwing|breaks|broke|breaking|hits|hit) (?:holes in "
                          r"|things at |stuff at )?(?:the |my |our )?(?:walls?|doors?|things|plates|furniture|stuff|"
                          r"windows|car windows|phone|laptop|belongings|glasses|cups|tv|mirror)\b(?! (?:by accident|"
                          r"accidentally|open|shut by mistake)\b)",
          clause=_MEDIA + r"|\b(?:accident|accidentally|football|ball|game|laughed|laughing|fixing|repair|diy|"
                          r"renovat\w*|moving house|slipped|tripped)\b"),
    _rule("youre-next", r"\b(?:said|says|told me|texted|screamed|shouted|warned)\b(?: \w+){0,3} (?:i m|im|i am|you re|"
                        r"youre|you are|i d be|you d be|youd be) next\b"),
    _rule("fear-going-back", rf"\b(?:{_FEAR_WORDS}) (?:of|to) (?:go|going|get|getting|come|coming|be|being|return|"
                             r"returning|stay|staying|sleep|sleeping) (?:back )?(?:to|at|in) (?:the|my|our|his|her) "
                             r"(?:flat|house|apartment|place|home|room|bedroom)\b(?: \w+){0,4} (?:while|when|with|if|"
                             r"because|until|as long as) (?:he|she|they|him|her|them|my \w+)\b"),
    _rule("night-visits", rf"\b{_PERSON} (?:comes|came|coming|keeps coming|gets|got|climbs|climbed) into my (?:room|bed|"
                          r"bedroom)\b(?: \w+){0,6} (?:at night|when|while|and)\b|\b(?:cant|couldnt|can not|could not) "
                          r"(?:make (?:him|her) )?stop (?:him|her|them)\b(?=[^|]*\b(?:room|bed|night|touch\w*|hurt\w*|"
                          r"hit\w*|beat\w*|hitting|grab\w*|smack\w*|slap\w*)\b)"),
    _rule("hide-weapons", r"\b(?:hide|hid|hiding|hidden|lock away|locked away|locking away|put away) (?:all )?(?:the|"
                          r"his|her|our|my)? ?(?:knives|knife|guns?|weapons?|sharp things|razors)\b(?: \w+){0,5} "
                          r"(?:before|from|when|so|in case|because) (?:he|she|they|him|her|them|my \w+)\b"),
    _rule("held-under", rf"\b{_BY_PERSON} (?:held|holds|pushed|pushes|forced|kept) (?:me|my head|my face) (?:under|"
                        r"underwater|under the water|under water|in the water|into the water|into the pillow)\b"),
    _rule("money-control", rf"\b{_BY_PERSON} (?:keeps|has kept|kept|controls|controlled|holds|confiscated|took away|"
                           r"takes away) (?:all )?(?:my|our) (?:bank cards?|cards|money|wages|salary|benefits|passport|"
                           r"passports|documents|pay|earnings)\b|\b(?:i have to|i ve got to|i must|im made to|i m made "
                           r"to|i had to) (?:beg|ask (?:him|her|them|permission)) (?:\w+ )?for (?:money|food|cash|"
                           r"my own money|permission to (?:see|leave|go out|eat))\b",
          clause=r"\b(?:safe|safekeeping|safe keeping|lose things|lose it|losing it|forget|drawer with his|for me "
                 r"while)\b"),
    _rule("followed", rf"\b{_BY_PERSON} (?:follows|watches|tracks|stalks|monitors|checks on|checks where|texts|calls|"
                      r"rings) (?:me|where i am|my location|my every move)\b(?: \w+){0,3} (?:everywhere|every "
                      r"(?:hour|day|minute|night)|all the time|constantly|non stop|nonstop|day and night)\b"),
    _rule("scared-for-kids", rf"\b(?:{_FEAR_WORDS}) for (?:my|the|our) (?:kids|children|son|daughter|baby|boys|girls)\b"
                             r"(?! (?:future|futures|health|exams?|school|grades|education|mental health|when they|"
                             r"growing up|in this (?:world|economy|climate))\b)"
                             r"(?![^|]*\b(?:climate|economy|world|internet|social media|phones|exams|school|covid|"
                             r"flu|virus)\b)"),
    _rule("violence-to-them", rf"^(?=.*{_KIDS}).*?\b{_BY_PERSON} (?P<head>{_VIOLENT}) (?:them|him|her)\b"
                              r"(?![^|]*\b(?:game|football|match|fight club|joke|pillow|play|playing)\b)",
          negatable=True),
    _rule("weapon-shown", r"\b(?:put|placed|left|showed|brought|took out|pulled out|loaded|cleaned|waved|keeps|kept|"
                          r"sharpened|sharpening) (?:a|his|her|the|their) (?:gun|knife|rifle|pistol|shotgun|machete)\b"
                          r"(?: \w+){0,5} (?:and said|and (?:looked|stared) at me|so i (?:could|would) see|in front of "
                          r"me|next to (?:me|the bed|my bed)|by the bed|under (?:the|his|her) pillow|and smiled|while "
                          r"staring)\b"),
)


# -- round 3: ideas that co-occur in a clause, in any order, a few words apart ----------------------------------
_SELF_REF = r"^(?=.*\b(?:i|im|ive|id|me|my|myself)\b)"
_DEATH_IDEA = (r"(?:dying|die|death|be dead|being dead|was dead|were dead|be gone|gone for good|not existing|not exist|"
               r"stop existing|cease to exist|never wake up|not wake up|dont wake up|stay asleep|end it all|it all "
               r"(?:to )?end|make it all (?:end|stop)|end my life|ending my life|end everything|kill myself|killing "
               r"myself|suicide|my own death|the end of me|not (?:be )?(?:here|around|alive) anymore|to not be (?:here|around|"
               r"alive)|not being (?:here|around|alive)|to not exist)")
_WISH_IDEA = (r"(?:appealing|tempting|attractive|inviting|sounds nice|sounds good|sounds peaceful|easier|simpler|simplest|easiest|kinder|kindest|rest|peaceful|sounds like|want|wanted|wanting|wanna|wish|wishing|hope|hoping|ready|peace|plan|planning|planned|only (?:way|"
              r"answer|option|choice|solution)|the answer|relief|relieved|longing|long for|crave|craving|tempting|"
              r"tempted|decided|deciding|welcome|looking forward|cant wait|way to|ways to|how to|calm about|comfort\w*|"
              r"accept\w*|the idea of|romanticis\w*|romanticiz\w*|fantasis\w*|fantasiz\w*)")
_DEATH_IDIOMS = (r"\b(?:dying (?:to|for|of)|die (?:of|laughing|for)|to die for|dye|die my|dying my|phone|battery|laptop|"
                 r"plant|plants|flowers|dog|cat|hamster|fish|deal with|cope with|coping with|process\w*|talk about|"
                 r"talked about|grieve|mourn\w*|when i m (?:old|\d+)|when im (?:old|\d+)|one day|someday|some day|"
                 r"old age|in my sleep when|(?:he|she|they|friend|character) (?:wants|wanted|is ready|was ready))\b")
_HARM_VERB = (r"(?:cut|cuts|cutting|carved|carve|carving|burned|burnt|burn|burning|stubbed|stub|scratched|scratch|"
              r"scratching|picked|picking|punched|punch|punching|hit|hitting|bit|bite|biting|threw|throw|throwing|"
              r"slashed|slash|scalded|pinched|pinching|banged|banging|bruised|hurt|hurting|stabbed|scraped|dug|digging|"
              r"gouged|slapped|slapping|starved|starving|sliced|slice|slicing|slammed|slam|slamming|smashed|trapped|"
              r"pressed|pressing|squeezed)")
_HARM_TARGET = (r"(?:myself|my (?:own )?(?:\w+ )?(?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|stomach|hip|hips|"
                r"forearm|forearms|chest|body|face|head|hand|hands|palm|palms|finger|fingers|knuckles|ankle|ankles|"
                r"belly|shoulder|shoulders|side|ribs|scalp|lip|lips|cheek|neck))")
_STRONG_INTENT = (r"\b(?:on purpose|deliberately|intentionally|to feel|to stop (?:the|this) feeling|to punish|punish "
                  r"myself|to cope|to calm|to numb|to make it stop|to feel something|to feel real|the pain out|so i "
                  r"could feel|because i deserve|i deserve|i deserved|urge|urges|relapse|relapsed|nobody knows|no one "
                  r"knows|noone knows|in secret|secretly|self harm|hide (?:it|them|the marks)|felt like relief|relief|release|"
                  r"wanted it to hurt|want it to hurt|so it would hurt|needed it to hurt|needed to feel it|"
                  r"felt good|felt better|so they hurt|so it hurts|make it hurt)\b")
_WEAK_INTENT = (r"\b(?:again|until (?:it|they|i|my \w+) (?:bled|bleed|bleeds|was raw|were raw|bruised|blistered|"
                r"cried|went numb|couldnt think|could not think|stopped thinking|calmed down|felt calm|felt nothing)|till (?:it|they|i) (?:bled|bleed|was raw|bruised)|when i (?:panic|get angry|feel "
                r"(?:empty|numb|nothing|overwhelmed)|cant|can t|m overwhelmed|am overwhelmed)|when (?:the thoughts|it "
                r"gets too much|everything gets too much)|tonight|last night|after (?:the|our|every) (?:call|fight|argument|row))\b")
_VIOLENT_MORE = (r"(?:broken|bruises|bruised|stamped|stamps|stomped|stomps|headlocked|headlocks|squeezing|squeezed|bending|bent|broke|breaks|"
                 r"twisted|twisting|pinched|scratched|clawed|trampled|whacked|whacks|kneed|restrained|tied|gagged|"
                 r"cornered|trapped|shook|shakes|shaking|rammed|injured|slashed|jabbed|elbowed|scalded|burned|burnt|"
                 r"sat on|knelt on|stood on|hit|hits|hitting|punched|punches|kicked|kicks|kicking|slapped|slaps|"
                 r"smacked|choked|chokes|choking|strangled|shoved|pushed|grabbed|dragged|beat|beats|beating|bit|bites|"
                 r"threw|throws|slammed|slams)")
_BODY_EXT = (r"(?:me|us|the kids|my (?:\w+ )?(?:hand|hands|finger|fingers|wrist|wrists|arm|arms|face|head|neck|throat|hair|"
             r"jaw|stomach|back|chest|ribs|leg|legs|nose|eye|eyes|mouth|lip|ear|ears|side|body|shoulder|knee|foot|feet|"
             r"belly|bump|tummy))")

_NEAR_RULES: tuple[Rule, ...] = (
    _rule("death-and-wish", _SELF_REF + rf".*?\b(?P<head>{_WISH_IDEA}\b(?: \w+){{0,6}} {_DEATH_IDEA}|{_DEATH_IDEA}\b"
                            rf"(?: \w+){{0,6}} {_WISH_IDEA})\b",
          after=r"^ (?:of|from|laughing|when|if (?:you|he|she|they)|before|inside|a little|my hair)\b",
          clause=_JOKE + "|" + _MEDIA + "|" + _GRIEF + "|" + _DEATH_IDIOMS, negatable=True),
    _rule("harm-with-intent", _SELF_REF + rf"(?=.*{_STRONG_INTENT}).*?\b{_HARM_VERB}(?: \w+){{0,4}} {_HARM_TARGET}\b",
          before=r"\b(?:she|he|they|it|cat|dog|kitten|puppy|baby|wasp|bee)\b(?: \w+){0,2} $",
          after=r"^ (?:off|up|out|into (?:work|my work|it|the)|a (?:slice|break|favour))\b",
          clause=r"\b(?:beat myself up|beating myself up|kick myself|kicking myself|threw myself into|throw myself "
                 r"into|throwing myself into|pinch myself)\b|^(?!.*\b(?:on purpose|deliberately|intentionally|to feel|"
                 r"punish\w*|to cope|to numb|urges?|relaps\w*|release|relief)\b)(?=.*" + _ACCIDENT + ")"),
    _rule("harm-again", _SELF_REF + rf"(?=.*{_WEAK_INTENT}).*?\b{_HARM_VERB}(?: \w+){{0,3}} {_HARM_TARGET}\b",
          before=r"\b(?:she|he|they|it|cat|dog|kitten|puppy|baby|wasp|bee)\b(?: \w+){0,2} $",
          clause=_ACCIDENT + r"|\b(?:beat myself up|beating myself up|kick myself|kicking myself|threw myself into|"
                             r"throw myself into|pinch myself|clumsy|typical me|classic me)\b"),
    _rule("carved-into-skin", r"\b(?:carved|carve|carving|etched|etching|scratched|scratching|burned|burnt|cut) "
                              r"(?:\w+ ){0,4}(?:into|in|on) my (?:own )?(?:\w+ )?(?:skin|arm|arms|forearm|forearms|"
                              r"wrist|wrists|thigh|thighs|leg|legs|stomach|hip|hips|chest)\b",
          before=r"\b(?:he|she|they|tattoo\w*|artist)\b(?: \w+){0,4} $",
          clause=r"\b(?:tattoo\w*|henna|pen|marker|biro|sharpie|sunburn|sun|sunbed)\b"),
    _rule("it-was-me", r"\b(?:but|really|actually) (?:it was|it was really|it was actually) me\b(?=.*)|\bi did it "
                       r"(?:to )?myself\b",
          clause=r"^(?!.*\b(?:cut|cuts|scratch\w*|burn\w*|bruise\w*|marks|scars|cat|dog|fell|accident)\b)"),
    _rule("person-hurts-body", rf"\b{_PERSON}(?: \w+){{0,3}} (?P<head>{_VIOLENT_MORE})(?: (?:on|at|in|into|against|"
                               rf"round|around|across|over|down))?(?: the)? {_BODY_EXT}\b(?! (?:up|away|aside|off|out "
                               r"of the (?:group|team|chat)|to (?:do|try|go|be|apply|finish)|at (?:chess|cards|\w+ "
                               r"(?:kart|game)))\b)",
          before=r"\b(?:dream|dreamt|dreamed|nobody|no one)\b(?: \w+){0,6} $",
          after=_NOT_VIOLENCE_AFTER + r"|^ (?:to (?:stop|help|keep|pull|get|guide|save|show|lead)|gently|softly)\b",
          clause=_MEDIA + "|" + _PLAY + r"|\b(?:heart|my phone|my glasses|my mug|my record|my spirit|my concentration|"
                                       r"pillow|cracked up|kiss\w*|hug\w*|cuddl\w*|(?:grabbed|grabs|held|holds|took|takes|squeezed) my hands?)\b",
          negatable=True),
    _rule("chased-with", rf"\b{_PERSON}(?: \w+){{0,3}} (?:chased|chases|chasing|came after|comes after|went after) "
                         r"(?:me|us|the kids)\b(?=.*\b(?:belt|knife|bat|stick|hammer|bottle|drunk|angry|rage|"
                         r"scream\w*|shout\w*|threat\w*|hurt|hit|gun|terrified|scared)\b)",
          clause=_PLAY + r"|\b(?:tag|playground|park|garden|tickle|monster)\b"),
    _rule("wish-more", r"\b(?:dont|can t|cant|do not|cannot) see myself (?:getting|growing) old\b|\b(?:dont|can t|cant|do "
                       r"not|cannot) see myself (?:living|making it|being here|being alive|being around) (?:to|past|"
                       r"until|til|till|much longer|by)\b(?! (?:in|at) (?:this|that|the) (?:town|city|job|house|flat)\b)|"
                       r"\bmake sure i (?:dont|never|wont|do not|would not|wouldnt) wake up\b|\b(?:fall|falling|go|going) "
                       r"(?:to sleep|asleep) and (?:just )?stay(?:ing)? asleep\b|\bstay asleep (?:forever|for good|and never)\b|"
                       r"\bmake (?:it all|everything|all of it|it) (?:end|stop|be over)(?: for good| forever| "
                       r"permanently)?\b(?! (?:raining|rain|snowing|ringing|beeping|barking|crying|hurting (?:my|the)|"
                       r"itching|aching|squeaking|leaking|early|sooner|quicker|on time)\b)|\bthe point of me\b|\bmake it "
                       r"look like an accident\b|\b(?:stop|end) (?:hurting|existing|breathing|being alive|it all|"
                       r"everything|the pain)(?: \w+){0,2} (?:forever|for good|permanently|once and for all)\b|"
                       r"\b(?:tonight|today|this) (?:is|will be|was) the last (?:night|day|time) i (?:try|bother|fight|"
                       r"wake up|do this|keep going|pretend)\b|\bmaking peace with (?:the idea of )?(?:dying|death|not "
                       r"being here|ending it|leaving|going)\b",
          clause=_JOKE + "|" + _MEDIA),
    _rule("wont-miss", r"\b(?:the world|nobody|no one|noone|everyone|people|they|anyone|my family|my friends) (?:won t|"
                       r"wont|wouldnt|will not|would not|isnt going to|is not going to) (?:even |really )?(?:miss|notice|"
                       r"care about|mourn) (?:me|one more (?:person|girl|guy|loser|failure)|someone like me|a person "
                       r"like me|my absence)\b(?! (?:at|if i (?:leave|skip|dont come|don t come)|when i m (?:away|on)|"
                       r"when im (?:away|on)|for (?:a|one) (?:day|night|week|weekend|bit))\b)",
          clause=r"\b(?:party|holiday|trip|meeting|shift|work|office|class|match|wedding|game)\b"),
    _rule("if-anything-happens", r"\b(?:look after|take care of|feed|have|take|walk) my (?:cat|dog|pets|kids|children|"
                                 r"plants|fish|rabbit|hamster|son|daughter)\b(?: \w+){0,3} (?:if|when|in case) "
                                 r"(?:anything|something) (?:happens|happened|should happen)\b|\b(?:look after|take care "
                                 r"of|feed|have|take|walk|keep|give)\b(?: \w+){1,4} (?:if|when|in case) (?:anything|"
                                 r"something) (?:ever )?(?:happens|happened|should happen|were to happen) to me\b",
          clause=r"\b(?:trip|holiday|surgery|operation|away|abroad|flight|hospital stay|business|travel\w*|skydiv\w*|"
                 r"climb\w*|will|solicitor|guardian\w*)\b"),
    _rule("means-staring", r"\b(?:looked|looking|look|stare|stared|staring|keep looking|kept looking|holding|held) "
                           r"(?:at )?(?:\w+ ){0,5}(?:rifle|gun|shotgun|pistol|firearm|pills|tablets|rope|blade|blades|"
                           r"razor|noose|knife|knives|knife block|medicine cabinet|bleach)\b(?: \w+){0,4} (?:a lot|lately|for ages|for hours|again|tonight|every night|for "
                           r"a long time|too long|and thought|and cried|wondering)\b",
          clause=r"\b(?:shop|shopping|buy|buying|price|catalogue|museum|range|club|hunting trip|season|license|"
                 r"licence|pharmacy|chemist|prescription|label|instructions|dose for|chopping|cooking|recipe|sharpen\w*|"
                 r"dinner|onions?|clean\w*|clear\w* out|tidy\w*|expired|out of date)\b"),
    _rule("danger-home", r"\bin danger (?:at home|from (?:him|her|them|my \w+)|with (?:him|her|them|my \w+)|here|in my "
                         r"(?:own )?(?:home|house|flat))\b|\b(?:knows|know|found out) where i (?:live|work|sleep|am|"
                         r"park|go|stay|m staying)\b(?=.*\b(?:messag\w*|text\w*|said|says|saying|keeps|sends|sent|"
                         r"threat\w*|scared|afraid|terrified|what time|following|followed)\b)|^(?=.*\b(?:keys|phone|locked|took|taken|takes|hid|hidden)\b).*?\bso (?:i m|im|i am|we "
                         r"re|were) (?:stuck|trapped)\b|"
                         rf"\b{_PERSON}(?: \w+){{0,2}} (?:makes|made|forces|forced) (?:me|us|the kids) (?:sleep|stay|"
                         r"stand|wait|kneel) (?:in the car|outside|in the garden|on the floor|in the shed|in the cold)\b(?![^|]*\b(?:photo|"
                         r"picture|selfie|snowman|laugh\w*|cute|fun)\b)",
          clause=_MEDIA + "|" + _PLAY),
    _rule("regret-if-leave", r"^(?=.*\b(?:said|says|told|tells|threatened|threatens|warned|warns|texted|screamed|"
                             r"shouted|saying|swore|swears)\b).*?\b(?:regret|be sorry|pay for (?:it|this)|wish (?:i|you) "
                             r"(?:d|had) never)\b(?: \w+){0,4} if (?:i|you) (?:ever )?(?:leave|left|go|went|tell|told|"
                             r"call|called|report|move|moved|take the kids|dump|break up|leave him|leave her)\b",
          clause=_JOKE + r"|\b(?:party|film|movie|dessert|cake|haircut|job|course|trip|joking)\b"),
)


# -- round 4 (after check set 3) ---------------------------------------------------------------------------------
_ROUND4_RULES: tuple[Rule, ...] = (
    _rule("if-no-waking", r"\bif i (?:didnt|did not|dont|don t|never|wouldnt|would not) wake up\b",
          clause=r"\b(?:alarm|early|late|in time|on time|flight|exam|interview|shift|train|bus|work)\b"),
    _rule("how-id-do-it", r"\b(?:thought|think|thinking|figured|worked|planned|planning|decided|know|knew|researched)\b"
                          r"(?: \w+){0,4} (?:how|when|where) (?:i d|i would|i ll|i will|i could|to) do it\b",
          clause=r"\b(?:differently|better|next time|job|project|exam|cake|presentation|recipe|homework|essay|"
                 r"garden|kitchen|bathroom|wedding|proposal|speech|tax|taxes|move|moving)\b"),
    _rule("enough-to-die", r"\b(?:fall|drop|height|jump|dose|pills|tablets|amount) (?:would|will|might|could|is|was) "
                           r"(?:be )?(?:enough|high enough|fatal|deadly|lethal|enough to (?:die|kill me|end it))\b",
          clause=r"\b(?:pool|dive|diving|bungee|ride|rollercoaster|roller coaster|headache|pain relief|for the pain|"
                 r"doctor said|pharmacist)\b"),
    _rule("lied-safe", r"^(?=.*\blied\b)(?=.*\bsafe\b).*?\b(?:asked|asks|asking)\b|^(?=[^|]*\b(?:lied|lying|lie|"
                       r"wasnt (?:being )?honest|not (?:being )?honest|wasnt true|not true|didnt tell (?:her|him|them) the "
                       r"truth|pretended|said (?:yes|no) but)\b)(?=[^|]*\b(?:safe|suicidal|hurt(?:ing)? myself|"
                       r"harm(?:ing)? myself|kill(?:ing)? myself|thoughts of)\b)[^|]*\b(?:asked|asks|asking|question)\b"),
    _rule("means-dwelling", r"\b(?:sat|sitting|sit|stood|standing) (?:with|holding|over|in front of|staring at) (?:\w+ )"
                            r"{0,2}(?:pills|tablets|rope|blade|blades|razor|gun|knife|noose|painkillers)\b|"
                            r"\b(?:pills|tablets|rope|blade|razor|gun|noose|painkillers)\b(?: \w+){0,3} (?:in front of "
                            r"me|in my hands?|on my lap)\b(?: \w+){0,3} (?:for (?:an|a|one|two|\w+) (?:hour|hours|while|"
                            r"long time|ages)|all night|again|tonight|last night)\b",
          clause=r"\b(?:pharmacy|chemist|prescription|dosette|organiser|sorting|counting out|morning dose|"
                 r"cooking|chopping|kitchen|dinner)\b"),
    _rule("no-future", r"\b(?:energy|strength|will|reason|reasons|motivation) (?:left )?to (?:keep )?(?:being alive|living|"
                       r"existing|stay alive|keep living|go on living|carry on living)\b|\b(?:i have|there s|theres|i "
                       r"see|i ve got|ive got|i got) no future\b(?! (?:in|at|with) (?:this|that|the|my) \w+)",
          clause=r"\b(?:job|company|relationship|town|city|band|team|career|industry|country)\b"),
    _rule("hope-it-crashes", r"^(?=.*\b(?:i|my|me)\b).*?\b(?:hope|hopes|hoping|wish|wishes|pray|prays|praying)\b(?: \w+){0,4} (?:crashes|"
                             r"crash|goes down|falls out of the sky|hits me|kills me|takes me)\b",
          clause=r"\b(?:stock|stocks|market|website|server|computer|laptop|app|system|game|prices?|party|"
                 r"temperature|fever|wave)\b"),
    _rule("ways-to-die", r"\bways (?:i could|to|of|i might|i would|i d) (?:die|dying|end it|kill myself|end my life|"
                         r"disappear for good)\b|\bmake it look (?:natural|like an accident|accidental)\b",
          clause=_MEDIA + "|" + _JOKE),
    _rule("better-life-without-me", r"\bbetter (?:life|lives|place|world|time|future|off) without me\b|\bwithout me "
                                    r"dragging (?:her|him|them|everyone|everybody) down\b",
          clause=r"\b(?:trip|holiday|party|team|project|game|match|band)\b"),
    _rule("done-with-everything", r"\b(?:im|i m|i am) (?:so |just |completely )?(?:done|finished) with (?:everything|it "
                                  r"all)\b(?! (?:at|in|for|about|related|on|to do)\b)|\bcant (?:cope|do|face|take|handle|"
                                  r"survive|go on) (?:with )?(?:one|another) more day (?:of this|like this|of living|of "
                                  r"being alive)\b",
          clause=r"\b(?:work|job|office|uni|school|exam|exams|term|semester|wedding|move|moving|renovat\w*|project|"
                 r"chores|packing)\b"),
    _rule("research-overdose", r"\b(?:researching|researched|googling|googled|searching|searched|reading about|read about|"
                               r"looking up|looked up|looking into|read up on)\b(?: \w+){0,2} (?:overdoses?|overdosing|"
                               r"lethal|suicide|suicide methods|methods|how to die|ways to die|painless)\b",
          clause=r"\b(?:course|class|essay|assignment|nursing|pharmacy|prevention|lecture|exam|revision|work)\b"),
    _rule("fresh-scars", r"^(?=.*\b(?:wrist|wrists|arm|arms|thigh|thighs|leg|legs|skin|again|myself|stomach)\b).*?"
                         r"\b(?:scars|cuts|marks|burns|scratches|wounds) (?:\w+ ){0,3}(?:are|is|were|look|looked) "
                         r"(?:\w+ )?(?:fresh|new|open|bleeding|raw)\b",
          clause=r"\b(?:surgery|operation|c section|tattoo|cat|dog|kitten|accident|fell|piercing|healing well)\b"),
    _rule("tool-on-skin", rf"\b(?:compass|razor|blade|scissors|lighter|knife|sharpener|glass|safety pin|pin|needle)\b"
                          rf"(?: \w+){{0,4}} (?:on|into|across|against|to) my (?:own )?(?:\w+ )?{_SELF_BODY}\b",
          before=r"\b(?:he|she|they)\b(?: \w+){0,3} $|\b(?:accidentally|nurse|doctor)\b(?: \w+){0,4} $",
          clause=r"\b(?:shav\w*|doctor|nurse|tattoo|sewing|knit\w*|piercing|cooking|chopping|accident\w*|slipped|"
                 r"splinter|vaccin\w*|injection|blood test|diabet\w*|insulin)\b"),
    _rule("nails-in", r"\b(?:dig|digs|digging|dug|press|pressing|pressed) my (?:finger)?nails (?:in|into)\b"
                      r"(?=.*\b(?:until|till|marks|bleed|bled|half moons|only thing|helps|again|skin|arms?|wrists?|"
                      r"thighs?|legs?)\b)"),
    _rule("havent-harmed-in", r"\b(?:havent|haven t|have not|not|didnt) (?:self harmed|self harm|cut|cut myself|hurt "
                              r"myself|harmed myself|burned myself|burnt myself|sh d|shd)(?: \w+){0,2} (?:in|for) (?:a|"
                              r"\d+|one|two|three|four|five|six|over a|almost a|nearly a) (?:day|days|week|weeks|month|"
                              r"months|year|years)\b"),
    _rule("people-who-would-hurt", r"\b(?:knows|has|have|got|know) (?:people|friends|someone|guys|mates|a guy|a man) "
                                   r"who (?:would|will|could|can|d) (?:\w+ )?(?:hurt|kill|beat|find|deal with|sort out|"
                                   r"get) (?:me|you|us)\b"),
    _rule("watch-your-back", r"\b(?:said|says|told me|texted|warned|wrote|messaged)\b(?: \w+){0,3} (?:to )?(?:watch|mind) "
                             r"(?:my|your) back\b|\b(?:posted|shared|leaked|published) (?:my|our) (?:home )?(?:address|"
                             r"location|photos|nudes|number)\b(?: \w+){0,3} (?:online|everywhere|on)\b"),
    _rule("weapon-thrown", rf"\b{_BY_PERSON} (?:threw|throws|throwing|hurled|flung|lobbed|chucked) (?:a|the|his|her|"
                           r"their) (?:knife|knives|bottle|chair|hammer|brick|plate|plates|pan|glass|mug|scissors)\b",
          clause=r"\b(?:recycling|bin|away|out|catch|juggl\w*|party|game|ball|wedding|greek|dishwasher)\b"),
    _rule("cover-story", r"^(?=.*\b(?:black eye|bruise|bruises|bruised|split lip|marks|cut lip|swollen|broken)\b).*?"
                         r"\b(?:told|tell|telling|said) (?:\w+ ){0,3}i (?:fell|walked into|tripped|bumped into|slipped|"
                         r"hit my head|ran into)\b",
          clause=r"\b(?:really did|actually did|honestly did|clumsy)\b"),
    _rule("both-die", r"\b(?:we d|we would|we ll|we will|we re going to|we are going to) both (?:die|be dead|end up "
                      r"dead)\b|\bkill (?:us both|both of us)\b|\bkill (?:me|us) and (?:then )?(?:himself|herself)\b",
          clause=_JOKE + r"|\b(?:rollercoaster|roller coaster|ride|hike|heat|boredom)\b"),
    _rule("threat-if-anything", rf"\bif i\b(?: \w+){{1,6}} (?:he|she|they) (?:ll|will|would|d|is going to|s going to) "
                                rf"(?:\w+ )?{_BASE_VIOLENCE} (?:me|my|us|the kids|you)\b",
          clause=_JOKE + r"|\b(?:spoil\w*|ending|series|film|episode|secret|cake|chocolate|leftovers)\b"),
    _rule("has-weapon", rf"\b(?:he|she|they|{_RELATION[3:-1]}) (?:has|owns|keeps|got|bought|has got) (?:a|his|her) "
                        r"(?:gun|knife|rifle|pistol|shotgun|weapon)\b(?: \w+){0,6} (?:remind\w*|show\w*|point\w*|"
                        r"wav\w*|threat\w*|mention\w*|tells me|told me|scared|afraid|terrified)\b",
          clause=r"\b(?:hunting|licen[cs]e|club|range|farm|pest|collection)\b(?![^|]*\b(?:remind\w*|threat\w*|"
                 r"point\w*)\b)"),
    _rule("hiding-from-far", rf"\b(?:hide|hid|hiding|sleep|slept|sleeping|stayed|staying)\b(?: \w+){{1,6}} from "
                             rf"{_PERSON_OBJ}\b",
          clause=r"\b(?:surprise|present|gift|hide and seek|party|birthday|game|prank|tease|teasing|bored|boredom|"
                 r"tickle|tickling|spoilers?|chores|homework|dishes|washing up|snoring|snores|cold|flu|germs)\b"),
)


# -- round 5 (after check set 4) ---------------------------------------------------------------------------------
_ROUND5_RULES: tuple[Rule, ...] = (
    _rule("already-gone", r"\b(?:i m|im|i am|i feel|feel) (?:like )?(?:i m |im |i am )?already (?:gone|dead|a ghost|"
                          r"half dead)\b|\bghost already\b|\bmake it official\b(?=.*\b(?:ghost|gone|dead)\b)|^(?=[^|]*\b(?:ghost|gone|"
                          r"dead|disappear\w*)\b)(?![^|]*\b(?:relationship|facebook|instagram|engaged|girlfriend|"
                          r"boyfriend|dating|wedding)\b)[^|]*\bmake it (?:official|permanent|real)\b",
          clause=_JOKE + r"|\b(?:tired|sleep|asleep|lecture|meeting|work|party|hangover)\b"),
    _rule("done-it-already", r"\b(?:would have|d have|would ve|wouldve|could have|might have) done it (?:already|by now|"
                             r"long ago|years ago|a long time ago)\b|\bonly reason i (?:haven t|havent|have not) done "
                             r"it\b|\bif it (?:wasnt|wasn t|weren t|werent|was not) for (?:my|the|our) \w+(?: \w+)? i "
                             r"(?:would|d|would ve|wouldve) (?:not be here|be gone|be dead|have gone|done it)\b",
          clause=r"\b(?:quit|left (?:him|her|the job)|divorce|moved|job|homework|tax|chores|laundry|dishes)\b"),
    _rule("wont-make-it", r"\b(?:dont think i ll|dont think i will|won t|wont|not going to|don t think i will|doubt i ll|"
                          r"doubt i will) make it (?:to|until|till|through|past) (?:my birthday|christmas|next (?:week|"
                          r"month|year|birthday)|the (?:weekend|end of the (?:week|month|year))|new year|summer|spring|"
                          r"autumn|winter|\w+day)\b(?![^|]*\b(?:party|dinner|wedding|meeting|event|because of (?:work|"
                          r"traffic)|on time|in time)\b)"),
    _rule("into-the-water", r"\b(?:walked|walking|waded|wading|went|swam|swimming) (?:out )?into the (?:sea|river|lake|"
                            r"ocean|water|canal|waves)\b(?=.*\b(?:until|came back|turned back|didnt want|kept going|"
                            r"tonight|alone|at night|in my clothes|fully clothed|not come back|chest|neck)\b)",
          clause=r"\b(?:swim suit|swimsuit|wetsuit|paddle|paddling|holiday|beach day|kids|surf\w*|friends|race|"
                 r"training|for fun|dip|cold water swim\w*)\b"),
    _rule("nobody-would-notice", r"\b(?:nobody|no one|noone|none of them|not one person) (?:would|will|d|even) "
                                 r"(?:even |really |actually )?(?:notice|care|miss me|realise|realize) if i\b",
          clause=r"\b(?:party|early|meeting|class|lecture|work|office|shift|gym|dinner|event|skip|skipped|left "
                 r"early|wedding|quiz|group chat)\b"),
    _rule("back-to-cutting", r"\b(?:went back to|back to|gone back to|returned to|started|start|restarted|resumed|"
                             r"keep|kept|stopped|quit) (?:cutting|self harming|burning myself|hurting myself|harming "
                             r"myself|scratching myself)\b(?! (?:my|the|back|down|out|corners|costs|sugar|carbs|"
                             r"coffee|onions|wood|fabric|paper)\b)",
          clause=r"\b(?:hair|grass|lawn|hedge|budget|costs|coupons|carbs|sugar|coffee|classes|class)\b"),
    _rule("head-on-wall", r"\b(?:bang|banged|banging|hit|hitting|slam|slammed|slamming|smash|smashed|smashing) my "
                          r"(?:own )?head (?:on|against|into) (?:the |a )?(?:wall|walls|floor|door|desk|mirror|tiles)\b",
          before=r"\b(?:he|she|they|accidentally|nearly|almost)\b(?: \w+){0,2} $",
          clause=_ACCIDENT + r"|\b(?:accident\w*|by mistake|frustrat\w* with (?:work|code|the)|metaphor\w*|figurative\w*|like banging "
                 r"my head|essay|homework|code|bug|spreadsheet|admin|bureaucracy|paperwork)\b"),
    _rule("picking-scabs", r"\b(?:pick|picked|picking|pull|pulled|pulling|scratch\w*|rip|ripped|ripping|tear|tore) "
                           r"(?:at )?(?:the |my |old )?(?:scabs|scab|wounds|cuts)\b(?=.*\b(?:until|till|again|bleed|bled|"
                           r"opened|open|on purpose|punish)\b)"),
    _rule("turns-up", rf"\b{_BY_PERSON} (?:turned|turns|turning|showed|shows|showing) up\b(?: \w+){{0,6}} (?:\d+ ?am|"
                      r"midnight|banging|screaming|shouting|kicking|pounding|wherever i|drunk|uninvited|again even though|"
                      r"even though i)\b|^(?=.*\b(?:tracks|tracking|follows|following|turns up|shows up|finds "
                      r"me)\b).*?\bwherever i (?:am|go)\b|\b(?:banging|pounding|kicking|hammering) on (?:my|the) (?:door|window)\b"
                      r"(?=.*\b(?:ex|he|she|they|screaming|shouting|scared|terrified|\d+ ?am|midnight|night)\b)",
          clause=_PLAY + r"|\b(?:surprise|flowers|pizza|delivery|birthday|neighbours? music|builders|postman)\b"),
    _rule("last-one-who-left", r"\bwhat (?:happened|happens|will happen|would happen) to (?:the last|his last|her last|his "
                               r"ex|her ex|the last (?:girl|woman|guy|man|person|one)|anyone) (?:\w+ )?(?:who|that) "
                               r"(?:left|leaves|crossed|betrayed|told|tried to leave)\b"),
    _rule("held-to-my-neck", rf"\b{_BY_PERSON}(?: \w+){{0,6}} (?:held|holds|pressed|presses|put|puts) (?:it|that|the "
                             r"\w+|a \w+|something|his \w+|her \w+) (?:to|against|at|on) my (?:throat|neck|head|face|"
                             r"chest|stomach)\b",
          clause=_PLAY + r"|\b(?:ice|ice pack|cold|flannel|cloth|stethoscope|thermometer|phone to my ear|kiss\w*|"
                         r"hand to my (?:face|cheek)|tenderly|gently)\b"),
    _rule("tied-up", rf"\b{_BY_PERSON} (?:tied|ties|tying|chained|chains|handcuffed|taped|strapped|bound) (?:me|us|the "
                     r"kids|my (?:hands|wrists|arms|legs)) (?:up|to|down|together)\b",
          clause=_PLAY + r"|\b(?:consent\w*|safe word|kink\w*|agreed|game|costume|scarf trick|magic)\b"),
    _rule("giving-away-quietly", r"\b(?:giving|gave|given|give) (?:away )?(?:my |all my |most of my )?(?:\w+ ){0,4}"
                                 r"(?:away )?(?:to (?:friends|people|my \w+))?\b(?: \w+){0,6} (?:telling|told|tell|pretending|"
                                 r"pretended|saying|said)(?: (?:them|everyone|people|friends|her|him))? (?:it s|its|"
                                 r"that it s|i m|im|that i m|i was|it was)? ?(?:just )?(?:having )?(?:decluttering|a "
                                 r"clear ?out|clearing out|moving|nothing|spring cleaning|downsizing|minimalis\w*)\b|\b(?:so (?:they|she|he) (?:d|would|will) have something to remember me "
                                 r"by|to remember me by)\b",
          clause=r"\b(?:wedding|keepsake|heirloom|grandma|grandad|nan|moving (?:house|abroad|country)|new flat)\b"),
)


# -- round 6 (after check set 5) ---------------------------------------------------------------------------------
_ROUND6_RULES: tuple[Rule, ...] = (
    _rule("reasons-to-die", r"\b(?:reason|reasons|list of reasons) (?:to|for) (?:die|dying|kill myself|end it|not be "
                            r"here)\b|\b(?:no way out|no escape|no other way|no other option|no choice|nothing left) "
                            r"(?:except|but|other than|apart from|besides) (?:dying|death|to die|suicide|ending it|"
                            r"killing myself|to end it)\b",
          clause=_JOKE + "|" + _MEDIA + r"|\b(?:hill|worth dying for|for my country)\b"),
    _rule("something-stupid", r"\b(?P<head>(?:going to|will|might|about to|could|afraid i ll|scared i ll|scared i m "
                              r"going to|afraid i m going to|worried i ll|worried i m going to) do something (?:stupid|"
                              r"drastic|dangerous|permanent|i can t take back|i cant take back|irreversible|terrible|"
                              r"bad))\b",
          clause=_JOKE + r"|\b(?:haircut|hair|tattoo|text him|text her|buy|buying|spend|shopping|quit my job|resign|"
                         r"email|drunk text|say)\b", negatable=True),
    _rule("note-left", r"\b(?:wrote|written|writing|left|leave) (?:a|my|the) (?:note|letter|letters|notes) (?:for|to) "
                       r"(?:my|everyone|the|all my) ?(?:\w+)?\b(?: \w+){0,6} (?:under my (?:pillow|bed|mattress)|on my "
                       r"(?:pillow|bed|desk)|for (?:them|her|him) to find|to find|explaining|in case|saying sorry|"
                       r"saying goodbye|goodbye|after i m gone|when i m gone)\b",
          clause=r"\b(?:birthday|late|shopping|milk|dinner|reminder|school trip|teacher|thank|thanks|love note|"
                 r"anniversary|valentine|tooth fairy|santa)\b"),
    _rule("hide-blade", r"\b(?:hid|hide|hiding|hidden|keep|kept) (?:my|the|a|some) (?:razor|razors|blade|blades|"
                        r"sharpener|knife)\b(?: \w+){0,6} (?:so (?:mum|mom|dad|nobody|no one|noone|they|he|she|my \w+) "
                        r"(?:won t|wont|can t|cant|doesn t|doesnt|wouldn t|wouldnt|didnt|won t ever) (?:find|see|"
                        r"notice)|where (?:nobody|no one|they|mum|mom) (?:can|will|would) (?:find|see))\b",
          clause=r"\b(?:toddler|baby|kids can t reach|child ?proof|birthday|present|surprise)\b"),
    _rule("fear-back-home", r"^(?=.*\b(?:he|she|they|him|her)\b).*?\b(?:scared|afraid|frightened|terrified|petrified|"
                            r"dreading|dread) (?:of |to )?(?:go|going|get|getting|come|coming|return|returning) back "
                            r"(?:to )?(?:the|my|our|that) (?:flat|house|apartment|place|home)\b",
          clause=r"\b(?:christmas|holidays|thanksgiving|parents|family dinner|exam|results|mess|ghost|haunted|"
                 r"spider|spiders|mice|mouse|rats|burglar\w*|burgled|break in|dark)\b"),
    _rule("sent-threats", r"\b(?:sending|sent|sends|texting|texted|leaving|left|posting|posted|emailing|emailed) (?:me "
                          r"|us )?(?:death threats|threats|threatening (?:messages|texts|voicemails|emails|letters|notes|"
                          r"calls))\b",
          clause=_MEDIA + r"|\b(?:spam|scam|bank|tax|debt collector\w*|council|landlord|energy company)\b"),
    _rule("chokehold", rf"\b{_BY_PERSON} (?:put|got|had|held|holds|puts|kept) (?:me|us|my \w+) in (?:a|an)? ?(?:headlock|"
                       r"chokehold|choke hold|sleeper hold|stranglehold|strangle hold|arm lock|armlock)\b",
          clause=_PLAY + r"|\b(?:wrestl\w*|judo|jiu jitsu|bjj|class|training|sparring|mma|karate)\b"),
    _rule("until-blacked-out", r"^(?=.*\b(?:choke\w*|strangl\w*|headlock|held|holding|squeez\w*|pinned|sat on|throat|"
                               r"neck|pillow|hands|arm)\b).*?\buntil i (?:blacked out|passed out|couldnt breathe|could "
                               r"not breathe|saw stars|went limp|lost consciousness|nearly passed out|nearly blacked "
                               r"out|almost passed out|almost blacked out)\b",
          clause=_PLAY + r"|\b(?:laugh\w*|hug|hugged|cuddl\w*|yoga|swim\w*|run|running|workout|gym|asthma)\b"),
    _rule("lock-myself-in", r"^(?=.*\b(?:when|until|because|from|so|in case|whenever)\b (?:he|she|they|him|her|my \w+)\b)"
                            r".*?\block(?:ed|ing|s)? myself in (?:the |my |a )?(?:\w+ )?(?:bathroom|bedroom|room|car|"
                            r"toilet|loo|shed)\b",
          clause=r"\b(?:cry|crying|cried|peace|quiet|snor\w*|snack|phone call|call|work|zoom|meeting|nap)\b"),
    _rule("thrown-down", rf"^(?=.*\b(?:he|she|they|{_RELATION[3:-1]})\b).*?\b(?:shoved|pushed|threw|knocked|slammed|"
                         r"dragged|kicked|flung|pinned|forced) me (?:to|onto|into|against|down|across|over|off) "
                         r"(?:the |a )?(?:floor|ground|wall|bed|stairs|door|table|counter|car|fridge|room|sofa|couch)\b",
          clause=_PLAY + r"|\b(?:wave|waves|wind|dog|horse|crowd|bus|train|tube|snow|ice|sled|sledge)\b"),
)


# -- round 7 (after check set 6) ---------------------------------------------------------------------------------
_ROUND7_RULES: tuple[Rule, ...] = (
    _rule("unsure-to-stay", r"\b(?:not sure|dont know if|don t know if|doubt|unsure if|unsure whether|not sure if) i "
                            r"(?:even )?(?:want|wanna) to (?:be|stay) (?:around|here|alive)\b(?! (?:at|in|for (?:the|this) "
                            r"(?:party|job|weekend|meeting)|with (?:him|her|them))\b)",
          clause=r"\b(?:party|job|company|city|town|house|flat|relationship|course|uni|team|country|meeting)\b"),
    _rule("height-to-jump", r"\b(?:best|right|good|high enough|tallest|highest|enough) (?:height|place|spot|bridge|"
                            r"building|floor|cliff|car park) (?:to|for) (?:jump|jumping)(?: from| off)?\b",
          clause=r"\b(?:pool|dive|diving|bungee|parachut\w*|skydiv\w*|cliff jumping|coasteering|lake|swim\w*|"
                 r"holiday|trampoline|kids)\b"),
    _rule("goodbye-quietly", r"\b(?:started|start|been|keep|kept) saying (?:my )?goodbyes?\b|\bsaying goodbye (?:to "
                             r"(?:people|everyone|everybody|my friends|my family) )?in (?:small|little|quiet|my own) ways\b",
          clause=r"\b(?:job|work|colleague\w*|office|leaving do|move|moving|emigrat\w*|flight|trip|holiday|school|"
                 r"uni|graduat\w*|retire\w*)\b"),
    _rule("doing-a-favour", r"\bdoing (?:everyone|everybody|them|the world|my family|you all) a favou?r by (?:dying|"
                            r"disappearing|killing myself|not being here|leaving for good|ending it|going|being gone|"
                            r"not existing)\b"),
    _rule("crash-relief", r"\bif i (?:crashed|crash|got hit|get hit|was hit|drowned|fell|didnt make it|never made it)"
                          r"\b(?: \w+){0,12} (?:relief|wouldnt mind|wouldn t mind|fine by me|okay with (?:that|it)|ok "
                          r"with (?:that|it)|better|easier|peace|wouldnt care|wouldn t care|not the worst thing)\b",
          clause=_JOKE + r"|\b(?:insurance|excess|claim|no claims|premium)\b"),
    _rule("tonight-the-night", r"^(?=.*\b(?:pills|tablets|rope|blade|blades|razor|gun|bridge|noose|meds)\b).*?\b(?:tonight|"
                               r"today|this weekend|tomorrow) (?:is|might be|could be|will be) the (?:night|day)\b"),
    _rule("ligature", r"\b(?:tied|put|wrapped|tightened|pulled) (?:a|the|my|his|her) (?:belt|rope|cord|scarf|tie|"
                      r"ligature|cable|charger|lead|dressing gown cord|bag) (?:tight )?(?:around|round|over) my "
                      r"(?:neck|throat|head)\b",
          clause=r"\b(?:fashion|outfit|style|styled|knot|bow|costume|cold|warm|winter|wind)\b"),
    _rule("feel-like-dying", r"\bfeel (?:like )?dying\b(?: \w+){0,4} (?:every|all the time|again|most days|inside and "
                             r"out|each day|daily)\b|\bi feel like dying\s*$",
          clause=_JOKE + r"|\b(?:embarrass\w*|laugh\w*|hangover|hungover|cringe|period|cramps|flu|cold|sick|fever|"
                         r"heat|hot|migraine|gym|workout|run|hike)\b"),
    _rule("not-safe-really", r"\b(?:i m|im|i am|i was|i said i was|i said i m) (?:safe|fine|okay|ok) but (?:i m|im|i am|"
                             r"i was|i wasnt|i m not) (?:not|really not)?\b(?=.*\b(?:safe|crisis|therapist|doctor|team|"
                             r"nurse|gp)\b)|\b(?:told|tell|telling) (?:the|my) (?:crisis team|crisis line|therapist|"
                             r"doctor|gp|nurse|psychiatrist|care coordinator)(?: \w+){0,2} (?:i m|im|i am|i was) safe "
                             r"but\b"),
    _rule("thinking-of-cutting", r"\b(?P<head>(?:think|thinking|thought|thoughts|obsess\w*|fixated) (?:about|of) (?:cutting|"
                                 r"self harm\w*|hurting myself|burning myself|harming myself|the blade|the razor))\b"
                                 r"(?! (?:my|the|back|down|out|off|ties|carbs|sugar|costs|him|her|them|corners|a|"
                                 r"some)\b)",
          clause=r"\b(?:hair|fringe|bangs|hairdresser|barber|grass|budget)\b", negatable=True),
    _rule("sleeves-because", r"\b(?:long sleeves|jumper|jumpers|hoodie|hoodies|cardigan|sleeves)\b(?: \w+){0,5} "
                             r"(?:because of|to hide|to cover|so (?:no one|nobody) sees) (?:my|the) (?:scars|cuts|marks|"
                             r"burns|arms|wrists)\b",
          clause=r"\b(?:tattoo\w*|eczema|psoriasis|sunburn|rash|surgery|operation)\b"),
    _rule("burn-us-in-it", r"\b(?:burn|set fire to|torch) (?:the|our|my) (?:house|flat|home|place|car)(?: down)?(?: \w+)"
                           r"{0,5} (?:with (?:me|us|the kids|my \w+)(?: and (?:the kids|my \w+|the baby))? (?:still )?"
                           r"(?:in it|inside)|while (?:i|we) (?:m|am|re|are|was|were) (?:inside|asleep|in it))\b"),
    _rule("image-threat", r"\b(?:post|share|send|leak|put|publish|show) (?:my|our|the) (?:nudes|naked (?:photos|pictures)|"
                          r"photos|pictures|videos|sex tape|private (?:photos|pictures|videos)|intimate (?:photos|"
                          r"pictures|images))\b(?: \w+){0,5} if i\b"),
    _rule("wall-by-my-head", r"\b(?:punched|kicked|smashed|hit|slammed|put (?:his|her) fist through|threw|throws|thrown|"
                             r"hurled|flung|lobbed|chucked|swung)(?: \w+){0,8} (?:next "
                             r"to|beside|by|near|inches from|right by|above|behind|millimetres from) my (?:head|face)\b"),
    _rule("wont-give-back", r"^(?=.*\b(?:passport|passports|phone|keys|money|cards|bank card|documents|id|visa|"
                            r"benefits|wages)\b).*?\b(?:won t|wont|refuses to|refused to|will not|wouldnt|would not) "
                            r"(?:give|hand) (?:it|them|my \w+) back\b",
          clause=r"\b(?:borrowed|book|hoodie|jumper|charger|lent|lend|game|joke|prank|lol|haha)\b"),
    _rule("hid-while-he", r"^(?=.*\b(?:while|until|till|when|from|because)\b (?:he|she|they|him|her)\b).*?\b(?:hid|hide|"
                          r"hiding|hidden) (?:in|under|inside|behind) (?:the|my|a|our) (?:\w+ )?(?:wardrobe|closet|"
                          r"bathroom|bedroom|room|car|cupboard|bed|shed|garage|toilet|loo|garden|door|sofa)\b",
          clause=r"\b(?:surprise|party|game|seek|prank|tickl\w*|playing|present|gift|spider|wasp|bee|thunder)\b"),
    _rule("beats-me-up", rf"\b{_BY_PERSON} (?:beat|beats|beating|beaten|batters|battered|roughs|roughed) (?:me|us|the "
                         r"kids|my (?:\w+ )?(?:son|daughter|brother|sister|mum|mom)) up\b",
          clause=_PLAY + "|" + _MEDIA),
)


# -- round 8 (after check set 7) ---------------------------------------------------------------------------------
_ROUND8_RULES: tuple[Rule, ...] = (
    _rule("rather-not-be", r"\b(?:d|would) rather not (?:be|exist|be here|be alive|be around)\s*$|^(?=[^|]*\b(?:future|"
                           r"tomorrow|next year|black|nothing there|years ahead|ahead of me)\b)[^|]*\b(?:d|would) rather "
                           r"not (?:be (?:in it|around for it|part of it|here for it)|live (?:it|through it|to see it))\b|\b(?:dont|do not) know "
                           r"why i m still (?:here|alive|around|breathing)\b|\b(?:d|would) rather be dead\s*$|\brather be "
                           r"dead\b(?! than (?:\w+ ){0,3}(?:wear|go|sing|eat|do|work|be seen|listen|watch|sit|miss))",
          clause=_JOKE),
    _rule("before-i-go", r"\b(?:writing|wrote|write) (?:this|these|it down)\b(?: \w+){0,8} before i (?:go|die|leave for "
                         r"good|do it|am gone|m gone)\b",
          clause=r"\b(?:holiday|trip|flight|work|sleep|bed|meeting|appointment|interview|surgery|operation)\b"),
    _rule("how-high", r"\b(?:looked up|googled|checked|searched|research\w*|find out|found out) how (?:high|tall|deep|far "
                      r"down|long a drop)\b(?: \w+){0,4} (?:multistorey|multi storey|car park|bridge|cliff|drop|fall|"
                      r"building|tower|balcony|roof)\b",
          clause=r"\b(?:project|homework|quiz|trivia|school|view|visit|holiday|trip|tour|photos?)\b"),
    _rule("grieve-then-better", r"\b(?:grieve|grieving|cry|crying|be sad|miss me|mourn)\b(?: \w+){0,6} (?:then|but|and "
                                r"then|eventually|in the end)(?: \w+){0,2} be better off\b|\b(?:d|would|will) be better "
                                r"off (?:in the end|in the long run|eventually)\b(?=.*\b(?:cry|grieve|miss me|sad)\b)"),
    _rule("step-in-front", r"\b(?:d|would|could|might) (?:happily |gladly |just |easily |honestly )?(?:step|walk|jump|"
                           r"throw myself|drive|swerve) (?:in front of|off|into|under) (?:a |the )?(?:lorry|bus|train|"
                           r"truck|car|traffic|bridge|cliff|tracks|roof|building|sea|river)\b",
          clause=_JOKE + r"|\b(?:puddle|pool|lake for a swim|for a swim|photo|queue)\b"),
    _rule("pills-laid-out", r"\b(?:pills|tablets|meds|paracetamol|painkillers|sleeping pills) (?:all )?(?:counted|lined|"
                            r"laid|set|sorted) (?:out|up)\b",
          clause=r"\b(?:dosette|organiser|organizer|weekly|morning|breakfast|pharmacy|for the week|for mum|for my "
                 r"(?:mum|mom|dad|gran|nan))\b"),
    _rule("enough-of-life", r"\b(?:had|ve had|have had) enough of (?:life|living|being alive|existing|this life|it all|"
                            r"everything)\b|\b(?:dont|do not) want to (?:live|survive|get|make it) through another "
                            r"(?:christmas|year|day|birthday|winter|week|night)\b",
          clause=r"\b(?:work|job|office|in laws|relatives|family dinner|shopping|adverts|ads|queue|crowds|"
                 r"commute)\b"),
    _rule("affairs-in-order", r"\b(?:put|putting|got|getting|have|had) (?:all )?my affairs in order\b|\btying up (?:all )?"
                              r"(?:my )?loose ends\b(?=.*\b(?:debts|letter|letters|wrote|goodbye|gone|pets|will)\b)",
          clause=r"\b(?:solicitor|retire\w*|surgery|operation|estate planning|mortgage|moving|emigrat\w*|job|"
                 r"maternity|baby|due date|new job)\b"),
    _rule("looking-forward-to-death", r"^(?=.*\b(?:death|dying|die|dead|the end)\b).*?\blooking forward to (?:it|dying|"
                                      r"death|being dead|the end|not being here)\b",
          clause=_MEDIA + "|" + _JOKE + r"|\b(?:film|season|finale|book|week|holiday|weekend)\b"),
    _rule("do-it-when", r"\b(?:plan is to|going to|will|i ll|ill|im going to|i m going to) do it (?:when|while|after|once) "
                        r"(?:my|the|everyone|everybody|they|he|she)\b(?: \w+){0,3} (?:is|are|s|re|goes|go|leave|leaves)? "
                        r"?(?:away|out|asleep|at work|gone|on holiday|leaves|left)\b",
          clause=r"\b(?:laundry|washing|cleaning|hoover\w*|homework|dishes|painting|decorat\w*|tidy\w*|tax|bath|"
                 r"surprise|present|cake|party)\b"),
    _rule("so-i-cut", r"\b(?:so|and|then|until) i (?:cut|burned|burnt|self harmed|hurt myself)\s*$|\bso i cut\b"
                      r"(?! (?:the|my|a|it|them|back|down|out|off)\b)",
          clause=r"\b(?:hair|fringe|grass|lawn|hedge|cake|bread|onions?|costs|budget|coupon|carbs)\b"),
    _rule("woke-to-him", r"\b(?:to|found|caught|saw|with|felt) (?:him|her|them|my \w+) (?:strangling|choking|hitting|"
                         r"punching|kicking|beating|hurting|smothering|attacking|raping|touching|on top of) me\b",
          clause=_PLAY + "|" + _MEDIA + r"|\b(?:tickl\w*|cuddl\w*|kiss\w*|dream\w*|nightmare)\b"),
    _rule("wont-live-to-see", r"\b(?:i|you|youll|you ll) (?:won t|wont|will not|would not|wouldnt|ll never|will never|"
                              r"d never) live to see\b",
          clause=_JOKE + r"|\b(?:at this rate|the way things are going|prices|house|retire\w*|pension|flying cars|"
                         r"world cup|win)\b"),
)


# -- round 9 (after check set 8) ---------------------------------------------------------------------------------
_ROUND9_RULES: tuple[Rule, ...] = (
    _rule("sorry-i-woke", r"\b(?:disappointed|upset|annoyed|gutted|angry|sad|sorry) (?:that )?i (?:woke up|survived|"
                          r"made it through the night|am still here|m still here|m still alive|am still alive)\b",
          clause=_JOKE + r"|\b(?:early|late|alarm|at \d|am|oclock|weekend|lie in|lie-in|nap)\b"),
    _rule("imagined-death-by", r"\b(?:fantasi\w*|daydream\w*|imagin\w*|picturing|picture|dream\w* about|wish\w*|hop\w*)"
                               r"\b(?: \w+){0,8} (?:taking me out|take me out|hitting me|running me over|killing me|"
                               r"kill me|finishing me off|crushing me)\b",
          clause=_JOKE + "|" + _MEDIA + r"|\b(?:date|dinner|on a date|to dinner|for dinner|for a drink)\b"),
    _rule("no-barriers", r"\b(?:bridges?|buildings?|car parks?|cliffs?|roofs?|balcon\w*)\b(?: \w+){0,6} (?:dont|don t|"
                         r"doesnt|do not|does not|have no|has no|without) (?:have )?(?:barriers|fences|railings|nets|"
                         r"a barrier|a fence|a railing)\b",
          clause=r"\b(?:safety|council|campaign|petition|kids|children|toddler|accessib\w*|dog)\b"),
    _rule("pretending-to-live", r"\bpretending (?:that )?(?:i want|to want) to (?:live|be here|be alive|exist|stay)\b|"
                                r"\b(?:give|giving|gave|given) up\b(?: \w+){0,4} on (?:life|living|being alive|staying "
                                r"alive|existing)\b"),
    _rule("idea-appeals", r"\b(?:idea|thought|prospect) of (?:just |simply )?(?:not existing|not being here|not being alive|"
                          r"dying|death|ending it|disappearing for good|never waking up|not waking up)\b(?: \w+){0,4} "
                          r"(?:appealing|comforting|tempting|nice|peaceful|calming|soothing|attractive|a relief)\b",
          clause=_MEDIA + "|" + _JOKE),
    _rule("new-cuts", r"\b(?:i have|i ve got|ive got|got|there are|i made|i ve made) (?:some |a few |two |three |more )?"
                      r"(?:new|fresh|more) (?:cuts|burns|scars|marks|scratches)\b",
          clause=_ACCIDENT + r"|\b(?:cat|kitten|dog|puppy|rose|roses|brambles|garden\w*|surgery|tattoo|shav\w*)\b"),
)


# -- round 10 (after check set 9) --------------------------------------------------------------------------------
_ROUND10_RULES: tuple[Rule, ...] = (
    _rule("what-i-might-do", r"\b(?:scared|afraid|frightened|terrified|worried) (?:of )?what i (?:might|could|ll|will|"
                             r"would|m going to|am going to) do (?:to myself|tonight|if)\b|\bdont trust myself (?:tonight|"
                             r"right now|alone|around (?:pills|knives|the pills))\b"),
    _rule("not-wanting-to-live", r"\bnot wanting to (?:wake up|live|be here|be alive|exist|go on|carry on|keep going)\b"
                                 r"(?! (?:in|at|with|for|on|early|so early|before)\b)",
          clause=r"\b(?:work|job|school|office|monday|mondays|alarm|early|cold|rain|winter mornings)\b"),
    _rule("ways-to-do-it", r"\b(?:looking up|looked up|googl\w*|search\w*|research\w*|reading about|read about)\b"
                           r"(?: \w+){0,2} (?:ways|how) to do it\b",
          clause=r"\b(?:recipe|diy|fix|repair|install|homework|project|exercise|knit\w*|sew\w*|bake|cook\w*|tax)\b"),
    _rule("saving-them", r"^(?=.*\b(?:meds|pills|tablets|medication|antidepressants|painkillers|prescription)\b).*?\b"
                         r"(?:saving|hoarding|stockpiling|keeping|collecting|storing) (?:them|it|those|these) "
                         r"(?:up|instead|for later|in a (?:box|drawer|bag)|somewhere|just in case)\b"),
    _rule("voices-command", r"\b(?:voice|voices)\b(?: \w+){0,4} (?:telling|tells|told|saying|says|said) me to (?:jump|"
                            r"die|kill myself|hurt myself|end it|cut|do it|step|walk into)\b",
          clause=_MEDIA),
    _rule("better-dead", r"\b(?:i d|id|i would|i ll|i will|i m|im) (?:be )?better (?:off )?dead\b|\b(?:wish|hope|hoping|"
                         r"pray) i (?:get|got|d get|would get|could get|ll get) (?:hit|killed|run over|cancer|sick and "
                         r"die|shot|stabbed)\b|\b(?:wish|hope|hoping|pray|praying) (?:that )?i (?:get|got|d get|would get|"
                         r"could get|ll get|catch|develop|have) (?:a |an |some )?(?:terminal|fatal|incurable|deadly)\b",
          clause=_JOKE),
    _rule("will-to-live", r"\b(?:lost|losing|lose|no|zero|have no|dont have (?:the|any)) (?:all |my |the )?(?:will to "
                          r"live|desire to live|reason to live|wish to live)\b|\b(?:lost|losing|lose|no|zero|have no|dont "
                          r"have (?:the|any)) (?:all |my |the )?will to (?:keep going|go on|carry on|keep living|fight|stay "
                          r"alive|exist|get up)\b(?! (?:with|at|in|on)\b)(?![^|]*\b(?:diet|project|job|course|gym|revision|"
                          r"thesis|renovat\w*|training|language|app|garden|decluttering)\b)|\b(?:only|just) (?:still )?(?:here|alive|"
                          r"around) (?:for|because of) (?:my|the|our)\b|\bfelt like (?:a |the )?(?:final |last )?goodbye\b"),
    _rule("hour-on-the-bridge", r"\b(?:spent|sat|stood|waited|stayed) (?:an hour|hours|ages|the night|a long time|all night|"
                                r"ages|a while) (?:on|at|by) the (?:bridge|roof|cliff|edge|tracks|platform edge|ledge|"
                                r"railway|river)\b",
          clause=r"\b(?:view|photo\w*|sunset|sunrise|birds|fishing|with (?:friends|him|her|my)|picnic|date|train was "
                 r"late|delayed|waiting for (?:the|my) train)\b"),
    _rule("cutting-secretly", r"\b(?:cutting|self harming|hurting myself|burning myself) (?:in secret|secretly|for "
                              r"(?:months|weeks|years|a while|ages)|every (?:night|day))\b",
          clause=r"\b(?:hair|costs|carbs|sugar|coupons|back on)\b"),
    _rule("hands-on-me", r"\b(?P<head>(?:put|puts|putting|laid|lays|laying|lay) (?:his|her|their|a) (?:hands?|finger) on "
                         r"(?:me|us|the kids|my \w+))\b",
          clause=r"\b(?:shoulder to comfort|gently|softly|tender\w*|comfort\w*|bless\w*|heal\w*|massage|reiki|"
                 r"forehead to check)\b", negatable=True),
    _rule("go-too-far", rf"\b{_PERSON}(?: \w+){{0,2}} (?:ll|will|might|would|could|is going to|s going to) (?:go too far|"
                        r"snap|lose control|lose it completely|really hurt (?:me|us|the kids))\b(?=.*\b(?:scared|afraid|"
                        r"terrified|frightened|worried|kill|hurt|hit|one day)\b)"),
    _rule("partner-suicide-threat", rf"\b{_PERSON} (?:says|said|threatens|threatened|keeps saying|keeps threatening|"
                                    r"told me) (?:that )?(?:he|she|they)? ?(?:ll|will|would|d|to|is going to)? ?(?:kill|"
                                    r"hurt) (?:himself|herself|themselves)\b(?=.*\b(?:if i|unless i|my fault|because "
                                    r"of me|leave)\b)"),
    _rule("weapon-by-bed", r"\b(?:knife|knives|bat|pepper spray|hammer|weapon|baseball bat|screwdriver|crowbar)\b(?: \w+){0,3} "
                           r"(?:under|by|next to|beside|in) (?:my|the) (?:pillow|bed|mattress|door|bedside (?:\w+ )?(?:drawer|"
                           r"table|cabinet)|nightstand|bedroom)\b(?=.*\b(?:because of|in case|scared|him|her|them|he|she|"
                           r"ex|for me|for you)\b)"),
    _rule("fear-him-doing", rf"\b(?:scared|afraid|frightened|terrified|petrified|worried) (?:of )?{_PERSON_OBJ} "
                            r"(?:hurting|hitting|killing|beating|finding (?:me|us)|coming back|coming after|attacking|harming|"
                            r"taking|snapping|strangling|choking) (?:me|us|the kids|the baby|my \w+|again|out)?\b"),
    _rule("end-up-in-a-ditch", r"\b(?:i ll|ill|i d|id|i would|i will|you ll|youll|you d|you would) end up (?:in a ditch|"
                               r"in a box|in (?:the|a) river|in (?:the )?hospital|in a body bag|in a coffin|in the "
                               r"morgue|dead|six feet under|buried)\b(?=.*\b(?:if|says|said|told|warned|threat\w*)\b)",
          clause=_JOKE + r"|\b(?:if i keep eating|diet|drive like that|driving|smoking|at this rate|skiing)\b"),
    _rule("and-hits-me", rf"\b{_PERSON}\b(?: \w+){{1,6}} (?:and|then|but) (?:then |also |still )?(?P<head>{_VIOLENT}) "
                         r"(?:me|us|the kids|my (?:son|daughter|baby|kids))\b",
          after=_NOT_VIOLENCE_AFTER, clause=_MEDIA + "|" + _PLAY, negatable=True),
    _rule("lighter-to-me", rf"\b{_BY_PERSON}(?: \w+){{0,4}} (?:held|holds|pressed|presses|put|puts) (?:a|the|his|her) "
                           r"(?:lighter|cigarette|iron|knife|blade|flame|match|lit match) (?:to|against|on|near) my "
                           r"(?:hair|arm|skin|hand|face|leg|neck)\b"),
    _rule("drove-at-me", rf"\b(?:tried|try|tries|trying|threatened|threatens) to (?:crash|drive|run|swerve) (?:us|me|"
                         rf"the car|the kids) (?:into|off)\b|\b{_BY_PERSON} (?:grabbed|yanked|jerked) the (?:steering )?"
                         r"wheel\b|\b(?:drove|driving|drives|reversed|accelerated|swerved) (?:the car |his car |her car |his van )?"
                         r"(?:at|towards|into) (?:me|us|the kids)\b",
          clause=_PLAY + r"|\b(?:puddle|splash\w*|rain|by accident|didnt see|deer|fox|animal|swerv\w* for|ice|icy|skid\w*|"
                         r"thank goodness|saved|lesson|learner|instructor)\b"),
)


# -- round 11 (after check set 10) -------------------------------------------------------------------------------
_ROUND11_RULES: tuple[Rule, ...] = (
    _rule("hope-not-survive", r"\b(?:hope|hopes|hoping|wish|wishes|pray|prays|praying) (?:that )?i (?:don t|dont|won t|wont|do not|never|"
                              r"didnt) (?:survive|make it through|come through|wake up from|come out of)\b",
          clause=_JOKE + r"|\b(?:exam|exams|week|meeting|party|wedding|marathon|workout|class)\b"),
    _rule("peaceful-to-stop", r"\b(?:peaceful|easier|nice|good|a relief|restful|quiet) it (?:would|d|will|might) be to "
                              r"(?:just )?(?:stop|not exist|not be here|die|disappear|end it|let go|sleep forever|not wake "
                              r"up|be gone)\b(?! (?:work\w*|talking|texting|trying so hard|worrying|caring what)\b)",
          clause=r"\b(?:job|work|dating|diet|running|gym|social media|drinking|smoking|talking to him|texting)\b"),
    _rule("no-future-alive", r"\b(?:dont|don t|cant|can t|cannot) (?:see|imagine|picture) (?:any |a )?(?:future|myself|a "
                             r"world|a version of my life) (?:where|in which) i m (?:still )?(?:alive|here|around|living)\b"),
    _rule("letters-sealed", r"\b(?:letters|notes|cards) (?:to|for) (?:everyone|everybody|all of them|each of them|my "
                            r"family|my (?:kids|children))\b(?: \w+){0,6} (?:envelopes?|sealed|addressed|to be opened|in a "
                            r"drawer|under)\b",
          clause=r"\b(?:christmas|birthdays?|thank you|wedding|invitations?|valentine|holiday|postcards?|school|older|"
                 r"grown up|eighteenth|18th|21st|time capsule|graduat\w*)\b"),
    _rule("inner-command", r"\b(?:head|brain|mind|thoughts|voice|voices|something inside me)\b(?: \w+){0,3} (?:saying|"
                           r"says|telling me|tells me|screaming|whispering|keeps saying) (?:to )?(?:kill yourself|kys|die|"
                           r"just die|end it|jump|you should die|you should be dead|do it|hurt yourself|cut)\b",
          clause=_MEDIA),
    _rule("pills-and-drink", r"^(?=.*\b(?:thinking|tonight|together|all of|enough|at once|plan\w*|mix\w*)\b).*?\b(?:pills|"
                             r"tablets|meds|painkillers|paracetamol)\b(?: \w+){0,3} and (?:a bottle of |the bottle of )?"
                             r"(?:vodka|wine|whisky|whiskey|gin|alcohol|booze)\b|^(?=.*\b(?:thinking|tonight|together|"
                             r"all of|enough|at once|plan\w*|mix\w*)\b).*?\b(?:vodka|wine|whisky|whiskey|gin|alcohol|"
                             r"booze) and (?:my |the |all my )?(?:pills|tablets|meds|painkillers|paracetamol)\b",
          clause=r"\b(?:by accident|accidentally|shouldnt mix|doctor said|label|warning|interaction)\b"),
    _rule("not-alive-for", r"\b(?:dont|don t|do not) want to (?:be alive|be here|be around|live to see|make it to) (?:for|"
                           r"by|at|to see) (?:my|the) (?:\w+ )?(?:birthday|christmas|new year|anniversary|graduation)\b|"
                           r"\b(?:shouldn t|shouldnt|should not|dont deserve to|do not deserve to|never should have) "
                           r"(?:be|been) (?:alive|living|born|breathing|on this earth|in this world)\b"),
    _rule("letting-go-over", r"^(?=.*\b(?:railing|railings|edge|ledge|balcony|bridge|roof|car park|cliff|tracks|"
                             r"platform|window|top of the stairs|stairwell|top floor)\b).*?\b(?:imagin\w*|pictur\w*|thought about|think about|thinking about|"
                             r"tempted|wanted to|wondered about)\b(?: \w+){0,3} (?:letting go|let go|leaning over|leaning "
                             r"too far|falling|jumping|tipping over|stepping off)\b",
          clause=r"\b(?:view|photo\w*|bungee|zip ?line|abseil\w*|diving|kids|dog|scared of heights|vertigo|baby|toddler|"
                 r"carrying|clumsy|icy|heels|socks|slippers|laundry basket)\b"),
    _rule("skin-open", r"\b(?:ripped|rip|ripping|tore|torn|tear|tearing|sliced|split|cut|gouged) (?:my )?(?:own )?"
                       r"(?:skin|arm|arms|wrist|wrists|leg|legs|thigh|thighs) open\b|\bcut (?:so|too|really|very) deep\b"
                       r"|\bcut deep enough\b",
          before=r"\b(?:he|she|they|glass|knife slipped|accidentally|surgeon|doctor)\b(?: \w+){0,3} $",
          clause=r"\b(?:accident\w*|fell|slipped|tripped|glass broke|surgery|operation|onions?|vegetables|wood|"
                 r"paper|fabric|hair|costs)\b"),
    _rule("lock-kids-in", r"^(?=.*\b(?:when|until|because|from|whenever|while)\b (?:he|she|they|him|her)\b).*?\block(?:ed|"
                          r"ing|s)? (?:the kids|us|myself and the kids|me and the kids|the kids in with me|the children)"
                          r"(?: in)?\b",
          clause=r"\b(?:car|wind|draught|dog|cat|storm|burglar\w*|safety lock|childproof)\b"),
    _rule("put-me-in-hospital", r"\b(?:put|send|leave) (?:me|you|us) in (?:hospital|the hospital|the ground|a wheelchair|a "
                                r"coffin|a box|an early grave|the morgue)\b(?=.*\b(?:said|says|told|threat\w*|if i|will|"
                                r"ll|d)\b)",
          clause=_JOKE + r"|\b(?:food|cooking|driving|cake|stress|job|work|diet)\b"),
)


# -- round 12 (after check set 11) -------------------------------------------------------------------------------
_ROUND12_RULES: tuple[Rule, ...] = (
    _rule("all-planned", r"\b(?:got|have|ve got|had|ve) it all planned(?: out)?\s*$|\b(?:pray|prayed|praying|hope|hoping|"
                         r"wish) (?:to )?not (?:to )?wake up\b",
          clause=r"\b(?:party|wedding|trip|holiday|birthday|surprise|weekend|menu|dinner|route|proposal)\b"),
    _rule("staring-at-the-drop", r"\b(?:looked|looking|stared|staring|gazed|gazing) (?:down )?at (?:the )?(?:train line|"
                                 r"(?:train |railway )?tracks|railway line|railway|drop|water below|river below|traffic below|road below)\b"
                                 r"(?: \w+){0,4} (?:for (?:ages|hours|a long time|an hour|too long)|tonight|again|and "
                                 r"thought|thinking)\b",
          clause=r"\b(?:view|photo\w*|trainspott\w*|birds|boats|fish|sunset|sunrise)\b"),
    _rule("out-of-my-misery", r"\b(?:put|putting) me out of my misery\b",
          clause=_JOKE + r"|\b(?:meeting|lecture|work|class|exam|queue|hangover|flu|cold|this week|monday|traffic|"
                         r"small talk)\b"),
    _rule("insurance-money", r"\b(?:they ll|theyll|they d|theyd|they would|she d|he d|my (?:family|kids|wife|husband|"
                             r"partner) (?:would|will|d|ll)) (?:\w+ )?get (?:the |my )?(?:life )?insurance(?: money| payout)?"
                             r"\b|\b(?:life )?insurance (?:pays out|would pay out|covers) (?:for )?suicide\b"),
    _rule("gone-by-christmas", r"\b(?:not going to|wont|won t|will not|dont think i ll|dont think i will) be (?:here|around|"
                               r"alive) (?:for|by|at|on) (?:christmas|my birthday|new year|the new year|the summer|"
                               r"spring|easter|the weekend|next week|next month|next year|\w+s birthday)\b",
          clause=r"\b(?:visiting|away|abroad|holiday|travel\w*|trip|in laws|with (?:my|his|her) (?:family|parents)|"
                 r"working|shift|conference|moving)\b"),
    _rule("cant-stop-myself", r"\b(?:cant|can t|cannot|don t think i can|dont think i can|not sure i can|wont be able to) "
                              r"stop myself (?:this time|tonight|anymore|any more|from doing it|from hurting myself|from "
                              r"cutting)\b",
          clause=r"\b(?:eating|buying|shopping|texting|crying|laughing|snacking|scrolling|chocolate|spending)\b"),
    _rule("not-needed-alive", r"\b(?:world|anyone|nobody|no one|they|everyone) (?:doesn t|doesnt|don t|dont|wouldn t|"
                              r"wouldnt|does not|do not) need me (?:in it|here|around|alive|on this earth|anymore)\b|"
                              r"\bwhy i m still (?:alive|breathing|living)\b",
          clause=r"\b(?:team|office|work|job|meeting|party|shift|project)\b"),
    _rule("before-i-go-pets", r"^(?=.*\b(?:rehom\w*|cat|dog|pets|letters|goodbye|affairs|my will)\b).*?\bbefore i go\s*$",
          clause=r"\b(?:holiday|trip|travel\w*|abroad|hospital|surgery|work|away|move|moving|uni|university)\b"),
    _rule("gave-myself-marks", r"\bgave myself (?:\w+ )?(?:burns|cuts|bruises|scars|marks|scratches|a black eye)\b",
          clause=_ACCIDENT + r"(?![^|]*" + _ON_PURPOSE + r")"),
    _rule("cuts-on-arms", r"^(?=.*\b(?:arm|arms|wrist|wrists|thigh|thighs|legs|skin|stomach)\b).*?\b(?:new|fresh|more) "
                          r"(?:cuts|burns|scratches|scars)\b",
          clause=_ACCIDENT + r"|\b(?:cat|kitten|dog|puppy|rose|roses|brambles|garden\w*|surgery|tattoo|shav\w*|"
                             r"eczema|mosquito|bites)\b"),
    _rule("acid", r"\b(?:throw|throwing|threw|chuck|pour) acid\b|\bacid (?:on|at|in|over) (?:me|my (?:face|body|skin))\b",
          clause=_MEDIA),
    _rule("driving-past", rf"\b{_BY_PERSON} (?:keeps |kept |has been |s been |was |is )?(?:driving|drives|drove|walking|"
                          r"walks|parked|parks|parking|sitting|sits|waiting|standing|lurking|hanging around|watching) (?:\w+ )?(?:past|"
                          r"outside|by|near|round|around|opposite|across the (?:road|street) from|at the (?:end|top|bottom) of|"
                          r"round the corner from|down the road from|in front of|behind) my (?:\w+ )?(?:house|flat|home|work|place|"
                          r"door|school|parents|car|street|road|building|office|gym|window|block)\b",
          clause=r"\b(?:delivery|deliveries|pick me up|picking me up|to collect|on his way|on her way|school run|"
                 r"surprise|flowers|drop\w* (?:off|the kids)|hand ?over|as agreed|we agreed|arranged|lift|umbrella|"
                 r"to help|sweet|lovely|kind)\b"),
    _rule("came-with-weapon", rf"\b{_BY_PERSON} (?:turned|turns|showed|shows|came|comes|arrived|was waiting|appeared) "
                              r"(?:up )?(?:at|to|outside) (?:my|the|our) (?:\w+ )?(?:work|house|flat|door|home|school|"
                              r"office|car)\b(?: \w+){0,2} with (?:a|his|her) (?:knife|gun|bat|machete|hammer|weapon|"
                              r"crowbar)\b"),
    _rule("never-leave-alive", r"\b(?:never|won t|wont|will not|not going to) (?:leave|get out of|make it out of) "
                               r"(?:this|the|that) (?:house|place|room|flat|marriage|relationship) alive\b|\b(?:won t|"
                               r"wont|will not|not going to) (?:get|make it) out (?:of here )?alive\b",
          clause=_JOKE + "|" + _MEDIA + r"|\b(?:meeting|exam|party|queue|traffic|workload|week)\b"),
)


# -- round 13 (after check set 12): whole families of an idea, each from its many ways of being written ------------
_TRACKER = r"(?:gps tracker|gps|tracker|tracking device|tracking app|tracking software|airtag|air tag|tile tracker|spyware|stalkerware|spy app|hidden camera)"
_BARRIER = (r"(?:chair|chairs|chest of drawers|drawers|dresser|wardrobe|bookcase|bookshelf|desk|table|bed|sofa|couch|"
            r"furniture|suitcase|cabinet|filing cabinet)")
_SPEECH = (r"\b(?:said|says|saying|told|tells|telling|warned|warns|threatened|threatens|threatening|texted|texts|"
           r"screamed|shouted|swore|swears|promised|reminds me|reminded me|made it clear)\b")
_CONSEQUENCE = (r"(?:(?:d|would|will|ll) make sure i (?:lose|lost|never see|dont see)|make sure i (?:lose|lost|never see)|"
                r"(?:i d|id|i would|i ll|ill|i will|you ll|youll|you d|youd) (?:lose|never see) (?:the|my|your) "
                r"(?:kids|children|son|daughter|baby|boys|girls)|lose the (?:kids|children|baby)|lost the (?:kids|children)|"
                r"(?:take|taking) (?:the|my|our) (?:kids|children|baby|son|daughter) (?:away|off me)|(?:have|get|got) me "
                r"(?:sectioned|deported|arrested|locked up|sacked|fired|committed)|report (?:me|us) to (?:immigration|the "
                r"home office|social services|the police|my work|my boss)|call(?:ing)? social services|(?:send|post|"
                r"share|show) (?:my|the|our) (?:photos|pictures|videos|nudes|messages)|what "
                r"(?:would|will|d|is going to) happen(?: to me)?|ruin (?:me|my life|my career)|make my life hell|"
                r"kick (?:me|us) out|throw (?:me|us) out|on the street)")
_IF_I_SPEAK = (r"\b(?:if|when|should) i (?:ever )?(?:talk|talked|talking|spoke|speak|told|tell|wrote|write|said|say|"
               r"leave|left|go|went|call|called|report|reported|keep|kept|tried|try|ended|end|took|take|ring|rang|"
               r"breathe a word|mention\w*|open my mouth|made|make)\b")
_DECIDED = (r"\b(?:made (?:up )?my (?:mind|decision)|made the decision|my mind is made up|my decision is (?:made|final)|"
            r"(?:ve|have|i|already|i d|id|i had) decided|decision is made)\b")
_SETTLED = (r"\b(?:calm|calmer|peace|peaceful|relieved|relief|lighter|nobody can stop|no one can stop|nothing anyone says|"
            r"nothing (?:will|can) change|wont change|won t change|(?:it|things|life) (?:ll|will|would|is going to) get "
            r"better|gets better|will pass|how (?:this|it|all this|everything) ends|no going back|too late|done trying|"
            r"tried everything|for good|goodbye|at peace|therapy|last (?:one|time|day|week|weekend)|already)\b")
_BIG_LIFE_STEP = (r"\b(?:job|notice|work|boss|move|moving|house|flat|lease|divorce|leav\w* (?:him|her|them|the job|work)|"
                  r"break\w* up|uni|university|course|degree|holiday|trip|wedding|baby|pregnan\w*|hair|car|quit|quitting|"
                  r"sign\w*|apply\w*|buy\w*|sell\w*|offer|vegan|diet|church|school|college|name|dress|colour|paint\w*|"
                  r"career|retire\w*|propos\w*|engaged|adopt\w*|sober|drinking|smoking|gym|marathon|run|tattoo|menu)\b")
_EATING = r"(?:eat|eaten|eating|ate|food|meal|meals|dinner|lunch|breakfast|tea|supper|anything)"
_ROUND13_RULES: tuple[Rule, ...] = (
    # being tracked: a device or an app someone put on my car, my bag, my phone
    _rule("tracked", rf"\b(?:found|find|finding|discovered|noticed|spotted|there s|theres|there was|there is) (?:a |an |some )?"
                     rf"(?:\w+ )?{_TRACKER}\b(?! (?:for|on) (?:my |the )?(?:habits?|period|steps|sleep|mood|water|budget|"
                     r"spending|fitness|parcel|package|delivery)\b)|\b(?:put|puts|putting|installed|installs|installing|"
                     rf"hid|hidden|planted|stuck|taped|sewn|sewed|slipped) (?:a |an |some )?(?:\w+ )?{_TRACKER}\b(?: \w+){{0,3}} "
                     r"(?:on|in|into|under|inside) my\b|\b" + _TRACKER + r" (?:on|in|under|inside|attached to|taped to|"
                     r"sewn into|hidden in) (?:the )?(?:\w+ )?(?:of )?my (?:\w+ )?(?:car|bag|coat|phone|bike|handbag|purse|"
                     r"keys|jacket|pram|buggy|laptop|room|bedroom)\b|\b(?:always|somehow) knows? (?:exactly )?where i "
                     r"(?:am|m|ve been|have been|go|was|m going)\b",
          clause=r"\b(?:habit|habits|period|fitness|steps?|sleep|mood|budget|spending|water|parcel|package|delivery|luggage|"
                 r"suitcase|lost (?:my )?(?:keys|bag|luggage|wallet)|keep losing|so i (?:don t|dont) lose|dog|cat|collar|"
                 r"flight|project|bug|issue|we both|we share|agreed|family sharing|gift|present|bought (?:myself|me)|"
                 r"mum|mom|dad|gran|nan)\b"),
    # surveillance with a rule: checking my location, reading my messages, every hour, or else
    _rule("checks-on-me", rf"\b{_BY_PERSON} (?:checks|checked|checking|tracks|tracked|tracking|monitors|monitored|"
                          r"monitoring|reads|read|reading|goes through|went through|going through|looks through|"
                          r"looked through|demands|demanded|wants) (?:all |every |each )?(?:of )?(?:my|me|where i) "
                          r"(?:location|locations|phone|messages|message|texts|emails|whatsapps?|bank|bank statements|"
                          r"receipts|mileage|browser|history|camera roll|am|m|go|every move)\b(?: \w+){0,6} (?:every "
                          r"(?:hour|day|night|minute|time)|all the time|constantly|again|goes mad|goes mental|loses it|"
                          r"kicks off|if i (?:m|am|delete|dont|don t|don t|deleted|change|lock|put)|or else|rings|calls|"
                          r"interrogat\w*|accus\w*|punish\w*|rages|screams|shouts)\b",
          clause=_PLAY + r"|\b(?:kids|children|son|daughter|teenager|homework|screen time|for work|spam)\b"),
    _rule("followed-home", rf"\b{_BY_PERSON} (?:follows|followed|following|follow|trails|trailed|tailed|tails|tailing) "
                           r"(?:me|us) (?:home|to work|from work|from the (?:station|bus|gym|school|shop|pub)|everywhere|"
                           r"around|back to|to my|to the (?:station|car|gym|school)|in (?:his|her|their|the) car)\b",
          clause=_PLAY + r"|\b(?:to make sure|safe|walked me|walk me|puppy|dog|cat|kitten|duck|toddler|lost|asking|chat\w*|"
                         r"instagram|twitter|tiktok)\b"),
    # an ex waiting or watching where I live, work or park
    _rule("ex-waiting", r"\b(?:my|his|her) ex(?: \w+){0,3} (?:was |is |s |keeps |kept |has been |had been |been |"
                        r"started )?(?:waiting|parked|sitting|standing|lurking|hanging around|watching|turning up|"
                        r"showing up|turned up|showed up|outside)\b(?: \w+){0,4} (?:my|our|the end of my) (?:\w+ )?"
                        r"(?:car|house|flat|home|work|office|door|street|road|building|gym|school|window|block|parents)\b",
          clause=r"\b(?:drop\w* (?:off|the kids)|pick\w* up|collect\w*|hand ?over|as agreed|we agreed|arranged|kids|"
                 r"children|party|funeral|wedding|school play|parents evening|we sat|chat|fine|friendly|civil)\b"),
    # barricading a door at night: a chair wedged, the drawers pushed against it
    _rule("barricade", rf"\bbarricad\w* (?:myself|me|us|the (?:door|kids|children|room|bedroom|bathroom)|my (?:door|room|"
                       rf"bedroom))\b|\b{_BARRIER} (?:\w+ ){{0,3}}(?:wedged|jammed|pushed|propped|shoved|dragged|stacked|"
                       r"up|right up)? ?(?:under|against|in front of|behind|across) (?:the|my|our) (?:\w+ )?(?:door|"
                       r"doors|door handle|handle)\b|\b(?:wedge|wedged|wedging|wedges|jam|jammed|jamming|jams|push|"
                       r"pushed|pushing|shove|shoved|drag|dragged|dragging|prop|propped|stack|stacked|put|putting) "
                       rf"(?:a |the |my |our |two )?{_BARRIER} (?:\w+ ){{0,2}}(?:under|against|in front of|behind|across) "
                       r"(?:the|my|our) (?:\w+ )?(?:door|doors|door handle|handle)\b",
          clause=r"\b(?:open|draught|draft|wind|slam\w*|air|breeze|cat|cats|dog|dogs|puppy|toddler|baby gate|noise|ajar|"
                 r"make (?:room|space)|space for|room for|rearrang\w*|moving (?:in|out)|yoga|workout|exercise|vacuum\w*|painting|decorat\w*|hoover\w*|delivery|to reach|police|festival|protest|hotel|party|"
                 r"game|fort)\b"),
    # ready to run: a bag by the door, sleeping dressed, in case I need to get out
    _rule("ready-to-flee", r"\bin case (?:i|we) (?:need|have|had|needed) to (?:run|get out|escape|flee|get away|leave "
                           r"(?:in a hurry|fast|quickly))\b|\bso (?:i|we) can (?:run|get out|escape|flee|get away) "
                           r"(?:fast|quickly|quick|if|when|before)\b|\bsleep\w* (?:in|with) (?:my )?(?:clothes|shoes|"
                           r"trainers|coat|jeans|boots)(?: on)?\b(?=[^|]*\b(?:run|get out|escape|leave|him|her|them|he|"
                           r"she|they|in case|fast|quick)\b)",
          clause=r"\b(?:fire|fire alarm|flood\w*|hurricane|earthquake|storm|labou?r|hospital|baby|due|contractions|"
                 r"festival|gig|train|flight|plane|tube|early start|alarm|camping|tent|zombie\w*|game)\b"),
    # locks because of someone: changed, checked, bolted
    _rule("locks-because", r"\b(?:lock|locks|locked|locking|changed the locks|bolt|bolted|bolts|chain|deadbolt|latch|"
                           r"windows|curtains|blinds|peephole|doors)\b"
                           rf"(?: \w+){{0,10}} (?:because of|in case|so (?:he|she|they) (?:cant|couldnt|doesnt|wont|"
                           rf"can t|won t)|to keep (?:him|her|them) out) (?:{_PERSON_OBJ}|he|she|they|my ex)\b|"
                           r"\b(?:lock|locks|locked|windows|doors|curtains|check\w*)\b(?: \w+){0,8} (?:because|since|as) "
                           r"(?:i know |i m sure |im sure )?(?:he|she|they|my ex) (?:s|is|could be|might be|may be|was) "
                           r"(?:still )?(?:out there|watching|outside|nearby|around somewhere|somewhere near)\b",
          clause=r"\b(?:burglar\w*|break ins?|burglary|insurance|landlord|lost (?:my |the )?keys?|cat|dog|toddler|kids "
                 r"getting out|wind)\b"),
    # a note or letters left to be found, explaining
    _rule("note-to-be-found", r"\b(?:wrote|written|write|writing|left|leaving|leave|finished|sealed|hid|hidden|put|addressed) "
                       r"(?:a |the |my |some |these |those |two |three )?(?:note|notes|letter|letters|envelopes?)\b"
                       r"(?: \w+){0,8} (?:explaining (?:everything|why|it all|what)|on my pillow|under my pillow|where "
                       r"(?:they|she|he|someone|people|my \w+|the kids|everyone) (?:ll|will|d|would|can|could) find "
                       r"(?:them|it)|for (?:when|after) (?:i m|im|i am|i ve) gone|for afterwards|in (?:my|the) (?:\w+ )?"
                       r"(?:drawer|drawers)|to be (?:found|opened)|saying (?:sorry|goodbye) to (?:everyone|them|all)|"
                       r"(?:just )?in case)\b",
          clause=r"\b(?:milkman|shopping|fridge|flatmate|neighbou?rs?|teacher|school|birthday|christmas|thank|thanks|"
                 r"sticky|post it|lunch ?box|reminder|parcel|delivery|recipe|wedding|meeting|colleague|boss|sick note|"
                 r"doctors note|class|lecture|revision|exam|valentine|love letter|anniversary|santa|tooth fairy|"
                 r"holiday|cover letter|application|landlord|complaint|council|birthdays?|older|grown up|eighteenth|"
                 r"18th|21st|time capsule|graduat\w*|spare key|keys)\b"),
    # affairs put in order: a will, the pets homed, passwords, debts, who gets my things, so nobody has to deal with it
    _rule("affairs-sorted", r"^(?=[^|]*\b(?:told no one|told nobody|without telling|secretly|quietly|in secret|cats?|dogs?|"
                            r"pets|somewhere to go|letters|passwords|funeral|just in case|in order|everything "
                            r"sorted|looked after)\b)[^|]*\b(?:changed|updated|made|wrote|written|redone|rewrote|sorted|"
                            r"sorting|finished|checked|made sure|make sure|drew up|drawn up|signed) (?:out )?my (?:will|"
                            r"funeral (?:wishes|plans))\b|\b(?:found|finding|find|found new) (?:new |good |a )?homes? "
                            r"for (?:my|both my|all my|our|both of my) (?:cats?|dogs?|pets|rabbits?|animals|fish|"
                            r"hamsters?|birds?|guinea pigs?)\b|\bpasswords?\b(?: \w+){0,8} (?:after|when i m gone|when "
                            r"im gone|so (?:she|he|they|someone|my \w+) can (?:sort|deal|access|get into|close))\b|\bwho "
                            r"(?:gets|should get|will get|would get|should have|will have|can have) (?:my|all my) "
                            r"(?:things|stuff|belongings|possessions|savings|jewellery|books|records|clothes)\b|\b(?:paid "
                            r"off|paying off|cancelled|cancelling|closed|closing|sorted|sorting|settled|settling)\b"
                            r"(?: \w+){0,6} so (?:nobody|no one|noone|they|my \w+|she|he|no one else) (?:has|have|will "
                            r"have|would have|wont have|won t have|doesnt have|don t have|dont have) to (?:deal with|sort|"
                            r"clear|pay|worry about|do) (?:\w+ ){0,3}(?:after|afterwards|when i m gone|when im gone|later "
                            r"on)\b",
          clause=r"\b(?:baby|solicitor advised|mortgage|married|wedding|retire\w*|new job|pension|grown up|adult|buying|"
                 r"bought|house|property|got married|birth|"
                 r"ticked off|surgery|operation|moving|move|landlord|allerg\w*|abroad|emigrat\w*|divorce|new flat|"
                 r"password manager|when i m old|when im old|someday|one day|kittens|puppies|litter)\b"),
    # things given up for good: "I won't be playing it again", "I don't think I'll need it"
    _rule("wont-need-again", r"\b(?:gave|given|giving|give|sold|selling|cancelled|cancel|cancelling|returned|handed|"
                             r"passed on|unsubscribed|stopped)\b(?: \w+){0,8} (?:i|i ll|ill|i m|im|because i|as i|since i) "
                             r"(?:wont|won t|will not|dont think i ll|dont think i will|don t think i ll|m not going to|"
                             r"am not going to|not going to|wont be|won t be) (?:be )?(?:need|needing|use|using|play|"
                             r"playing|wear|wearing|ride|riding|read|reading|be around|be here|be there|go|going)\b"
                             r"(?: (?:it|them|that|this|those|any of it))?(?: (?:again|anymore|any more|much longer|where "
                             r"i m going|after this))?",
          clause=r"\b(?:moving|move|moved|abroad|new (?:flat|house|city|job|one|phone|car|bike)|london|upgrade\w*|bought "
                 r"a|getting a|grown out|too small|doesnt fit|outgrown|broken|better now|recovered|cured|finished "
                 r"therapy|ending therapy|discharged|well now|progress|feeling better|graduat\w*|retir\w*|injur\w*|"
                 r"arthritis|knee|back|subscription|streaming|netflix|gym|the car|baby|pregnan\w*|fits?|size)\b"),
    # not eating as a punishment: "I don't deserve food", meals skipped to punish myself
    _rule("food-as-punishment", rf"\b(?:dont|do not|didnt|don t|never) (?:deserve|let myself|allow myself|get to) (?:to )?"
                                rf"(?:eat|food|a meal|meals|dinner|lunch|breakfast|have (?:food|dinner|lunch|breakfast|"
                                rf"a meal|anything))\b|\b{_EATING}\b(?: \w+){{0,6}} (?:i|i m|im|i ve|ive) (?:dont|do not|"
                                r"don t|didnt) deserve (?:to|it|food|them|one)\b|\b(?:skip\w*|starv\w*|not eating|stopped "
                                r"eating|stop eating|refus\w* (?:to eat|food)|went without|going without|no food|without "
                                r"eating|havent eaten|haven t eaten|didnt eat|not eaten|wont let myself (?:eat|have)|"
                                r"only let myself have)\b(?: \w+){0,8} (?:punish\w*|as (?:a )?punishment|i deserve|what i "
                                r"deserve|deserve it|to make up for|until i (?:ve |have )?(?:earned|made up))\b|\b(?:wont|"
                                r"won t|will not|dont|didnt|cant|can t) let myself (?:eat|have (?:dinner|lunch|breakfast|"
                                r"food|anything|a meal))\b(?: \w+){0,4} (?:until|till|because|as|since)\b|\bstarv\w* "
                                r"myself\b|\bonly let myself have (?:water|black coffee|a cracker|an apple)\b|\b(?:made|"
                                r"make|making) myself (?:sick|throw up|vomit)\b(?! with (?:worry|nerves|stress|anxiety)\b)"
                                r"(?=[^|]*\b(?:after (?:dinner|eating|tea|lunch|breakfast|every meal|meals?|i ate|a "
                                r"binge|bingeing)|on purpose|disgust\w*|fat|punish\w*|deserve|again)\b)",
          clause=r"\b(?:ramadan|lent|fasting for|intermittent|blood test|colonoscopy|surgery|operation|sick bug|stomach "
                 r"bug|food poisoning|morning sickness|pregnan\w*|hangover|lol|haha\w*|meeting|overran|busy|rush|"
                 r"forgot to|starving hungry|im starving|i m starving|so hungry|dessert|pudding|cake|treat)\b"),
    # caring no more whether I live
    _rule("live-or-die", r"\b(?:dont|do not|don t|stopped|stop|no longer|not|barely) (?:really |even )?(?:care|caring|"
                         r"mind|bothered|fussed) (?:anymore )?(?:whether|if) (?:i|i m|im) (?:live|living|die|dying|wake "
                         r"up|make it|survive|am alive|m alive|am here|m here|wake)\b|\bwhether i live or die\b",
          clause=_JOKE),
    # quiet, dark, off for good: a wish to stop, worded as switching off or going quiet
    _rule("switch-off-for-good", r"\b(?:go|goes|going|be|to|fade|falls?|went) (?:quiet|silent|dark|black|still|numb|"
                                 r"away|out)\b (?:permanently|forever|for good|for ever|once and for all)\b|\b(?:switch|"
                                 r"switched|switching|turn|turned|turning|shut|shutting) (?:myself|me|my life) (?:off|"
                                 r"down)\b(?! for (?:a|the) (?:bit|while|night|weekend|hour|evening|day)\b)|\b(?:sleep|go "
                                 r"to sleep|fall asleep|lie down) and not (?:have to )?(?:do|face|deal with|feel|be|wake "
                                 r"up to) (?:any of )?(?:this|it|anything|any of this|any of it)(?: \w+)? (?:again|"
                                 r"anymore|any more|ever again)\b",
          clause=_JOKE + r"|\b(?:until|till|tomorrow|monday|weekend|morning|holiday|phone|work|emails?|notifications|"
                         r"brain|relax|music)\b"),
    # a decision made, with the calm of it or against the hope others offer
    _rule("decision-made", r"^(?=[^|]*" + _SETTLED + r")[^|]*" + _DECIDED,
          clause=_BIG_LIFE_STEP + "|" + _JOKE + "|" + _MEDIA),
    # a plan ready, a date picked around the people who would find me
    _rule("plan-ready", r"\b(?:my|the) plan (?:is|s) (?:ready|set|made|in place|done|sorted|complete|finished)\b|"
                        r"\b(?:havent|haven t|not yet|just need to|still need to|yet to) (?:picked|chosen|decided|set|"
                        r"pick|choose|decide|set) (?:when|a date|the date|a day|the day|a time|the time)\b|\b(?:working "
                        r"out|worked out|picking|picked|choosing|chose|chosen|set|setting) (?:a|the) (?:date|day|night|"
                        r"time) (?:when|while|for when|that) (?:the kids|the children|everyone|nobody|no one|they|my "
                        r"\w+|he|she)\b(?: \w+){0,3} (?:are|is|s|re|will be|ll be|be|away|out|at|gone|asleep)\b|"
                        r"\bpart of me is (?:planning|plotting|getting ready|preparing)\b",
          clause=r"\b(?:wedding|party|holiday|trip|move|moving|birthday|meeting|exam|launch|baby|due|surgery|interview|"
                 r"surprise|date night|dinner|visit|project|presentation|business|career|escape room|gig|concert)\b"),
    # the means at hand: the medicine cabinet, counted to see if it is enough
    _rule("means-cabinet", r"\b(?:take|taking|took|taken|swallow|swallowing|swallowed|down|downing|downed|empty|emptied|"
                           r"emptying|count\w*|line\w* up|tip\w*|pour\w*) (?:out )?(?:everything|all of it|the lot|whatever|"
                           r"all|what s|whats|all that s|all thats|all the \w+) (?:\w+ ){0,2}(?:in|from|out of|onto|on) "
                           r"(?:the|my|our|mums|mum s|dads|dad s) (?:\w+ )?(?:cabinet|cupboard|medicine box|first aid "
                           r"kit|pill box|bedside drawer)\b|\b(?:emptied|empty|emptying|tipped|tip) (?:out )?the (?:medicine|"
                           r"bathroom|pill|first aid) (?:cabinet|cupboard|box|drawer|kit) (?:onto|on|out)\b|\b(?:count\w*|"
                           r"add\w* up|check\w*|work\w* out|looked up)\b(?: \w+){0,6} (?:if|whether) (?:it|they|that|"
                           r"there|what i have) (?:would|d|will|s|is|was) (?:be )?enough\b(?=[^|]*\b(?:cupboard|cabinet|"
                           + _DRUG + r"|drawer|box)\b)",
          clause=r"\b(?:clear\w* out|tidy\w*|sort\w* out|expired|out of date|declutter\w*|organis\w*|recycling|"
                 r"pharmacy|cleaning|spring clean\w*|recipe|money|budget|food|party|guests|wine|paint|petrol|flour|"
                 r"cake|tiles|wallpaper|cash|rent|bills|portions|plates|wool|yarn|shopping|groceries|snacks)\b"),
    # waiting by the tracks, letting the trains go past
    _rule("trains-past", r"\b(?:let|watched|watch|watching|counted|counting) (?:\w+ )?(?:trains?|the (?:express|fast "
                         r"train|freight)) (?:go|pass|went|come|rush|fly|going|passing|coming|rushing|thunder\w*) (?:past|"
                         r"by|through)\b|\b(?:stood|standing|sat|sitting|waited|waiting|lay|lying|walked|went|go|going|"
                         r"stand) (?:\w+ ){0,2}(?:by|on|at|near|next to|along|onto|down to|to) (?:the )?(?:train |railway )?"
                         r"(?:tracks|rails|level crossing|railway line|train line)\b(?=[^|]*\b(?:next train|for (?:a long "
                         r"time|ages|hours|an hour)|thought|thinking|wanted|alone|at night|let|waited for|how easy|step|"
                         r"tonight|again|nearly|almost)\b)",
          clause=r"\b(?:trainspott\w*|photo\w*|camera|model railway|steam|heritage|birds|delayed|late|platform \d+|"
                 r"commute|commuting|to work|kids|son|daughter|dog|walk the dog|engineering works|signal|station "
                 r"cafe)\b"),
    # under the water: staying under, not coming up
    _rule("staying-under", r"\b(?:stay|staying|stayed|keep myself|kept myself|hold myself|held myself|holding myself|"
                           r"lie|lying|lay) (?:right )?under\b(?! (?:the (?:covers|duvet|blanket|radar|weather|table|bed|"
                           r"stairs|bridge|trees?|stars)|a (?:blanket|duvet)|control|pressure|budget|anaesthetic)\b)"
                           r"(?=[^|]*\b(?:bath|water|sea|lake|river|waves|pool|tub|surface)\b)|\b(?:go|going|went|"
                           r"slip|slipping|slipped|slide|sliding|slid|sink|sinking|sank) under (?:the water |the "
                           r"surface )?and (?:not|never|just not|just never) (?:come|coming|came) (?:back )?up\b|\bnot "
                           r"(?:come|coming) (?:back )?up\b(?=[^|]*\b(?:bath|water|sea|lake|river|under|waves)\b)",
          clause=r"\b(?:snorkel\w*|diving|dive|scuba|swim(?:ming)? (?:lessons?|class|race)|competition|for fun|game|"
                 r"kids|children|whale|seal|submarine|duck|breath holding)\b"),
    # threats of what will happen if I talk, tell, write or leave
    _rule("threat-consequence", r"^(?=[^|]*" + _SPEECH + r")(?=[^|]*" + _IF_I_SPEAK + r")[^|]*\b" + _CONSEQUENCE + r"\b|"
                                r"^(?=[^|]*" + _SPEECH + r")(?=[^|]*\b(?:if i|even if|over (?:him|her|them)|about (?:him|"
                                r"her|this|what|us)|crazy|mad|a liar|liar|unstable|mental|hysterical|police|anyone|and "
                                r"that)\b)[^|]*\b(?:nobody|no one|noone) (?:would|will|d|is going to) (?:ever )?believe "
                                r"(?:me|a word|you)\b",
          clause=r"\b(?:boss|manager|teacher|coach|lecturer|tutor|bank|council|school|doctor|surprise|party|joke\w*|"
                 r"lol|haha\w*|ha|deadline|homework|exam|grades?|diet|story|tall tale|fish)\b"),
    # looking up whether a person can die of it: the meds, the mix, the amount
    _rule("research-lethality", r"\b(?:googl\w*|search\w*|looked up|look up|looking up|research\w*|read up|asked "
                                r"(?:siri|google|alexa|chatgpt|the internet))\b(?: \w+){0,3} (?:whether|if|how|what) "
                                r"(?:you|i|someone|a person|people) (?:can|could|would|will|d|might) (?:actually )?"
                                r"(?:die|overdose|od|not wake up|bleed out|drown|suffocate|stop breathing)\b",
          clause=r"\b(?:dog|dogs|cat|cats|pet|pets|plant|fish|bee|wasp|sting|allerg\w*|peanut|shark|spider|snake|"
                 r"jellyfish|lightning|laughing|boredom|cold water|quiz|trivia|curious|fun fact|film|book)\b"),
    # goodbye messages drafted, ready to send
    _rule("drafted-goodbyes", r"^(?=[^|]*\b(?:everyone|everybody|all of them|my family|each of them|my (?:kids|"
                              r"children|parents|mum|mom|dad|sister|brother|friends))\b)[^|]*\b(?:message|messages|"
                              r"email|emails|text|texts|letter|letters|video|videos|voice note|voice notes)\b"
                              r"(?: \w+){0,6} (?:in (?:my |the )?drafts|ready to (?:send|go|be sent)|scheduled (?:to "
                              r"send|for)|to be sent|timed to send)\b",
          clause=r"\b(?:party|wedding|invit\w*|christmas|birthday|newsletter|work|colleagues|cv|application|complaint|"
                 r"boss|landlord|thanks|thank you|holiday|trip|flight|group chat|news)\b"),
    # hurting my hands on a wall or a mirror, on purpose
    _rule("punched-on-purpose", r"\b(?:punch\w*|hit|hitting|smash\w*|bang\w*|slam\w*|kick\w*) (?:the |a |my )?(?:wall|"
                                r"walls|mirror|door|window|glass|brick|bathroom tiles|tiles)\b(?=[^|]*\b(?:on purpose|"
                                r"deliberately|until|till|knuckles|my (?:hand|hands|fist|fists) (?:is|are|was|were)|"
                                r"bleed\w*|bled|deserv\w*|to feel|punish\w*|to hurt)\b)",
          clause=r"\b(?:he|she|they|accident\w*|by mistake|football|ball|tripped|slipped|fell|dark|stubbed|toe)\b"),
    # done to scare me: driving, a fist raised, a weapon shown, all to frighten
    _rule("to-scare-me", rf"\b{_PERSON}\b[^|]*\b(?:to|just to|trying to|wanted to|so as to|in order to|meant to) "
                         r"(?:scare|frighten|terrify|intimidate|punish) (?:me|us|the kids|the children)\b",
          clause=_PLAY + "|" + _MEDIA + r"|\b(?:halloween|prank\w*|mask|jump scare|boo|ghost\w*|spider|haunted|"
                                        r"costume|fancy dress|into (?:eating|saving|studying|revising))\b"),
    # hurt enough to need the hospital, because of what he did; the lie about how
    _rule("hospital-because", r"\b(?:a e|a and e|hospital|er|emergency department|doctor|gp|stitches|x ray|minor "
                              r"injuries|walk in centre)\b(?: \w+){0,6} (?:because of|after) what (?:he|she|they|my \w+) "
                              r"(?:did|had done|has done)\b|\bbecause of what (?:he|she|they) (?:did|had done)\b"
                              r"(?: \w+){0,6} (?:a e|a and e|hospital|stitches|x ray)\b|\blied (?:to (?:\w+ ){1,2})?about "
                              r"how (?:it happened|i got (?:it|them|hurt|injured|the \w+)|(?:the|my) \w+ happened)\b",
          clause=_MEDIA + r"|\b(?:shoes|cost|price|age|exam|grades)\b"),
    # safer anywhere than at home with him
    _rule("safer-than-home", r"\bsafer (?:than|to be) (?:being |staying |going )?(?:at home|in the house|in the flat|home|"
                             rf"inside|back there|with {_PERSON_OBJ}|near {_PERSON_OBJ})\b|\b(?:sleep|slept|sleeping|"
                             r"stay|stayed|staying|wait|waited)\b(?: \w+){0,5} (?:because|as|since) (?:it s|its|it is|"
                             r"it was|it feels|it felt) safer\b",
          clause=r"\b(?:snor\w*|heat|heatwave|air con|aircon|dog|cat|cold|mould|damp|builders|noise|neighbours? music|"
                 r"flood\w*|covid|ill|sick|germs|storm|ice|icy|snow|roads|driving|cycling|bike|traffic|hotel)\b"),
    # an attempt before, and the feeling coming back
    _rule("past-attempt", r"\b(?:last time|the last time|when|since|after|before|first time) i (?:tried|attempted)\b"
                          r"(?! (?:to (?:cook|bake|run|quit|learn|fix|drive|make|call|talk|explain|ask|leave him|leave "
                          r"her)|it with|that recipe|sourdough)\b)(?: \w+){0,6} (?:hospital|a and e|a e|icu|intensive "
                          r"care|sectioned|ward|ambulance|stomach pumped|woke up in|survived|feel like that|feeling like "
                          r"that)\b|\b(?:my|last|previous|second|first|third) suicide attempts?\b|\bsince my (?:last )?"
                          r"attempt\b(?! (?:at|on|to)\b)",
          clause=r"\b(?:exam|test|recipe|marathon|cake|job|interview|record|driving|swim|bake|sourdough|course|"
                 r"diet|sober|quit smoking)\b"),
    # the car's fumes: the engine running in a closed garage
    _rule("engine-running", r"^(?=[^|]*\b(?:garage|car|van)\b)[^|]*\b(?:engine (?:running|on)|exhaust|hose ?pipe|fumes)\b"
                            r"(?=[^|]*\b(?:just to see|thinking|door (?:closed|shut)|doors shut|tonight|again|how long|"
                            r"alone|wondering|sat there|for hours|for an hour|fell asleep)\b)",
          clause=r"\b(?:warm\w* up|icy|frost|defrost|de ice|mechanic|service|mot|leak\w*|smell of|broke down|battery|"
                 r"jump start|charging|heater|radio|podcast|waiting for (?:her|him|them|the kids)|school run)\b"),
    # picturing my body found
    _rule("my-body-found", r"\b(?:picture|picturing|pictured|imagine|imagining|imagined|see|seeing|visuali\w*|thinking "
                           r"about|think about|keep seeing)\b(?: \w+){0,3} (?:my (?:own )?(?:body|corpse) (?:\w+ ){0,3}"
                           r"(?:at the bottom of|lying|being found|found|hanging|in the (?:river|water|bath|woods|canal|"
                           r"sea)|cold|lifeless|on the (?:floor|tracks|road|rocks))|(?:me|myself) dead|(?:them|someone|"
                           r"people|he|she|my \w+) finding (?:me|my body)(?! (?:a|the|an|out|attractive|funny|boring)\b))",
          clause=_MEDIA + "|" + _JOKE + r"|\b(?:bikini|beach|gym|mirror|weight|changing|after (?:the )?baby|tan|"
                                        r"hide and seek)\b"),
    # wanting to stop being a person at all
    _rule("stop-being", r"\b(?:want|wish|need|wanna) to (?:just )?(?:stop|quit) being (?:a person|a human|human|alive|a "
                        r"body|anything at all)\b|\b(?:dont|don t|do not) want to be (?:a person|a human|human|anything) "
                        r"(?:anymore|any more)\b|\bwant out of (?:everything|it all|life|this life|this world|"
                        r"existence)(?: for good| forever| permanently| for ever)\b|\bwant out of (?:life|this life|this "
                        r"world|existence)\b"),
    # money taken and rationed
    _rule("money-controlled", rf"\b{_BY_PERSON} (?:keeps|kept|takes|took|controls|controlled|has|holds) (?:all )?(?:of )?"
                              r"(?:the|my|our) (?:money|wages|salary|pay|benefits|bank cards?|cards|finances|child "
                              r"benefit|pin)\b(?: \w+){0,8} (?:(?:gives|gave|allows|lets) me (?:\w+ ){0,3}(?:a week|a "
                              r"month|a day|pocket money|an allowance|allowance)|so i (?:cant|can t|couldnt|have no)|i "
                              r"(?:have|had) to (?:ask|beg|account|show (?:him|her|them)? ?(?:the )?receipts))\b|"
                              r"\b(?:gives|gave) me an? (?:allowance|pocket money)\b(?=[^|]*\b(?:he|she|they|husband|"
                              r"partner|wife|boyfriend|girlfriend)\b)",
          clause=r"\b(?:kids|teen\w*|pocket money for|we agreed|joint|budget\w* app|savings goal|useless with|rubbish "
                 r"with|uni|student|dad gives me|mum gives me)\b"),
    # told he is watching me
    _rule("says-watching", r"\b(?:says|said|told me|texts|texted|messages|messaged|keeps saying|reminds me) "
                           r"(?:that )?(?:he|she|they) (?:s|is|are|re|was|were|ll be|will be|has been|d been|is always|s "
                           r"always) (?:always |still )?(?:watching|following|tracking|outside|nearby|keeping an eye on) "
                           r"(?:me|my|us|the house|where i)\b",
          clause=_PLAY + "|" + _JOKE + r"|\b(?:santa|elf|shelf|film|series|match|game|telly|tv|diet|weight)\b"),
    # a refuge found out, the town worked out
    _rule("found-which-town", rf"\b(?:{_PERSON}|he s|she s|hes|shes) (?:has |had |s |have )?(?:found out|knows|worked "
                              r"out|figured out|found) (?:which|what) (?:town|city|street|road|area|house|flat|refuge|"
                              r"school|hotel|address)\b|\b(?:refuge|shelter|safe house)\b(?=[^|]*\b(?:found out|knows "
                              r"where|found me|tracked|turned up|followed|hiding from|scared he|afraid he|terrified he)\b)",
          clause=r"\b(?:volunteer\w*|donat\w*|work at|fundrais\w*|animal|dog|cat|surprise|party|hotel booking|holiday)\b"),
    # watched through cameras, on his phone
    _rule("watched-on-camera", r"\bwatch(?:es|ed|ing)? me (?:on|through|via) (?:his|her|their|the) (?:phone|cameras?|laptop|"
                               r"app|ipad|tablet)\b|\b(?:cameras?|spy ?cams?|listening device|recording device|"
                               r"recorder)\b(?: \w+){0,5} (?:to (?:watch|spy on|check on|record|monitor) me|so (?:he|she|"
                               r"they) can (?:watch|see|hear|spy on|check on|record) me)\b",
          clause=r"\b(?:bird|birds|nest|fox|badger|baby monitor|doorbell|dog|pet|puppy|cat|kitten|zoom|teams|video "
                 r"call|facetime|lecture|stream|streaming|gig|concert|wedding|graduation|swimming|match)\b"),
    # hurt as the end of his anger; waiting for the next time; flinching when he moves
    _rule("end-up-hurt", r"^(?=[^|]*\b(?:he|she|they|him|her|my (?:partner|husband|boyfriend|wife|girlfriend|dad|mum|"
                         r"ex))\b)[^|]*\b(?:i|we) (?:end up|ended up|get|got|always end up|usually end up|often end up) "
                         r"(?:hurt|hit|bruised|injured|in hospital|with bruises|black and blue|beaten)\b|^(?=[^|]*\b(?:he|"
                         r"she|they|him|her|home|on edge|scared|terrified|flinch\w*|cant breathe)\b)[^|]*\b(?:waiting "
                         r"for|wait for|dreading|dread) the next (?:time|one|attack|outburst|explosion|beating|slap|hit|"
                         r"punch)\b|\b(?:flinch|flinched|flinching|cower|cowered|cowering) (?:every time|whenever|"
                         r"when|if) (?:he|she|they|my \w+) (?:moves|raises|lifts|comes near|walks past|reaches|gets "
                         r"up|stands up|shouts|raised|lifted)\b",
          clause=_PLAY + r"|\b(?:rugby|football|sport|match|tripped|fell|cycling|skiing|bus|train|episode|series|season|"
                         r"sale|holiday|appointment|period|payday|spider|wasp|needle|injection|dentist|fireworks)\b"),
    # never seeing the next day, made sure of
    _rule("not-see-tomorrow", r"\b(?:make sure|so that|so) i (?:dont|don t|never|wont|won t|do not) (?:see|make it to|live "
                              r"to see|wake up on|get to) (?:another |next )?(?:tomorrow|morning|saturday|sunday|monday|"
                              r"tuesday|wednesday|thursday|friday|the weekend|next week|christmas|my birthday|new year)\b",
          clause=_JOKE + r"|\b(?:hangover|spoilers?|ex|him|her|them|results|news|match|score|film)\b"),
    # tying things up: apologies and thanks to everyone, as if for the last time
    _rule("tying-things-up", r"\b(?:tying|tie|tied|wrapping|wrap|wrapped) (?:things|everything|it all|my life) up\b|\bsaying "
                             r"(?:sorry|thank you|thanks|goodbye) to everyone\b(?=[^|]*\b(?:for no reason|like i m|like im|"
                             r"as if|one last|before)\b)|\b(?:but )?(?:really|secretly|actually|quietly) (?:i m|im|i am|"
                             r"i ve been) (?:getting ready|preparing|saying goodbye|tying things up|putting things in "
                             r"order|making arrangements)\b",
          clause=r"\b(?:work|job|project|leaving do|office|term|contract|moving|move|holiday|year end|inbox|emails?|"
                 r"party|wedding|birthday|baby|exam|interview|date|trip|presentation|surprise|hair)\b"),
    # sorry for everything, for being me, for existing
    _rule("sorry-for-existing", r"\b(?:im|i m|i am) (?:so )?sorry for (?:everything|being (?:me|born|alive|a burden|such a "
                                r"burden|here|a disappointment|who i am))\b(?! (?:i (?:said|did|put you through|ve said|ve "
                                r"done)|that happened|last night|earlier|today|at (?:the|work))\b)|\bsorry for existing\b",
          clause=_JOKE + r"|\b(?:mess|late|party|drunk|text|texts|rant|moan\w*|ramble\w*|hangry)\b"),
    # waiting to die
    _rule("waiting-to-die", r"\b(?:just |only )?waiting (?:to die|for (?:death|it all to end|the end|my life to end|it to "
                            r"be over|my turn to die))\b(?! (?:of|from|in|at|on)\b)",
          clause=_JOKE + "|" + _MEDIA + r"|\b(?:queue|boredom|meeting|lecture|traffic|hold music|call centre|the film|"
                                        r"episode|series|season|term|exam|results|shift)\b"),
    # almost did it, with everything ready
    _rule("almost-did-it", r"\b(?:almost|nearly|so close to|came close to) (?:did|doing|do|done) it\b(?=[^|]*\b(?:everything "
                           r"ready|all ready|had it all|pills|rope|bridge|note|letters|tablets|blade|plan|last night|"
                           r"tonight|this time)\b)",
          clause=r"\b(?:ask\w*|asked|quit|told|him out|her out|text|call|proposal|propos\w*|sign\w*|buy\w*|booked|job|"
                 r"tattoo|haircut|marathon|race|exam|test|jump|skydiv\w*|bungee)\b"),
    # disappearing and never being found
    _rule("never-found", r"\b(?:disappear|vanish|go missing)\b(?: \w+){0,2} (?:and )?(?:never be found|not be found|without "
                         r"a trace|where (?:no one|nobody) (?:can|could|will|would) (?:ever )?find me)\b",
          clause=r"\b(?:holiday|cabin|island|week|weekend|month|phone|social media|gym|book|duvet|film|magic|game|"
                 r"inbox|emails?|boss|work|somewhere (?:hot|sunny|warm)|beach|sun)\b"),
    # sick or exhausted on purpose, wanting it to hurt
    _rule("wanted-it-to-hurt", r"\b(?:threw|throw|throwing|thrown|been sick|being sick|vomit\w*) (?:up )?(?:on purpose|"
                               r"deliberately)\b|\b(?:i )?(?:wanted|want|needed|need) it to hurt\b(?! (?:less|a bit less|any less)\b)|\b(?:because|so) i "
                               r"(?:deserved|deserve) (?:the pain|to hurt|it to hurt|to be in pain)\b",
          clause=_JOKE + r"|\b(?:gym|no pain no gain|eyebrows|wax\w*|tattoo|massage|physio|stretch\w*|pizza|cake|"
                         r"chocolate|calories|hangover|drunk|bug|food poisoning|doctor|nurse|poison\w*|mushroom|told me "
                         r"to|111)\b"),
    # "he knows where my parents live": the family named in a threat
    _rule("knows-where-family", _SPEECH + r"(?: \w+){0,2} (?:he|she|they) (?:knows|know|found out|has found out) where "
                                r"(?:my|our) (?:\w+ )?(?:parents|mum|mom|dad|family|sister|brother|kids|children|son|"
                                r"daughter|friends?) (?:live|lives|go|goes|work|works|stay|stays|is|are)\b",
          clause=r"\b(?:visit\w*|christmas|dinner|lift|drop\w*|invite\w*|party|we went|because we|surprise|flowers)\b"),
    # a pet hurt to show me what he would do
    _rule("pet-hurt", rf"\bto show me what (?:he|she|they) (?:d|would|will|could|can|might) do\b|\bas a warning to me\b|"
                      rf"\b{_BY_PERSON} (?:kicked|hit|hurt|strangled|killed|drowned|threw|beat|kicks|hits|hurts|"
                      r"strangles|kills|drowns) (?:our|my|the) (?:cat|dog|puppy|kitten|rabbit|pet|pets|hamster)\b",
          clause=_PLAY + r"|\b(?:accident\w*|by mistake|didnt see|tail|toy|ball|vet|car|road|flea|tick|fox)\b"),
    # forced his way in
    _rule("forced-way-in", rf"\b{_BY_PERSON} (?:forced|pushed|barged|shoved|muscled) (?:his|her|their) way (?:in|into|back "
                           r"in|through the door)\b(?! (?:to the front|the queue)\b)",
          clause=r"\b(?:queue|crowd|bar|train|tube|bus|gig|concert|sale|front|conversation|meeting|team|band)\b"),
    # an order of protection: restraining, non-molestation, an injunction
    _rule("protection-order", r"\b(?:restraining|non molestation|protection|protective|occupation) orders?\b|\binjunction "
                              r"against (?:him|her|them|my \w+)\b",
          clause=_MEDIA + "|" + _JOKE + "|" + _AT_WORK + r"|\b(?:client\w*|celebrity|court reporter|law school|"
                                                        r"revision|lecture|exam)\b"),
    # happy never to open my eyes again
    _rule("never-open-eyes", r"\b(?:happy|fine|okay|ok|relieved|glad|wouldnt mind|would not mind|dont mind|at peace)\b"
                             r"(?: \w+){0,4} (?:if|when) i (?:never|didnt|did not|dont|don t|wouldnt) (?:open\w* my eyes|"
                             r"wake up|woke up|see (?:the|another) (?:morning|day))(?: again)?\b|\b(?:never|not) (?:open|"
                             r"opening) my eyes again\b",
          clause=_JOKE + r"|\b(?:hangover|lie in|weekend|alarm|early|monday|spreadsheet|work|meeting|exam)\b"),
    # the world telling me to go
    _rule("told-to-go", r"\b(?:world|universe|everything|life|god|everyone|the signs) (?:is |keeps |are )?(?:telling|tells|"
                        r"told|saying|says) me (?:to|that i should) (?:go|leave|give up|end it|stop|die|disappear)\b"
                        r"(?= *$| (?:for good|now|already|away|tonight|too|and)\b)",
          clause=_JOKE + r"|\b(?:japan|holiday|travel|trip|job|gym|bed|sleep|home|doctor|therapy|party)\b"),
    # lingering at the water, looking down at it
    _rule("lingering-at-water", r"^(?=[^|]*\b(?:river|bridge|cliff|edge|tracks|canal|sea|lake|roof|ledge|car park|"
                                r"platform|quay|harbour|pier)\b)[^|]*\b(?:stood|sat|stayed|stared|standing|sitting)\b(?: "
                                r"there)? (?:for (?:a long time|ages|hours|an hour|too long)|until it got dark)\b(?: \w+)"
                                r"{0,3} (?:looking|staring|gazing) (?:down )?(?:at|into) (?:the )?(?:water|drop|edge|"
                                r"tracks|river|current|waves|sea)\b",
          clause=r"\b(?:view|sunset|sunrise|ducks|swans|boats|rowers|photo\w*|fishing|birds|picnic|with (?:friends|him|"
                 r"her|my)|kids|dog|fireworks|festival)\b"),
    # "I'll pay for embarrassing him": a threat of what comes later
    _rule("youll-pay", _SPEECH + r"(?: \w+){0,3} (?:i ll|ill|i will|i d|you ll|youll|you will|id) (?:pay|be sorry|regret "
                       r"it|regret this)\b(?! (?:for (?:the|a|an|dinner|drinks|lunch|it next time|next time|half|my|your|"
                       r"the bill)|back|later|tomorrow)\b)",
          clause=_JOKE + r"|\b(?:game|bet|quiz|dinner|drinks|lunch|bill|taxi|round|tickets?|tomorrow|in the morning|"
                         r"hangover|diet|cake)\b"),
    # cornered where I cannot get past
    _rule("cornered", rf"\b{_BY_PERSON} (?:corners|cornered|cornering|blocks|blocked|blocking|traps|trapped|pins|pinned) "
                      r"(?:me|the door|the doorway|my way|me in)\b(?=[^|]*\b(?:cant get|can t get|couldnt get|could not "
                      r"get|wont let me|angry|rage|scream\w*|shout\w*|scared|terrified|fists?|raised|get out|get past)\b)",
          clause=_PLAY + r"|\b(?:party|chat|conversation|networking|crypto|story|stories|gossip|sales|salesman|lol)\b"),
    # my journal read, so I hide what I write
    _rule("reads-my-journal", r"\b(?:he|she|they|my \w+) (?:reads|read|has read|checks|goes through|went through|found|"
                              r"finds) (?:this|my) (?:journal|diary|notebook|notes)\b(?=[^|]*\b(?:so i|code|hide|hidden|"
                              r"secret|scared|afraid|punish\w*|angry|what would happen|rage|furious)\b)",
          clause=r"\b(?:share|shared|together|we do|asked (?:him|her)|with (?:him|her) (?:reading|looking))\b"),
    # sleeping where he does not come
    _rule("sleep-where-safe", r"\bsleep\w* (?:in|on) (?:the |my )?(?:\w+ )?(?:room|car|bathroom|spare room|kids room|kids|"
                              r"sofa|floor)\b(?: \w+){0,3} (?:because|since|as|so) (?:he|she|they) (?:doesnt|does not|"
                              r"wont|won t|cant|can t|never|leaves me alone)\b",
          clause=r"\b(?:snor\w*|poorly|ill|sick|teething|nightmare\w*|hot|cold|heat|noise|builders|decorat\w*)\b"),
    # discredited: "told the kids I'm crazy", "when I'm locked up"
    _rule("discredited", r"\b(?:told|tells|telling|tell) (?:the kids|my kids|the children|our kids|everyone|people|my "
                         r"family|the doctor|social services|the police|my friends) (?:that )?(?:i m|im|i am|i was) "
                         r"(?:crazy|mad|insane|mental|unstable|unfit|an unfit mother|a bad mother|on drugs|a drunk|"
                         r"dangerous|abusive)\b|\bwhen i m (?:locked up|sectioned|put away)\b",
          clause=_JOKE + r"|\b(?:karaoke|dancing|party|costume|marathon|ice bath|cold water)\b"),
    # no taken as no answer
    _rule("no-ignored", r"\b(?:when|after|even though|every time|each time|though) i (?:say|said|told him|tell him|told her|"
                        r"tell her) no\b(?: \w+){0,8} (?:forces|forced|does it|did it|carries on|carried on|keeps going|"
                        r"kept going|makes me|made me|anyway|regardless)\b",
          clause=r"\b(?:kids?|toddler|son|daughter|dog|puppy|cake|ice cream|buy\w*|shop\w*|toy|sweets|dessert|party|"
                 r"drink|pint|round|karaoke|dance)\b"),
    # asking where I live now
    _rule("asking-where-i-live", r"^(?=[^|]*\b(?:ex|he|she|they|him|her)\b)[^|]*\b(?:asking|asked|asks|trying to find out|"
                                 r"wants to know|demanding to know|keeps asking) (?:\w+ ){0,3}where i (?:m|am) (?:living|"
                                 r"staying|working|hiding|sleeping)(?: now)?\b",
          clause=r"\b(?:party|post|parcel|christmas card|wedding|invite\w*|present|gift|delivery|catch up)\b"),
    # my phone handed over to be gone through
    _rule("phone-handed-over", r"\b(?:hand over|hand|give|show|unlock) (?:him |her |them )?my phone\b(?: \w+){0,6} (?:so "
                               r"(?:he|she|they) can (?:go through|check|read|look through|see)|every (?:night|day|time))\b",
          clause=r"\b(?:kids|app|story|homework|ipad|photos of|holiday photos|game)\b"),
    # put out of the car, left in the middle of nowhere
    _rule("left-stranded", rf"^(?=[^|]*\b(?:he|she|they|{_RELATION})\b)[^|]*\b(?:told|made|forced|threw|kicked|left|"
                           r"pushed) me (?:to )?(?:get )?out (?:of the car )?(?:in the middle of nowhere|on the motorway|on "
                           r"the hard shoulder|at night|in the dark|in the rain|miles from)\b|\bleft me (?:stranded|in "
                           r"the middle of nowhere|on the (?:motorway|hard shoulder))\b",
          clause=r"\b(?:taxi|uber|bus|walk the last|for a walk|breakdown|broke down|flat tyre|petrol)\b"),
    # stopped from calling anyone
    _rule("stopped-calling", r"\b(?:knocked|snatched|grabbed|took|smashed|threw) (?:the |my )?phone (?:out of|from) my "
                             r"hands?\b(?=[^|]*\b(?:tried to (?:call|ring|text)|to stop me|when i (?:tried|went) to "
                             r"(?:call|ring|text))\b)|\b(?:stop|stopped|stops|stopping) me (?:from )?(?:calling|ringing|"
                             r"texting|contacting|seeing) (?:my (?:mum|mom|dad|sister|brother|family|friends|parents)|"
                             r"anyone|the police|for help)\b",
          clause=_PLAY + r"|\b(?:cinema|film|meeting|drunk text\w*|ex|3am|bill|roaming|battery)\b"),
    # a bag packed and hidden for when I can go
    _rule("escape-bag", r"\b(?:packed|pack|hid|hidden|hide|stashed|keeping|kept) (?:a )?(?:bag|go bag|suitcase|documents|"
                        r"passport|money|cash)\b(?: \w+){0,8} (?:for when i (?:get the chance|can|leave|go|escape)|to "
                        r"escape|so i can (?:leave|escape|get away)|in case i (?:need to|have to) (?:leave|run|go))\b",
          clause=r"\b(?:holiday|weekend|cottage|hospital|baby|labou?r|festival|trip|flight|sleepover|gym)\b"),
    # if she doesn't hear from me
    _rule("if-not-heard-from", r"\bif (?:she|he|they|you|nobody|no one) (?:doesnt|does not|dont|don t|didnt|hasnt|haven t) "
                               r"(?:hear|heard) from me\b",
          clause=r"\b(?:away|holiday|trip|travel\w*|hike|hiking|camping|flight|festival|abroad|climb\w*|by (?:\d+|"
                 r"monday|tonight|tomorrow)|sailing|expedition|date|tinder|first date|safety plan)\b"),
    # done fighting; convincing myself to stay
    _rule("done-fighting", r"\b(?:im|i m|i am) (?:so |just )?(?:done|finished) fighting\s*$|\bi (?:cant|can t|cannot) fight "
                           r"(?:it|this) (?:any ?more|any longer)\s*$|\b(?:convince|persuade|talk) myself (?:to|into) "
                           r"(?:stay(?:ing)?|keep(?:ing)? going|liv\w*|stay(?:ing)? alive|not (?:do it|go through with it))"
                           r"\b(?! (?:in|at|with|for|on|home|late|up)\b)(?![^|]*\b(?:gym|job|diet|course|party|"
                           r"relationship|uni|flat|city|town)\b)",
          clause=_JOKE + r"|\b(?:council|cold|flu|infection|bins|landlord|insurance)\b"),
    # how much longer I can hold on
    _rule("hold-on-longer", r"\b(?:dont|don t|do not) know how (?:much )?(?:long|longer) (?:i can|i ll be able to|i m going to "
                            r"be able to|i can keep) (?:hold on|keep going|keep doing this|do this|last|cope|survive|stay|"
                            r"carry on|go on)\b(?! (?:to|with|at|in|for|without)\b)",
          clause=r"\b(?:job|commute|work|boss|flat|diet|course|relationship|marriage|pee|wee|toilet|breath|plank|"
                 r"meeting|queue|heat|cold|traffic|pain relief)\b"),
    # the means in my hand until someone called
    _rule("means-in-hand", r"\b(?:had|held|holding|was holding) (?:the|a) (?:whole |full )?(?:bottle|packet|box|blade|rope|"
                           r"pills|tablets|knife)\b(?: \w+){0,4} (?:in my hands?|ready)\b(?=[^|]*\b(?:before|until|when) "
                           r"(?:\w+ ){1,2}(?:called|rang|came|walked in|knocked|texted|stopped)\b)",
          clause=r"\b(?:wine|beer|prosecco|gin|vodka|milk|water|shampoo|sauce|together|drink|cooking|chopping|onions?|"
                 r"birthday|present|gift)\b"),
    # tired of being a burden
    _rule("burden-tired", r"\b(?:tired of|sick of|hate|hated) being (?:a|such a|the) burden\b|\bbeing a burden (?:on|to) "
                          r"(?:everyone|everybody|my family|the people|all of them)\b",
          clause=r"\b(?:ill|sick|unwell|injur\w*|broken (?:leg|arm|ankle)|crutches|surgery|lifts?|money|rent)\b"),
    # a message: sorry for everything, it is not your fault
    _rule("not-your-fault", r"^(?=[^|]*\b(?:sorry|goodbye|love you|letter|note|text|message|draft\w*)\b)[^|]*\b(?:it s|its|it "
                            r"is|this is|none of this is) not (?:your|his|her|their|anyone s|anyones) fault\b|\b(?:saying|say|"
                            r"said|to say) sorry for everything\b(?=[^|]*\b(?:text|message|letter|note|draft\w*|wrote|"
                            r"written|not (?:his|her|your|their) fault)\b)",
          clause=r"\b(?:broke|spilt|spilled|late|traffic|weather|cancel\w*|delay\w*|dog|broken|lost|rain|divorce|"
                 r"break ?up|split|exam|results|match|game)\b"),
    # unable to promise I will be safe
    _rule("cant-promise-safe", r"\b(?:cant|can t|cannot|couldnt|wont|won t) (?:promise|guarantee|say|tell (?:her|him|them)) "
                               r"(?:\w+ ){0,3}(?:i ll|ill|i will|i can|i m going to|that i ll|that i will|that i can) "
                               r"(?:be|stay|keep myself) safe\b",
          clause=r"\b(?:driving|drive|roads|ice|icy|hike|hiking|climb\w*|festival|cycling|ski\w*)\b"),
    # the skin I want to tear off, out of hating myself
    _rule("rip-my-skin", r"^(?=[^|]*\b(?:hate myself|hated myself|disgust\w*|deserve|punish\w*|so much)\b)[^|]*\b(?:want|"
                         r"wanted|wanna|need) to (?:rip|tear|peel|claw|scratch|scrub|cut|burn) (?:my|off my) (?:own )?"
                         r"(?:skin|face|arms?|hair)(?: off| out)?\b",
          clause=r"\b(?:itch\w*|eczema|sunburn|mosquito|bites|jumper|wool|label|tag|hives|rash|allerg\w*|heat|hot)\b"),
    # the top of the car park again, sitting on the wall
    _rule("top-of-the-car-park", r"\b(?:went|go|going|drove|walked|climbed|got) (?:up )?to the top (?:floor )?of (?:the|a) "
                                 r"(?:multi storey|multistorey|car park|building|tower|cliff|bridge|block)\b(?=[^|]*\b(?:sat "
                                 r"on the (?:wall|edge|ledge|railing)|stood (?:at|on) the edge|looked (?:over|down)|again|"
                                 r"alone|at night|for (?:ages|hours|a long time)|thinking)\b)",
          clause=r"\b(?:parking|space|view|sunset|fireworks|photo\w*|with (?:friends|him|her|the kids)|kids|lift|"
                 r"shopping|stairs for exercise|step count)\b"),
    # degraded: spitting in my food
    _rule("spat-in-my-food", rf"\b{_BY_PERSON} (?:spits|spat|spitting|pisses|pissed|urinates|urinated) (?:in|on|into) (?:my|"
                             r"our) (?:food|drink|face|bed|dinner|plate|things|clothes|hair|tea|coffee)\b"),
    # punished by him
    _rule("punished-by-him", r"^(?=[^|]*\b(?:he|she|they|him|her|my (?:partner|husband|boyfriend|wife|girlfriend|dad|mum|"
                             r"ex))\b)[^|]*\b(?:punishes me|punished me|punishing me|punish me|the punishment (?:comes|"
                             r"is|was|will be)|my punishment)\b",
          clause=_PLAY + r"|\b(?:kids|school|teacher|when i was (?:a kid|little|young|small)|growing up|fine|parking|"
                         r"speeding|football|referee|game|forfeit|dare|lol|haha)\b"),
    # things left to frighten me: dead flowers, slashed tyres, a brick through the window
    _rule("left-to-frighten", r"\b(?:dead (?:flowers|animals?|birds?|rats?|mice)|(?:threatening|nasty|anonymous) (?:notes?|"
                              r"letters?|messages?)|my (?:tyres|tires) (?:slashed|let down|cut)|(?:slashed|let down) my "
                              r"(?:tyres|tires)|bricks? through (?:my|the|our) window)\b(?=[^|]*\b(?:doorstep|door|car|"
                              r"windscreen|since i left|since i blocked|since i ended|ex|him|her|he|she|they)\b)",
          clause=r"\b(?:cat|dog|fox|wilted|vase|compost|garden|kids|gave me|forgot to water|bouquet from)\b"),
    # "if tomorrow goes badly I'm going to do it"
    _rule("if-then-do-it", r"\bif (?:tomorrow|today|this|it|things|the \w+|nothing|\w+) (?:\w+ )?(?:goes|go|doesnt|don t|dont|"
                           r"gets|is|changes|works out|turns out) (?:\w+ )?(?:badly|wrong|worse|change|better|well|out)?\b"
                           r"(?: \w+){0,3} (?:i m|im|i am|i ll|ill|i will) (?:going to |gonna )?(?:do it|end it|go through "
                           r"with it|kill myself)(?: (?:then|tonight|this time))?\s*$",
          clause=_JOKE + r"|\b(?:again|next|properly|differently|anyway|myself)\b"),
    # "he waits until the children are asleep and then it starts"
    _rule("waits-till-alone", rf"\b{_PERSON}(?: \w+){{0,2}} (?:waits|waited|waiting|wait) (?:until|till|for) (?:the kids|"
                              r"the children|everyone|everybody|the baby|my mum|mum|the house|we re alone|we are alone|"
                              r"nobody|no one|people|visitors|guests|they|it s just us|its just us|the door)\b"
                              r"(?: \w+){0,6} (?:then|before|and then)\b(?: \w+){0,4} (?:it starts|it begins|it happens|"
                              r"starts on me|start on me|starts|begins|kicks off|lays into me|turns on me|comes for me|"
                              r"the shouting|hurts|hits|goes for me)\b",
          clause=_PLAY + r"|\b(?:presents?|wrap\w*|surprise|santa|tooth fairy|film|telly|tv|movie|cake|dessert|chocolate|"
                         r"snack|watch|open|eat|tidy|clean|work|phone|cry|relax|shower|bath|quiet|read)\b"),
    # where it ends: "with me on the floor", "black and blue"
    _rule("left-on-the-floor", r"\b(?:with|leaves|left|leaving|ends with|ended with) me (?:\w+ )?(?:on the floor|on the "
                               r"ground|in a heap|bleeding|black and blue|covered in bruises|in a and e|in hospital|"
                               r"unconscious|curled up on)\b|\b(?:i|i m|im|i was|i ve|ive) (?:ended up|end up|ending up|"
                               r"always end up|was left) (?:\w+ )?(?:on the floor|black and blue|bleeding|covered in "
                               r"bruises|in a and e|unconscious)\b(?=[^|]*\b(?:he|she|they|him|her|them|drunk|drinks|"
                               r"drinking|angry|rage|temper)\b)",
          clause=_PLAY + r"|\b(?:yoga|pilates|gym|workout|party|lol|haha\w*|laugh\w*|sleeping|asleep|tired|fell|slipped|"
                         r"tripped|ice|nosebleed|period|wine|shots|hangover)\b"),
    # the cover story: the nurse told I walked into a door, the neighbour told it was the telly
    _rule("cover-up", r"\b(?:told|tell|telling|said|say|saying|explained|pretended|lied)\b(?: \w+){0,4} (?:i|that i) "
                      r"(?:walked into|fell (?:down|over|into|against)|tripped|bumped into|slipped|hit my head|ran into|"
                      r"banged (?:my|into))\b(?=[^|]*\b(?:again|nurse|doctor|gp|a and e|teacher|colleague|colleagues|work|"
                      r"everyone|mum|mom|friends|bruises?|black eye|marks|lip|every time)\b)|\b(?:asked|asks|heard|hears|"
                      r"noticed|notices|saw|mentioned|commented)\b(?: \w+){0,4} (?:shouting|screaming|banging|crashing|"
                      r"noise|noises|crying|scream|screams|thud|thuds|smash\w*|bruises?|black eye|marks)\b(?: \w+){0,8} "
                      r"(?:i said|i told (?:her|him|them)|told (?:her|him|them)|i lied|i pretended|pretended|i blamed|"
                      r"blamed) (?:that )?(?:it was |it s |its )?(?:the )?(?:tv|telly|television|film|a film|game|nothing|"
                      r"dog|cat|kids|radio|music|an accident|my fault|clumsy)\b",
          clause=r"\b(?:really did|actually did|honestly did|which it was|true|clumsy me|party|football|match|gig)\b"),
    # afraid of what a person would notice: "terrified he'd hear me"
    _rule("terrified-he-hears", rf"\b(?:terrified|petrified|frozen with fear) (?:that )?(?:he|she|{_RELATION}) (?:d|would|will|"
                                r"ll|might|could|was going to) (?:\w+ )?(?:hear (?:me|us|it|the|what)|find (?:out|this|my|"
                                r"the|me|it)|read (?:this|my|it)|catch (?:me|us)|see (?:this|my|the|me|it|us)(?! through)|"
                                r"notice (?:the|my)|know (?:where|that i|i ve|i had|what i))\b",
          clause=r"\b(?:surprise|present|party|gift|spoil\w*|secret santa|birthday|film|bought|cost|spent|credit card|"
                 r"price|crashed|dent|scratch|dog|cat|ate|eaten|broke (?:his|her)|mess)\b"),
    # damage done to my own body, up to a mark: blistered, raw, the skin broken; hair pulled out in clumps
    _rule("until-it-marks", r"\b(?:pressed|pressing|press|held|holding|hold|heated|rubbed|rubbing|scrubbed|scrubbing|"
                            r"dug|digging|dig|burned|burnt|burning|scratched|scratching|hit|hitting|banged|banging)\b"
                            r"(?: \w+){0,5} (?:my|my own) (?:\w+ )?(?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|"
                            r"hand|hands|stomach|chest|face|knuckles|fingers|palm|palms)\b(?: \w+){0,3} (?:until|till) "
                            r"(?:it|they|the skin|my skin|i) (?:blistered|blisters|broke|burned|burnt|split|went raw|was "
                            r"raw|were raw|scarred|welted|bled|bleeds|tore|cried|couldnt feel)\b|\b(?:pull|pulled|pulling|"
                            r"rip|ripped|ripping|tear|tore|tearing) (?:out )?(?:my |out my )?(?:own )?(?:hair|eyelashes|"
                            r"lashes|eyebrows) (?:out )?(?:in (?:clumps|handfuls|chunks))?\b(?=[^|]*\b(?:clumps|bald|"
                            r"patch|patches|handfuls|bled|bleed\w*|until|till)\b)",
          clause=_ACCIDENT + r"(?![^|]*" + _ON_PURPOSE + r")|\b(?:sunburn|mosquito|eczema|gardening|chopping wood|new shoes|"
                                                          r"hiking|rowing|guitar|climbing|bouldering|hairbrush|"
                                                          r"knots|tangles|conditioner|dye)\b"),
)


# -- speed: a rule is tried only on a clause holding its key words ------------------------------------------
# Each rule lists the words it cannot match without: alternatives separated by ";", each a set of groups joined
# by "&" (the clause must hold a word of every group); a trailing "*" means "a word starting with". An ordinary
# entry then costs a set lookup per word. `test_key_words_never_hide_a_match` checks, on every labelled
# sentence, that this gate changes no answer.
_VIOLENT_KEYS = _VIOLENT[3:-1].replace("|", " ")
_WHO = "he she they " + _RELATION[3:-1].replace("|", " ")
_DRUG_KEYS = _DRUG.replace("|", " ")
_FEAR = "scared afraid frightened terrified petrified fearful fear fearing feared worried dread dreading"
_KEYS: dict[str, str] = {
    "suicide-word": "suicid* kms unalive*",
    "kill-myself": "myself life & kill killing killed kills end ending ended take taking took hang hanging hanged "
                   "drown drowning shoot shooting poison poisoning off offing",
    "end-it": "end ending ended finish finishing & it everything things",
    "want-to-die": "die dead exist existing alive here disappear gone & want wants wanted wanting wanna wish wished "
                   "ready deserve deserved going hoping hope longing long need needed",
    "rather-dead": "than & rather prefer better",
    "death-wish": "think thinking thought thoughts fantasi* dream* daydream* obsess* picturing picture imagining "
                  "imagine & dying death funeral grave suicide dead existing being killing ending disappearing "
                  "waking jumping rope pills overdosing my",
    "my-funeral": "funeral gravestone headstone obituary eulogy coffin",
    "death-relief": "death dying dead existing here alive waking ending killing suicide & would will feels seems "
                    "is sounds could",
    "no-will-to-live": "dont didnt longer not & want wanna wish feel",
    "not-worth-living": "deserve hate hated tired sick exhausted weary worth stop stopped quit want nothing done "
                        "finished",
    "no-point": "point reason use purpose why & living going carrying alive here existing live stay keep trying it all "
                "this anything life "
                "me waking",
    "life-pointless": "pointless meaningless point hopeless worth unbearable",
    "better-off": "better",
    "fine-without-me": "without & would d will could might",
    "absence-relief": "if when once & died die gone disappeared disappear dead existing exist here around alive them "
                      "it lives picture world "
                      "woke myself ended away sleep",
    "nobody-miss": "miss notice care",
    "wish-dead": "wish wished wishing hope hoped hoping pray praying prayed sleep asleep",
    "disappear-for-good": "forever good permanently once leave black dark face back never not & disappear vanish "
                          "disappearing vanishing going bed down "
                          "gone go away stop leave world earth life black dark sleep asleep face fade turn",
    "not-around-long": "longer myself only name last case good",
    "burden": "burden waste",
    "cant-stay-safe": "safe",
    "goodbye": "goodbye bye farewell suicide letters notes messages goodbyes last",
    "giving-away": "need needing using things stuff belongings possessions",
    "plan": "plan planned planning decided figured worked know knows through",
    "pills": "took take taken taking swallowed swallow swallowing downed necked & pills tablets meds medication "
             "medicine painkillers paracetamol sleeping antidepressants ibuprofen aspirin overdose ; overdose "
             "overdoses overdosed overdosing od odd",
    "stockpile": _DRUG_KEYS,
    "method-research": "how lethal painless painlessly quickest easiest best quick ways bleed bleeding which what "
                       "googled searched looked researched researching searching googling reading looking noose & "
                       "lethal fatal deadly kill die dying enough overdose take dose doses amount combination go "
                       "end myself painlessly bleed drown suffocate hang dangerous bridge bridges cliff cliffs "
                       "building buildings car parks storey storeys methods ways noose tie breathing blood pills tablets",
    "means-nearby": "rope pills tablets blades razor belt gun noose paracetamol painkillers medication meds",
    "heights-and-traffic": "bridge roof building balcony cliff train trains tracks bus car truck lorry traffic tree "
                           "wall river sea lake canal oncoming platform window ledge motorway highway freeway road "
                           "edge water railway rails cars storey overpass flyover viaduct tower floor park garage & jump jumping jumped step stepping stepped walk walking "
                           "drive driving drove swerve swerving steer steering crash crashing throw throwing fall "
                           "falling let lean leaning",
    "at-the-edge": "edge bridge roof cliff ledge balcony railway tracks easy",
    "self-harm-word": "self selfharm* selfinjur* sh cutter",
    "hurt-myself": "myself " + _SELF_BODY[3:-1].replace("|", " ") + " & " + _SELF_VERB[3:-1].replace("|", " "),
    "cutting": "cut cutting cuts burn burning burned burnt harm harming hurt sh scratch",
    "to-myself": "myself & something",
    "cut-marks": "cuts slashes burns scratches scars marks cut burned burnt scratched slashed carved hurt",
    "hide-marks": "hide hid hiding hidden cover covered covering conceal concealed concealing sleeves jumper hoodie "
                  "bracelet bracelets plasters plaster scarf makeup make foundation lied told tell",
    "blade-to-skin": "razor blade knife lighter scissors compass glass match matches cigarette iron & my",
    "blades": "blade blades razor razors sharpener",
    "pain-wish": "hurt blood pain bleed bled bleeds bleeding bruised punish",
    "relapse": "relapsed relapse slipped clean free without day week month & cut cutting burn burning self harm "
               "hurt sh blade cutting harming hurting burning days weeks months years",
    "urge-resisted": "urge urges temptation craving impulse resisted fought fighting resisting rode sat surfed "
                     "instead rather ice snapped",
    "violence-to-me": _VIOLENT_KEYS + " & " + _WHO,
    "violence-passive": _VIOLENT_KEYS + " beaten attacked assaulted raped strangled choked mugged jumped stabbed "
                        "abused battered & i we kids son daughter",
    "grabbed-held": "grabbed grabs grabbing held holds holding pinned pins pinning pulled pulls yanked yanks "
                    "dragged drags twisted twists squeezed squeezes slammed slams threw throws throwing flung tossed "
                    "pushed pushes shoved forced knocked bent choked smashed smashes banged bangs sat kneeled "
                    "knelt & " + _WHO,
    "grabbed-body": "grabbed grabs squeezed squeezes pulled pulls yanked twisted slammed smashed banged punched hit "
                    "choked pinched held & " + _WHO,
    "hands-on-neck": "neck throat face mouth chest pillow",
    "thrown-at-me": "threw throws throwing hurled hurls flung lobbed chucked smashed swung & at towards into ; came "
                    "went lunged charged ran & with ; tried try tries trying & me ; spat ; punched hit kicked smashed "
                    "slammed banged & head face",
    "sexual-violence": "raped rape raping sexually sexual molested molesting forced forces forcing pressures touches "
                       "touching "
                       "pressured coerced coerces makes made touched stop",
    "threat": "threatened threatens threatening swore swears promised promises warned said says told keeps "
              "screamed shouted texted & kill hurt hit beat stab shoot strangle choke burn harm break smash end "
              "destroy drown bury rid make come find finish take",
    "threat-modal": "kill hurt hit beat stab shoot strangle choke burn harm drown rape attack after find & " + _WHO,
    "threatened": "threatened threatens threatening death threat threats",
    "take-me-with-him": "take taking & with",
    "threat-if-leave": "if & said says told tells threatened threatens warned warns texted screamed shouted saying swore "
                       "swears",
    "threat-if-i": "if & kill hurt find come make beat hit get take end ; dead regret sorry pay body disappear "
                   "bury next ; with & in & it",
    "weapon": "knife gun blade weapon scissors bat hammer bottle",
    "afraid-of-person": _FEAR,
    "afraid-what-hell-do": _FEAR,
    "afraid-he-will": _FEAR + " convinced sure think thought & " + _WHO,
    "afraid-to-go-home": "home flat house apartment place",
    "afraid-near": _FEAR,
    "fear-for-life": _FEAR + " thought",
    "not-safe": "safe unsafe",
    "controlled": "locked locks locking let allowed",
    "means-taken": "took takes taken hid hides hidden keeps kept smashed broke destroyed confiscated stole snatched "
                   "; so & cant couldnt cannot not wouldnt",
    "stalked": "stalking following followed watching tracking turning showing turned showed waiting waited "
               "hanging sitting parked stalks stalked & " + _WHO + " ; photo photos picture pictures video find "
               "found finds finding ; tracks tracking tracked monitors monitoring checks checking reads reading went "
               "goes & violent hurt hit kill regret threat threatened threatens scared afraid punish angry rage "
               "screams shouts else",
    "hiding-from": "from because away & him her them " + _RELATION[3:-1].replace("|", " ") + " ; until till & he "
                   "she they",
    "broke-in": "broke breaks broken kicked kicks smashed forced & " + _WHO,
    "lock-door": "lock locked locking wedge sleep",
    "violent-person": "violent physical abusive rough handsy domestic abusing abuses abused",
    "if-i-died": "if when once after & died die dead myself here around gone exist existing woke ended life "
                  "disappeared stopped never took",
    "my-things": "who which & stuff things belongings possessions cat dog pets savings room clothes books",
    "last-goodbye": "goodbye bye farewell",
    "nothing-left": "nothing up not",
    "keep-alive": "alive living breathing here longer",
    "method-how": "how & themselves yourself himself herself oneself myself lives life",
    "edge-almost": "almost nearly close & bridge cliff edge tracks platform ledge roof balcony railway river motorway",
    "better-off-forgetting": "better",
    "without-cutting": "without no not & cutting harming hurting burning scratching ; urge urges craving cravings",
    "make-it-bleed": "bleed bruise burn sting hurt & make made making deserve",
    "threatened-to-harm": "threatened threatens threatening threaten",
    "then-it-was-me": _VIOLENT_KEYS + " & was its s",
    "intimidation": "punches punched punching kicks kicked kicking smashes smashed smashing throws threw throwing "
                    "breaks broke breaking hits hit & " + _WHO,
    "youre-next": "next",
    "fear-going-back": _FEAR + " anxious & flat house apartment place home room bedroom",
    "night-visits": "room bed bedroom stop",
    "hide-weapons": "knives knife gun guns weapon weapons sharp razors",
    "held-under": "under underwater water pillow",
    "money-control": "cards card money wages salary benefits passport passports documents pay earnings beg",
    "followed": "follows watches tracks stalks monitors checks texts calls rings",
    "scared-for-kids": "kids children son daughter baby boys girls & " + _FEAR + " anxious",
    "violence-to-them": _VIOLENT_KEYS + " & them him her",
    "weapon-shown": "gun knife rifle pistol shotgun machete",
    "death-and-wish": "dying die death dead gone existing exist wake asleep end ending myself suicide here around "
                      "alive life everything & easier simpler simplest easiest kinder kindest rest peaceful sounds "
                      "want wanted wanting wanna wish wishing hope hoping ready peace plan planning planned only "
                      "answer relief relieved longing long crave craving tempting tempted decided deciding welcome appealing "
                      "attractive inviting nice good "
                      "looking wait way ways how calm comfort* accept* idea romantici* fantasi*",
    "harm-with-intent": _HARM_VERB[3:-1].replace("|", " ") + " & myself my",
    "harm-again": _HARM_VERB[3:-1].replace("|", " ") + " & myself my",
    "carved-into-skin": "carved carve carving etched etching scratched scratching burned burnt cut & my",
    "it-was-me": "me myself & was did",
    "person-hurts-body": "stamped stamps stomped stomps headlocked headlocks squeezing squeezed bending bent broke "
                         "breaks twisted twisting pinched scratched clawed trampled whacked whacks kneed restrained "
                         "tied gagged cornered trapped shook shakes shaking rammed injured slashed jabbed elbowed "
                         "scalded burned burnt sat knelt stood hit hits hitting punched punches kicked kicks kicking "
                         "slapped slaps smacked choked chokes choking strangled shoved pushed grabbed dragged beat bruises bruised broken "
                         "beats beating bit bites threw throws slammed slams & " + _WHO,
    "chased-with": "chased chases chasing came comes went & " + _WHO,
    "wish-more": "see sure asleep end stop over point accident forever good permanently last peace",
    "wont-miss": "miss notice care mourn",
    "if-anything-happens": "happens happened happen",
    "means-staring": "rifle gun shotgun pistol firearm pills tablets rope blade blades razor noose knife knives "
                     "cabinet bleach",
    "danger-home": "danger where stuck trapped sleep stay stand wait kneel",
    "regret-if-leave": "regret sorry pay wish & if",
    "if-no-waking": "wake & if",
    "how-id-do-it": "do & how when where",
    "enough-to-die": "enough fatal deadly lethal",
    "lied-safe": "lied & safe ; asked asks asking question & lied lying lie honest true truth pretended but",
    "means-dwelling": "pills tablets rope blade blades razor gun knife noose painkillers",
    "no-future": "energy strength will reason reasons motivation future",
    "hope-it-crashes": "hope hopes hoping wish wishes pray prays praying & crashes crash down sky hits kills takes",
    "ways-to-die": "ways look",
    "better-life-without-me": "without",
    "done-with-everything": "done finished day",
    "research-overdose": "researching researched googling googled searching searched reading read looking looked",
    "fresh-scars": "scars cuts marks burns scratches wounds",
    "tool-on-skin": "compass razor blade scissors lighter knife sharpener glass pin needle",
    "nails-in": "nails fingernails",
    "havent-harmed-in": "havent haven have not didnt",
    "people-who-would-hurt": "who & people friends someone guys mates guy man",
    "watch-your-back": "back address location photos nudes number",
    "weapon-thrown": "knife knives bottle chair hammer brick plate plates pan glass mug scissors",
    "cover-story": "told tell telling said & fell walked tripped bumped slipped hit ran",
    "both-die": "both kill",
    "threat-if-anything": "if & " + _BASE_VIOLENCE[3:-1].replace("|", " ").replace("(?:me ", "").replace(") over", ""),
    "has-weapon": "gun knife rifle pistol shotgun weapon",
    "hiding-from-far": "from",
    "already-gone": "already official",
    "done-it-already": "done",
    "wont-make-it": "make",
    "into-the-water": "sea river lake ocean water canal waves & walked walking waded wading went swam swimming",
    "nobody-would-notice": "notice care miss realise realize & nobody no noone none one",
    "back-to-cutting": "cutting harming burning hurting scratching",
    "head-on-wall": "head & wall walls floor door desk mirror tiles",
    "picking-scabs": "scabs scab wounds cuts",
    "turns-up": "turned turns turning showed shows showing wherever banging pounding kicking hammering",
    "last-one-who-left": "happened happens happen",
    "held-to-my-neck": "held holds pressed presses put puts & throat neck head face chest stomach",
    "tied-up": "tied ties tying chained chains handcuffed taped strapped bound",
    "giving-away-quietly": "giving gave given give remember",
    "reasons-to-die": "reason reasons way escape option choice nothing",
    "something-stupid": "something",
    "note-left": "note letter letters notes",
    "hide-blade": "razor razors blade blades sharpener knife",
    "fear-back-home": "back & scared afraid frightened terrified petrified dreading dread",
    "sent-threats": "threats threatening",
    "chokehold": "headlock chokehold choke sleeper stranglehold strangle arm armlock",
    "until-blacked-out": "blacked passed breathe stars limp consciousness & until",
    "lock-myself-in": "lock locked locking locks & myself",
    "thrown-down": "shoved pushed threw knocked slammed dragged kicked flung pinned forced & me",
    "unsure-to-stay": "around here alive & want wanna",
    "height-to-jump": "jump jumping",
    "goodbye-quietly": "goodbye goodbyes",
    "doing-a-favour": "favour favor",
    "crash-relief": "if & crashed crash hit drowned fell didnt never",
    "tonight-the-night": "night day & tonight today weekend tomorrow",
    "ligature": "neck throat head & belt rope cord scarf tie ligature cable charger lead bag",
    "feel-like-dying": "dying",
    "not-safe-really": "safe",
    "thinking-of-cutting": "cutting self harming hurting burning blade razor",
    "sleeves-because": "sleeves jumper jumpers hoodie hoodies cardigan",
    "burn-us-in-it": "burn fire torch",
    "image-threat": "nudes naked photos pictures videos tape images",
    "wall-by-my-head": "head face & punched kicked smashed hit slammed fist threw throws thrown hurled flung lobbed "
                       "chucked swung",
    "wont-give-back": "back & give hand",
    "hid-while-he": "hid hide hiding hidden",
    "beats-me-up": "beat beats beating beaten batters battered roughs roughed",
    "rather-not-be": "rather why",
    "before-i-go": "before & writing wrote write",
    "how-high": "how & high tall deep far long",
    "grieve-then-better": "better & grieve grieving cry crying sad miss mourn",
    "step-in-front": "step walk jump throw drive swerve & d would could might",
    "pills-laid-out": "pills tablets meds paracetamol painkillers",
    "enough-of-life": "enough through",
    "affairs-in-order": "affairs loose",
    "looking-forward-to-death": "forward",
    "do-it-when": "do & when while after once",
    "so-i-cut": "cut burned burnt harmed hurt",
    "woke-to-him": "strangling choking hitting punching kicking beating hurting smothering attacking raping touching "
                   "top",
    "wont-live-to-see": "live & see",
    "sorry-i-woke": "woke survived through still & disappointed upset annoyed gutted angry sad sorry",
    "imagined-death-by": "out me off & taking take hitting running killing kill finishing crushing",
    "no-barriers": "barriers fences railings nets barrier fence railing",
    "pretending-to-live": "pretending up",
    "idea-appeals": "idea thought prospect & existing here alive dying death ending disappearing waking",
    "new-cuts": "new fresh more & cuts burns scars marks scratches",
    "what-i-might-do": "do trust",
    "not-wanting-to-live": "wanting & wake live here alive exist go carry keep",
    "ways-to-do-it": "do & ways how",
    "saving-them": "saving hoarding stockpiling keeping collecting storing",
    "voices-command": "voice voices",
    "better-dead": "dead hit killed over cancer shot stabbed terminal fatal incurable deadly",
    "will-to-live": "will desire reason wish only just goodbye",
    "hour-on-the-bridge": "bridge roof cliff edge tracks ledge railway river & spent sat stood waited stayed",
    "cutting-secretly": "cutting harming hurting burning",
    "hands-on-me": "hand hands finger",
    "go-too-far": "far snap control lose hurt",
    "partner-suicide-threat": "himself herself themselves",
    "weapon-by-bed": "knife knives bat spray hammer weapon screwdriver crowbar",
    "fear-him-doing": _FEAR + " & hurting hitting killing beating finding coming attacking harming taking snapping "
                      "strangling choking",
    "end-up-in-a-ditch": "end & up",
    "and-hits-me": _VIOLENT_KEYS + " & and then but",
    "lighter-to-me": "lighter cigarette iron knife blade flame match",
    "drove-at-me": "drove driving drives reversed accelerated swerved wheel ; tried try tries trying threatened "
                   "threatens & crash drive run swerve",
    "hope-not-survive": "survive through come wake out & hope hopes hoping wish wishes pray prays praying",
    "peaceful-to-stop": "be & peaceful easier nice good relief restful quiet",
    "no-future-alive": "alive here around living & future myself world version",
    "letters-sealed": "letters notes cards",
    "inner-command": "yourself kys die end jump dead do cut & head brain mind thoughts voice voices inside",
    "pills-and-drink": "vodka wine whisky whiskey gin alcohol booze & pills tablets meds painkillers paracetamol",
    "not-alive-for": "alive here around live make living born breathing earth world",
    "letting-go-over": "letting let leaning falling jumping tipping stepping",
    "skin-open": "open deep",
    "lock-kids-in": "lock locked locking locks",
    "put-me-in-hospital": "hospital ground wheelchair coffin box grave morgue",
    "all-planned": "planned wake",
    "staring-at-the-drop": "line tracks railway drop below & looked looking stared staring gazed gazing",
    "out-of-my-misery": "misery",
    "insurance-money": "insurance",
    "gone-by-christmas": "christmas birthday year summer spring easter weekend week month",
    "cant-stop-myself": "stop & myself",
    "not-needed-alive": "need still",
    "before-i-go-pets": "go & before",
    "gave-myself-marks": "gave & myself",
    "cuts-on-arms": "cuts burns scratches scars & new fresh more",
    "acid": "acid",
    "driving-past": "past outside by near round around opposite across end top bottom front behind & driving drives "
                    "drove walking walks parked parks parking sitting sits waiting standing lurking hanging watching",
    "came-with-weapon": "knife gun bat machete hammer weapon crowbar",
    "never-leave-alive": "alive",
    "tracked": "found find finding discovered noticed spotted there put puts putting installed installs installing hid "
               "hidden planted stuck taped sewn sewed slipped tracker gps airtag air tile spyware stalkerware spy camera "
               "tracking ; knows know",
    "checks-on-me": "checks checked checking tracks tracked tracking monitors monitored monitoring reads read reading "
                    "goes went going looks looked demands demanded wants & " + _WHO,
    "followed-home": "follows followed following follow trails trailed tailed tails tailing & " + _WHO,
    "ex-waiting": "ex",
    "barricade": "barricade* ; chair chairs chest drawers dresser wardrobe bookcase bookshelf desk table bed sofa couch "
                 "furniture suitcase cabinet & door doors handle",
    "ready-to-flee": "case so sleep* & run get escape flee away leave him her them he she they fast quick",
    "locks-because": "lock locks locked locking bolt bolted bolts chain deadbolt latch windows curtains blinds "
                     "peephole doors check* & because case so keep since as",
    "note-to-be-found": "note notes letter letters envelope envelopes",
    "affairs-sorted": "will funeral homes home passwords password who so",
    "wont-need-again": "gave given giving give sold selling cancelled cancel cancelling returned handed passed "
                       "unsubscribed stopped",
    "food-as-punishment": "deserve let allow get skip* starv* eating eaten eat refus* without food only made make making",
    "live-or-die": "whether if & care caring mind bothered fussed live",
    "switch-off-for-good": "permanently forever good ever once off down again anymore any",
    "decision-made": "decided decision mind",
    "plan-ready": "plan pick picked choose chosen decide decided set setting working worked picking chose part",
    "means-cabinet": "cabinet cupboard box kit drawer enough",
    "trains-past": "trains train express freight tracks rails crossing line",
    "staying-under": "under up",
    "threat-consequence": "said says saying told tells telling warned warns threatened threatens threatening texted texts "
                          "screamed shouted swore swears promised reminds reminded made",
    "research-lethality": "googl* search* looked look looking research* read asked & whether if how what",
    "drafted-goodbyes": "drafts ready scheduled sent timed",
    "punched-on-purpose": "wall walls mirror door window glass brick tiles & punch* hit hitting smash* bang* slam* kick*",
    "to-scare-me": "scare frighten terrify intimidate punish",
    "hospital-because": "did done ; lied & how",
    "safer-than-home": "safer",
    "past-attempt": "tried attempted ; attempt attempts",
    "engine-running": "engine exhaust hose hosepipe fumes",
    "my-body-found": "body corpse dead finding",
    "stop-being": "being be out",
    "money-controlled": "money wages salary pay benefits bank cards finances benefit pin allowance",
    "says-watching": "watching following tracking outside nearby eye",
    "found-which-town": "which what ; refuge shelter safe",
    "watched-on-camera": "me & watch watches watched watching camera cameras spy cams cam device recorder",
    "end-up-hurt": "end ended get got & hurt hit bruised injured hospital bruises black beaten ; next & waiting wait "
                   "dreading dread ; flinch flinched flinching cower cowered cowering",
    "not-see-tomorrow": "sure so & see make live wake get",
    "tying-things-up": "tying tie tied wrapping wrap wrapped ; saying & everyone ; really secretly actually quietly",
    "sorry-for-existing": "sorry",
    "waiting-to-die": "waiting",
    "almost-did-it": "almost nearly close & it",
    "never-found": "found trace find",
    "wanted-it-to-hurt": "purpose deliberately hurt deserved deserve",
    "knows-where-family": "where & knows know found",
    "pet-hurt": "show warning ; cat dog puppy kitten rabbit pet pets hamster",
    "forced-way-in": "way",
    "protection-order": "orders order injunction",
    "never-open-eyes": "eyes wake woke see",
    "told-to-go": "telling tells told saying says",
    "lingering-at-water": "looking staring gazing",
    "youll-pay": "pay sorry regret",
    "cornered": "corners cornered cornering blocks blocked blocking traps trapped pins pinned",
    "reads-my-journal": "journal diary notebook notes",
    "sleep-where-safe": "sleep* & because since as so",
    "discredited": "told tells telling tell locked sectioned put",
    "no-ignored": "no",
    "asking-where-i-live": "where",
    "phone-handed-over": "phone",
    "left-stranded": "out stranded",
    "stopped-calling": "phone ; me & calling ringing texting contacting seeing",
    "escape-bag": "bag suitcase documents passport money cash",
    "if-not-heard-from": "hear heard",
    "done-fighting": "fighting fight ; convince persuade talk & myself",
    "hold-on-longer": "long longer",
    "means-in-hand": "bottle packet box blade rope pills tablets knife & before until when",
    "burden-tired": "burden",
    "not-your-fault": "fault ; sorry & everything",
    "cant-promise-safe": "safe",
    "rip-my-skin": "rip tear peel claw scratch scrub cut burn",
    "top-of-the-car-park": "top",
    "spat-in-my-food": "spits spat spitting pisses pissed urinates urinated",
    "punished-by-him": "punishes punished punishing punish punishment",
    "left-to-frighten": "dead threatening nasty anonymous tyres tires brick bricks",
    "if-then-do-it": "if & do end through kill",
    "waits-till-alone": "waits waited waiting wait & until till for",
    "left-on-the-floor": "floor ground heap bleeding black covered hospital unconscious curled",
    "cover-up": "told tell telling said say saying explained pretended lied blamed",
    "terrified-he-hears": "terrified petrified frozen",
    "until-it-marks": "until till ; hair eyelashes lashes eyebrows",
    "injury-from-person": "bruise bruises bruised marks black cuts burns scratches bite split broken & from where "
                          "; told tell telling said & fell walked tripped bumped slipped ; but really & was",
}

RULES: tuple[Rule, ...] = (_SUICIDE_RULES + _SELF_HARM_RULES + _DANGER_RULES + _MORE_RULES + _NEAR_RULES
                           + _ROUND4_RULES + _ROUND5_RULES + _ROUND6_RULES + _ROUND7_RULES + _ROUND8_RULES
                           + _ROUND9_RULES + _ROUND10_RULES + _ROUND11_RULES + _ROUND12_RULES
                           + _ROUND13_RULES)
# first group's word -> (rule index, the other groups)
_INDEX: dict[str, list[tuple[int, tuple[frozenset[str], ...]]]] = {}
for _index, _rule_ in enumerate(RULES):
    for _alternative in _KEYS[_rule_.name].split(";"):
        _first, *_rest = (frozenset(group.split()) for group in _alternative.split("&"))
        for _word in _first:
            _INDEX.setdefault(_word, []).append((_index, tuple(_rest)))
_PREFIXES = re.compile(r"\b(" + "|".join(sorted({w[:-1] for w in " ".join(_KEYS.values()).replace(";", " ").replace(
    "&", " ").split() if w.endswith("*")}, key=len, reverse=True)) + ")")


def _candidates(clause: str) -> list[int]:
    """The indexes of the rules whose key words are in the clause, in rule order."""
    tokens = set(clause.split())
    tokens.update(m.group(1) + "*" for m in _PREFIXES.finditer(clause))
    found: set[int] = set()
    for token in tokens:
        for index, rest in _INDEX.get(token, ()):
            if index not in found and all(not group.isdisjoint(tokens) for group in rest):
                found.add(index)
    return sorted(found)


def _fires(rule: Rule, clause: str, m: re.Match[str]) -> bool:
    lead, rest = clause[:m.start()], clause[m.end():]
    if rule.unless_before is not None and rule.unless_before.search(lead):
        return False
    if rule.unless_after is not None and rule.unless_after.search(rest):
        return False
    if rule.unless_clause is not None and rule.unless_clause.search(clause):
        return False
    if rule.negatable:
        head = m.start("head") if "head" in rule.pattern.groupindex and m.group("head") else m.start()
        if _NEGATION.search(clause[:head]) and not _BUT_WANTED.search(rest):
            return False
        if _ASKED.search(lead) and _DENIED_AFTER.search(rest) and not _LIED.search(rest):
            return False
    return True


def _rule_fires(rule: Rule, clause: str) -> bool:
    return any(_fires(rule, clause, m) for m in rule.pattern.finditer(clause))


# a settled past: "I used to cut at school; it's been twelve years and I'm proud of how I look after myself now" -
# told as history and as over, with nothing that brings it back ("again", "lately", "the urge", "want to")
_PAST = re.compile(r" (?:used to|years ago|when i was (?:a |\w+ )?(?:teen\w*|kid|child|\d+|at school|younger|little)|as a "
                   r"(?:teen\w*|kid|child|student)|at school|in my (?:teens|twenties)|(?:it s|its|it has) been \w+ "
                   r"(?:years|year)|(?:havent|have not|hasnt|not) \w+(?: \w+)? (?:in|for) (?:\w+ )?(?:years|year)) ")
_SAFE_NOW = re.compile(r" (?:these days|proud|glad|grateful|recovered|healed|behind me|safe now|doing (?:well|better|"
                       r"great|ok|okay|fine)|(?:i m|im|i am|i feel|feel|i ve been|ive been) (?:safe|okay|ok|fine|"
                       r"good|happy|better|well)|my own (?:flat|place|home|house)) ")
_BACK = re.compile(r" (?:again|relaps\w*|back to|started|start|starting|no longer|not anymore|any more|anymore|"
                   r"used to (?:be|feel) (?:safe|happy|okay|ok|fine|good)|tonight|today i (?:did|cut|hurt)|this week|lately|"
                   r"recently|urge\w*|want to|wanted to|wanting|tempt\w*|miss (?:it|doing)|still|thinking about) ")


def _settled_past(sentence: str) -> bool:
    """Whether a sentence (folded words, padded with spaces) tells of self-harm, a plan or danger as history that
    is over: a past marker and a safe-now marker, and nothing that brings it back."""
    return bool(_PAST.search(sentence) and _SAFE_NOW.search(sentence) and not _BACK.search(sentence))


def _unsettled(folded: str) -> str:
    """The folded text without its sentences of a settled past, for the rules and the model: a sentence with a past
    marker whose safe-now marker is in it or in the sentence after ("I used to self-harm as a teenager. It's been
    eleven years and I'm proud of who I am now."), with nothing in either that brings it back."""
    if not _PAST.search(" " + _NOT_WORD.sub(" ", folded) + " "):
        return folded
    parts = _SENTENCE.split(folded)
    padded = [" " + _NOT_WORD.sub(" ", p) + " " for p in parts] + [" "]
    drop: set[int] = set()
    for i, sentence in enumerate(padded[:-1]):
        if _PAST.search(sentence):
            pair = sentence + padded[i + 1]
            if _settled_past(sentence):
                drop.add(i)
            elif _SAFE_NOW.search(pair) and not _BACK.search(pair):
                drop.update((i, i + 1))
    return "\n".join(p for i, p in enumerate(parts) if i not in drop)


# the learned layer is not asked about a sentence about a film, a book or the news, a joke, play, or a day at work
# (a paramedic's call, a nurse's patients)
_MODEL_VETO = re.compile("|".join((_MEDIA, _JOKE, _PLAY, _AT_WORK)))


Unit = tuple[set[str], tuple[int, ...]]  # a sentence's or a window's features, and the indexes of its sentences


def _model_units(folded: str) -> tuple[list[tuple[list[str], set[str]]], list[Unit]]:
    """What the learned layer weighs: each sentence, and each sentence joined with the one after it (an idea often
    runs over two: "Wrote letters tonight. Goodbye ones."). Returns the sentences (words, features) and the units
    (features, the sentences they are made of). A window's features are the union of its sentences' (as in
    training, where a labelled line's features are the union over its sentences). Sentences about media, jokes,
    play or a day at work are left out, and so are the windows they would join; sentences that tell of a settled
    past are taken out before (`_unsettled`, before the rules look too)."""
    known: safety_cue_model.Known = {}
    sentences: list[tuple[list[str], set[str]]] = []
    units: list[Unit] = []
    joinable = False
    for words in _sentences(folded):
        if _MODEL_VETO.search(" " + " ".join(words) + " "):
            joinable = False
            continue
        found = safety_cue_model.features(words, known)
        index = len(sentences)
        sentences.append((words, found))
        units.append((found, (index,)))
        if joinable:
            units.append((sentences[index - 1][1] | found, (index - 1, index)))
        joinable = True
    return sentences, units


def _tier(sentence: tuple[list[str], set[str]]) -> int:
    """Which threshold applies to a sentence: 2 when it names a risk concept the gate knows
    (`safety_cue_model.at_risk`), 1 when it names only risk families (`safety_cue_model.soft_risk`: "he keeps my
    phone and my card"), 0 for anything else. A window takes the higher of its sentences' tiers."""
    words, found = sentence
    return 2 if safety_cue_model.at_risk(words) else int(safety_cue_model.soft_risk(found))


Scores = tuple[float, float, float]


def model_score(text: str, model: safety_cue_model.Model | None = None) -> Scores:
    """The learned layer's highest probability over the text's sentences and two-sentence windows in each tier
    (`_tier`): those that name a risk concept, those that name only risk families, and the others (sentences about
    media, jokes or play are left out: 0.0 when none is left). `model` defaults to the saved one;
    `model.shows(*model_score(text, model))` is its answer."""
    model = model or safety_cue_model.load()
    sentences, units = _model_units(_unsettled(fold(text)))
    tiers = [_tier(sentence) for sentence in sentences]
    best = [0.0, 0.0, 0.0]
    for found, members in units:
        tier = max(tiers[i] for i in members)
        best[2 - tier] = max(best[2 - tier], model.probability(found))
    return best[0], best[1], best[2]


def _model_decides(folded: str) -> str | None:
    """"model:<reasons>" for the first sentence or window (media, jokes and play left out) at or above its tier's
    threshold: the one for sentences that name a risk concept, a higher one for those that name only risk families,
    and the highest (1.0: never) for the others (ordinary hard moments - going over what I said, guilt, an argument
    - name none). The same answer as `model.shows(*model_score(...))`. The gate's large expression is only asked
    about a sentence whose unit already scores at or above the lowest threshold."""
    model = safety_cue_model.load()
    thresholds = (model.plain_threshold, model.soft_threshold, model.threshold)
    lowest = min(thresholds)
    sentences, units = _model_units(folded)
    tiers: dict[int, int] = {}
    for found, members in units:
        p = model.probability(found)
        if p < lowest:
            continue
        for i in members:
            if i not in tiers:
                tiers[i] = _tier(sentences[i])
        if p >= thresholds[max(tiers[i] for i in members)]:
            return "model:" + ",".join(model.reasons(found))
    return None


def rule_matches(text: str, *, gate: bool = True) -> list[str]:
    """The names of the rules that fire on `text`, in rule order. `gate=False` tries every rule on every clause
    (slow; the tests compare the two)."""
    return _rule_matches(_unsettled(fold(text)), gate=gate)


def _rule_matches(folded: str, *, gate: bool = True) -> list[str]:
    fired: set[int] = set()
    for clause in _clauses(folded):
        for index in _candidates(clause) if gate else range(len(RULES)):
            if index not in fired and _rule_fires(RULES[index], clause):
                fired.add(index)
    return [RULES[i].name for i in sorted(fired)]


def matches(text: str, *, gate: bool = True) -> list[str]:
    """Why the cue shows (for tests, tuning and the reasons; the app asks `shows_cue`): the names of the rules
    that fire, or when none does and the learned layer decides, one name "model:<its strongest features>"."""
    folded = _unsettled(fold(text))
    names = _rule_matches(folded, gate=gate)
    if not names and (decided := _model_decides(folded)):
        names.append(decided)
    return names


def shows_cue(text: str) -> bool:
    """Whether the guidance panel should put the crisis page first for this text: a rule fires, or failing that
    the learned layer's probability for one sentence reaches its threshold."""
    folded = _unsettled(fold(text))
    if any(_rule_fires(RULES[i], clause) for clause in _clauses(folded) for i in _candidates(clause)):
        return True
    return _model_decides(folded) is not None
