/**
 * One Bolt connection of the fake Neo4j server: the handshake, chunked framing and the
 * message state machine neo4j-driver 6 drives for `executeQuery`, sessions and transactions.
 *
 * Handshake: the driver proposes the manifest negotiation (255.1) first; the fake answers it
 * with one range, Bolt 5.4 down to 5.0, and no capabilities, so the driver settles on 5.4
 * (HELLO + LOGON authentication, TELEMETRY). After a FAILURE every message but RESET and
 * GOODBYE is IGNORED, as on Neo4j; a failed LOGON ends the connection.
 */
import type { Socket } from "node:net";
import { type Graph, type LockTable, Transaction } from "./neo4j-graph";
import { type PackValue, pack, Structure, unpackMessage } from "./neo4j-packstream";
import { CypherFailure, findStatement, type Params, type Row } from "./neo4j-statements";

const BOLT_MAGIC = 0x6060b017;
const MANIFEST_V1 = 0x000001ff;
/** The answered range: [0, range, minor, major] = 5.4 … 5.0. */
const OFFERED_RANGE = [0x00, 0x04, 0x04, 0x05];
const HANDSHAKE_BYTES = 20;
const MAX_CHUNK = 0xffff;
const SERVER_AGENT = "Neo4j/5.26.0";
const DATABASE = "neo4j";

const REQ = {
  HELLO: 0x01,
  GOODBYE: 0x02,
  RESET: 0x0f,
  RUN: 0x10,
  BEGIN: 0x11,
  COMMIT: 0x12,
  ROLLBACK: 0x13,
  DISCARD: 0x2f,
  PULL: 0x3f,
  TELEMETRY: 0x54,
  ROUTE: 0x66,
  LOGON: 0x6a,
  LOGOFF: 0x6b,
} as const;
const RES = { SUCCESS: 0x70, RECORD: 0x71, IGNORED: 0x7e, FAILURE: 0x7f } as const;

export type RecordedStatement = { query: string; params: Params; database: string | null };

/** What every connection shares with the server. */
export type BoltServerContext = {
  graph: Graph;
  locks: LockTable;
  user: string;
  password: string;
  port: () => number;
  record: (statement: RecordedStatement) => void;
  nextConnectionId: () => string;
  nextBookmark: () => string;
};

type Result = { fields: string[]; rows: Row[]; type: string; isAutoCommit: boolean };
type Meta = { [key: string]: PackValue };

const asMap = (v: PackValue | undefined): Meta =>
  v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Structure) && !(v instanceof Uint8Array)
    ? v
    : {};

export class BoltConnection {
  private pending = Buffer.alloc(0);
  private phase: "handshake" | "selection" | "messages" = "handshake";
  private chunks: Buffer[] = [];
  private queue: Promise<void> = Promise.resolve();
  private isAuthenticated = false;
  private isFailed = false;
  private isClosed = false;
  private tx: Transaction | null = null;
  private results = new Map<bigint, Result>();
  private nextQid = 0n;

  constructor(
    private readonly socket: Socket,
    private readonly ctx: BoltServerContext,
  ) {
    socket.on("data", (data) => this.receive(data));
    socket.on("close", () => this.closed());
    socket.on("error", () => this.closed());
  }

  drop() {
    this.socket.destroy();
    this.closed();
  }

  private closed() {
    if (this.isClosed) return;
    this.isClosed = true;
    this.endTransaction(false);
  }

  private receive(data: Buffer) {
    this.pending = Buffer.concat([this.pending, data]);
    if (this.phase === "handshake") this.handshake();
    if (this.phase === "selection") this.selection();
    if (this.phase === "messages") this.frames();
  }

  private handshake() {
    if (this.pending.length < HANDSHAKE_BYTES) return;
    const proposals = [4, 8, 12, 16].map((offset) => this.pending.readUInt32BE(offset));
    const isBolt = this.pending.readUInt32BE(0) === BOLT_MAGIC;
    this.pending = this.pending.subarray(HANDSHAKE_BYTES);
    if (!isBolt || !proposals.includes(MANIFEST_V1)) {
      // Not a Bolt client this fake can talk to: "no version" and hang up.
      this.socket.end(Buffer.alloc(4));
      return;
    }
    this.socket.write(Buffer.from([0x00, 0x00, 0x01, 0xff, 0x01, ...OFFERED_RANGE, 0x00]));
    this.phase = "selection";
  }

  /** The driver's choice: a 4-byte version and a varint of capabilities. */
  private selection() {
    let end = 4;
    while (end < this.pending.length && (this.pending[end] ?? 0) >= 0x80) end += 1;
    if (end >= this.pending.length) return;
    this.pending = this.pending.subarray(end + 1);
    this.phase = "messages";
  }

  private frames() {
    while (this.pending.length >= 2) {
      const size = this.pending.readUInt16BE(0);
      if (this.pending.length < 2 + size) return;
      const chunk = this.pending.subarray(2, 2 + size);
      this.pending = this.pending.subarray(2 + size);
      if (size > 0) {
        this.chunks.push(chunk);
        continue;
      }
      if (this.chunks.length === 0) continue; // a NOOP keep-alive
      const message = unpackMessage(Buffer.concat(this.chunks));
      this.chunks = [];
      this.queue = this.queue.then(() => this.handle(message)).catch(() => this.drop());
    }
  }

  private send(signature: number, ...fields: PackValue[]) {
    if (this.isClosed) return;
    const body = pack(new Structure(signature, fields));
    const parts: Buffer[] = [];
    for (let offset = 0; offset < body.length; offset += MAX_CHUNK) {
      const chunk = body.subarray(offset, offset + MAX_CHUNK);
      const header = Buffer.alloc(2);
      header.writeUInt16BE(chunk.length);
      parts.push(header, chunk);
    }
    parts.push(Buffer.alloc(2));
    this.socket.write(Buffer.concat(parts));
  }

