import type { ReactNode } from "react";

type PageHeaderProps = {
  title: string;
  /** The one-paragraph explanation under the heading. */
  lead: ReactNode;
  /** Optional badges or notes shown beside the title. */
  aside?: ReactNode;
};

/** A route's h1 and lead paragraph (server-rendered). */
export function PageHeader({ title, lead, aside }: PageHeaderProps) {
  return (
    <header className="max-w-3xl">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
        {aside}
      </div>
      <p className="mt-3 text-base leading-7 text-slate-600 dark:text-slate-300">{lead}</p>
    </header>
  );
}
