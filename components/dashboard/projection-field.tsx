/** A labelled text field whose refusal is shown next to it and is its accessible description. */
export function ProjectionField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
  inputMode: "decimal" | "numeric";
}) {
  const describedBy = [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="text-sm">
      <label htmlFor={props.id} className="font-medium">
        {props.label}
      </label>
      <input
        id={props.id}
        type="text"
        inputMode={props.inputMode}
        autoComplete="off"
        spellCheck={false}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block h-10 w-full rounded-lg border border-slate-300 bg-white px-3 font-mono dark:border-slate-700 dark:bg-slate-900 aria-[invalid=true]:border-red-500"
      />
      {props.hint ? (
        <p id={`${props.id}-hint`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.id}-error`} className="mt-1 text-xs text-red-700 dark:text-red-300">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
