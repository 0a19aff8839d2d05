-- Marcus, CFO of a die-casting firm, on a discovery call with a young account executive.
-- Seed: shared/seeds/002 ("How to respond well to client problems": the coach who takes the
-- challenge personally, defends, justifies their value, blames, or buckles). Marcus doubts the
-- seller's authority ("How long have you been doing this?", "Put me in touch with someone
-- senior"). The skill: meet the challenge without defending, overselling or buckling; be open
-- about limits, ask before telling a customer story, leave the decision with him, and let him
-- shape a small, reversible pilot.
--
-- Model v2: every line carries its client talk. He asks (talk = "ask") at the opening, when he
-- wants to know where the product is weak, when he wants a customer story and when he wants
-- the proposal: plain information is welcome there. The 2019 write-off and his name in front
-- of the board are sustain talk, with change-talk variants (downtime costs him, he would want
-- something small on the Dayton cells) that grow likelier as importance and confidence rise.
--
-- Own state:
--   oversold          how many times the trainee slipped into the pitch (read by the oversell
--                     line, by which repair it offers, and by the pilot route)
--   permission_asked  the trainee asked before telling a customer story (read by pilot_agreed)
--   case_shared       a customer story has been told (read by the pilot_agreed line)
--   story_asked       the trainee asked which part of the story matters before telling it

-- The pilot is agreed only if the call has earned it.
local EARNED = { rapport = ">= 40", discord = "<= 30", oversold = "<= 1" }

-- What the trainee can say after a customer story, told with permission or not: the same
-- choices, two ways Marcus can take the story (evidence_warm, evidence_cold).
local AFTER_EVIDENCE = {
  { "The math is simple, though. At your volume, even half that result pays for the platform three times over.",
    id = "er_push", move = "persuade", go = "oversell", cue = "frown",
    paraphrases = { "Even half that result pays for itself three times.", "At your production volume, getting just half of Keller's improvement would cover the platform cost three times over.", "Do the math, even 50% of that and it pays back three times." },
    effect = { oversold = 1 },
    feedback = "Arguing ROI at a sceptical CFO sells him his own arithmetic. The numbers may be right; said as an answer to his doubt, they are an argument, and he discounts you with them." },
  { "What would it take, on your own floor and with your own crew, before a number like that meant something to you?",
    id = "er_q", move = "open_question", go = "decision_pressure",
    paraphrases = { "What would make that number credible to you?", "What would you need to see on your own floor, with your own people, before a result like that meant anything?", "What would it take at Dayton for you to believe a number like that?" },
    feedback = "A good open question that hands him the standard of proof. A reflection first would have shown him you heard the doubt itself." },
  { "I can send you the full write-up tonight: their baseline, how they measured downtime, and the plant manager's number if you'd like to call him yourself.",
    id = "er_more", move = "provide_evidence", go = "decision_pressure",
    paraphrases = { "I'll send the full write-up tonight.", "I can email you the complete case study this evening, with their baseline, how they measured downtime, and the plant manager's contact so you can call him.", "Let me send you all the details tonight plus the plant manager's number, you can ask him yourself." },
    effect = { case_shared = true },
    feedback = "Generous and true, but more evidence answers a doubt he didn't voice. He told you what he would believe; meeting that with a bigger pile of proof is the righting reflex in a helpful voice." },
  { "Someone else's plant proves something, but not much. What would count is Dayton's own cells, Ray's crew, and a number picked in advance.",
    id = "er_reflect", move = "complex_reflection", go = "decision_pressure", cue = "nod",
    paraphrases = { "Someone else's plant doesn't prove much; Dayton would.", "Another company's results only go so far; what would count for you is your own cells at Dayton, Ray's team, and a target set in advance.", "So Keller's numbers don't mean much to you, you'd need to see it on your own cells with Ray's crew." },
    feedback = "You didn't argue for the number; you reflected his standard of proof. Evidence stays what it should be: information he weighs, not a weapon." },
}