  private success(metadata: Meta = {}) {
    this.send(RES.SUCCESS, metadata);
  }

  private fail(code: string, message: string) {
    this.endTransaction(false);
    this.isFailed = true;
    this.send(RES.FAILURE, { code, message });
  }

  private endTransaction(isCommit: boolean) {
    const tx = this.tx;
    this.tx = null;
    this.results.clear();
    if (!tx) return;
    if (isCommit) tx.commit();
    else tx.discard();
    this.ctx.locks.release(tx);
  }

  private async handle(message: Structure) {
    const [first, second, third] = message.fields;
    if (message.signature === REQ.GOODBYE) return this.drop();
    if (message.signature === REQ.RESET) {
      this.endTransaction(false);
      this.isFailed = false;
      return this.success();
    }
    if (this.isFailed) return this.send(RES.IGNORED);
    switch (message.signature) {
      case REQ.HELLO:
        return this.success({
          server: SERVER_AGENT,
          connection_id: this.ctx.nextConnectionId(),
          hints: { "telemetry.enabled": true },
        });
      case REQ.LOGON:
        return this.logon(asMap(first));
      case REQ.LOGOFF:
        this.isAuthenticated = false;
        return this.success();
      default:
        if (!this.isAuthenticated) {
          return this.fail(
            "Neo.ClientError.Security.Unauthorized",
            "The client is unauthorized due to authentication failure.",
          );
        }
    }
    switch (message.signature) {
      case REQ.TELEMETRY:
        return this.success();
      case REQ.ROUTE:
        return this.route();
      case REQ.BEGIN:
        if (this.tx) return this.fail("Neo.ClientError.Request.Invalid", "a transaction is already open");
        this.tx = new Transaction(this.ctx.graph);
        this.nextQid = 0n;
        return this.success();
      case REQ.RUN:
        return this.run(String(first), asMap(second), asMap(third));
      case REQ.PULL:
      case REQ.DISCARD:
        return this.stream(asMap(first), message.signature === REQ.DISCARD);
      case REQ.COMMIT:
        if (!this.tx) return this.fail("Neo.ClientError.Request.Invalid", "no transaction to commit");
        this.endTransaction(true);
        return this.success({ bookmark: this.ctx.nextBookmark(), db: DATABASE });
      case REQ.ROLLBACK:
        this.endTransaction(false);
        return this.success();
      default:
        return this.fail(
          "Neo.ClientError.Request.Invalid",
          `unsupported message 0x${message.signature.toString(16)}`,
        );
    }
  }

  private logon(auth: Meta) {
    const isValid =
      auth.scheme === "basic" && auth.principal === this.ctx.user && auth.credentials === this.ctx.password;
    if (!isValid) {
      this.fail(
        "Neo.ClientError.Security.Unauthorized",
        "The client is unauthorized due to authentication failure.",
      );
      this.socket.end();
      return;
    }
    this.isAuthenticated = true;
    this.success();
  }

  private route() {
    const address = `127.0.0.1:${this.ctx.port()}`;
    this.success({
      rt: {
        ttl: 300n,
        db: DATABASE,
        servers: ["WRITE", "READ", "ROUTE"].map((role) => ({ addresses: [address], role })),
      },
    });
  }

  private async run(query: string, params: Params, extra: Meta) {
    this.ctx.record({ query, params, database: typeof extra.db === "string" ? extra.db : null });
    const isAutoCommit = this.tx === null;
    const tx = this.tx ?? new Transaction(this.ctx.graph);
    try {
      const statement = findStatement(query);
      await this.ctx.locks.acquire(tx, statement.locks?.(tx, params) ?? []);
      if (this.isClosed) {
        if (isAutoCommit) this.ctx.locks.release(tx);
        return;
      }
      const rows = statement.run(tx, params);
      const type = statement.type === "w" && !tx.wrote ? "r" : statement.type;
      const result = { fields: statement.fields, rows, type, isAutoCommit };
      if (isAutoCommit) {
        tx.commit();
        this.ctx.locks.release(tx);
        this.results.set(-1n, result);
        return this.success({ fields: statement.fields, t_first: 0n });
      }
      const qid = this.nextQid;
      this.nextQid += 1n;
      this.results.set(qid, result);
      this.success({ fields: statement.fields, t_first: 0n, qid });
    } catch (error) {
      if (isAutoCommit) {
        tx.discard();
        this.ctx.locks.release(tx);
      }
      if (error instanceof CypherFailure) return this.fail(error.code, error.message);
      throw error;
    }
  }

  private stream(extra: Meta, isDiscard: boolean) {
    const wanted = typeof extra.qid === "bigint" && extra.qid >= 0n ? extra.qid : this.lastQid();
    const result = this.results.get(wanted);
    if (!result) return this.fail("Neo.ClientError.Request.Invalid", "no open result to pull from");
    const n = typeof extra.n === "bigint" && extra.n >= 0n ? Number(extra.n) : result.rows.length;
    const batch = result.rows.splice(0, isDiscard ? result.rows.length : n);
    if (!isDiscard) for (const row of batch) this.send(RES.RECORD, row);
    if (result.rows.length > 0) return this.success({ has_more: true });
    this.results.delete(wanted);
    const summary: Meta = { type: result.type, t_last: 0n, db: DATABASE };
    if (result.isAutoCommit && result.type !== "r") summary.bookmark = this.ctx.nextBookmark();
    this.success(summary);
  }

  private lastQid(): bigint {
    return this.tx ? this.nextQid - 1n : -1n;
  }
}
