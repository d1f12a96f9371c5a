import { defineMessages } from './i18n';
import type { Area, Territory } from '../data/schema';
import type { ViewId } from './views';
import type { Theme } from './prefs';

export const shellMessages = defineMessages({
  it: {
    product: 'Cruscotto',
    tagline: 'KPI delle istituzioni economiche dell’area milanese',
    skip: 'Vai al contenuto',
    meetingDeck: 'Riunione',
    nav: 'Sezioni',
    views: {
      overview: 'Panoramica', members: 'Associati', communication: 'Comunicazione e social', scorecard: 'Performance',
      labour: 'Lavoro e territorio', covid: 'Risposta Covid-19', sources: 'Fonti e qualità dei dati', data: 'Dati',
    } satisfies Record<ViewId, string>,
    filters: 'Filtri',
    year: 'Anno', allYears: 'Tutti gli anni',
    area: 'Area', allAreas: 'Tutte le aree',
    territory: 'Territorio', allTerritories: 'Tutti i territori',
    organization: 'Ente', allOrganizations: 'Tutti gli enti',
    language: 'Lingua', theme: 'Tema',
    themes: { system: 'Automatico', light: 'Chiaro', dark: 'Scuro', projector: 'Proiettore' } satisfies Record<Theme, string>,
    resetFilters: 'Azzera filtri',
    areas: {
      members: 'Associati', covid: 'Covid-19', services: 'Servizi alle imprese', communication: 'Comunicazione',
      social: 'Social', projects: 'Progetti ed eventi', performance: 'Performance', staff: 'Personale',
      labour: 'Lavoro', policy: 'Politiche e programmi',
    } satisfies Record<Area, string>,
    territories: {
      milano: 'Milano', 'monza-brianza': 'Monza Brianza', lodi: 'Lodi', pavia: 'Pavia', lombardia: 'Lombardia',
      italia: 'Italia', ue: 'Unione europea', 'assolombarda-area': 'Area Assolombarda (MI, MB, LO, PV)',
      'cciaa-area': 'Area Camera di commercio (MI, MB, LO)',
    } satisfies Record<Territory, string>,
    loading: 'Caricamento dei dati…',
    dataUpdated: (date: string) => `Dati aggiornati al ${date}`,
    notFoundTitle: 'Pagina non trovata',
    offline: (date: string) => `Sei offline: i dati mostrati sono la copia salvata${date ? ` (aggiornati al ${date})` : ''}.`,
    footer: 'Fonti: documenti pubblici di Assolombarda, Camera di Commercio di Milano Monza Brianza Lodi, Comune di Milano, Confindustria Lombardia.',
  },
  en: {
    product: 'Cruscotto',
    tagline: 'KPIs of the Milan area’s business institutions',
    skip: 'Skip to content',
    meetingDeck: 'Meeting',
    nav: 'Sections',
    views: {
      overview: 'Overview', members: 'Members', communication: 'Communication and social', scorecard: 'Performance',
      labour: 'Labour and territory', covid: 'Covid-19 response', sources: 'Sources and data quality', data: 'Data',
    },
    filters: 'Filters',
    year: 'Year', allYears: 'All years',
    area: 'Area', allAreas: 'All areas',
    territory: 'Territory', allTerritories: 'All territories',
    organization: 'Organization', allOrganizations: 'All organizations',
    language: 'Language', theme: 'Theme',
    themes: { system: 'Automatic', light: 'Light', dark: 'Dark', projector: 'Projector' },
    resetFilters: 'Clear filters',
    areas: {
      members: 'Members', covid: 'Covid-19', services: 'Business services', communication: 'Communication',
      social: 'Social media', projects: 'Projects and events', performance: 'Performance', staff: 'Staff',
      labour: 'Labour', policy: 'Policies and programmes',
    },
    territories: {
      milano: 'Milan', 'monza-brianza': 'Monza Brianza', lodi: 'Lodi', pavia: 'Pavia', lombardia: 'Lombardy',
      italia: 'Italy', ue: 'European Union', 'assolombarda-area': 'Assolombarda area (MI, MB, LO, PV)',
      'cciaa-area': 'Chamber of commerce area (MI, MB, LO)',
    },
    loading: 'Loading data…',
    dataUpdated: (date: string) => `Data as of ${date}`,
    notFoundTitle: 'Page not found',
    offline: (date: string) => `You are offline: the data shown is the saved copy${date ? ` (as of ${date})` : ''}.`,
    footer: 'Sources: public documents of Assolombarda, the Milan Monza Brianza Lodi Chamber of Commerce, the City of Milan, Confindustria Lombardia.',
  },
});
