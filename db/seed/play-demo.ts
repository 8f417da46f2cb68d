// Plays a demo player's history through the real engine so every seeded number obeys the
// rules: exchanges scored with applyExchange, boss fights resolved with resolveBoss, and the
// final status reached the way a real player would reach it.
import {
  type Analysis,
  applyDecay,
  applyExchange,
  completeOnboarding,
  createEngineState,
  createRng,
  type EngineState,
  endGame,
  NEUTRAL_ANALYSIS,
  type Rng,
  recordNikitaMessages,
  recordPlayerMessage,
  resolveBoss,
  type ScoreHistoryEntry,
  sampleInt,
  sampleNormal,
  startBoss,
  TIME,
} from "@/lib/engine";
import { BAD_EXCHANGES, type DemoPlayer, GOOD_EXCHANGES } from "./demo-data";

export type DemoMessage = {
  role: "player" | "nikita";
  content: string;
  at: Date;
  explanation?: string;
  delta?: number;
};
export type DemoDay = {
  day: number;
  start: Date;
  messages: DemoMessage[];
  scoreStart: number;
  scoreEnd: number;
};
export type DemoPlay = { state: EngineState; history: ScoreHistoryEntry[]; days: DemoDay[]; startedAt: Date };

function analysisFor(rng: Rng, warmth: number): { analysis: Analysis; good: boolean } {
  const draw = () => Math.max(-3, Math.min(3, warmth + sampleNormal(rng) * 1.2));
  const deltas = { intimacy: draw(), passion: draw(), trust: draw(), secureness: draw() };
  const good = deltas.intimacy + deltas.trust >= 0;
  return {
    good,
    analysis: { ...NEUTRAL_ANALYSIS, deltas, confidence: 0.8, explanation: "" },
  };
}

export function playDemo(player: DemoPlayer, now: Date, seed: number): DemoPlay {
  const rng = createRng(seed);
  const startedAt = new Date(now.getTime() - player.days * TIME.msPerDay);
  const onboarded = completeOnboarding(
    createEngineState(startedAt),
    { darkness: player.darkness, isAdultConfirmed: true },
    startedAt,
  );
  if (!onboarded.ok) throw new Error("demo onboarding failed");
  let state = onboarded.state;
  const history: ScoreHistoryEntry[] = [];
  const days: DemoDay[] = [];

  for (let d = 0; d < player.days; d++) {
    if (state.game.status === "game_over" || state.game.status === "won") break;
    const dayStart = new Date(startedAt.getTime() + d * TIME.msPerDay + 18 * TIME.msPerHour);
    const decayed = applyDecay(state, new Date(dayStart.getTime() - 10 * TIME.msPerHour));
    state = decayed.state;
    history.push(...decayed.history);
    const count = sampleInt(rng, player.messagesPerDay[0], player.messagesPerDay[1]);
    const day: DemoDay = {
      day: d,
      start: dayStart,
      messages: [],
      scoreStart: state.game.score,
      scoreEnd: state.game.score,
    };
    for (let m = 0; m < count; m++) {
      // Two sessions a day, morning and evening, a few minutes between messages.
      const session = m < count / 2 ? -10 * TIME.msPerHour : 0;
      const at = new Date(dayStart.getTime() + session + m * 4 * TIME.msPerMinute);
      state = { ...state, game: recordPlayerMessage(state.game, at, player.timezone).game };
      if (state.game.status === "boss_fight") {
        const passed = state.game.chapter < player.targetChapter || player.outcome === "won";
        const resolved = resolveBoss(state, { verdict: passed ? "PASS" : "PARTIAL", confidence: 0.9 }, at);
        state = resolved.state;
        history.push(...resolved.history);
        day.messages.push({
          role: "player",
          content: "honestly? i'd tell you what i really think, even if you hate it",
          at,
        });
        day.messages.push({
          role: "nikita",
          content: passed ? "okay. that was the right answer." : "hm. not what i needed to hear.",
          at: new Date(at.getTime() + 30_000),
        });
        continue;
      }
      const { analysis, good } = analysisFor(rng, player.warmth);
      const pool = good ? GOOD_EXCHANGES : BAD_EXCHANGES;
      const [playerLine, herLine, explanation] = pool[sampleInt(rng, 0, pool.length - 1)]!;
      const result = applyExchange(state, { ...analysis, explanation }, { now: at });
      const scored = result.history.find((h) => h.kind === "conversation");
      state = { ...result.state, game: recordNikitaMessages(result.state.game, 1) };
      history.push(...result.history);
      day.messages.push({
        role: "player",
        content: playerLine,
        at,
        explanation,
        delta: scored ? scored.scoreAfter - scored.scoreBefore : 0,
      });
      day.messages.push({ role: "nikita", content: herLine, at: new Date(at.getTime() + 45_000) });
    }
    day.scoreEnd = state.game.score;
    days.push(day);
  }

  const end = new Date(now.getTime() - 2 * TIME.msPerHour);
  if (player.outcome === "boss_fight" && state.game.status === "active") {
    const boss = startBoss(state, end);
    state = boss.state;
    history.push(...boss.history);
  }
  if (player.outcome === "game_over" && state.game.status !== "game_over") {
    state = { ...state, game: endGame(state.game, "clingy", end).game };
  }
  if (player.outcome === "won" && state.game.status !== "won" && state.game.status !== "game_over") {
    // A player this good wins; if the dice did not get there, the last boss is passed now.
    while (state.game.status !== "won") {
      if (state.game.status !== "boss_fight") state = startBoss(state, end).state;
      const resolved = resolveBoss(state, { verdict: "PASS", confidence: 0.95 }, end);
      state = resolved.state;
      history.push(...resolved.history);
    }
  }
  return { state, history, days, startedAt };
}
