// Nikita, drawn for the game (no photo, no stock art): dark bob with a rose streak, heavy
// fringe, a raised eyebrow, a small hoop earring and a hoodie. One SVG, scaled by `size`;
// decorative unless given a `title`, so screen readers don't hear "image" twice beside her name.
export function NikitaAvatar({
  size = 40,
  title,
  className,
}: {
  size?: number;
  title?: string;
  className?: string;
}) {
  return (
    <svg
      viewBox="0 0 64 64"
      width={size}
      height={size}
      className={`shrink-0 rounded-full ${className ?? ""}`}
      role={title ? "img" : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
    >
      <g>
        <rect width="64" height="64" fill="#2a1f38" />
        <circle cx="50" cy="12" r="20" fill="#3a2747" opacity="0.6" />
        {/* hair behind the head */}
        <path d="M14 30c0-12 8-20 18-20s18 8 18 20v16c0 3-2 5-5 5H19c-3 0-5-2-5-5z" fill="#120e17" />
        {/* hoodie and neck */}
        <path d="M8 64c1-9 8-14 16-15h16c8 1 15 6 16 15z" fill="#3b2a4f" />
        <path
          d="M24 49c2 4 5 6 8 6s6-2 8-6"
          fill="none"
          stroke="#ff5c8a"
          strokeWidth="1.6"
          strokeLinecap="round"
        />
        <rect x="28" y="40" width="8" height="9" rx="3" fill="#e9b89c" />
        {/* face */}
        <ellipse cx="32" cy="31" rx="11.5" ry="13" fill="#f2c6aa" />
        {/* fringe, with the rose streak */}
        <path d="M19 29c1-9 6-14 13-14 8 0 13 5 13 13-4-1-7-4-9-7-3 4-9 7-17 8z" fill="#120e17" />
        <path d="M36 21c2 3 5 6 9 7" fill="none" stroke="#ff5c8a" strokeWidth="2.4" strokeLinecap="round" />
        {/* eyebrows: one raised */}
        <path d="M24.5 29.2l4.6-0.9" stroke="#120e17" strokeWidth="1.4" strokeLinecap="round" />
        <path
          d="M35 27.6q2.6-1.4 5 0.2"
          fill="none"
          stroke="#120e17"
          strokeWidth="1.4"
          strokeLinecap="round"
        />
        {/* eyes with a flick of liner */}
        <path
          d="M24.6 32.4q2.4-1.6 4.8 0"
          fill="none"
          stroke="#120e17"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
        <path
          d="M34.8 32.2q2.4-1.6 4.8 0l1 -0.8"
          fill="none"
          stroke="#120e17"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
        {/* nose and a lopsided smirk */}
        <path d="M32 34v3.2l-1.2 0.6" fill="none" stroke="#c98f72" strokeWidth="1" strokeLinecap="round" />
        <path
          d="M28.6 40.4q3.4 1.2 6.6-0.8"
          fill="none"
          stroke="#b4586a"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
        {/* hair falling over the ears, hoop earring */}
        <path d="M19 29c-1 6 0 12 2 15l2-1c-2-4-2-9-1-14z" fill="#120e17" />
        <path d="M45 28c1 6 0 12-2 16l-2-1c2-4 2-9 1-15z" fill="#120e17" />
        <circle cx="20.6" cy="38.6" r="1.8" fill="none" stroke="#c9c2d6" strokeWidth="0.9" />
      </g>
    </svg>
  );
}
