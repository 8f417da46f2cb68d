/**
 * PackStream v2 (Bolt 5) encode/decode for the fake Neo4j server. Integers decode to `bigint`
 * and floats to `number`, so a value keeps its Cypher type through the fake's graph: an
 * epoch-ms property sent as neo4j.int comes back as a PackStream INT (smallest tier that
 * holds it), a confidence as FLOAT64, and the driver's own conversions run on the way back.
 */

export class Structure {
  constructor(
    readonly signature: number,
    readonly fields: PackValue[],
  ) {}
}

export type PackValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | Uint8Array
  | Structure
  | PackValue[]
  | { [key: string]: PackValue };

const TINY_INT_MIN = -16n;
const TINY_INT_MAX = 127n;
const INT8_MIN = -128n;
const INT16_MIN = -32_768n;
const INT16_MAX = 32_767n;
const INT32_MIN = -2_147_483_648n;
const INT32_MAX = 2_147_483_647n;

/** Marker bytes (high nibble for the tiny forms). */
const M = {
  null: 0xc0,
  float: 0xc1,
  false: 0xc2,
  true: 0xc3,
  int8: 0xc8,
  int16: 0xc9,
  int32: 0xca,
  int64: 0xcb,
  bytes8: 0xcc,
  bytes16: 0xcd,
  bytes32: 0xce,
  tinyString: 0x80,
  string8: 0xd0,
  string16: 0xd1,
  string32: 0xd2,
  tinyList: 0x90,
  list8: 0xd4,
  list16: 0xd5,
  list32: 0xd6,
  tinyMap: 0xa0,
  map8: 0xd8,
  map16: 0xd9,
  map32: 0xda,
  tinyStruct: 0xb0,
} as const;

class Writer {
  private parts: Buffer[] = [];
  bytes(...values: number[]) {
    this.parts.push(Buffer.from(values));
  }
  raw(buf: Buffer) {
    this.parts.push(buf);
  }
  sized(marker: number, width: 1 | 2 | 4, size: number) {
    const buf = Buffer.alloc(1 + width);
    buf[0] = marker;
    if (width === 1) buf.writeUInt8(size, 1);
    else if (width === 2) buf.writeUInt16BE(size, 1);
    else buf.writeUInt32BE(size, 1);
    this.parts.push(buf);
  }
  header(size: number, tiny: number | null, [m8, m16, m32]: readonly [number, number, number]) {
    if (tiny !== null && size < 16) this.bytes(tiny | size);
    else if (size <= 0xff) this.sized(m8, 1, size);
    else if (size <= 0xffff) this.sized(m16, 2, size);
    else this.sized(m32, 4, size);
  }
  done(): Buffer {
    return Buffer.concat(this.parts);
  }
}

function writeInt(w: Writer, value: bigint) {
  if (value >= TINY_INT_MIN && value <= TINY_INT_MAX) return w.bytes(Number(value) & 0xff);
  const buf = Buffer.alloc(9);
  if (value >= INT8_MIN && value <= TINY_INT_MAX) {
    buf[0] = M.int8;
    buf.writeInt8(Number(value), 1);
    return w.raw(buf.subarray(0, 2));
  }
  if (value >= INT16_MIN && value <= INT16_MAX) {
    buf[0] = M.int16;
    buf.writeInt16BE(Number(value), 1);
    return w.raw(buf.subarray(0, 3));
  }
  if (value >= INT32_MIN && value <= INT32_MAX) {
    buf[0] = M.int32;
    buf.writeInt32BE(Number(value), 1);
    return w.raw(buf.subarray(0, 5));
  }
  buf[0] = M.int64;
  buf.writeBigInt64BE(value, 1);
  w.raw(buf);
}

