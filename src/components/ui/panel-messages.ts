import { defineMessages } from '../../lib/i18n';

/** The words of the views' charts, tables, exports and checks: apart from uiMessages, which the first screen loads. */
export const panelMessages = defineMessages({
  it: {
    checkOk: 'verificato', checkWarn: 'vedi verifica', checkWarnNoted: 'non coincide: verifica nelle Fonti',
    showTable: 'Mostra tabella dei dati',
    hideTable: 'Nascondi tabella dei dati',
    downloadCsv: 'Scarica CSV',
    downloadPng: 'Scarica PNG',
    downloadLabel: (what: string, title: string) => `${what}: ${title}`,
    exportFailed: 'Esportazione non riuscita',
    filters: 'Filtri',
    noFilters: 'nessun filtro (tutti gli anni)',
    exportedOn: (date: string) => `Esportato da Cruscotto il ${date}`,
    widerHint: (chosen: string, wider: string) => `Le fonti non hanno cifre proprie per ${chosen}. Ne hanno per territori più ampi che lo comprendono, senza dettaglio: ${wider}.`,
    showTerritory: (name: string) => `Mostra: ${name}`,
  },
  en: {
    checkOk: 'checked', checkWarn: 'see check', checkWarnNoted: 'does not match: see Sources',
    showTable: 'Show data table',
    hideTable: 'Hide data table',
    downloadCsv: 'Download CSV',
    downloadPng: 'Download PNG',
    downloadLabel: (what: string, title: string) => `${what}: ${title}`,
    exportFailed: 'Export failed',
    filters: 'Filters',
    noFilters: 'no filter (all years)',
    exportedOn: (date: string) => `Exported from Cruscotto on ${date}`,
    widerHint: (chosen: string, wider: string) => `The sources have no figures of their own for ${chosen}. They have some for wider territories that include it, without a breakdown: ${wider}.`,
    showTerritory: (name: string) => `Show: ${name}`,
  },
});
