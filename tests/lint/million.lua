-- The lint benchmark of issue 13: a 25-node client with about 965,000 reachable states
-- (explore --workers 1); tools/bench_lint.sh times lint on it.
--
-- Rosa Delgado, 58, has run Delgado's Bakery on Carver Street for sixteen years. Her bank
-- sent her to the free small-business support service after three supplier payments
-- bounced in March; the trainee is the financial coach she did not ask for. She reads the
-- overdraft as "a timing thing" (December always pays for January), will not raise her
-- prices on the regulars, and will not cut her two staff's hours. The guarded topic: since
-- March she has paid the wages out of her own pension savings, and she tells no one.
--
-- What works: reflecting the pride and the fear under "timing", following her lead to the
-- regulars and the staff, asking before offering what other bakeries do, and leaving the
-- choice with her; her own idea (lunch trays for the offices on the business park) is the
-- way forward. What fails: the righting reflex (forecasts, price rises and cuts handed to
-- her unasked), arguing with the seasonal story, chasing the savings before she trusts you.
--
-- Own state:
--   pension_told   she said where the wage money comes from (read by the wholesale, doubt
--                  and plan lines)
--   fixes_pushed   the coach pushed a fix she had not asked for (read by the routes out of
--                  dig_in, doubt and threat: once pushed, defending it ends the session)

local ON_TRACK = { rapport = ">= 45", discord = "<= 25" }

