import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/directory/markers";

/** Renders search highlights as <mark> from marker characters; the text itself is never parsed as HTML. */
export function HighlightedText({ text }: { text: string }) {
  const parts = text.split(HIGHLIGHT_START);
  return (
    <>
      {parts.map((part, index) => {
        if (index === 0) return <span key={index}>{part}</span>;
        const [marked = "", rest = ""] = part.split(HIGHLIGHT_END);
        return (
          <span key={index}>
            <mark className="rounded bg-accent-100 px-0.5 text-inherit">{marked}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}
