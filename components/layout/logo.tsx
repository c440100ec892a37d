/** The product mark: a spiral of stars on a milk-blue tile. Inline SVG, nothing downloaded. */
export function Logo({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 32 32" className={className}>
      <rect width="32" height="32" rx="8" className="fill-milk-600" />
      <path
        d="M16 16c0-2.2 1.8-4 4-4s4 2 4 4.5c0 4-3.6 7.5-8 7.5-5 0-9-4-9-9 0-5.5 4.5-10 10-10"
        fill="none"
        stroke="white"
        strokeWidth="2.2"
        strokeLinecap="round"
      />
      <circle cx="16" cy="16" r="1.8" fill="white" />
      <circle cx="24.5" cy="7.5" r="1.2" fill="white" />
      <circle cx="7.5" cy="25" r="0.9" fill="white" fillOpacity="0.8" />
    </svg>
  );
}
