// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints one made-up file at `filePath` with the project's own config, and returns the layer rule's messages. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const results = await new ESLint().lintText(code, { filePath });
  return results[0]!.messages.filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
}

describe('the layer rule of npm run lint', () => {
  it.each([
    ['src/lib/example.ts', "import { useFiltersStore } from '../store/filters-store';", 'lib may not import store'],
    ['src/data/example.ts', "import { App } from '../app/app';", 'data may not import app'],
    ['src/components/ui/example.tsx', "import { EmptyState } from '../connected/empty-state';", 'components/ui may not import components/connected'],
    ['src/components/ui/example.tsx', "import type { MembersModel } from '../../features/members/utils/model';", 'components/ui may not import features/members'],
    ['src/features/members/components/example.tsx', "import { labourPanels } from '../../labour/panels';", 'features/members may not import features/labour'],
    ['src/features/social/example.ts', "export { App } from '../../app/app';", 'features/social may not import app'],
    ['src/store/example.ts', "const load = () => import('../features/overview/panels');", 'store may not import features/overview'],
  ])('fails %s importing across a layer', async (file, code, message) => {
    const errors = await layerErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    ['src/lib/example.ts', "import type { Area } from '../data/schema';"],
    ['src/components/ui/example.tsx', "import { formatNumber } from '../../lib/format';"],
    ['src/components/connected/example.tsx', "import { useFiltersStore } from '../../store/filters-store';"],
    ['src/features/members/components/example.tsx', "import { KpiTile } from '../../../components/ui/kpi-tile';\nimport { useMembers } from '../hooks/use-members';"],
    ['src/app/example.tsx', "import { membersPanels } from '../features/members/panels';"],
    ['src/lib/__tests__/example.test.ts', "import { useFiltersStore } from '../../store/filters-store';"],
  ])('lets %s import downwards', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
