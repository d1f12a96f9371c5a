// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { stylesToClasses } from '../../scripts/csp-styles';

describe('stylesToClasses (prerendered HTML under a CSP without inline styles)', () => {
  it('turns each distinct style attribute into one class, keeping the element’s own classes', () => {
    const styles = new Map<string, string>();
    const html = stylesToClasses('<div class="chart-body" style="--chart-height:260px"><span style="width:45%">a</span><i style="width:45%"></i></div>', styles);
    expect(html).toBe('<div class="chart-body pr-0"><span class="pr-1">a</span><i class="pr-1"></i></div>');
    expect([...styles]).toEqual([['--chart-height:260px', 'pr-0'], ['width:45%', 'pr-1']]);
  });

  it('leaves text that merely mentions a style alone', () => {
    const styles = new Map<string, string>();
    expect(stylesToClasses('<p>style="width:1px"</p>', styles)).toBe('<p>style="width:1px"</p>');
    expect(styles.size).toBe(0);
  });
});
