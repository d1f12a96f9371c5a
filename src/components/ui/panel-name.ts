import { createContext } from 'react';

/** The short bilingual name of the panel being rendered ("Vertenze", "Personale"): exports name their files with it. */
export const PanelNameContext = createContext<{ it: string; en: string } | null>(null);
