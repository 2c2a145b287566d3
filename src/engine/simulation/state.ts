import { grown, IntColumn } from "./columns.ts";

/**
 * Dates are codes: year × YEAR_CODE + the order of the action within the model's year (April to
 * March), so a member never leaves before it joined; a saved workspace spreads each year's actions
 * over its days in that order (to-exchange.ts).
 */
export const YEAR_CODE = 1_000_000;

/** Kinds of agent: housing associations (traditional, stock transfer), charities, prime contractors. */
export const KIND = { association: 0, stockTransfer: 1, charity: 2, company: 3 } as const;

/** Kinds of partnership the model forms, each at one place on the continuum. */
export const FORM = { consortium: 0, procurementGroup: 1, supplyChain: 2, group: 3 } as const;

/** Life-cycle events the model records (their exchange-format names in to-exchange.ts). */
export const EVENT = {
  formed: 0,
  joined: 1,
  left: 2,
  deepened: 3,
  merged: 4,
  transfer: 5,
  groupFormed: 6,
  groupJoined: 7,
  exited: 8,
  ended: 9,
} as const;

/** Events that change an organisation's constitution (as the landscape engine counts them). */
export const CONSTITUTIONAL = new Set<number>([
  EVENT.merged,
  EVENT.transfer,
  EVENT.groupFormed,
  EVENT.groupJoined,
]);

/** Agents as struct-of-arrays (one typed array per attribute), partnerships, memberships and events. */
export interface SectorState {
  /** Agents in use (alive or not): indexes 0..n-1. */
  n: number;
  size: Float64Array;
  reserves: Float64Array;
  debt: Float64Array;
  region: Uint8Array;
  kind: Uint8Array;
  alive: Uint8Array;
  develops: Uint8Array;
  funded: Uint8Array;
  /** The group parent of a subsidiary (-1 when none); parents and independents have -1. */
  parent: Int32Array;
  /** Subsidiaries a parent has now. */
  subsidiaries: Int32Array;
  /** The group partnership the agent belongs to (-1), and its consortium-like tie (-1). */
  group: Int32Array;
  consortium: Int32Array;
  /** A supply chain the agent belongs to (-1). */
  chain: Int32Array;
  /** The agent's membership rows (addMember's index) in its group, consortium and chain (-1). */
  groupSeat: Int32Array;
  consortiumSeat: Int32Array;
  chainSeat: Int32Array;
  born: Int16Array;
  /** The first year (from the constitutional-change window's start) the agent was named in a
   * merger or group event; 0 when never. */
  changed: Int16Array;
  /** Sizes at the start of each simulated year, row-major: facts for a saved workspace. */
  history: Float64Array[];
  partnerships: {
    form: IntColumn;
    stage: IntColumn;
    start: IntColumn;
    end: IntColumn;
    lead: IntColumn;
  };
  members: {
    partnership: IntColumn;
    agent: IntColumn;
    role: IntColumn;
    joined: IntColumn;
    left: IntColumn;
  };
  events: {
    when: IntColumn;
    type: IntColumn;
    partnership: IntColumn;
    a: IntColumn;
    b: IntColumn;
    stage: IntColumn;
  };
}

const columns = (k: number) => Array.from({ length: k }, () => new IntColumn());

/** An empty state with room for `capacity` agents. */
export function emptyState(capacity: number): SectorState {
  const [form, stage, start, end, lead] = columns(5) as [
    IntColumn,
    IntColumn,
    IntColumn,
    IntColumn,
    IntColumn,
  ];
  const [partnership, agent, role, joined, left] = columns(5) as [
    IntColumn,
    IntColumn,
    IntColumn,
    IntColumn,
    IntColumn,
  ];
  const [when, type, ep, a, b, es] = columns(6) as [
    IntColumn,
    IntColumn,
    IntColumn,
    IntColumn,
    IntColumn,
    IntColumn,
  ];
  const minusOne = () => new Int32Array(capacity).fill(-1);
  return {
    n: 0,
    size: new Float64Array(capacity),
    reserves: new Float64Array(capacity),
    debt: new Float64Array(capacity),
    region: new Uint8Array(capacity),
    kind: new Uint8Array(capacity),
    alive: new Uint8Array(capacity),
    develops: new Uint8Array(capacity),
    funded: new Uint8Array(capacity),
    parent: minusOne(),
    subsidiaries: new Int32Array(capacity),
    group: minusOne(),
    consortium: minusOne(),
    chain: minusOne(),
    groupSeat: minusOne(),
    consortiumSeat: minusOne(),
    chainSeat: minusOne(),
    born: new Int16Array(capacity),
    changed: new Int16Array(capacity),
    history: [],
    partnerships: { form, stage, start, end, lead },
    members: { partnership, agent, role, joined, left },
    events: { when, type, partnership: ep, a, b, stage: es },
  };
}

/** Every per-agent column of the state (what growing a slot, and a snapshot, walks). */
export const AGENT_COLUMNS = [
  "size",
  "reserves",
  "debt",
  "region",
  "kind",
  "alive",
  "develops",
  "funded",
  "parent",
  "subsidiaries",
  "group",
  "consortium",
  "chain",
  "groupSeat",
  "consortiumSeat",
  "chainSeat",
  "born",
  "changed",
] as const;

/** Adds one agent slot (growing every column when full) and returns its index. */
export function addAgent(s: SectorState): number {
  if (s.n === s.size.length) {
    const next = Math.max(16, s.size.length * 2);
    const filled: Record<string, number> = { parent: -1, group: -1, consortium: -1, chain: -1 };
    for (const key of ["groupSeat", "consortiumSeat", "chainSeat"]) filled[key] = -1;
    for (const key of AGENT_COLUMNS) {
      const column = grown(s[key] as Float64Array, next);
      if (filled[key] !== undefined) column.fill(filled[key]!, s.size.length);
      (s as unknown as Record<string, unknown>)[key] = column;
    }
  }
  s.alive[s.n] = 1;
  return s.n++;
}

/** Records an event; `b` is -1 when it names one organisation. */
export function logEvent(
  s: SectorState,
  when: number,
  type: number,
  partnership: number,
  a: number,
  b = -1,
  stage = -1,
): void {
  const e = s.events;
  e.when.push(when);
  e.type.push(type);
  e.partnership.push(partnership);
  e.a.push(a);
  e.b.push(b);
  e.stage.push(stage);
}

/** Starts a partnership and returns its index. */
export function addPartnership(
  s: SectorState,
  form: number,
  stage: number,
  when: number,
  lead: number,
): number {
  const p = s.partnerships;
  p.form.push(form);
  p.stage.push(stage);
  p.start.push(when);
  p.end.push(-1);
  p.lead.push(lead);
  return p.form.length - 1;
}

/** Adds a membership and returns its index. */
export function addMember(
  s: SectorState,
  partnership: number,
  agent: number,
  role: number,
  when: number,
): number {
  const m = s.members;
  m.partnership.push(partnership);
  m.agent.push(agent);
  m.role.push(role);
  m.joined.push(when);
  m.left.push(-1);
  return m.agent.length - 1;
}

/** Ends a membership (by the index addMember returned) unless it has already ended. */
export function endMember(s: SectorState, seat: number, when: number): void {
  if (seat >= 0 && s.members.left.data[seat] === -1) s.members.left.data[seat] = when;
}
