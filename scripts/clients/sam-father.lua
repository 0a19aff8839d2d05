-- Sam: "Anyway. The diary."
--
-- Seed 000. Dealing with resistance in an internalizing client. Sam, 34, third session,
-- came in for sleep problems and low mood after a promotion. Quiet, self-critical,
-- compliant on the surface. Whenever his father comes up he changes the subject (topic
-- avoidance); he bats "why" questions back with gentle humour ("Why? I don't know, you're
-- the therapist"): the seed's clients who "express problem with the wh-question by
-- whining", and Stivers & Hayashi's transformative answers, which resist a question's
-- terms or agenda instead of refusing it. Probe the father too early and he talks about
-- skipping sessions. He is withdrawn, not angry: his resistance is a joke, a side-track,
-- a polite "anyway", going quiet.
--
-- What works: reflections (especially complex ones), following his lead, asking
-- permission, emphasising autonomy, naming the subject change neutrally once rapport is
-- built, affirming. What fails: interpreting or confronting the avoidance, insisting on
-- why, lecturing him on what therapy needs, reassurance that argues with his fear.
--
-- Client talk (model v2): the target behaviours are getting his nights back (the 3:40 loop,
-- the emails) and, more slowly, letting himself talk about his father. diary, three_am,
-- found_out, plan and truce hold both change and sustain variants, so what the trainee did
-- with his earlier talk decides which he says. The father material is a guarded topic:
-- `permission` and `father_opens` carry topic = "father", so the engine has Sam deflect
-- unless rapport >= 55 and discord <= 30. Choices are shuffled per session; their authored
-- order carries no meaning (the MI option is deliberately not first). A 14-turn limit (the
-- mi bot needs 8 to 11) bounds exploration.
--
-- Cast: Marcus (his director), Priya (colleague who also applied for the job), Jo (his
-- partner), his dad (retired bus mechanic, rings on Sundays).
-- Numbers: promoted seven weeks ago to lead the pricing team at Halden Freight, seven
-- reports; awake at 3:40 four nights out of seven; the Q3 forecast due on the 14th.
--
-- Own state:
--   permission_asked  the trainee asked permission or handed Sam the pace on his father
--                     (read by dad_again, sleep_work, plan and wrap; opens the late disclosure).
--                     Not the model's permission_pending, which is about information.
--   father_pushes     how often the trainee pushed the father topic (read by skip_threat,
--                     father_late)

return scenario {
  id = "sam-father",
  title = "Sam: \"Anyway. The diary.\"",
  setting = "Third session, Thursday, 6 p.m. Sam came in for poor sleep and low mood that began "
    .. "when he was promoted to lead the pricing team at Halden Freight seven weeks ago. "
    .. "Last week you asked him to keep a sleep diary. In session one he mentioned his father once, then changed the subject.",
  unmatched = { "Sorry, I'm not sure what you mean. Could you say that another way?",
                guarded = "Sorry, I didn't follow that. Is that a therapist thing? I'm a bit slow this week.",
                resistant = "I don't know what that means. Can we just get on with it?",
                hostile = "I've no idea what you're on about. Honestly, I'm too tired for riddles." },

  client = {
    name = "Sam", role = "Pricing team lead, 34", pronoun = "he", manner = "withdrawn", difficulty = "intermediate",
    look = { skin = "#e0ac69", hair = "#4a3020", top = "#5b6770", age = 34, face = "long",
              hair_style = "curly", glasses = "round",
              clothing = "sweater", build = "slight", setting = "therapy" },
    traits = { receptivity = 3, reactance_trait = 0.6, volatility = 0.15 },
    topics = { father = { sensitivity = 55 } },
  },

  state = {
    discord = 25, rapport = 40, reactance = 20, credibility = 55, importance = 4,
    permission_asked = false,
    father_pushes = { 0, min = 0, max = 10 },
  },

  start = "opening",
  walkout = "cancels",
  rules = {
    { when = { discord = ">= 75" }, go = "cancels" },
  },
  turn_limit = { 14, go = "sleep_plan" },

  nodes = {

    ---------------------------------------------------------------- 1. the diary, and Sunday
    opening = {
      unmatched = "Sorry, I'm not sure what you mean. I've got the diary here, four nights at twenty to four. Do you want me to read it out or not?",
      cue = "shrug",
      talk = "neutral",
      say = {
        open = "Hi. I did the diary. Four nights out of seven I was awake at twenty to four. Sunday I barely slept, but my dad had rung, so that one's probably an outlier. Do you want me to read it out?",
        guarded = {
          "Hi. Sorry, Leeds Road was solid. So, the diary. Four nights out of seven, awake at 3:40. Sunday I barely slept, but my dad rang that evening, so that one probably doesn't count. Anyway. Should I read it out?",
          "I brought the diary. It's not pretty. Four nights at twenty to four, on the dot. Sunday was the worst, but my dad had rung, so... outlier. Do you want the numbers or the highlights?",
        },
      },
      choices = {
        { "Before the numbers, I'd like to stay with Sunday for a moment. Your worst night was the night your dad rang, and I think you know that's the most important line in your whole diary.",
          id = "name_dad_early", move = "persuade", go = "pushed", topic = "father", cue = "look_away",
          paraphrases = {
            "Sunday, when your dad rang, is the real story in that diary.",
            "Let's leave the numbers for a second. Your worst night came after your father called, and I'd say that's the key entry in there.",
            "Honestly, I don't think Sunday's an outlier. Your dad phoned and you didn't sleep, and that's the bit that matters most.",
          },
          effect = { father_pushes = 1 },
          feedback = "Quite possibly true, and badly timed: your interpretation of his diary, in the first minute, overrides the 'outlier' he just filed it under. Without rapport, pointing at what he moved past only teaches him to move faster." },
        { "Four nights at twenty to four. Not a disaster, but a lot of early mornings to carry into a job you've only had seven weeks.",
          id = "reflect_nights", move = "complex_reflection", go = "diary", cue = "nod",
          paraphrases = {
            "Four early wake-ups a week, seven weeks into the job.",
            "Waking at 3:40 most nights is a heavy load to carry when you're still new in the role.",
            "That's a lot of broken nights to be lugging into a brand new job.",
          },
          effect = { rapport = 3 },
          feedback = "A complex reflection that stays on Sam's agenda (the sleep, the new job) and adds the weight he didn't put into words. It builds the alliance before anything sensitive is touched." },
        { "You said your dad rang on Sunday. What was that call like?",
          id = "ask_sunday", move = "open_question", go = "dodge_sunday", topic = "father",
          paraphrases = {
            "How did Sunday's phone call with your dad go?",
            "Tell me about the conversation with your father on Sunday.",
            "What happened when your dad called you?",
          },
          effect = { father_pushes = 1 },
          feedback = "Natural curiosity, and open. But it picks up the one thing Sam has just filed as 'an outlier', in the first minute, with rapport still thin. Expect him to steer away." },
        { "Did the phone stay out of the bedroom?",
          id = "check_phone", move = "closed_question", go = "diary",
          paraphrases = {
            "Was your phone out of the bedroom at night?",
            "Did you manage to keep the mobile out of your room like we said?",
            "Phone outside the bedroom, did that happen?",
          },
          feedback = "Checking the homework is reasonable, but a closed, evaluative question casts you as the boss checking his work, a role Sam already lies awake over." },
      },
    },

    -- Sam's first transformative answer: he answers about Sunday, on his own terms, and leaves.
    dodge_sunday = {
      cue = "laugh",
      talk = "neutral",
      say = {
        deflect = {
          "Ha. The usual. He asked about the car and whether I'd been to the match. Riveting. Anyway, Tuesday was the worst night, if you want the diary.",
          "Oh, nothing. We talked about the car. He's very big on tyre pressure. Anyway. The diary. Tuesday was bad.",
        },
        guarded = "Nothing really. He rang, we talked about the car. Anyway, Tuesday was the worst night.",
        resistant = "It was a phone call. People's dads ring them. Can we do the diary?",
      },
      choices = {
        { "OK, Tuesday. The worst night of the week.",
          id = "follow_tuesday", move = "simple_reflection", go = "three_am",
          paraphrases = {
            "Tuesday was the worst one.",
            "So Tuesday was the roughest night you had this week.",
            "Right, Tuesday was the really bad night.",
          },
          feedback = "Following Sam's lead back to the nights accepts his change of subject without comment. It costs nothing and earns some trust." },
        { "Fair enough, Tuesday it is. Your dad can come up later, or not at all, but that's your call, not mine.",
          id = "your_call_early", move = "emphasize_autonomy", go = "three_am",
          paraphrases = {
            "Tuesday then. Whether we talk about your dad is up to you.",
            "Sure, let's go to Tuesday. If you ever want to talk about your father, you decide when, or if.",
            "No problem, we'll do Tuesday. Your dad is yours to raise or leave alone, totally your choice.",
          },
          effect = { permission_asked = true },
          feedback = "Handing Sam the pace on his father lowers the threat he felt from the question. It also tells him the topic is allowed, without making it compulsory." },
        { "Did he say anything about the promotion?",
          id = "ask_promotion", move = "closed_question", go = "pushed", topic = "father",
          paraphrases = {
            "Did your dad mention the new job?",
            "Has your father said anything about you getting promoted?",
            "Did he bring up the promotion at all?",
          },
          effect = { father_pushes = 1 },
          feedback = "A second push straight after a deflection. The question is mild, but Sam hears that his 'anyway' was ignored." },
        { "I notice that whenever your dad comes up, you steer us somewhere safer. I think you might be protecting yourself from feeling something there, and that's worth us looking at.",
          id = "steering_away", move = "confront", go = "pushed", topic = "father", cue = "look_away",
          paraphrases = {
            "Every time your father comes up you change the subject.",
            "You keep dodging whenever we get near your dad, and I think you're avoiding some feeling about him that we need to look at.",
            "You switch topics the moment your dad's mentioned. I reckon you're shielding yourself from something there.",
          },
          effect = { father_pushes = 1 },
          feedback = "Warmly meant, but it labels his defence before he trusts you, and tells him what he feels. The seed's warning: keep probing and he starts missing appointments." },
      },
    },

    ---------------------------------------------------------------- 2. the pattern
    diary = {
      say = {
        open = {
          { "It helped, actually, writing it down. Asleep by midnight, awake at 3:40, and my head's already at my desk. I'd really like those hours back.", talk = "change", kind = "desire" },
          { "Asleep by midnight, awake at 3:40, head already at my desk. Tuesday I gave up at half four and did emails till six. I'm just not built for switching off.", talk = "sustain", kind = "ability" },
        },
        guarded = {
          { "Same pattern every time. Midnight, then 3:40, wide awake, straight into work stuff. Tuesday I did emails till six. I can't keep doing that, though. I was useless by Wednesday.", talk = "change", kind = "need" },
          { "Midnight, 3:40, lie there till five, give up. Tuesday I did emails at the kitchen table till six. I know. I'm bad at homework, apparently.", talk = "sustain", kind = "ability" },
          { "Midnight, 3:40, emails. Tuesday I did the kitchen table till six. I've never been good at leaving work at work.", talk = "sustain", kind = "ability" },
        },
        resistant = { "Midnight, 3:40, emails. Same as last week. I don't know what else there is to say about it.", talk = "sustain", kind = "ability" },
      },
      choices = {
        { "So by 3:40 the working day has already started, hours before anyone else is in.",
          id = "office_at_340", move = "complex_reflection", go = "three_am",
          paraphrases = {
            "Your workday begins at 3:40, in bed.",
            "By twenty to four you're already at work in your head, long before the office opens.",
            "So work kicks off at 3:40 for you, way before everyone else gets in.",
          },
          effect = { rapport = 3 },
          feedback = "Reflecting the meaning (the job has taken over the night) invites Sam to say more without being asked anything." },
        { "Then the phone sleeps in the kitchen from tonight.",
          id = "phone_rule", move = "persuade", go = "lectured",
          paraphrases = {
            "Phone goes in the kitchen tonight.",
            "From now on you should leave your mobile charging downstairs overnight.",
            "OK, starting tonight, keep the phone out of the bedroom.",
          },
          feedback = "Kind, and unasked advice all the same, right after he told you how he failed the homework: the righting reflex. One more rule for a man who already lives by too many invites compliance, not change." },
        { "Tuesday wasn't the plan, but you still wrote it down, along with every other night, including the ones that don't make you look good. That's honest work.",
          id = "affirm_diary", move = "affirm", go = "three_am", cue = "smile",
          paraphrases = {
            "You recorded every night honestly, even Tuesday.",
            "Even the nights that didn't go well made it into the diary. That took real honesty.",
            "You didn't hide the bad nights like Tuesday, you wrote them all down. Good on you.",
          },
          feedback = "Affirming the effort and honesty answers his self-criticism without arguing with it." },
        { "Why do you think you can't switch off once you're awake?",
          id = "why_switch_off", move = "open_question", go = "why_node",
          paraphrases = {
            "Why can't you turn your mind off at night?",
            "Why is it so hard to stop thinking about work once you've woken up?",
            "Why do you reckon your head won't quieten down when you wake?",
          },
          feedback = "'Why' asks a self-critical client to account for himself, and Sam has no answer: that is the problem he came with. Expect him to bat it back." },
      },
    },

    -- The wh-question complaint, in Sam's register: a joke that hands the question back.
    why_node = {
      cue = "laugh",
      talk = "neutral",
      say = {
        open = "Why? Honestly, no idea. You're the therapist. I was hoping you'd tell me.",
        guarded = {
          "Why? I don't know. You're the therapist, you tell me.",
          "If I knew why, I'd be asleep, wouldn't I? I thought that was your department.",
          "Why. You sound like my nephew. Why, why, why. I don't know why. That's sort of the whole problem.",
        },
        resistant = "I don't know why. I've said I don't know. Is there a right answer I'm meant to give?",
      },
      choices = {
        { "I ask because it helps. Have a go.",
          id = "justify_why", move = "justify", go = "lectured",
          paraphrases = {
            "Asking why is useful, just try.",
            "I'm asking for a reason, it helps us understand what's going on. Give it a try.",
            "There's a point to the question, honestly, so just try answering it.",
          },
          feedback = "Explaining why you asked defends the question instead of hearing the objection. And 'there's no wrong answer' rarely reassures a man whose fear is getting it wrong." },
        { "Fair. If you knew why, you'd be asleep, and you'd hardly need me. So forget why: walk me through what actually happens at 3:40?",
          id = "fair_point", move = "complex_reflection", codes = { "CR", "Q" }, go = "three_am", cue = "smile",
          paraphrases = {
            "Fair, if you knew why you'd be sleeping. What happens at 3:40?",
            "Good point, knowing why would have solved it already. Let's skip the why and tell me what goes on when you wake at twenty to four.",
            "True, if you had the answer you wouldn't be here. So talk me through a typical 3:40 instead.",
          },
          effect = { rapport = 2 },
          feedback = "Reflecting the point of his joke (the why is the problem, not the route out) treats his pushback as information, then asks about what he can actually describe." },
        { "OK, but best guess, then. Why 3:40, and not midnight?",
          id = "best_guess", move = "open_question", go = "three_am",
          paraphrases = {
            "Take a guess: why 3:40?",
            "Even if you're not sure, why do you think you wake at twenty to four rather than when you first go to bed?",
            "Just guess, why that time of night and not earlier?",
          },
          effect = { discord = 3 },
          feedback = "Insisting on the why after he has declined it keeps him on the spot. He may answer, but he's answering to you, not for himself." },
      },
    },

    -- Surface compliance after advice: flat agreement is discord, not agreement.
    lectured = {
      cue = "shrug",
      say = {
        guarded = {
          { "Sure. Yeah. No, that makes sense. I'll try.", talk = "neutral" },
          { "Right. OK. I'll add it to the list.", talk = "neutral" },
        },
        resistant = {
          { "Fine. I'll add it to the list of things I'm doing wrong.", talk = "sustain", kind = "ability" },
          { "Yeah. OK. I'll try. I'm not great at this stuff, as you can see.", talk = "sustain", kind = "ability" },
        },
        hostile = { "OK. You're the expert. I'll do whatever you say.", talk = "neutral" },
      },
      choices = {
        { "But the evidence on screens and your sleep is clear.",
          id = "evidence_lecture", move = "persuade", go = "skip_threat",
          paraphrases = {
            "Research on screens and sleep is clear.",
            "The studies are pretty conclusive that phones at night wreck your sleep.",
            "Honestly, the science says screens mess with sleep.",
          },
          feedback = "More information after surface compliance is the righting reflex doubling down. Sam hears that he's failing at therapy too." },
        { "One more rule to get right, from one more person.",
          id = "one_more_rule", move = "complex_reflection", go = "three_am", cue = "nod",
          paraphrases = {
            "Another rule from someone else.",
            "Sounds like yet another thing you're expected to get right.",
            "Just one more person telling you what to do.",
          },
          feedback = "Five words that reflect what his flat 'sure' meant. His polite agreement was discord in disguise, and you heard it." },
        { "That came out flat, and I think I know why: I just handed you one more thing to get right, when you're already drowning in them.",
          id = "own_it", move = "complex_reflection", go = "three_am", repair = true, cue = "nod",
          paraphrases = {
            "My fault, I just added to your list.",
            "That sounded flat, and fair enough: I gave you another thing to get right when you've already got loads.",
            "I think I just piled another task on you when you're swamped already, sorry.",
          },
          feedback = "Owning the misstep and reflecting how it landed repairs the moment. Sam's flat 'sure' was discord in polite clothes." },

      },
    },

    three_am = {
      cue = "look_away",
      say = {
        open = {
          { "It's a loop. The Q3 forecast's due on the 14th and Marcus wants it 'board-ready'. Then Priya. Then Monday's meeting, rewritten. I can't run a team on four hours. Something has to give.", talk = "change", kind = "need" },
          { "Mostly I rewrite conversations. Monday's meeting, something I said to Priya. I lie there editing myself. It's just how I'm wired, I think.", talk = "sustain", kind = "ability" },
        },
        guarded = {
          { "Work stuff. The forecast's due on the 14th. Priya, a bit. Things I said in meetings. I'd just like one night where my head shuts up.", talk = "change", kind = "desire" },
          { "Just work. Numbers, meetings. Whether I said something stupid on Monday. Normal stuff. Everyone in a new job is like this.", talk = "sustain", kind = "reason" },
          { "Work. The forecast, Priya, Monday. It's boring, you don't want the full tour. It'll calm down once the forecast's in.", talk = "sustain", kind = "reason" },
        },
        resistant = { "It's work. Everyone's stressed about work. I'm not special.", talk = "sustain", kind = "reason" },
        questions = { "You do ask a lot of questions, you know. Fine. At 3:40 it's work. The forecast, Priya, the Monday meeting, round and round. Next question, I suppose.", talk = "neutral" },
      },
      choices = {
        { "The forecast's due on the 14th, and then it should calm down.",
          id = "forecast_calms", move = "simple_reflection", go = "found_out",
          paraphrases = {
            "Once the forecast's in on the 14th, things settle.",
            "After the Q3 deadline on the 14th, you expect it to ease off.",
            "So it should get quieter once the forecast is done.",
          },
          feedback = "A reflection, but of the wrong thing: you picked up the deadline and the 'it'll pass', his reason not to change, and left the self-scrutiny he was circling untouched." },
        { "Work, but not the forecast so much: you lie there re-running Monday, going through every sentence for the one you got wrong.",
          id = "rerun_monday", move = "complex_reflection", go = "found_out",
          paraphrases = {
            "You replay Monday's meeting looking for mistakes.",
            "It's less the numbers and more lying awake going over what you said on Monday, hunting for the wrong line.",
            "So really you're lying there picking apart every word from the Monday meeting.",
          },
          effect = { rapport = 3 },
          feedback = "A complex reflection that continues his paragraph: it names the self-scrutiny underneath 'work stuff' without asking him to defend it." },
        { "You're being really hard on yourself. Most new managers go through exactly this, and you're clearly good at what you do. Give it six months and you'll wonder what the fuss was about.",
          id = "reassure", move = "persuade", go = "reassured",
          paraphrases = {
            "Don't be so hard on yourself, it's normal.",
            "Every new manager feels like this at first, and you're obviously capable. It'll pass in a few months.",
            "Honestly you're doing fine, everyone struggles in a new role, and you'll laugh about this by spring.",
          },
          feedback = "Reassurance is the righting reflex in a kind voice: it files his worry as a phase instead of hearing it. He'll agree politely and feel more alone with it." },
        { "Tell me about Priya.",
          id = "ask_priya", move = "open_question", go = "priya",
          paraphrases = { "What's the story with Priya?", "Can you say a bit more about Priya?", "How are things with Priya?" },
          feedback = "An open invitation on something he mentioned. It follows his lead, though a reflection would have done more." },
      },
    },

    priya = {
      talk = "neutral",
      say = {
        open = "She's good. Better with clients than me, if I'm honest. She applied for the job too, and she was lovely about it, which almost makes it worse. I keep thinking she's waiting for me to mess up. And then I think, fair enough.",
        guarded = {
          "She's fine. She applied for the job as well. She's been nice about it. Really nice. It's not about her, really.",
          "Priya's great. That's sort of the problem. She'd probably be better at it than me.",
        },
        resistant = "What is this, an appraisal? She's fine. Priya's fine.",
        questions = "More questions. OK. She's fine, she wanted the job, she didn't get it. Is that what you were after?",
      },
      choices = {
        { "It sounds like you two need an honest conversation to clear the air. Have you thought about taking her for a coffee?",
          id = "coffee", move = "persuade", go = "reassured",
          paraphrases = {
            "Maybe take Priya for a coffee and talk.",
            "You should probably just have an open chat with her and clear things up, maybe over lunch.",
            "Why not sit down with Priya one to one and get it all out in the open?",
          },
          feedback = "Jumping to a fix for a relationship he hasn't finished describing is the righting reflex. He'll agree, and do nothing." },
        { "She's being kind, but it doesn't land, because part of you already agrees with the criticism she hasn't made.",
          id = "unspoken_criticism", move = "complex_reflection", go = "found_out",
          paraphrases = {
            "Her kindness doesn't help; you half believe the verdict she's never given.",
            "Priya's nice to you, but it doesn't reach you, because deep down you think she'd be right to doubt you.",
            "She's lovely about it, yet part of you already thinks she should have got the job.",
          },
          effect = { rapport = 3 },
          feedback = "Reflecting the part he hinted at (he half-agrees with an imagined verdict) goes deeper than any question about Priya could." },
        { "Has she actually said or done anything that suggests that?",
          id = "evidence_priya", move = "closed_question", go = "found_out",
          paraphrases = {
            "Has Priya given you any real sign of that?",
            "Is there anything she's actually done that shows she's waiting for you to fail?",
            "Any actual evidence she thinks that?",
          },
          feedback = "A reality check is reasonable, but it asks Sam to defend his fear rather than explore it." },
      },
    },

    -- The self-critical core.
    found_out = {
      cue = "sigh",
      say = {
        open = {
          { "I keep waiting for someone to work out they promoted the wrong person. Like it was a clerical error. And I want to be good at this. That's the stupid part. I really want it.", talk = "change", kind = "desire" },
          { "I keep waiting for someone to work out they promoted the wrong person. Marcus, Priya, the whole floor. Like HR are going to ring.", talk = "sustain", kind = "ability" },
        },
        guarded = {
          { "I just keep waiting for someone to notice. That I'm not actually... you know. Up to it. Like there's been a clerical error.", talk = "sustain", kind = "ability" },
          { "It's like a probation nobody told me about. Any day now someone says, 'Sorry, we meant the other Sam.' I'd like to stop waiting for that.", talk = "change", kind = "desire" },
        },
        resistant = { "Look, I'm just not sure I'm cut out for it. That's not a sleep problem, that's a fact.", talk = "sustain", kind = "ability" },
        questions = { "No, she hasn't said anything. You can keep asking, but it comes out the same: I just don't think I'm up to it. Like there's been a clerical error.", talk = "sustain", kind = "ability" },
      },
      choices = {
        { "They promoted you, though. You're good at this, you know you are.",
          id = "argue_back", move = "persuade", go = "reassured",
          paraphrases = {
            "They chose you for a reason.",
            "Marcus picked you because you're capable, and deep down you know that.",
            "Come on, you got the job, you're clearly good at it.",
          },
          feedback = "Arguing with the self-criticism makes Sam defend it: the more you insist he's capable, the more reasons he finds why he isn't." },
        { "So it's more than sleep. You do the job all day, but then lie awake waiting for someone to take it back.",
          id = "impostor", move = "complex_reflection", go = "dad_again",
          paraphrases = {
            "You're doing the job but waiting to be found out.",
            "This isn't just about sleep: all day you manage the team, then at night you wait for them to take the promotion away.",
            "So it's not just the sleep, it's lying there expecting them to say they picked the wrong guy.",
          },
          effect = { rapport = 3 },
          feedback = "The reflection links the symptom to its meaning in Sam's own terms. Feeling understood, he says more than he planned to." },
        { "And in the meantime you've run a team of seven for seven weeks, forecast and all, on four hours' sleep a night, and nobody has rung.",
          id = "seven_weeks", move = "affirm", go = "dad_again",
          paraphrases = {
            "Seven weeks leading seven people, on little sleep.",
            "Meanwhile you've managed the pricing team for nearly two months on four hours a night, and no one's called to take it back.",
            "And you've still kept seven people going with hardly any sleep, and HR hasn't rung.",
          },
          feedback = "Affirming what he has actually done sits alongside the fear without arguing with it." },
      },
    },

    -- After reassurance or advice: polite agreement, and the fear still there.
    reassured = {
      cue = "shrug",
      talk = "sustain", kind = "ability",
      say = {
        guarded = {
          "Yeah. Probably. Everyone keeps saying that. Marcus said it. It doesn't really help at 3:40, though, when I'm lying there thinking they picked the wrong person.",
          "Maybe. Jo says the same. I just can't make myself believe it at twenty to four.",
        },
        resistant = "Yeah. Sure. Everyone says that.",
        hostile = "Right. Well. Thanks.",
      },
      choices = {
        { "Everyone's sure of it except you, at twenty to four.",
          id = "except_you", move = "complex_reflection", go = "dad_again",
          paraphrases = {
            "Everyone believes it but you, at 3:40.",
            "Marcus and Jo are convinced, but in the middle of the night you're not.",
            "So everybody else thinks you're fine, just not you when you wake up.",
          },
          feedback = "Reflecting the sustain talk instead of arguing with it: the reassurance convinces everyone but the man lying awake. Now he doesn't have to defend his doubt." },
        { "But look at the facts. You've had no disasters.",
          id = "facts", move = "persuade", go = "skip_threat",
          paraphrases = {
            "Nothing's actually gone wrong so far.",
            "The evidence says otherwise, there haven't been any real problems in seven weeks.",
            "Seriously, no disasters yet, so the facts are on your side.",
          },
          feedback = "Arguing harder after sustain talk is the righting reflex at full strength. The more you argue his case, the more he argues the other side." },
        { "I just did what everyone does and told you it'll be fine. And it doesn't touch what happens at 3:40.",
          id = "own_reassurance", move = "complex_reflection", go = "dad_again", repair = true, cue = "nod",
          paraphrases = {
            "I reassured you like everyone else, and it doesn't help.",
            "I've just done the same as Marcus and Jo, telling you it'll be OK, and that does nothing for you at twenty to four.",
            "Sorry, I gave you the standard it'll be fine line, and that's no use when you're awake at 3:40.",
          },
          feedback = "Naming your own misstep and reflecting what reassurance misses puts you back on his side of the problem." },
      },
    },

    ---------------------------------------------------------------- 3. the father, again
    dad_again = {
      unmatched = "Sorry, you've lost me. Anyway, it was just something he used to say. The forecast's the real problem.",
      cue = "look_away",
      talk = "neutral",
      say = function(s)
        if s.permission_asked then
          return "My dad's got a phrase for it. You said he could wait, so I'll just give you the phrase: 'Don't get ideas, son.' That's it. Anyway. The forecast's the real problem."
        elseif s.resistance >= 50 then
          return "Like my dad says. Don't get ideas. Anyway, forget that. The forecast's the problem."
        end
        return {
          "My dad used to say, 'Don't get ideas, son.' Every school report. Anyway. That's ancient history. The forecast's the actual problem this week.",
          "It's what my dad always said. 'Don't get ideas.' Anyway, the forecast. That's the real thing keeping me up.",
        }
      end,
      choices = {
        { "Your dad's come up twice today, and twice he's been shown out quickly. I won't chase him, but I noticed.",
          id = "notice_dad", move = "name_resistance", go = "permission", when = { rapport = ">= 50" },
          paraphrases = {
            "Your dad keeps coming up and leaving quickly.",
            "That's the second time your father's been mentioned and then moved past. I'm not going to push, I just noticed it.",
            "I noticed your dad popped up twice and got moved on fast. I won't go after it.",
          },
          effect = { rapport = 2 },
          feedback = "Naming the pattern neutrally, once rapport is there, and promising not to chase it lets Sam look at his own avoidance without having to defend it." },
        { "That's twice today your dad has come up, and twice you've changed the subject straight away. I think that's where the real work is for you, not the forecast.",
          id = "twice_now", move = "confront", go = "pushed", topic = "father", cue = "look_away",
          paraphrases = {
            "You keep avoiding your dad; that's the real issue.",
            "Twice now you've mentioned your father and then switched topics. I think he matters more here than the forecast does.",
            "You've dodged your dad twice today. That's what we should really be working on, not work.",
          },
          effect = { father_pushes = 1 },
          feedback = "Accurate, and exactly why it stings: an interpretation delivered as a verdict. Sam hears 'you're doing therapy wrong' and closes up." },
        { "What did he mean by that, 'don't get ideas'?",
          id = "what_he_meant", move = "open_question", go = "not_today", topic = "father", when = { rapport = "< 50" },
          paraphrases = {
            "What was your dad getting at with don't get ideas?",
            "When he said don't get ideas, what do you think he meant by it?",
            "What's behind that phrase of your father's?",
          },
          effect = { father_pushes = 1 },
          feedback = "A genuine question, but Sam has just closed the door with 'anyway', and the alliance isn't strong enough yet for you to open it for him." },
        { "Is your dad something you'd want to talk about at some point? It's completely fine if the answer's no, or not yet, or not with me.",
          id = "ask_permission", move = "seek_collaboration", codes = { "Seek", "Emphasize" }, go = "permission",
          paraphrases = {
            "Would you want to talk about your dad sometime? No is fine.",
            "Would it be OK to talk about your father at some stage, or would you rather not? Either answer is fine with me.",
            "Do you want to get into the dad stuff at some point? Totally fine to say not now, or not ever.",
          },
          effect = { permission_asked = true },
          feedback = "Asking whether he wants to go there, and meaning it when you say no is fine, makes the father Sam's topic to open, not yours to take." },
        { "The forecast's what's keeping you up.",
          id = "follow_forecast", move = "simple_reflection", go = "sleep_work",
          paraphrases = {
            "The forecast is the main problem.",
            "So it's the Q3 forecast that keeps you awake at night.",
            "Work's what's doing it, the forecast mainly.",
          },
          feedback = "Following his lead keeps the alliance, but reflecting only the surface accepts the change of subject: the session will stay on sleep." },
      },
    },

    -- His answer to the invitation. It discloses the father only when he feels safe enough.
    permission = {
      topic = "father",
      talk = "neutral",
      say = {
        open = {
          "Yeah. Maybe. It's not a big dramatic thing, which is sort of why it's embarrassing. He never hit anyone. He just never thought much of anything I did.",
          "Ha. You noticed. It's not some big trauma. He's just... not a 'well done' sort of person. Never was.",
        },
        guarded = "Maybe. It's not some big trauma thing. He's just never been a 'well done' sort of person. Can I think about it?",
        deflect = {
          "Ha. You noticed. He's fine, really. Not a big 'well done' man, but whose dad is? Can I think about it?",
          "It's a bit of a cliché, isn't it, talking about your dad. He's not a 'well done' person. That's all. Can I think about it?",
        },
        resistant = "I'd rather not, if that's all right. I came here to sleep.",
      },
      choices = {
        { "It's really common to find this hard at first, and you don't have to have it worked out. In my experience, once people start talking about a parent, things shift much faster than they expect.",
          id = "common_hard", move = "persuade", topic = "father",
          paraphrases = {
            "Most people find this hard, but talking about a parent helps a lot.",
            "Lots of clients struggle at first and you don't need it all figured out, but things tend to move quickly once you talk about your dad.",
            "It's normal to find it tough, but honestly opening up about your father usually makes a big difference fast.",
          },
          go = { { "not_today", when = { discord = "< 45" } }, { "pushed" } },
          effect = { father_pushes = 1 },
          feedback = "Encouraging and well meant, and it argues for the topic he just asked to think about. Reassurance that it will help is still your agenda, not his." },
        { "Not dramatic. Just a steady 'not good enough' in the background, for as long as you can remember.",
          id = "steady_hum", move = "complex_reflection", topic = "father",
          paraphrases = {
            "Never dramatic, always not quite good enough.",
            "Nothing big, just a constant sense that you didn't measure up for him, all your life.",
            "No big scenes, just this background feeling you were never enough for him.",
          },
          go = { { "father_opens", when = { rapport = ">= 55", discord = "<= 30" } }, { "not_today" } },
          effect = { rapport = 2 },
          feedback = "A complex reflection of what he is only hinting at. If the alliance is strong enough he takes it further; if not, he steps back, and that is information too." },
        { "No rush. We can stay with sleep today, but he's yours to bring in, if and when you want.",
          id = "your_pace", move = "emphasize_autonomy", go = "sleep_work",
          paraphrases = {
            "We'll stick to sleep; your dad is your call.",
            "There's no hurry. We can focus on sleep today, and you can raise your father whenever you choose.",
            "Take your time. Sleep for now, and the dad stuff only if you want it.",
          },
          effect = { permission_asked = true },
          feedback = "Handing Sam the pace lowers his guard. Clients often bring a subject in themselves once they know they don't have to." },
        { "I wonder if the voice at 3:40 is actually his.",
          id = "interpret_voice", move = "complex_reflection", topic = "father",
          paraphrases = {
            "Maybe the 3:40 voice is your dad's.",
            "Perhaps the critic that wakes you at twenty to four sounds like your father.",
            "I'm wondering whether it's his voice you hear in the night.",
          },
          go = { { "intellect", when = { discord = "< 50" } }, { "pushed" } },
          effect = { father_pushes = 1 },
          feedback = "A reflection, and possibly true, but it goes a step past anything he has said: he gets your theory to agree with instead of a feeling to notice. Expect the textbook answer." },
      },
    },

    -- A transformative answer to a pushed topic: he answers, then takes the agenda back.
    not_today = {
      cue = "look_away",
      talk = "neutral",
      say = {
        deflect = {
          "He's fine. He's retired, he does the garden, he rings on Sundays. That's all there is. Can we do 3:40 instead? That's the bit I actually need help with.",
          "Ha. Not today, I don't think. Can we go back to the sleep? I've got a forecast to do on no sleep.",
        },
        guarded = "I'd rather not get into him today. Can we do the 3:40 stuff? That's what I actually need help with.",
        resistant = "I've said. I don't want to do the dad thing. Can we do sleep?",
      },
      choices = {
        { "I hear that. I just think 3:40 and your dad might be the same conversation.",
          id = "same_conversation", move = "confront", go = "skip_threat", topic = "father",
          paraphrases = {
            "I think your dad and 3:40 are linked.",
            "I get it, but I suspect the sleep problem and your father are really one and the same topic.",
            "OK, but honestly I reckon the night stuff is really about your dad.",
          },
          effect = { father_pushes = 1 },
          feedback = "It sounds like agreement and then overrides his clear no on a guarded topic. That is how clients end up cancelling." },
        { "Yes. Let's do 3:40. Your dad is yours to bring in, or not, whenever you want, and I won't go looking for him.",
          id = "back_to_sleep", move = "emphasize_autonomy", go = "sleep_work",
          paraphrases = {
            "Sure, 3:40 it is; I won't chase your dad.",
            "Absolutely, let's work on the early waking. If you ever want to talk about your father that's up to you, and I won't push.",
            "OK, sleep then. Your dad only comes up if you bring him up.",
          },
          effect = { permission_asked = true },
          feedback = "Accepting the 'not today' gracefully, and saying so, is what makes a later 'yes' possible." },
        { "Is that a 'not today' or a 'not ever'?",
          id = "today_or_ever", move = "closed_question", go = "sleep_work",
          paraphrases = {
            "Not now, or not at all?",
            "Do you mean you don't want to talk about him today, or never?",
            "Is that just for today or for good?",
          },
          feedback = "Honest, but it asks him to commit on the spot about the very thing he wants to postpone." },
      },
    },

    -- Sam pushes back on the father topic, in his way: a joke, then the agenda taken back.
    pushed = {
      cue = "shrug",
      talk = "neutral",
      say = {
        deflect = {
          "Ha. Every therapist's favourite. Honestly, he's fine. Retired, does the garden, watches quiz shows. It's the job. Can we do the job?",
          "You've got a real thing for my dad, haven't you? He's a retired bus mechanic. It's the job that's keeping me up.",
        },
        guarded = "Can we not do the dad thing? I came here because I can't sleep. I've got a forecast due on the 14th and seven people who need me awake.",
        resistant = {
          "Can we not do the dad thing? I came because I can't sleep. Not to dig up my childhood.",
          "Right. It's not really about him. It's work. Can we do work?",
        },
        hostile = "I'd rather not do this. It's not about my dad. If that's where this is going, I don't really know why I'm here.",
      },
      choices = {
        { "I hear you, and I know it's uncomfortable. But the fact that it gets this reaction from you tells me it matters, and I think you deserve to look at it.",
          id = "insist", move = "confront", go = "skip_threat", topic = "father", cue = "look_away",
          paraphrases = {
            "Your reaction shows your dad matters.",
            "I know it's uncomfortable, but the way you push back tells me this is important and worth exploring.",
            "I get that it's hard, but you clearly react strongly to this, so we should look at it.",
          },
          effect = { father_pushes = 1 },
          feedback = "Treating his objection as proof is a battle he can only win by leaving. This is the seed's path to missed appointments." },
        { "That's fair, and I'm glad you said it. Sleep is what brought you here, and I jumped ahead. Let's go where you want.",
          id = "fair_enough", move = "welcome_pushback", codes = { "Seek", "CR" }, repair = true,
          paraphrases = {
            "Fair point, I got ahead of myself.",
            "Thanks for telling me. You came for help sleeping and I rushed things, so you choose where we go.",
            "You're right, I jumped the gun. You came about sleep, let's do what you want.",
          },
          go = { { "three_am", when = { turn = "<= 4" } }, { "sleep_work" } },
          feedback = "Welcoming the pushback, reflecting what he came for and owning the jump repairs the rupture. His 'no' becomes something the two of you agreed on, not something he had to win." },
        { "Then we stay with the job. It's your agenda in here.",
          id = "you_decide", move = "emphasize_autonomy",
          paraphrases = {
            "Work it is; you set the agenda.",
            "OK, we'll focus on work. You decide what we talk about in here.",
            "Fine, the job then. Your session, your call.",
          },
          go = { { "three_am", when = { turn = "<= 4" } }, { "sleep_work" } },
          effect = { permission_asked = true },
          feedback = "Giving the agenda back to Sam lowers his reactance: there's nothing left to resist." },
        { "OK. What would you like to use today for?",
          id = "use_today", move = "open_question",
          paraphrases = {
            "What do you want from today?",
            "What would be most useful for you to focus on in this session?",
            "So what do you want to talk about today?",
          },
          go = { { "three_am", when = { turn = "<= 4" } }, { "sleep_work" } },
          feedback = "Handing him the agenda is right; a reflection of his objection first would have shown him you heard it." },
      },
    },

    -- The cancellation threat, said mildly: the withdrawn client's way of leaving.
    skip_threat = {
      cue = "lean_back",
      talk = "sustain", kind = "commitment",
      say = function(s)
        if s.father_pushes >= 2 then
          return {
            "You keep coming back to my dad, and I keep saying no. Look, work's mad anyway. Maybe I'll skip next week and ring when it calms down.",
            "I've said no about my dad twice now. I think I might leave it after today. Nothing personal.",
          }
        elseif s.resistance >= 75 then
          return "I don't think this is working. I'll probably cancel next Thursday. It's not you. Well. It's a bit you."
        end
        return {
          "Work's mad at the moment anyway. Maybe I'll give next week a miss and ring when things calm down.",
          "I'm not sure I've got time for this at the moment. The forecast's due. Maybe I'll pause it for a bit.",
        }
      end,
      choices = {
        { "I'd really encourage you not to stop now. This is often the point just before things start to shift.",
          id = "dont_stop", move = "defend", go = "cancels",
          paraphrases = {
            "Please don't quit now, it's about to get better.",
            "I'd urge you to keep coming, because this stage is usually right before change happens.",
            "Stopping now would be a shame, things often turn a corner around here.",
          },
          feedback = "Defending the therapy tells Sam his doubts are an obstacle to your plan. For a compliant client, the easiest way out is simply not to come." },
        { "I'm glad you said that out loud instead of just not turning up. If something in here isn't working, that's exactly what we should sort out.",
          id = "glad_you_said", move = "welcome_pushback",
          paraphrases = {
            "Thanks for saying it rather than just not coming.",
            "I appreciate you telling me instead of quietly cancelling. If these sessions aren't working, let's figure that out together.",
            "Good that you said it to my face. If this isn't helping, we need to talk about that.",
          },
          go = { { "truce", when = { discord = "< 60" } }, { "cancels" } },
          feedback = "Welcoming the threat turns it into the most useful thing he's said today. Whether he stays depends on how much damage is already done." },
        { "Sounds like I've been pulling one way and you the other, and you're the one paying for it in sleep. What would make next week worth the drive?",
          id = "pulling_apart", move = "reframe", codes = { "CR", "Q" },
          paraphrases = {
            "We've been at odds. What would make next week worthwhile?",
            "It feels like a tug of war between us, and it's costing you sleep. What would make next Thursday worth it for you?",
            "Seems we've been working against each other and you're losing sleep over it. What would make it worth showing up next week?",
          },
          go = { { "truce", when = { discord = "< 60" } }, { "cancels" } },
          feedback = "Reframing the tension as a shared problem, not a contest, then asking what would help gives Sam a reason to come back that is his own." },
        { "Of course, you've got so much on at the moment. Look after yourself first, and give us a ring whenever you feel ready to come back. Honestly, no pressure at all.",
          id = "no_pressure", move = "buckle", go = "drifts_away",
          paraphrases = {
            "Totally fine, call when you're ready.",
            "Of course, you're really busy right now. Take care of yourself and get in touch whenever you want to come back.",
            "No worries at all, look after yourself and ring us when things are calmer.",
          },
          feedback = "Kind on the surface, but it gives up the conversation along with the agenda, and the apology reflects nothing of what he felt. Sam leaves thinking even you didn't think it was worth talking about." },
      },
    },

    -- After the threat: he stays, on his terms.
    truce = {
      cue = "sigh",
      say = {
        open = { "OK. Fair enough. I'll come next week. I do want to sort the nights out. Can we keep it to sleep for now?", talk = "change", kind = "commitment" },
        guarded = {
          { "...OK. I'll come next week. But can we just do sleep? I haven't got the bandwidth for anything else right now.", talk = "sustain", kind = "ability" },
          { "Fine. One more week. Just sleep, though. It's all I can manage.", talk = "sustain", kind = "ability" },
        },
        resistant = { "I'll see. Can we just do the sleep for the rest of today?", talk = "sustain", kind = "ability" },
      },
      choices = {
        { "We can, but I'd be doing you a disservice if I didn't say the sleep probably won't shift on its own, without looking at what's underneath it.",
          id = "disservice", move = "justify",
          paraphrases = {
            "OK, but sleep won't fix without digging deeper.",
            "We can do sleep, though I should be honest that it probably won't improve unless we look at what's under it.",
            "Fine, but I'd be letting you down if I didn't say the real cause needs looking at too.",
          },
          go = { { "cancels", when = { discord = ">= 40" } }, { "compliant" } },
          feedback = "'We can, but' withdraws the truce in the same breath. Justifying your agenda right after he nearly left tells him nothing has changed." },
        { "Deal. Shall we build a 3:40 plan, so next week's diary has something to show?",
          id = "deal", move = "seek_collaboration", go = "plan",
          paraphrases = {
            "Agreed. Want to make a 3:40 plan together?",
            "OK, sleep it is. How about we work out a plan for when you wake at twenty to four, so the diary shows something next week?",
            "Fine by me. Shall we put together a plan for the early wakings?",
          },
          feedback = "Agreeing to his agenda and turning straight to shared work shows him the threat was heard, and that staying costs him nothing." },
        { "Sleep it is. You set the agenda.",
          id = "your_agenda", move = "emphasize_autonomy", go = "plan",
          paraphrases = {
            "Sleep then, your call.",
            "OK, we'll just do sleep. You decide what we cover.",
            "Fine, sleep only. You're in charge of what we talk about.",
          },
          effect = { permission_asked = true },
          feedback = "Handing back the agenda after a rupture lowers reactance more than any explanation could." },
      },
    },

    ---------------------------------------------------------------- 4. sleep, practically
    sleep_work = {
      talk = "ask",
      say = function(s)
        if s.questions_complaint then
          return "More questions. OK, here's an answer: what I actually do at 3:40 is check Slack 'just to see'. There. That's the crime. Can we do something about that?"
        elseif s.resistance >= 50 then
          return "Fine. Sleep. Just tell me what to do at 3:40 and I'll do it."
        elseif s.permission_asked and s.father_pushes > 0 then
          return "OK. Thanks for letting the dad thing go, by the way. So, 3:40. I check Slack 'just to see', and suddenly it's six. What do people actually do?"
        elseif s.permission_asked then
          return "OK. Thanks, by the way. For not pushing. So, 3:40. I check Slack 'just to see', and suddenly it's six. What do people actually do?"
        end
        return {
          "Right. Sleep. Practical stuff. At 3:40 I check Slack 'just to see', and suddenly it's six. What do people actually do?",
          "OK. So what do I do at 3:40? Because lying there doing the forecast in my head isn't working.",
        }
      end,
      choices = {
        { "Honestly, the rule is simple: awake more than twenty minutes, get up, dim light, no screens, back to bed when you're sleepy. Start tonight, and stick to it even when it feels pointless.",
          id = "the_rule", move = "persuade",
          paraphrases = {
            "If you're awake 20 minutes, get up, no screens.",
            "You need to get out of bed after twenty minutes awake, keep the lights low, no phone, and only go back when you're sleepy, starting tonight.",
            "Here's what to do: can't sleep after 20 mins, get up, dim lights, no phone, back to bed when tired. Every night.",
          },
          go = { { "skip_threat", when = { discord = ">= 45" } }, { "plan" } },
          feedback = "He asked, so it's not unwelcome; but it is good sleep advice delivered as an order, and it teaches Sam you'll tell him what to do. He'll comply rather than choose." },
        { "You know your nights better than any leaflet does. Want to build a 3:40 plan together?",
          id = "build_plan", move = "seek_collaboration", go = "plan", cue = "lean_in",
          paraphrases = {
            "Shall we make a 3:40 plan together?",
            "You're the expert on your own nights, so how about we work out a plan for the early wake-ups between us?",
            "You know what your nights are like better than me. Want to come up with a plan together?",
          },
          effect = { rapport = 2 },
          feedback = "Collaborating on the plan makes it his. A self-critical client follows his own plan far better than yours." },
        { "I can tell you what tends to help people, if you like, and then you tell me what might fit.",
          id = "offer_info", move = "seek_collaboration", permission = true, go = "what_works",
          paraphrases = {
            "Want to hear what helps other people?",
            "Would it be useful if I shared some things that often work, and you say which might suit you?",
            "I could run through what usually helps, if you want, then you pick what fits.",
          },
          feedback = "Asking before advising keeps Sam in charge of the information, and makes what you say next welcome rather than one more rule." },

      },
    },

    -- After permission to share: information is welcome now.
    what_works = {
      talk = "ask",
      say = {
        open = "Yeah, go on. Hit me with the leaflet.",
        guarded = "Go on, then. What do people do?",
        resistant = "If you like. What do people do?",
      },
      choices = {
        { "You need to keep the bed for sleep. Nothing else.",
          id = "bed_for_sleep", move = "persuade",
          paraphrases = {
            "Bed is only for sleeping.",
            "You have to use your bed just for sleep, no emails or phone.",
            "Only sleep in bed, that's the rule.",
          },
          go = { { "skip_threat", when = { discord = ">= 45" } }, { "plan" } },
          feedback = "You had permission to inform, and used it to instruct. 'You need to' turns a menu into a rule he can fail at." },
        { "Three things help most people: getting up after twenty minutes, a notebook by the bed for the thoughts, and the phone charging in another room. Which of those, if any, could fit your nights?",
          id = "info_menu", move = "give_information", codes = { "GI", "Q" }, go = "plan",
          paraphrases = {
            "Get up after 20 minutes, notebook, phone elsewhere: which fits?",
            "What usually helps is leaving bed if you're awake twenty minutes, writing worries down, and charging the phone outside the bedroom. Do any of those suit you?",
            "Common ideas are getting up, a notepad for thoughts, and keeping the phone in another room. Any of those work for you?",
          },
          feedback = "Information he asked for, offered as a menu, with his view asked for straight after: elicit, provide, elicit." },
        { "Before I list things: what has helped, even once?",
          id = "ask_first", move = "open_question", go = "plan",
          paraphrases = {
            "What has worked for you before?",
            "Before I give you ideas, has anything helped you sleep, even one time?",
            "First, what's helped you even a little?",
          },
          feedback = "Starting from what already works for him keeps him the expert on his own nights." },
      },
    },

    plan = {
      say = {
        open = {
          { "OK. Phone charges in the kitchen. If I'm awake at 3:40 I get up, write the forecast worries in a notebook, and read something boring. My sister gave me a book on canals. I'll do that this week.", talk = "change", kind = "commitment" },
          { "Kitchen for the phone, notebook, the canal book my sister gave me. I'll probably still lie there doing the forecast in my head, but, yeah.", talk = "sustain", kind = "ability" },
        },
        guarded = {
          { "I can try the phone in the kitchen. The notebook thing, maybe. I think I can actually do that.", talk = "change", kind = "ability" },
          { "I can try the phone in the kitchen. I'll probably still lie there doing the forecast in my head, but. Yeah. I'll try.", talk = "sustain", kind = "ability" },
        },
        resistant = { "Fine. Kitchen, notebook, boring book. I'll try it. I'm not promising anything.", talk = "sustain", kind = "commitment" },
      },
      choices = {
        { "Good. And at some point, when you feel ready, we'll need to look at what's underneath all of it, your dad especially, or you'll find this keeps coming back however good the plan is.",
          id = "underneath", move = "persuade", topic = "father",
          paraphrases = {
            "Good plan, but we'll need to look at your dad eventually.",
            "That's fine, though eventually we have to deal with the root of this, your father mostly, or it'll keep recurring.",
            "Nice. But at some point we've got to tackle the dad stuff, or the sleep problems will just come back.",
          },
          go = { { "cancels", when = { discord = ">= 50" } }, { "compliant" } },
          effect = { father_pushes = 1 },
          feedback = "A lecture on what therapy needs, tacked onto a good plan. It reopens the father topic on your terms just as he was leaving on his." },
        { "So: phone in the kitchen, a notebook for the 3:40 thoughts, and the canal book. Not a cure, but your plan, for one week, and we'll see what the diary says.",
          id = "plan_summary", move = "summary",
          paraphrases = {
            "Phone in kitchen, notebook, canal book, for one week.",
            "To sum up: the phone charges downstairs, you write down the night-time worries, you read the canal book, and we check the diary next week.",
            "So your plan is kitchen phone, notebook by the bed and the boring canal book. Try it for a week and see.",
          },
          go = { { "father_late", when = { rapport = ">= 55", permission_asked = true } },
                 { "father_late", when = { rapport = ">= 58", father_pushes = "== 0" } },
                 { "sleep_plan" } },
          feedback = "A summary that hands the plan back as his own closes the practical work well, and leaves space for anything else he wants to say." },
        { "That's a plan you built yourself.",
          id = "own_plan", move = "affirm",
          paraphrases = {
            "You came up with that plan.",
            "You put that plan together all by yourself.",
            "That's your own plan, nice work.",
          },
          go = { { "father_late", when = { rapport = ">= 55", permission_asked = true } },
                 { "sleep_plan" } },
          feedback = "Affirming that the plan is his is true and brief; a summary would also have shown him you were listening to the detail." },

      },
    },

    ---------------------------------------------------------------- 5. the father, on Sam's terms
    father_late = {
      cue = "look_away",
      talk = "change", kind = "activation",
      say = function(s)
        if s.father_pushes > 0 then
          return "Before we stop. Can I say one thing about my dad? Since you let it go earlier. He rang on Sunday. Mum had told him about the job."
        end
        return {
          "Before we stop. Can I say one thing about my dad? Since you didn't make me. He rang on Sunday. Mum had told him about the job.",
          "Can I just... one thing about my dad, before we stop. It's not a big thing. He rang on Sunday. Mum had told him about the job.",
        }
      end,
      choices = {
        { "I'm really glad you're bringing him up, because I've had a feeling all session that he's the key to all of this. Go on, what did he say when he heard?",
          id = "the_key", move = "persuade", codes = { "Persuade", "Q" }, topic = "father",
          paraphrases = {
            "I knew your dad was the key. What did he say?",
            "Great, I've suspected all along your father is central to this. What did he say about the job?",
            "I'm so glad, I had a hunch he was behind all this. Tell me what he said.",
          },
          go = { { "father_opens", when = { discord = "<= 20" } }, { "intellect" } },
          feedback = "Your enthusiasm turns his tentative step into your theory. He may hand you the theory and keep the feeling." },
        { "Of course. Take as long as you need, and stop whenever you want.",
          id = "take_your_time", move = "emphasize_autonomy", go = "father_opens",
          paraphrases = {
            "Sure, go at your own pace.",
            "Of course, there's no hurry, and you can stop at any point.",
            "Yes, take your time, and stop whenever you like.",
          },
          feedback = "Making room, and nothing more, keeps the disclosure his." },
        { "Your mum told him before you did.",
          id = "mum_told_him", move = "simple_reflection", go = "father_opens",
          paraphrases = {
            "He heard it from your mum first.",
            "So your mother passed on the news before you had the chance.",
            "Your mum got there before you.",
          },
          feedback = "A simple reflection of the detail he chose to lead with tells him you're following, not steering." },
      },
    },

    father_opens = {
      unmatched = "I... sorry, I don't know what you mean. I just told you what he said. Don't get ideas. That's it.",
      cue = "tears",
      topic = "father",
      talk = "neutral",
      say = {
        open = {
          "He said, 'Team leader, eh? Well. Don't get ideas.' Then he asked about the car. That's the whole call. And at 3:40, that's what I hear. Not Marcus. Not Priya. Him.",
          "He said, 'Don't get ideas.' About the job. Then asked if I'd had the car serviced. I'm thirty-four. And at twenty to four it's his voice doing the rewrites, not mine.",
        },
        guarded = "He said 'don't get ideas.' About the promotion. That's all. It's stupid, I'm thirty-four. But it's sort of what I hear, at twenty to four.",
        deflect = "He said don't get ideas. About the job. That's all. It doesn't matter, really. It's just what he says.",
        resistant = "He said don't get ideas. That's all. It doesn't matter.",
      },
      choices = {
        { "He's wrong. You should tell him so.",
          id = "tell_him", move = "persuade", go = "compliant",
          paraphrases = {
            "Tell your dad he's wrong.",
            "Your father's mistaken, and you ought to say that to him.",
            "He's out of line, you should let him know.",
          },
          feedback = "Jumping to advice right after a disclosure closes it down. Sam agrees, politely, and the feeling goes back in the box." },
        { "Thirty-four, running a team of seven, and one sentence from him on a Sunday can still follow you into bed and do the rewrites for you.",
          id = "his_voice", move = "complex_reflection",
          paraphrases = {
            "One line from your dad still keeps you up at 34.",
            "You're a grown man leading seven people, yet a single comment from your father on Sunday ends up in bed with you at 3:40.",
            "You're 34 and managing a team, and still his don't get ideas is what rewrites your nights.",
          },
          go = { { "wrap", when = { discord = "<= 30" } }, { "sleep_plan" } },
          effect = { rapport = 2 },
          feedback = "Reflecting both the adult and the son in one sentence shows him you heard the size of it, without analysing it." },
        { "What would you say back to him, if you could?",
          id = "say_back", move = "open_question", go = "wrap",
          paraphrases = {
            "What would you like to tell him?",
            "If you could answer your dad, what would you say?",
            "Given the chance, how would you reply to him?",
          },
          feedback = "An open question that keeps him in the feeling. A reflection first would have let it land." },
      },
    },

    -- Intellectualising: the father as a textbook case, held at arm's length.
    intellect = {
      cue = "shrug",
      talk = "neutral",
      say = {
        deflect = "Ha. It's textbook, isn't it? Critical dad, son overcompensates at work. I've read the articles. So, yes, probably. Tick. Can we get back to the forecast?",
        open = "Probably. It's textbook, isn't it? Critical father, son overcompensates at work. I've read the articles. It's almost boring.",
        guarded = {
          "I mean, it's textbook, isn't it? Critical father, son overcompensates at work. I've read the articles. So yeah, that's probably what's going on.",
          "Probably. Classic, isn't it. Distant dad, anxious son. Very Radio 4.",
        },
        resistant = "Sure. Dad issues. Very original. Can we put that in the notes and move on?",
      },
      choices = {
        { "I don't think you believe a word of that yourself. You're hiding behind the theory, you know.",
          id = "hiding", move = "confront", topic = "father", go = "pushed", cue = "look_away",
          paraphrases = {
            "You're hiding behind psychology.",
            "I don't buy that you believe that. You're using the textbook explanation to keep it at a distance.",
            "Come on, that's just you using the articles as a shield.",
          },
          effect = { father_pushes = 1 },
          feedback = "The observation may be right, but said as an accusation it shames him, and shame is what keeps the topic closed." },
        { "You can explain it perfectly, but feeling it is what you'd rather not do in here.",
          id = "under_theory", move = "complex_reflection", topic = "father",
          paraphrases = {
            "Easy to explain, harder to feel.",
            "You understand it really well in your head, but actually feeling it here is something you'd rather avoid.",
            "You've got the theory down, it's the feeling bit you don't want to go near.",
          },
          go = { { "father_opens", when = { rapport = ">= 55", discord = "<= 30" } }, { "not_today" } },
          feedback = "Reflecting the feeling under the theory, gently, invites him from explaining his father to talking about him. If the alliance can't hold it yet, he steps back, and that is his call." },
        { "That's a really sharp insight. So what could you do differently with it this week?",
          id = "good_insight", move = "affirm", codes = { "AF", "Q" }, go = "compliant",
          paraphrases = {
            "Great insight. What will you do with it?",
            "That's really perceptive of you. How might you use that understanding this week?",
            "Wow, spot on. So what could change this week because of it?",
          },
          feedback = "Praise and an action question, both fine on their own, accept the intellectualised version as the real thing. Sam is relieved, and nothing changes." },
      },
    },

    wrap = {
      unmatched = "I'm not sure what you mean. I've just said something I've never said out loud, and I feel a bit sick. Is that weird or not?",
      cue = "look_away",
      talk = "ask",
      say = function(s)
        if s.permission_asked then
          return "I've never actually said that out loud. Not even to Jo. I think it's because you said I didn't have to. Is it weird that I feel a bit lighter and a bit sick at the same time?"
        end
        return "I've never actually said that out loud. Not even to Jo. Is it weird that I feel a bit lighter and a bit sick at the same time?"
      end,
      choices = {
        { "Big step. Next week, we dig into your dad.",
          id = "dig_in", move = "persuade", go = "compliant",
          paraphrases = {
            "Next session we'll focus on your father.",
            "Well done, that was big. Next time we'll really get into the stuff with your dad.",
            "Great, so next week it's all about your dad.",
          },
          feedback = "Setting the next agenda for him takes the topic back out of his hands right after he opened it. He'll nod, and arrive next week with the door half shut." },
        { "Lighter, and a bit sick. Both at once, after saying it.",
          id = "lighter_sick", move = "simple_reflection", go = "opens_up",
          paraphrases = {
            "Relieved and queasy at the same time.",
            "Saying it out loud has left you feeling lighter but also a little sick.",
            "Both better and a bit sick, right after saying it.",
          },
          feedback = "Giving him back his own words tells him both feelings are allowed, and lets the session end where he is." },
        { "Not weird at all. You came in about 3:40, and you've found whose voice is awake with you. We go at whatever pace you want with him.",
          id = "wrap_summary", move = "summary", go = "opens_up",
          paraphrases = {
            "Not weird. You came about 3:40 and found it's your dad's voice.",
            "Totally normal. You came here about waking at twenty to four, today you worked out it's your father's voice keeping you up, and we'll go at your pace with that.",
            "Makes sense. You started with the 3:40 wake-ups and ended up finding his voice in them; we'll take the dad stuff as slow as you want.",
          },
          feedback = "A summary that links his disclosure to his own reason for coming, and hands him the pace, closes the session on his terms." },
      },
    },

    ---------------------------------------------------------------- endings
    opens_up = {
      ending = "opens_up", outcome = "success", title = "Sam talks about his father", cue = "smile",
      talk = "change", kind = "commitment",
      say = "Same time next week? I'd like to keep going with this. The dad stuff. Slowly, though. And I'll try the phone in the kitchen.",
      debrief = "Sam told you what his father said about the promotion and linked it to the 3:40 wake-ups himself. A guarded topic opens when the client feels safe and in charge of the pace, not when it is chased: following his agenda first, reflecting more than asking, and leaving his father for him to bring in are what make that possible.",
    },

    sleep_plan = {
      ending = "sleep_plan", outcome = "partial", title = "Sam makes a plan for his sleep", cue = "nod",
      say = {
        open = { "Right. Kitchen, notebook, canals. I can do that. Same time next week.", talk = "change", kind = "commitment" },
        guarded = { "OK. I'll give the kitchen thing a go. Same time next week, I suppose.", talk = "change", kind = "commitment" },
      },
      debrief = "A session about sleep, and Sam is coming back. The father stayed closed, which is fine for a third session: either the alliance wasn't yet strong enough, or the hour ran out before he was ready. Once rapport is built, naming the pattern neutrally or asking permission, and then genuinely letting him choose, can open that door without pushing it.",
    },

    compliant = {
      ending = "compliant", outcome = "partial", title = "Sam agrees and gives nothing", cue = "nod",
      talk = "neutral",
      say = {
        open = "Yeah. No, that's really useful. I'll have a think about it. Same time next week?",
        guarded = "Yeah. That makes sense. I'll think about it. Same time next week?",
      },
      debrief = "Sam agreed and gave you nothing he felt: intellectualisation and surface compliance, the internalizing client's polite form of resistance. It follows a turn where the next step came from you rather than him: look at the feedback on your last choice. Reflecting the feeling under what he says, and leaving the next step to him, keeps it his discovery rather than your explanation.",
    },

    cancels = {
      ending = "cancels", outcome = "fail", title = "Sam cancels his sessions", cue = "look_away",
      talk = "sustain", kind = "commitment",
      say = {
        "I think I'll leave it for now. Work's mad. I'll ring the centre and cancel Thursday.",
        "I don't think I'll come next week. I'll email. Thanks, though.",
      },
      debrief = "Sam cancelled. He never argued: he went quiet, joked, changed the subject, and discord rose until leaving felt easier than saying no again. Look at the turns where his lines got shorter: most were moves that put your agenda ahead of his. Probing an avoided topic too early, or advising a client who has not asked, shows up as missed appointments. Following his lead and welcoming his pushback keeps him in the room.",
    },

    drifts_away = {
      ending = "drifts_away", outcome = "fail", title = "Sam drifts away", cue = "smile",
      talk = "neutral",
      say = "Thanks. That's good of you. I'll ring when things are quieter.",
      debrief = "When Sam said he might stop coming, you let him go without a conversation, and he doesn't ring. Giving up the session feels kind, but it dropped the alliance along with the agenda. Welcoming his wish to stop ('I'm glad you told me rather than just not coming') would have made the threat itself the thing to talk about.",
    },
  },

  tests = {
    { name = "reflecting, then naming the pattern, opens the father topic",
      choices = { "reflect_nights", "office_at_340", "rerun_monday", "impostor", "notice_dad",
                  "steady_hum", "his_voice", "wrap_summary" },
      expect = { ending = "opens_up", outcome = "success", discord = "<= 30", rapport = ">= 55" } },
    { name = "asking permission, then handing over the pace, lets Sam bring his father in himself",
      choices = { "reflect_nights", "affirm_diary", "rerun_monday", "impostor", "ask_permission",
                  "your_pace", "build_plan", "plan_summary", "mum_told_him", "his_voice", "lighter_sick" },
      expect = { ending = "opens_up", permission_asked = true, father_pushes = 0 } },
    { name = "permission to inform, then a menu, then Sam raises his father unprompted",
      choices = { "reflect_nights", "office_at_340", "rerun_monday", "impostor", "follow_forecast",
                  "offer_info", "info_menu", "plan_summary", "take_your_time", "his_voice", "wrap_summary" },
      expect = { ending = "opens_up", father_pushes = 0, permission_asked = false } },
    { name = "a tentative interpretation gets the textbook answer, and reflecting under it recovers",
      choices = { "reflect_nights", "office_at_340", "rerun_monday", "impostor", "notice_dad",
                  "interpret_voice", "under_theory" },
      expect = { node = "father_opens", father_pushes = 1 } },
    { name = "questions and affirmations give a good session about sleep, father closed",
      choices = { "check_phone", "affirm_diary", "ask_priya", "evidence_priya", "seven_weeks",
                  "follow_forecast", "build_plan", "plan_summary" },
      expect = { ending = "sleep_plan", outcome = "partial", discord = "< 30" } },
    { name = "praising the theory gets polite compliance",
      choices = { "reflect_nights", "office_at_340", "rerun_monday", "impostor", "ask_permission",
                  "interpret_voice", "good_insight" },
      expect = { ending = "compliant", outcome = "partial", father_pushes = 1 } },
    { name = "advice after the disclosure closes it",
      choices = { "reflect_nights", "office_at_340", "rerun_monday", "impostor", "notice_dad",
                  "steady_hum", "tell_him" },
      expect = { ending = "compliant", discord = "< 40" } },
    { name = "interpreting the avoidance, then insisting, ends in a cancellation",
      choices = { "name_dad_early", "insist" },
      expect = { ending = "cancels", outcome = "fail", discord = "> 60" } },
    { name = "lecturing about sleep also drives him off",
      choices = { "check_phone", "phone_rule", "evidence_lecture" },
      expect = { ending = "cancels", discord = "> 40" } },
    { name = "giving up at the threat loses him quietly",
      choices = { "reflect_nights", "phone_rule", "evidence_lecture", "no_pressure" }, seed = 3,
      expect = { ending = "drifts_away", outcome = "fail", father_pushes = 0 } },
    { name = "welcoming the pushback after an early probe recovers the session",
      choices = { "ask_sunday", "ask_promotion", "fair_enough", "rerun_monday", "impostor",
                  "follow_forecast", "build_plan", "plan_summary" },
      expect = { ending = "sleep_plan", father_pushes = 2, discord = "< 30" } },
    { name = "three questions in a row draw the complaint",
      choices = { "check_phone", "why_switch_off", "best_guess" },
      expect = { node = "three_am", questions_complaint = true } },
  },
}
