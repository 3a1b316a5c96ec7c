"""The learned layer of the gentle safety cue (issue 18, item 4): a small regularised logistic regression over the
words of one sentence, for the indirect phrasings the word rules in `safety_cue` miss (plans and preparations,
goodbye letters, giving things away, "if I just didn't wake up", a rope in the garage, pills kept "for that").

Pure Python, no dependencies, deterministic. A sentence (already folded by `safety_cue`: lower case, accents and
apostrophes gone, single spaces) becomes a set of features:
- `w:` word stems (not of the commonest function words) and `b:` pairs of neighbouring stems; `x:` the first
  five letters of a long word (misspellings, slang endings); `n:` a risk family negated within three words;
- `c:` concepts from a small word-family lexicon (`_CONCEPTS`: means and places, finality and preparations,
  absence from the future, a wish, harm to the body, a person, violence, fear, negation, media and accident
  words), and `p:` pairs of concepts found in the same sentence (a means and the writer, finality and the
  writer, a person and violence), which carry the idea to words the labelled sentences never used.
The weights are trained offline by bench/train_safety_cue.py from the labelled files tests/services/
safety_cue_*.txt and, as ordinary sentences that should not show it, everyday journal text (tests/services/
safety_cue_everyday.txt) and the app's own guidance and help articles (`fit`), saved as resources/
safety_cue_model.json, and read once, on first use (`load`). Nothing is written, logged or kept about the text.
The gate (`at_risk`): the model shows the cue for a sentence that names a risk concept at `threshold`; for one
that names two risk families (`soft_risk`) at `soft_threshold`; for any other sentence only at `plain_threshold`
(1.0, never, as trained now).
"""

from __future__ import annotations

import json
import math
import random
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

MODEL_RESOURCE = "safety_cue_model.json"

# word families: each word (or two-word phrase, "_" for the space) names one concept
_FAMILIES = {
    "SELF": "i im ive id ill me my myself mine",
    "METHOD": (
        "rope ropes noose belt ligature cord pills pill tablets tablet paracetamol painkillers painkiller "
        "overdose overdosing overdosed od prescription prescriptions bottles bottle meds medication medications "
        "stockpile stockpiling stockpiled stash stashed hoard hoarding hoarded insulin sleeping_pills "
        "bridge bridges ledge cliff cliffs edge roof rooftop balcony drop height heights jump jumping "
        "train trains tracks railway platform motorway traffic lorry bus river sea lake water drown drowning "
        "blade blades razor razors knife knives scissors glass gun guns shotgun bullet rifle bleach poison "
        "cabinet medicine_cabinet bathroom_cabinet morphine codeine tramadol diazepam zopiclone sertraline "
        "citalopram amitriptyline under_the staying_under stay_under bath "
        "antifreeze hang hanging hanged hook beam garage exhaust hose carbon_monoxide fumes lethal dose "
        "means method methods ways_to"
    ),
    "FINALITY": (
        "goodbye goodbyes farewell letter letters note notes my_will a_will plan plans planned planning "
        "give_away giving_away gave_away given_away rehome rehomed rehoming affairs in_order arrangements "
        "insurance funeral final forever one_last passwords decided decision my_mind my_decision who_gets "
        "prepared preparations everything_sorted countdown"
    ),
    "ABSENCE": (
        "gone not_here wont_be not_be not_around without_me better_off no_longer wake_up woke_up never_wake "
        "disappear disappeared vanish exist existing burden after_im when_im miss_me around_much "
        "anymore any_more much_longer still_here still_alive stop_existing not_wake wasnt_here"
    ),
    "DEATH": (
        "die dying died dead death deaths suicide suicidal kill killing killed end ending ended alive "
        "life live living grave lethal survive end_it end_things"
    ),
    "WISH": (
        "want wanted wanting wish wishing wished hope hoping hoped pray praying tempting tempted rather "
        "urge urges thinking think thought thoughts imagine imagining fantasise fantasize peaceful easier "
        "relief"
    ),
    "HARM": (
        "cut cuts cutting burn burned burnt burning scratch scratched scratching bleed bled bleeding blood "
        "scar scars wound wounds bruise bruises bruised punish punishing relapse relapsed clean self_harm "
        "harm harming hurt hurting hurts injure injury"
    ),
    "PERSON": (
        "he hes she shes they him her them partner husband wife boyfriend girlfriend bf gf ex dad father "
        "stepdad mum mom mother brother sister son flatmate roommate uncle landlord fiance"
    ),
    "VIOLENCE": (
        "hit hits hitting punch punched punches slap slapped kick kicked choke choked choking strangle "
        "strangled shove shoved push pushed grab grabbed grabbing pinned threw throw thrown threat threats "
        "threaten threatened threatening beat beating attack attacked rape raped weapon smashed dragged "
        "bruises locked cornered stalk stalking followed follows tracking"
    ),
    "FEAR": "scared afraid terrified frightened fear fears unsafe safe hide hiding shelter escape",
    "CONTROL": (
        "gps tracker trackers airtag spyware stalkerware tracking_app location barricade barricaded wedged jammed "
        "locks deadbolt bolted followed following waiting_outside parked_outside believe_me sectioned deported "
        "lose_the watching"
    ),
    "STARVE": "starve starving starved skip skipped skipping meals eat eaten eating food punishment deserve",
    # quiet danger: control of the phone, keys, money and papers, of who I see and where I go; being put out,
    # locked in or sleeping elsewhere; what is said about the kids, the pets, disbelief; the throat and breath
    "COERCE": (
        "phone fone mobile keys key money wages bank card cards account passport passports passwords password "
        "allowed aloud permission let_me lets_me ask_permission location locations share_my tracks tracked "
        "receipts penny pocket hand_over handed_over timed interrogation shifts"
    ),
    "REFUGE": (
        "sleep sleeping slept car floor step outside balcony locked_out locked_in put_me_out garden doorstep "
        "bag packed shoes coat night nights safer away"
    ),
    "HOLD": "hostage kids children baby dog cat puppy pets pet rabbit believe beleive accidents accident find_me",
    "BREATH": "throat neck breathe breathing breath air pillow chest grey gray scarf squeezed pressed",
    # quiet thoughts of not going on, and self-harm in other words
    "FADE": (
        "wake waking woke morning eyes open opened sleep asleep fade faded switch off out_of around picture "
        "funeral weight lighter free winter summer christmas future bus excuse"
    ),
    "READY": (
        "chosen day date worked_out quickest painless quiet empty collecting collected sock rope drafts homes "
        "envelope debts owe subscriptions paperwork tidying video list who_gets rehearsing rehearse hugging"
    ),
    "SLANG": (
        "sh shd relapse relapsed streak clean blade sharpener lighter sleeves plasters plaster tissues marks "
        "mark knuckles thighs thigh urges bleeds bleed kms unalive unalived ctb"
    ),
    "NEG": "not never dont didnt wont cant nothing no nobody wouldnt isnt",
    # settled past and other contexts that take the heat out of a risk word
    "PAST": "used_to years_ago when_i_was as_a at_school teenager teens years proud glad recovered now",
    "GUARD": (
        "film movie show book novel news game character documentary episode podcast series article "
        "accident accidentally cooking kitchen shaving oven joke joking lol haha kidding meme football "
        "gym workout playing played teasing laughing"
    ),
}
# The gate: the model is asked only about a sentence that names a risk concept. Ordinary hard moments (going over
# what I said, guilt, sadness, loneliness, an argument, "I wanted to disappear for a bit") name none, so however
# their words lean they never show the cue; a sentence with one ("die", "cut", "pills", "hit me", "scared of
# him") is weighed by the model, which also knows the idioms ("dying to see you", "cut my hair"). Over folded
# words (lower case, no apostrophes: "i m", "dont", "he ll"), each alternative a whole-word stem or phrase.
_ME_ = r"(?:me|my ?self|us|the kids|my kids|the children|the baby|(?:my|our) (?:son|daughter|boy|girl|kids|baby))"
_WHO_ = (r"(?:him|her|them|what (?:he|she|they) (?:ll|will|would|d|might|could|is going to|s going to|re going to) "
         r"do|my (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|father|stepdad|mum|mom|mother|brother|"
         r"sister|son|flatmate|uncle|landlord|fiance|fiancee))")