function writeValue(w: Writer, value: PackValue | undefined) {
  if (value === null || value === undefined) return w.bytes(M.null);
  if (typeof value === "boolean") return w.bytes(value ? M.true : M.false);
  if (typeof value === "bigint") return writeInt(w, value);
  if (typeof value === "number") {
    const buf = Buffer.alloc(9);
    buf[0] = M.float;
    buf.writeDoubleBE(value, 1);
    return w.raw(buf);
  }
  if (typeof value === "string") {
    const utf8 = Buffer.from(value, "utf8");
    w.header(utf8.length, M.tinyString, [M.string8, M.string16, M.string32]);
    return w.raw(utf8);
  }
  if (value instanceof Uint8Array) {
    w.header(value.length, null, [M.bytes8, M.bytes16, M.bytes32]);
    return w.raw(Buffer.from(value));
  }
  if (value instanceof Structure) {
    w.bytes(M.tinyStruct | value.fields.length, value.signature);
    for (const field of value.fields) writeValue(w, field);
    return;
  }
  if (Array.isArray(value)) {
    w.header(value.length, M.tinyList, [M.list8, M.list16, M.list32]);
    for (const item of value) writeValue(w, item);
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  w.header(entries.length, M.tinyMap, [M.map8, M.map16, M.map32]);
  for (const [key, item] of entries) {
    writeValue(w, key);
    writeValue(w, item);
  }
}

export function pack(value: PackValue): Buffer {
  const w = new Writer();
  writeValue(w, value);
  return w.done();
}

class Reader {
  private pos = 0;
  constructor(private readonly buf: Buffer) {}
  u8() {
    const v = this.buf.readUInt8(this.pos);
    this.pos += 1;
    return v;
  }
  size(width: 1 | 2 | 4) {
    const v =
      width === 1
        ? this.buf.readUInt8(this.pos)
        : width === 2
          ? this.buf.readUInt16BE(this.pos)
          : this.buf.readUInt32BE(this.pos);
    this.pos += width;
    return v;
  }
  take(n: number) {
    const slice = this.buf.subarray(this.pos, this.pos + n);
    if (slice.length < n) throw new Error("PackStream: truncated value");
    this.pos += n;
    return slice;
  }
}

function readString(r: Reader, size: number) {
  return r.take(size).toString("utf8");
}

function readList(r: Reader, size: number): PackValue[] {
  return Array.from({ length: size }, () => readValue(r));
}

function readMap(r: Reader, size: number): { [key: string]: PackValue } {
  const map: { [key: string]: PackValue } = {};
  for (let i = 0; i < size; i += 1) {
    const key = readValue(r);
    if (typeof key !== "string") throw new Error("PackStream: map key is not a string");
    map[key] = readValue(r);
  }
  return map;
}

function readValue(r: Reader): PackValue {
  const marker = r.u8();
  const high = marker & 0xf0;
  const low = marker & 0x0f;
  if (marker <= 0x7f) return BigInt(marker);
  if (marker >= 0xf0) return BigInt(marker - 0x100);
  if (high === M.tinyString) return readString(r, low);
  if (high === M.tinyList) return readList(r, low);
  if (high === M.tinyMap) return readMap(r, low);
  if (high === M.tinyStruct) {
    const signature = r.u8();
    return new Structure(signature, readList(r, low));
  }
  switch (marker) {
    case M.null:
      return null;
    case M.false:
      return false;
    case M.true:
      return true;
    case M.float:
      return r.take(8).readDoubleBE(0);
    case M.int8:
      return BigInt(r.take(1).readInt8(0));
    case M.int16:
      return BigInt(r.take(2).readInt16BE(0));
    case M.int32:
      return BigInt(r.take(4).readInt32BE(0));
    case M.int64:
      return r.take(8).readBigInt64BE(0);
    case M.bytes8:
    case M.bytes16:
    case M.bytes32:
      return new Uint8Array(r.take(r.size(marker === M.bytes8 ? 1 : marker === M.bytes16 ? 2 : 4)));
    case M.string8:
    case M.string16:
    case M.string32:
      return readString(r, r.size(marker === M.string8 ? 1 : marker === M.string16 ? 2 : 4));
    case M.list8:
    case M.list16:
    case M.list32:
      return readList(r, r.size(marker === M.list8 ? 1 : marker === M.list16 ? 2 : 4));
    case M.map8:
    case M.map16:
    case M.map32:
      return readMap(r, r.size(marker === M.map8 ? 1 : marker === M.map16 ? 2 : 4));
    default:
      throw new Error(`PackStream: unknown marker 0x${marker.toString(16)}`);
  }
}

/** One Bolt message (a structure) from its de-chunked bytes. */
export function unpackMessage(buf: Buffer): Structure {
  const value = readValue(new Reader(buf));
  if (!(value instanceof Structure)) throw new Error("Bolt message is not a structure");
  return value;
}
