// Synthetic but realistic memory for the benchmark: one player's 10,000 distinct facts
// (people in his life × things they do or like), and the mix of queries a chat produces —
// questions, single words, short prefixes, misses (which take the substring fallback) and
// empty queries. Seeded, so every run searches the same data with the same queries.
import { createRng, type Rng } from "@/lib/engine/rng";
import type { FactInput } from "./types";

const PEOPLE = [
  "user",
  "sister",
  "brother",
  "mother",
  "father",
  "grandmother",
  "best friend",
  "boss",
  "flatmate",
  "ex",
  "cousin",
  "uncle",
  "aunt",
  "neighbour",
  "colleague",
  "dog",
  "cat",
  "therapist",
  "coach",
  "landlord",
  "friend Anna",
  "friend Ben",
  "friend Carla",
  "friend Deniz",
  "friend Emil",
  "friend Farah",
  "friend Gus",
  "friend Hana",
  "friend Ivo",
  "friend Jule",
  "friend Kai",
  "friend Lena",
  "friend Milo",
  "friend Nora",
  "friend Omar",
  "friend Pia",
  "friend Quinn",
  "friend Rosa",
  "friend Sami",
  "friend Tara",
  "friend Udo",
  "friend Vera",
  "friend Wim",
  "friend Xenia",
  "friend Yusuf",
  "friend Zoe",
  "teacher",
  "doctor",
  "barber",
  "trainer",
] as const;

const VERBS = [
  "likes",
  "hates",
  "collects",
  "plays",
  "studies",
  "visited",
  "wants to visit",
  "cooks",
  "reads about",
  "talks about",
] as const;

const TOPICS = {
  music: ["jazz", "techno", "opera", "punk", "hip hop", "folk", "ambient", "metal", "soul", "reggae"],
  food: [
    "ramen",
    "pizza",
    "falafel",
    "sushi",
    "currywurst",
    "tacos",
    "pho",
    "dumplings",
    "paella",
    "risotto",
  ],
  cities: ["Berlin", "Hamburg", "Munich", "Lisbon", "Tokyo", "Oslo", "Vienna", "Prague", "Madrid", "Seoul"],
  sports: [
    "football",
    "climbing",
    "tennis",
    "surfing",
    "boxing",
    "chess",
    "yoga",
    "running",
    "cycling",
    "rowing",
  ],
  films: [
    "Alien",
    "Amelie",
    "Heat",
    "Drive",
    "Arrival",
    "Parasite",
    "Casablanca",
    "Memento",
    "Solaris",
    "Vertigo",
  ],
  books: ["Dune", "Ulysses", "Beloved", "Momo", "Faust", "Solaris", "Emma", "Dracula", "Hamlet", "Walden"],
  games: ["Tetris", "Zelda", "Doom", "Portal", "Celeste", "Hades", "Myst", "Quake", "Halo", "Braid"],
  tech: ["Linux", "Rust", "Python", "Kubernetes", "Postgres", "Go", "Haskell", "Docker", "Vim", "Emacs"],
  art: ["Klimt", "Kahlo", "Monet", "Banksy", "Rothko", "Hopper", "Turner", "Goya", "Warhol", "Dali"],
  drinks: [
    "espresso",
    "matcha",
    "mezcal",
    "riesling",
    "kombucha",
    "stout",
    "gin",
    "sake",
    "chai",
    "lemonade",
  ],
  plants: ["ferns", "cacti", "orchids", "bonsai", "tulips", "basil", "ivy", "moss", "roses", "lavender"],
  animals: ["otters", "foxes", "owls", "whales", "ravens", "wolves", "bees", "geckos", "ferrets", "crows"],
  crafts: [
    "knitting",
    "pottery",
    "woodwork",
    "origami",
    "sewing",
    "calligraphy",
    "welding",
    "baking",
    "brewing",
    "printing",
  ],
  science: [
    "astronomy",
    "geology",
    "genetics",
    "chemistry",
    "botany",
    "physics",
    "neuroscience",
    "ecology",
    "optics",
    "robotics",
  ],
  history: [
    "Rome",
    "Byzantium",
    "the Hanse",
    "the Cold War",
    "Prussia",
    "the Bauhaus",
    "Weimar",
    "Venice",
    "the Mongols",
    "Babylon",
  ],
  languages: [
    "Spanish",
    "Japanese",
    "Turkish",
    "Polish",
    "Arabic",
    "Italian",
    "Korean",
    "Greek",
    "Dutch",
    "Swahili",
  ],
  shows: [
    "Dark",
    "Fleabag",
    "Severance",
    "Succession",
    "Babylon Berlin",
    "Lost",
    "Atlanta",
    "Shogun",
    "Chernobyl",
    "Frasier",
  ],
  hobbies: [
    "photography",
    "birdwatching",
    "gardening",
    "karaoke",
    "juggling",
    "skating",
    "diving",
    "fishing",
    "hiking",
    "dancing",
  ],
  places: [
    "the lake",
    "the forest",
    "the old bakery",
    "the flea market",
    "the club",
    "the harbour",
    "the rooftop",
    "the library",
    "the museum",
    "the park",
  ],
  brands: [
    "Leica",
    "Vespa",
    "Braun",
    "Lamy",
    "Moleskine",
    "Polaroid",
    "Fender",
    "Nintendo",
    "Patagonia",
    "Volvo",
  ],
} as const;
const CATEGORIES = Object.keys(TOPICS) as (keyof typeof TOPICS)[];

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;

/** PEOPLE × VERBS × CATEGORIES distinct (subject, predicate) keys: 50 × 10 × 20 = 10,000. */
export function benchFacts(count: number, seed: number): FactInput[] {
  const rng = createRng(seed);
  const facts: FactInput[] = [];
  for (const person of PEOPLE) {
    for (const verb of VERBS) {
      for (const category of CATEGORIES) {
        if (facts.length >= count) return facts;
        facts.push({
          subject: person,
          predicate: `${verb} ${category}`,
          object: pick(rng, TOPICS[category]),
          about: "user",
          confidence: Math.round((0.4 + 0.6 * rng()) * 100) / 100,
        });
      }
    }
  }
  return facts;
}

const QUESTION_TEMPLATES = [
  (p: string, t: string) => `does your ${p} still like ${t}?`,
  (p: string, t: string) => `what did my ${p} say about ${t}`,
  (p: string, t: string) => `remember when I told you about ${t} and my ${p}?`,
  (_p: string, t: string) => `${t}`,
  (_p: string, t: string) => `${t.slice(0, 2)}`,
  (_p: string, t: string) => `I was thinking about ${t} again today`,
] as const;
const MISSES = ["xylophonist", "quasar tattoo", "zeppelin", "qwerty", "submarine"];

/** The query mix: 80 % questions and words, 10 % misses (substring fallback), 10 % empty. */
export function benchQueries(count: number, seed: number): string[] {
  const rng = createRng(seed);
  const queries: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const roll = rng();
    if (roll < 0.1) queries.push("");
    else if (roll < 0.2) queries.push(pick(rng, MISSES));
    else {
      const topic = pick(rng, TOPICS[pick(rng, CATEGORIES)]);
      queries.push(pick(rng, QUESTION_TEMPLATES)(pick(rng, PEOPLE), topic));
    }
  }
  return queries;
}