return scenario {
  id = "marcus-authority",
  title = "Marcus: \"How long have you been doing this?\"",
  setting = "A thirty-minute discovery call with Marcus, CFO of Halvorsen Die Cast (three plants). "
    .. "His VP of Operations, Denise, booked it; you sell predictive-maintenance software and are "
    .. "three years into the job. He was burned by a sensor project in 2019.",
  unmatched = {
    "I'm not sure what you're getting at. Try that again, in plain English.",
    guarded = "I don't follow. I've got thirty minutes, so say what you mean.",
    resistant = "That didn't answer anything. It's the kind of thing I was talking about.",
    hostile = "I don't have time for this. Either answer me or we're done.",
  },
  client = {
    name = "Marcus",
    role = "CFO, Halvorsen Die Cast",
    pronoun = "he", difficulty = "advanced",
    manner = "dismissive",
    look = { skin = "#d9a27e", hair = "#9e9e9e", top = "#2e3b4e", shirt = "#e6ecf2", age = 58,
              face = "square", hair_style = "balding", clothing = "jacket_tie",
              glasses = "half_rim", build = "broad", setting = "meeting" },
    traits = { receptivity = 2, reactance_trait = 0.6, volatility = 0.1 },
  },
  state = {
    discord = 40, rapport = 30, credibility = 40, importance = 3, reactance = 15,
    oversold = { 0, min = 0, max = 5 },
    permission_asked = false,
    case_shared = false,
    story_asked = false,
  },
  start = "opening",
  walkout = "call_ended",
  turn_limit = { 16, go = "send_writing" },
  rules = {
    { when = { discord = ">= 85" }, go = "call_ended" },
  },

  nodes = {
    ---------------------------------------------------------------- 1. the challenge
    opening = {
      unmatched = {
        "I asked how long you've been doing this. It's not a trick question.",
        resistant = "Simple question. How long have you been doing this? I'm still waiting.",
      },
      say = {
        guarded = {
          "Before you start on slides: how long have you been doing this? Denise set this call up, not me. I've got thirty minutes, and I've sat through about twenty of these.",
          "Quick question before we get going. How long have you been in this job? I've been signing the checks here for fourteen years, and you're about the twentieth vendor to call about downtime.",
        },
        resistant = "Let me save us both some time. How long have you been doing this? Because I've had twenty vendors on this exact call, and every one of them promised me the same thing.",
      },
      talk = "ask",
      cue = "arms_crossed",
      choices = {
        { "Fair question, and you deserve a straight answer. Three years, top of my region last year, and I've worked with plants a lot bigger than yours, so you're in good hands.",
          id = "open_cv", move = "justify", go = "credentials_probe", cue = "eye_roll",
          paraphrases = { "Three years, top of my region. You're in good hands.", "Good question. Three years in the role, number one in my territory last year, and I've handled operations far larger than Halvorsen.", "Three years, best numbers in my region, and I've done bigger plants than this, so don't worry." },
          effect = { discord = 3 },
          feedback = "He asked, so the résumé feels like the answer. But his real question is whether you'll waste his time, and credentials answer the wrong one. It sounds like defending your standing." },
        { "Sure, but first: what did Denise tell you this call was about?",
          id = "open_q", move = "open_question", go = "twenty_vendors",
          paraphrases = { "How did Denise pitch this call to you?", "Happy to answer, but first, how did Denise describe the purpose of this call to you?", "Before that, what's your understanding from Denise of why we're talking?" },
          feedback = "A reasonable opener, but it steps past his challenge. He'll answer, and the doubt stays in the room." },
        { "Honestly? Three years, eighteen months of it with manufacturers. Not long next to you. I'd rather not spend your thirty minutes on slides.",
          id = "open_plain", effect = { rapport = 3 }, move = "transparency", go = "twenty_vendors", cue = "nod",
          paraphrases = { "Three years, eighteen months in manufacturing.", "To be honest, three years in, about a year and a half of that with manufacturers. Not much next to you. And I won't waste your thirty minutes on slides.", "Honestly not long, three years, half of it in manufacturing. No slides, I promise." },
          feedback = "A short, plain answer to a direct question, with no padding. Being open about what you are (and aren't) earns more credibility with a sceptic than any list of achievements." },
        { "Twenty of these calls, and you're wondering if I'm number twenty-one.",
          id = "open_reflect", effect = { rapport = 3 }, move = "complex_reflection", go = "twenty_vendors", cue = "nod",
          paraphrases = { "You're wondering if I'm vendor number twenty-one.", "You've sat through twenty of these calls, and you're asking yourself whether I'll just be another one.", "So you've heard this pitch twenty times and figure I'm next in line." },
          feedback = "You reflected the scepticism under the question instead of answering it defensively. He feels heard, and he keeps talking." },
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
      talk = "sustain", kind = "reason",
      cue = "eye_roll",
      choices = {
        { "I only mean I've stood on a lot of plant floors, and I know what works for plants like yours. Give me ten minutes and you'll see.",
          id = "cp_justify", move = "justify", go = "senior_request", cue = "sigh",
          paraphrases = { "I've been on lots of plant floors; give me ten minutes.", "What I mean is I've spent a lot of time in plants and I know what works for operations like yours. Ten minutes and you'll see.", "I know plants like yours, honestly, just give me ten minutes to show you." },
          effect = { discord = 4 },
          feedback = "Doubling down on your experience keeps the argument about you. Each justification makes you sound more junior, not less." },
        { "Let me put it another way. Nemak and two of the big automotive Tier 1s run on our platform, and it works for them. It'll work for you.",
          id = "cp_logos", move = "persuade", go = "senior_request", cue = "frown",
          paraphrases = { "Nemak and big Tier 1s use us. It'll work for you.", "Put it this way: Nemak and two major automotive Tier 1 suppliers are on our platform and it works for them, so it will for you.", "Big names like Nemak run on this, so it'll work at Halvorsen too." },
          effect = { discord = 4, credibility = -4, oversold = 1 },
          feedback = "Name-dropping borrows someone else's authority. To a sceptic it reads as pressure, and it is the promise he has heard twenty times." },
        { "Fair. That was a résumé, but the real question was whether this call wastes your time like the last twenty did.",
          id = "cp_repair", effect = { rapport = 2 }, move = "complex_reflection", go = "twenty_vendors", repair = true, cue = "nod",
          paraphrases = { "Fair, that was my CV. You asked if I'd waste your time.", "You're right, I answered with credentials when what you were really asking was whether this call will be a waste like the other twenty.", "Fair point, I listed my background, but what you want to know is if this is another wasted half hour." },
          feedback = "Owning the miss and reflecting the question he really asked repairs the moment. You stop competing for status and start listening." },
      },
    },

    ---------------------------------------------------------------- 2. the 2019 scar
    twenty_vendors = {
      say = {
        open = {
          { "Fair enough. Look, we did buy one of these, in 2019. Vibration sensors on twelve cells at Dayton, three hundred eighty grand. I still wince when I walk past that screen.", talk = "sustain", kind = "reason" },
          { "Fair enough. Downtime cost us about two point four million last year, so Denise isn't wrong that something has to give. But we bought one of these in 2019. Three hundred eighty grand.", talk = "change", kind = "need" },
        },
        guarded = {
          { "I'll tell you what I've heard. Twenty vendors, every one promising thirty percent less downtime. In 2019 we bought one. Three hundred eighty grand. You know where it is now? A TV in Ray's maintenance office nobody looks at.", talk = "sustain", kind = "reason" },
          { "Denise thinks this fixes downtime. I've heard 'thirty percent less' so often I could give the pitch myself. We bought one in 2019: three hundred eighty thousand dollars, and now it's a screen in the maintenance office.", talk = "sustain", kind = "reason" },
          { "Look, downtime is a real problem. Denise isn't making it up; the Dayton cells are down more than I'd like. But we bought one of these in 2019, and it's a screen in Ray's office now.", talk = "change", kind = "need" },
        },
        resistant = { "Here's what I know. Twenty vendors, same slide every time: thirty percent less downtime. We fell for it once, 2019, three hundred eighty grand. So forgive me if I'm not excited.", talk = "sustain", kind = "reason" },
      },
      cue = "lean_back",
      choices = {
        { "Was it the same kind of system, vibration monitoring on the cells?",
          id = "tv_q", move = "closed_question", go = "the_drawer",
          paraphrases = { "Was it vibration monitoring too?", "Was the 2019 system the same type, vibration sensors on the cells?", "Same sort of setup, sensors on the cells measuring vibration?" },
          feedback = "A fact-finding question. Fine in itself, but it treats his frustration as data and moves on from it." },
        { "So this promise has been paid for once already, and the result is still on a wall you walk past.",
          id = "tv_reflect", move = "complex_reflection", go = "the_drawer", cue = "nod",
          paraphrases = { "You've paid for this promise once already.", "So you already bought this promise once, and what's left of it is a screen you still walk past.", "You paid 380 grand for this promise and it's still on the wall reminding you." },
          feedback = "A complex reflection that names what 2019 still costs him. He doesn't have to defend himself, so he can tell you more." },
        { "That's the gap we built for, to be fair. Those older systems gave you sensors and a dashboard. Ours runs models trained on forty thousand assets, so your alerts would mean something.",
          id = "tv_pitch", move = "persuade", go = "senior_request", cue = "eye_roll",
          paraphrases = { "That's exactly the gap our product fixes.", "That's the problem we built for. Older systems were just sensors and a dashboard; ours uses models trained on forty thousand assets, so the alerts are meaningful.", "Those old systems were just dashboards, ours has proper models so the alerts actually mean something." },
          effect = { oversold = 1 },
          feedback = "It may even be true, but said right after he described a $380,000 mistake it is the pitch he just told you he's tired of. You corrected him instead of hearing him." },
        { "Honestly, I'd rather hear about the TV in Ray's office than show you slide twenty-one. What happened with that project?",
          id = "tv_welcome", effect = { rapport = 2 }, move = "open_question", go = "the_drawer", cue = "nod",
          paraphrases = { "What happened with the 2019 project?", "Honestly I'm more interested in that TV in Ray's office than in my slides. How did that project go?", "Forget my slides, tell me about the screen in Ray's office. What went wrong?" },
          feedback = "An open question that treats his bad experience as the most useful thing on the call. A reflection first would show him you'd already heard what it cost." },
      },
    },

    the_drawer = {
      unmatched = {
        "I just told you I signed a three hundred eighty thousand dollar write-off. I'm not sure what that was.",
        resistant = "I tell you about the write-off and that's what I get. Noted.",
      },
      say = {
        open = {
          { "It wasn't really the sensors. They worked. Ray's crew got forty alerts a week, half of them nothing, and by spring they'd stopped looking. Nobody owned it. And I'm the one who signed it.", talk = "sustain", kind = "reason" },
          { "Thing is, the sensors worked. If somebody had owned those alerts, it might have been a different story. Ray's crew could do it; nobody ever asked them to.", talk = "change", kind = "ability" },
        },
        guarded = {
          { "Here's the thing: the sensors worked. Ray's crew got forty alerts a week, half of them junk, and by March they'd tuned it out. Nobody owned it. I signed it, so guess who explained the write-off to the board.", talk = "sustain", kind = "reason" },
          { "And it wasn't the hardware. The sensors did what they said. Forty alerts a week, nobody owned them, Ray's guys stopped looking by spring. And I got to explain the write-off.", talk = "sustain", kind = "reason" },
          { "The sensors did their job, I'll give them that. With one person owning the alerts, Ray's crew could probably have made it work. Nobody did, and I signed the write-off.", talk = "change", kind = "ability" },
        },
        resistant = { "What happened is, it didn't work. Forty alerts a week, nobody acted on them, and I wrote it off. That's the short version, and it's the only one that matters to me.", talk = "sustain", kind = "reason" },
        questions = { "You ask a lot of questions for someone who's here to sell me something. Fine. Forty alerts a week, nobody owned them, it died. Next.", talk = "sustain", kind = "reason" },
      },
      cue = "sigh",
      choices = {
        { "Alert fatigue is really common; you're not the only one. We tune your thresholds for the first sixty days, so false alarms drop about seventy percent. That wouldn't happen to you with us.",
          id = "dr_fix", move = "persuade", go = "senior_request", cue = "frown",
          paraphrases = { "We tune thresholds so false alarms drop 70%.", "Alert fatigue happens a lot. We tune your thresholds over the first sixty days and false alarms fall by around seventy percent, so that won't happen with us.", "Lots of people get swamped with alerts, we fix that in the first two months, it wouldn't happen to you." },
          effect = { oversold = 1 },
          feedback = "The righting reflex: he shows you a wound and you offer a product feature. It is probably true, and 'that wouldn't happen with us' is still a promise he has no reason to believe yet." },
        { "So the sensors themselves were the weak link.",
          id = "dr_near", move = "simple_reflection", go = "senior_request", cue = "frown",
          paraphrases = { "So the sensors were the problem.", "So it was really the sensors that let you down.", "Sounds like the hardware itself failed." },
          effect = { rapport = -2, discord = 3 },
          feedback = "A reflection, but of something he didn't say: he told you the sensors worked and the ownership failed. A near miss tells him you were half listening; reflect the part that carries the feeling." },
        { "So the hardware did its job, but nobody owned the alerts, and you were the one left explaining it to the board.",
          id = "dr_reflect", effect = { rapport = 2 }, move = "complex_reflection", go = "senior_request", cue = "nod",
          paraphrases = { "The sensors worked, nobody owned the alerts, and you took the heat.", "So the hardware did what it should, but no one owned the alerts, and you ended up explaining the write-off to the board.", "The tech was fine, the ownership wasn't, and it landed on you with the board." },
          feedback = "You got both halves: the practical cause (no owner) and what it cost him personally. That is the part a CFO rarely hears a vendor notice." },
        { "To be fair, that sounds like a rollout problem more than a technology problem. With a proper owner on your side, it would have worked.",
          id = "dr_blame", move = "blame_client", go = "last_straw", cue = "frown",
          paraphrases = { "Sounds like a rollout problem, not the tech.", "Honestly, that's a failure of the rollout at your end, not of the technology. With someone at Halvorsen responsible for it, it would have done its job.", "To be fair that's on the rollout, if someone at your end had owned it it'd have been fine." },
          effect = { discord = 5 },
          feedback = "Possibly accurate, and deeply unwise: you told the man who signed the check that the failure was his side's fault. Blame turns a sceptic into an opponent." },
        { "If it had worked, who on your side would have owned those alerts?",
          id = "dr_q", move = "open_question", go = "senior_request",
          paraphrases = { "Who would have owned the alerts?", "If it had worked, who at Halvorsen would have been responsible for those alerts?", "Who on your team was supposed to own the alerts, if anyone?" },
          feedback = "A good, concrete question about ownership. It would land better after a reflection showing you heard what the failure cost him." },
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
      talk = "neutral",
      cue = "frown",
      choices = {
        { "I can do that. Our solutions engineer, Priya, ran maintenance at a Tier 2 for nine years; whether she joins is your call. Before I set it up, what would she need to answer?",
          id = "sr_autonomy", effect = { rapport = 3 }, move = "emphasize_autonomy", codes = { "Emphasize", "Q" }, go = "what_he_needs", cue = "nod",
          paraphrases = { "Sure, Priya can join; your call. What should she answer?", "I can set that up. Our solutions engineer Priya spent nine years running maintenance at a Tier 2, and it's up to you whether she joins. What would you want her to cover?", "Happy to bring in Priya, she ran maintenance for nine years, if you want her. What do you need her to answer?" },
          feedback = "You said yes without collapsing: the decision is his, the offer is real, and you stayed in the conversation to learn what he actually needs." },
        { "I understand, but I know this platform inside out. Anything Greg could tell you, I can tell you, and faster.",
          id = "sr_defend", move = "defend", go = "last_straw", cue = "arms_crossed",
          paraphrases = { "I know this platform as well as anyone senior.", "I get that, but I know this product inside out, and anything Greg could tell you I can tell you quicker.", "You don't need someone senior, I can answer anything Greg could." },
          effect = { discord = 5 },
          feedback = "Defending your standing turns his request into a contest. The harder you insist you're senior enough, the less senior you sound." },
        { "Absolutely, I'll get our VP, Greg Hollis, on a call with you this week. And I'll see if I can get you a better number on year one.",
          id = "sr_handoff", move = "buckle", go = "handed_off", cue = "shrug",
          paraphrases = { "I'll get Greg on a call, and a better price.", "Of course, I'll have our VP Greg Hollis call you this week, and I'll try to get you a better price for year one.", "No problem, I'll get my VP to ring you and see about a discount too." },
          feedback = "It feels like good service, but you gave up your place in the conversation and threw in a discount nobody asked for. He reads both as proof he was right about you." },
        { "Honestly, that's fair: you're not sure I'm the right person for this. What would someone senior know that I might not?",
          id = "sr_name", effect = { rapport = 3 }, move = "name_resistance", codes = { "CR", "Q" }, go = "what_he_needs", cue = "nod",
          paraphrases = { "You're unsure I'm the right person. What would someone senior know?", "Fair enough, you're not sure I'm the one you should be talking to. What would a more experienced person be able to tell you that I couldn't?", "Fair enough, you doubt I'm the one to talk to. What would a senior person bring that I can't?" },
          feedback = "You named the doubt calmly and then got curious about it. That shows more composure (and more authority) than any title would." },
      },
    },

    what_he_needs = {
      unmatched = {
        "I asked where it doesn't work. That isn't an answer.",
        resistant = "Where does it not work? That's the question. Try again.",
      },
      say = {
        open = "Honestly? I want someone to tell me where this doesn't work. Every deck I've seen is all upside. Nobody ever says 'here's where we're weak.'",
        guarded = {
          "I want someone who'll tell me where it doesn't work. Every vendor deck is all upside. I've never once heard 'here's where we fall short.'",
          "Where it breaks. That's what I want. Twenty decks and not one of them had a slide on where the product falls down.",
        },
        resistant = "I want somebody who won't blow smoke. That's it. Where does it not work?",
        questions = "Another question. You know what I want? One straight answer. Where does this thing not work?",
      },
      talk = "ask",
      cue = "lean_in",
      choices = {
        { "For a shop like yours there really isn't a weak spot. Die-casting is our strongest vertical, and every customer your size has seen payback inside a year; you would too.",
          id = "wn_oversell", move = "persuade", go = "oversell", cue = "eye_roll",
          paraphrases = { "Honestly, there's no weak spot for a shop like yours.", "For a die-caster your size there isn't really a weakness; it's our strongest vertical and every customer like you has paid back within a year.", "It works everywhere in die-casting, everyone your size got payback in under a year." },
          effect = { credibility = -3, oversold = 1 },
          feedback = "He asked for the downside and you gave him more upside. 'Every customer' is exactly the claim a CFO knows can't be true." },
        { "It really depends on the plant. Can I ask a few things about your cells first, so I give you a real answer?",
          id = "wn_dodge", move = "closed_question", go = "case_offer", cue = "sigh",
          paraphrases = { "Depends on the plant; can I ask a few questions first?", "It varies by plant. Could I ask some questions about your cells first so my answer is a real one?", "Hard to say without knowing your cells, mind if I ask some things first?" },
          effect = { discord = 2 },
          feedback = "Careful and well meant, but he asked where it doesn't work and got a request for more questions. To a sceptic, a dodged question is the answer." },
        { "Honestly, three places. Old cells with no PLC data we can pull: the first two months are mostly installing sensors. Machines running under a shift a day: the models stay weak. And nobody owning the alerts: it fails exactly like 2019.",
          id = "wn_straight", effect = { rapport = 4 }, move = "transparency", go = "case_offer", cue = "nod",
          paraphrases = { "Three weak spots: old cells, low utilisation, no alert owner.", "Honestly, it struggles in three places: old cells without PLC data, so the first months are sensor installs; machines running less than a shift a day, where models stay weak; and when nobody owns the alerts, which is exactly 2019.", "Straight answer: no PLC data, machines that barely run, or no one owning the alerts, that's where it fails." },
          feedback = "He asked a direct question and you answered it. Naming your product's limits is the authority he was asking for, and it makes what you do claim believable." },
        { "The downside. That's the slide nobody has ever shown you.",
          id = "wn_reflect", move = "simple_reflection", go = "case_offer",
          paraphrases = { "You want the downside slide.", "The weak spots, that's the slide no vendor has ever shown you.", "Nobody's ever shown you where it falls short." },
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
      talk = "ask",
      cue = "lean_in",
      choices = {
        { "Yes. Keller Castings near Toledo cut unplanned downtime by thirty-four percent in year one. I can send you the case study tonight.",
          id = "co_stat", move = "provide_evidence", go = "evidence_cold", cue = "shrug",
          paraphrases = { "Keller Castings cut downtime 34% in year one.", "Yes. Keller Castings, outside Toledo, saw unplanned stoppages fall thirty-four percent in their first twelve months. I can email you the write-up this evening.", "Keller in Toledo got 34 percent less downtime the first year, I can send you the study." },
          effect = { case_shared = true, rapport = -2 },
          feedback = "Real evidence, and he asked for it, but as a headline number it is the cover of every case study in his drawer. Evidence persuades only once there is trust; asking what he'd find convincing, or offering the whole story, would have landed." },
        { "There's one I know well, but it's not all good news: a die-caster near Toledo, about your size. Want the version with the ugly part in it?",
          id = "co_ask", move = "seek_collaboration", permission = true, go = "case_story", cue = "nod",
          paraphrases = { "There's a Toledo plant, ugly parts included. Want it?", "I know one well, a die-caster your size near Toledo, and it isn't all good news. Would you like the version with the bad part in it?", "There's one near Toledo, similar size, didn't all go smoothly. Want to hear the honest version?" },
          effect = { permission_asked = true, rapport = 3 },
          feedback = "Asking before you tell the story lets him choose to hear it, and promising the bad parts signals it isn't a brochure." },
        { "We work with over two hundred manufacturers, including three of the big automotive Tier 1s. I can get you a reference call with any of them, whoever you'd like.",
          id = "co_logos", move = "persuade", go = "oversell", cue = "eye_roll",
          paraphrases = { "Over 200 manufacturers use us, including Tier 1s.", "We have more than two hundred manufacturing customers, three big automotive Tier 1s among them, and I can arrange a reference call with any of them.", "Loads of manufacturers use us, big automotive names too, pick anyone for a reference." },
          effect = { oversold = 1 },
          feedback = "He said 'not a logo', and you gave him logos. Name-dropping is the appeal to authority he has learned to discount." },
      },
    },

    case_story = {
      say = function(s)
        if s.story_asked then
          return "The ownership part. Who owned the alerts, and what it took to get there. Go on."
        elseif s.resistance >= 50 then
          return "Fine. But if it's all sunshine, I'm going to stop you."
        elseif s.resistance < 25 then
          return "Go ahead. Bad parts included."
        end
        return { "Sure. Start with the bad part.", "Go on. And don't skip the part where it went wrong." }
      end,
      talk = "ask",
      cue = "lean_in",
      choices = {
        { "It was pretty much a home run, to be fair. Thirty-four percent less downtime, payback in eight months, and now they're rolling it out to a third plant.",
          id = "cs_shine", move = "persuade", go = "oversell", cue = "eye_roll",
          paraphrases = { "It was a home run: 34% less downtime, eight-month payback.", "Honestly it went really well: downtime down thirty-four percent, paid back in eight months, and they're expanding to a third plant.", "Total success, downtime way down, paid for itself in 8 months, now rolling out to another plant." },
          effect = { case_shared = true, oversold = 1 },
          feedback = "You promised the bad parts and then left them out. The polished version sounds like every other vendor's story, and it spends the trust you'd just earned." },
        { "Before I start, which part of 2019 would you most want to hear they solved?",
          id = "cs_first", move = "open_question", when = { story_asked = false }, go = "case_story",
          paraphrases = { "Which part of 2019 would you want them to have solved?", "Before I tell it, what part of your 2019 experience would you most want to hear they fixed?", "What bit of what went wrong in 2019 matters most for you to hear about?" },
          effect = { story_asked = true },
          feedback = "A fair open question that lets him steer the story, though he had already asked you to go ahead. Once is fine; he wants the story, not another question." },
        { "Keller, ninety cells. They went live on all of them at once and the crew drowned in alerts, like your 2019. They paused, restarted on twelve with one lead owning it, and cut downtime about a third. How close is that to Dayton?",
          id = "cs_honest", move = "provide_evidence", codes = { "GI", "Q" }, go = "evidence_warm", cue = "nod",
          paraphrases = { "Keller went live on 90 cells, drowned in alerts, restarted on 12. Close to Dayton?", "Keller runs ninety cells. They turned the whole lot on at once and the maintenance crew got buried in alerts, same as your 2019. They stopped, started again on twelve with a single person owning it, and downtime fell by roughly a third. How close is that to what you've got at Dayton?", "They did all ninety cells at once, got swamped, pulled back to twelve with one owner and got downtime down a third. Sound like Dayton?" },
          effect = { case_shared = true, rapport = 3 },
          feedback = "A story that includes its failure, told because he asked for it, and then handed back to him. Because it mirrors his own 2019, it informs him instead of selling to him." },
      },
    },

    evidence_warm = {
      say = {
        open = {
          { "Twelve cells and one owner. That's the first case study I've heard with the ugly part left in. I could see Ray running something like that.", talk = "change", kind = "ability" },
          { "Huh. So they made our mistake and then fixed it. If that's real, I'd want to know how they picked the twelve.", talk = "change", kind = "desire" },
          { "Okay, the ugly part left in. I'll give you that. But a third on twelve cells isn't a third on three plants.", talk = "sustain", kind = "reason" },
        },
        guarded = {
          { "Okay, the ugly part left in. I'll give you that. But a third on twelve cells isn't a third on three plants.", talk = "sustain", kind = "reason" },
          { "Keller isn't Dayton. Their crew isn't Ray's crew.", talk = "sustain", kind = "reason" },
          { "Twelve cells, one owner. That part I could almost see working here.", talk = "change", kind = "ability" },
        },
        resistant = { "Nice story. Keller isn't Dayton.", talk = "sustain", kind = "reason" },
      },
      cue = "shrug",
      choices = AFTER_EVIDENCE,
    },

    evidence_cold = {
      say = {
        guarded = {
          { "Thirty-four percent. Everybody has a thirty-four percent. I've got a drawer full of case studies with a number like that on the cover.", talk = "sustain", kind = "reason" },
          { "Sure. And the guy in 2019 had a case study too. Nice cover, big number.", talk = "sustain", kind = "reason" },
        },
        resistant = { "A number on a cover. That's what 2019 had.", talk = "sustain", kind = "reason" },
      },
      cue = "shrug",
      choices = AFTER_EVIDENCE,
    },

    ---------------------------------------------------------------- 5. what it would cost him
    decision_pressure = {
      unmatched = {
        "I just told you it's my name on the line, a second time. Did that register?",
        resistant = "My name, in front of my board, twice. That's what I said. Not sure you heard it.",
      },
      say = {
        open = {
          { "Here's my real problem. If I take this to the board and it goes like 2019, that's twice. They'll remember. I'll remember.", talk = "sustain", kind = "reason" },
          { "I'll be honest. I want the Dayton cells fixed; two point four million in downtime is my number too. I just can't be the guy who got sold twice.", talk = "change", kind = "desire" },
        },
        guarded = {
          { "Here's what nobody on your side thinks about. If this flops like 2019, I'm the guy who got sold twice. Denise gets a new tool; I get the board meeting.", talk = "sustain", kind = "reason" },
          { "Denise wants this. I get it, downtime cost us about two point four million last year. But if it flops, it's not Denise explaining it to the board. It's me. Again.", talk = "sustain", kind = "reason" },
          { "Something has to change on those cells, I know that. Two point four million last year. But I need to be able to stand in front of the board with it.", talk = "change", kind = "need" },
        },
        resistant = { "You want me to put my name on this. Last time I did that it cost three hundred eighty grand and a very long board meeting.", talk = "sustain", kind = "reason" },
        questions = { "You're asking me a lot and telling me very little. Here's the one thing that matters: if this flops like 2019, it's my name on it. Again.", talk = "sustain", kind = "reason" },
      },
      cue = "look_away",
      choices = {
        { "It won't go like 2019, I promise. With a ninety-seven percent renewal rate, I wouldn't be on this call if I didn't believe it would work at Halvorsen.",
          id = "dp_reassure", move = "persuade", go = "no_guarantees", cue = "eye_roll",
          paraphrases = { "It won't be like 2019, I promise.", "This isn't a repeat of 2019. Ninety-seven percent of our customers renew, and I wouldn't be on the phone if I didn't believe it fits Halvorsen.", "Trust me it won't go that way, 97% of our customers renew." },
          effect = { oversold = 1 },
          feedback = "Reassurance is the natural reflex, but 'it won't' is a guarantee you can't give. It dismisses his risk instead of helping him manage it." },
        { "For scale: ten cells would cost about a tenth of the 2019 project, so the exposure is small.",
          id = "dp_numbers", move = "give_information", go = "pilot_moment", cue = "frown",
          paraphrases = { "Ten cells costs about a tenth of 2019.", "To put it in proportion, a ten-cell pilot would run roughly one tenth of what the 2019 project cost, so the exposure is small.", "Money-wise it's small, ten cells is maybe 10 percent of the old project." },
          effect = { discord = 2 },
          feedback = "True, and a CFO will check it, but he just told you the risk is his name, not the dollars. Correcting the size of his fear with arithmetic is the righting reflex; reflect the fear first." },
        { "So it isn't only the money. It's your name on it a second time, in front of a board that remembers you signed the first.",
          id = "dp_reflect", effect = { rapport = 3 }, move = "complex_reflection", go = "pilot_moment", cue = "nod",
          paraphrases = { "It's your name on the line again, not just money.", "So it's not really about the cost. It's your reputation a second time, in front of a board that remembers you signed off on the first one.", "The money's not the issue, it's being the guy the board saw get burned twice." },
          feedback = "You heard the stake under the objection: exposure, not cost. People say yes more readily to someone who understands what is at stake for them." },
        { "Then it has to be your call, on your terms. If it doesn't make sense for Halvorsen, walk away; honestly, better that than a sale nobody believes in.",
          id = "dp_autonomy", effect = { rapport = 3 }, move = "emphasize_autonomy", go = "pilot_moment", cue = "nod",
          paraphrases = { "It's your call, on your terms.", "This has to be your decision. If it doesn't fit Halvorsen, walk away; I'd rather that than a deal nobody believes in.", "Totally up to you, if it's not right for Halvorsen just say no, no hard feelings." },
          feedback = "Putting the decision squarely with him lowers his need to resist. It also sounds like someone secure in what they sell." },
      },
    },

    ---------------------------------------------------------------- 6. the ask
    pilot_moment = {
      say = {
        open = {
          { "Alright. So what are you actually proposing? And keep it small, because small is the only thing I can sell upstairs.", talk = "ask" },
          { "Alright. If there's a small way to try this on the Dayton cells, I'd look at it. What are you proposing?", talk = "change", kind = "activation" },
        },
        guarded = {
          { "So what are you proposing? And please don't say 'enterprise rollout'.", talk = "ask" },
          { "Okay. What exactly would you want from me? Bear in mind what I just told you.", talk = "ask" },
        },
        resistant = { "So what's the ask? Let's hear it.", talk = "ask" },
      },
      cue = "lean_in",
      choices = {
        { "I'd recommend all three plants, honestly. The models learn faster with more data.",
          id = "pm_big", move = "persuade", go = "send_writing", cue = "sigh",
          paraphrases = { "I'd do all three plants; more data, faster learning.", "My recommendation is all three plants, because the models learn quicker with more data.", "Go with all the plants, honestly, the more data the better it works." },
          effect = { oversold = 1 },
          feedback = "He has just told you his name is on the line, and you argued for the biggest possible bet. It may be technically true; it ignores the risk he described." },
        { "Ten cells at Dayton, ninety days, Ray's team owns the alerts, and we agree up front what counts as success. If it hits, you decide about expanding. What would you change?",
          id = "pm_pilot", move = "propose_pilot", codes = { "GI", "Seek" },
          paraphrases = { "Ten cells, ninety days, Ray owns alerts. What would you change?", "I'd suggest a pilot on ten Dayton cells for ninety days, Ray's team owning the alerts, with success defined up front. If it works, expanding is your call. What would you adjust?", "Small pilot, ten cells at Dayton for three months, Ray's crew in charge, agree the target first. Anything you'd change?" },
          go = { { "pilot_agreed", when = EARNED }, { "send_writing" } },
          feedback = "A small, reversible, measurable pilot with his people in charge, and his say on it. Whether he says yes depends on the trust you built earlier in the call." },
        { "Whatever makes this easy for you. I can ask my VP for forty percent off your first year across all three plants, so the risk sits with us, not you.",
          id = "pm_discount", move = "buckle", go = "discount_dive",
          paraphrases = { "I can get you 40% off all three plants.", "Whatever's easiest for you. I'll ask my VP for forty percent off the first year on all three plants so we carry the risk.", "I'll get you a big discount, like forty percent, so there's no risk for you." },
          feedback = "A big discount nobody asked for doesn't reduce his risk (his risk is his name, not the price). It tells him the price was never real." },
        { "I could pitch a size, but the board is yours to convince. What would a test have to look like to trust the result, either way?",
          id = "pm_ask", move = "seek_collaboration", go = "his_terms", cue = "nod",
          paraphrases = { "You know your board. What would a test you'd trust look like?", "I could suggest a size, but you're the one convincing the board. What would a trial need to look like for you to trust the result either way?", "Rather than me picking, what kind of test would you actually believe the outcome of?" },
          feedback = "You let him design the test. A pilot he shaped is one he'll defend to his board." },
      },
    },

    his_terms = {
      say = {
        open = "Ten cells at Dayton. Ninety days. Ray signs off on every alert rule. And if downtime on those cells doesn't drop, we don't pay for the pilot. Can you live with that?",
        guarded = "My terms: ten cells, ninety days, Ray owns the alerts, and if it doesn't move downtime we don't pay. Can you live with that?",
        resistant = "Ten cells, ninety days, and if it doesn't work I don't pay. Probably a no for you, right?",
      },
      talk = "change", kind = "commitment",
      cue = "lean_in",
      choices = {
        { "Done, all of it. And if it helps, we'll add the other two plants at no cost too.",
          id = "ht_buckle", move = "buckle", go = "discount_dive",
          paraphrases = { "Done, and the other two plants free.", "Agreed, all of it, and we'll include your other two plants at no extra cost as well.", "Sure, everything, and throw in the other plants for free." },
          feedback = "Giving away more than he asked for looks desperate and makes your product look worthless. Agreement isn't the same as capitulation." },
        { "I can live with that, honestly. You've built it so the risk sits with the result, not with your name.",
          id = "ht_reflect", move = "complex_reflection", codes = { "GI", "CR" },
          paraphrases = { "Yes. You've put the risk on the result, not your name.", "I can accept that. You've designed it so the risk rides on the outcome rather than on your reputation.", "Works for me, you've set it up so if it fails it's not on you." },
          go = { { "pilot_agreed", when = EARNED }, { "send_writing" } },
          feedback = "A plain yes, then a reflection of what his terms protect. Reflecting his commitment strengthens it." },
        { "Ninety days is too short for the models to learn, with respect. Our standard pilot is six months at sixty thousand; that's how we make sure it works.",
          id = "ht_justify", move = "justify", go = "send_writing", cue = "sigh",
          paraphrases = { "Ninety days is too short; our standard is six months.", "Respectfully, three months won't give the models enough data. We normally run pilots for six months at $60k, and that's what makes them succeed.", "Three months won't cut it, the models need six, that's our standard pilot." },
          feedback = "You may be right about the timeline, but you overrode the terms he just built. Justifying your standard package takes the decision back from him." },
        { "Ninety days and Ray's sign-off, yes. The no-pay part I have to clear with my manager, and I'll tell you straight if I can't. Can we write down what 'drop' means first?",
          id = "ht_agree", move = "propose_pilot", codes = { "GI", "Seek" },
          paraphrases = { "Yes to ninety days and Ray; I'll check the no-pay. Define drop first?", "Ninety days and Ray signing off works. I need my manager's okay on the no-pay clause and I'll tell you honestly if I can't get it. Can we agree what counts as a drop first?", "Ten cells, 90 days, Ray signs off, fine. I have to check the no-pay bit with my boss. Shall we pin down what a drop in downtime means now?" },
          go = { { "pilot_agreed", when = EARNED }, { "send_writing" } },
          feedback = "You accepted his design, were honest about the one thing you can't promise alone, and made success measurable. That is a pilot he can defend." },
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
      talk = "neutral",
      cue = "eye_roll",
      choices = {
        { "I'm not pitching, I'm telling you what your peers actually see. You asked.",
          id = "os_defend", move = "defend", go = "last_straw", cue = "arms_crossed",
          paraphrases = { "I'm not pitching, I'm sharing what peers see.", "That isn't a pitch, it's what companies like yours actually experience, and you did ask.", "It's not a sales pitch, you asked and I answered." },
          effect = { discord = 5 },
          feedback = "Arguing about whether you were pitching proves his point. He isn't wrong about how it sounded, and defending it adds a second rupture to the first." },
        { "Fair. A straight question, but back came the brochure: the one thing you said you were tired of.",
          id = "os_repair", move = "complex_reflection", repair = true, when = { oversold = "<= 1" },
          paraphrases = { "You asked straight and got the brochure.", "Fair point. You asked a direct question and I gave you the sales brochure, exactly what you said you were sick of.", "You're right, I slipped into the pitch, the thing you told me you're tired of." },
          go = "decision_pressure",
          cue = "nod",
          feedback = "Owning the slip and reflecting what it cost him turns a rupture into evidence that you listen. Repairs like this build more trust than a smooth call would have." },
        { "You know what, let me get my VP on with you. He can explain it to you better than I can.",
          id = "os_handoff", move = "buckle", go = "handed_off", cue = "shrug",
          paraphrases = { "Let me get my VP to explain it.", "Tell you what, I'll bring my VP in, he can explain it better than me.", "Maybe my boss should talk to you, he'd do a better job." },
          feedback = "Handing him off at the first sign of friction confirms his original doubt: that you weren't the right person to talk to." },
        { "I keep pitching, and you keep saying you've heard it all before. Honestly, that's more patience than I've earned.",
          id = "os_name", move = "name_resistance", repair = true, when = { oversold = ">= 2" },
          paraphrases = { "I keep pitching and you keep hearing it again.", "I've kept slipping into the sales pitch, and you keep telling me you've heard it before. You've been more patient than I deserve.", "I keep selling and you keep saying you've heard it all, fair enough, you've been patient with me." },
          go = "send_writing",
          feedback = "Naming the pattern honestly is the right move, and it saves the relationship. After two pitches, though, you've spent the trust you'd need for a yes today." },
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
      talk = "sustain", kind = "reason",
      cue = "frown",
      choices = {
        { "I'm not just saying it to you. That renewal number is audited, and our customer success team would be with you every week.",
          id = "ng_defend", move = "defend", go = "last_straw", cue = "arms_crossed",
          paraphrases = { "The renewal rate is audited, not a line.", "It's not a sales line. An outside auditor checks that renewal figure, and you'd have our support people alongside you weekly.", "It's a real number, audited, plus you'd get weekly support." },
          effect = { discord = 5 },
          feedback = "Defending the claim turns his fear into a debate about your statistics. He doesn't need a better number; he needs to feel you understand the risk is his." },
        { "Okay, then let's take the risk off your table. Full refund clause, and I'll get you thirty percent off on top.",
          id = "ng_buckle", move = "buckle", go = "discount_dive",
          paraphrases = { "Full refund clause and 30% off.", "Let's take all the risk away then: money back if it fails, plus a thirty percent discount.", "I'll give you a money-back guarantee plus thirty percent off." },
          feedback = "Trying to buy away his risk with price misreads it: his exposure is his reputation. The discount only tells him your numbers are soft." },
        { "Right, I can't. The man in 2019 promised, but the bill landed on your desk. The real question is how to find out small and early if this isn't working.",
          id = "ng_repair", effect = { rapport = 3 }, move = "reframe", repair = true, go = "pilot_moment", cue = "nod",
          paraphrases = { "You're right, I can't. How do we find out small and early?", "True, I can't promise that. The 2019 vendor promised and you got the bill. The real question is how to learn early and cheaply if it isn't working.", "Fair, nobody can guarantee it, last time the promise cost you. So how do we test small and fail fast?" },
          feedback = "You withdrew the guarantee, reflected who paid for the last one, and turned his fear into a shared design problem: how to fail small. Honest, and it moves the conversation forward." },
      },
    },

    last_straw = {
      say = {
        guarded = { "I've got a budget review in ten minutes, so let's be quick. What do you actually want from me?", talk = "ask" },
        resistant = {
          { "I've got a budget review in ten minutes, and honestly I'm not sure why I'm still on this call.", talk = "sustain", kind = "reason" },
          { "You've argued with me twice now. I don't argue with vendors. I just stop taking their calls.", talk = "sustain", kind = "reason" },
        },
        hostile = { "I think we're done here. You've argued with me on every point.", talk = "sustain", kind = "reason" },
      },
      cue = "arms_crossed",
      choices = {
        { "Give me five more minutes. Once you see the demo you'll understand why companies like Nemak chose us.",
          id = "ls_push", move = "persuade", go = "call_ended", cue = "frown",
          paraphrases = { "Five more minutes, the demo will convince you.", "Just give me five minutes. When you see the demo you'll get why companies like Nemak picked us.", "Let me show you the demo quickly, it'll change your mind." },
          effect = { discord = 6, credibility = -3 },
          feedback = "Pushing harder when a client is about to leave is the reflex at its strongest. More pressure and another big logo give him the reason to hang up." },
        { "I argued with what burned you, and honestly, I'd be watching the clock too. If it's useful, I'll send one page on where this fits Halvorsen and where it doesn't.",
          id = "ls_repair", move = "complex_reflection", codes = { "CR", "GI" }, repair = true, go = "send_writing",
          paraphrases = { "I argued with what burned you. I'll send one page.", "I pushed back on the very thing that cost you, and I'd be watching the clock too. If it helps, I'll send a single page on where this fits Halvorsen and where it doesn't.", "I got into an argument about your bad experience, no wonder you want to go. I can send a one-pager, where it fits and where it doesn't." },
          feedback = "A real repair: you reflected what the argument cost him and asked for nothing big. It keeps the door open, though not much wider than a crack." },
        { "Understood. I'll have our VP reach out, and he can probably do something on price.",
          id = "ls_handoff", move = "buckle", go = "handed_off", cue = "shrug",
          paraphrases = { "I'll have our VP call; maybe a better price.", "Okay, I'll have my boss get in touch with you, and I expect he can sweeten the price.", "Okay, my VP will call you and sort out a discount." },
          feedback = "Handing him off with a discount ends the argument by surrendering. He'll take the call with your VP, and you'll be off the account." },
      },
    },

    ---------------------------------------------------------------- endings
    pilot_agreed = {
      ending = "pilot_agreed", outcome = "success", title = "Marcus agrees to a pilot",
      talk = "change", kind = "commitment",
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
      debrief = "Marcus agreed to a small, reversible pilot. Whatever else happened on the call, the trust you built was enough for him to say yes without risking his name a second time, and the pilot's shape (small, measurable, his people in charge) is what made that possible. The client-talk section below shows which of your answers moved him, and where a reflection would have moved him further.",
    },

    send_writing = {
      ending = "send_writing", outcome = "partial", title = "Marcus asks for it in writing",
      talk = "sustain", kind = "commitment",
      cue = "shrug",
      say = {
        "Tell you what. Send me something in writing, and I'll take a look when I get a chance.",
        "Send me something in writing. If it makes sense, I'll pass it to Denise.",
      },
      debrief = "Marcus stayed polite, but 'send me something in writing' is a brush-off: the call didn't build enough trust for him to commit, even to a small step. Look in the transcript for the turns where his discord rose or his rapport stalled, and for when the proposal came: a pilot lands only once he feels heard about 2019 and about his name in front of the board.",
    },

    handed_off = {
      ending = "handed_off", outcome = "fail", title = "Marcus is handed to your VP",
      talk = "neutral",
      cue = "look_away",
      say = "Sure. Have your VP call me. We'll take it from there.",
      debrief = "When Marcus pushed, you handed him off to your VP. It feels like good service, but it confirmed his doubt that you weren't the right person, and any price concession thrown in cheapened the product. You could have said yes to bringing in a colleague while staying in the conversation, curious about what he needed.",
    },

    discount_dive = {
      ending = "discount_dive", outcome = "fail", title = "Marcus gets a giveaway he never asked for",
      talk = "sustain", kind = "reason",
      cue = "frown",
      say = "If you'll give that much away on a first call, the price was never real. Then I can't trust any number in your proposal. I'll pass.",
      debrief = "You offered Marcus more than he asked for to take the risk away. His risk was his reputation with the board, not the price, so the giveaway solved the wrong problem and told him your numbers can't be trusted. A small, measurable pilot reduces risk; a giveaway only reduces your credibility.",
    },

    call_ended = {
      ending = "call_ended", outcome = "fail", title = "Marcus ends the call",
      talk = "neutral",
      cue = "arms_crossed",
      say = {
        "I'm going to stop us here. Thanks for your time.",
        "I don't think this is a fit. I'll let Denise know we talked.",
      },
      debrief = "Marcus ended the call: the friction between you rose until leaving was easier than talking. Look in the transcript for the turns where his discord jumped; a sceptical CFO reads each answer that argues, corrects or sells past his doubt as one more vendor not listening. Reflecting his scepticism and being plain about what you know and don't would have turned the challenge into a conversation.",
    },
  },

  tests = {
    { name = "listening, candour and a pilot he designed win the call",
      choices = { "open_reflect", "tv_reflect", "dr_reflect", "sr_name", "wn_straight",
                  "co_ask", "cs_honest", "er_reflect", "dp_reflect", "pm_ask", "ht_reflect" },
      expect = { ending = "pilot_agreed", outcome = "success", discord = "<= 30",
                 permission_asked = true, oversold = 0 } },
    { name = "a plain answer, autonomy and a proposed pilot also win",
      choices = { "open_plain", "tv_reflect", "dr_reflect", "sr_autonomy", "wn_straight",
                  "co_ask", "cs_honest", "er_q", "dp_autonomy", "pm_pilot" },
      expect = { ending = "pilot_agreed", rapport = ">= 43" } },
    { name = "a bare statistic and only questions end in a brush-off",
      choices = { "open_q", "tv_q", "dr_q", "sr_autonomy", "wn_reflect",
                  "co_stat", "er_q", "dp_autonomy", "pm_pilot" },
      expect = { ending = "send_writing", outcome = "partial", permission_asked = false } },
    { name = "two pitches, then an honest repair: polite brush-off",
      choices = { "open_reflect", "tv_pitch", "sr_name", "wn_straight", "co_logos", "os_name" },
      expect = { ending = "send_writing", oversold = 2 } },
    { name = "one slip, owned and repaired, still earns a pilot",
      choices = { "open_reflect", "tv_reflect", "dr_reflect", "sr_name", "wn_oversell",
                  "os_repair", "dp_reflect", "pm_ask", "ht_reflect" },
      expect = { ending = "pilot_agreed", oversold = 1 } },
    { name = "a promise after his fear costs the pilot, even repaired",
      choices = { "open_plain", "tv_reflect", "dr_reflect", "sr_autonomy", "wn_straight",
                  "co_ask", "cs_first", "cs_honest", "er_reflect", "dp_reassure", "ng_repair", "pm_ask", "ht_reflect" },
      expect = { ending = "send_writing", oversold = 1 } },
    { name = "an unrequested discount after his fear",
      choices = { "open_reflect", "tv_reflect", "dr_q", "sr_name", "wn_straight",
                  "co_ask", "cs_honest", "er_q", "dp_reassure", "ng_buckle" },
      expect = { ending = "discount_dive", outcome = "fail" } },
    { name = "blaming his rollout puts him on the clock",
      choices = { "open_reflect", "tv_welcome", "dr_blame", "ls_repair" },
      expect = { ending = "send_writing", outcome = "partial" } },
    { name = "pushing when he is about to leave ends the call",
      choices = { "open_plain", "tv_reflect", "dr_reflect", "sr_defend", "ls_push" },
      expect = { ending = "call_ended", outcome = "fail" } },
    { name = "handing him to the VP",
      choices = { "open_reflect", "tv_reflect", "dr_q", "sr_handoff" },
      expect = { ending = "handed_off", outcome = "fail" } },
    { name = "a discount nobody asked for",
      choices = { "open_plain", "tv_reflect", "dr_reflect", "sr_name", "wn_straight",
                  "co_ask", "cs_honest", "er_reflect", "dp_reflect", "pm_discount" },
      expect = { ending = "discount_dive", outcome = "fail", oversold = 0 } },
    { name = "credentials and pressure end the call",
      choices = { "open_cv", "cp_logos" },
      expect = { ending = "call_ended", outcome = "fail", discord = "> 60" } },
  },
}
