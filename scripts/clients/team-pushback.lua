-- team-pushback: a consultant, six weeks after delivering a warehouse re-slotting plan,
-- meets the head of operations whose team is quietly not doing it.
-- Seed 001: "9 times out of 10 it's passive resistance, based on an irrational fear of
-- something. Find out what the fear is." The fear here: a line on page 31 of the report
-- ("6.4 FTE"), read on the night shift as six jobs, and the memory of the last rollout,
-- when Marek's shift took the blame. Own flags: fear_named (the trainee has heard the jobs
-- fear and named it), mandate_cited (the trainee has leaned on the CEO's authority).
--
-- The jobs fear is a guarded topic: `the_number` discloses it only once rapport reaches the
-- topic's sensitivity and discord is 30 or less; before that Priya deflects, and a choice
-- that names jobs first (a guess, or the reassurance "nobody will lose their job") pushes it.
-- Choices are shown shuffled. Wrong options are what a well-meaning consultant says: good
-- data at the wrong moment, fixing, reassuring, defending the plan, reflecting the wrong thing.

-- Lines of `the_number` that disclose the fear, and its choices that answer them, need the
-- same condition as the engine's disclosure rule (rapport >= sensitivity, discord <= 30, and
-- the topic not pushed this turn).
local JOBS_SENSITIVITY = 45
local disclosed = { rapport = ">= " .. JOBS_SENSITIVITY, discord = "<= 30", deflecting = false }
local function withheld(s)
  return s.rapport < JOBS_SENSITIVITY or s.discord > 30 or s.deflecting
end
-- Where the conversation goes after Priya's bind: with the fear named, to her own bind;
-- without it, to the stuck version, which can still circle back to page 31 once she trusts you.
local to_bind = { { "priya_bind", when = { fear_named = true } }, { "priya_stuck" } }
local back_to_number = {
  { "late_number", when = { rapport = ">= " .. JOBS_SENSITIVITY, discord = "<= 30" } },
  { "codesign" },
}

