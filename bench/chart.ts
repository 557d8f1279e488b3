/**
 * The benchmark chart (`npm run bench -- --peers --chart docs/benchmarks.svg`): gas per feed update and
 * per message, ours beside the peers, as a self-contained SVG drawn from one run's figures. Measured
 * bars are solid; quoted ones (peers whose contracts are not on npm, see `bench/peers/index.ts`) are
 * hatched and say "quoted". No dependencies: the SVG is a few rectangles and text elements.
 */

type Kind = "ours" | "measured" | "quoted";
type Row = { key: string; label: string; kind: Kind };
type Panel = { title: string; subtitle: string; rows: readonly Row[]; marks?: readonly { value: number; label: string }[] };

/** The floor of a single-feed update: one ecrecover and one storage slot (docs/contracts.md). */
export const SINGLE_UPDATE_FLOOR_GAS = 30_420;

export const PANELS: readonly Panel[] = [
  {
    title: "Gas per feed update",
    subtitle: "one feed, steady state, full transaction gasUsed",
    rows: [
      { key: "oracle.single.steadyGas", label: "lit-oracle: one feed (update)", kind: "ours" },
      { key: "oracle.batch10.perFeedGas", label: "lit-oracle: batch of 10, per feed", kind: "ours" },
      { key: "peers.api3.updateBeaconGas", label: "API3: one beacon (Api3ServerV1)", kind: "measured" },
      { key: "peers.api3.beaconSet7Gas", label: "API3: 7-beacon dAPI refresh", kind: "measured" },
      { key: "peers.quoted.chronicle.opPokeGas", label: "Chronicle: ScribeOptimistic.opPoke", kind: "quoted" },
      { key: "peers.quoted.chronicle.pokeBar5Gas", label: "Chronicle: Scribe.poke, bar 5", kind: "quoted" },
      { key: "peers.quoted.chainlink.ocr2TransmitN4Gas", label: "Chainlink OCR2: transmit, n = 4", kind: "quoted" },
      { key: "peers.quoted.chainlink.ocr2TransmitN31Gas", label: "Chainlink OCR2: transmit, n = 31", kind: "quoted" },
      { key: "peers.quoted.pyth.updatePriceFeeds1Gas", label: "Pyth: updatePriceFeeds, 1 feed", kind: "quoted" },
    ],
    marks: [{ value: SINGLE_UPDATE_FLOOR_GAS, label: "floor 30,420" }],
  },
  {
    title: "Gas per cross-chain message",
    subtitle: "100-byte payload, no-op recipient, full transaction gasUsed",
    rows: [
      { key: "messenger.send100B.gas", label: "lit-oracle: send", kind: "ours" },
      { key: "messenger.deliver100B.gas", label: "lit-oracle: deliver", kind: "ours" },
      { key: "messenger.batch10.perMessageGas", label: "lit-oracle: deliver, batch of 10, per message", kind: "ours" },
      { key: "peers.hyperlane.dispatch100BGas", label: "Hyperlane: Mailbox.dispatch", kind: "measured" },
      { key: "peers.hyperlane.process100BGas", label: "Hyperlane: process, 1-of-1 multisig ISM", kind: "measured" },
      { key: "peers.quoted.wormhole.verify100BGas", label: "Wormhole: receive a VAA (13 of 19)", kind: "quoted" },
    ],
  },
];

const WIDTH = 960;
const LABEL_WIDTH = 330;
const BAR_AREA = 500;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 18;
const PANEL_HEAD = 54;
const PANEL_GAP = 28;
const TOP = 64;
const COLORS: Record<Kind, { fill: string; stroke: string }> = {
  ours: { fill: "#2563eb", stroke: "#1d4ed8" },
  measured: { fill: "#64748b", stroke: "#475569" },
  quoted: { fill: "url(#quoted)", stroke: "#94a3b8" },
};

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function niceMax(value: number): number {
  const step = 10 ** Math.floor(Math.log10(value)) / 2;
  return Math.ceil(value / step) * step;
}

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");

