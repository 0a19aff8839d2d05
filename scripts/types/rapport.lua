---@meta
-- LuaLS annotations for client files: point the Lua language server at scripts/types/
-- (see scripts/README.md, "Editor support") for completion and type checks.

---@alias Band "open"|"guarded"|"resistant"|"hostile"
---@alias Outcome "success"|"partial"|"fail"
---@alias Cue "arms_crossed"|"eye_roll"|"sigh"|"look_away"|"nod"|"smile"|"frown"|"lean_in"|"lean_back"|"shrug"|"tears"|"laugh"
---@alias MoveTag
---| "open_question" | "closed_question" | "simple_reflection" | "complex_reflection" | "summary"
---| "affirm" | "seek_collaboration" | "propose_pilot" | "emphasize_autonomy" | "welcome_pushback"
---| "reframe" | "name_resistance" | "transparency" | "give_information" | "provide_evidence"
---| "persuade_with_permission" | "persuade" | "defend" | "justify" | "confront" | "blame_client" | "buckle"

---The session's state: declared variables only. Read-only in conditions and lines.
---@class State
---@field discord number friction with the trainee, 0-100
---@field rapport number alliance and trust, 0-100
---@field reactance number felt threat to autonomy, 0-100
---@field credibility number how much the client values the professional, 0-100
---@field importance number why change matters to the client, 0-10
---@field confidence number belief that change is doable, 0-10
---@field resistance number derived headline, read-only, 0-100
---@field turn integer trainee turns so far, read-only
---@field question_run integer questions in a row without a reflection (model)
---@field grievances integer confrontations remembered (model)
---@field deflecting boolean this turn: a guarded topic was pushed too soon (model)
---@field questions_complaint boolean this turn: too many questions (model)
---@field visits table<string, integer> visit counts of counted nodes (`counted = true`), read-only
---@field [string] number|boolean your own declared variables

---A comparison such as ">= 30", "< 50", "== 2", "~= 0".
---@alias Comparison string

---Offered only when this holds: a table of comparisons (all must hold) or a function.
---@alias Condition table<string, Comparison|number|boolean>|fun(s: State): boolean

---Extra changes: numbers are added, flags are set; or a function that writes `s`.
---@alias Effect table<string, number|boolean>|fun(s: State)

---A line, or variants drawn by the session's seeded generator.
---@alias Talk "change"|"sustain"|"ask"|"neutral"
---@alias TalkKind "desire"|"ability"|"reason"|"need"|"commitment"|"activation"|"taking_steps"
---@alias MitiCode "Q"|"SR"|"CR"|"AF"|"Seek"|"Emphasize"|"GI"|"PWP"|"Persuade"|"Confront"

---A line with its own client talk: { "text", talk = "change", kind = "reason" }.
---@class Variant
---@field [1] string the line
---@field talk? Talk client talk (section 5 of the model)
---@field kind? TalkKind DARN-CAT subtype of change or sustain talk

---@alias Lines string|Variant|(string|Variant)[]

---@class SayByBand
---@field open? Lines
---@field guarded? Lines
---@field resistant? Lines
---@field hostile? Lines
---@field deflect? Lines when the client deflects a guarded topic pushed too soon
---@field questions? Lines when the client complains about too many questions

---A conditional line: { when = { heard = true }, "You listened.", ... } (table conditions only).
---@class CondLine
---@field when table<string, Comparison|number|boolean|table<string, Comparison|number>>
---@field [integer] string|Variant the line and its variants

---@alias Say Lines|SayByBand|(CondLine|string|Variant)[]|fun(s: State): Lines

---Text that depends on state: { "plain", hostile = "...", { when = {...}, "..." } }.
---@class TextByState
---@field [1] string the plain text
---@field open? string
---@field guarded? string
---@field resistant? string
---@field hostile? string

---@class Route
---@field [1] string the node
---@field when? Condition