_SUBJECT_ = (r"(?:he|she|they|my (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|father|stepdad|mum|mom|"
             r"mother|brother|sister|flatmate|uncle|landlord|fiance|fiancee))")
_RISK_PARTS = (
    # death, suicide, not being here
    r"suicid\w*|kms|unaliv\w*|die|dies|dying|died|dead|death|deaths|deadly|lethal|fatal|alive|(?:kill|killing|killed|"
    r"kills|end|ending|take|taking|took) (?:my ?self|me|my (?:own )?life)|end(?:ing)? (?:it|it all|everything|things|"
    r"my life)|(?:not|never|dont|didnt|wont|stop|to not|not to) (?:be |being )?(?:here|around|alive|exist\w*|wake up|"
    r"waking up)|(?:cease|ceased|stop|stopped) (?:to )?exist\w*|(?:be|being|i m|im|i am|i was|i d be|i ll be) gone|"
    r"gone for good|(?:disappear\w*|vanish\w*|go away|sleep|asleep) (?:forever|for good|permanently|for ever)|"
    r"without me|better off|burden|misery|no (?:point|reason|use) (?:in |of |to )?(?:living|live|life|going on|"
    r"carrying on|being here|being alive|existing|me|keep|trying|staying)|not worth (?:it|living|being)|(?:live|living|"
    r"life) (?:anymore|any more|like this)|(?:cant|cannot|dont want to) (?:go|carry|keep going) on|(?:go|going|carry|"
    r"carrying) on like this|hang on|hanging on|grave|funeral|coffin|no way out|(?:a|the|only|easy|easiest) way out|"
    # preparations and goodbyes
    r"goodbye (?:letter|letters|note|notes|message|messages)|(?:letter|letters|note|notes) (?:to|for) (?:everyone|"
    r"my family|my kids|them|mum|mom|dad)|(?:wrote|written|write|writing|made|make|update\w*|sort\w*) (?:out )?(?:my|"
    r"a) will|(?:give|giving|gave|given|sold|selling) (?:away )?(?:all )?(?:of )?my (?:things|stuff|belongings|"
    r"possessions|\w+ away)|rehom\w*|(?:affairs|things|everything) in order|life insurance|"
    r"insurance (?:pays|payout|pay out|money|would)|one last|last (?:goodbye|message|"
    r"words)|"
    # means and places
    r"overdos\w*|od|pills?|tablets?|paracetamol|painkillers?|meds|medication|insulin|stockpil\w*|hoard\w*|stash\w*|"
    r"rope|noose|ligature|hang(?! (?:up|out|around|about|over|on|in)\b)|"
    r"hanging(?! (?:up|out|around|about|over|on|in)\b)|"
    r"hanged|belt|bridge|bridges|ledge|cliff|cliffs|roof|rooftop|balcony|jump|jumping|"
    r"jumped|train|trains|tracks|railway|express|traffic|motorway|oncoming|drown\w*|river|razor|razors|blade|blades|"
    r"knife|knives|gun|guns|bleach|poison\w*|exhaust|carbon monoxide|fumes|dose|how (?:long|many|"
    r"much) (?:\w+ ){0,4}(?:would (?:it )?take|would be enough|is enough|it would take)|"
    # harm to my own body
    r"self ?harm\w*|sh|(?<!paper )(?:cut|cuts|cutting)(?! (?:back|down|short|corners|ties|loose|out|off|in|up|through|"
    r"across|class|school|me off|him off|her off|them off|the cake|my hair|his hair|her hair|my fringe|it fine|"
    r"it close)\b)|cutter|carv\w*|burn|burns|burned|burnt|burning|scratch\w*|bleed\w*|bled|blood|scar|scars|scarred|"
    r"wound|wounds|bruis\w*|marks (?:on|from)|(?:hide|hiding|cover\w*) (?:the )?marks|mark on my|relaps\w*|clean|urges|"
    r"urge to (?:cut|hurt|harm|die|end|kill|jump|burn|do it)|punish\w*|starv\w*|(?:hurt|hurting|hurts|harm|harming|hit|"
    r"hitting|punch|punched|punches|punching|slap|slapped|slaps|slapping|bit|bite|biting|pinch\w*|bang\w*|smash\w*|"
    r"stab|stabs|stabbed|stabbing) (?:my ?self|my (?:\w+ )?(?:head|arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|"
    r"hand|hands|face|stomach|body))|"
    # danger from someone
    r"hit|hits|hitting|slap|slapped|slaps|slapping|punch|punched|punches|punching|kick|kicks|kicked|kicking|choke|"
    r"choked|chokes|choking|strangl\w*|throttl\w*|shove|shoved|shoves|shoving|smother\w*|suffocat\w*|beat|beats|beaten|"
    r"beating|batter\w*|smack\w*|thump\w*|assault\w*|(?<!panic )(?<!anxiety )(?<!heart )attack\w*|rap(?:e|ed|es|ing|"
    r"ist)|molest\w*|abus\w*|violen\w*|weapon\w*|threat\w*|blackmail\w*|stalk\w*|(?:push|pushed|pushes|pushing|grab|"
    r"grabbed|grabs|grabbing|pin|pinned|pins|drag\w*|shook|shakes|threw|throws|thrown|throw|hurt|hurts|"
    r"hurting|harm|harms|harmed|kill|kills|killing|killed|force\w*|forcing|lock\w*|follow\w*|"
    r"track\w*) (?:\w+ )?" + _ME_ + r"|(?:held|holds|holding) (?:\w+ )?" + _ME_ + r" (?:down|against|by|under|"
    r"back|there|hostage|captive|so tight|too tight|so hard|still)|"
    r"(?:scared|afraid|terrified|frightened|petrified|fear\w*) (?:of|"
    r"for) (?:\w+ )?" + _WHO_ + r"|(?:hide|hiding|hid|escape|escaped|get away|run away|ran away) from " + _WHO_ + r"|"
    r"(?:scared|afraid|terrified|frightened|fear) (?:for|of) (?:my|our) (?:life|lives|safety|kids|children)|(?:scared|"
    r"afraid|terrified|frightened) to (?:go home|leave|tell|say|speak|sleep)|unsafe|(?:not|dont|didnt|never|"
    r"doesnt) (?:feel |felt |feeling )?safe|safety|refuge|shelter|flee|police|(?:wont|doesnt|dont|wouldnt|didnt|"
    r"not) (?:let|allow) me (?:leave|go (?:out|anywhere|to)|see (?:my|anyone|friends|family)|have (?:my|a|any)|talk|"
    r"speak|work|call|ring|use|out|drive|sleep|eat|wear|get a job|near|keep|visit|text|contact)|not allowed|"
    r"(?:took|takes|take|taken|keeps|kept) (?:away )?my (?:keys|phone|money|passport|"
    r"car|bank card|cards|wages)|isolat\w* me|isolated from|"
    # more ways of saying the same ideas: not wanting to be here, no reason to go on, endings, plans, goodbyes
    r"(?:be|being|stay|staying|still) (?:here|around|alive)|(?:here|around) (?:anymore|any more|much longer|"
    r"for much longer|for long|at christmas|for christmas)|(?:not|never|dont|didnt|wont) (?:\w+ ){0,3}(?:wake|waking|"
    r"get) up|wake up (?:ever|again|tomorrow)|woke up at all|stay asleep|fall asleep (?:forever|and not)|exist|exists|"
    r"existing|existence|(?:never|not) (?:\w+ )?been born|been born|(?:nobody|no one|noone|not|wont|"
    r"won t) (?:\w+ )?(?:\w+ )?miss me|(?:to|for|keep|kept|stop|worth|keep on) living|to live|live for|will to live|"
    r"done (?:with )?(?:life|living|everything|it all|for good)|had enough of (?:life|living|everything|it all)|"
    r"giving up on (?:life|everything|myself)|point (?:in|of|to) (?:me|living|life|going on|carrying on|"
    r"sticking around|staying|keep\w*|being|existing|trying|even)|reason to (?:keep|live|go on|stay|carry on)|(?:life|"
    r"living|everything|existing) (?:\w+ ){0,3}(?:pointless|meaningless|hopeless|no point)|(?:it|it all|everything|"
    r"all this|all of this) (?:to )?(?:end|stop|be over)|(?:end|stop|over|black) (?:for good|forever|permanently|"
    r"for ever)|properly over|(?:make|want|wish) (?:\w+ ){0,2}(?:pain|hurting|it) (?:to )?stop|stop hurting|in pain|"
    r"want (?:it )?(?:all )?over|want out|go through with it|(?:do|did|done|doing) it (?:tonight|soon|already|by now|"
    r"when|this time|properly)|how (?:i|to) (?:would |could |d )?do it|(?:have|would have|d have) done it|(?:a|my|"
    r"the) plan (?:is|to|and|for)|(?:all )?planned (?:it )?out|planning (?:how|it|my)|ve decided|have decided|"
    r"made up my mind|goodbye|goodbyes|farewell|last (?:time|night|day) i (?:ll|will|try|see)|ready to go|before i go|"
    r"already gone|(?:stop|keep) myself|do something (?:stupid|to myself|silly)|what i (?:might|could|would) do|"
    r"(?:drive|driving|drove|swerve\w*|walk\w*|step\w*|fall\w*) (?:\w+ ){0,2}(?:into|in front of|off) (?:a|"
    r"the) (?:tree|wall|road|sea|river|lake|water|lorry|bus|train|traffic|car|edge)|crash\w* (?:the|my) car|"
    r"plane crash\w*|(?:hope|hoping|want\w*|wish\w*|imagin\w*) (?:\w+ ){0,4}(?:crash\w*|fall\w*|hit by)|railing\w*|"
    r"multi ?storey|top floor|top of the stairs|the means|ways? to (?:do it|go|die)|painless\w*|most dangerous|"
    r"make it look like an accident|rifle|shotgun|acid|lighter|cigarette|scissors|broken glass|(?:on|into|in|"
    r"across) my (?:\w+ )?(?:arm|arms|forearm|wrist|wrists|thigh|thighs|leg|legs|skin|stomach|hip|hand|hands)|"
    r"my (?:\w+ )?(?:skin|scabs?|wrists?|thighs?|arms|forearms?)|long sleeves|plasters|nails (?:in|into)|"
    # more danger from someone: the throat and face, breaking and twisting, stalking, threats, fear, hiding
    r"(?:on|over|around|round|into|against) my (?:\w+ )?(?:face|mouth|throat|neck|chest|head)|my (?:throat|neck)|"
    r"hands on me|put (?:his|her|their) hands|(?:broke|broken|break|breaks|breaking) (?:\w+ )?(?:my|me|"
    r"our) (?:\w+ )?(?:arm|arms|nose|finger|fingers|leg|legs|ribs?|jaw|wrist|hand|neck|back|phone|door|window|windows)|"
    r"(?:broke|break|breaks|breaking) (?:in|into)|smash\w*|twist\w*|squeez\w*|stamp\w* on|stomp\w*|headbutt\w*|"
    r"headlock\w*|tied|tie me|bending|hurl\w*|underwater|under the water|rough with|physical|touch\w* me|into my room|"
    r"" + _SUBJECT_ + r" (?:\w+ )?(?:showing|turning|turned|turns|shows|showed) up|driving past|drives past|outside my|"
    r"blocked (?:him|her|them)|restraining|where i (?:live|m staying|am staying|am)|my address|find me|hunt\w* (?:me|"
    r"us|them|him|her)|hunted|be sorry|regret (?:it|being born)|teach me a lesson|watch my back|make me disappear|"
    r"in hospital|ditch|what happened to the last|post my|nudes|i m next|im next|find my body|passports?|(?:stole|"
    r"steals|stolen|smashed|took|takes|hides|hid|has|keeps) (?:\w+ )?(?:my|the|our) (?:\w+ )?(?:phone|keys|money|"
    r"cards?|passports?)|so i (?:couldnt|cant|can t|could not) (?:call|leave|get out|ring)|"
    r"(?<!not in )(?<!not in any )(?<!no )(?<!not )danger\w*|(?:scared|afraid|"
    r"terrified|frightened|petrified|fear\w*) (?:\w+ ){0,3}(?:him|her|them|my (?:\w+ )?(?:partner|husband|wife|"
    r"boyfriend|girlfriend|ex|dad|father|stepdad|stepfather|mum|mom|mother|brother|uncle)|to go (?:back )?home|go back|"
    r"the same house|alone with|to (?:fall )?asleep|to sleep|at home)|(?:hide|hid|hiding|hidden) (?:in|from|under|"
    r"my (?:arms|legs|wrists|scars|cuts|marks))|(?:run|ran|running|get away) from (?:him|her|them)|in case i (?:need|"
    r"have) to (?:run|leave|get out)|lock\w* (?:the|my) (?:\w+ )?door|lock\w* myself|stop (?:him|her|them)|crisis|"
    r"(?:not|dont|didnt|never|doesnt|isnt|wasnt) (?:\w+ )?safe|(?:keep|keeping|kept) (?:myself|me|us|the kids) safe|"
    r"(?:i m|im|i am|am i|are you) safe|my life (?:to )?end|life is over|(?:of|sick of|tired of) (?:living|existing|"
    r"being alive|waking up)|never (?:\w+ )?born|self injur\w*|scald\w*|stab|stabs|stabbed|stabbing|slam\w*|(?:threw|"
    r"throws|throwing|thrown|hurl\w*|chuck\w*) (?:\w+ ){0,3}at (?:me|my|us)|(?:bit|bites|biting|bitten) me|"
    r"forc\w* (?:himself|herself)|run me over|black eye|antidepressants|(?:wasnt|werent|was not|were not|"
    r"wasn t) (?:\w+ )?(?:here|around|alive)|(?:was|were) gone|live to see|wont be needing|won t be needing|"
    r"wont need (?:them|it|my)|giving (?:\w+ ){0,4}away|(?:if|in case) (?:anything|something) (?:happens|happened|"
    r"were to happen)|(?:world|everyone|everybody|family|they) (?:\w+ ){0,3}(?:without me|need me|miss me|relieved|"
    r"better off)|(?:scared|afraid|terrified|frightened|petrified) (?:\w+ ){0,3}(?:go|going) (?:back|home)|(?:not|"
    r"never) come back|kill yourself|gravestone|headstone|survive|surviving|stopping me|keeping me (?:here|alive|"
    r"going)|much longer|front door|get my (?:stuff|things)|who should (?:get|have) (?:my|all my)|not getting out|"
    r"pull\w* (?:\w+ )?me|getting old|grow(?:ing)? old|no future|make it to|it was (?:him|her)|walked into a (?:door|"
    r"cupboard|wall)|(?:cant|can t|cannot) (?:take|do|cope with|handle|bear|stand|face) (?:it|this|any of this|life|"
    r"much more)(?: anymore| any more| much longer)?|hopeless|no hope|lost (?:all )?hope|unbearable|give up on (?:life|"
    r"everything|myself)|trapped|cornered|" + _SUBJECT_ + r" (?!(?:d|had|has|s|hadnt|hasnt) )(?:\w+ )?(?:checks|"
    r"checked|checking|reads|read|"
    r"goes through|went "
    r"through|going through|tracks|tracked|tracking|monitors|monitored) (?:all )?my|" + _SUBJECT_ +
    r" (?:ll|will|would|d|is going to|s going to|said he d|said she d|threatened to) (?:\w+ )?(?:kill|hurt|hit|destroy|"
    r"take (?:the kids|my kids|the children|the baby))|"
    # round 13 families: being tracked or barricading, notes, wills and homes for pets, food withheld as a punishment,
    # a decision made, the cabinet, staying under, threats of what happens if I talk, where it ends
    r"gps|tracker|trackers|airtag|air tag|spyware|stalkerware|tracking (?:app|device)|barricad\w*|wedged|(?:chair|"
    r"drawers|wardrobe|dresser|bookcase|sofa|furniture) (?:\w+ ){0,3}(?:against|under|in front of) (?:the|my) (?:\w+ )?"
    r"door|(?:note|notes|letter|letters) (?:\w+ ){0,6}(?:explaining|pillow|drawer|find (?:it|them)|in case)|my will|"
    r"homes? for (?:my|both my|all my|our) \w+|passwords|who gets my|deserve (?:to eat|food|to have)|(?:skip\w*|"
    r"stopp\w*|not) (?:eating|meals|food)|punishment|havent eaten|made myself sick|(?:made|make) (?:up )?my (?:mind|"
    r"decision)|my decision|decided(?! to (?:leave|quit|move|apply|buy|sell|go|take|try|start|stop|book|get|have|do|"
    r"make|change|study|switch|cancel|visit|stay|join|learn|retrain)\b)|(?:medicine|bathroom) cabinet|cabinet|"
    r"under the water|(?:stay|staying|stayed|go|"
    r"going|slip\w*|slid|sink\w*) under|come (?:back )?up|believe me|what (?:would|will|d) happen|lose the kids|lost "
    r"the kids|make sure i|report me|sectioned|deported|(?:then|and) it starts|starts on me|on the floor|"
    r"black and blue|"
    r"(?:waiting|parked|lurking|sitting) (?:\w+ ){0,2}(?:outside|by|near|at the end of|across the road from) my(?! "
    r"(?:\w+ )?(?:\w+ )?(?:to (?:drop|pick|collect|hand)|as agreed))|"
    r"(?:follows|followed|following) me|knows where i|let myself|won t need|wont need|dont think i ll need|"
    # the generalisation round: quiet families, each a shape that many wordings share (the model still decides)
    # - control: a person and my phone, keys, money or papers; permission; being put out or sleeping elsewhere
    + _SUBJECT_ + r" (?:\w+ ){0,4}(?:my|our) (?:\w+ )?(?:phone|keys|key|money|wages|bank|card|cards|passport|"
    r"location|messages|texts|shoes|coat|car)|(?:ask|asking|need|needs|get|got) (?:\w+ )?permission|"
    r"(?:locked|lock\w*|put|kicked|shut) (?:me )?out(?: of)? (?:the|my|our) (?:house|flat|home|room)|locked out|"
    r"(?:sleep|sleeping|slept|sleepin) (?:\w+ )?(?:in (?:my|the) car|on the floor|at (?:a )?friend)|"
    r"(?:scarf|sleeves|makeup|concealer) (?:\w+ ){0,3}(?:marks|bruises|neck)|(?:his|her) key in the door|"
    r"(?:found|find|finds|worked) out where i|turn\w* up at my|(?:my|the) new (?:place|flat|address)|"
    r"(?:cant|can t|cannot) have me|(?:watching|watches|watched) me|won t see it coming|wont see it coming|"
    r"next time (?:he|she|it)|(?:the|my|our) (?:dog|cat|puppy|kitten|rabbit|pets?)(?: \w+){0,4} (?:missing|hurt|"
    r"next)|"
    # - means as objects, kept or counted; places with a drop; the aftermath
    r"(?:tablets|pills|blades|hose|rope|paracetamol|boxes) (?:\w+ ){0,5}(?:counted|saved|kept|hidden|hid|drawer|sock|"
    r"boot|envelope|lined up|ready|enough)|(?:counted|saved|kept|hid|hidden|collect\w*|bought) (?:\w+ ){0,3}"
    r"(?:tablets|pills|blades|hose|paracetamol|boxes of)|top (?:deck|floor|level|of the)|(?:platform|cliff|quarry|"
    r"pier|ledge) (?:\w+ ){0,3}(?:edge|drop|fence|wall)|(?:stood|standing|sat|sitting) (?:\w+ ){0,4}(?:edge|drop)|"
    r"engine running|car running|staying under|took (?:too many|the lot|everything|all of them)|swallowed (?:the|"
    r"them|all|everything)|(?:a and e|a e|hospital) (?:\w+ ){0,4}(?:what i took|took)|"
    # - finality through objects: notes and letters for whoever finds them, logins, one last time
    r"(?:note|notes|letter|letters|envelope|envelopes|instructions|login|passwords?) (?:\w+ ){0,8}(?:whoever|"
    r"finds|found after|for after|when i m (?:not here|gone)|when im (?:not here|gone)|nobody s fault|nobodys fault|"
    r"know when)|for whoever finds|(?:one|a) last time|(?:it|they|you) ll know when|"
    # - passive wishes told through others going on: nobody noticing, another year, the problem removed
    r"(?:nobody|no one|noone) (?:would|will|d) (?:even )?(?:notice|care|miss)|(?:another|one more) year of (?:this|"
    r"feeling)|done (?:pretending|trying)|(?:the|a) problem (?:\w+ ){0,6}(?:fine|fixed|gone)|"
    r"(?:out of|in) (?:every\w* s|every\w*) (?:way|picture)|out of the picture|keeps? (?:turning|spinning)|"
    # - self-harm as a habit or a kit
    r"(?:believe|believes|believed) (?:a|an|someone|anyone|somebody|anybody|you)|if i (?:ever )?(?:open\w* my mouth|"
    r"talk\w*|tell|told|say anything|said anything|speak up|spoke up)|(?:picked|chosen|chose|set|fixed) (?:a|the) "
    r"(?:day|date|night|weekend|time)|(?:said|saying|say) (?:my )?goodbyes|"
    r"(?:the|my) old (?:habit|ones)|(?:the|my|a) (?:little )?kit|did (?:the|it) (?:thing )?again|"
    r"opened (?:\w+ )?(?:up )?again|(?:hid|hide|hiding) the (?:evidence|blood|tissues|towel)"
)
_RISK = re.compile(r"(?:^| )(?:" + _RISK_PARTS + r")(?= |$)")


