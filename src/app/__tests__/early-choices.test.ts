import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useFiltersStore } from '../../store/filters-store';
import { parseUrl } from '../../store/url-state';
import { recordEarlyChoices, stopRecordingEarlyChoices, takeEarlyChoices } from '../early-choices';
import { applyEarlyChoices } from '../first-screen';

/** The prerendered filter bar: named selects in form.filter-bar (and one select elsewhere). */
function page() {
  document.body.innerHTML = `
    <form class="filter-bar">
      <select name="anno"><option value="">Tutti gli anni</option><option>2019</option><option>2020</option></select>
      <select name="tema"><option>system</option><option>projector</option></select>
      <select><option>a</option><option>b</option></select>
    </form>
    <select name="ordine"><option>x</option><option>y</option></select>`;
  return (selector: string, value: string) => {
    const select = document.querySelector<HTMLSelectElement>(selector)!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  };
}

beforeEach(() => {
  history.replaceState(null, '', '/');
  useFiltersStore.getState().hydrate(parseUrl('/', ''));
});
afterEach(() => {
  stopRecordingEarlyChoices();
  takeEarlyChoices();
  document.body.innerHTML = '';
});

describe('early choices', () => {
  it('records the filter bar’s named selects, last value wins, and hands them over once', () => {
    const choose = page();
    recordEarlyChoices();
    choose('[name=anno]', '2019');
    choose('[name=tema]', 'projector');
    choose('[name=anno]', '2020');
    choose('form select:not([name])', 'b');
    choose('[name=ordine]', 'y');
    expect([...takeEarlyChoices()]).toEqual([['anno', '2020'], ['tema', 'projector']]);
    expect(takeEarlyChoices().size).toBe(0);
  });

  it('records nothing once stopped', () => {
    const choose = page();
    recordEarlyChoices();
    stopRecordingEarlyChoices();
    choose('[name=anno]', '2019');
    expect(takeEarlyChoices().size).toBe(0);
  });

  it('applies them over the current state, "all" clearing a parameter', () => {
    const choose = page();
    history.replaceState(null, '', '/?anno=2020&area=members');
    useFiltersStore.getState().hydrate(parseUrl('/', '?anno=2020&area=members'));
    recordEarlyChoices();
    choose('[name=anno]', '');
    choose('[name=tema]', 'projector');
    expect(applyEarlyChoices()).toBe(true);
    const s = useFiltersStore.getState();
    expect([s.year, s.area, s.theme]).toEqual([null, 'members', 'projector']);
  });

  it('changes nothing when there is nothing new', () => {
    const choose = page();
    const before = useFiltersStore.getState();
    expect(applyEarlyChoices()).toBe(false);
    recordEarlyChoices();
    choose('[name=tema]', 'system');
    expect(applyEarlyChoices()).toBe(false);
    expect(useFiltersStore.getState()).toBe(before);
  });
});
