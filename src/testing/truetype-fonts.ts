/**
 * Printing in TrueType CJK fonts, as Word and WPS print 宋体 and 仿宋: a fontconfig file that hides the Noto CJK fonts
 * (OpenType CFF, which Chromium embeds as Type 3 fonts) and prefers Debian's TrueType ones (fonts-arphic-uming, a
 * 宋体-like serif; fonts-wqy-zenhei, a 黑体-like sans), which Chromium embeds as CID TrueType fonts with Identity-H.
 * Used by the benchmark's pdf-tt format and by the generator of the chromium-truetype.pdf fixture.
 */
export const TRUETYPE_FAMILIES = ['AR PL UMing CN', 'WenQuanYi Zen Hei'] as const;

/** The fontconfig file's text: pass its path to the browser as FONTCONFIG_FILE. */
export function trueTypeFontConfig(): string {
  const [serif, sans] = TRUETYPE_FAMILIES;
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><glob>/usr/share/fonts/opentype/noto/*</glob></rejectfont></selectfont>
  <alias binding="strong"><family>serif</family><prefer><family>${serif}</family></prefer></alias>
  <alias binding="strong"><family>sans-serif</family><prefer><family>${sans}</family></prefer></alias>
</fontconfig>
`;
}
