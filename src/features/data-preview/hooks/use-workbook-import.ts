import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { addToPreview } from '../../../data/preview';
import type { Dataset } from '../../../data/schema';
import { useDatasets } from '../../../data/use-datasets';
import type { Problem } from '../../../data/workbook/problems';

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'failed'; problems: Problem[] }
  | { status: 'added'; dataset: Dataset };

/** Checks dropped files against the datasets on show; a dataset that passes joins the preview. */
export function useWorkbookImport() {
  const client = useQueryClient();
  const { datasets } = useDatasets();
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const importDropped = useCallback(
    async (files: readonly File[]) => {
      setState({ status: 'reading' });
      const { importFiles } = await import('../utils/import-files');
      const result = await importFiles(files, datasets);
      if (!result.ok) return setState({ status: 'failed', problems: result.problems });
      addToPreview(client, result.dataset);
      setState({ status: 'added', dataset: result.dataset });
    },
    [client, datasets],
  );
  return { state, importDropped };
}
