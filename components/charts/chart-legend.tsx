import { colourOf, TEXT_COLOUR } from "./chart-format";

const SWATCH = 12;
const LINE_HEIGHT = 20;
// A rough width per character at 12 px; enough to wrap the legend before it runs off the drawing.
const CHARACTER_WIDTH = 7;

type LegendItem = { label: string; colourIndex: number };

export function layoutLegend(items: LegendItem[], width: number) {
  let x = 0;
  let line = 0;
  const placed = items.map((item) => {
    const itemWidth = SWATCH + 6 + item.label.length * CHARACTER_WIDTH + 16;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      line += 1;
    }
    const position = { ...item, x, y: line * LINE_HEIGHT };
    x += itemWidth;
    return position;
  });
  return { items: placed, height: items.length > 1 ? (line + 1) * LINE_HEIGHT + 8 : 0 };
}

/** The series' colours and names, drawn at the top of a chart with more than one series. */
export function ChartLegend({ layout }: { layout: ReturnType<typeof layoutLegend> }) {
  if (layout.height === 0) return null;
  return (
    <g>
      {layout.items.map((item) => (
        <g key={item.label} transform={`translate(${item.x}, ${item.y})`}>
          <rect width={SWATCH} height={SWATCH} y={2} fill={colourOf(item.colourIndex)} />
          <text x={SWATCH + 6} y={12} fontSize={12} fill={TEXT_COLOUR}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
