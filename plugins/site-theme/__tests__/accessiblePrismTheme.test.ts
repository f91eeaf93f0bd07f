import { describe, expect, it } from 'vitest';
import { themes } from 'prism-react-renderer';
import { contrastRatio, withContrast } from '../accessiblePrismTheme';

describe('code highlighting colours', () => {
  it('the bundled github theme fails AA for some tokens (why this exists)', () => {
    const bg = themes.github.plain.backgroundColor!;
    expect(themes.github.styles.some((s) => s.style.color && contrastRatio(s.style.color, bg) < 4.5)).toBe(true);
  });

  it.each([
    ['github', themes.github],
    ['dracula', themes.dracula],
  ])('every token of %s reaches 4.5:1 after adjustment, hues kept where they already pass', (_name, theme) => {
    const adjusted = withContrast(theme);
    const bg = adjusted.plain.backgroundColor!;
    for (const s of adjusted.styles) if (s.style.color) expect(contrastRatio(s.style.color, bg), s.types.join(',')).toBeGreaterThanOrEqual(4.5);
    expect(adjusted.styles.every((s) => s.style.opacity === undefined)).toBe(true);
    theme.styles.forEach((s, i) => {
      if (s.style.color && contrastRatio(s.style.color, bg) >= 4.5) expect(adjusted.styles[i]!.style.color).toBe(s.style.color);
    });
  });
});
