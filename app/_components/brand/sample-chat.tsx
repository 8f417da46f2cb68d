// A few lines of how she texts, for the landing page: written for it, in her voice
// (lowercase, dry, a real question), with a player who holds their own. Static.
const LINES: { from: "her" | "you"; text: string }[] = [
  { from: "her", text: "so. what do you do when you're not texting strangers" },
  { from: "you", text: "I restore old synths. currently losing a fight with a 1982 filter" },
  { from: "her", text: "ok that's better than \"i like travelling\". who's winning" },
  { from: "you", text: "the filter. but I found the bad capacitor an hour ago" },
  { from: "her", text: "an hour ago and you're only telling me now? 🙄 send a photo when it screams" },
];

export function SampleChat() {
  return (
    <ol className="flex flex-col gap-2" aria-label="A sample conversation">
      {LINES.map((line) => (
        <li key={line.text} className={`flex ${line.from === "you" ? "justify-end" : "justify-start"}`}>
          <span className="sr-only">{line.from === "you" ? "You:" : "Nikita:"}</span>
          <p
            className={`max-w-[85%] rounded-2xl px-3.5 py-2 text-sm ${
              line.from === "you" ? "rounded-br-md bg-rose text-ink" : "rounded-bl-md bg-plum text-white"
            }`}
          >
            {line.text}
          </p>
        </li>
      ))}
    </ol>
  );
}