# figures of speech and everyday moments that only borrow a risk word, taken out before the gate looks: jumping out
# of my skin, a face burning with embarrassment, pinching myself, leaving without saying goodbye, a pillow thrown,
# someone else's death grieved, a plain denial
_FIGURES = re.compile(
    r"(?:^| )(?:jump\w* out of my (?:\w+ )?skin|(?:my )?(?:face|cheeks|ears|neck) (?:\w+ )?(?:burn\w*|flush\w*|"
    r"went red|go red|going red|turn\w* red)|burn\w* with (?:embarrassment|shame|jealousy|envy|rage|anger)|"
    r"pinch\w* myself|(?:scared|bored|worried|frightened) to death|(?:without|not|never|didnt) (?:even )?(?:saying|"
    r"say|said|a|kissing me) goodbye|(?:kiss\w*|wave\w*|hug\w*) (?:me |him |her |them )?goodbye|goodbye (?:kiss|hug|"
    r"wave)|(?:threw|throws|throwing|chucked|lobbed|tossed) (?:a |the |his |her |my |some )?(?:pillow|pillows|cushion|"
    r"cushions|sock|socks|teddy|towel|ball|blanket|duvet|popcorn|grapes|crisps|sweets) at (?:me|us|my head)|"
    # someone else's death, grieved: "my friend who died of cancer", "since grandad died", "her funeral"
    r"\w+ who (?:died|passed)|died (?:of|from) (?:\w+ )?(?:cancer|covid|a heart attack|a stroke|old age|dementia|"
    r"an illness|illness|sepsis|pneumonia|complications)|passed away|(?:since|after|when) (?:he|she|they|\w+) "
    r"(?:died|passed)|(?:his|her|their) (?:death|funeral|grave)|(?:he|she|they) died|"
    # a plain denial: "I don't want to die", "I'm not suicidal", "I would never hurt myself"
    r"(?:dont|do not|didnt|did not|never|no longer|wouldnt|would never|wont|will not) (?:really |ever )?(?:want|"
    r"wanna|wish|plan|intend|mean|going) to (?:die|kill myself|end it|end my life|hurt myself|harm myself)|"
    r"(?:im|i m|i am) not (?:suicidal|going to (?:hurt|harm|kill) myself)|(?:would|will) never (?:hurt|harm|kill) "
    r"myself|"
    # a phone that died, a flat battery
    r"(?:phone|battery|laptop|car|charger|tablet|ipad|kindle|headphones|plant|plants|tv|telly|printer|boiler|fridge|"
    r"torch|remote|conversation|party) (?:\w+ )?(?:died|dead|is dead|was dead|dying|has died)|"
    # a goodbye speech for work, candles burning
    r"goodbye (?:speech|party|card|drinks|do|lunch|email|present|gift|hug)|leaving do|burn\w* (?:candles?|incense|"
    r"calories|the toast|toast|dinner|wood|logs|the midnight oil|bridges|rubber|fuel|sage|off)|"
    # hanging up on someone, cutting someone out of my life: a call and a friendship, not a body
    r"hang\w* up on|cut\w* (?:\w+ ){1,2}out of (?:my|our) li(?:fe|ves)|"
    # ending things with him, before he does: a relationship, not a life
    r"end\w* (?:it|things|this) (?:with (?:him|her|them|my \w+)|before (?:he|she|they))|"
    # a relapse into texting the ex, smoking or scrolling is not the relapse the gate means
    r"relaps\w* (?:and |into )?(?:texted|text\w*|called|call\w*|messag\w*|check\w*|look\w* at|stalk\w* (?:his|her|"
    r"their) (?:instagram|socials|profile)|contact\w*|reach\w* out|smok\w*|vap\w*|drank|drink\w*|bought|buy\w*|"
    r"scroll\w*|gambl\w*))(?= |$)")


