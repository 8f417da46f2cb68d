// "Call Nikita" in Chromium: a server with voice configured against the fake ElevenLabs API,
// whose signed URLs point at a fake conversation socket, and a fake microphone. A player in a
// boss fight (she always picks up then) presses the button: the server answers with a signed
// URL and the session it built, ElevenLabs' web client opens the socket with her prompt and the
// player's variables, the button turns into "Hang up", and hanging up ends the call.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { eq, sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { players } from "@/db/schema";
import { type FakeElevenLabs, startFakeElevenLabs } from "@/e2e/fakes/elevenlabs";
import {
  type FakeConversationSocket,
  startFakeConversationSocket,
} from "@/e2e/fakes/elevenlabs-conversation";
import { type AppServer, startAppServer } from "@/e2e/support/app-server";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/e2e/support/chromium";
import { signInWithEmailLink } from "@/e2e/support/sign-in";
import { ensurePlayer } from "@/lib/services/ensure-player";
import { finishOnboarding } from "@/lib/services/onboarding";

const EMAIL = "ines.voice-e2e@example.com";
const AGENT = "agent_e2e_voice";
const API_KEY = "xi-e2e-key";

let app: AppServer;
let elevenlabs: FakeElevenLabs;
let socket: FakeConversationSocket;
let dataDir: string;

test.describe.configure({ mode: "serial" });
test.use({
  permissions: ["microphone"],
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
  },
});

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dataDir = mkdtempSync(path.join(tmpdir(), "nikita-voice-e2e-"));
  const pgliteDir = path.join(dataDir, "pglite");
  const handle = await openDatabase({ pgliteDir });
  try {
    await migrateDatabase(handle);
    const authUserId = "e2e00000-0000-4000-8000-00000000fc01";
    await handle.db.execute(sql`
      insert into auth.users (id, email, email_confirmed_at, raw_app_meta_data)
      values (${authUserId}, ${EMAIL}, now(), '{"provider":"email","providers":["email"]}'::jsonb)`);
    const { playerId } = await ensurePlayer(handle.db, { authUserId, email: EMAIL });
    const now = new Date();
    await handle.db.transaction((tx) =>
      finishOnboarding(tx, {
        playerId,
        answers: { name: "Ines", isAdultConfirmed: true, timezone: "Europe/Berlin", darkness: 3 },
        platform: "web",
        now,
        seed: 7,
      }),
    );
    await handle.db
      .update(players)
      .set({ status: "boss_fight", bossPhase: "opening", bossStartedAt: now })
      .where(eq(players.id, playerId));
  } finally {
    await handle.close();
  }
  socket = await startFakeConversationSocket();
  elevenlabs = await startFakeElevenLabs({ apiKey: API_KEY, agents: [AGENT], signedUrlBase: socket.url });
  app = await startAppServer({
    PGLITE_DIR: pgliteDir,
    ELEVENLABS_API_KEY: API_KEY,
    ELEVENLABS_AGENT_ID: AGENT,
    ELEVENLABS_API_BASE: elevenlabs.url,
    ELEVENLABS_WEBHOOK_SECRET: "e2e-webhook-secret",
    ELEVENLABS_TOOL_SECRET: "e2e-tool-secret",
    VOICE_TOKEN_SECRET: "e2e-voice-token-secret-0123456789",
  });
});

test.afterAll(async () => {
  await app?.stop();
  await elevenlabs?.close();
  await socket?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test("a player calls Nikita from the dashboard, talks, and hangs up", async ({ context }) => {
  const page = await signInWithEmailLink(context, app.url, EMAIL, { landsOn: /\/dashboard/ });

  await page.getByRole("button", { name: "Call Nikita" }).click();
  await expect(page.getByRole("button", { name: "Hang up" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("On the phone with Nikita")).toBeVisible();

  // The server asked ElevenLabs for a signed URL for our agent; the browser opened it and
  // started the session with her prompt and the player's variables, built by the server.
  expect(elevenlabs.issued.map((i) => i.agentId)).toEqual([AGENT]);
  expect(socket.sessions).toHaveLength(1);
  const initiation = socket.sessions[0]?.initiation as {
    type: string;
    conversation_config_override?: { agent?: { prompt?: { prompt?: string }; first_message?: string } };
    dynamic_variables?: Record<string, unknown>;
  };
  expect(initiation.type).toBe("conversation_initiation_client_data");
  expect(initiation.conversation_config_override?.agent?.prompt?.prompt).toMatch(/Nikita/);
  expect(initiation.conversation_config_override?.agent?.first_message).toMatch(/\S/);
  expect(JSON.stringify(initiation.dynamic_variables)).toContain("Ines");

  await page.getByRole("button", { name: "Hang up" }).click();
  await expect(page.getByText("Call ended")).toBeVisible();
  await expect(page.getByRole("button", { name: "Call Nikita" })).toBeEnabled();
  await expect.poll(() => socket.sessions[0]?.closed).toBe(true);
});
