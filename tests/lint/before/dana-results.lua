-- Dana: "We're not seeing results"
--
-- Seed 002. Month six of a "They Ask, You Answer"-style content-marketing coaching
-- engagement. Dana, marketing director at Harbourline Windows & Doors, brings three
-- blows in one call: the value complaint, the complaint about questions, and the
-- cancellation threat. The skill: don't take it personally, don't defend or justify
-- your value, don't blame the client, don't buckle (discount, drop the agenda);
-- welcome the pushback and reframe the conflict as a problem you solve together.
--
-- Cast: Keith Barlow (CEO), Tony Brandt (sales manager), Nadia (content writer).
-- Numbers: $6,500 a month, $39,000 so far; 52 articles, 14 videos; organic traffic
-- up 38%; 9 content-sourced leads last month against the 40 promised in the pitch deck;
-- the leadership meeting on the 14th; the $45,000 Home Show booth.
--
-- Own state:
--   ceo_heard        Dana has been heard about the pressure from Keith (read by real_problem)
--   sales_gap         Dana's own insight about Tony's reps was reflected back (read by plan)
--   offered_discount  the trainee offered a discount (routes to the "discounted" ending)

return scenario {
  id = "dana-results",
  title = "Dana: \"We're not seeing results\"",
  setting = "Month six of a content-marketing coaching engagement with Harbourline Windows & Doors. "
    .. "Dana, the marketing director, asked for this call at short notice and didn't say why.",

  client = {
    name = "Dana", role = "Marketing director", pronoun = "she",
    look = { skin = "#c68642", hair = "#3b2219", top = "#7a1f3d" },
    traits = { receptivity = 3, reactance_trait = 0.7, volatility = 0.15 },
  },

  -- Dana is sharp and fair, but being "handled" is her trigger: defending or
  -- justifying the fee costs more with her than with the default client.
  model = {
    moves = {
      defend = { discord = 12 },
      justify = { discord = 12 },
    },
  },

  state = {
    discord = 55, rapport = 35, credibility = 40, importance = 4, reactance = 35,
    ceo_heard = false,
    sales_gap = false,
    offered_discount = false,
  },

  start = "opening",
  walkout = "cancelled",
  -- Dana is busy and under pressure: she ends the call sooner than the default client.
  rules = { { when = { discord = ">= 75" }, go = "cancelled" } },

  nodes = {

    ---------------------------------------------------------------- 1. the value complaint
    opening = {
      cue = "arms_crossed",
      say = {
        guarded = {
          "I'll get straight to it. We're spending all this money, and we're not seeing results. Six months, thirty-nine thousand dollars, and I've got nothing I can put in front of Keith.",
          "Let's skip the agenda today. We're spending all this money, and we're not seeing results. I read every monthly report you send. They're very nice. They don't sell windows.",
        },
        resistant = {
          "Let me just say it. We're spending all this money, and we're not seeing results. Six months. Thirty-nine grand. And I walk into Keith's office holding a traffic graph.",
          "I'm going to be blunt, because I don't have time not to be. We're spending all this money, and we're not seeing results. Keith's noticed. So have I.",
        },
        hostile = "We're spending all this money, and we're not seeing results. I'm done dressing that up.",
      },
      choices = {
        { "I'm glad you led with that, Dana. Honestly, this is exactly what you and I should be talking about. Walk me through what you're seeing.",
          id = "welcome_open", move = "welcome_pushback", go = "numbers",
          feedback = "Welcoming the complaint instead of bracing against it tells Dana the problem is safe to bring to you. Her anger has nothing to push against, so discord drops." },
        { "I hear you, but in fairness, organic traffic is up thirty-eight percent since March. This kind of content compounds. Month six is still early.",
          id = "defend_traffic", move = "defend", go = "numbers", cue = "eye_roll",
          feedback = "True, and that is what makes it tempting. But answering a results complaint with your own scoreboard tells Dana you're defending the work rather than hearing her problem." },
        { "Thirty-nine thousand in, and nothing you can put in front of Keith that says it was worth it.",
          id = "reflect_money", move = "complex_reflection", go = "numbers",
          feedback = "Reflecting the stakes behind the complaint shows you heard what it costs her, without agreeing the work failed and without arguing that it didn't." },
        { "What results were you expecting to see by this point?",
          id = "ask_results", move = "open_question", go = "numbers",
          feedback = "A fair question that moves things on, but to someone who came in angry a bare question can feel like cross-examination. Questions land better after a reflection." },
      },
    },

    numbers = {
      cue = "sigh",
      say = {
        open = "Okay. Honest picture. Nadia's written fifty-two articles, we've shot fourteen videos, traffic's up. But the CRM says nine leads came from content last month. The deck said forty by month six.",
        guarded = {
          "Fifty-two articles. Fourteen videos. Traffic's up, fine. And the CRM says nine leads came from content last month. Nine. The deck we signed off on said forty by month six.",
          "Here's my problem. Nadia's doing two articles a week, the videos look great, and last month the CRM shows nine content leads. Nine. Keith remembers the number forty.",
        },
        resistant = {
          "Nine. That's how many leads the CRM says came from content last month. Nadia writes two articles a week, we've shot fourteen videos, and the sales floor hasn't noticed a thing.",
          "Don't show me the traffic graph again. Nine leads from content last month. The deck said forty by month six. That's the number Keith remembers.",
        },
        hostile = "Traffic doesn't pay for trucks. Nine leads last month. Nine. Your deck said forty.",
      },
      choices = {
        { "So people are reading, Nadia's delivering, and what actually reaches the sales floor is a trickle. And forty is the number you're being held to.",
          id = "reflect_gap", move = "complex_reflection", go = "ceo",
          feedback = "A complex reflection that holds both halves, the work is happening and the result isn't, lets Dana feel accurately heard without you conceding or arguing." },
        { "For what it's worth, nine in month six is pretty normal. Most of my clients don't see leads take off until month nine or ten.",
          id = "justify_benchmark", move = "justify", go = "just_tell_me", cue = "frown",
          feedback = "Benchmarks feel reassuring to say, but to Dana they sound like an excuse prepared in advance. Justifying the timeline raises discord and spends credibility you'll need later." },
        { "How are those nine being counted? Who decides a lead came from content?",
          id = "ask_counting", move = "open_question", go = "ceo",
          feedback = "A sharp diagnostic question, since attribution matters, but it's another question before she has heard that you understood her." },
      },
    },

    ceo = {
      cue = "look_away",
      say = {
        open = "And it's not only me. Keith asked me on Monday, in front of the whole leadership team, whether I'd rather keep 'the content thing' or the Home Show booth. I went out on a limb for this program.",
        guarded = {
          "It's not just me. Keith asked me on Monday, in front of the leadership team, whether I'd rather keep 'the content thing' or the Home Show booth. The Home Show brings in leads he can see.",
          "Keith's put the coaching line on the agenda for the leadership meeting on the fourteenth. Circled in red. He asked me what we're paying for, and I didn't have a good answer.",
        },
        resistant = {
          "Keith asks me every week now. 'What are we paying for, Dana?' And I don't have an answer that survives his second question.",
          "You don't sit in Keith's Monday meeting. I do. He asked me, in front of everyone, if I'd rather keep you or the Home Show booth.",
        },
        hostile = "Keith asked me on Monday if I'd rather keep you or the Home Show booth. Right now? I'd keep the booth.",
      },
      choices = {
        { "So this is bigger than nine leads. You backed this program, and now you're the one in that Monday meeting having to answer for it.",
          id = "reflect_keith", move = "complex_reflection", go = "just_tell_me",
          effect = { ceo_heard = true },
          feedback = "Reflecting the pressure from Keith names what the anger is protecting: her standing. Clients soften when the real stakes are heard, and Dana will remember you got it." },
        { "Would it help if I put a deck together for Keith? I could walk him through the leading indicators myself and make the case for the program.",
          id = "offer_deck", move = "justify", go = "just_tell_me",
          feedback = "It looks like help, but it's you preparing to defend your fee, and it moves the problem out of Dana's hands into a pitch. She hears a coach worried about the invoice." },
        { "What would Keith need to see on the fourteenth to feel the money's working?",
          id = "ask_keith", move = "open_question", go = "just_tell_me",
          feedback = "A useful question, but a run of questions with no reflection is exactly what Dana is about to complain about." },
      },
    },

    ---------------------------------------------------------------- 2. the questions complaint
    just_tell_me = {
      cue = "frown",
      say = {
        open = "Can I be blunt? Sometimes it feels like I'm paying you to help solve these problems, and all you do is ask questions. At some point I need you to tell me something.",
        guarded = {
          "And honestly? I'm paying you to help solve these problems, and all you do is ask questions. Every call. 'What do you think, Dana?' I think I need answers.",
          "Can I say something? I'm paying you to help solve these problems, and all you do is ask questions. I can ask myself questions for free.",
        },
        resistant = {
          "I'm paying you to help solve these problems, and all you do is ask questions! I don't need a mirror. I need someone who's done this before to tell me what's broken.",
          "This is the thing. I'm paying you to help solve these problems, and all you do is ask questions! Six months of them. Every call, I do the thinking and you do the asking.",
        },
        hostile = "I'm paying you to help solve these problems, and all you do is ask questions! I'm not doing another hour of 'what do you think?'",
        questions = {
          "There it is again. I'm paying you to help solve these problems, and all you do is ask questions! That's three in a row. Give me something.",
          "Stop. I'm paying you to help solve these problems, and all you do is ask questions! I answer one and you've got the next one ready.",
        },
      },
      choices = {
        { "That's fair, and I'm glad you said it instead of sitting on it. You've had a lot of questions from me. Let me tell you what I actually think is going on, and you tell me where I'm wrong.",
          id = "welcome_questions", move = "welcome_pushback", go = "diagnosis", cue = "nod",
          feedback = "You welcomed the criticism of your own coaching without flinching, then offered a view and invited her to correct it. That's partnership, not a lecture and not a retreat." },
        { "The questions are the method, Dana. If I just hand you answers, your team never owns them. That's how coaching works.",
          id = "defend_method", move = "defend", go = "cancel_threat", cue = "eye_roll",
          feedback = "Explaining your method at the moment she attacks it is defending. It's accurate, and it still sounds like 'you're doing coaching wrong'." },
        { "Okay, you want answers: four articles a week, a pricing calculator, a video on every product page, and we rebuild the homepage around the big five topics.",
          id = "fire_hose", move = "persuade", go = "cancel_threat",
          feedback = "Answering the complaint with a list of fixes drops your role as her coach and bets the relationship on a plan she hasn't bought into. It's advice given to calm her down, not because it fits." },
        { "Would it help if I just laid out a plan for you today?",
          id = "ask_want_plan", move = "closed_question", go = "diagnosis",
          feedback = "Asking permission is polite, but right after a complaint about questions, another question tells her you didn't hear it." },
      },
    },

    diagnosis = {
      cue = "lean_in",
      say = {
        open = {
          "Okay. Then here's something I haven't said out loud. Nadia's pricing article is our top page. I asked three of Tony's reps last week if they'd ever sent it to a customer. None of them had even read it.",
          "Fine. Then let me add something. The pricing article is our number one page, and I'd bet Tony's reps couldn't tell you it exists. I asked three of them last week. Blank faces.",
        },
        guarded = {
          "Go on, then. Though I'll tell you what I keep noticing. The pricing article is our number one page, and Tony's reps have never sent it to a single customer. I asked three of them.",
          "Fine. But first, something that's been bugging me. Half our form fills say they read the pricing article. Tony's reps still open every appointment with the same forty-minute pitch.",
        },
        resistant = {
          "You know what nobody's said out loud? Tony's reps don't read any of it. Nadia could write a hundred articles and they'd still be pitching the way they did in 2019.",
          "Here's what I think, since you asked earlier. The sales team doesn't touch the content. Tony thinks it's a marketing hobby. So I'm not sure more of it fixes anything.",
        },
        hostile = "Here's the thing nobody wants to hear: Tony's reps don't read a word of it. So more content is just more money.",
        questions = "Here's a question back: why am I the only one on this call giving answers? Fine. Tony's reps don't use the content. There. That's my answer.",
      },
      choices = {
        { "So the content does its job right up to the sales floor, and then it stops. Customers are reading Nadia's work, and the reps are still selling the way they did in 2019.",
          id = "reflect_sales", move = "complex_reflection", go = "cancel_threat",
          effect = { sales_gap = true },
          feedback = "Dana found the real problem herself; reflecting it back, sharpened, keeps it hers. An insight a client names is one she'll act on." },
        { "That's the problem right there. Tony's team is sitting on a goldmine and won't use it. That's not a content problem, it's a management problem.",
          id = "blame_sales", move = "blame_client", go = "cancel_threat", cue = "frown",
          feedback = "She half-said it, so agreeing loudly feels safe. But turning it into a verdict on her organisation makes her defend Tony, and makes coaching sound like it has no part in the fix." },
        { "What happens today when a rep gets a lead who's already read three of Nadia's articles?",
          id = "ask_tony", move = "open_question", go = "cancel_threat",
          feedback = "A good question about the sales hand-off, but it skips acknowledging what she just admitted, and her insight goes unheard." },
      },
    },

    ---------------------------------------------------------------- 3. the cancellation threat
    cancel_threat = {
      cue = "lean_back",
      say = {
        open = "That helps. But I have to be straight with you. Keith wants a recommendation from me on whether we cancel, and part of me still thinks this isn't working for us and we should.",
        guarded = {
          "I'll be straight with you. This isn't working for us, and we want to cancel. Or Keith does, and I'm not sure I disagree. I'm meant to send notice before the fourteenth.",
          "Look, I'll be honest, because you'll hear it anyway. This isn't working for us, and we want to cancel. Keith's asked me to draft the notice.",
        },
        resistant = {
          "Let me save us both some time. This isn't working for us, and we want to cancel. I'll send the notice on Friday.",
          "You know what? I've heard enough. This isn't working for us, and we want to cancel. Keith will be relieved.",
        },
        hostile = "This isn't working for us, and we want to cancel. I think we both know it.",
        questions = "And before you ask me how I feel about that: this isn't working for us, and we want to cancel.",
      },
      choices = {
        { "I'm pleased you're telling me this now, to my face, and not in an email on the thirtieth. This is exactly what you and I should be talking about. Can we look at it together before you decide?",
          id = "welcome_cancel", move = "welcome_pushback", go = "real_problem", cue = "nod",
          feedback = "The seed skill: you welcomed the hardest thing a client can say, took none of it personally, and invited her to work on it with you. The threat became the agenda." },
        { "I don't want money to be what ends this. What if I take thirty percent off the next three months while we turn the numbers around?",
          id = "offer_discount", move = "buckle", go = "discount_reaction",
          effect = { offered_discount = true },
          feedback = "It feels generous and might even keep her, but it answers a results problem with a price cut. It says the work was overpriced and your fee bends under pressure, and it spends the credibility a coach needs." },
        { "Before you decide, let me remind you what's been delivered: fifty-two articles, fourteen videos, two sales workshops, and traffic up thirty-eight percent.",
          id = "list_deliverables", move = "defend", go = "last_chance", cue = "eye_roll",
          feedback = "Reading out the deliverables is justifying your value. She already signed those invoices; what she's missing is results, and the list tells her you'd rather win the argument." },
        { "I understand. Just so you know, the agreement has a ninety-day notice period, so we'd be working together through March either way.",
          id = "notice_period", move = "confront", go = "last_chance", cue = "frown",
          feedback = "Reaching for the contract is a head-on battle. It may be true, but it turns a request for help into a standoff and confirms her fear that she's paying for an obligation, not a partner." },
      },
    },

    discount_reaction = {
      cue = "frown",
      say = {
        guarded = "Thirty percent. That's generous, I suppose. But it's an odd thing to hear. If the work was worth what we were paying, why would you cut it?",
        resistant = {
          "So for six months we've been paying thirty percent more than it was worth? That's the first thing Keith's going to say.",
          "Huh. I didn't ask for a discount. I asked for results.",
        },
        hostile = "Don't. I'm not haggling. A cheaper version of not working is still not working.",
      },
      choices = {
        { "You're right, and that was me flinching. Money isn't the problem you brought me. The problem is Keith can't see what this is producing. Can we stay with that?",
          id = "own_discount", move = "complex_reflection", go = "plan", repair = true,
          feedback = "Owning the flinch and going back to her real problem is a good repair. The offer is still on the table, though: a client rarely hands a discount back." },
        { "Call it fifty, then, and I'll throw in the Home Show content for free. Whatever it takes to give this a fair shot.",
          id = "double_down", move = "buckle",
          go = { { "cancelled", when = { credibility = "<= 30" } }, { "discounted" } },
          feedback = "Buckling twice turns a coaching relationship into a negotiation you're losing. Each concession tells Dana your value is whatever she can talk you down to." },
        { "It's not about the value of the work. It's a goodwill gesture. Plenty of my clients hit a rough patch around month six.",
          id = "justify_discount", move = "justify", go = "last_chance",
          feedback = "Justifying the discount adds a defence on top of a buckle, and 'plenty of my clients' makes her problem sound routine to you." },
      },
    },

    last_chance = {
      cue = "arms_crossed",
      say = {
        guarded = "That's not what I asked you. I asked whether this is working, and you're answering a different question.",
        resistant = {
          "That's your answer? I came to you with a problem, and you're handing me a reason to stay that isn't results. I can't take that to Keith.",
          "You're arguing with me. I came to you with a problem, and you're arguing with me.",
        },
        hostile = {
          "Stop. You're doing exactly what Keith said you'd do. Defending the invoice.",
          "I'm not here to negotiate. I'm telling you we're done.",
        },
      },
      choices = {
        { "You're right. I got defensive, and that's not what you need from me. You brought me a real problem and I started arguing my case. Can I start again?",
          id = "repair_last", move = "name_resistance", repair = true,
          go = { { "plan", when = { discord = "< 75" } }, { "cancelled" } },
          feedback = "Naming your own defensiveness and asking to start over is a genuine repair. It can save the session if she's still listening; if discord is already sky-high, it comes too late." },
        { "I just want to make sure you're seeing the whole picture before you make a decision this big.",
          id = "whole_picture", move = "defend",
          go = { { "real_problem", when = { discord = "< 50" } }, { "cancelled" } },
          feedback = "Still defending. 'The whole picture' implies she hasn't understood her own numbers, which is the opposite of what she needs to hear." },
        { "With respect, Dana, half of what we agreed at the June workshop is still sitting in your inbox. Some of this is on your side.",
          id = "blame_dana", move = "blame_client", go = "cancelled", cue = "look_away",
          feedback = "Blaming the client is the worst case in the seed. Even if it's partly true, said now it ends the relationship: she hears that her problem is her fault and your fee is not in question." },
      },
    },

    ---------------------------------------------------------------- 4. the shared problem
    real_problem = {
      cue = "sigh",
      say = function(s)
        if s.ceo_heard then
          if s.discord < 40 then
            return "Okay. Say I go back to Keith and tell him we're not cancelling yet. I need something better than 'trust me.' What would that even look like?"
          end
          return "Fine. Say I don't send the notice. What am I walking into Keith's office with on the fourteenth? Because 'we'll try harder' isn't it."
        end
        if s.discord < 40 then
          return {
            "Alright. I'm listening. But I need to come out of this call with something I can actually do, not another framework.",
            "Okay. I'm not sending anything today. But I need to leave this call with something real.",
          }
        end
        return "Fine. Then tell me what's actually wrong, because from where I sit the content's fine and the numbers aren't."
      end,
      choices = {
        { "Here's how I see it: you and I have the same problem. Good content, real readers, and no line from that to Tony's pipeline that Keith can see. Let's solve that one, together, before the fourteenth.",
          id = "reframe_shared", move = "reframe", go = "doubt", cue = "nod",
          feedback = "Reframing the conflict as a shared problem puts you and Dana on the same side of the table, facing the gap between content and pipeline instead of facing each other." },
        { "Let's build it together. What would you need to be able to show Keith on the fourteenth to feel confident recommending we keep going?",
          id = "build_together", move = "seek_collaboration", go = "doubt",
          feedback = "Seeking collaboration makes Dana the co-author of the plan and ties it to the test she actually faces, Keith on the fourteenth." },
        { "Here's what we do. I run a two-day sales training with Tony's team next week, we fix attribution in the CRM, and I present a new dashboard to Keith myself.",
          id = "my_plan", move = "persuade", go = "close",
          feedback = "A decent plan delivered as a takeover. It sidelines Dana in front of her own CEO, and a plan she didn't build is one she won't defend on the fourteenth." },
        { "Or, if it's easier, we could pause the engagement for a couple of months and pick it back up when things calm down.",
          id = "offer_pause", move = "buckle", go = "downgraded",
          feedback = "Offering a pause sounds considerate, but it's buckling: dropping the agenda at the exact moment she needs a coach. She'll take the exit you offered." },
      },
    },

    doubt = {
      cue = "shrug",
      talk = "sustain",
      say = {
        open = "The thing is, Tony's run that sales floor for fifteen years. He thinks content is marketing's hobby. I'm not sure I can make him care.",
        guarded = {
          "Honestly? I don't know if Tony will ever buy in. Fifteen years of closing deals his way, and his numbers are fine. Why would he change?",
          "And I'd be the one asking him. Tony doesn't report to me. Last time I pushed him on the CRM, he went straight to Keith.",
        },
        resistant = "This is where it falls apart. Tony won't change how his reps sell because marketing asked nicely. It's not going to happen.",
        hostile = "Tony won't do it. Keith won't make him. So what's the point?",
      },
      choices = {
        { "Part of you can see the hand-off is exactly where this breaks, and part of you is bracing for Tony to dig in and Keith to take his side.",
          id = "reflect_doubt", move = "complex_reflection", go = "plan",
          feedback = "A double-sided reflection holds both her insight and her doubt without arguing with either. Heard that way, sustain talk tends to soften on its own." },
        { "Then Keith has to make him. If the sales team won't use the content, that's a leadership decision, and you should put it to Keith on the fourteenth.",
          id = "tony_must", move = "persuade", go = "plan", cue = "frown",
          feedback = "Arguing against her doubt is the righting reflex, and it hands her a fight with two senior colleagues she didn't ask for. The more you push, the more reasons she'll find why it can't work." },
        { "You know Tony far better than I do. How hard to push him, and when, is your call. We can plan around whatever you think he'll actually accept.",
          id = "your_read", move = "emphasize_autonomy", go = "plan",
          feedback = "Honouring her judgement about her own colleagues lowers the pressure and keeps her in charge of the plan, which makes her more willing to try it." },
      },
    },

    plan = {
      cue = "lean_in",
      say = function(s)
        if s.sales_gap then
          return "Okay. Tony's team, then. If his reps sent the pricing article before every in-home appointment, and we actually logged it, I'd know in thirty days whether this works. Tony will hate it. Would you come to his Tuesday meeting?"
        end
        return {
          "Okay. So what actually changes? Because I'm not asking Nadia to write faster, and I'm not asking Keith for more money.",
          "Alright. But what's different next month? Same articles, same team, same Keith.",
        }
      end,
      choices = {
        { "I'd be glad to. Let's plan it together first: what Tony needs to hear from you, and what might land better coming from me.",
          id = "plan_tuesday", move = "seek_collaboration", when = { sales_gap = true },
          go = "close",
          feedback = "You said yes to her idea and made it joint. Following her lead on the Tony problem keeps the plan hers, with you beside her." },
        { "Can I offer what I'm noticing? The content reaches customers, then stops at the sales floor. If we fixed that hand-off, I think the numbers would follow. Does that fit what you see?",
          id = "offer_view", move = "persuade_with_permission", when = { sales_gap = false },
          go = "close",
          feedback = "Offering your view with permission, then checking it against hers, gives her the answer she asked for without taking the decision away." },
        { "I'm confident in this. I'll guarantee it: if content leads aren't at twenty by the fourteenth, I'll refund the month.",
          id = "guarantee", move = "persuade", go = "close",
          effect = { offered_discount = true, credibility = -6 },
          feedback = "A guarantee feels bold, but it's a discount in disguise and a promise you don't control. It puts your fee on the table instead of the problem, and she'll hold you to the money, not the plan." },
      },
    },

    close = {
      say = {
        open = {
          "Okay. I can take that to Keith. Honestly, this is the first time in a month I've felt like we're on the same side of the table.",
          "Right. That's something I can say out loud on the fourteenth. I came in here ready to cancel, you know.",
        },
        guarded = "Alright. That's more than I had an hour ago. I'm still nervous about Keith, though. He's going to want a yes or a no on the fourteenth.",
        resistant = {
          "I don't know. It sounds fine in here. Keith's going to hear 'give it another thirty days' and laugh.",
          "Maybe. I've heard plans before. The last one had forty in it.",
        },
        hostile = "I'll tell you what I'm going to tell Keith. I just haven't decided yet.",
      },
      choices = {
        { "Let me say back what we've got, in your words for Keith: the content works, customers read it, the hand-off to sales is broken, and for thirty days we fix that and count it. Have I missed anything?",
          id = "final_summary", move = "summary",
          go = {
            { "discounted", when = { offered_discount = true } },
            { "downgraded", when = { credibility = "< 35" } },
            { "recommitted", when = { rapport = ">= 45", discord = "< 25", sales_gap = true } },
            { "trial_month" },
          },
          feedback = "A closing summary gives Dana the story she'll tell Keith, in her own terms, and lets her correct it before it's final." },

        { "Just tell Keith the program works when it's used properly. I've seen it at a dozen companies. He'll come around once sales is on board.",
          id = "sell_renewal", move = "justify",
          go = {
            { "discounted", when = { offered_discount = true } },
            { "downgraded", when = { credibility = "< 45" } },
            { "trial_month" },
          },
          feedback = "Handing her your sales pitch to repeat is justifying the fee through her. She can't defend 'it works when used properly' in Keith's meeting, and she knows it." },
      },
    },

    ---------------------------------------------------------------- endings
    recommitted = {
      ending = "recommitted", outcome = "success", title = "The end",
      say = "Okay. I'm not sending the notice. I'll tell Keith we've found the real problem and I want to see it through. And I'm booking you into Tony's Tuesday meeting, whether he likes it or not.",
      debrief = "You treated each blow (the results complaint, the questions complaint, the cancellation threat) as the thing worth talking about, not an attack to survive. Welcoming the pushback and reflecting the pressure from Keith lowered discord until Dana could name the real problem herself; reframing it as a problem you share turned a cancellation into a recommitment, and you never once defended your fee.",
    },

    trial_month = {
      ending = "trial_month", outcome = "partial", title = "The end",
      say = {
        open = "I like it. But I'm not signing up on a feeling again. Thirty days: we watch those numbers, and on the fourteenth I tell Keith whatever they say. If they haven't moved, we stop.",
        guarded = "Here's what I'll do. Thirty days. We watch those numbers, and on the fourteenth I tell Keith whatever they say. If they haven't moved, we're done, and no hard feelings.",
        resistant = "Thirty days. That's what you've got. If the numbers haven't moved by the fourteenth, I'm sending the notice, and I won't be arguing for you in that room.",
      },
      debrief = "You kept Dana in the room and kept your role, but she's staying on probation, not on trust. Moments where you questioned without reflecting, defended or pushed a plan left discord and doubt she couldn't let go of. More welcoming of her complaints and more reflections of the pressure she's under would have made staying her decision rather than a test you have to pass.",
    },

    discounted = {
      ending = "discounted", outcome = "partial", title = "The end",
      say = "Fine. We'll keep going, on the new terms. I'll tell Keith I got you to put your fee on the line. At least that'll play well on Monday.",
      debrief = "You kept the client by buckling. The discount (or the money-back guarantee) felt kind, but it answered a results problem with a price, told Dana the work had been overpriced, and taught her that pushing on you moves your fee. She stays as a customer who negotiated, not a partner who recommitted; expect the same conversation in three months, from a weaker position.",
    },

    downgraded = {
      ending = "downgraded", outcome = "fail", title = "The end",
      say = "Let's do this. We keep the monthly article review for Nadia, and that's it. The coaching stops at the end of the month. I'll tell Keith we trimmed it.",
      debrief = "Dana didn't walk out, but she took the coaching out of the relationship. Offering to pause, justifying your fee or pitching your own plan dropped your role as her coach, and her confidence in you dropped with it. When a client pushes, the coaching is what to protect, not what to trade away to ease the tension.",
    },

    cancelled = {
      ending = "cancelled", outcome = "fail", title = "The end",
      say = {
        guarded = "I think we're done. This isn't working for us, and we want to cancel. I'll send the notice today. I'm sorry. I just can't keep defending this to Keith.",
        resistant = "This isn't working for us, and we want to cancel. I'll send the notice today. I have another call.",
      },
      debrief = "Dana cancelled because each time she pushed, you pushed back or paid her off: defending deliverables, justifying the timeline, citing the contract, blaming her team, or cutting your fee. None of it engaged the problem you share. 'I'm pleased you're bringing this to me' and a reflection of the pressure from Keith would have turned the same anger into a working conversation.",
    },
  },

  tests = {
    { name = "welcoming and reflecting recommits Dana",
      choices = { "welcome_open", "reflect_gap", "reflect_keith", "welcome_questions", "reflect_sales",
                  "welcome_cancel", "reframe_shared", "reflect_doubt", "plan_tuesday", "final_summary" },
      expect = { ending = "recommitted", outcome = "success", discord = "< 20", rapport = ">= 50", ceo_heard = true, sales_gap = true } },
    { name = "three questions in a row draw the complaint about questions",
      choices = { "ask_results", "ask_counting", "ask_keith" },
      expect = { node = "just_tell_me", turns = 3, questions_complaint = true } },
    { name = "questions without reflections earn only a trial month",
      choices = { "ask_results", "ask_counting", "ask_keith", "welcome_questions", "ask_tony",
                  "welcome_cancel", "build_together", "your_read", "offer_view", "final_summary" },
      expect = { ending = "trial_month", outcome = "partial", ceo_heard = false, sales_gap = false } },
    { name = "a discount keeps her, at a price",
      choices = { "reflect_money", "reflect_gap", "reflect_keith", "welcome_questions", "reflect_sales",
                  "offer_discount", "own_discount", "plan_tuesday", "final_summary" },
      expect = { ending = "discounted", outcome = "partial", offered_discount = true, credibility = "< 50" } },
    { name = "a money-back guarantee is a discount in disguise",
      choices = { "welcome_open", "reflect_gap", "reflect_keith", "welcome_questions", "reflect_sales",
                  "welcome_cancel", "reframe_shared", "reflect_doubt", "guarantee", "final_summary" },
      expect = { ending = "discounted", outcome = "partial", offered_discount = true, discord = "< 20" } },
    { name = "buckling twice loses her anyway",
      choices = { "defend_traffic", "ask_counting", "offer_deck", "defend_method", "offer_discount", "double_down" },
      expect = { ending = "cancelled", outcome = "fail", credibility = "<= 30" } },
    { name = "offering a pause downgrades the engagement",
      choices = { "welcome_open", "reflect_gap", "ask_keith", "fire_hose",
                  "welcome_cancel", "offer_pause" },
      expect = { ending = "downgraded", outcome = "fail", credibility = "< 45" } },
    { name = "defending and blaming ends in cancellation",
      choices = { "defend_traffic", "justify_benchmark", "defend_method", "list_deliverables" },
      expect = { ending = "cancelled", outcome = "fail", turns = 4, discord = "> 60" } },
    { name = "the contract card, then blame",
      choices = { "reflect_money", "ask_counting", "offer_deck", "ask_want_plan", "ask_tony",
                  "notice_period", "blame_dana" },
      expect = { ending = "cancelled", discord = "> 60" } },
  },
}