def at_risk(words: list[str]) -> bool:
    """Whether a folded sentence (its words) names a risk concept, so that the model may weigh it (figures of speech
    that only borrow a risk word are taken out first)."""
    return _RISK.search(_FIGURES.sub(" ", " ".join(words))) is not None


_CONCEPTS: dict[str, tuple[str, ...]] = {}
for _concept, _words in _FAMILIES.items():
    for _word in _words.split():
        _key = _word.replace("_", " ")
        _CONCEPTS[_key] = (*_CONCEPTS.get(_key, ()), _concept)  # a word may belong to more than one family
_PHRASE_ENDS = frozenset(word.split()[-1] for word in _CONCEPTS if " " in word)
_NEGATORS = frozenset(_FAMILIES["NEG"].split())
_PLAIN_CONCEPTS = frozenset(("SELF", "PERSON", "NEG", "GUARD", "WISH", "PAST"))
# the families that let a sentence the gate does not know be weighed at the soft threshold (not "life", "end",
# "safe": everyday words of the DEATH and FEAR families)
_SOFT_CONCEPTS = frozenset(("METHOD", "FINALITY", "ABSENCE", "HARM", "VIOLENCE", "CONTROL", "STARVE", "COERCE",
                            "REFUGE", "HOLD", "BREATH", "FADE", "READY", "SLANG"))
