/**
 * The make-up of the fictitious example, chosen so that its figures round to the Trosa report's:
 * adults 70 % positive change (21 of 30 known) with 36 % dropout (17 of 47); youth 75 % (18 of 24)
 * with 25 % dropout (8 of 32); girls a higher positive share than boys, boys a heavier severity
 * profile; few women and few people over 65 among the adults.
 */
export interface Cohort {
  readonly unit: 'Vuxenenheten' | 'Barn- och ungdomsenheten';
  readonly gender: 'Kvinna' | 'Man';
  readonly outcomes: Readonly<Record<'Förbättrad' | 'Oförändrad' | 'Försämrad' | 'Okänd', number>>;
  readonly severity: Readonly<Record<'Riskbruk' | 'Missbruk' | 'Beroende' | 'Okänt', number>>;
  readonly ages: readonly [number, number];
  /** How many of the cohort are over 65 (drawn from 66–79 instead). */
  readonly over65: number;
}

export const COHORTS: readonly Cohort[] = [
  {
    unit: 'Vuxenenheten',
    gender: 'Kvinna',
    outcomes: { Förbättrad: 3, Oförändrad: 1, Försämrad: 1, Okänd: 3 },
    severity: { Riskbruk: 0, Missbruk: 3, Beroende: 5, Okänt: 0 },
    ages: [24, 62],
    over65: 1,
  },
  {
    unit: 'Vuxenenheten',
    gender: 'Man',
    outcomes: { Förbättrad: 18, Oförändrad: 5, Försämrad: 2, Okänd: 14 },
    severity: { Riskbruk: 8, Missbruk: 16, Beroende: 14, Okänt: 1 },
    ages: [21, 64],
    over65: 2,
  },
  {
    unit: 'Barn- och ungdomsenheten',
    gender: 'Kvinna',
    outcomes: { Förbättrad: 8, Oförändrad: 1, Försämrad: 0, Okänd: 3 },
    severity: { Riskbruk: 7, Missbruk: 4, Beroende: 1, Okänt: 0 },
    ages: [13, 20],
    over65: 0,
  },
  {
    unit: 'Barn- och ungdomsenheten',
    gender: 'Man',
    outcomes: { Förbättrad: 10, Oförändrad: 3, Försämrad: 2, Okänd: 5 },
    severity: { Riskbruk: 6, Missbruk: 8, Beroende: 6, Okänt: 0 },
    ages: [13, 20],
    over65: 0,
  },
];

export const ADULT_DRUGS = [
  ['Alkohol', 11],
  ['Cannabis', 3],
  ['Opioider', 2],
  ['Centralstimulantia', 2],
  ['Lugnande läkemedel', 2],
  ['Flera preparat', 3],
  ['Spel om pengar', 1],
] as const;

export const YOUTH_DRUGS = [
  ['Cannabis', 6],
  ['Alkohol', 4],
  ['Flera preparat', 1],
  ['Centralstimulantia', 1],
] as const;

export const INTERVENTIONS = [
  ['Öppenvård – stöd', 3],
  ['Öppenvård – behandling', 5],
  ['Heldygn – stöd', 1],
  ['Heldygn – behandling', 1],
  ['Råd och stöd', 2],
] as const;
