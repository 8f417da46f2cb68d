import { checkBossTimeout } from "../boss";
import { recordNikitaMessages, recordPlayerMessage } from "../conversation";
import { applyDecay } from "../decay";
import { momentumMultiplier, replyDelaySeconds } from "../delay";
import { applyExchange } from "../exchange";
import { createRateLimitState, registerMessage } from "../rate-limit";
import { createRng } from "../rng";
import { patchState } from "../state";
import { activeState, analysis, T0 } from "../testing";

const N = 300000;
function bench(name: string, f: (i: number) => void) {
  for (let i = 0; i < 20000; i++) f(i);
  const c0 = process.cpuUsage();
  for (let i = 0; i < N; i++) f(i);
  const c = process.cpuUsage(c0);
  console.log(name.padEnd(24), (((c.user + c.system) / N) * 1000).toFixed(0), "ns");
}
const st = activeState(T0);
const a1 = analysis({ deltas: { intimacy: 0.5, passion: -0.3, trust: 0.2, secureness: 0.1 } });
const t0 = T0.getTime();
bench("applyDecay in grace", (i) => applyDecay(st, new Date(t0 + (i % 7) * 3600_000)));
bench("applyDecay due", (i) => applyDecay(st, new Date(t0 + (10 + (i % 7)) * 3600_000)));
bench("checkBossTimeout", (i) => checkBossTimeout(st, new Date(t0 + i)));
bench("applyExchange", (i) => applyExchange(st, a1, { now: new Date(t0 + i) }));
bench("recordPlayerMessage", (i) => recordPlayerMessage(st.game, new Date(t0 + i * 1000), "UTC"));
bench("recordNikitaMessages", () => recordNikitaMessages(st.game, 1));
let rl = createRateLimitState();
bench("registerMessage", (i) => {
  rl = registerMessage(rl, new Date(t0 + i * 5000), false).state;
});
const rng = createRng(1);
bench("replyDelay", () =>
  replyDelaySeconds(
    { chapter: 2, isNewConversation: true, isBossFight: false, momentum: momentumMultiplier(st.game) },
    rng,
  ),
);
bench("patchState", () => patchState(st, { game: st.game }));
bench("new Date", (i) => new Date(t0 + i));