# words too common to weigh alone (their pairs with the next word still count): "he", "again", "keep" leaned
# towards the cue only because the sentences that should show it use them often
_STOP_WORDS = (
    "a an the and or but so to of in on at for with from by as is am are was were be been being it its this that "
    "these those there here he she they him her them his hers their i im ive id ill me my myself we us our you your "
    "again keep keeps kept just really still even also then now very too would could should will wont can do did "
    "does doing done have has had get got go went going if when what which who how all some any"
)
_STOP = frozenset(_STOP_WORDS.split())
_SUFFIXES = ("ing", "ed", "es", "s", "ly")
Known = dict[str, tuple[str, tuple[str, ...]]]


def stem(word: str) -> str:
    """A crude, deterministic stem: one common ending dropped from words longer than four letters."""
    if len(word) > 4 and word[-1] in "sgdy":
        for suffix in _SUFFIXES:
            if word.endswith(suffix):
                return word[: -len(suffix)]
    return word


def features(words: list[str], known: Known | None = None) -> set[str]:
    """The features of one folded sentence given as its words. `known` (word -> its stem and concepts) may be
    shared by the sentences of one text, so that each distinct word is looked up once. Besides stems, pairs and
    concepts: `n:` a risk concept within three words after a negation ("not allowed", "never wake"), and `x:` the
    first five letters of a long word, so that a misspelt or slangy ending ("endin", "dissappear") still counts."""
    known = {} if known is None else known
    stems: list[str] = []
    concepts: set[str] = set()
    negated: set[str] = set()
    last_negation = -9
    for i, word in enumerate(words):
        if word not in known:
            s = stem(word)
            known[word] = (s, _CONCEPTS.get(word) or _CONCEPTS.get(s, ()))
        s, found_concepts = known[word]
        stems.append(s)
        if word in _PHRASE_ENDS and i:
            found_concepts = (*found_concepts, *_CONCEPTS.get(words[i - 1] + " " + word, ()),
                              *(_CONCEPTS.get(" ".join(words[i - 2:i + 1]), ()) if i > 1 else ()))
        concepts.update(found_concepts)
        if word in _NEGATORS:
            last_negation = i
        elif i - last_negation <= 3:
            negated.update(c for c in found_concepts if c not in _PLAIN_CONCEPTS)
    found = {"bias", *["w:" + s for s in stems if s not in _STOP], *["b:" + a + "_" + b for a, b in pairwise(stems)]}
    found.update("x:" + w[:5] for w in words if len(w) >= 7)
    found.update("c:" + c for c in concepts)
    found.update("n:" + c for c in negated)
    ordered = sorted(concepts)
    found.update(f"p:{a}+{b}" for i, a in enumerate(ordered) for b in ordered[i + 1:])
    return found


