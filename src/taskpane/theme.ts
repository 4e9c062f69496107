/**
 * Office's theme colours where Office gives them (Office.context.officeTheme), and the dark theme
 * when Office's background is dark; else the system's light or dark preference.
 */
function isDark(hex: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16) / 255);
  // Relative luminance, roughly: below the middle grey reads as dark.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function followOfficeTheme(): void {
  const root = document.documentElement;
  const theme = typeof Office !== 'undefined' ? Office.context?.officeTheme : undefined;
  if (!theme?.bodyBackgroundColor) {
    root.classList.toggle('dark', window.matchMedia?.('(prefers-color-scheme: dark)').matches === true);
    return;
  }
  const dark = isDark(theme.bodyBackgroundColor);
  root.classList.toggle('dark', dark);
  root.style.setProperty('--bg', theme.bodyBackgroundColor);
  root.style.setProperty('--text', theme.bodyForegroundColor);
  root.style.setProperty('--control-bg', theme.controlBackgroundColor);
  root.style.setProperty('--control-text', theme.controlForegroundColor);
}
