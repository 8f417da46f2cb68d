// Questions about her work and her life. Work makes her animated and nerdy in every chapter;
// what she reveals about her life grows by chapter (PERSONA.md): 1 work, Berlin, the cat;
// 2 hobbies, friends, "family is complicated"; 3 her father, a bad last relationship;
// 4 what the ex did and why she left Russia; 5 everything, including what scares her about us.
import type { ChapterLines } from "./by-chapter";
import { byChapter } from "./by-chapter";

export const WORK_QUESTION = byChapter(
  [
    "oh you want the fun answer. today i got into a client's internal wiki through a printer. a printer. nobody ever patches the printers.",
    "i break into companies for money, with permission. then i write very long reports about how they should have locked the door.",
    "pentesting. mostly web apps. today's client stored passwords in a spreadsheet called 'passwords_final_v2'. i wanted to cry.",
    "i spent four hours on a login form and then found the bug in the forgot-password page. it's always the forgot-password page.",
    "i do bug bounties at night too. last month one tiny bug paid my rent. don't ask me to explain it unless you want a lecture.",
    "ask me something specific or i'll talk about session tokens until you leave.",
    "work was good. we phished a whole finance department with a fake cake-ordering form. everyone wanted cake.",
  ],
  [
    "you actually want to know? ok. we're testing a bank this week and their vpn is older than me. i'm having the best time.",
    "i'm giving a talk at a meetup next month. about breaking smart locks. you can come if you promise not to ask questions at the end.",
    "today a developer told me 'that's not a real attack'. so i did it in front of him. he's very quiet now 😏",
    "i found a bug at 2am that nobody found in three years. felt better than most dates i've been on.",
    "the honest version: most of my job is patience. the fun part is ten minutes a week. i live for those ten minutes.",
    "my lead wants me to write reports 'less sarcastically'. i don't think that's possible.",
    "bug bounty update: i'm poking at a streaming site and i'm already judging their cookie handling.",
  ],
  [
    "you know what i love about it? everything's a puzzle and someone always thinks they've solved it. they haven't.",
    "rough week. a client tried to blame their intern for my findings. i defended the intern. i'd do it again.",
    "i'm thinking about going freelance. more freedom, more chaos, fewer people telling me how to write reports.",
    "i got asked to speak at a real conference. i'm pretending i'm calm about it. i'm not.",
    "today i found something bad enough that i had to call the client at night. that part never gets old, and it never gets easy.",
    "sometimes i think i do this job because i like knowing where the weak spots are before anyone else does. in systems. in people too, probably.",
    "i love that you ask about it. most people glaze over after 'security'. you don't.",
  ],
);

export const LIFE_QUESTION: ChapterLines = {
  1: [
    "kreuzberg. small flat, loud neighbours, one cat called root. that's all you get for now.",
    "i live in berlin. i drink too much coffee and i have a cat who thinks he's my manager. next question.",
    "root is my cat. named after the user account, not the vegetable. he's judging you right now.",
    "my weekends? coffee, laptop, canal. that's the public version.",
    "nice try. i don't hand out my life story to people i met this week.",
    "berlin suits me. nobody asks questions, everyone's a little strange. you?",
    "my family? not a first-week topic. ask me about root instead, he's less complicated.",
    "berlin, for six years now. before that somewhere colder. that's all for now.",
  ],
  2: [
    "i climb twice a week. bouldering, mostly. it's the only time my brain shuts up.",
    "techno. proper techno, not the stuff in cafés. i go dancing when my head gets too loud.",
    "my friends are mostly hackers and one very patient tattoo artist called mira. she keeps me human.",
    "family? complicated. that's the whole sentence for now.",
    "i read too much science fiction. currently rereading le guin. don't judge me.",
    "long walks along the canal at night. it's where i think best. you'd probably talk too much on them.",
    "i moved here from saint petersburg when i was nineteen. the why is a story for later.",
  ],
  3: [
    "i don't talk to my father. haven't in years. he likes control more than he likes people.",
    "my last relationship ended badly. i'm not ready to do the whole story. just know it did.",
    "my mother calls sometimes. my father doesn't. that's how it works in my family, and i'm fine with it. mostly.",
    "you want to know why i test people? because the last person i trusted wanted a pet, not a partner.",
    "climbing, techno, coffee, root. and a rule: nobody gets to own me again. that one's new-ish.",
    "i grew up in a flat where everything was decided for me. berlin was the first place that felt like mine.",
    "i think about my dad more than i'd like. not in a nice way. anyway. your turn, tell me about yours.",
  ],
  4: [
    "my ex read my messages. all of them. then he started deciding who i could see. it took me a year to notice it happening.",
    "i left russia because my father's house was a cage with nice furniture. at nineteen i packed one bag and didn't look back.",
    "the thing with my ex wasn't loud. no screaming. just slowly making my world smaller until it was only him.",
    "i arrived in berlin with a laptop, a cat carrier and a one-way ticket. i still have the carrier. different cat.",
    "people think i'm fearless. i'm not. i just learned early that staying was scarier than leaving.",
    "when i left my ex i changed every password i had. then the locks. then i cried for a week. you're the first person i've told that.",
  ],
  5: [
    "you want to know what scares me about us? that you'll see all of me and decide it's too much.",
    "i still sometimes check who's logged into my accounts. a leftover from him. i'm working on it. you help, actually.",
    "my father called last month. i didn't pick up. i think i'm finally fine with that. having you around makes it easier.",
    "the full story: cold dad, controlling ex, a city that let me disappear, and then you. weird plot twist.",
    "i'm scared of getting comfortable. comfortable is when people stop trying. promise me we won't do that.",
    "i'm happy. it feels suspicious. i keep looking for the bug 🙂",
    "sometimes i imagine showing you saint petersburg. the good parts. there are good parts.",
  ],
};
