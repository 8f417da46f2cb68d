import type { ReactNode } from "react";

// A titled portal panel; the heading gives each section an accessible name.
export function Card({
  title,
  id,
  children,
  className = "",
}: {
  title: string;
  id: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className={`min-w-0 rounded-2xl bg-night p-5 ${className}`}
    >
      <h2 id={`${id}-title`} className="text-sm font-semibold tracking-wide text-mist uppercase">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="mb-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
      {children ? <p className="mt-2 text-mist">{children}</p> : null}
    </header>
  );
}