---@class Choice
---@field [1] string|TextByState what the trainee says (or its words by state)
---@field move MoveTag the technique, scored with its MITI code
---@field go? string|Route[] the next node, or routes tried in order (the last without `when`); with `call`, where `back` returns to
---@field once? boolean offered until taken, then never again in the session
---@field call? string enters a sub-conversation at this node
---@field back? boolean instead of `go`: returns from the innermost sub-conversation
---@field id? string a stable id for test plans and records (default: its position)
---@field when? Condition offered only when this holds
---@field effect? Effect applied after the model scores the move
---@field feedback? string why this helps or hurts, for the debrief
---@field cue? Cue|TextByState the client's reaction
---@field paraphrases? string[] 1-12 other ways a trainee might type the same move (typed replies)
---@field topic? string a guarded topic (client.topics) this choice pushes
---@field repair? boolean an apology with a complex reflection of the hurt: clears one grievance
---@field codes? MitiCode[] one MITI code per utterance ({ "CR", "Q" }); default: the move's
---@field permission? boolean asks leave to give information or advice: it is welcome next turn

---@class Node
---@field say? Say what the client says (required unless an ending)
---@field cue? Cue|TextByState a gesture while saying it
---@field counted? boolean keeps a visit count, read as s.visits.<node>
---@field stop? boolean for an ending in a course of sessions: the client stops coming after it
---@field talk? Talk client talk of every line without its own
---@field kind? TalkKind DARN-CAT subtype of the node's change or sustain talk
---@field topic? string a guarded topic (client.topics) these lines disclose: `deflect` is said until the client is ready
---@field order? "shuffled"|"fixed" shown order of the choices (default shuffled per session)
---@field choices? Choice[] at most 9
---@field unmatched? string|TextByState what the client says to a typed reply that fits no choice
---@field ending? string makes this node an ending, with this id
---@field outcome? Outcome for an ending
---@field debrief? string for an ending: what the trainee should learn
---@field title? string for an ending (required there): what the trainee reads, "Dana cancels the contract"

---@class Look
---@field skin? string "#rrggbb"
---@field hair? string "#rrggbb": the hair's colour (it greys with age)
---@field top? string "#rrggbb": the outer garment
---@field shirt? string "#rrggbb": the shirt under a jacket
---@field age? number 16-90 (35): lines, grey hair, a heavier posture past 50
---@field face? "oval"|"round"|"square"|"long"|string
---@field hair_style? "short"|"long"|"chin"|"tied"|"curly"|"balding"|"bald"|string
---@field facial_hair? "none"|"stubble"|"moustache"|"beard"|string
---@field glasses? "none"|"round"|"rectangle"|"half_rim"|string
---@field clothing? "collar"|"blouse"|"jacket"|"jacket_tie"|"sweater"|string
---@field build? "slight"|"average"|"broad"
---@field setting? "office"|"therapy"|"meeting"|string the room behind the client
---@field parts? table<string, table<string, string>> own parts by family and name, in the assets/avatar format

---@class Traits
---@field receptivity? number 1-5 (3): how much helpful moves help
---@field reactance_trait? number 0-1 (0.5): how much harmful moves hurt
---@field volatility? number 0-1 (0): chance of a line one band more resistant

---@class Client
---@field name string
---@field role? string
---@field pronoun? "she"|"he"|"they"
---@field manner? "combative"|"withdrawn"|"dismissive" how resistance shows past guarded
---@field difficulty? "introductory"|"intermediate"|"advanced" shown in the picker
---@field look? Look
---@field traits? Traits
---@field topics? table<string, {sensitivity: number}> guarded subjects, 0-100

---A typed reply in a test plan: the words, and the choice they must be taken as ("none": no choice).
---@class TypedStep
---@field type string what the trainee types
---@field expect string the id of the choice the words must be taken as, or "none"

---@class TestPlan
---@field name string
---@field choices (integer|string|TypedStep)[] by number offered, by choice id, or typed
---@field seed? integer
---@field expect table<string, string|number|boolean> ending, outcome, node, turns, complained, variables

---@class ModelChanges
---@field moves? table<string, {miti?: string, rapport?: number, discord?: number, reactance?: number, importance?: number, credibility?: number}>
---@field params? table<string, number>

