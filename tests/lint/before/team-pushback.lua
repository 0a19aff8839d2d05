-- team-pushback: a consultant, six weeks after delivering a warehouse re-slotting plan,
-- meets the head of operations whose team is quietly not doing it.
-- Seed 001: "9 times out of 10 it's passive resistance, based on an irrational fear of
-- something. Find out what the fear is." The fear here: a line on page 31 of the report
-- ("6.4 FTE"), read on the night shift as six jobs, and the memory of the last rollout,
-- when Marek's shift took the blame. Own flags: fear_named (the trainee has uncovered and
-- named the fear), mandate_cited (the trainee has leaned on the CEO's authority).

return scenario {
  id = "team-pushback",
  title = "Priya: \"The team is very busy\"",
  setting = "Six weeks ago you presented a re-slotting plan for Halden Logistics' Northampton "
    .. "warehouse. Nothing has moved and Priya, head of operations, has missed two follow-up "
    .. "calls. Today she has given you thirty minutes in her office above the floor.",

  client = {
    name = "Priya", role = "Head of operations, Halden Logistics", pronoun = "she",
    look = { skin = "#8d5a3b", hair = "#1a1410", top = "#34456b" },
    traits = { receptivity = 3, reactance_trait = 0.6, volatility = 0.15 },
    topics = { jobs = { sensitivity = 50 } },   -- headcount: not disclosed before trust
  },

  state = {
    discord = 35, rapport = 40, credibility = 45, importance = 3,
    fear_named = false,      -- the trainee has found and named what the team is afraid of
    mandate_cited = false,   -- the trainee has used Graham's (the CEO's) authority as leverage
  },

  start = "opening",
  walkout = "off_project",
  rules = {
    { when = { discord = ">= 80" }, go = "off_project" },
  },

  nodes = {

    ---------------------------------------------------------------- the polite stall
    opening = {
      cue = "smile",
      talk = "sustain",
      say = {
        open = "Come in, sit down. Sorry about the calls, it's been a mad few weeks. The report's with the team. I'd like to talk about where we are, honestly.",
        guarded = {
          "Thanks for coming over. Sorry we've been slow on the follow-ups. It's peak prep and the team's flat out. We are looking at the report. It's on the list.",
          "Good to see you. Sorry about last week's call, the Brantwood contract went live and the floor's been chaos. The report's with the team. We'll look into it properly, I promise.",
        },
        resistant = "Thanks for coming. I'll be straight, I've only got half an hour. The report's with the team and we'll get to it. It's just a very busy time.",
      },
      choices = {
        { "So it's not a no. It's more that it keeps getting pushed behind whatever's actually on fire this week.",
          id = "reflect_stall", move = "complex_reflection", go = "busy", cue = "nod",
          feedback = "Reflecting the stall without judging it shows you've heard her, and lets her say more about why it keeps slipping." },
        { "I get that it's busy, but that's exactly why I'd start now. The re-slot takes travel out of every pick. You'd feel it by November.",
          id = "push_peak", move = "persuade", go = "pushback", effect = { discord = 4 },
          feedback = "Answering 'we're busy' with a better argument is the righting reflex: it tells her you didn't hear the reason, so she digs in." },
        { "Where has it got to with the team since the readout?",
          id = "ask_where", move = "open_question", go = "busy",
          feedback = "A plain open question invites her account instead of a defence." },
        { "Graham's asked for a pilot update at the board on the 14th, so I think we need to pick a start date today.",
          id = "cite_board", move = "persuade", go = "pushback", cue = "frown",
          effect = { mandate_cited = true, discord = 6, reactance = 6 },
          feedback = "Leaning on the CEO's deadline turns her quiet reluctance into a question of who's in charge, and raises reactance straight away." },
      },
    },

    busy = {
      talk = "sustain",
      say = {
        open = "Denise has read it cover to cover, I think. Marek... less so. It's not that nobody cares. It's timing, mostly. Mostly.",
        guarded = {
          "Denise has had a read. Marek's on nights, so he's harder to pin down. Honestly, it's a lot of change to land in October, and the team is very busy.",
          "It's been round the shift leads. People have views. It's a big change to land right before peak, and we've got the Brantwood volumes on top.",
        },
        resistant = "People have read it. We'll get to it. I don't know what else you want me to say. The team is very busy.",
      },
      choices = {
        { "It sounds like it's less about the report itself and more about what it would mean to land it on the floor right now.",
          id = "reflect_floor", move = "complex_reflection", go = "surface",
          feedback = "Going a step beyond her words (from 'busy' to what landing it would mean) invites the real reasons without asking for them." },
        { "Can I ask straight out: is anyone worried this is about cutting heads?",
          id = "ask_heads", move = "closed_question", topic = "jobs", go = "surface",
          feedback = "A good guess, asked too soon. Pushing the jobs question before there's trust gets a polite denial and closes the door for a while." },
        { "I have to be honest, Priya: 'we'll look into it' was the answer three weeks ago too. At some point that becomes a decision.",
          id = "call_out", move = "confront", go = "pushback", cue = "frown", effect = { discord = 4 },
          feedback = "True, and it will feel satisfying to say, but it labels her as stalling. Confronting passive resistance makes it active." },
      },
    },

    ---------------------------------------------------------------- escalation branch
    pushback = {
      cue = "arms_crossed",
      talk = "sustain",
      say = {
        guarded = "I know. I do know. But I've got a floor to run, and your report isn't the only thing on it.",
        resistant = {
          "With respect, you're not the one who has to get forty pickers through a night shift in October. I said we'll look at it, and we will.",
          "I've heard the argument. I read the report. I'm telling you the timing is hard, and I'd appreciate it if that counted for something.",
        },
        hostile = "I've had Graham on at me about it, and now you. I know it's late. I'm not sure what pushing harder is meant to achieve.",
      },
      choices = {
        { "That's fair, and I'd rather hear it straight. You know that floor and I don't. What would doing this now actually cost your team?",
          id = "welcome", move = "welcome_pushback", go = "marek", repair = true, cue = "nod",
          feedback = "Welcoming the pushback, owning the push and handing her the expertise turns a standoff back into a conversation." },
        { "I'm not trying to add to anyone's load. The whole point of the report is to take walking out of their shift.",
          id = "defend_point", move = "defend", go = "standoff", effect = { discord = 3 },
          feedback = "Explaining your good intentions is defending: it asks her to reassure you, and leaves her reasons unheard." },
        { "I understand, but this was signed off at exec level. It isn't really optional at this point.",
          id = "not_optional", move = "confront", go = "standoff", cue = "eye_roll",
          effect = { mandate_cited = true, reactance = 6 },
          feedback = "Telling a manager her view is irrelevant because the CEO signed off is a head-on battle. It costs her face and costs you the alliance." },
      },
    },

    standoff = {
      cue = "arms_crossed",
      talk = "sustain",
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
        { "You're caught in the middle: Graham wants it done, your team's dug in, and I've just made it sound like you're the problem. I'm sorry.",
          id = "repair_standoff", move = "complex_reflection", go = "repair_point", repair = true, effect = { discord = -4 },
          feedback = "Reflecting her bind and apologising for your part is a repair. It is the only move here that lowers the temperature." },
        { "With respect, Graham's already asked me why it's stalled, and I can't keep telling him the team's too busy.",
          id = "blame_team", move = "blame_client", cue = "frown",
          effect = { mandate_cited = true, discord = 6 },
          go = { { "escalated_ceo", when = { discord = ">= 60" } }, { "shelved" } },
          feedback = "Pinning the delay on her team, with the CEO behind you, leaves her one way to protect them: go over your head." },
        { "I'm only trying to deliver what I was brought in to do. That's all this is.",
          id = "justify_self", move = "justify", effect = { discord = 8 },
          go = { { "off_project", when = { discord = ">= 60" } }, { "shelved" } },
          feedback = "Justifying your brief makes the meeting about you. She has already heard it, and now she stops listening." },
      },
    },

    repair_point = {
      cue = "sigh",
      say = {
        guarded = "Yes. Well. That's about the size of it. I'm not against the thing, you know. I'm just not walking it onto that floor until I know it won't blow up.",
        resistant = "Thank you for saying that. I'm still not sure where it leaves us.",
      },
      choices = {
        { "Then help me see it from the floor. What would blow up?",
          id = "ask_floor", move = "open_question", go = "marek",
          feedback = "After a repair, an open question about her world shows you mean it." },
        { "Then let's stop it blowing up by getting a pilot moving. Once they see the numbers, they'll come round.",
          id = "push_again", move = "persuade",
          go = { { "escalated_ceo", when = { discord = ">= 55" } }, { "shelved" } },
          feedback = "Straight back to persuading after an apology makes the apology look tactical, and undoes it." },
      },
    },

    ---------------------------------------------------------------- surface reasons
    surface = {
      talk = "sustain",
      say = {
        open = "Practically? The pickers know where everything lives. Fourteen years, some of them. Move the fast lines every week and they're hunting. And weekly re-slots means someone moving stock on a Saturday. That's Liam's lot, on overtime, again.",
        guarded = {
          "It's practical stuff. The pickers know the building. You move the fast lines every week and they're hunting for them. The re-slots land on Liam's team on Saturdays. And it's all arriving in peak.",
          "Where do I start. People know where things live, and weekly moves throw that away. Liam's team would be doing the moves at weekends, on overtime. And the timing, obviously.",
        },
        resistant = "People know the building and you want to move it every week, the moves land on Liam's lot at weekends, and it's peak. Take your pick.",
        deflect = "Nobody's said anything like that. It's practical. The pickers know where everything is, and you're asking them to relearn the building in October.",
      },
      choices = {
        { "Let me play back what I'm hearing. Your pickers' knowledge of the building is worth a lot, and weekly moves throw it away. The moves land on Liam's team at weekends. And all of it in peak. Have I got that right?",
          id = "playback", move = "summary", go = "playback_ok", effect = { rapport = 2 }, cue = "nod",
          feedback = "A summary she can check and correct proves you listened. It's also the moment people tend to say what's really going on." },
        { "I hear that. Can I show you last month's pick-path data? Nearly a third of night-shift walking is to six bays at the far end of aisle 14.",
          id = "show_data", move = "provide_evidence", go = "evidence_heard",
          feedback = "The data is good, but her objection wasn't about data. Evidence lands only once she trusts you've understood her reasons." },
        { "What if we skipped the weekly re-slot for now and moved the top forty lines once, in one aisle, as a trial?",
          id = "early_pilot", move = "propose_pilot", go = "early_pilot",
          feedback = "A small pilot is the right shape, but offered this early it solves the stated problem before you know the real one." },
        { "Which of those worries the team most?",
          id = "ask_most", move = "open_question", go = "marek",
          feedback = "Asking her to rank the worries moves from the list to the people behind it." },
      },
    },

    evidence_heard = {
      talk = "sustain",
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
          feedback = "Conceding the data isn't the issue, and saying so, lets her tell you what is." },
        { "Then if we agree on the numbers, the case makes itself. Let's set a date.",
          id = "case_made", move = "persuade", go = "cold", cue = "sigh",
          feedback = "Treating agreement on the data as agreement on the change skips her reasons entirely. She'll go quiet, not along." },
      },
    },

    early_pilot = {
      cue = "nod",
      talk = "sustain",
      say = {
        open = "Maybe. One aisle is less frightening than the whole building. I'd need to take it to the shift leads, though.",
        guarded = {
          "We could look at that. Leave it with me and I'll take it to the shift leads on Thursday.",
          "That's helpful, thanks. Let me put it to the team and come back to you.",
        },
        resistant = "I'll put it to the team.",
      },
      choices = {
        { "Can I be honest? 'I'll take it to the team' is roughly where we were last month, and I don't think it's about diary space. What do you think the shift leads will say?",
          id = "name_stall", move = "name_resistance", go = "marek",
          feedback = "Naming the stall calmly, then asking, brings the passive resistance into the open without accusing anyone." },
        { "Great, that works. I'll wait to hear back after Thursday.",
          id = "wait", move = "buckle", go = "shelved",
          feedback = "Accepting 'leave it with me' feels polite and costs nothing today; it's how reports get shelved. You dropped the agenda." },
      },
    },

    ---------------------------------------------------------------- towards the fear
    playback_ok = {
      say = {
        open = "Yes. That's fair. That's pretty much what Denise said. Though if I'm honest, none of that is really the problem.",
        guarded = {
          "That's... about right, yes. Though honestly, if I'm straight with you, it's not really the practical stuff.",
          "Yes. More or less. The Saturdays we could sort. It isn't really about the Saturdays.",
        },
        resistant = "More or less. It's a lot of things.",
      },
      choices = {
        { "Sounds like the practical stuff is real, but there's something underneath it that's harder to put on a slide.",
          id = "reflect_under", move = "complex_reflection", go = "marek",
          feedback = "Reflecting what she's hinting at, without guessing what it is, gives her permission to say it." },
        { "Good, because everything on that list has a fix. Keep the top lines fixed so nobody's hunting, do the moves midweek, and I'll sit down with Liam myself.",
          id = "fix_list", move = "persuade", go = "cold",
          feedback = "Rushing to fix the list right after she said the list isn't the problem shows you weren't listening to the last sentence." },
      },
    },

    marek = {
      cue = "look_away",
      say = {
        open = "You've met Marek? Night shift lead, fourteen years. At the Monday huddle he read out a bit of your report and said, 'We've seen this film before.' Nobody laughed. That's when I knew.",
        guarded = {
          "It's Marek, mostly. Night shift lead, fourteen years. He read a bit of your report out at the huddle and said, 'We've seen this film before.' Nobody laughed.",
          "You'd need Marek, and Marek's not keen. At the huddle he said, 'We've seen this film before.' The others went quiet. They follow him.",
        },
        resistant = "Marek's not keen. Put it that way.",
        questions = "Another question. Fine. Marek. You'd need Marek, and Marek says he's seen this film before.",
      },
      choices = {
        { "What was the film?",
          id = "ask_film", move = "open_question", go = "last_rollout",
          feedback = "Three words, and it asks for the story behind the resistance." },
        { "So this has history. Something happened before that Marek's team remembers, and they're expecting the sequel.",
          id = "reflect_history", move = "complex_reflection", go = "last_rollout", effect = { rapport = 1 },
          feedback = "Reflecting the history behind the joke tells her you take Marek seriously, not as an obstacle." },
        { "Honestly, every site has a Marek. Someone who's been there forever and doesn't want anything to change. You can't let one person hold up the building.",
          id = "label_marek", move = "confront", go = "cold", cue = "frown", effect = { discord = 4 },
          feedback = "Labelling Marek as 'resistant' insults someone she relies on and confirms the team's fear that nobody upstairs listens." },
      },
    },

    last_rollout = {
      cue = "sigh",
      say = {
        open = "Voice picking, two years ago. Head office put it in three weeks before Black Friday. The headsets couldn't follow half the accents on nights, pick rates fell off a cliff, and Marek's shift got named in the ops review. Four agency lads weren't kept on after Christmas.",
        guarded = {
          "Voice picking. Two years ago, three weeks before Black Friday. The headsets didn't work for half of nights, rates dropped, and Marek's shift got named in the ops review. Four of the agency lads weren't kept on.",
          "The last big change was voice picking. It went in right before peak, it didn't work on nights, and Marek's shift took the blame in front of everyone. Some of them lost their jobs over it.",
        },
        resistant = "There was a rollout before. It went badly, Marek's shift took the blame, and some agency lads weren't kept on. I'd rather not relitigate it.",
        questions = "You do ask a lot of questions. All right. Voice picking, two years ago. It went badly, and Marek's shift carried the can.",
      },
      choices = {
        { "So last time the change came from above, the numbers dipped, and it was Marek's people whose names went in the review. Some of them lost their jobs.",
          id = "reflect_blame", move = "complex_reflection", go = "the_number",
          effect = { fear_named = true, rapport = 2 },
          feedback = "This names the fear plainly and without judgement: blame, and jobs. Once it's said out loud it can be worked with." },
        { "What are people on nights expecting to happen this time?",
          id = "ask_expect", move = "open_question", go = "the_number",
          feedback = "Asking what people expect invites the fear itself, in their words." },
        { "I can see why that's raw. But this is a process change, not new kit. It's nothing like what happened with voice picking.",
          id = "not_like_that", move = "defend", go = "cold",
          feedback = "Reassuring her it's different before you've heard what they fear is defending. It tells her the story didn't register." },
      },
    },

    the_number = {
      cue = "sigh",
      say = {
        open = "And then there's page 31 of your report. 'Labour efficiency equivalent to 6.4 FTE.' Someone printed that page and pinned it up by the clocking machine. On nights they've done the maths: six jobs, agency first.",
        guarded = {
          "And there's page 31. 'Equivalent to 6.4 FTE.' Somebody pinned that page up by the clocking machine. Nights have done the maths. Six jobs, agency first.",
          "Have you seen what's by the clocking machine? Page 31 of your report. '6.4 FTE.' As far as nights are concerned, that's six of them.",
        },
        resistant = "Page 31. The FTE line. It's on the wall by the clocking machine. Draw your own conclusions.",
        questions = "I'll answer that one, then it's my turn. Page 31, the FTE line. It's pinned up by the clocking machine. They think it's six jobs.",
      },
      choices = {
        { "So when someone says 'new slotting', what the night shift actually hears is 'six of us are going, and it'll be our fault'. No wonder nobody's in a hurry.",
          id = "name_fear", move = "complex_reflection", go = "priya_bind",
          effect = { fear_named = true, rapport = 2 },
          feedback = "This is the fear under the passive resistance, named in the team's own terms. The stalling makes sense now, to both of you." },
        { "That figure is capacity, not headcount: it's the peak overtime and agency hours you'd stop paying. I should have said that plainly in the room, and I didn't.",
          id = "own_fte", move = "transparency", go = "priya_bind", repair = true,
          effect = { fear_named = true },
          feedback = "Being open about what the number means, and owning that you left it ambiguous, answers the fear honestly instead of arguing with it." },
        { "What would they need to hear, from me or from Graham, to take that page off the wall?",
          id = "ask_wall", move = "open_question", go = "priya_bind",
          feedback = "A useful question, but it jumps from the fear to the fix. Reflecting what that page means to them would land first." },
        { "That's a misreading, to be fair. Section 6 says in black and white that it's capacity, not headcount.",
          id = "misreading", move = "defend", go = "cold", cue = "eye_roll",
          feedback = "Correct, and useless: telling frightened people they misread the report defends the document and calls them careless." },
      },
    },

    ---------------------------------------------------------------- late escalation
    cold = {
      cue = "look_away",
      talk = "sustain",
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
      },
      choices = {
        { "Hang on. I've just done what I'd tell any client not to do: argued my case instead of listening to you. What were you about to tell me?",
          id = "repair_cold", move = "name_resistance", go = "priya_bind", repair = true,
          feedback = "Naming what just went wrong, owning it and going back to listening is a real repair. It reopens the conversation." },
        { "I just want to make sure the recommendations get a fair hearing. There's a lot of work in them.",
          id = "fair_hearing", move = "justify", effect = { discord = 6 },
          go = { { "escalated_ceo", when = { mandate_cited = true, discord = ">= 50" } },
                 { "off_project", when = { discord = ">= 60" } },
                 { "shelved" } },
          feedback = "Asking for a fair hearing for your work makes it about your effort, not her team. She closes the meeting politely." },
        { "No problem at all. Take whatever time you need and I'll wait to hear from you.",
          id = "back_off", move = "buckle", go = "shelved",
          feedback = "Backing off avoids the discomfort, but it leaves the stall in place. Buckling is how good reports get shelved." },
      },
    },

    ---------------------------------------------------------------- working with it
    priya_bind = {
      say = function(s)
        if s.questions_complaint then
          return "You've asked me a lot of questions today. Here's one back: what do you want me to do? Graham wants dates, the team wants to be left alone, and I'm the one in the middle."
        end
        if s.fear_named then
          if s.discord >= 40 then
            return "Yes. And I'm the one who told them last time it would be fine. I'm not doing that to them twice."
          end
          return {
            "Yes. And I'll be honest, since you've been honest with me. I stood in that canteen two years ago and told them voice picking would make their lives easier. I'm not doing that to them twice. Graham thinks I'm dragging my feet. Maybe I am.",
            "Thank you. And since we're being straight: the person who stood up in the canteen and said voice picking would be fine was me. So when Graham asks why I'm dragging my feet, that's why.",
          }
        end
        if s.discord >= 40 then
          return "I'll give it to the team again. That's all I can do."
        end
        return "Look, I'll give it to the team again. But Graham wants dates, the team wants to be left alone, and I'm in the middle. I'm not sure what you want me to do with that."
      end,
      choices = {
        { "You're the one who has to stand in front of that team, and you won't do it again unless you're sure it won't blow up on them. That's not dragging your feet. That's protecting them.",
          id = "reflect_bind", move = "complex_reflection", go = "codesign",
          effect = { fear_named = true, rapport = 2 }, cue = "nod",
          feedback = "Reflecting her own fear (being the one who sold them a bad change again) shows her the stall is loyalty, not obstruction." },
        { "Then let's not ask you to sell it. What if Marek and Denise built the pilot with us, and you only backed it once they were happy with it?",
          id = "build_with", move = "seek_collaboration", go = "codesign",
          feedback = "Making it a joint effort, built by the people who carry the risk, takes the selling off her shoulders." },
        { "It says a lot about you that your first question is what this does to your team, not what it does for the numbers.",
          id = "affirm_protect", move = "affirm", go = "codesign",
          feedback = "Affirming her loyalty to the team recasts her 'foot-dragging' as something she can be proud of." },
        { "I understand, but Graham's paying for this and he's expecting movement. I can help you make the case to the team.",
          id = "graham_paying", move = "persuade", go = "shelved", cue = "frown",
          effect = { mandate_cited = true },
          feedback = "Right after she trusted you with her bind, you reached for the CEO's authority. She'll agree politely and do nothing." },
      },
    },

    codesign = {
      say = {
        open = {
          "If Marek designed it... he'd actually be good at it. He knows which lines move on nights better than the WMS does. And Denise would want the labels done properly, not a rush job.",
          "Marek would want to pick the aisle himself. He'd probably pick the worst one, just to prove a point. Which, honestly, would make it a better test.",
        },
        guarded = "Maybe. Marek would need to see it wasn't a stitch-up. And Liam will ask who's paying for the Saturday moves.",
        resistant = "I'm not sure any of them will want to put their names to it.",
      },
      choices = {
        { "Then let's give Marek the pen. He picks the aisle and the lines, and we build the measures with him, not on him.",
          id = "pen_to_marek", move = "seek_collaboration", go = "pilot_shape", effect = { rapport = 1 },
          feedback = "Handing the design to the person who was burned last time turns him from the resistance into the owner." },
        { "It might help them to see it working elsewhere. A site in Daventry cut walking time by 30% with almost the same layout.",
          id = "daventry", move = "provide_evidence", go = "pilot_shape",
          feedback = "Now that there's trust, evidence can land. Earlier it would have sounded like more pressure." },
        { "Honestly, once they see the first week's numbers they'll come round. We just need to get started.",
          id = "just_start", move = "persuade", go = "closing", effect = { discord = 4 },
          feedback = "'They'll come round' brushes past the fear you just found. It's the voice-picking pitch all over again." },
      },
    },

    pilot_shape = {
      say = {
        open = "All right. Say two weeks, aisles 10 to 14, nights only. The top forty lines move once, not weekly. No names on the pick-rate board while it runs. And if it goes wrong, we put it all back on the Monday.",
        guarded = {
          "If we did anything, it'd be small. One aisle, nights, two weeks. And I'd want to be able to put it all back.",
          "Something small, maybe. One aisle. Not weekly. And nobody's pick rate goes up on a board while we're testing it.",
        },
        resistant = "I suppose we could look at an aisle. After peak. Maybe.",
      },
      choices = {
        { "That's a proper pilot. Two weeks, one aisle, reversible, no names on the board. I'll put it in writing, including that the FTE figure is not a headcount target.",
          id = "agree_pilot", move = "propose_pilot", go = "closing", effect = { rapport = 2 },
          feedback = "A small, reversible pilot on her terms, plus a written line on jobs, answers the fear and the practicalities together." },
        { "Let me check I've got it: small, reversible, nights, designed by Marek's team, nobody measured individually, and it's clear this isn't about jobs. Anything I've missed?",
          id = "sum_pilot", move = "summary", go = "closing",
          feedback = "Summarising her terms back, and asking what's missing, makes the plan hers and checks nothing's been lost." },
        { "Two weeks is a bit short to see the effect. Could we do the whole of nights for a month? That's when the numbers really show.",
          id = "bigger", move = "persuade", effect = { discord = 4 },
          go = { { "team_session", when = { fear_named = true, rapport = ">= 50" } }, { "shelved" } },
          feedback = "Scope creep at the last minute tells her the small pilot was a foot in the door. Trust drops just as she committed." },
        { "Honestly, whatever you're comfortable with. Even after peak is fine.",
          id = "after_peak", move = "buckle", go = "shelved",
          feedback = "Giving away the timing she didn't ask you to give away turns a pilot into a 'maybe after Christmas'." },
      },
    },

    closing = {
      say = {
        open = "Okay. I think I can take that to Marek. Not as your project. As ours.",
        guarded = "Let me think about how I put it to them. I don't want it to sound like it's come down from upstairs.",
        resistant = "I'll raise it at the huddle. No promises.",
      },
      choices = {
        { "Your call on how you put it to them. Would it help if I came to Monday's huddle, just to listen, not to present?",
          id = "huddle_listen", move = "emphasize_autonomy",
          go = { { "joint_pilot", when = { fear_named = true, rapport = ">= 52", discord = "< 30" } },
                 { "team_session", when = { fear_named = true } },
                 { "shelved" } },
          feedback = "Leaving the how with her, and offering to listen rather than present, keeps the ownership where it belongs." },
        { "Great. I'll let Graham know we're starting on the 3rd, so it's on his radar.",
          id = "tell_graham", move = "persuade", effect = { mandate_cited = true },
          go = { { "team_session", when = { fear_named = true, rapport = ">= 65" } }, { "shelved" } },
          feedback = "Announcing it to the CEO takes it back upstairs, the exact thing she said she couldn't sell to the team." },
      },
    },

    ---------------------------------------------------------------- endings
    joint_pilot = {
      ending = "joint_pilot", outcome = "success", title = "The end", cue = "smile",
      say = "Monday's huddle, then. Come and listen. And bring a proper letter about page 31. If Marek says yes, we start on the 3rd.",
      debrief = "You found the fear behind the politeness: not the slotting, but a number on page 31 and the memory of the voice-picking rollout, when Marek's shift took the blame. Playing back her reasons, naming the fear without judging it and handing the design to the people who carry the risk turned a stall into a small, reversible pilot the team owns. Evidence only landed once she trusted you'd heard her.",
    },

    team_session = {
      ending = "team_session", outcome = "partial", title = "The end", cue = "nod",
      say = "Come to the huddle on Monday, if you like. Listen, don't present. Then we'll see about a pilot.",
      debrief = "You got past 'we'll look into it' and reached the real fear, which is the hard part. But somewhere trust dipped (a push, a rush to fix, a run of questions), so Priya will let you listen to the team but won't commit to a pilot yet. At the end, slow down: summarise her terms, leave the choices with her, and let her set the size of the first step.",
    },

    shelved = {
      ending = "shelved", outcome = "partial", title = "The end", cue = "smile",
      say = "Thanks for coming in. It's been useful. We'll note the report and pick it up properly after peak.",
      debrief = "The report was 'noted' and parked until after peak: polite passive resistance, left intact. The conversation stayed on the surface (diary, Saturdays, the system), or you accepted 'leave it with me' or reached for the CEO, so the fear underneath (jobs, blame, a repeat of the last rollout) never got worked with. Passive resistance usually hides a fear; open questions and reflections about what people expect to happen are how you find it.",
    },

    escalated_ceo = {
      ending = "escalated_ceo", outcome = "fail", title = "The end", cue = "arms_crossed",
      say = "Fine. I'll speak to Graham this afternoon. If he wants it in, it goes in over my objection, and the team will do exactly what the slotting sheet says. Nothing more.",
      debrief = "Leaning on Graham's mandate turned a quiet stall into an open fight. Citing authority tells a guarded client her view doesn't count, so reactance rises and she protects her team the only way left: going over your head, with compliance to the letter to follow. Pressure makes passive resistance active; curiosity about why the team was stalling would have made it smaller.",
    },

    off_project = {
      ending = "off_project", outcome = "fail", title = "The end", cue = "look_away",
      say = "I think we'll stop there. I'll be asking Graham whether someone else from your firm can pick this up. Thanks for your time.",
      debrief = "Priya ended the meeting and asked for a different consultant. Each push (arguing the case, defending the report, calling out the delay) told her you cared more about your recommendation than about her floor, and discord climbed until staying was harder than leaving. Welcoming her pushback early ('that's exactly what we should talk about') and asking what the team feared would have repaired it.",
    },
  },

  tests = {
    { name = "listening path finds the fear and agrees a joint pilot",
      choices = { "reflect_stall", "reflect_floor", "playback", "reflect_under", "reflect_history",
                  "reflect_blame", "name_fear", "reflect_bind", "pen_to_marek", "agree_pilot",
                  "huddle_listen" },
      expect = { ending = "joint_pilot", outcome = "success", fear_named = true,
                 discord = "< 30", rapport = ">= 52" } },

    { name = "a push, a repair, the fear found, but a late push leaves it at a team session",
      choices = { "push_peak", "welcome", "ask_film", "ask_expect", "own_fte", "build_with",
                  "just_start", "huddle_listen" },
      expect = { ending = "team_session", outcome = "partial", fear_named = true, mandate_cited = false } },

    { name = "early pilot, then 'leave it with me' accepted: shelved",
      choices = { "ask_where", "ask_heads", "early_pilot", "wait" },
      expect = { ending = "shelved", outcome = "partial", fear_named = false } },

    { name = "citing the CEO and blaming the team: escalated",
      choices = { "cite_board", "not_optional", "blame_team" },
      expect = { ending = "escalated_ceo", outcome = "fail", mandate_cited = true, discord = "> 60" } },

    { name = "arguing and justifying: taken off the project",
      choices = { "push_peak", "defend_point", "justify_self" },
      expect = { ending = "off_project", outcome = "fail", mandate_cited = false, discord = "> 60" } },

    { name = "defending the report, then repairing, still reaches the close",
      choices = { "reflect_stall", "reflect_floor", "playback", "reflect_under", "ask_film",
                  "not_like_that", "repair_cold", "build_with", "pen_to_marek", "sum_pilot" },
      expect = { node = "closing", fear_named = false, discord = "< 40" } },

    { name = "three questions in a row draw the complaint",
      choices = { "ask_where", "ask_heads", "ask_most" },
      expect = { node = "marek", questions_complaint = true } },
  },
}