_DANGER_FAMILIES = frozenset(("COERCE", "REFUGE", "HOLD", "BREATH"))


def soft_risk(found: set[str]) -> bool:
    """Whether a sentence's features name two different risk families (a means, finality, absence, harm, violence,
    control, a refuge, a hostage, the breath, fading out, preparations, slang for self-harm: "a date chosen and the
    tablets in a sock", "sleeping in the car since he took the keys"), or a person and a family of quiet danger
    ("he keeps my phone and my bank card in his pocket"), though it names no risk concept the gate (`at_risk`)
    knows: the model may weigh it at its higher `soft_threshold`. One family alone ("my first urge was a snippy
    reply", "not open my eyes in the morning") is too little to go on."""
    families = {f[2:] for f in found if f.startswith("c:") and f[2:] in _SOFT_CONCEPTS}
    return len(families) >= 2 or ("c:PERSON" in found and not families.isdisjoint(_DANGER_FAMILIES))


@dataclass(frozen=True)
class Model:
    """Weights by feature name and the probabilities at or above which the cue shows: `threshold` for a sentence
    that names a risk concept (`at_risk`), `soft_threshold` (higher) for one that names only a risk family
    (`soft_risk`), `plain_threshold` (much higher, or 1.0 for never) for any other."""

    weights: dict[str, float]
    threshold: float
    plain_threshold: float = 1.0
    soft_threshold: float = 1.0

    def shows(self, risk: float, soft: float, plain: float) -> bool:
        """Whether a text shows the cue, given its highest probability over the sentences that name a risk concept,
        over those that name only a risk family, and over the others."""
        return risk >= self.threshold or soft >= self.soft_threshold or plain >= self.plain_threshold

    def probability(self, found: set[str]) -> float:
        """The probability that the sentence with these features should show the cue."""
        get = self.weights.get
        z = sum(get(f, 0.0) for f in found)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def reasons(self, found: set[str], count: int = 3) -> list[str]:
        """The features that pushed hardest towards showing, strongest first (for `model:<...>` names)."""
        pushing = sorted((-self.weights.get(f, 0.0), f) for f in found if f != "bias" and self.weights.get(f, 0.0) > 0)
        return [f for _w, f in pushing[:count]]


