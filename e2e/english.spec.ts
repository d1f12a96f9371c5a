import { expect, ready, test } from './fixtures';

/**
 * Common Italian words (case-sensitive, whole words) that no English sentence, label or figure uses.
 * Titles in quotes (a book, a campaign, a report: “Il futuro della fabbrica”) are names and stay as they are.
 */
const ITALIAN = [
  'il', 'gli', 'della', 'delle', 'degli', 'dello', 'nella', 'nelle', 'con', 'sono', 'anno', 'anni', 'totale',
  'imprese', 'raggiunto', 'raggiunti', 'risultato', 'entro', 'numero', 'grado', 'utilizzo', 'tutte', 'tutti', 'giorni', 'rispetto',
  'oltre', 'circa', 'valore', 'percentuale', 'mancato', 'nessun', 'mostra', 'scarica', 'punti', 'Sì', 'efficacia', 'efficienza',
  'Registro', 'Tutte', 'Fonte', 'Anno', 'Camera', 'realizzazione', 'qualità', 'n.d.',
];
const WORD = new RegExp(`(^|[^\\p{L}])(${ITALIAN.map((w) => w.replace('.', '\\.')).join('|')})(?=$|[^\\p{L}])`, 'u');
const PATHS = ['/', '/associati', '/comunicazione', '/performance', '/lavoro', '/covid', '/fonti'];

test.describe('English mode', () => {
  for (const path of PATHS) {
    test(`no Italian words on ${path}`, async ({ page }) => {
      test.slow();
      await page.goto(`${path}?lingua=en`);
      await ready(page);
      // Mount every deferred panel and chart.
      for (let i = 0; i < 40; i++) {
        await page.mouse.wheel(0, 800);
        await page.waitForTimeout(40);
      }
      await page.waitForTimeout(500);
      const hits = await page.evaluate((source) => {
        const re = new RegExp(source, 'u');
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!;
          if (el.closest('script, style, noscript, [hidden]')) continue;
          // Every option of every select counts, but a language's own name (<option lang="it">Italiano</option>).
          if (el.closest('option[lang]')) continue;
          const text = (n.textContent ?? '').replace(/“[^”]*”|"[^"]*"|«[^»]*»/g, '');
          if (re.test(text)) out.push(text.trim().slice(0, 120));
        }
        return out;
      }, WORD.source);
      expect(hits).toEqual([]);
    });
  }
});