return scenario {
  id = "team-pushback",
  title = "Priya: \"The team is very busy\"",
  setting = "Six weeks ago you presented a re-slotting plan for Halden Logistics' Northampton "
    .. "warehouse. Nothing has moved and Priya, head of operations, has missed two follow-up "
    .. "calls. Today she has given you thirty minutes in her office above the floor.",
  unmatched = { "Sorry, I'm not sure I follow. What is it you're asking me?",
                guarded = "Sorry, you've lost me. I've only got half an hour, so what do you need from me?",
                resistant = "I don't know what that means. I've a floor to run, so if there's a point, get to it.",
                hostile = "I've no idea what you're getting at, and I haven't got time to work it out." },

  client = {
    name = "Priya", role = "Head of operations, Halden Logistics", pronoun = "she", manner = "withdrawn", difficulty = "intermediate",
    look = { skin = "#8d5a3b", hair = "#1a1410", top = "#34456b", age = 46, face = "round",
              hair_style = "tied", clothing = "collar", build = "average", setting = "office" },
    traits = { receptivity = 3, reactance_trait = 0.6, volatility = 0.15 },
    topics = { jobs = { sensitivity = JOBS_SENSITIVITY } },   -- headcount: not disclosed before trust
  },

  state = {
    discord = 25, rapport = 40, credibility = 45, importance = 3,
    fear_named = false,      -- the trainee has heard the jobs fear and named it
    mandate_cited = false,   -- the trainee has used Graham's (the CEO's) authority as leverage
  },

  start = "opening",
  walkout = "off_project",
  turn_limit = { 11, go = "shelved" },
  rules = {
    { when = { discord = ">= 80", mandate_cited = true }, go = "escalated_ceo" },
    { when = { discord = ">= 80" }, go = "off_project" },
  },

  nodes = {

    ---------------------------------------------------------------- the polite stall
    opening = {
      unmatched = "Sorry, I'm not with you. The report's with the team. Is there something specific you wanted from today?",
      cue = "smile",
      talk = "sustain", kind = "reason",
      say = {
        open = {
          { "Come in, sit down. Sorry about the calls. I do want to talk about where we are, honestly. I just can't see when we'd find the room to do it.", talk = "change", kind = "desire" },
          "Come in. Sorry about the calls, it's been a mad few weeks. The report's with the team. It's just not the moment to start moving the building around.",
        },
        guarded = {
          "Thanks for coming over. Sorry we've been slow on the follow-ups. It's peak prep and the team's flat out. We are looking at the report. It's on the list.",
          "Good to see you. Sorry about last week's call, the Brantwood contract went live and the floor's been chaos. The report's with the team. We'll get to it properly.",
        },
        resistant = "Thanks for coming. I'll be straight, I've only got half an hour. The report's with the team and we'll get to it. It's just a very busy time.",
      },
      choices = {
        { "So it's not a no. But it keeps sliding behind whatever's on fire that week.",
          id = "reflect_stall", move = "complex_reflection", go = "busy", cue = "nod",
          paraphrases = {
            "Not a no, it just keeps getting bumped.",
            "So nobody's refused it, it just keeps getting pushed down the list by the latest emergency.",
            "You're not saying no, it's just that something urgent always jumps ahead of it.",
          },
          feedback = "Reflecting the stall without judging it shows you've heard her, and lets her say more about why it keeps slipping." },
        { "Peak is exactly why I'd start now. The re-slot takes walking out of every pick, and your team would feel the difference by November.",
          id = "push_peak", move = "persuade", go = "pushback",
          paraphrases = {
            "Start before peak, it cuts the walking.",
            "Peak is the best reason to begin, because the re-slot saves steps on every pick and the team would notice by November.",
            "Honestly, being this busy is why you should do it now, it'd make the pickers' lives easier by November.",
          },
          feedback = "True, and badly timed: answering 'we're busy' with a better argument is the righting reflex. She hears that her reason didn't register, so she digs in." },
        { "Peak prep, and everyone on the floor is flat out.",
          id = "reflect_peak", move = "simple_reflection", go = "busy",
          paraphrases = {
            "Everyone's maxed out with peak prep.",
            "Getting ready for peak has the whole floor stretched.",
            "So the team's swamped gearing up for the busy season.",
          },
          feedback = "A simple reflection of her reason: it doesn't agree or argue, it just shows you heard it." },
        { "Where has it got to with the team since the readout?",
          id = "ask_where", move = "open_question", go = "busy",
          paraphrases = {
            "Where's the team at with it?",
            "What's happened with the report on the team's side since I presented it?",
            "How far has it got with your people since the readout?",
          },
          feedback = "A plain open question invites her account instead of a defence." },
        { "Graham's asked for a pilot update at the board on the 14th, so we need to leave today with a start date.",
          id = "cite_board", move = "persuade", go = "pushback", cue = "frown",
          paraphrases = {
            "Graham wants a start date for the board.",
            "The CEO expects a pilot update at the board meeting on the 14th, so we have to agree a date today.",
            "Graham needs something for the board on the 14th, so let's fix a start date now.",
          },
          effect = { mandate_cited = true, reactance = 4 },
          feedback = "Leaning on the CEO's deadline turns her quiet reluctance into a question of who's in charge, and raises reactance straight away." },
      },
    },

    busy = {
      talk = "sustain", kind = "reason",
      say = {
        open = {
          { "Denise has read it cover to cover. She says the new labels alone would save her a headache. It's timing, mostly. Mostly.", talk = "change", kind = "reason" },
          "Denise has read it. Marek... less so. It's not that nobody cares. It's timing, mostly. Mostly.",
        },
        guarded = {
          "Denise has had a read. Marek's on nights, so he's harder to pin down. It's a lot of change to land in October, and the team is very busy.",
          "It's been round the shift leads. People have views. It's a big change to land right before peak, with the Brantwood volumes on top.",
        },
        resistant = "People have read it. We'll get to it. I don't know what else you want me to say. The team is very busy.",
      },
      choices = {
        { "It isn't really the report people are stuck on, then. It's what landing it on the floor would mean right now.",
          id = "reflect_floor", move = "complex_reflection", go = "surface",
          paraphrases = {
            "It's not the report, it's rolling it out now.",
            "So the issue isn't the plan on paper, it's what putting it into the warehouse would mean at this point.",
            "People aren't stuck on the document, they're stuck on what it'd do to the floor right now.",
          },
          feedback = "Going a step beyond her words (from 'busy' to what landing it would mean) invites the real reasons without asking for them." },
        { "What sort of views?",
          id = "ask_views", move = "open_question", go = "surface",
          paraphrases = {
            "What are people saying about it?",
            "What kind of feedback have the shift leads given?",
            "What have you heard from the team?",
          },
          feedback = "A short open question that follows her lead. It works; a reflection would have done the same and shown you'd understood." },
        { "Can I ask straight out: is anyone worried this is about cutting heads?",
          id = "ask_heads", move = "closed_question", topic = "jobs", go = "surface",
          paraphrases = {
            "Are people worried about job cuts?",
            "To be blunt, does anyone think this plan means redundancies?",
            "Is the team scared this is really about losing staff?",
          },
          feedback = "A good guess, asked too soon. Pushing the jobs question before there's trust gets a polite denial and closes the door for a while." },
        { "If anyone's worried about jobs, they needn't be. This is about walking, not headcount.",
          id = "reassure_early", move = "persuade", topic = "jobs", go = "pushback",
          paraphrases = {
            "Nobody needs to worry about their job.",
            "If people are concerned about redundancies, there's no need: the plan is about cutting walking, not staff.",
            "Tell anyone worried about jobs not to be, it's about walking distance, not people.",
          },
          feedback = "Reassurance nobody asked for: it names the fear before she has, so it sounds like something to worry about, and it tells her you've already decided how the team should feel." },
      },
    },

    ---------------------------------------------------------------- escalation branch
    pushback = {
      cue = "arms_crossed",
      talk = "sustain", kind = "reason",
      say = {
        guarded = "I know. I do know. But I've got a floor to run, and your report isn't the only thing on it.",
        resistant = {
          "With respect, you're not the one who has to get forty pickers through a night shift in October. I said we'll look at it, and we will.",
          "I've heard the argument. I read the report. I'm telling you the timing is hard, and I'd appreciate it if that counted for something.",
        },
        hostile = "I've had Graham on at me about it, and now you. I know it's late. I'm not sure what pushing harder is meant to achieve.",
      },
      choices = {
        { "Fair. I came in pushing, and you're the one who has to run that floor through October. What would doing it now actually cost the team?",
          id = "welcome", move = "complex_reflection", codes = { "CR", "Q" }, go = "surface", repair = true, cue = "nod",
          paraphrases = {
            "Fair, I pushed. What would it cost the team now?",
            "You're right, I came in too hard, and you're the one running the floor in October. What would starting now really mean for your people?",
            "OK, I was pushing, and it's your floor through peak. What would doing it now take out of the team?",
          },
          feedback = "Owning the push, reflecting what she's carrying, then asking about her world turns a standoff back into a conversation." },
        { "It's your floor. But if October is wrong for this, I'd rather hear that now than leave with a plan nobody runs.",
          id = "your_floor", move = "emphasize_autonomy", go = "repair_point",
          paraphrases = {
            "Your floor, your call on timing.",
            "You run the floor, so if October's the wrong time, tell me now rather than me leaving with a plan that won't happen.",
            "It's your decision. If now's not right, I'd rather know today than have a plan that sits on a shelf.",
          },
          feedback = "Handing the decision back to her lowers the threat; she no longer has to fight you to keep it." },
        { "I'm not trying to add to anyone's load, Priya. The whole point of the report is to take the walking out of their shifts, nights most of all.",
          id = "defend_point", move = "defend", go = "standoff",
          paraphrases = {
            "The plan is meant to make their shifts easier.",
            "I'm honestly not trying to give people more work, the report exists to cut walking, especially on nights.",
            "This isn't about piling more on the team, Priya, it's about saving them steps, nights especially.",
          },
          feedback = "Explaining your good intentions is defending: it asks her to reassure you, and leaves her reasons unheard." },
        { "I understand, but you know this was signed off at exec level. It isn't really optional for your team.",
          id = "not_optional", move = "confront", go = "standoff", cue = "eye_roll",
          paraphrases = {
            "The exec team signed this off; it's not optional.",
            "I get it, but the board approved this, so your team doesn't really have a choice.",
            "Look, it was agreed upstairs, so it has to happen.",
          },
          effect = { mandate_cited = true },
          feedback = "Telling a manager her view is irrelevant because the CEO signed off is a head-on battle. It costs her face and costs you the alliance." },
      },
    },

    standoff = {
      cue = "arms_crossed",
      talk = "sustain", kind = "reason",
      say = function(s)
        if s.mandate_cited then
          return {
            "Then perhaps Graham should come down and explain it to Marek himself. He hasn't set foot on nights since the voice-picking fiasco.",
            "If it's Graham's project, Graham can run it. I'm not going to stand in front of my team again and sell them something from upstairs.",
          }
        end
        return {
          "I'm sure that is the point. It was the point last time as well. I'll take it back to the team and we'll see.",
          "Everyone who comes through that door wants to take walking out of their shift. Forgive me if the floor's heard it before.",
        }
      end,
      choices = {
        { "You're caught between Graham and a team that's dug in, and I've just made you sound like the problem. I'm sorry.",
          id = "repair_standoff", move = "complex_reflection", go = "repair_point", repair = true,
          paraphrases = {
            "Sorry, you're stuck between Graham and the team.",
            "You're squeezed between the CEO and a team that won't budge, and I've made it sound like it's your fault. I apologise.",
            "I'm sorry, you're in the middle of Graham and your team, and I just made you the bad guy.",
          },
          feedback = "Reflecting her bind and apologising for your part is a repair: the apology only works because it comes with the reflection." },
        { "With respect, Graham has already asked me twice why it's stalled, and I can't keep telling him the team's too busy to read a report.",
          id = "blame_team", move = "blame_client", cue = "frown",
          paraphrases = {
            "Graham keeps asking why your team's stalling.",
            "The CEO has asked me twice why nothing's moved, and too busy to read a report isn't an answer I can keep giving.",
            "Graham's on at me about it, and I can't keep saying your lot are too busy.",
          },
          effect = { mandate_cited = true },
          go = { { "escalated_ceo", when = { discord = ">= 60" } }, { "shelved" } },
          feedback = "Pinning the delay on her team, with the CEO behind you, leaves her one way to protect them: go over your head." },
        { "I'm only trying to do what you brought me in to do, Priya. You asked for this plan.",
          id = "justify_self", move = "justify",
          paraphrases = {
            "You hired me to do this.",
            "I'm just doing the job you asked me to do, this plan was your request.",
            "Priya, you brought me in for exactly this, I'm only doing my job.",
          },
          go = { { "off_project", when = { discord = ">= 60" } }, { "shelved" } },
          feedback = "Justifying your brief makes the meeting about you. She has already heard it, and now she stops listening." },
        { "Sorry. I didn't mean to push. Forget I said anything.",
          id = "sorry_only", move = "buckle", go = "cold",
          paraphrases = {
            "Sorry, my mistake, let's drop it.",
            "Apologies for pushing, just ignore what I said.",
            "I'm sorry, never mind, forget it.",
          },
          feedback = "An apology on its own drops the subject without showing you understood what went wrong. It calms the room and leaves nothing to build on." },
      },
    },

    repair_point = {
      cue = "sigh",
      talk = "sustain", kind = "reason",
      say = {
        guarded = {
          { "Yes. Well. That's about the size of it. I'm not against the thing, you know. I'd like that walk gone as much as anyone.", talk = "change", kind = "desire" },
          "Yes. Well. That's about the size of it. I'm just not walking it onto that floor until I know it won't blow up.",
        },
        resistant = {
          "Thank you for saying that. I'm still not walking anything onto that floor before peak.",
          { "Thank you for saying that. I do want it fixed. I just don't want it blowing up on nights.", talk = "change", kind = "desire" },
        },
      },
      choices = {
        { "What would go wrong if it went onto the floor now?",
          id = "ask_floor", move = "open_question", go = "surface",
          paraphrases = {
            "What could go wrong if you started now?",
            "If you rolled it out on the warehouse floor today, what do you think would happen?",
            "What blows up if we do it now?",
          },
          feedback = "After a repair, an open question about her world shows you meant it." },
        { "You're not against it. You just won't walk it onto that floor blind.",
          id = "reflect_not_against", move = "complex_reflection", go = "surface",
          paraphrases = {
            "You're for it, just not blindly.",
            "You actually support the idea, you just won't introduce it without knowing it'll work.",
            "So you're not opposed, you just want to be sure before it hits the floor.",
          },
          feedback = "A double-sided reflection: it keeps her own wish for change next to her caution, without arguing for either." },
        { "Then let's stop it blowing up by getting a small pilot moving. Once they see the numbers, they'll come round.",
          id = "push_again", move = "persuade",
          paraphrases = {
            "A small pilot will win them over.",
            "The way to avoid it going wrong is to start a little trial, and when the team sees the results they'll be convinced.",
            "Let's just get a pilot going, the numbers will bring them round.",
          },
          go = { { "escalated_ceo", when = { mandate_cited = true, discord = ">= 55" } }, { "cold" } },
          feedback = "Straight back to persuading after an apology makes the apology look tactical, and undoes it." },
        { "Fair enough. Shall we pick it up after peak?",
          id = "after_peak_early", move = "buckle", go = "shelved",
          paraphrases = {
            "Let's revisit after peak.",
            "OK, shall we come back to this once peak is over?",
            "No problem, want to leave it until the busy season's done?",
          },
          feedback = "Offering to drop it feels kind after a tense moment, but she just said she isn't against it. Backing off leaves the stall in place." },
      },
    },

    ---------------------------------------------------------------- surface reasons
    surface = {
      talk = "sustain", kind = "reason",
      say = {
        open = {
          "Practically? The pickers know where everything lives. Fourteen years, some of them. Move the fast lines every week and they're hunting. And weekly moves land on Liam's lot on a Saturday.",
          { "Practically, the pickers know where everything lives, and weekly moves land on Liam's lot on Saturdays. Though I'll grant you, nights would love aisle 14 closer.", talk = "change", kind = "desire" },
        },
        guarded = {
          "It's practical stuff. The pickers know the building. You move the fast lines every week and they're hunting. The moves land on Liam's team on Saturdays. And it's all arriving in peak.",
          "Where do I start. People know where things live, and weekly moves throw that away. Liam's team would be doing the moves at weekends, on overtime. And the timing, obviously.",
        },
        resistant = "People know the building and you want to move it every week, the moves land on Liam's lot at weekends, and it's peak. Take your pick.",
        deflect = {
          "Nobody's said anything like that. It's practical. The pickers know where everything is, and you're asking them to relearn the building in October, with Liam's lot moving stock on Saturdays.",
        },
      },
      choices = {
        { "Let me check I've got it. The pickers' knowledge of the building counts for a lot, the moves would land on Liam's team at weekends, and all of it in peak. Is that it?",
          id = "playback", move = "summary", codes = { "CR", "Q" }, go = "marek", cue = "nod",
          paraphrases = {
            "Pickers know the building, Liam's Saturdays, peak: right?",
            "So to sum up: the pickers' know-how matters, Liam's team would do the moves on weekends, and it all hits in peak. Have I got that right?",
            "Just checking, it's the experience of the pickers, weekend moves for Liam's lot, and the timing. Is that the lot?",
          },
          feedback = "A summary she can check and correct proves you listened. It's also the moment people tend to say what's really going on." },
        { "I hear that, and the pick-path data tells a different story: nearly a third of night-shift walking last month went to six bays at the far end of aisle 14, the first thing the re-slot fixes.",
          id = "show_data", move = "provide_evidence", go = "evidence_heard",
          paraphrases = {
            "The data shows aisle 14 is the real problem.",
            "I understand, but the pick-path figures say almost a third of night walking went to six bays at the end of aisle 14, which the re-slot fixes first.",
            "Sure, but the numbers show nights spent a third of their walking at the far end of aisle 14.",
          },
          feedback = "The data is good, but her objection wasn't about data. Evidence after sustain talk reads as an argument; it lands only once she trusts you've understood her reasons." },
        { "What if we skipped the weekly moves for now and shifted the top forty lines once, in one aisle, as a trial?",
          id = "early_pilot", move = "persuade", go = "early_pilot",
          paraphrases = {
            "How about a one-aisle trial, no weekly moves?",
            "Could we drop the weekly moves and just move the top 40 lines once in a single aisle to test it?",
            "Why not trial it: one aisle, forty fast lines, moved just once?",
          },
          feedback = "A small trial is the right shape, but offered unasked this early it is advice: it solves the stated problem before you know the real one." },
        { "Which of those weighs on the team most?",
          id = "ask_most", move = "open_question", go = "marek",
          paraphrases = {
            "Which worry is the biggest?",
            "Out of those concerns, which one bothers your people the most?",
            "What's the main one for the team?",
          },
          feedback = "Asking her to rank the worries moves from the list to the people behind it." },
      },
    },

    evidence_heard = {
      talk = "sustain", kind = "reason",
      say = {
        open = "I've seen the heat map. I'm not arguing with it. Aisle 14 is a long walk, everyone knows that.",
        guarded = "I've seen the heat map. Nobody's arguing with the heat map. Aisle 14 is a long walk. That was never the problem.",
        resistant = {
          "The numbers aren't the problem. Everyone agrees with the numbers. Numbers don't run a night shift.",
          "You showed us that chart at the readout. It was a good chart. It didn't change anything then, either.",
        },
      },
      choices = {
        { "So the data isn't in dispute. Whatever's holding this up, it isn't on a chart.",
          id = "reflect_not_data", move = "complex_reflection", go = "marek",
          paraphrases = {
            "Nobody disputes the numbers.",
            "So everyone accepts the heat map, and the real blocker is something the figures don't show.",
            "The data's not the issue then, it's something else.",
          },
          feedback = "Conceding the data isn't the issue, and saying so, lets her tell you what is." },
        { "Then if we agree on the numbers, the case makes itself. Let's set a date.",
          id = "case_made", move = "persuade", go = "cold", cue = "sigh",
          paraphrases = {
            "We agree on the data, so pick a date.",
            "If the figures aren't in question, then the argument is won and we should schedule it.",
            "Great, the numbers are agreed, let's book a start date.",
          },
          feedback = "Treating agreement on the data as agreement on the change skips her reasons entirely. She'll go quiet, not along." },
        { "Fair, but it isn't only the heat map. A site in Daventry cut walking time by 30% on almost the same layout.",
          id = "more_data", move = "provide_evidence", go = "cold",
          paraphrases = {
            "Daventry cut walking by 30 percent.",
            "There's more than the heat map: a similar warehouse in Daventry reduced walking time by nearly a third with this layout.",
            "Another site at Daventry got 30% less walking doing the same thing.",
          },
          feedback = "More evidence after she has said evidence isn't the problem is defending the plan with a bigger pile of facts." },
      },
    },

    early_pilot = {
      cue = "nod",
      talk = "sustain", kind = "reason",
      say = {
        open = "Maybe. One aisle is less frightening than the whole building. I'd need to take it to the shift leads, though.",
        guarded = {
          "We could look at that. Leave it with me and I'll take it to the shift leads on Thursday.",
          "That's helpful, thanks. Let me put it to the team and come back to you.",
        },
        resistant = "I'll put it to the team.",
      },
      choices = {
        { "'I'll take it to the team' is roughly where we were last month, and I don't think it's about diary space. What do you think the shift leads will say?",
          id = "name_stall", move = "name_resistance", codes = { "CR", "Q" }, go = "marek",
          paraphrases = {
            "We were here last month. What will the shift leads say?",
            "Taking it to the team is what we said a month ago, and I doubt it's a scheduling thing. How do you think the shift leads will react?",
            "This feels like last month again, and I don't think it's about time. What will the leads actually say?",
          },
          feedback = "Naming the stall calmly, then asking, brings the passive resistance into the open without accusing anyone." },
        { "One aisle feels less daunting, but it's still a change somebody has to sell to the floor.",
          id = "reflect_sell", move = "complex_reflection", go = "marek",
          paraphrases = {
            "Smaller, but still a sell to the floor.",
            "A single aisle is less scary, yet someone still has to persuade the team to go along with it.",
            "One aisle is easier, but you'd still have to get the floor on board.",
          },
          feedback = "Reflecting what 'take it to the team' costs her invites the reasons the team will give." },
        { "Great, that works. I'll wait to hear back after Thursday.",
          id = "wait", move = "buckle", go = "shelved",
          paraphrases = {
            "Fine, I'll hear from you Thursday.",
            "Perfect, let me know how it goes with the shift leads on Thursday.",
            "OK great, I'll wait for your update.",
          },
          feedback = "Accepting 'leave it with me' feels polite and costs nothing today; it's how reports get shelved. You dropped the agenda." },
        { "Thursday's fine, though the sooner the better. Every week we wait is another week of walking to aisle 14, and peak will only make that worse for the pickers.",
          id = "sooner", move = "persuade", go = "cold",
          paraphrases = {
            "Sooner is better, every week costs walking.",
            "Thursday works, but each week we delay is more walking to aisle 14, and peak makes it worse.",
            "OK, but please don't leave it long, the pickers are losing time every week.",
          },
          feedback = "Adding urgency to a tentative yes turns it back into a no. The argument is true; the timing is the righting reflex." },
      },
    },

    ---------------------------------------------------------------- towards the fear
    marek = {
      cue = "look_away",
      talk = "sustain", kind = "reason",
      say = {
        open = {
          "You've met Marek? Night shift lead, fourteen years. At the Monday huddle he read out a bit of your report and said, 'We've seen this film before.' Nobody laughed. That's when I knew.",
          { "It's Marek, mostly. Night shift lead, fourteen years. He said, 'We've seen this film before.' Mind you, if Marek were on board, the rest would follow him anywhere.", talk = "change", kind = "ability" },
        },
        guarded = {
          "It's Marek, mostly. Night shift lead, fourteen years. He read a bit of your report out at the huddle and said, 'We've seen this film before.' Nobody laughed.",
          "You'd need Marek, and Marek's not keen. At the huddle he said, 'We've seen this film before.' The others went quiet. They follow him.",
        },
        resistant = "Marek's not keen. Put it that way.",
        questions = { { "Another question. Fine. Marek. You'd need Marek, and Marek says he's seen this film before.", talk = "sustain", kind = "reason" } },
      },
      choices = {
        { "What was the film?",
          id = "ask_film", move = "open_question", go = "last_rollout",
          paraphrases = { "What film did he mean?", "What's the history he was talking about?", "Seen what before?" },
          feedback = "Three words, and it asks for the story behind the resistance." },
        { "Honestly, it sounds like this has history. Something happened before that Marek's team remembers, and they're expecting the sequel.",
          id = "reflect_history", move = "complex_reflection", go = "last_rollout",
          paraphrases = {
            "There's history here, they expect a repeat.",
            "Sounds like something went wrong before and Marek's team are waiting for it to happen again.",
            "So the night shift got burned last time and think this is round two.",
          },
          feedback = "Reflecting the history behind the joke tells her you take Marek seriously, not as an obstacle." },
        { "Honestly, every site has a Marek, someone who's been there forever and doesn't want anything to change. One person can't hold up the building.",
          id = "label_marek", move = "confront", go = "cold", cue = "frown",
          paraphrases = {
            "Marek's just resistant to change.",
            "Every warehouse has an old-timer who blocks change, and one person shouldn't be able to stop the whole site.",
            "Marek's the classic long-server who hates change, you can't let him hold it up.",
          },
          feedback = "Labelling Marek as 'resistant' insults someone she relies on and confirms the team's fear that nobody upstairs listens." },
      },
    },

    last_rollout = {
      unmatched = "I'm not sure what that means. I'm telling you what happened to Marek's shift last time. That's why nights don't trust anything from upstairs.",
      cue = "sigh",
      talk = "sustain", kind = "reason",
      say = {
        open = {
          "Voice picking, two years ago. Head office put it in three weeks before Black Friday. The headsets couldn't follow half the accents on nights, pick rates fell off a cliff, and Marek's shift got named in the ops review.",
          { "Voice picking, two years ago, right before Black Friday. It failed on nights and Marek's shift got named in the ops review. I'd like them to see a change go right, for once.", talk = "change", kind = "desire" },
        },
        guarded = {
          "Voice picking. Two years ago, three weeks before Black Friday. The headsets didn't work for half of nights, rates dropped, and Marek's shift got named in the ops review.",
          "The last big change was voice picking. It went in right before peak, it didn't work on nights, and Marek's shift took the blame in front of everyone.",
          { "Voice picking, two years ago. It went in before peak, failed on nights, and Marek's shift took the blame. I'd love to show them it can go differently. I just don't know that this is it.", talk = "change", kind = "desire" },
        },
        resistant = "There was a rollout before. It went badly, and Marek's shift took the blame. I'd rather not relitigate it.",
        questions = { { "You do ask a lot of questions. All right. Voice picking, two years ago. It went badly, and Marek's shift carried the can.", talk = "sustain", kind = "reason" } },
      },
      choices = {
        { "So last time the change came from above and the rates dipped, but it was Marek's people whose names went in the review.",
          id = "reflect_blame", move = "complex_reflection", go = "the_number",
          paraphrases = {
            "Head office's change, Marek's shift blamed.",
            "So the voice picking was imposed from the top, rates fell, and the night shift got named for it.",
            "Management brought it in, it flopped, and Marek's team took the hit in the ops review.",
          },
          feedback = "This names the blame plainly and without judgement. Once it's said out loud, she can tell you what people fear this time." },
        { "It went wrong on nights, but it was Marek's people who paid for it.",
          id = "reflect_paid", move = "simple_reflection", go = "the_number",
          paraphrases = {
            "Nights paid for it.",
            "It failed on the night shift and Marek's team took the consequences.",
            "So Marek's lot carried the blame when it went wrong.",
          },
          feedback = "A plain reflection of the story keeps her talking about what happened to the team." },
        { "What are people on nights expecting to happen this time?",
          id = "ask_expect", move = "open_question", go = "the_number",
          paraphrases = {
            "What do nights think will happen now?",
            "What's the night shift predicting this time round?",
            "What do Marek's lot reckon is coming this time?",
          },
          feedback = "Asking what people expect invites the fear itself, in their words." },
        { "I can see why that's raw. This is a process change, not new kit, though: no headsets, no new system, nothing like what happened with voice picking.",
          id = "not_like_that", move = "defend", go = "cold",
          paraphrases = {
            "This isn't like voice picking, no new tech.",
            "I understand, but this is just a process change, no headsets or new systems like last time.",
            "I get it, but this is totally different, it's just moving stock, not new kit.",
          },
          feedback = "Reassuring her it's different before you've heard what they fear is defending. It tells her the story didn't register." },
      },
    },

    the_number = {
      unmatched = "Sorry, you've lost me. I'm telling you how this looks from nights, and I'd rather you heard that than talked past it.",
      cue = "sigh",
      topic = "jobs",
      talk = "sustain", kind = "reason",
      say = {
        open = {
          "And then there's page 31 of your report. 'Labour efficiency equivalent to 6.4 FTE.' Someone pinned that page up by the clocking machine. On nights they've done the maths: six jobs, agency first.",
          { "And there's page 31. '6.4 FTE.' It's pinned up by the clocking machine; nights read it as six jobs. If someone showed them in writing it isn't, I think Marek would listen.", talk = "change", kind = "ability" },
        },
        guarded = {
          "And there's page 31. 'Equivalent to 6.4 FTE.' Somebody pinned that page up by the clocking machine. Nights have done the maths. Six jobs, agency first.",
          "Have you seen what's by the clocking machine? Page 31 of your report. '6.4 FTE.' As far as nights are concerned, that's six of them.",
        },
        resistant = "Page 31. The FTE line. It's on the wall by the clocking machine. Draw your own conclusions.",
        questions = { { "I'll answer that one, then it's my turn. Page 31, the FTE line. It's pinned up by the clocking machine. They think it's six jobs.", talk = "sustain", kind = "reason" } },
        deflect = {
          "Expecting? Nothing in particular. People talk on nights, that's all. It's the timing, mostly.",
          "I'd rather not get into rumours. There's the timing, and there's the last rollout. Leave it there.",
        },
      },
      choices = {
        -- Priya has said it: the fear is on the wall.
        { "So it isn't the slotting, but what nights hear in it: 'six of us are going, agency first'. No wonder nobody's in a hurry.",
          id = "name_fear", move = "complex_reflection", go = "priya_bind", when = disclosed,
          paraphrases = {
            "Nights hear six jobs going.",
            "So the real worry isn't the re-slot, it's that nights think six of them will lose their jobs, agency staff first, which explains the stalling.",
            "They read it as six people out, agency first. No wonder they're dragging their heels.",
          },
          effect = { fear_named = true },
          feedback = "This is the fear under the passive resistance, named in the team's own terms. The stalling makes sense now, to both of you." },
        { "That figure is capacity, not headcount: the peak overtime and agency hours you'd stop paying. I should have said that plainly in the room, and I didn't.",
          id = "own_fte", move = "transparency", go = "priya_bind", when = disclosed,
          paraphrases = {
            "6.4 FTE is capacity, not jobs; my fault.",
            "That number means overtime and agency hours saved, not people, and I should have made that clear at the readout.",
            "The FTE figure is about hours, not heads, and I didn't explain that properly when I presented.",
          },
          effect = { fear_named = true },
          feedback = "Honest, and it owns the ambiguity, but it is information straight after she voiced the fear: reflecting what that page means to them first would let the correction land." },
        { "What would they need to hear, from me or from Graham, to take that page down?",
          id = "ask_wall", move = "open_question", go = "priya_bind", when = disclosed,
          paraphrases = {
            "What would get that page off the wall?",
            "What would the team need me or Graham to say before they'd take page 31 down?",
            "What would it take for nights to unpin that page?",
          },
          feedback = "A useful question, but it jumps from the fear to the fix, and the fear stays unspoken between you." },
        { "That's a misreading, to be fair. Section 6 says in black and white that it's capacity, not headcount.",
          id = "misreading", move = "defend", go = "cold", cue = "eye_roll", when = disclosed,
          paraphrases = {
            "They've misread it, it's not headcount.",
            "To be fair, the report clearly states in section 6 that it refers to capacity, not jobs.",
            "That's just wrong, section 6 says it's capacity.",
          },
          feedback = "Correct, and useless: telling frightened people they misread the report defends the document and calls them careless." },
        -- Priya has deflected: not yet.
        { "Something has landed badly on nights, and it isn't the aisles. That's theirs to tell, when they want to.",
          id = "leave_room", move = "complex_reflection", when = withheld,
          paraphrases = {
            "Something's upset nights, not the aisles.",
            "Something's gone down badly with the night shift that isn't about the layout, and they can say it when they're ready.",
            "There's something bothering nights beyond the aisles, and it's up to them when they share it.",
          },
          go = "priya_stuck",
          feedback = "She isn't ready to say it. Reflecting that something is there, and leaving it with her, is what makes it sayable later." },
        { "Is it the FTE line on page 31? Is that what this is about?",
          id = "guess_fte", move = "closed_question", topic = "jobs", go = "cold", when = withheld,
          paraphrases = {
            "Is this about the 6.4 FTE?",
            "Is the problem that headcount figure on page 31?",
            "Is it the FTE number in the report that's upset them?",
          },
          feedback = "Probably the right guess, and the wrong moment: pushed before she trusts you, a guarded topic gets a flat denial." },
        { "Whatever's being said on nights, nobody is going to lose their job over this. You can tell them that from me, and from Graham if it helps.",
          id = "nobody_loses", move = "persuade", topic = "jobs", go = "cold", when = withheld,
          paraphrases = {
            "No one will lose their job, I promise.",
            "Whatever the rumours are on the night shift, nobody's getting made redundant, and Graham will back me on that.",
            "Tell nights from me, no jobs are going because of this.",
          },
          feedback = "'Nobody will lose their job' is the reassurance everyone wants to give. It argues with the fear instead of hearing it, and nights have heard that promise before." },
      },
    },

    -- Reached from Priya's bind only once she trusts you and the room is calm.
    late_number = {
      cue = "look_away",
      topic = "jobs",
      talk = "sustain", kind = "reason",
      say = {
        open = {
          "Since you ask. It's page 31. '6.4 FTE.' Someone pinned it up by the clocking machine, and nights have done the maths: six jobs, agency first.",
          { "All right. It's page 31, the FTE line, pinned up by the clocking machine. They read it as six jobs. If that were cleared up, I think Marek would give it a go.", talk = "change", kind = "ability" },
        },
        guarded = "All right. It's page 31. '6.4 FTE.' It's on the wall by the clocking machine. As far as nights are concerned, that's six of them.",
        deflect = "Nothing I can put my finger on. It's the timing, and the last rollout. Leave it there.",
      },
      choices = {
        { "So to nights, this plan reads as 'six of us are going'. That would make anyone drag their feet.",
          id = "name_fear_late", move = "complex_reflection", go = "priya_bind",
          paraphrases = {
            "Nights think six jobs go.",
            "For the night shift, the plan looks like six people losing their jobs, so of course they're stalling.",
            "They think six of them are out. Anyone would drag their heels.",
          },
          effect = { fear_named = true },
          feedback = "Naming the fear in the team's own terms, once she has trusted you with it, makes the stall make sense to both of you." },
        { "What would they need to hear, and from whom, before that page came down?",
          id = "ask_wall_late", move = "open_question", go = "codesign",
          paraphrases = {
            "What would get page 31 off the wall?",
            "Who would they need to hear from, and what, before they'd take that page down?",
            "What would it take, and from who, for nights to unpin it?",
          },
          feedback = "A useful question, but it moves to the fix before the fear has been heard out loud." },
        { "Then it's a misreading. The report says plainly that it's capacity, not headcount, and I can show Marek the section.",
          id = "misreading_late", move = "defend", go = "shelved",
          paraphrases = {
            "It's a misreading, not headcount.",
            "They've got it wrong, the report says capacity not jobs, and I can walk Marek through that section.",
            "That's just a misunderstanding, I'll show Marek where it says capacity.",
          },
          feedback = "Correct, and it defends the document: telling frightened people they misread it calls them careless." },
        { "Then tell them from me: nobody is losing their job over this. You have my word on it.",
          id = "nobody_loses_late", move = "persuade", topic = "jobs", go = "shelved",
          paraphrases = {
            "Nobody's losing their job, I promise.",
            "Please pass on that no one will be made redundant because of this, I guarantee it.",
            "Tell them no jobs are going, on my word.",
          },
          feedback = "A promise about jobs argues with the fear instead of hearing it, and nights have heard that promise before." },
      },
    },

    ---------------------------------------------------------------- late escalation
    cold = {
      cue = "look_away",
      talk = "sustain", kind = "commitment",
      say = {
        open = "Right. Okay. I'll take that back to the team.",
        guarded = {
          "Okay. Well. I'll take that back to the team and we'll see.",
          "Right. Noted. We'll look into it.",
        },
        resistant = {
          "Right. I think we've probably taken this as far as we can today.",
          "Fine. I'll mention it at the huddle. I've got a shift handover at two, so.",
        },
        hostile = "I've got a handover at two. Shall we call it there?",
        deflect = "We're not having that conversation. I'll take the report back to the team and we'll see.",
      },
      choices = {
        { "Hang on. I've just done what I'd tell any client not to do: argued my case instead of listening. What were you about to tell me?",
          id = "repair_cold", move = "name_resistance", codes = { "CR", "Q" }, go = to_bind, repair = true,
          paraphrases = {
            "Sorry, I argued instead of listening. Go on?",
            "Wait, I've been pushing my case rather than hearing you out. What was it you wanted to say?",
            "Hold on, I stopped listening and started arguing. What were you going to tell me?",
          },
          feedback = "Naming what just went wrong, owning it and going back to listening is a real repair. It reopens the conversation." },
        { "I've lost you. Somewhere in the last minute this became my plan against your floor.",
          id = "lost_you", move = "name_resistance", go = to_bind,
          paraphrases = {
            "Feels like I've lost you.",
            "In the last minute this turned into me versus your floor.",
            "Somewhere just now it became my plan against your team, and you've gone quiet.",
          },
          feedback = "Saying plainly what just happened between you, without blame, gives her a way back in." },
        { "I just want the recommendations to get a fair hearing, honestly. There's a lot of work in them, and a lot of your own data.",
          id = "fair_hearing", move = "justify",
          paraphrases = {
            "I just want the report properly considered.",
            "All I'm asking is a fair hearing for the recommendations, there's a lot of work and your own data in them.",
            "I put a lot into this and it's based on your data, I just want it looked at properly.",
          },
          go = { { "escalated_ceo", when = { mandate_cited = true, discord = ">= 50" } },
                 { "off_project", when = { discord = ">= 60" } },
                 { "shelved" } },
          feedback = "Asking for a fair hearing for your work makes it about your effort, not her team. She closes the meeting politely." },
        { "No problem at all. Take whatever time you need and I'll wait to hear from you.",
          id = "back_off", move = "buckle", go = "shelved",
          paraphrases = {
            "No rush, get back to me.",
            "That's fine, take as long as you need and let me know.",
            "Sure, whenever you're ready, just give me a shout.",
          },
          feedback = "Backing off avoids the discomfort, but it leaves the stall in place. Buckling is how good reports get shelved." },
      },
    },

    ---------------------------------------------------------------- working with it
    priya_bind = {
      unmatched = "I'm not sure what that's got to do with it. I've just told you I'm the one who stood in that canteen last time.",
      talk = "sustain", kind = "reason",
      say = {
        open = {
          "Yes. And since we're being straight: the person who stood up in the canteen and said voice picking would be fine was me. So when Graham asks why I'm dragging my feet, that's why.",
          { "Yes. And I want to get it right this time, for them. I just can't stand in that canteen again and promise them it'll be fine.", talk = "change", kind = "desire" },
        },
        guarded = {
          "Yes. I stood in that canteen two years ago and told them voice picking would make their lives easier. I'm not doing that to them twice. Graham thinks I'm dragging my feet.",
          { "Yes. And I'd like to get it right for them this time. I just can't be the one who tells them it'll be fine, again.", talk = "change", kind = "desire" },
        },
        resistant = "Yes. And I'm the one who told them last time it would be fine. I'm not doing that to them twice.",
        questions = { { "You've asked me a lot of questions today. Here's one back: what do you want me to do? Graham wants dates, and I'm the one who told them last time it would be fine.", talk = "ask" } },
      },
      choices = {
        { "You'd be the one standing in front of them again. But until you're sure it won't blow up on them, that isn't foot-dragging. It's protecting them.",
          id = "reflect_bind", move = "complex_reflection", go = "codesign", cue = "nod",
          paraphrases = {
            "You're protecting them, not stalling.",
            "You'd be the face of it again, so holding back until you know it's safe is looking after your team, not delaying.",
            "It'd be you up in the canteen again, so waiting till you're sure isn't dragging your feet, it's looking out for them.",
          },
          feedback = "Reflecting her own fear (being the one who sold them a bad change again) shows her the stall is loyalty, not obstruction." },
        { "How would you want Marek and Denise involved, if this went ahead at all?",
          id = "build_with", move = "seek_collaboration", go = "codesign",
          paraphrases = {
            "How would you bring Marek and Denise in?",
            "If it happened, what role would you want Marek and Denise to have?",
            "If we went ahead, how would you want Denise and Marek in on it?",
          },
          feedback = "Asking how she'd involve the people who carry the risk shares the design with her, instead of handing her your plan to sell." },
        { "It's been a hard half hour, but your first question all along has been what this does to the team, not what it does for the numbers.",
          id = "affirm_protect", move = "affirm", go = "codesign",
          paraphrases = {
            "You've always put the team first.",
            "This has been a tough conversation, yet every time your first concern has been your people rather than the figures.",
            "Throughout this meeting you've been thinking about the team, not the numbers, and that says a lot.",
          },
          feedback = "Affirming her loyalty to the team recasts her 'foot-dragging' as something she can be proud of." },
        { "Then let me be the one who stands in the canteen. I'll present it to nights myself, take every question, and if it goes wrong it's on me, not on them.",
          id = "take_over", move = "persuade", go = "shelved",
          paraphrases = {
            "I'll present to nights myself.",
            "Let me front it instead: I'll stand up in front of the night shift, answer everything, and take the blame if it fails.",
            "I'll do the canteen talk and take the heat if it goes wrong, not you.",
          },
          feedback = "Generous, and the righting reflex: you fixed her problem for her. Taking over the selling takes the decision away from her and puts the outsider in front of the team again." },
      },
    },

    priya_stuck = {
      talk = "sustain", kind = "reason",
      say = {
        open = {
          "Look, I'll give it to the team again. But Graham wants dates, the team wants to be left alone, and I'm in the middle.",
          { "I do want this to work, you know. I just can't see how I get the team there from here.", talk = "change", kind = "desire" },
        },
        guarded = {
          "Look, I'll give it to the team again. But Graham wants dates, the team wants to be left alone, and I'm in the middle. I'm not sure what you want me to do with that.",
          { "I do want it to work, for what it's worth. Graham wants dates and the team wants to be left alone, and I can't see how I get from one to the other.", talk = "change", kind = "desire" },
        },
        resistant = "I'll give it to the team again. That's all I can do.",
        questions = { { "You've asked me a lot of questions today. Here's one back: what do you want me to do? Graham wants dates, the team wants to be left alone, and I'm the one in the middle.", talk = "ask" } },
      },
      choices = {
        { "You're in the middle: Graham wants dates, the team wants to be left alone, and neither of them is wrong.",
          id = "reflect_middle", move = "complex_reflection", go = back_to_number,
          paraphrases = {
            "Stuck between Graham and the team.",
            "You're squeezed between a CEO who wants a timeline and a team that wants peace, and both have a point.",
            "Graham wants dates, your people want quiet, and you're caught between two fair positions.",
          },
          feedback = "Reflecting both sides of her bind, without taking either, lets her stop defending one of them." },
        { "What would the team need to see before they'd try anything?",
          id = "ask_needs", move = "open_question", go = back_to_number,
          paraphrases = {
            "What would the team need first?",
            "What would have to be in place for the team to give something a go?",
            "What would it take for your people to try it?",
          },
          feedback = "An open question about the team's conditions invites what they fear without naming it for them." },
        { "Graham's paying for this and expecting movement, so let's give him a date, and I'll help with the team.",
          id = "give_date", move = "persuade", go = "shelved", effect = { mandate_cited = true },
          paraphrases = {
            "Let's give Graham a date.",
            "Graham's funding this and wants progress, so we should commit to a date and I'll support you with the team.",
            "Give Graham a start date and I'll help you handle your people.",
          },
          feedback = "A date for Graham answers his worry, not hers. She agrees politely and nothing moves." },
        { "Take it back to them, then, and I'll wait to hear. No rush at all.",
          id = "no_rush", move = "buckle", go = "shelved",
          paraphrases = {
            "Talk to them, no hurry.",
            "Run it by the team and get back to me whenever, there's no pressure.",
            "OK, check with them and let me know when you can.",
          },
          feedback = "Dropping the agenda when she's stuck leaves her alone with the bind you could have explored together." },
      },
    },

    codesign = {
      talk = "sustain", kind = "reason",
      say = {
        open = {
          { "If Marek designed it... he'd actually be good at it. He knows which lines move on nights better than the WMS does.", talk = "change", kind = "ability" },
          { "Marek would want to pick the aisle himself. He'd probably pick the worst one, just to prove a point. Which would make it a better test.", talk = "change", kind = "ability" },
          "Maybe. Marek would need to see it wasn't a stitch-up. And Liam will ask who's paying for the Saturday moves.",
        },
        guarded = {
          "Maybe. Marek would need to see it wasn't a stitch-up. And Liam will ask who's paying for the Saturday moves.",
          { "Marek knows which lines move on nights better than the system does. If anyone could make it work, he could.", talk = "change", kind = "ability" },
        },
        resistant = "I'm not sure any of them will want to put their names to it.",
      },
      choices = {
        { "So the person most sceptical of this is also the one best placed to design it.",
          id = "reframe_marek", move = "reframe", go = "pilot_shape",
          paraphrases = {
            "Marek, the biggest sceptic, could design it.",
            "So the most doubtful person, Marek, is actually the best one to shape the plan.",
            "The guy least keen is the one who knows best how to make it work.",
          },
          feedback = "Recasting Marek from the obstacle to the designer puts the change in the hands of the people who carry its risk." },
        { "Honestly, you know Marek far better than I do. How would you want to bring him in, if at all?",
          id = "ask_marek", move = "seek_collaboration", go = "pilot_shape",
          paraphrases = {
            "You know Marek; how would you involve him?",
            "You understand Marek much better than I do, so what would bringing him in look like, if you wanted to?",
            "You'd know best how to get Marek involved, if at all. What do you think?",
          },
          feedback = "Acknowledging her expertise and asking how she'd involve Marek makes the plan hers." },
        { "It might help them to see it working elsewhere. A site in Daventry cut walking time by 30% with almost the same layout.",
          id = "daventry", move = "provide_evidence", go = "pilot_shape",
          paraphrases = {
            "Show them Daventry's 30% result.",
            "Maybe seeing another warehouse succeed would help: Daventry reduced walking by about a third with a similar layout.",
            "They could look at Daventry, same setup, walking down thirty percent.",
          },
          feedback = "Good evidence, and unasked: after sustain talk it reads as another argument. Asked for, or once she's talking about making it work, it can land." },
        { "Once they see the first week's numbers, you'll feel the pressure come off. We just need to get started.",
          id = "just_start", move = "persuade", go = "closing",
          paraphrases = {
            "Just start; the numbers will convince them.",
            "When the team sees the results after a week the pressure will lift, we only need to begin.",
            "Let's just get going, a week of data and they'll relax.",
          },
          feedback = "'They'll come round' brushes past the fear you just found. It's the voice-picking pitch all over again." },
      },
    },

    pilot_shape = {
      talk = "change", kind = "activation",
      say = {
        open = {
          { "All right. Say two weeks, aisles 10 to 14, nights only. The top forty lines move once, not weekly. No names on the pick-rate board. And if it goes wrong, we put it all back on the Monday.", talk = "change", kind = "commitment" },
          { "All right, maybe. But small. One aisle, after the Brantwood volumes settle, and I'd want to be able to put it all back.", talk = "sustain", kind = "reason" },
        },
        guarded = {
          "If we did anything, it'd be small. One aisle, nights, two weeks. And I'd want to be able to put it all back.",
          "Something small, maybe. One aisle. Not weekly. And nobody's pick rate goes up on a board while we're testing it.",
          { "Something small, maybe. After peak. I'd want to be able to put it all back, and I'm not promising anything before Christmas.", talk = "sustain", kind = "reason" },
        },
        resistant = { { "I suppose we could look at an aisle. After peak. Maybe. I'd want to be able to put it all back.", talk = "sustain", kind = "reason" } },
      },
      choices = {
        { "Small enough that it could all go back on a Monday if it went wrong.",
          id = "reflect_small", move = "simple_reflection", go = "closing",
          paraphrases = {
            "Small and reversible.",
            "Something you could undo by Monday if it failed.",
            "Little enough to roll back on a Monday if needed.",
          },
          feedback = "Reflecting the condition she set (it must be reversible) tells her the pilot is on her terms." },
        { "Let me check I've got it: small and reversible, but nights only, Marek's design, nobody measured on their own. Anything I've missed?",
          id = "sum_pilot", move = "summary", codes = { "CR", "Q" }, go = "closing",
          paraphrases = {
            "Small, reversible, nights, Marek's design, no names. Missed anything?",
            "To recap: a small pilot you can undo, on nights only, designed by Marek, and no individual pick rates. Have I left anything out?",
            "So it's small, can be rolled back, nights only, Marek designs it and nobody's on the board. Anything else?",
          },
          feedback = "Summarising her terms back, and asking what's missing, makes the plan hers and checks nothing's been lost." },
        { "That's a proper pilot: small and reversible, but with no names on the board. I'll put in writing that the FTE figure is not a headcount target.",
          id = "agree_pilot", move = "affirm", codes = { "AF", "GI" }, go = "closing",
          paraphrases = {
            "Good pilot. I'll confirm FTE isn't headcount in writing.",
            "That's a well-designed trial, reversible and with no names on the board, and I'll write to confirm the 6.4 FTE isn't about cutting jobs.",
            "Solid pilot you've built there. I'll put it on paper that page 31 isn't a jobs target.",
          },
          feedback = "Affirming the pilot she built, then offering the written line on jobs, answers the fear and the practicalities together." },
        { "Two weeks is a bit short to see the effect. Could we run the whole of nights for a month instead? That's when the numbers really start to show.",
          id = "bigger", move = "persuade",
          paraphrases = {
            "Let's do a month across all of nights.",
            "Two weeks won't show much, how about extending to the full night shift for four weeks?",
            "Honestly a fortnight is too short, can we do all nights for a month to get real numbers?",
          },
          go = { { "team_session", when = { fear_named = true, rapport = ">= 50" } }, { "shelved" } },
          feedback = "Scope creep at the last minute tells her the small pilot was a foot in the door. Trust drops just as she committed." },
      },
    },

    closing = {
      talk = "change", kind = "commitment",
      say = {
        open = "Okay. I think I can take that to Marek. Not as your project. As ours.",
        guarded = {
          { "Let me think about how I put it to them. I'm willing to try. I just don't want it to sound like it's come down from upstairs.", talk = "change", kind = "commitment" },
          { "Let me think about how I put it to them. I don't want it to sound like it's come down from upstairs, and I'm not sure it won't.", talk = "sustain", kind = "reason" },
        },
        resistant = { { "I'll raise it at the huddle. No promises.", talk = "sustain", kind = "commitment" } },
      },
      choices = {
        { "Your call on how you put it to them. Would it help if I came to Monday's huddle, just to listen?",
          id = "huddle_listen", move = "emphasize_autonomy", codes = { "Emphasize", "Seek" },
          paraphrases = {
            "Up to you how you pitch it. Want me at Monday's huddle to listen?",
            "You decide how to present it to them. Would it be useful if I sat in on Monday's huddle, only listening?",
            "However you want to put it is fine. Should I come to the huddle Monday and just listen?",
          },
          go = { { "joint_pilot", when = { fear_named = true, rapport = ">= 50", discord = "< 30" } },
                 { "team_session", when = { fear_named = true } },
                 { "shelved" } },
          feedback = "Leaving the how with her, and asking whether listening would help rather than offering to present, keeps the ownership where it belongs." },
        { "Not yours, not mine, but something Marek can put his name to.",
          id = "reflect_ours", move = "complex_reflection",
          paraphrases = {
            "Something Marek can own.",
            "Not your project or mine, but one Marek's happy to sign up to.",
            "So it belongs to the team, with Marek's name on it.",
          },
          go = { { "joint_pilot", when = { fear_named = true, rapport = ">= 50", discord = "< 30" } },
                 { "team_session", when = { fear_named = true } },
                 { "shelved" } },
          feedback = "Reflecting 'as ours' back, with Marek's name in it, strengthens the commitment she just made." },
        { "Great. I'll let Graham know we're starting on the 3rd, so it's on his radar and off your plate.",
          id = "tell_graham", move = "persuade", effect = { mandate_cited = true },
          paraphrases = {
            "I'll tell Graham we start on the 3rd.",
            "Excellent, I'll update Graham that the pilot begins on the 3rd so you don't have to.",
            "Great, I'll let the CEO know it kicks off on the 3rd.",
          },
          go = { { "team_session", when = { fear_named = true, rapport = ">= 65" } }, { "shelved" } },
          feedback = "Announcing it to the CEO takes it back upstairs, the exact thing she said she couldn't sell to the team." },
      },
    },

    ---------------------------------------------------------------- endings
    joint_pilot = {
      ending = "joint_pilot", outcome = "success", title = "Priya agrees to a joint pilot", cue = "smile", talk = "change", kind = "commitment",
      say = "Monday's huddle, then. Come and listen. And bring a proper letter about page 31. If Marek says yes, we start on the 3rd.",
      debrief = "You found the fear behind the politeness: not the slotting, but a number on page 31 and the memory of the voice-picking rollout, when Marek's shift took the blame. Hearing her reasons, naming the fear without judging it and leaving the design with the people who carry the risk turned a stall into a small, reversible pilot the team owns.",
    },

    team_session = {
      ending = "team_session", outcome = "partial", title = "Priya lets you meet the team", cue = "nod", talk = "change", kind = "activation",
      say = "Come to the huddle on Monday, if you like. Listen, don't present. Then we'll see about a pilot.",
      debrief = "You got past 'we'll look into it' and reached the real fear, which is the hard part. But trust was not quite there at the end, so Priya will let you listen to the team without committing to a pilot yet. The turns where discord rose in your record show where. At the close, slow down: reflect her terms, leave the choices with her, and let her set the size of the first step.",
    },

    shelved = {
      ending = "shelved", outcome = "partial", title = "The report is shelved", cue = "smile", talk = "sustain", kind = "commitment",
      say = "Thanks for coming in. It's been useful. We'll note the report and pick it up properly after peak.",
      debrief = "The report was 'noted' and parked until after peak: polite passive resistance, left intact. The fear underneath it (a headcount line read as six jobs, and the memory of the last rollout) was never heard and named together, so there was nothing for a pilot to stand on. Passive resistance usually hides a fear; it is disclosed only when the client trusts you and the room is calm, which reflections of what people expect to happen build and pressure, fixes or backing off do not.",
    },

    escalated_ceo = {
      ending = "escalated_ceo", outcome = "fail", title = "Priya takes it to the CEO", cue = "arms_crossed", talk = "sustain", kind = "commitment",
      say = "Fine. I'll speak to Graham this afternoon. If he wants it in, it goes in over my objection, and the team will do exactly what the slotting sheet says. Nothing more.",
      debrief = "Once Graham's name was used as leverage, a quiet stall became an open fight. Citing authority tells a guarded client her view doesn't count, so reactance rises and she protects her team the only way left: going over your head, with compliance to the letter to follow. Pressure makes passive resistance active; curiosity about why the team was stalling would have made it smaller.",
    },

    off_project = {
      ending = "off_project", outcome = "fail", title = "Priya asks for another consultant", cue = "look_away", talk = "sustain", kind = "commitment",
      say = "I think we'll stop there. I'll be asking Graham whether someone else from your firm can pick this up. Thanks for your time.",
      debrief = "Priya ended the meeting and asked for a different consultant: discord climbed until staying was harder than leaving. The turns in your record where it rose most are where she heard that your recommendation mattered more than her floor. Reflecting her reasons and asking what the team feared would have lowered it; a reflection that owns your part can repair it even after a push.",
    },
  },

  tests = {
    { name = "listening path finds the fear and agrees a joint pilot",
      choices = { "reflect_stall", "reflect_floor", "playback", "reflect_history",
                  "reflect_blame", "name_fear", "reflect_bind", "reframe_marek", "sum_pilot",
                  "huddle_listen" },
      expect = { ending = "joint_pilot", outcome = "success", fear_named = true,
                 discord = "< 30", rapport = ">= 50" } },

    { name = "the fear found, but a late 'they'll come round' leaves it at a team session",
      choices = { "reflect_stall", "reflect_floor", "playback", "ask_film", "reflect_blame",
                  "name_fear", "reflect_bind", "just_start", "huddle_listen" },
      expect = { ending = "team_session", outcome = "partial", fear_named = true, mandate_cited = false } },

    { name = "an early fix, then 'leave it with me' accepted: shelved",
      choices = { "ask_where", "ask_views", "early_pilot", "wait" },
      expect = { ending = "shelved", outcome = "partial", fear_named = false } },

    { name = "citing the CEO and calling the stall a decision: escalated",
      choices = { "cite_board", "not_optional" },
      expect = { ending = "escalated_ceo", outcome = "fail", mandate_cited = true, discord = "> 60" } },

    { name = "arguing and defending: taken off the project",
      choices = { "push_peak", "defend_point" },
      expect = { ending = "off_project", outcome = "fail", mandate_cited = false, discord = "> 60" } },

    { name = "asking about jobs too soon gets a deflection, and the fear stays hidden",
      choices = { "ask_where", "ask_heads", "ask_most", "ask_film", "ask_expect" },
      expect = { node = "the_number", fear_named = false } },

    { name = "three questions in a row draw the complaint",
      choices = { "ask_where", "ask_heads", "ask_most" },
      expect = { node = "marek", questions_complaint = true } },
  },
}
