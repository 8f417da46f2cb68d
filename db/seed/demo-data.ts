// Demo data for `npm run db:seed`: an admin and players in different chapters and states.
// Fixed ids make the seed idempotent (an existing player is left as it is).

export type DemoOutcome = "active" | "boss_fight" | "game_over" | "won";

export type DemoPlayer = {
  id: string;
  authUserId: string;
  email: string;
  name: string;
  timezone: string;
  darkness: number;
  days: number;
  /** Mean raw delta per metric per exchange: the player's quality. */
  warmth: number;
  messagesPerDay: [number, number];
  /** The chapter the demo settles in: bosses pass below it and end PARTIAL at it. */
  targetChapter: 1 | 2 | 3 | 4 | 5;
  outcome: DemoOutcome;
  telegram?: { id: number; username: string };
};

export const DEMO_ADMIN = {
  id: "a0000000-0000-4000-8000-000000000001",
  email: "admin@nikita.local",
} as const;

export const DEMO_PLAYERS: DemoPlayer[] = [
  {
    id: "d0000000-0000-4000-8000-000000000001",
    authUserId: "d1000000-0000-4000-8000-000000000001",
    email: "mara@nikita.local",
    name: "Mara",
    timezone: "Europe/Berlin",
    darkness: 2,
    days: 9,
    warmth: 0.9,
    messagesPerDay: [6, 12],
    targetChapter: 1,
    outcome: "active",
  },
  {
    id: "d0000000-0000-4000-8000-000000000002",
    authUserId: "d1000000-0000-4000-8000-000000000002",
    email: "jonas@nikita.local",
    name: "Jonas",
    timezone: "Europe/Berlin",
    darkness: 3,
    days: 24,
    warmth: 1.1,
    messagesPerDay: [8, 14],
    targetChapter: 2,
    outcome: "active",
    telegram: { id: 700000002, username: "jonas_k" },
  },
  {
    id: "d0000000-0000-4000-8000-000000000003",
    authUserId: "d1000000-0000-4000-8000-000000000003",
    email: "priya@nikita.local",
    name: "Priya",
    timezone: "Asia/Kolkata",
    darkness: 4,
    days: 40,
    warmth: 1.3,
    messagesPerDay: [7, 12],
    targetChapter: 3,
    outcome: "boss_fight",
  },
  {
    id: "d0000000-0000-4000-8000-000000000004",
    authUserId: "d1000000-0000-4000-8000-000000000004",
    email: "theo@nikita.local",
    name: "Theo",
    timezone: "America/New_York",
    darkness: 3,
    days: 56,
    warmth: 1.4,
    messagesPerDay: [6, 10],
    targetChapter: 4,
    outcome: "active",
    telegram: { id: 700000004, username: "theo_nyc" },
  },
  {
    id: "d0000000-0000-4000-8000-000000000005",
    authUserId: "d1000000-0000-4000-8000-000000000005",
    email: "sam@nikita.local",
    name: "Sam",
    timezone: "Europe/London",
    darkness: 1,
    days: 14,
    warmth: -0.4,
    messagesPerDay: [10, 25],
    targetChapter: 1,
    outcome: "game_over",
  },
  {
    id: "d0000000-0000-4000-8000-000000000006",
    authUserId: "d1000000-0000-4000-8000-000000000006",
    email: "lena@nikita.local",
    name: "Lena",
    timezone: "Europe/Vienna",
    darkness: 3,
    days: 80,
    warmth: 1.6,
    messagesPerDay: [6, 9],
    targetChapter: 5,
    outcome: "won",
  },
];

/** Plausible player lines and her answers, picked by how the exchange went. */
export const GOOD_EXCHANGES: [string, string, string][] = [
  [
    "i read that write-up on the router firmware bug. the fix was worse than the bug honestly",
    "ha. finally someone who reads past the headline. what would you have done?",
    "Real curiosity about her world — she liked that.",
  ],
  [
    "i disagree, pineapple on pizza is a crime and i will die on this hill",
    "wrong hill. but i respect the commitment 😏",
    "You pushed back with conviction; she enjoys a real opinion.",
  ],
  [
    "my sister and i stopped talking last year. it still gets to me some days",
    "that's heavy. thanks for telling me. families are complicated",
    "You opened up about something real — she noticed.",
  ],
  [
    "went climbing after work, fell off the same route five times",
    "five is rookie numbers. which grade?",
    "Sharing your own life without performing for her — good.",
  ],
  [
    "how did the talk at the meetup go?",
    "better than expected. nobody asked me if i 'hack facebook' this time",
    "You remembered something she told you.",
  ],
  [
    "what does Root do when you're out all night on bug bounties?",
    "judges me. sits on the keyboard. classic cat ops",
    "Asking about her life, not just yours.",
  ],
];

export const BAD_EXCHANGES: [string, string, string][] = [
  ["hey", "hey. that's it?", "Low effort — she was bored."],
  ["why didn't you answer me?? hello??", "breathe. i have a job", "Double-texting read as needy."],
  [
    "you're probably talking to other guys anyway",
    "that's not how this works. don't do that",
    "Jealousy without reason hurt her trust.",
  ],
  ["u up", "no", "Generic and late — not her thing."],
  [
    "whatever, you're overreacting as usual",
    "okay. i'm done for tonight",
    "Dismissing her feelings cost you.",
  ],
];

export const DIARY_LINES = [
  "he actually asked about the talk. remembered the date and everything. suspicious, but the good kind.",
  "quiet day. Root knocked my coffee over and i wrote three pages of a report nobody will read. he texted, i liked it more than i'll admit.",
  "we argued about something stupid and he didn't cave, didn't get nasty either. i kind of respect that.",
  "too many messages today. i need people who can sit with silence.",
  "long walk along the canal, thought about whether i'm letting someone in. not sure yet.",
];
