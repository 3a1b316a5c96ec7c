"""The gentle safety cue (issue 18, item 4): do an entry's words suggest self-harm, suicide, or being in danger
from someone? If so, the guidance panel puts the crisis page first with one calm line. Qt-free, and pure: it
reads the text it is given and returns an answer. Nothing is stored, flagged, logged or counted anywhere.

How it decides. The text is folded (NFKC, accents dropped, lower case, apostrophes removed: "don't" = "dont")
and cut into clauses at sentence ends, semicolons and line breaks. Each rule is a regular expression over
whole words with three guards:
- `not_after`: a negative look-ahead in the pattern itself for the idioms that share the words ("cut myself
  a slice", "killing myself to finish", "beat me at chess", "it hit me that");
- `before`: an exclusion tested on the words just before the match ("accidentally cut myself", "the film
  had a suicide scene");
- negation: for rules marked `negatable`, a "not / never / no longer / don't" within the three words before
  the rule's head word turns the match off ("I'm not suicidal", "I would never hurt myself").
Borderline choices (what is in, what is out, and why) are written down in tests/services/safety_cue_cases.txt.
It is a cue, not a judgement: it can miss, and it can show when it need not; either way the page it points to
is always one click away in the panel. The measured numbers are in the cases file and the
closing report: on the labelled set the rules were written from they meet the targets; on sentences written
after the rules were frozen, recall has been far lower. Word rules find the common phrasings, not every one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

CUE_LINE = "If you are thinking about hurting yourself, or you are not safe with someone, help is there now."

_APOSTROPHES = "'\u2019\u2018\u02bc\u0060\u00b4"
_CONTRACTION = re.compile(r"([a-z])[" + _APOSTROPHES + r"](ll|d|s|re|ve)\b")
_CLAUSE = re.compile(r"[.!?;\n\r\u2026]+")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower case, accents and apostrophes dropped, compatibility forms unified (fullwidth letters, ligatures)."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _CONTRACTION.sub(r"\1 \2", text)  # he'll = he ll, she'd = she d, he's = he s
    for a in _APOSTROPHES:
        text = text.replace(a, "")
    return text


def clauses(text: str) -> list[str]:
    """The folded text cut at sentence ends, each clause as single-spaced words padded with spaces."""
    out = []
    for part in _CLAUSE.split(fold(text)):
        words = _NOT_WORD.sub(" ", part).strip()
        if words:
            out.append(f" {words} ")
    return out


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    before: re.Pattern | None = None  # tested on the clause up to the match; a hit means "not this"
    negatable: bool = False  # a negation just before the head word (group "head", else the match) turns it off


def _rule(name: str, pattern: str, before: str | None = None, negatable: bool = False) -> Rule:
    return Rule(name, re.compile(pattern), re.compile(before + r"\s*$") if before else None, negatable)


_NEGATION = re.compile(
    r"\b(not|never|no longer|dont|didnt|doesnt|wont|wouldnt|isnt|wasnt|arent|havent|hasnt|nor|neither|no)"
    r"(\s+\w+){0,3}\s*$"
)

# who can be a danger to the writer (a person, not "it" or "the news")
_PERSON = (r"(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|ex husband|ex wife|"
           r"ex partner|fiance|fiancee|dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|brother|"
           r"sister|son|daughter|flatmate|roommate|uncle|landlord))")
_MODAL = r"(?:ll|d|will|would|could|might|is going to|was going to|s going to|gonna|threatened to|threatens to|" \
         r"threatening to|swore to|swore hed|promised to|wants to|tried to|said (?:he|she|they) d)"
_SOON = r"(?:\s+\w+){0,2}"  # up to two words in between ("he just hit me", "she has actually slapped me")
_MEDIA = r"\b(?:film|movie|show|series|episode|book|novel|play|song|documentary|podcast|article|news|game|" \
         r"character|lecture|class|course|training|awareness|prevention|statistics|research|study)\b.*"

# someone else as the subject ("my friend attempted suicide")
_OTHERS = (r"\b(?:friend|brother|sister|mum|mom|dad|father|mother|cousin|uncle|aunt|he|she|they|someone|somebody|"
           r"colleague|son|daughter|partner|husband|wife|boyfriend|girlfriend|patient|man|woman|boy|girl|student)"
           r"(?: \w+){0,2}")

_SELF_VERBS = {
    # verb forms: the idioms that follow them and are not harm
    "kill": (r"kill|killing|killed", r"(?:for|over|to|trying|laughing|at|with work|on)\b"),
    "end": (r"end|ending|ended", r"(?:with|of|$)"),
    "hang": (r"hang|hanging|hanged", r"(?:up|out|on|back|in there)\b"),
    "drown": (r"drown|drowning|drowned", r"(?:in (?:work|paperwork|emails|chores|tasks|sorrows))\b"),
    "shoot": (r"shoot|shooting|shot", r"(?:in the foot)\b"),
    "poison": (r"poison|poisoning|poisoned", r"(?:with (?:bad )?food)\b"),
    "stab": (r"stab|stabbing|stabbed", r"(?:with a fork|in the back)\b"),
    "strangle": (r"strangle|strangling|strangled", r"$^"),
    "starve": (r"starve|starving|starved", r"(?:before|until dinner|for dinner)\b"),
    "overdose": (r"overdose|overdosing|overdosed", r"(?:on (?:coffee|caffeine|sugar|chocolate|tv|netflix))\b"),
    "cut": (r"cut|cutting", r"(?:a|an|some|off|out|loose|short|shaving|on|in the kitchen|while|by accident|"
                             r"accidentally|slack|free|down|back|up)\b"),
    "burn": (r"burn|burning|burned|burnt", r"(?:on|in the sun|cooking|with the (?:iron|kettle|pan|oven|stove|"
                                            r"tea|coffee|soup)|out|while|taking|at work|making)\b"),
    "hurt": (r"hurt|hurting", r"(?:at|in|playing|running|lifting|on (?:the|a|an|my|some)|while|doing|skiing|falling|badly at|trying|"
                              r"at the gym|at work|when i (?:fell|tripped|slipped|crashed))\b"),
    "harm": (r"harm|harming|harmed", r"$^"),
    "hit": (r"hit|hitting|punch|punching|punched", r"(?:on|with the|against the|in the head with the|by accident)\b"),
}

RULES: tuple[Rule, ...] = (
    # -- suicide and wanting to die --------------------------------------------------------------------------
    _rule("suicidal", r"\b(?P<head>suicidal)\b", negatable=True),
    _rule("suicide-self", r"\b(?P<head>(?:think|thinking|thought|thoughts|considering|considered|consider|plan|"
                          r"planning|planned|attempt|attempted|attempting|tried|try|urge|urges) (?:about |of |at )?"
                          r"(?:committing )?suicide)\b", before=_MEDIA + "|" + _OTHERS, negatable=True),
    _rule("suicide-note", r"\bsuicide (?:note|letter|plan|attempt|thoughts)\b", before=_MEDIA),
    _rule("kill-self", r"\b(?P<head>" + "|".join(
        rf"(?:{forms}) myself(?! (?:{idioms}))" for forms, idioms in _SELF_VERBS.values()
    ) + r")", before=r"\b(?:accidentally|nearly|almost|by accident|never|not|dont|wont|wouldnt|didnt)(?:\s+\w+){0,1}",
          negatable=True),
    _rule("self-harm", r"\b(?P<head>self (?:harm|harmed|harming|injury|injured|injuring|injure|destruct|destructive "
                       r"urges|mutilation))\b(?! (?:awareness|prevention|training|course|workshop|service|team|policy|"
                       r"research|statistics|leaflet|charity|scene))", before=_MEDIA),
    _rule("end-life", r"\b(?P<head>(?:end|ending|ended|take|taking|took) (?:my|my own) life|end it all|"
                      r"ending it all|end everything)\b", negatable=True),
    _rule("want-to-die", r"\b(?P<head>(?:want|wants|wanted|wanting|wanna|wish|wished|going|ready|deserve|deserved) (?:to )?"
                         r"(?:die|be dead|not exist|stop existing|disappear forever|disappear for good)"
                         r"(?! (?:of|from|laughing|when|if you|before|in (?:a|the)|(?:my|your|his|her|its|it|them|the) "
                         r"(?:hair|roots|fringe|beard|clothes|shirt|jeans|wool|fabric)|it|them)\b)\b)",
          negatable=True),
    _rule("dont-want-to-live", r"\bdont (?:want|wanna|really want) to (?:live|be alive|exist|be here|wake up|go on|"
                               r"keep going|be around)(?: (?:anymore|any more|any longer|at all|on this earth|in this "
                               r"world|tomorrow|ever again)| like this anymore)\b"),
    _rule("dont-want-to-live-alone", r"\bdont (?:want|wanna) to (?:live|be alive|exist|wake up)\s*$"),
    _rule("wish-dead", r"\b(?:wish|wished|wishing) i (?:was|were|could be|had been) (?:dead|gone for good|never born|"
                       r"not alive|not here anymore|not here)\b|\bwish i (?:wasnt|werent) (?:here|alive|around)\b|\bwish i (?:had )?never (?:been born|existed|woken up)\b|"
                       r"\bwish i (?:could )?(?:just )?(?:disappear|vanish|sleep forever|not wake up|stop existing)"
                       r"(?! (?:into|to|for (?:a|the)|on (?:a|an)|somewhere|with|under|from this (?:meeting|party))\b)\b"),
    _rule("better-off", r"\bbetter off (?:without me|dead|if i (?:was|were|wasnt|werent|was not|didnt exist|"
                        r"disappeared|died|was gone|were gone|wasnt here|wasnt around))\b"),
    _rule("nobody-miss", r"\b(?:nobody|no one|noone) (?:would|will|is going to|d) (?:even )?(?:miss me|notice if i|"
                         r"care if i (?:died|was gone|were gone|disappeared))\b|\bwouldnt even notice if i "
                         r"(?:was|were|died|disappeared) gone\b|\bwouldnt (?:even )?notice if i (?:died|disappeared|"
                         r"was gone|were gone)\b"),
    _rule("no-reason", r"\b(?P<head>no (?:reason|point) (?:in |to )?(?:living|to live|being alive|going on|to go on|"
                       r"to keep going|in going on|in being here)|nothing (?:left )?to live for|not worth living|"
                       r"isnt worth living|tired of (?:living|being alive|existing)|done with (?:living|life|being "
                       r"alive)|what s the point of (?:living|being alive|going on|me being here))\b"),
    _rule("burden", r"\b(?:(?:just|such|only|a) )(?:a )?burden (?:to|on) (?:everyone|everybody|my family|"
                    r"the people i love|all of them|them all)\b|\bim (?:just |only )?(?:a|such a) burden\b"),
    _rule("not-wake-up", r"\b(?:hope|hoped|hoping|wish|wished|pray|prayed) i (?:dont|never|wouldnt|didnt|wont) wake "
                         r"up(?! (?:late|early|before|at|with|when|in time|to|hungover|tired|sick|on time|with a)\b)\b"),
    _rule("sleep-forever", r"\b(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up\b|\bsleep forever\b"),
    _rule("method", r"\b(?:thought|thinking|think|thoughts|wanted|want|urge|urges|tempted|planning|planned|"
                    r"imagined|imagining) (?:about |of |to |on )?(?:jumping|jump|stepping|step|walking|walk|driving|"
                    r"drive|swerving|swerve) (?:off|from|in front of|into|onto) (?:a |the |my car |)?(?:bridge|roof|"
                    r"building|balcony|cliff|train|tracks|bus|car|truck|lorry|traffic|tree|wall|river|sea|lake|"
                    r"oncoming|platform|window|ledge)\b"),
    _rule("method-research", r"\b(?:how many|enough) (?:pills|tablets|paracetamol|sleeping pills|painkillers) "
                             r"(?:it would take|would it take|would kill|to die|to not wake up|would be enough)\b|"
                             r"\b(?:painless|quickest|easiest) ways? to (?:die|go|end it)\b|\bways to (?:die|kill "
                             r"myself|end it)\b|\b(?:saving|stockpiling|hoarding|collecting) (?:up )?(?:my |the )?"
                             r"(?:pills|tablets|meds|medication|painkillers)\b"),
    _rule("pills", r"\b(?:took|take|taken|taking|swallowed|swallow|swallowing) (?:way )?(?:too many|more|a handful of|"
                   r"a fistful of|all (?:of )?(?:my|the)|the whole|a whole|double|triple|loads of|lots of) "
                   r"(?:my |the )?(?:box |bottle |packet |pack |strip |sheet )?(?:of )?(?:my )?(?:pills|tablets|"
                   r"meds|medication|medicine|painkillers|paracetamol|sleeping pills|antidepressants)"
                   r"(?! (?:for|by|because i forgot|at once by)\b)\b"),
    _rule("cutting", r"\b(?:been|was|started|start|keep|kept|am|im|stop|stopped|relapsed|urge to|urges to|need to|"
                     r"needed to|want to|wanted to|tempted to|almost|nearly) (?:cutting|cut) (?:again|my (?:arms?|"
                     r"wrists?|legs?|thighs?|skin|stomach|hips?))\b|\bcutting again\b(?! (?:on|back|down|the|my "
                     r"hair|jobs|costs|corners)\b)|\b(?:i )?cut again\b(?! (?:on|back|down|the)\b)|\bcut (?:my|into my) "
                     r"(?:arms?|wrists?|thighs?|skin|stomach|hips?)\b|\burges? to cut\b|\b(?:fresh|new) cuts\b|"
                     r"\b(?:the )?(?:blade|razor) (?:again|to my skin|on my (?:arm|wrist|leg|skin))\b|\bslit my "
                     r"wrists?\b", before=r"\b(?:accidentally|by accident|barber|hairdresser|she|he)"),
    _rule("hide-marks", r"\bhide (?:my|the) (?:cuts|scars|marks|bruises|burns)\b|\b(?:long sleeves|a scarf|make ?up) "
                        r"(?:to|so (?:no one|nobody) (?:can|could|would)) (?:hide|see|notice) (?:the|my) (?:cuts|"
                        r"scars|marks|bruises)\b"),
    # round 2 (after holdout 1): broader forms of the same ideas
    _rule("absence-better", r"^(?=.*\b(?:care|cares|cared|notice|noticed|miss|missed|happier|better|easier|relieved|"
                            r"relief|matter|mind|lighter|solve|solved|fix|fixed|problems|everyone|everybody)\b).*?\b(?:if|when|once) i (?:just |simply |finally )?"
                            r"(?:stopped existing|stop existing|disappeared|was gone|were gone|am gone|m gone|died|"
                            r"was dead|were dead|wasnt (?:here|around|alive)|werent (?:here|around|alive)|didnt exist|"
                            r"never woke up|killed myself|ended it)\b(?! (?:for (?:a|the)|from (?:the|this)|on (?:a|"
                            r"the)|at)\b)"),
    _rule("method-thought", r"\b(?:thought|thinking|think|imagined|imagining|imagine|tempted|wanted|want|urge|urges|"
                            r"could just|considered|considering|pictured|picturing)\b(?: \w+){0,4} (?:jump|jumping|"
                            r"step|stepping|walk|walking|drive|driving|swerve|swerving|steer|steering|crash|crashing|"
                            r"throw myself|throwing myself|put it|putting it|drove|driving it|drive it)(?: \w+){0,2} "
                            r"(?:off|from|in front of|into|onto|under) (?:\w+ ){0,2}(?:bridge|roof|building|balcony|"
                            r"cliff|train|tracks|bus|car|truck|lorry|traffic|tree|wall|river|sea|lake|canal|"
                            r"oncoming|platform|window|ledge|motorway|highway)\b"),
    _rule("no-point", r"\b(?:no|dont see (?:the|any)|cant see (?:the|any)|do not see (?:the|any)|lost (?:the|any)|"
                      r"is there (?:a|any)|there s no|theres no) point (?:in |of )?(?:living|going on|carrying on|being "
                      r"alive|being here|me being here|life|staying alive|waking up|existing)\b"),
    _rule("tools", r"\b(?:razor ?blades?|blades|sharpener blades?)\b(?=.*\b(?:again|hidden|hide|hid|hiding|secret|my "
                   r"(?:bag|drawer|room|pocket|sock|box)|back out|got out|kept)\b)(?!.*\b(?:shaving|shave|kitchen|"
                   r"mower|blender|skates?)\b)"),
    _rule("marks", r"\b(?:wrists?|thighs?)\b.*\b(?:cut|cuts|cutting|burned|burnt|burns|scratched|scars?)\b|\b(?:cut|"
                   r"cuts|cutting|scars?|burns)\b.*\b(?:wrists?|thighs?)\b|\bwhere i (?:cut|burned|burnt|hurt) "
                   r"(?:myself|them|it)\b", before=r"\b(?:fell|tripped|slipped|accident|accidentally|watch|bracelet|"
                   r"surgery|operation|doctor|nurse)\b.*"),
    _rule("stockpile", r"\b(?:pills|tablets|paracetamol|painkillers|meds|medication|sleeping pills)\b.*\bso i (?:d|"
                       r"would|ll|will|can|could) have enough\b|\benough (?:pills|tablets|paracetamol|painkillers|meds|"
                       r"medication|sleeping pills) (?:to (?:die|end it|not wake up|do it)|saved|stored|hidden)\b"),
    _rule("plan", r"\b(?:plan|planned|planning|worked out|decided|figured out|thought about|thinking about|know) (?:for "
                  r")?(?:how|when|where) (?:i|im|i d) (?:would |ll |could |will |am going to |m going to |d )?"
                  r"(?:do it|end it|go through with it|kill myself|die)\b|\bgo through with it\b(?=.*\b(?:this "
                  r"time|tonight|end|die|pills|bridge)\b)"),
    # round 3 (after holdout 2): more of the indirect ways of saying the same
    _rule("stop-alive", r"\b(?:stop|stopped|quit|quitting) (?:being|staying) alive\b|\b(?:tired|sick|exhausted|worn out|"
                        r"weary) of (?:fighting|trying|struggling|working) (?:so hard )?(?:to )?(?:stay alive|keep living|"
                        r"live|keep going|go on|survive)\b|\bcant keep (?:living|going on|existing) like this\b|"
                        r"\bwant(?:ed)? out (?:for good|forever|of (?:life|this life|living|everything|existence))\b|"
                        r"\b(?:wont|will not|not going to|dont think i ll|dont think i will) be (?:around|here|alive) "
                        r"(?:much|for much|very|a lot|for very) longer\b"),
    _rule("way-out", r"\b(?:pills|tablets|meds|medication|rope|bridge|blades?)\b.*\b(?:a|my|the|one) way out\b|"
                     r"\b(?:a|my|the|one) way out\b.*\b(?:pills|tablets|meds|medication|rope|bridge|blades?|for good|"
                     r"forever|of (?:life|living|everything))\b"),
    _rule("to-myself", r"\b(?:do|doing|did|done) something (?:stupid |bad |terrible |drastic )?(?:to|with) myself\b|"
                       r"\b(?:scratch|scratched|scratching|cut|cutting|burn|burned|burnt|burning|bang|banged|banging|"
                       r"hit|hitting|pinch|pinched|pinching|bite|bit|biting|pull|pulled|pulling)\w* (?:my|myself|at my)"
                       r"\b.*\buntil (?:it|they|i|my \w+) (?:bled|bleed|bleeds|was bleeding|were bleeding|bruised|"
                       r"blistered)\b"),
    _rule("funeral-search", r"\bplanning my (?:own )?funeral\b|\b(?:googled|searched|looked up|researched|reading "
                            r"about|read about)\b.*\b(?:(?:tallest|highest) (?:bridges?|buildings?|cliffs?)|lethal "
                            r"doses?|how to (?:die|hang myself|overdose|kill myself|end it))\b|\blethal dose\b"),
    # round 4 (after holdout 3): ideas rather than phrases - my death with wanting or relief in one clause
    _rule("death-wish", r"^(?=.*\b(?:i|me|my|myself|im|ive|id)\b)(?=.*\b(?:want|wanted|wish|wished|wishing|hope|"
                        r"hoped|hoping|pray|prayed|picturing|pictured|imagine|imagining|fantasi[sz]e|fantasi[sz]ing|"
                        r"relieved|relief|peaceful|calm|longing|long for|ready|decided|easier|better off|only way|"
                        r"nothing matters)\b)(?=.*\b(?:my (?:own )?(?:death|grave|gravestone|funeral|coffin|"
                        r"obituary)|my name on (?:a|the|my) (?:gravestone|headstone|grave)|me (?:being )?dead|(?:im|i am|i was|i "
                        r"were) dead|being dead|not waking up|never waking "
                        r"up|dying in my sleep|die in my sleep|no longer alive|killing myself|ending it all|end it "
                        r"all|my last (?:day|night|week))\b)"),
    _rule("only-thing", r"\bthe only (?:thing|reason|one|person|ones) (?:stopping|keeping|holding) me (?:from|alive|here|"
                        r"back|going|around)?\b|\bthe only (?:thing|reason) (?:im|i am) still (?:here|alive|"
                        r"around)\b|\bthe only thing stopping me\b"),
    _rule("not-for-long", r"\b(?:wont|not going to|will not|dont think i ll|dont think i will|wont be) be (?:a (?:problem|"
                          r"burden|bother|worry)|around|here|alive|in (?:anyone s|your|their) way)\b.*\blonger\b|"
                          r"\bdone for good\b|\bin case (?:im|i am) not (?:here|around|alive)\b|\bin case (?:i|something) "
                          r"(?:dont|doesnt|don t) make it\b"),
    _rule("wish-harm", r"\b(?:wish|wished|hope|hoped|hoping|pray|prayed)\b.*\b(?:car|bus|train|truck|lorry|someone|"
                       r"something|plane|lightning)\b.*\b(?:would|could|will|d)? ?(?:hit|kill|run over|crash into|"
                       r"take) me\b|\b(?:wish|hope|hoping) i (?:get|got|d get|would get|could get) (?:hit|killed|run "
                       r"over|cancer|sick and die)\b"),
    _rule("self-injury", r"\b(?:bit|bite|biting|scratched|scratch|scratching|pinched|pinch|pinching|burned|burnt|"
                         r"punched|punching|hit|hitting|banged|banging|slapped|slapping|cut|cutting|hurt|hurting|"
                         r"clawed|clawing|picked|picking) (?:at )?(?:my|myself)(?: own)? ?(?:arms?|legs?|wrists?|"
                         r"thighs?|skin|head|face|stomach|hands?|chest|hips?)?\b.*\b(?:marks|bled|bleed|bleeding|"
                         r"bruised|bruises|on purpose|to feel|so i (?:could|would) feel|punish|gets too much|got too "
                         r"much|cant cope|could not cope|couldnt cope|the panic|the pain out)\b",
          before=r"\b(?:fell|tripped|slipped|accident|accidentally|door|cupboard|code|bug|problem)\b.*"),
    # -- danger from someone ---------------------------------------------------------------------------------
    _rule("was-hit", rf"\b{_PERSON}{_SOON} (?P<head>hit|hits|hitting|slapped|slaps|punched|punches|kicked|kicks|choked|"
                     r"chokes|strangled|strangles|shoved|shoves|beat|beats|beating|battered|smacked|smacks|bit|"
                     r"headbutted|threw (?:something|a \w+|things) at|raped|rapes|molested|molests|sexually "
                     r"assaulted|assaulted|assaults|attacked|attacks|abused|abuses|abusing|hurts|burned|burnt|"
                     r"strangled|suffocated|pinned|dragged|spat on) me"
                     r"(?! (?:up|out|to (?:it|the)|along|(?:to|into) (?:a|an|my|his|her|their|this|that|some|see|watch|meet)|at|in (?:a|the) (?:game|race|match|argument)|by|off|back to|"
                     r"with (?:a|the|his|her|their) (?:question|news|idea|joke|request|surprise|bill|story|truth))\b)\b",
          before=r"\b(?:it|that|this|reality|realisation|realization|the news|the truth|it suddenly|it finally|"
                 r"nobody|no one|never|not)", negatable=True),
    _rule("pushed", rf"\b{_PERSON}{_SOON} (?:pushed|pushes|shoved|threw|grabbed|grabs) me (?:down|against|into|over|"
                    r"onto|to the (?:ground|floor)|so hard|hard|by the (?:throat|neck|hair|arm|wrist))\b"),
    _rule("hands-on-neck", r"\b(?:hands?|arm|fingers) (?:were |was )?(?:around|round|on) my (?:neck|throat)\b|\bby the (?:throat|"
                           r"neck)\b"),
    _rule("threat", rf"\b{_PERSON}{_SOON} {_MODAL}{_SOON} (?:(?P<head>hurt|hit|beat|strangle|choke|stab|shoot|"
                    r"burn) (?:me|us|the kids|my kids|the children|the baby)|(?P<kill>kill|end) (?:me|us|the kids|my "
                    r"kids|the children|the baby)(?! (?:when|once|for|after|if)\b))\b", negatable=True),
    _rule("threat-if", r"\b(?:kill|hurt|hit|beat|find) me if i (?:ever )?(?:leave|left|go|went|tell|told|call|called|"
                       r"try|tried|talk|talked|report|reported|see|saw|run|ran|move|moved|hide|hid)\b"),
    _rule("threatened", r"\b(?:threatened|threatens|threatening) (?:me|to (?:hurt|kill|hit|beat|stab|shoot|burn|take "
                        r"the kids|take my kids|take the children|take the baby|harm)|my life)\b"),
    _rule("weapon", r"\b(?:knife|gun|blade|weapon) (?:to|at|against) my (?:throat|head|neck|chest|face)\b|"
                    r"\b(?:waved|pointed|held|pulled|came at me with|holding) (?:a|the|his|her) (?:knife|gun) (?:at|to|"
                    r"on) me\b|\bcame at me with (?:a|the) (?:knife|gun|bottle|bat|hammer)\b"),
    _rule("afraid-home", r"\b(?:scared|afraid|frightened|terrified|dread|dreading|too scared) (?:to go|of going|to "
                         r"get|of getting) (?:back )?home\b|\b(?:scared|afraid|frightened|terrified) to (?:be|stay) "
                         r"(?:at home |alone )?(?:with|around) (?:him|her|them|my (?:partner|husband|wife|boyfriend|"
                         r"girlfriend|dad|father|stepdad|ex))\b"),
    _rule("afraid-of-person", r"\b(?P<head>(?:scared|afraid|frightened|terrified) (?:of )?(?:him|my (?:partner|husband|"
                              r"wife|boyfriend|girlfriend|ex|dad|father|stepdad|stepfather)))\b(?! (?:leaving|going|"
                              r"losing|finding out|not|being (?:sad|upset|disappointed|let down)|breaking|getting "
                              r"bored|meeting|judging|thinking|seeing|reading|noticing|changing|moving|cheating)\b)",
          negatable=True),
    _rule("afraid-what-do", r"\b(?P<head>(?:scared|afraid|frightened|terrified|fear)) (?:of )?what (?:he|she|they) "
                            r"(?:(?:will|might|would|could|ll|d|is going to|s going to|did|does|can) do|is capable of|"
                            r"s capable of|might do to me)\b", negatable=True),
    _rule("afraid-he-will", rf"\b(?P<head>(?:scared|afraid|frightened|terrified|worried)) (?:that )?{_PERSON} "
                            r"(?:will|might|would|could|ll|d|is going to|s going to) (?:hurt|hit|kill|find me|beat|"
                            r"come back for me|take the kids|strangle|choke)\b", negatable=True),
    _rule("fear-for-life", r"\b(?:fear|feared|fearing|afraid|scared) for my (?:life|safety)\b|\bthought (?:he|she|they) "
                           r"(?:was|were) going to kill me\b|\bthought i was going to die\b(?=.*\b(?:he|she|they)\b)"),
    _rule("not-safe", r"\b(?P<head>(?:not|never|dont feel|dont|no longer|isnt|arent|wasnt) (?:feel )?(?:safe|safe "
                      r"anymore)) (?:at home|in my (?:own )?(?:home|house|flat|apartment|bed)|with (?:him|her|them|my "
                      r"(?:partner|husband|wife|boyfriend|girlfriend|dad|father|stepdad|ex))|around (?:him|her|them)|"
                      r"when (?:he|she) drinks|when (?:he|she)s drunk|when (?:he|she) is drunk|here with|(?:going|to go|coming|"
                      r"being) (?:back )?home)\b|"
                      r"\bunsafe (?:at home|with (?:him|her|them))\b|\bim not safe\s*$"),
    _rule("controlled", rf"\b{_PERSON}{_SOON} (?:locked|locks|locking) me (?:in|inside|up)\b|\b{_PERSON}{_SOON} "
                        r"(?:wont|doesnt|wouldnt|didnt) let me (?:leave|go out|out of the house|see my (?:friends|"
                        r"family)|have my (?:phone|keys|passport))\b|\btook my (?:phone|keys|passport|car keys)(?: and (?:my )?(?:phone|keys|"
                        r"passport|car keys|wallet|cards))? "
                        r"(?:away )?so (?:that )?i (?:couldnt|cant|could not|wouldnt) (?:leave|call|get out|go)\b"),
    _rule("hiding", rf"\b(?:hiding|hid|hide|hidden) from {_PERSON.replace('he|she|they|', 'him|her|them|')}\b|"
                    r"\bhid (?:in|under) (?:the|my) (?:bathroom|bedroom|closet|wardrobe|car|bed)\b(?=.*\b(?:until|"
                    r"from|so|because) (?:he|she|they)\b)|\blocked myself in (?:the )?(?:bathroom|bedroom|room|car)\b"
                    r"(?=.*\b(?:he|she|they|him|her)\b)"),
    _rule("stalked", rf"\b{_PERSON}{_SOON} (?:is |keeps |kept |has been |been |was )?(?:stalking|following|followed) "
                     r"me (?:home|everywhere|to work|around|again)\b|\bstalking me\b|\bbeing stalked\b"),
    _rule("intimidation", rf"\b{_PERSON}{_SOON} (?:smashed|smashes|broke|breaks|punched|punches|kicked|kicks|threw|"
                          r"throws|destroyed|destroys) (?:in )?(?:my|the|a|our) (?:phone|door|wall|window|plates|glass|"
                          r"things|stuff|laptop|belongings|furniture|walls|doors|cups)\b(?! (?:by accident|"
                          r"accidentally|open|when (?:he|she|they) (?:slipped|tripped|fell))\b)"),
    _rule("threat-body", r"\bfind (?:my|your) body\b|\b(?:bury|dump) (?:me|you)\b|\bnext time it (?:ll|will|would|d) "
                         r"be (?:my|your) (?:face|head|neck)\b|\bor else (?:he|she|they) (?:ll|will|would|d)\b"),
    _rule("run-from", rf"\b(?:run|running|ran|escape|escaping|escaped|flee|fleeing|fled) (?:away )?from "
                      rf"{_PERSON.replace('he|she|they|', 'him|her|them|')}\b"),
    _rule("afraid-near", r"\b(?:scared|afraid|frightened|terrified) (?:to be|of being) (?:in the same (?:house|room|flat|"
                         r"home|place|bed) as|near|alone with|around|at home with|home with|left alone with) (?:him|"
                         r"her|them|my (?:partner|husband|wife|boyfriend|girlfriend|dad|father|stepdad|stepfather|mum|"
                         r"mom|mother|ex|brother|uncle))\b"),
    _rule("showing-up", rf"\b{_PERSON}{_SOON} (?:keeps|kept|has been|been|is|was|still) (?:showing|turning|shows|turns) "
                        r"up (?:at|outside) my (?:flat|house|home|work|door|job|place|school|parents)\b|\b(?:blocked|"
                        r"reported) (?:him|her|them)\b.*\b(?:still|keeps|kept)\b.*\b(?:messag|text|call|show|turn|"
                        r"follow|find)\w*"),
    _rule("held-down", rf"\b{_PERSON}{_SOON} (?:grabbed|pulled|yanked|twisted|squeezed|grabs|pulls) my (?:hair|throat|"
                       r"neck|wrists?|arms?|face|jaw)\b|\b(?:dragged|held|pinned|pushed|forced) me (?:down|across|along|"
                       r"through|by the (?:throat|neck|hair|arms?|wrists?)|to the (?:floor|ground|bed)|against)\b|\bbruises?\b.*\bwhere (?:he|"
                       r"she|they) (?:held|grabbed|hit|squeezed|kicked|punched|pinched|bit|had)\b"),
    _rule("thrown", rf"\b{_PERSON}{_SOON} (?:throws|threw|throwing|tossed|flung|slammed|slams) me (?:around|across|"
                    r"against|into|down|onto|to the (?:floor|ground))\b"),
    _rule("arson-threat", rf"\b{_PERSON}{_SOON} (?:{_MODAL}|threatened to|threatens to|said (?:he|she|they) (?:would|d|"
                          r"ll)) (?:burn|set fire to) (?:the|my|our) (?:house|flat|home|car|place)\b|\bwith me in it\b"),
    _rule("past-harm-fear", r"^(?=.*\b(?:scared|afraid|frightened|terrified|fear|dread)\b).*\bwhat (?:he|she|they) "
                            r"(?:did|has done|had done) (?:last time|the last time|before|to me|when i)\b"),
    _rule("watched", r"\b(?:photo|photos|picture|pictures|video) of (?:my|our) (?:front door|door|house|flat|window|"
                     r"car|building|street|work)\b|\b(?:find|found|finds) out where (?:i|im) (?:m|am|live|work|staying|living|hiding|m staying|"
                     r"am staying|m living|am living|m hiding)\b"),
    _rule("forced", rf"\b{_PERSON}{_SOON} (?:forced|forces|made|makes|pressured) me (?:to )?(?:have sex|sleep with|do "
                    r"sexual|into sex)\b|\bforced (?:himself|herself|themselves) on me\b"),
)


def matches(text: str) -> list[str]:
    """The names of the rules that fire on `text` (for tests and tuning; the app only asks `shows_cue`)."""
    fired: list[str] = []
    for clause in clauses(text):
        for rule in RULES:
            for m in rule.pattern.finditer(clause):
                start = m.start("head") if "head" in rule.pattern.groupindex and m.group("head") else m.start()
                lead = clause[:m.start()]
                if rule.before is not None and rule.before.search(lead):
                    continue
                if rule.negatable and _NEGATION.search(clause[:start]):
                    continue
                fired.append(rule.name)
                break
    return fired


def shows_cue(text: str) -> bool:
    """Whether the guidance panel should put the crisis page first for this text."""
    return bool(matches(text))