---@class Rule
---@field when Condition
---@field go string

---@class Invariant
---@field [1] string what must hold, in words
---@field holds Condition
---@field at? string only at this ending

---@class BotGoals
---@field mi? table<string, string|number|boolean> expectations, as in a test plan
---@field righting? table<string, string|number|boolean>
---@field questions? table<string, string|number|boolean>
---@field random? table<string, string|number|boolean|string[]> expectations, and except = { ending ids } it need not reach

---@class AvatarChannels
---@field au1? number 0..1 FACS inner brow raiser
---@field au2? number 0..1 FACS outer brow raiser
---@field au2_one? number 0..1 FACS outer brow raiser, one side
---@field au4? number 0..1 FACS brow lowerer
---@field au5? number 0..1 FACS upper lid raiser
---@field au6? number 0..1 FACS cheek raiser
---@field au7? number 0..1 FACS lid tightener
---@field au9? number 0..1 FACS nose wrinkler
---@field au10? number 0..1 FACS upper lip raiser
---@field au12? number 0..1 FACS lip corner puller
---@field au12_one? number 0..1 FACS lip corner puller, one side
---@field au14? number 0..1 FACS dimpler
---@field au14_one? number 0..1 FACS dimpler, one side
---@field au15? number 0..1 FACS lip corner depressor
---@field au17? number 0..1 FACS chin raiser
---@field au23? number 0..1 FACS lip tightener
---@field au24? number 0..1 FACS lip pressor
---@field au26? number 0..1 FACS jaw drop
---@field au43? number 0..1 FACS eyes closed
---@field gaze_x? number -1..1
---@field gaze_y? number -1..1
---@field head_tilt? number -1..1
---@field head_turn? number -1..1
---@field head_nod? number -1..1
---@field lean? number -1 away..1 toward
---@field arms? number|"open"|"table"|"crossed"
---@field shoulders? number 0..1
---@field shoulders_in? number 0..1 hunched
---@field self_touch? number 0..1 a hand holding the other arm
---@field point? number 0..1 a finger pointed at the trainee
---@field check_watch? number 0..1
---@field flush? number 0..1
---@field tears? number 0..1
---@field brow_height? number -1..1 (sets au1, au2, au4)
---@field brow_angle? number -1 anger..1 worry (sets au1, au4)
---@field skeptic? number 0..1 (sets au2_one, au12_one, au14_one)
---@field eye_open? number 0..1.3 (sets au5, au43)
---@field mouth_curve? number -1 frown..1 smile (sets au12, au15)
---@field mouth_tension? number 0..1 (sets au23, au24)
---@field mouth_open? number 0..1 (sets au26)

---One session of a course: the first opens at the client's `start`.
---@class SessionSpec
---@field title string what the trainee reads, "Second session"
---@field start? string the node it opens at (required after the first)
---@field between? table<string, number|boolean> what changes before it: numbers added, flags set

---@class ScenarioSpec
---@field id string lower-case letters, digits and '-'
---@field title string
---@field setting string
---@field unmatched? string|TextByState what the client says to a typed reply that fits no choice
---@field client Client
---@field state? table<string, number|boolean|{[1]: number, min?: number, max?: number, step?: number}>
---@field start string
---@field walkout? string the ending the client walks out to (required with the model)
---@field turn_limit? {[1]: integer, go: string}
---@field rules? Rule[]
---@field model? false|ModelChanges
---@field nodes table<string, Node>
---@field tests? TestPlan[]
---@field bots? BotGoals what the persona bots should achieve (resistance-model.md section 7 by default)
---@field invariants? Invariant[] checked by rapport explore on every reachable state
---@field mode? "practice"|"assessment" how the window shows this client
---@field avatar? fun(s: State): AvatarChannels|nil overrides of the avatar's expression
---@field sessions? SessionSpec[] a course of 2 to 20 sessions (see the guide)

---Declares a client. A client file ends with `return scenario { ... }`.
---@param spec ScenarioSpec
---@return ScenarioSpec
function scenario(spec) end
