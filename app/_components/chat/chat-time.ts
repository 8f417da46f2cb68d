// Times in the chat, in the player's own time zone (the same on the server render and in the
// browser, so hydration matches): "14:32" under a bubble, "Today" / "Yesterday" / "Mon 5 Dec"
// on the day separators.

const dayKeyFormat = (timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });

export function makeChatTime(timeZone: string) {
  const dayKeyFmt = dayKeyFormat(timeZone);
  const timeFmt = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" });
  const dayFmt = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
  });
  const dayKey = (iso: string) => dayKeyFmt.format(new Date(iso));
  return {
    dayKey,
    time: (iso: string) => timeFmt.format(new Date(iso)),
    /** The separator's words for the day of `iso`, relative to `nowIso`. */
    dayLabel(iso: string, nowIso: string) {
      const key = dayKey(iso);
      if (key === dayKey(nowIso)) return "Today";
      const yesterday = new Date(new Date(nowIso).getTime() - 24 * 3600 * 1000).toISOString();
      if (key === dayKey(yesterday)) return "Yesterday";
      return dayFmt.format(new Date(iso));
    },
  };
}
