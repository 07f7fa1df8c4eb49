/** Text for one cell of a Markdown table: pipes and backslashes escaped, line breaks as spaces. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
