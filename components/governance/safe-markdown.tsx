import type { ReactNode } from "react";

/**
 * A deliberately tiny markdown subset for proposal summaries written by anyone on chain:
 * paragraphs, "-"/"*"/"1." lists, **bold**, *italic*, `code`, and links shown as text with
 * their address. Everything becomes React elements from plain strings, so no chain text is
 * ever parsed as HTML and no link is clickable.
 */
export function SafeMarkdown({ text, className }: { text: string; className?: string }) {
  return <div className={className}>{blocks(text)}</div>;
}

type Block = { kind: "p"; lines: string[] } | { kind: "ul" | "ol"; items: string[] };

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

function blocks(text: string): ReactNode[] {
  const out: Block[] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trimEnd();
    const last = out[out.length - 1];
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (line.trim() === "") {
      out.push({ kind: "p", lines: [] });
    } else if (bullet || numbered) {
      const kind = bullet ? "ul" : "ol";
      const item = (bullet ?? numbered)![1];
      if (last && last.kind === kind) last.items.push(item);
      else out.push({ kind, items: [item] });
    } else if (last && last.kind === "p") {
      last.lines.push(line.trim());
    } else {
      out.push({ kind: "p", lines: [line.trim()] });
    }
  }
  return out
    .filter((b) => (b.kind === "p" ? b.lines.length > 0 : true))
    .map((b, i) => {
      if (b.kind === "p") return <p key={i}>{inline(b.lines.join(" "))}</p>;
      const items = b.items.map((it, j) => <li key={j}>{inline(it)}</li>);
      return b.kind === "ul" ? (
        <ul key={i} className="list-disc pl-5">
          {items}
        </ul>
      ) : (
        <ol key={i} className="list-decimal pl-5">
          {items}
        </ol>
      );
    });
}

// One pass, leftmost match first: code, bold, italic, link. Unmatched markers stay as text.
const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|__([^_]+)__|\*([^*]+)\*|_([^_]+)_|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function inline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let at = 0;
  let key = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > at) nodes.push(text.slice(at, m.index));
    const [, code, bold, bold2, em, em2, linkText, href] = m;
    if (code !== undefined) {
      nodes.push(
        <code key={key++} className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800">
          {code}
        </code>,
      );
    } else if (bold !== undefined || bold2 !== undefined) {
      nodes.push(<strong key={key++}>{bold ?? bold2}</strong>);
    } else if (em !== undefined || em2 !== undefined) {
      nodes.push(<em key={key++}>{em ?? em2}</em>);
    } else {
      nodes.push(`${linkText} (${href})`);
    }
    at = m.index + m[0].length;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}
