// The one place failures are logged, so each is logged once and with the same
// prefix; the screen that caught it shows the person a kind message.
export function logProblem(where: string, error: unknown): void {
  console.error(`Small Wins: ${where}`, error);
}