/** The chart for `figures` (rows whose figure is missing are left out). */
export function renderChart(figures: Record<string, number>): string {
  const parts: string[] = [];
  let y = TOP;
  for (const panel of PANELS) {
    const rows = panel.rows.filter((r) => figures[r.key] !== undefined);
    if (rows.length === 0) continue;
    const max = niceMax(Math.max(...rows.map((r) => figures[r.key]!)));
    const x = (v: number): number => LABEL_WIDTH + (v / max) * BAR_AREA;
    parts.push(`<text x="20" y="${y + 18}" class="title">${escape(panel.title)}</text>`);
    parts.push(`<text x="20" y="${y + 36}" class="sub">${escape(panel.subtitle)}</text>`);
    const top = y + PANEL_HEAD;
    const bottom = top + rows.length * ROW_HEIGHT;
    for (let t = 0; t <= 4; t++) {
      const v = (max / 4) * t;
      parts.push(`<line x1="${x(v)}" y1="${top - 4}" x2="${x(v)}" y2="${bottom}" class="grid"/>`);
      parts.push(`<text x="${x(v)}" y="${bottom + 14}" class="tick" text-anchor="middle">${fmt(v)}</text>`);
    }
    rows.forEach((row, i) => {
      const value = figures[row.key]!;
      const rowY = top + i * ROW_HEIGHT;
      const color = COLORS[row.kind];
      const label = row.kind === "quoted" ? `${row.label} (quoted)` : row.label;
      parts.push(`<text x="${LABEL_WIDTH - 10}" y="${rowY + 13}" class="${row.kind === "ours" ? "label ours" : "label"}" text-anchor="end">${escape(label)}</text>`);
      parts.push(
        `<rect x="${LABEL_WIDTH}" y="${rowY}" width="${(x(value) - LABEL_WIDTH).toFixed(1)}" height="${BAR_HEIGHT}" fill="${color.fill}" stroke="${color.stroke}"${row.kind === "quoted" ? ' stroke-dasharray="4 2"' : ""}><title>${escape(`${row.key} = ${fmt(value)}`)}</title></rect>`,
      );
      parts.push(`<text x="${x(value) + 6}" y="${rowY + 13}" class="value">${fmt(value)}</text>`);
    });
    for (const mark of panel.marks ?? []) {
      if (mark.value > max) continue;
      parts.push(`<line x1="${x(mark.value)}" y1="${top - 8}" x2="${x(mark.value)}" y2="${bottom}" class="mark"/>`);
      parts.push(`<text x="${x(mark.value) + 4}" y="${top - 10}" class="marklabel">${escape(mark.label)}</text>`);
    }
    y = bottom + 18 + PANEL_GAP;
  }
  const height = y + 10;
  const legend = [
    { kind: "ours" as const, text: "lit-oracle (measured)", x: 20 },
    { kind: "measured" as const, text: "peer, measured here (its npm contracts, same chain, same run)", x: 190 },
    { kind: "quoted" as const, text: "peer, quoted (not on npm; sources in docs/benchmarks.md)", x: 560 },
  ];
  const legendParts = legend.map((l) => {
    const c = COLORS[l.kind];
    return `<rect x="${l.x}" y="22" width="14" height="14" fill="${c.fill}" stroke="${c.stroke}"/><text x="${l.x + 20}" y="33" class="legend">${escape(l.text)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    "<defs>",
    '<pattern id="quoted" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f1f5f9"/><line x1="0" y1="0" x2="0" y2="6" stroke="#94a3b8" stroke-width="2"/></pattern>',
    "<style>.title{font-size:16px;font-weight:bold;fill:#0f172a}.sub{font-size:12px;fill:#475569}.label{font-size:12px;fill:#1e293b}.ours{font-weight:bold}.value{font-size:11px;fill:#0f172a}.tick{font-size:10px;fill:#64748b}.grid{stroke:#e2e8f0}.mark{stroke:#dc2626;stroke-dasharray:3 3}.marklabel{font-size:10px;fill:#dc2626}.legend{font-size:11px;fill:#334155}</style>",
    "</defs>",
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...legendParts,
    ...parts,
    "</svg>",
    "",
  ].join("\n");
}
