-- Marcus, CFO of a die-casting firm, on a discovery call with a young account executive.
-- He doubts the seller's authority ("How long have you been doing this?", "Put me in touch
-- with someone senior"). The skill: meet the challenge without defending, overselling or
-- buckling; be open about limits, ask before telling a customer story, leave the decision
-- with him, and propose a small, reversible pilot.
--
-- Own state:
--   oversold          how many times the trainee slipped into the pitch (read by the oversell
--                     line, by which repair it offers, and by the pilot route)
--   permission_asked  the trainee asked before telling a customer story (read by evidence_reaction)
--   case_shared       a customer story has been told (read by the pilot_agreed line)

-- The pilot is agreed only if the call has earned it.
local EARNED = { rapport = ">= 43", discord = "<= 30", oversold = "<= 1" }

return scenario {
  id = "marcus-authority",
  title = "Marcus: \"How long have you been doing this?\"",
  setting = "A thirty-minute discovery call with Marcus, CFO of Halvorsen Die Cast (three plants). "
    .. "His VP of Operations, Denise, booked it; you sell predictive-maintenance software and are "
    .. "three years into the job. He was burned by a sensor project in 2019.",
  client = {
    name = "Marcus",
    role = "CFO, Halvorsen Die Cast",
    pronoun = "he",
    look = { skin = "#c68642", hair = "#9e9e9e", top = "#2e3b4e" },
    traits = { receptivity = 2, reactance_trait = 0.6, volatility = 0.1 },
  },
  state = {
    discord = 40, rapport = 30, credibility = 25, importance = 3, reactance = 15,
    oversold = { 0, min = 0, max = 5 },
    permission_asked = false,
    case_shared = false,
  },
  start = "opening",
  walkout = "call_ended",
  turn_limit = { 16, go = "send_writing" },
  rules = {
    { when = { discord = ">= 80" }, go = "call_ended" },
  },

  nodes = {
    ---------------------------------------------------------------- 1. the challenge
    opening = {
      say = {
        guarded = {
          "Before you start on slides: how long have you been doing this? Denise set this call up, not me. I've got thirty minutes, and I've sat through about twenty of these.",
          "Quick question before we get going. How long have you been in this job? I've been signing the checks here for fourteen years, and you're about the twentieth vendor to call about downtime.",
        },
        resistant = "Let me save us both some time. How long have you been doing this? Because I've had twenty vendors on this exact call, and every one of them promised me the same thing.",
      },
      cue = "arms_crossed",
      choices = {
        { "About three years, eighteen months of it on manufacturing accounts. So not long next to you. I'd rather not spend your thirty minutes on slides, to be honest.",
          id = "open_plain", effect = { rapport = 3 }, move = "transparency", go = "twenty_vendors", cue = "nod",
          feedback = "A short, plain answer with no padding. Being open about what you are (and aren't) earns more credibility with a sceptic than any list of achievements." },
        { "Fair question. Three years, and I was top of my region last year. I've worked with manufacturers a lot bigger than Halvorsen, so I know this space.",
          id = "open_cv", move = "justify", go = "credentials_probe", cue = "eye_roll",
          effect = { discord = 3 },
          feedback = "He asked, so listing credentials feels like the answer. But his real question is whether you'll waste his time, and a résumé answers the wrong one. It sounds defensive." },
        { "Sounds like you've heard a lot of big promises on calls like this, and you're wondering whether I'm number twenty-one.",
          id = "open_reflect", effect = { rapport = 3 }, move = "complex_reflection", go = "twenty_vendors", cue = "nod",
          feedback = "You reflected the scepticism under the question instead of answering it defensively. He feels heard, and he keeps talking." },
        { "What did Denise tell you this call was about?",
          id = "open_q", move = "open_question", go = "twenty_vendors",
          feedback = "A reasonable opener, but it steps past his challenge. He'll answer, and the doubt stays in the room." },
      },
    },

    credentials_probe = {
      say = {
        guarded = "Okay. Good for you. That still tells me nothing about whether this works in a die-cast plant.",
        resistant = {
          "Top of your region. So you're good at selling. That's not what I asked.",
          "Bigger than us. Great. None of them run our cells, and none of them are paying your invoice.",
        },
        hostile = "I didn't ask for a résumé. I asked because I've been burned before.",
      },
      cue = "eye_roll",
      choices = {
        { "You're right, that wasn't really an answer. I think what you're asking is whether I'm going to waste your time the way others have.",
          id = "cp_repair", effect = { rapport = 2 }, move = "complex_reflection", go = "twenty_vendors", repair = true, cue = "nod",
          feedback = "Owning the miss and reflecting his real concern repairs the moment. You stop competing for status and start listening." },
        { "I just mean I've seen a lot of plants and I know what works. Give me ten minutes and I'll show you.",
          id = "cp_justify", move = "justify", go = "senior_request", cue = "sigh",
          effect = { discord = 4 },
          feedback = "Doubling down on your experience keeps the argument about you. Each justification makes you look more junior, not less." },
        { "Let me put it this way: Nemak and two of the big automotive Tier 1s run on our platform. If it works for them, it'll work for you.",
          id = "cp_logos", move = "persuade", go = "senior_request", cue = "frown",
          effect = { discord = 4, credibility = -4, oversold = 1 },
          feedback = "Name-dropping borrows someone else's authority. To a sceptic it reads as pressure, and 'it'll work for you' is the promise he's heard twenty times." },
      },
    },

    ---------------------------------------------------------------- 2. the 2019 scar
    twenty_vendors = {
      say = {
        open = "Fair enough. Look, we did buy one of these, in 2019. Vibration sensors on twelve cells at Dayton, three hundred eighty grand. I still wince when I walk past that screen.",
        guarded = {
          "I'll tell you what I've heard. Twenty vendors, every one promising thirty percent less downtime. In 2019 we bought one. Three hundred eighty grand. You know where it is now? A TV in Ray's maintenance office nobody looks at.",
          "Denise thinks this fixes downtime. I've heard 'thirty percent less' so often I could give the pitch myself. We bought one in 2019: three hundred eighty thousand dollars, and now it's a screen in the maintenance office.",
        },
        resistant = "Here's what I know. Twenty vendors, same slide every time: thirty percent less downtime. We fell for it once, 2019, three hundred eighty grand. So forgive me if I'm not excited.",
      },
      cue = "lean_back",
      talk = "sustain",
      choices = {
        { "Honestly, I'd rather hear about the TV in Ray's office than show you slide twenty-one. What happened with that project?",
          id = "tv_welcome", effect = { rapport = 2 }, move = "welcome_pushback", go = "the_drawer", cue = "nod",
          feedback = "You treated his bad experience as the most useful thing on the call instead of an obstacle. That lowers friction fast and invites the real story." },
        { "That's exactly the gap we built for. Those older systems were sensors and a dashboard. Ours runs models trained on forty thousand assets, so the alerts actually mean something.",
          id = "tv_pitch", move = "persuade", go = "senior_request", cue = "eye_roll",
          effect = { discord = 4, oversold = 1 },
          feedback = "It may even be true, but said right after he described a $380,000 mistake it is the same pitch he just told you he's tired of. You corrected him instead of hearing him." },
        { "So you've paid for this promise once already, and you still walk past the result.",
          id = "tv_reflect", move = "complex_reflection", go = "the_drawer", cue = "nod",
          feedback = "A complex reflection that names what 2019 still costs him. He doesn't have to defend himself, so he can tell you more." },
        { "Was it the same kind of system, vibration monitoring?",
          id = "tv_q", move = "closed_question", go = "the_drawer",
          feedback = "A fact-finding question. Fine in itself, but it treats his frustration as data and moves on from it." },
      },
    },

    the_drawer = {
      say = {
        open = "It wasn't really the sensors. They worked. Ray's crew got forty alerts a week, half of them nothing, and by spring they'd stopped looking. Nobody owned it. And I'm the one who signed it.",
        guarded = {
          "Here's the thing: the sensors worked. Ray's crew got forty alerts a week, half of them junk, and by March they'd tuned it out. Nobody owned it. I signed it, so guess who explained the write-off to the board.",
          "And it wasn't the hardware. The sensors did what they said. Forty alerts a week, nobody owned them, Ray's guys stopped looking by spring. And I got to explain the write-off.",
        },
        resistant = "What happened is, it didn't work. Forty alerts a week, nobody acted on them, and I wrote it off. That's the short version, and it's the only one that matters to me.",
        questions = "You ask a lot of questions for someone who's here to sell me something. Fine. Forty alerts a week, nobody owned them, it died. Next.",
      },
      cue = "sigh",
      choices = {
        { "So the hardware did its job. What failed was that nobody owned the alerts, and you were the one left explaining it to the board.",
          id = "dr_reflect", effect = { rapport = 2 }, move = "complex_reflection", go = "senior_request", cue = "nod",
          feedback = "You got both halves: the practical cause (no owner) and what it cost him personally. That is the feeling a CFO rarely hears a vendor notice." },
        { "If it had worked, who on your side would have owned those alerts?",
          id = "dr_q", move = "open_question", go = "senior_request",
          feedback = "A good, concrete question about ownership. It would land better after a reflection showing you heard what the failure cost him." },
        { "Alert fatigue is really common. We tune thresholds for the first sixty days, so false alarms drop about seventy percent. That wouldn't happen with us.",
          id = "dr_fix", move = "persuade", go = "senior_request", cue = "frown",
          effect = { discord = 4, oversold = 1 },
          feedback = "The righting reflex: he shows you a wound and you offer a product feature. 'That wouldn't happen with us' is a promise he has no reason to believe yet." },
        { "To be fair, that sounds like a rollout problem on your side, not the technology. With a proper owner, it would have worked.",
          id = "dr_blame", move = "blame_client", go = "last_straw", cue = "frown",
          effect = { discord = 5 },
          feedback = "Possibly accurate, and deeply unwise: you told the man who signed the check that the failure was his fault. Blame turns a sceptic into an opponent." },
      },
    },

    ---------------------------------------------------------------- 3. "someone senior"
    senior_request = {
      say = {
        open = "I'll be straight with you. You seem sharp, but I'd feel better with someone senior on this. Your VP, an engineer, somebody who's actually stood on a plant floor.",
        guarded = {
          "Look, no offence, but put me in touch with someone senior. Somebody who's actually run a maintenance department.",
          "Nothing personal. But before this goes anywhere I want someone senior on the line. Your VP, or someone who's worked a plant floor.",
        },
        resistant = {
          "Let me stop you. Put me in touch with someone senior. I don't have time to train a vendor.",
          "Here's what's going to happen. You're going to find someone senior, and they're going to call me.",
        },
        hostile = "I'm done hearing the pitch. Get me someone senior or we're finished.",
        questions = "That's three questions in a row, and I've answered every one. Put me in touch with someone senior who can actually tell me something.",
      },
      cue = "frown",
      choices = {
        { "Absolutely. I'll get our VP, Greg Hollis, on a call with you this week. And I'll see if I can get you a better number on year one.",
          id = "sr_handoff", move = "buckle", go = "handed_off", cue = "shrug",
          feedback = "It feels like good service, but you dropped your place in the conversation and threw in a discount nobody asked for. He reads both as proof he was right about you." },
        { "I understand, but I know this platform inside out. Anything Greg could tell you, I can tell you, and faster.",
          id = "sr_defend", move = "defend", go = "last_straw", cue = "arms_crossed",
          effect = { discord = 5 },
          feedback = "Defending your standing turns his request into a contest. The harder you insist you're senior enough, the less senior you sound." },
        { "Sounds like you're not sure I'm the right person for this conversation, and that's fair to say. What would someone senior know that you're worried I don't?",
          id = "sr_name", effect = { rapport = 3 }, move = "name_resistance", go = "what_he_needs", cue = "nod",
          feedback = "You named the doubt calmly and got curious about it. That shows more composure (and more authority) than any title would." },
        { "I can do that, and I will if you want it. Your call. Our solutions engineer, Priya, ran maintenance at a Tier 2 for nine years. Before I set it up, what would you want her to answer?",
          id = "sr_autonomy", effect = { rapport = 3 }, move = "emphasize_autonomy", go = "what_he_needs", cue = "nod",
          feedback = "You said yes without collapsing: the decision is his, the offer is real, and you stayed in the conversation to learn what he actually needs." },
      },
    },

    what_he_needs = {
      say = {
        open = "Honestly? I want someone to tell me where this doesn't work. Every deck I've seen is all upside. Nobody ever says 'here's where we're weak.'",
        guarded = {
          "I want someone who'll tell me where it doesn't work. Every vendor deck is all upside. I've never once heard 'here's where we fall short.'",
          "Where it breaks. That's what I want. Twenty decks and not one of them had a slide on where the product falls down.",
        },
        resistant = "I want somebody who won't blow smoke. That's it. Where does it not work?",
        questions = "Another question. You know what I want? One straight answer. Where does this thing not work?",
      },
      cue = "lean_in",
      choices = {
        { "Fair. Here's where: if your older cells have no PLC data we can pull, the first two months are mostly installing sensors. The models are weak on machines that run under a shift a day. And if nobody owns the alerts, it fails exactly like 2019.",
          id = "wn_straight", effect = { rapport = 4 }, move = "transparency", go = "case_offer", cue = "nod",
          feedback = "Naming your product's limits is the authority he was asking for. Candour about what you don't do makes what you do claim believable." },
        { "Honestly, for a shop like yours there isn't really a weak spot. Die-casting is our strongest vertical, and every customer your size has seen payback inside a year.",
          id = "wn_oversell", move = "persuade", go = "oversell", cue = "eye_roll",
          effect = { discord = 4, credibility = -3, oversold = 1 },
          feedback = "He asked for the downside and you gave him more upside. 'Every customer' is exactly the claim a CFO knows can't be true." },
        { "You want somebody who'll show you the downside, not just the upside.",
          id = "wn_reflect", move = "simple_reflection", go = "case_offer",
          feedback = "An accurate reflection; it keeps things calm. But he asked a direct question, and sooner or later he needs a straight answer to it." },
      },
    },

    ---------------------------------------------------------------- 4. the customer story
    case_offer = {
      say = {
        open = "Okay. So tell me: has anyone like us actually done this? And I don't mean a logo on slide four.",
        guarded = {
          "Alright. So has a shop like ours actually done this? I don't mean a logo on a slide. I mean a plant.",
          "Fine. Show me a plant like ours that's done it. Not a logo. A plant.",
        },
        resistant = "Everybody's got a customer story. Go on, tell me your best one.",
      },
      cue = "lean_in",
      choices = {
        { "There's one I know well: a die-caster outside Toledo, about your size. It's not all good news. Would it help if I walked you through what went right and what didn't?",
          id = "co_ask", move = "seek_collaboration", go = "case_story", cue = "nod",
          effect = { permission_asked = true, rapport = 3 },
          feedback = "Asking before you tell the story lets him choose to hear it, and promising the bad parts too signals it isn't a brochure." },
        { "Yes. Keller Castings near Toledo cut unplanned downtime by thirty-four percent in year one. I can send you the case study tonight.",
          id = "co_stat", move = "provide_evidence", go = "evidence_reaction",
          effect = { case_shared = true },
          feedback = "Real evidence, but delivered as a headline number without asking what he'd find convincing. Evidence persuades only once there is trust, and only when it's wanted." },
        { "We have over two hundred manufacturers, including three of the big automotive Tier 1s. I can get you a reference call with any of them.",
          id = "co_logos", move = "persuade", go = "oversell", cue = "eye_roll",
          effect = { discord = 4, oversold = 1 },
          feedback = "He said 'not a logo', and you gave him logos. Name-dropping is the appeal to authority he has learned to discount." },
      },
    },

    case_story = {
      say = {
        open = "Go ahead. Bad parts included.",
        guarded = { "Sure. Start with the bad part.", "Go on. And don't skip the part where it went wrong." },
        resistant = "Fine. But if it's all sunshine, I'm going to stop you.",
      },
      cue = "lean_in",
      choices = {
        { "Keller, two plants, about ninety cells. They went live on all ninety at once and the crew drowned in alerts. They paused, restarted on twelve cells with one lead owning it. Those twelve cut unplanned downtime by about a third in a year.",
          id = "cs_honest", move = "provide_evidence", go = "evidence_reaction", cue = "nod",
          effect = { case_shared = true, rapport = 3 },
          feedback = "A relatable story that includes its failure. Because it mirrors his own 2019 experience, it informs him instead of selling to him." },
        { "Honestly, it was pretty much a home run. Thirty-four percent less downtime, payback in eight months, and now they're rolling it out to a third plant.",
          id = "cs_shine", move = "persuade", go = "oversell", cue = "eye_roll",
          effect = { discord = 4, case_shared = true, oversold = 1 },
          feedback = "You promised the bad parts and then left them out. The polished version sounds like every other vendor's story, and it breaks the trust you'd just earned." },
      },
    },

    evidence_reaction = {
      say = function(s)
        if s.permission_asked then
          if s.discord <= 25 then
            return {
              "Twelve cells and one owner. That's the first case study I've heard with the ugly part left in. I could almost believe a third.",
              "Huh. So they made our mistake and then fixed it. That I haven't heard before.",
            }
          end
          return "Okay, the ugly part left in. I'll give you that. But a third on twelve cells isn't a third on three plants."
        end
        return {
          "Thirty-four percent. Everybody has a thirty-four percent. I've got a drawer full of case studies with a number like that on the cover.",
          "Sure. And the guy in 2019 had a case study too. Nice cover, big number.",
        }
      end,
      cue = "shrug",
      choices = {
        { "Someone else's plant only proves so much. What you'd trust is seeing it on your own cells, with your own crew.",
          id = "er_reflect", move = "complex_reflection", go = "decision_pressure", cue = "nod",
          feedback = "You didn't argue for the number; you reflected his standard of proof. That keeps evidence in its place: information he weighs, not a weapon." },
        { "What would you need to see on your own floor to believe a number like that?",
          id = "er_q", move = "open_question", go = "decision_pressure",
          feedback = "A good open question that hands him the standard of proof. A reflection first would have shown you heard his doubt." },
        { "The math is simple, though. At your volume downtime is costing you millions a year. Even half that result pays for the platform three times over.",
          id = "er_push", move = "persuade", go = "oversell", cue = "frown",
          effect = { discord = 4, oversold = 1 },
          feedback = "Arguing the ROI at a sceptical CFO is selling him his own arithmetic. He discounts it, and he discounts you with it." },
      },
    },

    ---------------------------------------------------------------- 5. what it would cost him
    decision_pressure = {
      say = {
        open = "Here's my real problem. If I take this to the board and it goes like 2019, that's twice. They'll remember. I'll remember.",
        guarded = {
          "Here's what nobody on your side thinks about. If this flops like 2019, I'm the guy who got sold twice. Denise gets a new tool; I get the board meeting.",
          "Denise wants this. I get it, downtime cost us about two point four million last year. But if it flops, it's not Denise explaining it to the board. It's me. Again.",
        },
        resistant = "You want me to put my name on this. Last time I did that it cost three hundred eighty grand and a very long board meeting.",
        questions = "You're asking me a lot and telling me very little. Here's the one thing that matters: if this flops like 2019, it's my name on it. Again.",
      },
      cue = "look_away",
      talk = "sustain",
      choices = {
        { "So it isn't only the money. It's your name on it a second time, in front of the same board that remembers the first.",
          id = "dp_reflect", effect = { rapport = 3 }, move = "complex_reflection", go = "pilot_moment", cue = "nod",
          feedback = "You recognised the feeling under the objection: exposure, not cost. People say yes more readily to someone who understands what is at stake for them." },
        { "Then it should be your call, on your terms. If it doesn't make sense for you, walk away. I'd rather that than sell you something you don't believe in.",
          id = "dp_autonomy", effect = { rapport = 3 }, move = "emphasize_autonomy", go = "pilot_moment", cue = "nod",
          feedback = "Putting the decision squarely with him lowers his need to resist. It also sounds like someone secure in what they sell." },
        { "It won't go like 2019. We have a ninety-seven percent renewal rate, and I wouldn't be on this call if I didn't believe it'll work for you.",
          id = "dp_reassure", move = "persuade", go = "no_guarantees", cue = "eye_roll",
          effect = { discord = 4, oversold = 1 },
          feedback = "Reassurance is the natural reflex, but 'it won't' is a guarantee you can't give. It dismisses his risk instead of helping him manage it." },
      },
    },

    ---------------------------------------------------------------- 6. the ask
    pilot_moment = {
      say = {
        open = "Alright. So what are you actually proposing? And keep it small, because small is the only thing I can sell upstairs.",
        guarded = {
          "So what are you proposing? And please don't say 'enterprise rollout'.",
          "Okay. What exactly would you want from me? Bear in mind what I just told you.",
        },
        resistant = "So what's the ask? Let's hear it.",
      },
      cue = "lean_in",
      choices = {
        { "Something that can't turn into 2019. Ten cells at Dayton, ninety days, Ray's team owns the alerts, and we agree up front what counts as success. If it hits, you decide whether to expand. If it misses, you walk.",
          id = "pm_pilot", move = "propose_pilot",
          go = { { "pilot_agreed", when = EARNED }, { "send_writing" } },
          feedback = "A small, reversible, measurable pilot with his people in charge. Whether he says yes depends on the trust you built earlier in the call." },
        { "Rather than me pitching a size, what would a test have to look like for you to trust the result, whichever way it went?",
          id = "pm_ask", move = "seek_collaboration", go = "his_terms", cue = "nod",
          feedback = "You let him design the test. A pilot he shaped is one he'll defend to his board." },
        { "I'd really recommend all three plants. The models learn faster with more data, and honestly a small pilot never shows the full value.",
          id = "pm_big", move = "persuade", go = "send_writing", cue = "sigh",
          effect = { oversold = 1 },
          feedback = "He has just told you his name is on the line, and you argued for the biggest possible bet. It may be technically true; it ignores the risk he described." },
        { "Whatever makes it easy. I can ask my VP for forty percent off year one across all three plants, so the risk is basically on us.",
          id = "pm_discount", move = "buckle", go = "discount_dive",
          feedback = "A big discount nobody asked for doesn't reduce his risk (his risk is his name, not the price). It tells him the price was never real." },
      },
    },

    his_terms = {
      say = {
        open = "Ten cells at Dayton. Ninety days. Ray signs off on every alert rule. And if downtime on those cells doesn't drop, we don't pay for the pilot. Can you live with that?",
        guarded = "My terms: ten cells, ninety days, Ray owns the alerts, and if it doesn't move downtime we don't pay. Can you live with that?",
        resistant = "Ten cells, ninety days, and if it doesn't work I don't pay. Probably a no for you, right?",
      },
      cue = "lean_in",
      choices = {
        { "Ninety days and Ray's sign-off, yes. The no-pay part I have to clear with my manager, and I'll tell you straight if I can't. Can we write down what 'drop' means before I go ask?",
          id = "ht_agree", move = "propose_pilot",
          go = { { "pilot_agreed", when = EARNED }, { "send_writing" } },
          feedback = "You accepted his design, were honest about the one thing you can't promise alone, and made success measurable. That is a pilot he can defend." },
        { "Ninety days is honestly too short for the models to learn. Our standard pilot is six months at sixty thousand. That's how we make sure it actually works.",
          id = "ht_justify", move = "justify", go = "send_writing", cue = "sigh",
          feedback = "You may be right about the timeline, but you overrode the terms he just built. Justifying your standard package hands the decision back to the vendor." },
        { "Done, all of it. And if it helps, we'll add the other two plants at no cost too.",
          id = "ht_buckle", move = "buckle", go = "discount_dive",
          feedback = "Giving away more than he asked for looks desperate and makes your product look worthless. Agreement isn't the same as capitulation." },
      },
    },

    ---------------------------------------------------------------- escalation
    oversell = {
      say = function(s)
        if s.oversold >= 2 then
          return {
            "And there it is again. Every time I open a door, you walk a sales pitch through it.",
            "Again. I ask a straight question, I get the brochure.",
          }
        end
        if s.discord >= 50 then
          return "That's the pitch. Word for word. Twenty vendors, same sentence."
        end
        return "See, that's the pitch. You were doing fine until about a minute ago."
      end,
      cue = "eye_roll",
      choices = {
        { "You're right, I slipped into the pitch, and I'm glad you called it. Let me back up. What's the part that actually worries you?",
          id = "os_repair", move = "welcome_pushback", repair = true, when = { oversold = "<= 1" },
          go = "decision_pressure",
          cue = "nod",
          feedback = "Welcoming the pushback and owning the slip turns a rupture into evidence that you listen. Repairs like this build more trust than a smooth call would have." },
        { "I keep pitching, and you keep telling me you've heard it. I'd rather stop and ask what would actually be useful to you.",
          id = "os_name", move = "name_resistance", repair = true, when = { oversold = ">= 2" },
          go = "send_writing",
          feedback = "Naming the pattern honestly is the right move, and it saves the relationship. After two pitches, though, you've spent the trust you'd need for a yes today." },
        { "I'm not pitching, I'm telling you what our customers actually see. You asked.",
          id = "os_defend", move = "defend", go = "last_straw", cue = "arms_crossed",
          effect = { discord = 5 },
          feedback = "Arguing about whether you were pitching proves his point. He isn't wrong about how it sounded, and defending it adds a second rupture to the first." },
        { "You know what, let me get my VP on with you. He can explain it better than I can.",
          id = "os_handoff", move = "buckle", go = "handed_off", cue = "shrug",
          feedback = "Handing him off at the first sign of friction confirms his original doubt: that you weren't the right person to talk to." },
      },
    },

    no_guarantees = {
      say = {
        guarded = {
          "You can't promise me that. Nobody can. The guy in 2019 told me the same thing, almost word for word.",
          "Ninety-seven percent. And I'd be in the three. That's how my luck with vendors runs.",
        },
        resistant = "Don't promise me things you can't control. That's exactly how 2019 started.",
      },
      cue = "frown",
      choices = {
        { "You're right, I can't promise that, and I shouldn't have. What I can do is help you set this up so that if it doesn't work, you find out small and early, not in front of the board.",
          id = "ng_repair", effect = { rapport = 3 }, move = "reframe", repair = true, go = "pilot_moment", cue = "nod",
          feedback = "You withdrew the guarantee and turned his fear into a shared design problem: how to fail small. That is honest, and it moves the conversation forward." },
        { "I'm not just saying it. That renewal number is audited, and our customer success team would be with you every week.",
          id = "ng_defend", move = "defend", go = "last_straw", cue = "arms_crossed",
          effect = { discord = 5 },
          feedback = "Defending the claim turns his fear into a debate about your statistics. He doesn't need a better number; he needs to feel you understand the risk is his." },
        { "Okay, then let's take the risk off the table. Full refund clause, and I'll get you thirty percent off on top.",
          id = "ng_buckle", move = "buckle", go = "discount_dive",
          feedback = "Trying to buy away his risk with price misreads it: his exposure is his reputation. The discount only tells him your numbers are soft." },
      },
    },

    last_straw = {
      say = {
        guarded = "I've got a budget review in ten minutes, so let's be quick. What do you actually want from me?",
        resistant = {
          "I've got a budget review in ten minutes, and honestly I'm not sure why I'm still on this call.",
          "You've argued with me twice now. I don't argue with vendors. I just stop taking their calls.",
        },
        hostile = "I think we're done here. You've argued with me on every point.",
      },
      cue = "arms_crossed",
      choices = {
        { "That's fair. I've been making my case instead of listening to yours. If you're willing, I'll send one page on where this would and wouldn't fit Halvorsen, nothing more.",
          id = "ls_repair", move = "name_resistance", repair = true, go = "send_writing",
          feedback = "A real repair: you named what went wrong and asked for nothing big. It keeps the door open, though not much wider than a crack." },
        { "Give me five more minutes. Once you see the demo you'll understand why companies like Nemak chose us.",
          id = "ls_push", move = "persuade", go = "call_ended", cue = "frown",
          effect = { discord = 6, credibility = -3 },
          feedback = "Pushing harder when a client is about to leave is the reflex at its strongest. More pressure and another big logo give him the reason to hang up." },
        { "Understood. I'll have our VP reach out, and he can probably do something on price.",
          id = "ls_handoff", move = "buckle", go = "handed_off", cue = "shrug",
          feedback = "Handing him off with a discount ends the argument by surrendering. He'll take the call with your VP, and you'll be off the account." },
      },
    },

    ---------------------------------------------------------------- endings
    pilot_agreed = {
      ending = "pilot_agreed", outcome = "success", title = "The end",
      cue = "nod",
      say = function(s)
        local deal = "Alright. Ten cells at Dayton, ninety days, Ray owns it. Write up the success criteria and send them to Denise and me by Friday."
        if s.permission_asked then
          return deal .. " And put the Toledo story in, ugly part and all. That's the part my board needs to hear."
        elseif s.case_shared then
          return deal .. " Leave out the case-study numbers. I'll believe my own."
        end
        return deal .. " If it works, you'll hear from me. If it doesn't, you'll hear from me louder."
      end,
      debrief = "You met Marcus's doubt about your authority without defending it: you reflected his scepticism, were open about where the product falls short, and asked before telling a customer story. Leaving the decision with him and proposing a small, reversible pilot gave him something he could say yes to without risking his name a second time.",
    },

    send_writing = {
      ending = "send_writing", outcome = "partial", title = "The end",
      cue = "shrug",
      say = {
        "Tell you what. Send me something in writing, and I'll take a look when I get a chance.",
        "Send me something in writing. If it makes sense, I'll pass it to Denise.",
      },
      debrief = "Marcus stayed polite, but 'send me something in writing' is a brush-off: he didn't trust you enough to commit, even to a small step. Usually it's because a pitch or a justification slipped in where he needed a reflection, or the pilot came before the trust was there. Listening first and asking before sharing evidence earns the right to propose.",
    },

    handed_off = {
      ending = "handed_off", outcome = "fail", title = "The end",
      cue = "look_away",
      say = "Sure. Have your VP call me. We'll take it from there.",
      debrief = "When Marcus pushed, you handed him off to your VP. Buckling feels like good service, but it confirmed his doubt that you weren't the right person, and any discount thrown in cheapened the product. You could have said yes to bringing in a colleague while staying in the conversation, curious about what he needed.",
    },

    discount_dive = {
      ending = "discount_dive", outcome = "fail", title = "The end",
      cue = "frown",
      say = "If you'll give that much away on a first call, the price was never real. Then I can't trust any number in your proposal. I'll pass.",
      debrief = "Marcus's risk was his reputation with the board, not the price, so a big unrequested discount solved the wrong problem. Capitulating under pressure signals that your product and your numbers can't be trusted. A small, measurable pilot reduces risk; a giveaway only reduces your credibility.",
    },

    call_ended = {
      ending = "call_ended", outcome = "fail", title = "The end",
      cue = "arms_crossed",
      say = {
        "I'm going to stop us here. Thanks for your time.",
        "I don't think this is a fit. I'll let Denise know we talked.",
      },
      debrief = "Marcus ended the call. Each time he challenged you, you answered with credentials, name-dropping or a harder pitch, so the call became a contest he could only win by leaving. Reflecting his scepticism and being plain about what you know and don't would have turned the challenge into a conversation.",
    },
  },

  tests = {
    { name = "listening, candour and a pilot win the call",
      choices = { "open_reflect", "tv_welcome", "dr_reflect", "sr_name", "wn_straight",
                  "co_ask", "cs_honest", "er_reflect", "dp_reflect", "pm_pilot" },
      expect = { ending = "pilot_agreed", outcome = "success", discord = "<= 30",
                 permission_asked = true, oversold = 0 } },
    { name = "letting him design the pilot also wins",
      choices = { "open_plain", "tv_reflect", "dr_reflect", "sr_autonomy", "wn_straight",
                  "co_ask", "cs_honest", "er_q", "dp_autonomy", "pm_ask", "ht_agree" },
      expect = { ending = "pilot_agreed", rapport = ">= 40" } },
    { name = "a bare statistic without permission ends in a brush-off",
      choices = { "open_q", "tv_q", "dr_q", "sr_autonomy", "wn_reflect",
                  "co_stat", "er_q", "dp_autonomy", "pm_pilot" },
      expect = { ending = "send_writing", outcome = "partial", permission_asked = false } },
    { name = "two pitches, then an honest repair: polite brush-off",
      choices = { "open_reflect", "tv_pitch", "sr_name", "wn_oversell", "os_name" },
      expect = { ending = "send_writing", oversold = 2 } },
    { name = "one slip, owned and repaired, still earns a pilot",
      choices = { "open_plain", "tv_welcome", "dr_reflect", "sr_autonomy", "wn_straight",
                  "co_ask", "cs_honest", "er_reflect", "dp_reassure", "ng_repair", "pm_pilot" },
      expect = { ending = "pilot_agreed", oversold = 1, rapport = ">= 43" } },
    { name = "handing him to the VP",
      choices = { "open_reflect", "tv_welcome", "dr_q", "sr_handoff" },
      expect = { ending = "handed_off", outcome = "fail", credibility = "< 30" } },
    { name = "a discount nobody asked for",
      choices = { "open_plain", "tv_reflect", "dr_reflect", "sr_name", "wn_straight",
                  "co_ask", "cs_honest", "er_reflect", "dp_reflect", "pm_discount" },
      expect = { ending = "discount_dive", outcome = "fail", oversold = 0 } },
    { name = "credentials and pressure end the call",
      choices = { "open_cv", "cp_logos", "sr_defend", "ls_push" },
      expect = { ending = "call_ended", outcome = "fail", discord = "> 60" } },
  },
}
