import { defineMessages } from '../../lib/i18n';

export const exportMessages = defineMessages({
  it: {
    copyLink: 'Copia link',
    copyLinkHint: 'Copia l’indirizzo di ciò che è sullo schermo: sezione, filtri, lingua, tema, diapositiva',
    copied: 'Link copiato negli appunti',
    copyFailed: 'Copia non riuscita: seleziona e copia l’indirizzo qui sotto',
    linkLabel: 'Indirizzo da condividere',
    print: 'Stampa / PDF',
    printedOn: (date: string) => `Stampato il ${date}`,
    filters: 'Filtri',
    noFilters: 'nessun filtro (tutti gli anni)',
  },
  en: {
    copyLink: 'Copy link',
    copyLinkHint: 'Copy the address of what is on screen: section, filters, language, theme, slide',
    copied: 'Link copied to the clipboard',
    copyFailed: 'Copy failed: select and copy the address below',
    linkLabel: 'Address to share',
    print: 'Print / PDF',
    printedOn: (date: string) => `Printed on ${date}`,
    filters: 'Filters',
    noFilters: 'no filter (all years)',
  },
});