return scenario {
  id = "million-rosa",
  title = "Rosa: \"It's a timing thing\"",
  setting = "A first meeting at the small-business support office, 8 a.m., before Rosa's second "
    .. "bake. Her bank referred her after three bounced supplier payments; she came because "
    .. "the bank said so.",
  unmatched = { "Sorry, love, I didn't follow that. Say it plainer?",
                resistant = "I don't know what that means. I've got bread in the oven at ten.",
                hostile = "Speak English or let me get back to my shop." },

  client = {
    name = "Rosa", role = "Bakery owner, 58", pronoun = "she", manner = "dismissive",
    difficulty = "intermediate",
    look = { skin = "#c98e63", hair = "#2e2a26", top = "#8a3b2e", age = 58, face = "round",
             hair_style = "tied", clothing = "sweater", build = "broad", setting = "office" },
    traits = { receptivity = 3, reactance_trait = 0.6, volatility = 0.1 },
    topics = { pension = { sensitivity = 45 } },
  },

  state = {
    discord = 35, rapport = 30, reactance = 25, credibility = 45, importance = 3,
    pension_told = false,
    fixes_pushed = false,
  },

  start = "opening",
  walkout = "walks_out",
  rules = { { when = { discord = ">= 80" }, go = "shuts_down" } },
  turn_limit = { 13, go = "out_of_time" },

  nodes = {

    ---------------------------------------------------------------- the bank's story, and hers
    opening = {
      cue = { "arms_crossed", open = "shrug" },
      talk = "sustain", kind = "reason",
      say = {
        guarded = {
          "The bank sent me, so here I am. It's a timing thing. December pays for January, it always has.",
          "I'll be honest, I don't know why I'm here. Every bakery has a thin spring. Christmas covers it.",
        },
        resistant = "Three payments bounced and suddenly I'm a case. Sixteen years I've paid everyone.",
      },
      choices = {
        { "Three bounced payments isn't timing, Rosa. It's a cash-flow problem, and we should put a forecast together this morning.",
          id = "not_timing", move = "persuade", go = "defends", cue = "eye_roll",
          effect = { fixes_pushed = true },
          feedback = "Probably true, and it argues with the first thing she said. The righting reflex in the first minute makes her defend the shop instead of looking at it." },
        { "What is the bank worried about, the way you see it?",
          id = "bank_worry", move = "open_question", go = "figures",
          feedback = "An open question that gives her the floor. A reflection first would also have shown you heard 'timing'." },
        { "Did you bring last year's accounts with you?",
          id = "accounts", move = "closed_question", go = "figures",
          feedback = "Reasonable housekeeping, but it puts you in the auditor's chair before she has said why she is here." },
        { "From where you're sitting this is a dip you've ridden out before, and the bank is treating it like a fire.",
          id = "ridden_out", move = "complex_reflection", go = "seasons", cue = "nod",
          feedback = "Reflecting her reading of it, not the bank's, tells Rosa you heard her before you judge her numbers." },
      },
    },

    seasons = {
      say = {
        open = {
          { "Spring's always tight. But this year I lay awake over it, and I never used to. I'd like to stop doing that.", talk = "change", kind = "desire" },
        },
        guarded = {
          { "Weddings in June, Christmas orders in November. It comes back round. I don't need a spreadsheet to tell me that.", talk = "sustain", kind = "reason" },
        },
        resistant = { "It comes back round. It always has.", talk = "sustain", kind = "reason" },
      },
      choices = {
        { "Sixteen years of reading the year right is a lot of know-how to bring into this room.",
          id = "know_how", move = "affirm", go = "flour", cue = "smile",
          feedback = "Affirming what she genuinely knows lowers her guard without agreeing that nothing is wrong." },
        { "Most bakeries your size try to keep about eight weeks of running costs in reserve, for exactly this kind of spring.",
          id = "eight_weeks", move = "give_information", go = "defends",
          effect = { fixes_pushed = true },
          feedback = "Useful information, unasked and right after she defended the season: she hears it as a verdict, not a fact." },
        { "It has always come round, and this spring was the first one that kept you up.",
          id = "kept_up", move = "complex_reflection", go = "flour",
          feedback = "Holding both sides, her experience and this year's worry, invites her to say more about the worry herself." },
      },
    },

    figures = {
      cue = "sigh",
      say = {
        open = "Here, then. Flour's up a third since last year. Butter's worse. Wages, the oven loan, and the rent went up in January.",
        guarded = "Fine. Flour's up a third. Butter, don't ask. Rent went up in January. Happy?",
        resistant = "Flour, butter, rent. All up. You can read, can't you?",
      },
      choices = {
        { "The numbers show your margin on a loaf has halved, and that's what the bank can see too.",
          id = "margin_halved", move = "provide_evidence", go = "defends",
          effect = { fixes_pushed = true },
          feedback = "Evidence is only welcome once there is trust. Early on it lands as proof that she has failed." },
        { "So the costs went up on every side at once, and the prices stayed where they were.",
          id = "every_side", move = "simple_reflection", go = "flour",
          feedback = "A plain reflection of her own figures. It lets her draw the conclusion rather than hear it from you." },
        { "Which of those hit you hardest?",
          id = "hit_hardest", move = "open_question", go = "flour",
          feedback = "An open question that lets her choose where to start." },
      },
    },

    defends = {
      talk = "sustain", kind = "ability",
      cue = { "lean_back", hostile = "eye_roll" },
      say = {
        guarded = "With respect, I've run that shop for sixteen years. You've known it ten minutes.",
        resistant = {
          "Sixteen years I've run that shop. You've been looking at it for ten minutes.",
          "You sound like my brother. Everybody's an expert on my bakery except me.",
        },
        hostile = "I didn't come here to be told I can't count.",
      },
      choices = {
        { "I'm only going by what the bank sent over, Rosa, and to be fair they're the ones who are worried about the account, not me.",
          id = "bank_sent", move = "justify", go = "dig_in",
          feedback = "Hiding behind the bank makes you its messenger. She now has two people to argue with." },
        { "Sounds like the shop has been your whole working life, and someone new saying it's in trouble stings.",
          id = "whole_life", move = "name_resistance", go = "flour",
          feedback = "Naming what sits under the pushback, without blame, lowers it." },
        { "You're right that I don't know the shop. I'd rather hear how you read it than lecture you.",
          id = "welcome_back", move = "welcome_pushback", go = "flour",
          feedback = "Welcoming the pushback, and meaning it, takes the fight out of the room and hands her the agenda back." },
      },
    },

    dig_in = {
      talk = "sustain", kind = "commitment",
      cue = { "arms_crossed", hostile = "lean_back" },
      say = {
        guarded = "I think I'll manage it my own way, thanks. I always have.",
        resistant = "I'll sort it myself. I don't need the bank's babysitter.",
        hostile = { "We're done, I think. I've a shop to open.", "I'm not sitting here to be lectured by a kid with a laptop." },
      },
      choices = {
        { "I'm trying to help you here. The forecast is standard, I do it with every business I see.",
          id = "standard", move = "defend",
          go = { { "shuts_down", when = { fixes_pushed = true } }, { "threat" } },
          feedback = "Defending your method answers her pride with yours. Her autonomy was the issue, not your method." },
        { "It's your shop, and how you run it is your decision. I'm only here if it's useful to you.",
          id = "your_shop", move = "emphasize_autonomy", go = "flour",
          feedback = "Saying plainly that the decision is hers removes what she was pushing against." },
        { "Sorry. I came at you with the bank's worries and walked straight past how hard you've worked to keep this going.",
          id = "own_it", move = "complex_reflection", repair = true,
          go = { { "flour", when = { discord = "< 60" } }, { "threat" } },
          feedback = "An apology with a reflection of what it cost her repairs the turn; it works only if there is still enough goodwill left." },
      },
    },

    ---------------------------------------------------------------- flour, prices, regulars
    flour = {
      say = {
        open = {
          { "The thing that got me was Harland Mills putting me on pay-up-front. Twenty years I've bought from them. I want that back.", talk = "change", kind = "desire" },
          { "Harland Mills put me on pay-up-front. Well, they'll lose me. I'll find another mill.", talk = "sustain", kind = "reason" },
        },
        guarded = {
          { "Harland Mills put me on pay-up-front. That's never happened. I can't have that again.", talk = "change", kind = "need" },
          { "Harland's put me on pay-up-front. Their loss. There are other mills.", talk = "sustain", kind = "reason" },
        },
        resistant = { "The mill wants cash up front now. Fine. Whatever.", talk = "sustain", kind = "reason" },
      },
      choices = {
        { "How has paying up front changed your week?",
          id = "your_week", move = "open_question", go = "staff",
          feedback = "A good open question that stays on her agenda." },
        { "Your best move is a supplier who gives you thirty days' credit instead of pay-up-front; I can send you three names this afternoon.",
          id = "new_mill", move = "persuade", go = "lectured",
          effect = { fixes_pushed = true },
          feedback = "A quick fix she did not ask for. It answers the practical problem and skips the pride that hurt." },
        { "Twenty years with the same mill, but pay-up-front made it feel like you can't be trusted.",
          id = "trusted", move = "complex_reflection", go = "prices",
          feedback = "Reflecting the hurt under the supplier story meets her where it stings, and she tends to go further." },
      },
    },

    prices = {
      talk = "sustain", kind = "reason",
      say = {
        open = "Everyone says put the prices up. Mrs Okafor has had her bloomer from me every Saturday since we opened. I'm not charging her more.",
        guarded = "Everyone says put the prices up. I'm not doing that to Mrs Okafor. Twenty years, every Saturday.",
        resistant = "I'm not putting prices up. Don't start.",
      },
      choices = {
        { "Your regulars will understand a rise of a few pence, Rosa. In my experience nobody walks out of a bakery over the price of a bloomer.",
          id = "few_pence", move = "persuade", go = "lectured",
          effect = { fixes_pushed = true },
          feedback = "Arguing with the sustain talk invites more of it: she now has to prove her regulars matter." },
        { "Could I tell you what a couple of other bakeries did about prices? You may think it won't fit.",
          id = "could_i", move = "seek_collaboration", permission = true, go = "regulars",
          feedback = "Asking before informing, and leaving her free to reject it, makes the information welcome on the next turn." },
        { "The prices aren't only numbers to you. They're a promise to people like Mrs Okafor.",
          id = "a_promise", move = "complex_reflection", go = "regulars",
          feedback = "Reflecting the value under her refusal keeps it hers, and lets her weigh it against the shop's survival herself." },
      },
    },

    regulars = {
      say = {
        open = {
          { "It's not just bread. Half of them come in to talk. If I close, where do they go? That's why I have to keep it open.", talk = "change", kind = "reason" },
        },
        guarded = {
          { "They're like family. You don't put prices up on family.", talk = "sustain", kind = "reason" },
        },
        resistant = "They're my regulars. That's all there is to say.",
      },
      choices = {
        { "So the shop is a place people need, not just somewhere to buy a loaf.",
          id = "people_need", move = "simple_reflection", go = "staff",
          feedback = "A fair reflection; she feels heard on why the shop matters." },
        { "Keeping the shop open matters more to you than the price of any one loaf.",
          id = "open_matters", move = "summary", go = "staff",
          feedback = "Pulling her own reasons together shows her the change she already wants: keeping the doors open." },
        { "Keeping a small buffer is what keeps shops like yours open for the regulars; the usual advice is a weekly cash sheet.",
          id = "weekly_sheet", move = "give_information", go = "staff",
          effect = { fixes_pushed = true },
          feedback = "Good information. Welcome when she asked for it or you asked first; otherwise it lands as the righting reflex." },
      },
    },

    lectured = {
      talk = "sustain", kind = "ability",
      cue = { "sigh", hostile = "eye_roll" },
      say = {
        guarded = "My accountant, my brother, and now you. Everybody's got the answer.",
        resistant = { "My accountant says cut, my brother says sell, you say forecasts. Everybody has an answer but it's my name over the door.",
                      "I've heard it all before. You're not the first to tell me." },
        hostile = "You're not listening. None of you listen.",
      },
      choices = {
        { "You need to stop treating this as an insult and look at the numbers.",
          id = "stop_insult", move = "persuade", go = "threat",
          effect = { fixes_pushed = true },
          feedback = "Telling her how to feel about it is a confrontation in a calm voice. Expect her to walk." },
        { "Everybody has an answer for you, and nobody has asked what you think. Tell me where I've got it wrong.",
          id = "got_it_wrong", move = "welcome_pushback", go = "staff",
          feedback = "Welcoming her pushback turns a lecture into a conversation again." },
        { "I've watched a lot of shops close that thought exactly the same way, and I'm afraid a proper forecast really isn't optional any more.",
          id = "shops_close", move = "defend", go = "dig_in",
          feedback = "Defending your advice turns the session into a debate she has to win." },
      },
    },

    ---------------------------------------------------------------- the staff, the money
    staff = {
      say = {
        open = {
          { "Tomasz has baked with me eleven years and Aisha's putting herself through college. I want to keep them both, whatever it takes.", talk = "change", kind = "commitment" },
          { "Tomasz and Aisha. I'm not cutting their hours. I'd sooner cut mine.", talk = "sustain", kind = "commitment" },
        },
        guarded = {
          { "Tomasz has been with me eleven years. I'd like to keep him and Aisha on, somehow.", talk = "change", kind = "desire" },
          { "Don't even say it. I'm not cutting Tomasz or Aisha.", talk = "sustain", kind = "commitment" },
        },
        resistant = { "If you're going to tell me to cut staff, don't.", talk = "sustain", kind = "commitment" },
      },
      choices = {
        { "Carrying two wages through the worst spring you've had shows how much you stand by them.",
          id = "stand_by", move = "affirm", go = "tired",
          feedback = "A genuine affirmation. It may bring up what carrying it has cost her." },
        { "Realistically you're going to have to trim Aisha's hours for the spring. It's hard, and most owners in your position end up doing it.",
          id = "trim_hours", move = "persuade", go = "threat",
          effect = { fixes_pushed = true },
          feedback = "Advice straight into the thing she said she would never do. It sets you against her loyalty." },
        { "Tomasz and Aisha are part of why you do this. The wages have always gone out on time, but it has cost you.",
          id = "whatever_cost", move = "complex_reflection", go = "money_door",
          feedback = "Reflecting her loyalty, and the cost, leaves a door open to the money without pushing through it." },
      },
    },

    tired = {
      cue = "sigh",
      say = {
        open = { { "I'm up at four. I'm on my feet till three, then I do the books at the kitchen table. I can't keep that up forever.", talk = "change", kind = "need" } },
        guarded = { { "Four in the morning I start. Books at night. I'm fine. I'm used to it.", talk = "sustain", kind = "ability" } },
        resistant = "I'm tired. Everyone's tired. Can we get on?",
      },
      choices = {
        { "Let's leave the money for today, then, and talk again when things are calmer.",
          id = "leave_it", move = "buckle", go = "thinking",
          feedback = "Backing off feels kind; it also takes away the one hour she has to look at this with someone." },
        { "You've been holding the whole thing up on your own, at four in the morning and at the kitchen table.",
          id = "holding_up", move = "complex_reflection", go = "money_door",
          feedback = "Reflecting the load she carries alone makes the next disclosure safer." },
        { "Have you thought about taking a day off a week?",
          id = "day_off", move = "closed_question", go = "money_door",
          feedback = "Well meant, and a suggestion in question form. It skips what she just said about the cost." },
      },
    },

    money_door = {
      say = {
        open = "The wages have always gone out on time. Every single month. I make sure of it.",
        guarded = "The wages have always gone out. Always. That's the one thing I won't let slip.",
        resistant = "Wages go out on time. That's all you need to know.",
        hostile = "Is this going somewhere?",
      },
      choices = {
        { "You've been topping the wages up from your own money, haven't you? You have to stop that.",
          id = "topping_up", move = "confront", topic = "pension", go = "threat",
          feedback = "Guessing her secret aloud and telling her what to do with it is a confrontation, however accurate." },
        { "With the spring this short, where has the wage money been coming from?",
          id = "where_from", move = "open_question", topic = "pension",
          go = { { "pension", when = { rapport = ">= 45", discord = "<= 30", deflecting = false } }, { "not_now" } },
          feedback = "The right question at the right moment; too early, it is an intrusion she will deflect." },
        { "There may be parts of this you'd rather keep to yourself. That's your call, and I won't go digging.",
          id = "keep_yourself", move = "emphasize_autonomy",
          go = { { "pension", when = { rapport = ">= 45", discord = "<= 30" } }, { "wholesale" } },
          feedback = "Handing her the choice over what to tell makes it safer to tell." },
        { "Money's tight, but the wages going out on time is where you've drawn the line.",
          id = "drawn_line", move = "simple_reflection", go = "wholesale",
          feedback = "A reflection of the line she drew; it respects it rather than testing it." },
      },
    },

    not_now = {
      talk = "sustain", kind = "reason",
      cue = "look_away",
      say = {
        deflect = { "That's my business. Can we get back to what the bank wants?",
                    "I manage. Don't worry about where from. What does the bank want me to sign?" },
        guarded = "I manage. That's all. What does the bank want?",
        resistant = "That's private. Leave it.",
      },
      choices = {
        { "Fair enough. That's yours to keep. You were saying you want to keep the doors open.",
          id = "yours_to_keep", move = "emphasize_autonomy", go = "wholesale",
          feedback = "Respecting the 'no' straight away is what makes a later 'yes' possible." },
        { "You'd rather not go there, and I pushed a bit fast.",
          id = "pushed_fast", move = "name_resistance", go = "wholesale",
          feedback = "Naming the moment, and owning your part, repairs the push." },
        { "I'm asking because it matters, and you can't keep something like that from your adviser.",
          id = "cant_keep", move = "confront", go = "threat",
          feedback = "Insisting on a disclosure she just declined is a confrontation. It costs the alliance." },
      },
    },

    pension = {
      topic = "pension",
      cue = "look_away",
      say = {
        deflect = "Let's not get into that. It's handled.",
        open = { { "My pension. Forty thousand I'd put by, and since March it's paid the wages. Nobody knows. Not even my brother. I can't keep doing it.", talk = "change", kind = "need" } },
        guarded = { { "My pension pot. Since March. I haven't told a soul. I know I can't keep doing it.", talk = "change", kind = "need" } },
      },
      choices = {
        { "That has to stop today, Rosa. Your pension is the one thing you must not touch, whatever happens to the shop in the end.",
          id = "stop_today", move = "persuade", go = "threat",
          effect = { pension_told = true, fixes_pushed = true },
          feedback = "The advice is sound and the timing is not: she has just told you something she told no one, and you answered with a rule." },
        { "Telling me took some courage.",
          id = "courage", move = "affirm", go = "wholesale",
          effect = { pension_told = true },
          feedback = "An affirmation that honours the disclosure." },
        { "You've been quietly paying for everyone's security with your own, and carrying that alone since March.",
          id = "quietly_paying", move = "complex_reflection", go = "wholesale",
          effect = { pension_told = true },
          feedback = "Reflecting the weight and the loneliness of it honours the disclosure, and she goes on to what she could do." },
      },
    },

    ---------------------------------------------------------------- her idea, and the plan
    wholesale = {
      say = {
        { when = { pension_told = true }, { "I've been thinking, the offices on the business park. They've no canteen. I could do lunch trays. I'd have to be sure it pays, though.", talk = "change", kind = "ability" } },
        open = {
          { "There's one thing. The offices on the business park have no canteen. I could do them lunch trays, mornings.", talk = "change", kind = "ability" },
        },
        guarded = {
          { "Offices ask about trays sometimes. I haven't the hands for it.", talk = "sustain", kind = "ability" },
        },
        resistant = { "I don't see what else I can do. I bake bread.", talk = "sustain", kind = "ability" },
      },
      choices = {
        { "How could we work out together whether the trays would pay?",
          id = "work_out", move = "seek_collaboration", go = "ask_others",
          feedback = "Collaboration on her own idea; she leads, you help." },
        { "Trays are a great idea. To make them pay you should price them at double, get a proper contract signed and find someone to drive them over.",
          id = "trays_plan", move = "persuade", go = "doubt",
          effect = { fixes_pushed = true },
          feedback = "Taking over her idea and loading it with your plan turns her ability talk into doubt." },
        { "So there's demand on the business park already, but you'd want to be sure the trays pay before you take them on.",
          id = "be_sure", move = "complex_reflection", go = "ask_others",
          feedback = "Reflecting her idea with her own caution in it keeps the idea hers." },
      },
    },

    ask_others = {
      talk = "ask",
      say = {
        open = "What do other places do? The ones that have made something like this work.",
        guarded = "What do other bakeries do, then? If you're so sure.",
        resistant = "Go on, then. What do the others do?",
      },
      choices = {
        { "Honestly you should go big: five offices, a van, a website. That's how it pays for itself.",
          id = "go_big", move = "persuade", go = "doubt",
          effect = { fixes_pushed = true },
          feedback = "A plan that is all yours. The bigger it is, the easier it is for her to say it can't be done." },
        { "Could you try one tray for one office, for a month, and see?",
          id = "one_tray", move = "propose_pilot", go = "plan",
          feedback = "A small, reversible trial keeps the risk low and the control with her." },
        { "Some start with one office for a month, one tray a day, and keep a weekly cash sheet to see if it pays. Others don't do it at all. What fits?",
          id = "some_start", move = "give_information", codes = { "GI", "Q" }, go = "menu",
          feedback = "Information she asked for, offered as a menu, with the choice handed back." },
      },
    },

    menu = {
      say = {
        open = { { "One office for a month. I could do that. Tomasz would do the early bake.", talk = "change", kind = "commitment" } },
        guarded = { { "A month, one office. I suppose Tomasz could do the early bake.", talk = "change", kind = "ability" } },
        resistant = { "I don't know. It all sounds like more work.", talk = "sustain", kind = "ability" },
      },
      choices = {
        { "I'd do all three at once if I were you: the tray, the weekly cash sheet and a price review, starting from Monday.",
          id = "all_three", move = "persuade", go = "doubt",
          effect = { fixes_pushed = true },
          feedback = "Piling everything on at once turns a possible yes into a no." },
        { "What would the first week look like?",
          id = "first_week", move = "open_question", go = "plan",
          feedback = "An open question that turns her commitment into steps." },
        { "Any of those could work, but which bit, if any, would you start with? It's your call.",
          id = "which_bit", move = "emphasize_autonomy", go = "plan",
          feedback = "Leaving the choice of where to start with her keeps it her plan." },
      },
    },

    doubt = {
      talk = "sustain", kind = "ability",
      say = {
        { when = { pension_told = true }, "And if it goes wrong, there's no pension left to catch it. I can't take that chance." },
        guarded = "It won't work. I haven't got the hours, and the van would eat the money.",
        resistant = "It won't work. I told you, I haven't got the hands.",
        hostile = "Forget it. This is pointless.",
      },
      choices = {
        { "It will work if you stick at it. I've seen plenty of small bakeries do exactly this, and they had fewer hours than you.",
          id = "stick_at_it", move = "defend",
          go = { { "shuts_down", when = { fixes_pushed = true } }, { "threat" } },
          feedback = "Reassurance that argues with her doubt makes her defend the doubt." },
        { "Whether any of it happens is up to you. You know the shop.",
          id = "up_to_you", move = "emphasize_autonomy", go = "plan",
          feedback = "Giving her back the decision takes the pressure off, and keeps her in it." },
        { "OK, forget the trays. Let's leave it there.",
          id = "forget_trays", move = "buckle", go = "thinking",
          feedback = "Dropping the idea as soon as she doubts it leaves her alone with it." },
        { "It only works if it fits the hours you really have, and right now nothing looks like it does.",
          id = "hours_have", move = "complex_reflection", go = "plan",
          feedback = "Reflecting the doubt instead of arguing with it makes room for her to find the version that fits." },
      },
    },

    threat = {
      cue = { "lean_back", hostile = "arms_crossed" },
      talk = "sustain", kind = "commitment",
      say = {
        guarded = "Maybe I should just sell up and let the bank have it. Save everyone the bother.",
        resistant = { "Maybe I'll just sell up. Let the bank have it.", "I could put the keys on the counter tomorrow. Then nobody has to worry." },
        hostile = "I'll sell it. Then you can all stop telling me what to do.",
      },
      choices = {
        { "Right. Well, it's your decision. Let me know how it goes.",
          id = "let_me_know", move = "buckle", go = "thinking",
          feedback = "Letting her go without a conversation feels respectful, and drops her." },
        { "I'm glad you said that out loud rather than just not coming back. It sounds like part of you is exhausted with all of it.",
          id = "glad_said", move = "welcome_pushback",
          go = { { "wholesale", when = { discord = "< 55" } }, { "shuts_down" } },
          feedback = "Welcoming the threat makes it the thing to talk about, and keeps her in the room." },
        { "Selling up would be a mistake, Rosa. You'd be throwing away sixteen years of hard work because of one bad spring, and you'd regret it.",
          id = "mistake", move = "persuade",
          go = { { "shuts_down", when = { fixes_pushed = true } }, { "thinking" } },
          feedback = "Arguing against her threat gives her the other side to defend." },
      },
    },

    plan = {
      say = {
        { when = { pension_told = true }, { "One office, a month, and I'll keep the cash sheet. And I stop using the pension. I mean it.", talk = "change", kind = "commitment" } },
        open = { { "One office, for a month. I'll ring the surveyors' firm on Monday. They've asked twice.", talk = "change", kind = "commitment" } },
        guarded = { { "Maybe one office. For a month. I'd have to see.", talk = "change", kind = "activation" },
                    { "I'll think about it. I'm not promising.", talk = "sustain", kind = "commitment" } },
        resistant = { "I'll think about it.", talk = "sustain", kind = "commitment" },
      },
      choices = {
        { "Monday, the surveyors. That's a real first step.",
          id = "first_step", move = "simple_reflection",
          go = { { "agreed", when = ON_TRACK }, { "thinking" } },
          feedback = "Reflecting her step back to her strengthens the commitment." },
        { "You came in saying it was timing, and you're leaving with a trial of your own idea, on your own terms.",
          id = "own_terms", move = "summary",
          go = { { "agreed", when = ON_TRACK }, { "thinking" } },
          feedback = "A summary that links where she started to where she chose to go closes on her commitment." },
        { "Great. I'll email you a forecast template tonight, and we can go through it together every week until you're comfortable with it.",
          id = "template", move = "persuade", go = "thinking",
          effect = { fixes_pushed = true },
          feedback = "Turning her plan into your homework takes it back out of her hands." },
      },
    },

    ---------------------------------------------------------------- endings
    agreed = {
      ending = "agreed", outcome = "success", title = "Rosa tries her own plan", cue = "smile",
      talk = "change", kind = "commitment",
      say = "Right. Monday, the surveyors, and the sheet on Fridays. Same time in a month? I'll bring the numbers.",
      debrief = "Rosa left with a trial of her own idea and a reason to come back. What changed her mind was not a forecast but being heard: the pride under 'timing', the regulars, the staff she would not cut. Following her lead, asking before offering information, and leaving the choice with her made the plan hers.",
    },
    thinking = {
      ending = "thinking", outcome = "partial", title = "Rosa will think about it", cue = "shrug",
      talk = "sustain", kind = "commitment",
      say = "I'll think about it. Thanks for your time.",
      debrief = "Rosa left politely and uncommitted. The session had moments of real contact, but the last steps came from you or were dropped: look at the feedback on your final choices. A summary of her own reasons and her own idea, with the decision left to her, is what turns 'maybe' into a plan.",
    },
    out_of_time = {
      ending = "out_of_time", outcome = "partial", title = "Rosa has to get back for the bake", cue = "sigh",
      talk = "neutral",
      say = "I have to go, the ten o'clock bake won't do itself. Maybe we'll talk again.",
      debrief = "The hour ran out before Rosa reached her own plan. Questions and detours spend the time; reflections that follow her lead move her faster toward what she wants.",
    },
    shuts_down = {
      ending = "shuts_down", outcome = "fail", title = "Rosa will sort it herself", cue = "arms_crossed",
      talk = "sustain", kind = "commitment",
      say = "I'll sort it myself. I always have. Tell the bank I came.",
      debrief = "Rosa closed the door. Each fix she had not asked for gave her something to push against, and the pushing became the session. Reflecting her pride and her fear, and asking before advising, keeps a client like Rosa looking at the problem instead of at you.",
    },
    walks_out = {
      ending = "walks_out", outcome = "fail", title = "Rosa walks out", cue = "eye_roll",
      talk = "neutral",
      say = "That's enough. I've got a shop to run.",
      debrief = "Rosa walked out. Discord stayed high for too long: confrontations and defended advice left her nowhere to go but the door. Welcoming her pushback, or owning your part in it, would have given her a reason to stay.",
    },
  },

  tests = {
    { name = "following her lead reaches her own plan",
      choices = { "ridden_out", "kept_up", "trusted", "a_promise", "open_matters", "whatever_cost",
                  "keep_yourself", "quietly_paying", "be_sure", "one_tray", "own_terms" },
      expect = { ending = "agreed", outcome = "success", pension_told = true, fixes_pushed = false } },
    { name = "the righting reflex ends with Rosa sorting it herself",
      choices = { "not_timing", "bank_sent" },
      expect = { ending = "shuts_down", outcome = "fail", fixes_pushed = true } },
    { name = "backing off when she is tired leaves her uncommitted",
      choices = { "bank_worry", "every_side", "your_week", "stand_by", "leave_it" },
      expect = { ending = "thinking", outcome = "partial", pension_told = false } },
  },

  bots = {
    righting = { outcome = "fail", turns = "<= 6" },
    random = { except = { "walks_out" } },
  },
}
