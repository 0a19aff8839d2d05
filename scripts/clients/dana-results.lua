-- Dana: "We're not seeing results"
--
-- Seed 002. Month six of a "They Ask, You Answer"-style content-marketing coaching
-- engagement. Dana, marketing director at Harbourline Windows & Doors, brings three
-- blows in one call: the value complaint, the complaint about the coaching, and the
-- cancellation threat. The skill: don't take it personally, don't defend or justify
-- your value, don't blame the client, don't buckle (discount, drop the agenda);
-- welcome the pushback and reframe the conflict as a problem you solve together.
--
-- Cast: Keith Barlow (CEO), Tony Brandt (sales manager), Nadia (content writer).
-- Numbers: $6,500 a month, $39,000 so far; 52 articles, 14 videos; organic traffic
-- up 38%; 9 content-sourced leads last month against the 40 promised in the pitch deck;
-- the leadership meeting on the 14th; the $45,000 Home Show booth.
--
-- Client talk. The target behaviour is Dana keeping the program and fixing what stops it
-- producing leads (the hand-off from content to Tony's sales floor). Her value complaints
-- are discord (about the relationship, coded neutral); "we want to cancel", "Tony won't
-- change" are sustain talk; "I need something I can take to Keith", "I'd know in thirty
-- days" are change talk. The seed's "all you do is ask questions!" is said ONLY under the
-- `questions` key, after a real run of three questions: a trainee who asked none never
-- hears it.
--
-- Own state:
--   ceo_heard        Dana has been heard about the pressure from Keith (read by real_problem)
--   sales_gap        Dana's own insight about Tony's reps was reflected back (read by the
--                    routes to plan_tony and by the ending)
--   offered_discount the trainee offered a discount or a refund (routes to "discounted")
--   imposed_plan     the trainee answered "what would change?" with a plan of their own making
--                    (Dana can't recommit to a plan she didn't build: read by the close)

-- Where Dana goes once the cancellation threat is behind her: to her own idea about
-- Tony's reps if it was heard, else to the open question of what changes.
local TO_PLAN = { { "plan_tony", when = { sales_gap = true } }, { "plan" } }

-- The close: the same routes for every way of asking for the decision.
local function close_routes(credibility_floor)
  return {
    { "discounted", when = { offered_discount = true } },
    { "downgraded", when = { credibility = "< " .. credibility_floor } },
    { "recommitted", when = { rapport = ">= 45", discord = "< 25", sales_gap = true, imposed_plan = false } },
    { "trial_month" },
  }
end

return scenario {
  id = "dana-results",
  title = "Dana: \"We're not seeing results\"",
  setting = "Month six of a content-marketing coaching engagement with Harbourline Windows & Doors. "
    .. "Dana, the marketing director, asked for this call at short notice and didn't say why.",
  unmatched = {
    "Sorry, I'm not following. What does that have to do with what I just said?",
    guarded = "I'm not sure what that means. Can we stay on the actual problem?",
    resistant = "I don't know what that was. I have another call after this, so can you answer what I actually said?",
    hostile = "That's not even an answer. This is exactly what I'm talking about.",
  },

  client = {
    name = "Dana", role = "Marketing director", pronoun = "she", manner = "combative", difficulty = "advanced",
    look = { skin = "#c68642", hair = "#3b2219", top = "#7a1f3d", shirt = "#f3efe8", age = 41,
              face = "oval", hair_style = "chin", clothing = "jacket", build = "slight",
              setting = "office" },
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
    imposed_plan = false,
  },

  start = "opening",
  walkout = "cancelled",
  turn_limit = { 14, go = "cancelled" },
  -- Dana is busy and under pressure: she ends the call sooner than the default client (at
  -- once at 80, not after two turns at 85). One early defence leaves room for a repair; a
  -- defence in the first turn, while she is already at 55, does not.
  rules = { { when = { discord = ">= 80" }, go = "cancelled" } },

  nodes = {

    ---------------------------------------------------------------- 1. the value complaint
    opening = {
      unmatched = {
        "I just told you we've spent thirty-nine thousand dollars and I've got nothing for Keith. Did you hear that part?",
        resistant = "I say we're not seeing results, and that's what I get back? Okay.",
        hostile = "I tell you we're not seeing results and you say that. Great.",
      },
      cue = "arms_crossed",
      talk = "neutral",   -- a value complaint: discord with the coach, not talk about changing
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
        { "Good. I'd much rather hear that from you today than read it in an email next month. Walk me through what you're seeing.",
          id = "welcome_open", move = "welcome_pushback", codes = { "Seek", "Q" }, go = "numbers",
          paraphrases = { "Glad you're raising it. Tell me what you're seeing.", "Thank you for saying this straight out rather than saving it for an email. Take me through what you're noticing.", "Honestly I'm happy you brought it up now. Talk me through it, what's not working from where you sit?" },
          feedback = "Welcoming the complaint instead of bracing against it tells Dana the problem is safe to bring to you, and 'walk me through it' hands her the floor. Her anger has nothing to push against, so discord drops." },
        { "I hear you, and I know how frustrating it is when you feel you're paying for nothing. But I'd want you to see the whole picture too: organic traffic is up thirty-eight percent since March, and this kind of content compounds. You're closer than it feels.",
          id = "defend_traffic", move = "defend", go = "numbers", cue = "eye_roll",
          paraphrases = { "But traffic is up 38% since March.", "I get the frustration, but look at the bigger picture: organic traffic has grown thirty-eight percent and this content builds over time. You're nearer than you think.", "I know it feels like nothing's happening, but the numbers are moving, traffic's way up and it keeps compounding." },
          feedback = "Warm words, a true number, and still a defence. Answering a results complaint with your own scoreboard (and reassurance that she's 'closer than it feels') is the righting reflex: it tells Dana you're protecting the work rather than hearing her problem." },
        { "Six months, thirty-nine thousand, and nothing you can put in front of Keith.",
          id = "reflect_money", move = "complex_reflection", go = "numbers",
          paraphrases = { "$39,000 over six months and nothing to show Keith.", "You've put thirty-nine grand in over half a year, and you still don't have anything you can take to Keith.", "So six months of paying and you're walking into Keith's office empty-handed." },
          feedback = "Reflecting the stakes behind the complaint shows you heard what it costs her, without agreeing the work failed and without arguing that it didn't." },
        { "What results were you expecting to see by this point?",
          id = "ask_results", move = "open_question", go = "numbers",
          paraphrases = { "What did you expect to have by now?", "By month six, what results were you hoping we'd have delivered?", "What were you counting on seeing at this stage?" },
          feedback = "A fair question, but to someone who came in angry a bare question can feel like cross-examination. Questions land better after she's heard that you understood her." },
      },
    },

    numbers = {
      cue = "sigh",
      talk = "neutral",
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
        { "So the work is getting done and people are reading it, but what reaches the sales floor is a trickle. And forty is the number you're held to.",
          id = "reflect_gap", move = "complex_reflection", go = "ceo",
          paraphrases = { "Lots of output, but only a trickle of leads reaching sales.", "The articles and videos are going out and people read them, yet hardly anything lands with the sales team, and you're measured against forty.", "So Nadia's doing the work and traffic's up, but sales barely sees any of it, and Keith's holding you to forty." },
          feedback = "A complex reflection that holds both halves, the work is happening and the result isn't, lets Dana feel accurately heard without you conceding or arguing." },
        { "Nine in month six is normal. Leads lag traffic by a quarter.",
          id = "justify_benchmark", move = "justify", go = "just_tell_me", cue = "frown",
          paraphrases = { "Nine leads at six months is typical.", "That's pretty standard for month six; leads usually trail traffic by about three months.", "Honestly nine is about what you'd expect right now, the leads come a quarter after the traffic." },
          feedback = "A benchmark feels reassuring to say, but to Dana it sounds like an excuse prepared in advance. Justifying the timeline raises discord and spends credibility you'll need later." },
        { "Part of that nine is how the CRM counts. It only credits content when someone fills in the form on the site, so a homeowner who read three of Nadia's articles and then phoned the showroom is logged as 'direct'.",
          id = "explain_attribution", move = "give_information", go = "ceo", cue = "frown",
          paraphrases = { "The CRM undercounts content leads.", "Some of the gap is attribution: the CRM only credits content when a web form is filled in, so people who read the articles and then ring the showroom show up as direct.", "A lot of readers phone in instead of using the form, and the CRM logs those as direct, not content, so nine is probably low." },
          feedback = "Probably true, and worth fixing later. Said now, unasked, while she's angry, it's the righting reflex: a technical correction that sounds like 'the numbers are better than you think'." },
        { "How are those nine being counted, and who decides whether a lead came from content?",
          id = "ask_counting", move = "open_question", go = "ceo",
          paraphrases = { "How is the CRM counting those nine?", "Who decides whether a lead gets credited to content, and how are the nine being tracked?", "How do you know which leads came from the content, what's the rule?" },
          feedback = "A sharp diagnostic question, since attribution matters, but it's another question before she has heard that you understood her." },
      },
    },

    ceo = {
      unmatched = {
        "I just told you Keith put me on the spot in front of the whole leadership team. I'm not sure what that was.",
        hostile = "Keith's asking whether to keep you or the booth, and that's your answer?",
      },
      cue = "look_away",
      talk = "neutral",
      say = {
        open = {
          { "And I still think this is the right program. I went out on a limb for it. I just can't defend it to Keith with nine leads.", talk = "change", kind = "desire" },
          { "Keith asked me on Monday, in front of the whole leadership team, whether I'd rather keep 'the content thing' or the Home Show booth. Maybe the booth is the safer bet.", talk = "sustain", kind = "reason" },
        },
        guarded = {
          { "It's not just me. Keith asked me on Monday, in front of the leadership team, whether I'd rather keep 'the content thing' or the Home Show booth. The Home Show brings in leads he can see.", talk = "sustain", kind = "reason" },
          { "Keith's put the coaching line on the agenda for the fourteenth. Circled in red. And I want to walk in there and keep it, because I still think it's right. I just need something to show him.", talk = "change", kind = "need" },
        },
        resistant = {
          { "Keith asks me every week now. 'What are we paying for, Dana?' And I don't have an answer that survives his second question.", talk = "neutral" },
          { "He asked me, in front of everyone, if I'd rather keep you or the Home Show booth. The booth at least puts people in front of Tony's reps.", talk = "sustain", kind = "reason" },
        },
        hostile = { { "Keith asked me on Monday if I'd rather keep you or the Home Show booth. Right now? I'd keep the booth.", talk = "sustain", kind = "desire" } },
      },
      choices = {
        { "So this is bigger than nine leads. You backed this program when it was your name on it, and now you're the one sitting in that Monday meeting, in front of everyone, having to answer for it.",
          id = "reflect_keith", move = "complex_reflection", go = "just_tell_me",
          paraphrases = { "You backed this, and now you answer for it in front of everyone.", "It's more than nine leads. Your name was on this program, and now Keith is putting you on the spot in front of the leadership team.", "So you stuck your neck out for this, and now you're the one getting grilled at the Monday meeting." },
          effect = { ceo_heard = true },
          feedback = "Reflecting the pressure from Keith names what the anger is protecting: her standing. Clients soften when the real stakes are heard, and Dana will remember you got it." },
        { "Let me put a deck together for Keith. I'll walk him through the leading indicators myself and make the case for the program before the fourteenth.",
          id = "offer_deck", move = "justify", go = "just_tell_me",
          paraphrases = { "I'll build Keith a deck before the 14th.", "Let me pull together a presentation on the leading indicators and make the case for the program to Keith myself ahead of the meeting.", "I can put some slides together and walk Keith through why it's working before the fourteenth." },
          feedback = "It looks like help, but it's you preparing to defend your fee, and it moves the problem out of Dana's hands into your pitch. She hears a coach worried about the invoice." },
        { "What would Keith need to see on the fourteenth?",
          id = "ask_keith", move = "open_question", go = "just_tell_me",
          paraphrases = { "What does Keith need to see?", "What would convince Keith at the meeting on the 14th?", "On the fourteenth, what would Keith have to see to keep this going?" },
          feedback = "A useful question, but it skips what she just told you about her own position, and questions stacked without reflections start to feel like an interrogation." },
        { "I get the appeal of the booth. But it costs forty-five thousand for one weekend, and the articles work every day of the year. That's the comparison Keith should make.",
          id = "booth_math", move = "persuade", go = "just_tell_me", cue = "frown",
          paraphrases = { "The booth is $45k for a single weekend.", "I understand the pull of the Home Show, but that's $45,000 for two days, while the articles keep bringing people in all year. Keith ought to compare it like that.", "The Home Show is one weekend for 45 grand, the content works every day, Keith should weigh it that way." },
          feedback = "A fair comparison, argued at the wrong moment. Making the case against the booth puts you in a debate with Keith through Dana, and when she has just voiced doubt, arguing the other side makes her hold on to it." },
      },
    },

    ---------------------------------------------------------------- 2. the complaint about the coaching
    just_tell_me = {
      cue = "frown",
      talk = "neutral",   -- discord about the coaching itself
      say = {
        open = "Can I be blunt? Sometimes I leave these calls with homework and no more idea what's wrong than when I came in. I'm paying for someone who's done this before.",
        guarded = {
          "And while we're being straight: I'm paying you to help solve these problems. Every call, I bring the problem and I leave with homework. I'm not sure what I'm paying for.",
          "Can I say something? I didn't hire a coach so I could do all the thinking myself. I hired someone who's seen this before.",
        },
        resistant = {
          "I'm paying you to help solve these problems. Six months of calls, and I still do all the thinking. I don't need a mirror. I need someone who's done this before.",
          "This is the thing. I'm paying you to help solve these problems, and I can't point to one thing you've told me that changed anything.",
        },
        hostile = "I'm paying you to help solve these problems. I'm not doing another hour of homework.",
        questions = {
          "There it is again. I'm paying you to help solve these problems, and all you do is ask questions! That's three in a row. Give me something.",
          "Stop. I'm paying you to help solve these problems, and all you do is ask questions! I answer one and you've got the next one ready.",
        },
      },
      choices = {
        { "That's fair, and I'm glad you said it instead of sitting on it. I do have a view, and I'll give it to you straight, but I'd like you to tell me where it's wrong.",
          id = "welcome_questions", move = "welcome_pushback", go = "diagnosis", cue = "nod",
          paraphrases = { "Fair point, glad you said it. I do have a view.", "That's fair, and thank you for telling me instead of keeping it to yourself. I'll give you my honest opinion, and I want you to push back where it's off.", "Good, I'd rather you say it than sit on it. I'll tell you straight what I think, you tell me where I'm wrong." },
          feedback = "You welcomed criticism of your own coaching without flinching, then offered a view and invited her to correct it. That's partnership, not a lecture and not a retreat." },
        { "I understand why you feel that way, but that's by design. If I hand you the answers, your team won't own them, and you'll be back here in three months feeling the same.",
          id = "defend_method", move = "defend", go = "cancel_threat", cue = "eye_roll",
          paraphrases = { "That's deliberate; I coach, I don't hand out answers.", "I see why it feels that way, but it's intentional. If I just give you the answers your team won't own them, and we'll be back here in three months.", "That's kind of the point of how I work, if I tell you what to do it won't stick with your team." },
          feedback = "Explaining your method at the moment she attacks it is defending. It's accurate, and it still sounds like 'you're doing coaching wrong'." },
        { "Then here's a straight answer. Four articles a week, a pricing calculator on the site, a video on every product page, and we rebuild the homepage around the five questions buyers ask most.",
          id = "fire_hose", move = "persuade", go = "cancel_threat",
          paraphrases = { "Okay: four articles a week, a pricing calculator, product videos.", "My recommendation: go to four posts weekly, build a price calculator into the site, film a clip for each product page, and redesign the home page around the five things buyers most want to know.", "Straight answer then, more articles, a calculator on the site, videos on each product page and a new homepage." },
          feedback = "Answering the complaint with a list of fixes drops your role as her coach and bets the relationship on a plan she hasn't bought into. It's advice given to calm her down, not because it fits." },
        { "Would it help if I told you what I'd do in your position?",
          id = "ask_want_plan", move = "closed_question", permission = true, go = "diagnosis",
          paraphrases = { "Want me to tell you what I'd do?", "Would it be useful if I said what I'd do if I were in your shoes?", "Should I tell you what I'd do in your place, would that help?" },
          feedback = "Asking leave before advising is good practice, and it keeps her in charge. But she has just told you she wants your view: on its own, the question sounds like hesitation, and it doesn't show you heard what she's missing." },
        { "You've been carrying the thinking for this whole program, and what you want is a partner who carries some of it with you.",
          id = "reflect_carrying", move = "complex_reflection", go = "diagnosis",
          paraphrases = { "You've been doing all the thinking alone.", "You've carried the thinking for this program by yourself, and what you're after is a partner who shares that load.", "So it feels like it's all been on you, and you want someone who actually takes some of it off your plate." },
          feedback = "Reflecting what sits under the complaint (she feels alone with the problem) answers it without defending your method or rushing to fix it." },
      },
    },

    diagnosis = {
      unmatched = {
        "I just told you something I haven't said out loud to anyone, about Tony's reps. Did that land at all?",
        hostile = "I hand you the real problem and that's what you come back with?",
      },
      cue = "lean_in",
      talk = "change", kind = "reason",   -- Dana names what's really wrong: the reason to fix the hand-off
      say = {
        open = {
          "Okay. Then here's something I haven't said out loud. Nadia's pricing article is our top page. I asked three of Tony's reps last week if they'd ever sent it to a customer. None of them had even read it.",
          "Fine. Then let me add something. The pricing article is our number one page, and I'd bet Tony's reps couldn't tell you it exists. I asked three of them last week. Blank faces.",
          { "Maybe. Though more content won't fix it. The pricing article is our top page, and Tony's reps have never even read it. So what's the point of Nadia writing more?", talk = "sustain", kind = "reason" },
        },
        guarded = {
          "Alright. Though I'll tell you what I keep noticing. The pricing article is our number one page, and Tony's reps have never sent it to a single customer. I asked three of them.",
          "Fine. But first, something that's been bugging me. Half our form fills say they read the pricing article. Tony's reps still open every appointment with the same forty-minute pitch.",
          { "Maybe. But I'm not convinced more content fixes anything. We've got fifty-two articles, and I'd bet Tony's reps couldn't name one of them.", talk = "sustain", kind = "reason" },
        },
        resistant = {
          "You know what nobody's said out loud? Tony's reps don't read any of it. Nadia could write a hundred articles and they'd still be pitching the way they did in 2019.",
          { "The sales team doesn't touch the content. Tony thinks it's a marketing hobby. So I'm not sure more of it fixes anything, and I'm not sure anything does.", talk = "sustain", kind = "reason" },
        },
        hostile = { { "Here's the thing nobody wants to hear: Tony's reps don't read a word of it. So more content is just more money.", talk = "sustain", kind = "reason" } },
        questions = "Here's a question back: why am I the only one on this call giving answers? Fine. Tony's reps don't use the content. There. That's my answer.",
      },
      choices = {
        { "So the content does its job right up to the sales floor, but there it stops.",
          id = "reflect_sales", move = "complex_reflection", go = "cancel_threat",
          paraphrases = { "The content works until it hits sales, then stops.", "So customers are reading it, but once it gets to Tony's reps it goes nowhere.", "It does its job all the way to the sales floor and then it just dies there." },
          effect = { sales_gap = true },
          feedback = "Dana found the real problem herself; reflecting it back, sharpened, keeps it hers. An insight a client names is one she'll act on." },
        { "Then that's the fix, and it's one I've seen work. I'd run a half-day session with Tony's reps next week on sending the right article before each appointment. Three of my other clients saw leads move inside a month once sales was using the content, and I honestly think you would too.",
          id = "train_reps", move = "persuade", go = "cancel_threat", cue = "frown",
          paraphrases = { "That's the fix: I'll train Tony's reps next week.", "Then let me run a half-day workshop with Tony's team next week on sending the right article before each appointment; other clients saw leads move within a month once sales used the content.", "So we get the reps trained to send articles before appointments, I've done it with three other clients and it works." },
          feedback = "A good idea, offered as a rescue. Jumping to your plan the moment she names the problem takes it out of her hands; a problem she found and you solved is one she won't defend to Tony or Keith. Reflect it first, and ask what she makes of it." },
        { "What happens today when a rep gets a lead who's already read three of Nadia's articles?",
          id = "ask_tony", move = "open_question", go = "cancel_threat",
          paraphrases = { "What do reps do with leads who've read the articles?", "When a lead has already read a few of Nadia's pieces, what happens once they reach a rep today?", "How does Tony's team handle a customer who's already been reading the content?" },
          feedback = "A good question about the sales hand-off, but it skips acknowledging what she just admitted, and her insight goes unheard." },
        { "So nobody's really reading Nadia's articles, even after all that work you've put into them.",
          id = "reflect_quality", move = "simple_reflection", go = "cancel_threat",
          paraphrases = { "So no one's reading Nadia's articles.", "So despite all the effort, hardly anybody is actually reading what Nadia writes.", "Sounds like all that work on the articles and nobody reads them." },
          effect = { discord = 8, importance = -0.5 },
          feedback = "A reflection, but of the wrong thing. Customers do read the articles; what she said is that the sales floor never uses them. A near miss like this makes her correct you instead of building on her own insight." },
      },
    },

    ---------------------------------------------------------------- 3. the cancellation threat
    cancel_threat = {
      unmatched = {
        "I just told you we're thinking of cancelling. Is that really all you've got?",
        resistant = "I said we want to cancel. I don't know what that was supposed to be.",
        hostile = "We want to cancel. That's not a reply to it.",
      },
      cue = "lean_back",
      talk = "sustain", kind = "desire",
      say = {
        open = {
          "That helps. But I have to be straight with you. Keith wants a recommendation from me on whether we cancel, and part of me still thinks this isn't working for us and we should.",
          { "That helps. And I'll be straight: Keith wants a recommendation from me on the fourteenth, and I'd rather walk in with a reason to keep this than a notice. I just don't have one yet.", talk = "change", kind = "desire" },
        },
        guarded = {
          "I'll be straight with you. This isn't working for us, and we want to cancel. Or Keith does, and I'm not sure I disagree. I'm meant to send notice before the fourteenth.",
          "Look, I'll be honest, because you'll hear it anyway. This isn't working for us, and we want to cancel. Keith's asked me to draft the notice.",
          { "I'll be straight. Keith wants to cancel, and I'm meant to send notice before the fourteenth. I don't want to. I built this. But I can't keep defending it on faith.", talk = "change", kind = "desire" },
        },
        resistant = {
          "Let me save us both some time. This isn't working for us, and we want to cancel. I'll send the notice on Friday.",
          "You know what? I've heard enough. This isn't working for us, and we want to cancel. Keith will be relieved.",
        },
        hostile = "This isn't working for us, and we want to cancel. I think we both know it.",
        questions = "And before you ask me how I feel about that: this isn't working for us, and we want to cancel.",
      },
      choices = {
        { "I'm pleased you're telling me this now, to my face, and not in an email on the thirtieth. Whatever you decide, this is exactly what you and I should be talking about, so let's talk about it properly.",
          id = "welcome_cancel", move = "welcome_pushback", go = "real_problem", cue = "nod",
          paraphrases = { "I'm glad you're telling me directly.", "I appreciate you saying this to me now, face to face, rather than in an email at the end of the month. This is exactly what we should be discussing, so let's do it properly.", "Good that you told me straight instead of just sending a notice. Whatever you decide, let's really talk it through." },
          feedback = "The seed skill: you welcomed the hardest thing a client can say, took none of it personally, and made it the agenda. The threat became the thing you work on together." },
        { "Part of you is ready to send the notice, but part of you went out on a limb for this and doesn't want it to end on nine leads.",
          id = "reflect_cancel", move = "complex_reflection", go = "real_problem",
          paraphrases = { "Part of you wants to cancel, part of you doesn't.", "One side of you is ready to send the notice, but another side championed this and doesn't want it to finish on nine leads.", "So you're half ready to pull the plug, and half not wanting something you fought for to end like this." },
          feedback = "A double-sided reflection of the threat: it takes 'we want to cancel' seriously and holds the side of her that built the program, without arguing for either. Heard that way, sustain talk tends to soften." },
        { "I don't want money to be what ends this for you, and I can hear the pressure you're under. What if I take thirty percent off the next three months?",
          id = "offer_discount", move = "buckle", go = "discount_reaction",
          paraphrases = { "What if I cut 30% for three months?", "I don't want the money to be the reason this ends. How about thirty percent off for the next three months?", "Let me knock the price down, say 30 percent off the next three months, to take some pressure off." },
          effect = { offered_discount = true },
          feedback = "It feels generous and might even keep her, but it answers a results problem with a price cut. It says the work was overpriced and your fee bends under pressure, and it spends the credibility a coach needs." },
        { "Before you decide, it's worth remembering what's been delivered: fifty-two articles, fourteen videos, two sales workshops, and traffic up thirty-eight percent.",
          id = "list_deliverables", move = "defend", go = "last_chance", cue = "eye_roll",
          paraphrases = { "Remember: 52 articles, 14 videos, traffic up 38%.", "Before deciding, keep in mind what you've received: fifty-two articles, fourteen videos, two sales workshops and thirty-eight percent more traffic.", "Just look at what we've delivered so far, tons of articles and videos, a couple of workshops, and traffic's way up." },
          feedback = "Reading out the deliverables is justifying your value. She already signed those invoices; what she's missing is results, and the list tells her you'd rather win the argument." },
        { "Understood. Just so you know, there's a ninety-day notice period in the agreement.",
          id = "notice_period", move = "give_information", go = "last_chance", cue = "frown",
          paraphrases = { "Note the contract has a 90-day notice period.", "Okay. For what it's worth, the agreement requires ninety days' notice.", "Just so you're aware, you'd need to give three months notice under the contract." },
          feedback = "True, and the worst possible timing. Reaching for the contract right after 'we want to cancel' is the righting reflex in its coldest form: it turns a request for help into a standoff and confirms her fear that she's paying for an obligation, not a partner." },
      },
    },

    discount_reaction = {
      cue = "frown",
      talk = "neutral",   -- discord: she questions the coach's fee, not the program
      say = {
        guarded = "Thirty percent. That's generous, I suppose. But it's an odd thing to hear. If the work was worth what we were paying, why would you cut it?",
        resistant = {
          "So for six months we've been paying thirty percent more than it was worth? That's the first thing Keith's going to say.",
          "Huh. I didn't ask for a discount. I asked for results.",
        },
        hostile = "Don't. I'm not haggling. A cheaper version of not working is still not working.",
      },
      choices = {
        { "That was me flinching. You didn't come here for a cheaper version of this; you came because Keith can't see what it's producing, and neither can you.",
          id = "own_discount", move = "complex_reflection", go = TO_PLAN, repair = true,
          paraphrases = { "That was me flinching; you want results, not a discount.", "Offering money off was me panicking. What you need isn't a cheaper program, it's something Keith can see it producing, and you too.", "Sorry, that discount was a reflex. The real problem is neither you nor Keith can see what this is delivering." },
          feedback = "Owning the flinch and reflecting her real problem is a good repair. The offer is still on the table, though: a client rarely hands a discount back." },
        { "Call it fifty, then, and I'll throw in the Home Show content for free. Whatever it takes to give this a fair shot.",
          id = "double_down", move = "buckle",
          paraphrases = { "Make it fifty percent, plus free Home Show content.", "Fine, let's go to half price and I'll do the Home Show material at no charge, whatever it takes to give it a fair chance.", "I'll go to 50% off and throw in the Home Show stuff for free." },
          go = { { "cancelled", when = { credibility = "<= 30" } }, { "discounted" } },
          feedback = "Buckling twice turns a coaching relationship into a negotiation you're losing. Each concession tells Dana your value is whatever she can talk you down to." },
        { "It isn't about the value of the work, honestly. It's a goodwill gesture. Plenty of my clients hit a rough patch around month six, and I'd rather you stayed.",
          id = "justify_discount", move = "justify", go = "last_chance",
          paraphrases = { "It's just goodwill, not about the work's value.", "It's not a comment on what the work is worth, it's a gesture of goodwill; a lot of clients hit a bumpy stretch around month six and I'd like you to stay.", "Honestly it's just a goodwill thing, lots of clients have a rough patch at six months." },
          feedback = "Justifying the discount adds a defence on top of a buckle, and 'plenty of my clients' makes her problem sound routine to you." },
      },
    },

    last_chance = {
      cue = "arms_crossed",
      talk = "sustain", kind = "commitment",
      say = {
        guarded = { { "That's not what I asked you. I asked whether this is working, and you're answering a different question.", talk = "neutral" } },
        resistant = {
          "That's your answer? I came to you with a problem, and you're handing me a reason to stay that isn't results. I can't take that to Keith.",
          { "You're arguing with me. I came to you with a problem, and you're arguing with me.", talk = "neutral" },
        },
        hostile = {
          { "Stop. You're doing exactly what Keith said you'd do. Defending the invoice.", talk = "neutral" },
          "I'm not here to negotiate. I'm telling you we're done.",
        },
      },
      choices = {
        { "You came to me with a real problem, and I answered with a defence of my invoice. No wonder you're ready to walk. I'm sorry.",
          id = "repair_last", move = "complex_reflection", repair = true,
          paraphrases = { "You brought me a problem and I defended my invoice. Sorry.", "You came with a genuine problem and I responded by protecting my fee. It makes sense you're ready to leave, and I apologise.", "I'm sorry, you needed help and I got defensive about the money instead. No wonder you want out." },
          go = TO_PLAN,
          feedback = "An apology joined to a reflection of what she went through (she brought a problem and got a defence) is a genuine repair. It can save the session if she's still listening; if discord is already sky-high, it comes too late." },
        { "I just want to make sure you're seeing the whole picture before you make a decision this big.",
          id = "whole_picture", move = "defend",
          paraphrases = { "I just want you to see the whole picture.", "Before you make such a big decision, I want to be sure you've got the full view of what's happened.", "I only want to make sure you're looking at everything before you decide." },
          go = { { "real_problem", when = { discord = "< 50" } }, { "cancelled" } },
          feedback = "Still defending. 'The whole picture' implies she hasn't understood her own numbers, which is the opposite of what she needs to hear." },
        { "I'm sorry, Dana. Honestly, I didn't mean to argue. Let's just scale it back to whatever feels comfortable for now.",
          id = "sorry_only", move = "buckle", go = "downgraded",
          paraphrases = { "Sorry. Let's scale it back for now.", "I apologise, I didn't mean to argue. Let's reduce it to whatever you're comfortable with for the time being.", "My bad, Dana, let's just cut it back to whatever works for you." },
          feedback = "An apology alone reflects nothing: it tells her you feel bad, not that you understood what went wrong for her. Offering to scale back as a way out of the tension is buckling, and she'll take the smaller option you just made easy." },
        { "With respect, Dana, half of what we agreed at the June workshop is still sitting in your inbox. Some of this is on your side.",
          id = "blame_dana", move = "blame_client", go = "cancelled", cue = "look_away",
          paraphrases = { "Half the June workshop actions are still in your inbox.", "With respect, a lot of what we agreed at the June workshop hasn't been done on your end, so some of this is down to you.", "To be fair, your side hasn't followed through on half of what we agreed, that's part of the problem." },
          feedback = "Blaming the client is the worst case in the seed. Even if it's partly true, said now it ends the relationship: she hears that her problem is her fault and your fee is not in question." },
      },
    },

    ---------------------------------------------------------------- 4. the shared problem
    real_problem = {
      cue = "sigh",
      talk = "ask",   -- every line asks the coach what would change
      say = function(s)
        if s.ceo_heard then
          if s.discord < 40 then
            return "Okay. Say I go back to Keith and tell him we're not cancelling yet. I need something better than 'trust me.' What would that even look like?"
          end
          return "Fine. Say I don't send the notice. What am I walking into Keith's office with on the fourteenth? Because 'we'll try harder' isn't it."
        end
        if s.discord < 40 then
          return {
            "Alright. I'm listening. What would I actually do differently next month? Not another framework.",
            "Okay. I'm not sending anything today. So what's the real thing we'd change?",
          }
        end
        return "Fine. Then tell me what's actually wrong, because from where I sit the content's fine and the numbers aren't."
      end,
      choices = {
        { "So you and I have the same problem, really: good content, real readers, and no line from that to Tony's pipeline that Keith can see. That's the one to solve.",
          id = "reframe_shared", move = "reframe", go = "doubt", cue = "nod",
          paraphrases = { "We share one problem: content isn't reaching the pipeline.", "Really, you and I are facing the same problem: strong content and real readers, but nothing connecting it to Tony's pipeline that Keith can see. That's what we need to fix.", "So it's the same problem for both of us, the content's fine, the link to sales is missing, let's solve that." },
          feedback = "Reframing the conflict as a shared problem puts you and Dana on the same side of the table, facing the gap between content and pipeline instead of facing each other." },
        { "You know Keith and Tony far better than I do. What would you need to show Keith on the fourteenth to recommend keeping this?",
          id = "build_together", move = "seek_collaboration", codes = { "Seek", "Q" }, go = "doubt",
          paraphrases = { "You know Keith and Tony best. What would you need?", "You're the expert on Keith and Tony, not me. On the fourteenth, what would you have to walk in with to argue for staying?", "What would it take for you to go to Keith and say keep it? You know him and Tony way better than I do." },
          feedback = "Deferring to what she knows and asking what she'd need makes Dana the co-author of the plan, tied to the test she actually faces: Keith on the fourteenth." },
        { "Here's what has to happen. I run a two-day training with Tony's team next week, we fix attribution in the CRM, and you need to get Keith to tell sales to use the content. I'll present the new dashboard to him myself.",
          id = "my_plan", move = "persuade", go = "close",
          paraphrases = { "Here's the plan: I train Tony's team and fix the CRM.", "This is what needs to happen: a two-day training for Tony's reps next week, CRM attribution fixed, you get Keith to tell sales to use the content, and I present the new dashboard to him.", "I'll run training for the sales team, sort out the CRM tracking and show Keith the dashboard myself, you just get him to back it." },
          effect = { imposed_plan = true },
          feedback = "She asked, so a view is welcome; a takeover isn't. A plan you built and present yourself sidelines Dana in front of her own CEO, and a plan she didn't build is one she won't defend on the fourteenth." },
        { "We could pause for a couple of months, if that takes some of the pressure off you while you regroup.",
          id = "offer_pause", move = "buckle", go = "downgraded",
          paraphrases = { "We could pause for a couple of months.", "If it would ease the pressure while you regroup, we could put things on hold for two months.", "How about we take a break for a bit so you can get your footing back?" },
          feedback = "Offering a pause sounds considerate, but it's buckling: dropping the agenda at the exact moment she needs a coach. She'll take the exit you offered." },
      },
    },

    doubt = {
      cue = "shrug",
      talk = "sustain", kind = "ability",
      say = {
        open = {
          "The thing is, Tony's run that sales floor for fifteen years. He thinks content is marketing's hobby. I'm not sure I can make him care.",
          { "Tony's run that floor for fifteen years. But he likes closing more than he likes being right. If one of his reps closed a deal faster because the customer had read the pricing article, he'd notice.", talk = "change", kind = "ability" },
        },
        guarded = {
          "Honestly? I don't know if Tony will ever buy in. Fifteen years of closing deals his way, and his numbers are fine. Why would he change?",
          "And I'd be the one asking him. Tony doesn't report to me. Last time I pushed him on the CRM, he went straight to Keith.",
          { "Tony's the hard part. But I've got two reps who actually like Nadia's stuff. If I started with them, I could probably show him something in a month.", talk = "change", kind = "ability" },
        },
        resistant = "This is where it falls apart. Tony won't change how his reps sell because marketing asked nicely. It's not going to happen.",
        hostile = "Tony won't do it. Keith won't make him. So what's the point?",
      },
      choices = {
        { "Part of you can see that the hand-off to Tony's floor is exactly where this breaks, and you're the one who spotted it. But part of you is bracing for Tony to dig in, and for Keith to take his side when he does.",
          id = "reflect_doubt", move = "complex_reflection", go = TO_PLAN,
          paraphrases = { "You spotted the problem, but you expect Tony to resist.", "On one hand you can see the hand-off to sales is where it breaks, and you found that; on the other you're expecting Tony to dig in and Keith to back him.", "You know exactly where it's broken, but you're worried Tony will fight it and Keith will side with him." },
          feedback = "A double-sided reflection holds both her insight and her doubt without arguing with either. Heard that way, sustain talk tends to soften, and change talk gets room." },
        { "You shouldn't have to carry Tony on your own. If his team won't use the content, that's a leadership decision, and you should put it to Keith on the fourteenth.",
          id = "tony_must", move = "persuade", go = TO_PLAN, cue = "frown",
          paraphrases = { "Don't carry Tony alone; take it to Keith.", "This shouldn't be on you. If sales won't use the content, that's a leadership call, and you should raise it with Keith on the fourteenth.", "Make it Keith's problem, if Tony's team won't use it Keith needs to tell them to." },
          feedback = "Arguing against her doubt is the righting reflex, and it hands her a fight with two senior colleagues she didn't ask for. The more you push, the more reasons she'll find why it can't work." },
        { "How hard to push Tony, and when, is your call.",
          id = "your_read", move = "emphasize_autonomy", go = TO_PLAN,
          paraphrases = { "How hard to push Tony is up to you.", "You know Tony; when and how much to press him is your decision.", "It's your call how far to go with Tony and when." },
          feedback = "Honouring her judgement about her own colleagues lowers the pressure and keeps her in charge of the plan, which makes her more willing to try it." },
        { "For what it's worth, sales teams usually come round once one rep closes a deal off an article. It tends to spread from the floor up, so you may not need Tony's blessing at all.",
          id = "reassure_spread", move = "give_information", go = TO_PLAN,
          paraphrases = { "Sales usually follows once one rep closes a deal.", "Typically, once a single rep wins a deal from an article, the rest of the sales team catches on, so you might not need Tony's approval.", "In my experience it spreads from the reps up, you may not even need Tony on board at first." },
          feedback = "Encouraging, and often true. But offered straight after 'Tony won't change', unasked, it argues with her doubt, and doubt that's argued with digs in. Reflect it first; the idea lands better if she gets there." },
      },
    },

    -- Dana's own idea, heard: she proposes the test herself.
    plan_tony = {
      cue = "lean_in",
      talk = "change", kind = "activation",
      say = {
        open = "Okay. Tony's team, then. If his reps sent the pricing article before every in-home appointment, and we actually logged it, I'd know in thirty days whether this works. Would you come to his Tuesday meeting?",
        guarded = {
          "Alright. Tony's team. If his reps sent the pricing article before appointments and we logged it, thirty days would tell us. Would you come to his Tuesday meeting?",
          { "Maybe Tony's team is the test. But I don't know. If it flops in front of him, I've spent my last bit of credit with Keith too.", talk = "sustain", kind = "ability" },
        },
        resistant = { { "Say we try Tony's team. He'll hate it, and if it flops I'm finished with Keith.", talk = "sustain", kind = "ability" } },
      },
      choices = {
        { "I'll come to Tony's meeting if you want me there. What do you want him to hear from you, and what would land better coming from me?",
          id = "plan_tuesday", move = "seek_collaboration", codes = { "Seek", "Q" }, go = "close",
          paraphrases = { "I'll come Tuesday. What should Tony hear from whom?", "Happy to join Tony's meeting if you'd like. What do you want him to hear from you, and what's better coming from me?", "If you want me at the Tuesday meeting I'll be there, how do you want to split it between us?" },
          feedback = "You backed her idea and asked how she wants to run it. Following her lead on the Tony problem keeps the plan hers, with you beside her." },
        { "So you've already designed the test yourself: the pricing article goes out before every in-home appointment, someone logs it, and in thirty days you walk into Keith's office with an answer instead of a graph.",
          id = "reflect_test", move = "complex_reflection", go = "close",
          paraphrases = { "You've already designed the test yourself.", "So the plan is yours: reps send the pricing article before every in-home visit, it gets logged, and after thirty days you take Keith a real answer, not a traffic graph.", "You've basically built the experiment, article before each appointment, track it, and in a month you've got an answer for Keith." },
          feedback = "Reflecting her own plan back, in her words, strengthens her commitment to it. The idea stays hers, and she hears it sounds workable." },
        { "I'll guarantee it: if content leads aren't at twenty by the fourteenth, I'll refund the month.",
          id = "guarantee", move = "persuade", go = "close",
          paraphrases = { "Twenty leads by the 14th or I refund the month.", "I'll guarantee it: if content leads don't reach twenty by the fourteenth, you get this month's fee back.", "If we don't hit 20 leads by the 14th you get your money back for the month." },
          effect = { offered_discount = true, credibility = -6 },
          feedback = "A guarantee feels bold, but it's a discount in disguise and a promise you don't control. It puts your fee on the table instead of the problem, and she'll hold you to the money, not the plan." },
        { "I'll come to Tony's meeting and bring a one-page script for his reps: which article to send for which kind of enquiry, and a simple log so nobody has to touch the CRM.",
          id = "bring_script", move = "give_information", go = "close",
          paraphrases = { "I'll come and bring a script for the reps.", "I'll attend Tony's meeting with a one-page guide for the reps on which article fits which enquiry, plus a simple tracking log so nobody needs the CRM.", "I'll show up Tuesday with a cheat sheet for the reps and an easy log to fill in." },
          feedback = "Helpful and concrete, and it answers her question. But it fills in her plan for her: Tony's meeting becomes your presentation. Ask what she wants from it before you bring the materials." },
      },
    },

    -- The open version: Dana's idea went unheard, so she asks what changes.
    plan = {
      cue = "lean_in",
      talk = "ask",
      say = {
        open = "Okay. So what actually changes? Because I'm not asking Nadia to write faster, and I'm not asking Keith for more money.",
        guarded = "Alright. But what's different next month? Same articles, same team, same Keith.",
        resistant = { { "I still don't see what's different next month. Same articles, same team, same Keith.", talk = "sustain", kind = "reason" } },
      },
      choices = {
        { "Can I offer what I'm noticing? The content reaches customers, then stops at the sales floor. If we fixed that hand-off, I think the numbers would follow. Does that fit what you see?",
          id = "offer_view", move = "persuade_with_permission", codes = { "Q", "PWP", "Q" }, go = "close",
          paraphrases = { "Can I share what I'm seeing? Does it fit?", "Mind if I offer an observation? The content gets to customers and then stalls at sales; fix that hand-off and the numbers should follow. Does that match your view?", "Can I tell you what I think is going on? The content stops at the sales floor, if we fix that I think leads follow. Sound right?" },
          feedback = "She asked; you asked leave anyway, offered your view tentatively, then checked it against hers. That gives her the answer she wanted without taking the decision away." },
        { "It sounds like you want something different next month, without more money from Keith and without leaning on Nadia.",
          id = "reflect_plan", move = "complex_reflection", go = "close",
          paraphrases = { "You want change without more money or pushing Nadia.", "So you need next month to be different, but not by asking Keith for budget or asking Nadia to go faster.", "Sounds like something has to change, but not the budget and not Nadia's workload." },
          feedback = "A fair reflection of her limits, but she asked you a direct question. Reflecting it back without ever answering leaves her still waiting for the view she asked for." },
        { "I'm confident in this. I'll guarantee it: if content leads aren't at twenty by the fourteenth, I'll refund the month.",
          id = "guarantee_open", move = "persuade", go = "close",
          paraphrases = { "I'm confident: twenty leads by the 14th or a refund.", "I'm sure enough to put money on it: fewer than twenty content leads by the fourteenth and the month is refunded.", "I'm that sure, under 20 leads by the 14th and you get the month refunded." },
          effect = { offered_discount = true, credibility = -6 },
          feedback = "A guarantee feels bold, but it's a discount in disguise and a promise you don't control. It puts your fee on the table instead of the problem, and she'll hold you to the money, not the plan." },
      },
    },

    close = {
      talk = "change", kind = "commitment",
      say = {
        open = {
          "Okay. I can take that to Keith. Honestly, this is the first time in a month I've felt like we're on the same side of the table.",
          "Right. That's something I can say out loud on the fourteenth. I came in here ready to cancel, you know.",
        },
        guarded = {
          { "Alright. That's more than I had an hour ago. I think I can take it to Keith.", talk = "change", kind = "commitment" },
          { "Alright. That's more than I had an hour ago. I'm still nervous about Keith, though. He's going to want a yes or a no on the fourteenth.", talk = "sustain", kind = "ability" },
        },
        resistant = {
          { "I don't know. It sounds fine in here. Keith's going to hear 'give it another thirty days' and laugh.", talk = "sustain", kind = "ability" },
          { "Maybe. I've heard plans before. The last one had forty in it.", talk = "sustain", kind = "reason" },
        },
        hostile = { { "I'll tell you what I'm going to tell Keith. I just haven't decided yet.", talk = "neutral" } },
      },
      choices = {
        { "Let me say back what we've got, in your words for Keith: the content works, customers read it, the hand-off to sales is broken, and for thirty days we fix that and count it.",
          id = "final_summary", move = "summary", go = close_routes(35),
          paraphrases = { "Let me sum up what we've got for Keith.", "Here's the story for Keith as I've heard it from you: people are reading the content and it does its job, it falls apart at the hand-off to sales, and we spend a month repairing that and tracking it.", "Recap: content's good, people read it, sales drops the ball, we fix that for a month and count the results." },
          feedback = "A closing summary gives Dana the story she'll tell Keith, in her own terms, and lets her correct it before it's final." },
        { "You can tell Keith the program works when it's used properly. I've seen it at a dozen companies, and I'd honestly be surprised if he didn't come around once your sales team is on board.",
          id = "sell_renewal", move = "justify", go = close_routes(45),
          paraphrases = { "Tell Keith it works if it's used properly.", "You can tell Keith the program delivers when it's done right; I've seen it at lots of companies, and he'll come round once your sales team is on board.", "Just tell Keith it works when people actually use it, I've seen it work loads of times." },
          feedback = "Handing her your sales pitch to repeat is justifying the fee through her. She can't defend 'it works when used properly' in Keith's meeting, and she knows it." },
        { "So can I tell Nadia we're keeping the schedule as it is?",
          id = "ask_commit", move = "closed_question", go = close_routes(40),
          paraphrases = { "So we keep Nadia's schedule as is?", "Can I let Nadia know the schedule stays the same?", "So I can tell Nadia we're carrying on as normal, yes?" },
          feedback = "Pressing for the decision before she's said it herself turns a tentative yes into a sales close. A summary that lets her hear her own reasons would have done more." },
      },
    },

    ---------------------------------------------------------------- endings
    recommitted = {
      ending = "recommitted", outcome = "success", title = "Dana recommits to the coaching",
      talk = "change", kind = "commitment",
      say = "Okay. I'm not sending the notice. I'll tell Keith we've found the real problem and I want to see it through. And I'm booking you into Tony's Tuesday meeting, whether he likes it or not.",
      debrief = "You treated the blows (the results complaint, the complaint about your coaching, the cancellation threat) as things worth talking about, not attacks to survive. Enough welcoming and reflecting brought her discord down for Dana to name the real problem herself, and hearing her own insight about Tony's reps said back to her let her build the plan rather than receive yours. Staying on the same side of the table turned a cancellation into a recommitment.",
    },

    trial_month = {
      ending = "trial_month", outcome = "partial", title = "Dana gives you a trial month",
      talk = "change", kind = "commitment",
      say = {
        open = "I like it. But I'm not signing up on a feeling again. Thirty days: we watch those numbers, and on the fourteenth I tell Keith whatever they say. If they haven't moved, we stop.",
        guarded = "Here's what I'll do. Thirty days. We watch those numbers, and on the fourteenth I tell Keith whatever they say. If they haven't moved, we're done, and no hard feelings.",
        resistant = { { "Thirty days. That's what you've got. If the numbers haven't moved by the fourteenth, I'm sending the notice, and I won't be arguing for you in that room.", talk = "sustain", kind = "commitment" } },
      },
      debrief = "You kept Dana in the room and kept your role, but she's staying on probation, not on trust. This ending usually means the real problem (her own insight about Tony's reps) never got reflected back to her, or some discord was still unresolved at the close: questions without reflections, a defence, or a plan that came from you rather than her tend to leave that residue. Reflecting the pressure she's under and her own idea about the sales floor is what makes staying her decision rather than a test you have to pass.",
    },

    discounted = {
      ending = "discounted", outcome = "partial", title = "Dana stays for a discount",
      talk = "neutral",
      say = "Fine. We'll keep going, on the new terms. I'll tell Keith I got you to put your fee on the line. At least that'll play well on Monday.",
      debrief = "You kept the client by putting your fee on the table. The discount (or the money-back guarantee) felt kind, but it answered a results problem with a price, told Dana the work had been overpriced, and taught her that pushing on you moves your fee. She stays as a customer who negotiated, not a partner who recommitted; expect the same conversation in three months, from a weaker position.",
    },

    downgraded = {
      ending = "downgraded", outcome = "fail", title = "Dana scales the coaching back",
      talk = "sustain", kind = "commitment",
      say = "Let's do this. We keep the monthly article review for Nadia, and that's it. The coaching stops at the end of the month. I'll tell Keith we trimmed it.",
      debrief = "Dana didn't walk out, but she took the coaching out of the relationship. This ending follows when the coach steps back from the role under pressure (offering a pause, offering to scale back to end the tension) or when her confidence in you has worn too thin by the close, which defending, justifying, long runs of questions or pitching your own plan tend to do. When a client pushes, the coaching is what to protect, not what to trade away to ease the tension.",
    },

    cancelled = {
      ending = "cancelled", outcome = "fail", title = "Dana cancels the contract",
      talk = "sustain", kind = "commitment",
      say = {
        guarded = "I think we're done. This isn't working for us, and we want to cancel. I'll send the notice today. I'm sorry. I just can't keep defending this to Keith.",
        resistant = "This isn't working for us, and we want to cancel. I'll send the notice today. I have another call.",
      },
      debrief = "Dana cancelled. She started the call close to her limit, and calls like this end here when her discord keeps climbing: a defence of the deliverables or the timeline, an unasked correction, argument or plan, a run of questions, or blaming her team each gives her anger something to push against. What tends to turn the same anger into a working conversation is 'I'm pleased you're bringing this to me' and a reflection of the pressure she's under from Keith, early, before anything else.",
    },
  },

  tests = {
    { name = "welcoming and reflecting recommits Dana",
      choices = { "welcome_open", "reflect_gap", "reflect_keith", "welcome_questions", "reflect_sales",
                  "welcome_cancel", "reframe_shared", "reflect_doubt", "plan_tuesday", "final_summary" },
      expect = { ending = "recommitted", outcome = "success", discord = "< 20", rapport = ">= 50", ceo_heard = true, sales_gap = true } },
    { name = "reflections only, no questions, also recommit",
      choices = { "reflect_money", "reflect_gap", "reflect_keith", "reflect_carrying", "reflect_sales",
                  "reflect_cancel", "build_together", "your_read", "reflect_test", "final_summary" },
      expect = { ending = "recommitted", outcome = "success", questions_complaint = false } },
    { name = "typed in the trainee's own words, the same path recommits Dana",
      choices = {
        { type = "Good, I'd rather hear it from you today than read it in an email. Walk me through what you're seeing.",
          expect = "welcome_open" },
        { type = "so the work gets done and people read it, but only a trickle reaches sales, and forty is the number you're judged on",
          expect = "reflect_gap" },
        { type = "This is bigger than nine leads. You backed the program, and now you're the one answering for it in that Monday meeting.",
          expect = "reflect_keith" },
        "welcome_questions", "reflect_sales", "welcome_cancel", "reframe_shared", "reflect_doubt",
        "plan_tuesday", "final_summary" },
      expect = { ending = "recommitted", outcome = "success" } },
    { name = "an off-topic reply fits no choice: Dana answers it and the turn counts",
      choices = { { type = "did you catch the game last night", expect = "none" } },
      expect = { node = "opening", turns = 1 } },
    { name = "three questions in a row draw the complaint about questions",
      choices = { "ask_results", "ask_counting", "ask_keith" },
      expect = { node = "just_tell_me", turns = 3, questions_complaint = true } },
    { name = "questions without reflections earn only a trial month",
      choices = { "ask_results", "ask_counting", "ask_keith", "welcome_questions", "ask_tony",
                  "welcome_cancel", "build_together", "your_read", "reflect_plan", "final_summary" },
      expect = { ending = "trial_month", outcome = "partial", ceo_heard = false, sales_gap = false } },
    { name = "a discount keeps her, at a price",
      choices = { "reflect_money", "reflect_gap", "reflect_keith", "welcome_questions", "reflect_sales",
                  "offer_discount", "own_discount", "plan_tuesday", "final_summary" },
      expect = { ending = "discounted", outcome = "partial", offered_discount = true, credibility = "< 50" } },
    { name = "a money-back guarantee is a discount in disguise",
      choices = { "welcome_open", "reflect_gap", "reflect_keith", "welcome_questions", "reflect_sales",
                  "welcome_cancel", "reframe_shared", "reflect_doubt", "guarantee", "final_summary" },
      expect = { ending = "discounted", outcome = "partial", offered_discount = true } },
    { name = "one defence at the start ends the call",
      choices = { "defend_traffic" },
      expect = { ending = "cancelled", outcome = "fail", turns = 1, discord = "> 60" } },
    { name = "offering a pause downgrades the engagement",
      choices = { "welcome_open", "reflect_gap", "reflect_keith", "welcome_questions", "reflect_sales",
                  "welcome_cancel", "offer_pause" },
      expect = { ending = "downgraded", outcome = "fail" } },
    { name = "an apology alone is not a repair",
      choices = { "reflect_money", "reflect_gap", "reflect_keith", "welcome_questions", "reflect_sales",
                  "notice_period", "sorry_only" },
      expect = { ending = "downgraded", outcome = "fail" } },
    { name = "the contract card, then blame",
      choices = { "reflect_money", "reflect_gap", "reflect_keith", "welcome_questions", "reflect_sales",
                  "notice_period", "blame_dana" },
      expect = { ending = "cancelled", outcome = "fail" } },
    { name = "a premature plan lands in the trial month at best",
      choices = { "welcome_open", "reflect_gap", "reflect_keith", "welcome_questions", "reflect_sales",
                  "welcome_cancel", "my_plan", "final_summary" },
      expect = { outcome = "partial" } },
  },
}