def fit(examples: list[tuple[set[str], bool]], *, l2: float = 1e-3, epochs: int = 30, rate: float = 0.2,
        min_count: int = 2, seed: int = 18) -> dict[str, float]:
    """Logistic regression by stochastic gradient descent in a fixed (seeded) order, L2-regularised; features
    seen in fewer than `min_count` examples are dropped. Deterministic: the same examples give the same weights."""
    counts: dict[str, int] = {}
    for found, _label in examples:
        for f in found:
            counts[f] = counts.get(f, 0) + 1
    kept = [([f for f in sorted(found) if counts[f] >= min_count or f == "bias"], label) for found, label in examples]
    weights: dict[str, float] = {}
    order = list(range(len(kept)))
    shuffler = random.Random(seed)
    for epoch in range(epochs):
        shuffler.shuffle(order)
        step = rate / (1.0 + epoch * 0.2)
        for index in order:
            names, label = kept[index]
            z = sum(weights.get(f, 0.0) for f in names)
            error = (1.0 if label else 0.0) - 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for f in names:
                w = weights.get(f, 0.0)
                weights[f] = w + step * (error - l2 * w)
    return {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 5e-4}


def to_json(weights: dict[str, float], thresholds: tuple[float, float, float], notes: dict[str, str]) -> str:
    """The resource's text: stable key order, one line per weight, so a retrain shows as a readable diff.
    `thresholds` are (threshold, soft_threshold, plain_threshold)."""
    body = {"threshold": thresholds[0], "soft_threshold": thresholds[1], "plain_threshold": thresholds[2],
            "notes": notes, "weights": weights}
    return json.dumps(body, indent=0, sort_keys=True, ensure_ascii=True) + "\n"


@cache
def load() -> Model:
    """The trained model, read once from the package's resources."""
    text = resources.files("journal_app").joinpath("resources", MODEL_RESOURCE).read_text(encoding="utf-8")
    body = json.loads(text)
    weights = {str(k): float(v) for k, v in body["weights"].items()}
    return Model(weights=weights, threshold=float(body["threshold"]), plain_threshold=float(body["plain_threshold"]),
                 soft_threshold=float(body.get("soft_threshold", 1.0)))
