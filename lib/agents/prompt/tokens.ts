// Token estimates for prompt budgeting: about four characters per token. Close enough for
// budgets and cache-share checks; billing uses the counts the API returns.
export const CHARS_PER_TOKEN = 4;

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}
