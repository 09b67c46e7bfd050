import { DEFAULT_SETTINGS, type Settings } from '../settings';

/** The fictitious example's settings: its name says it is fictitious wherever it is shown or printed. */
export const EXAMPLE_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  name: 'Uppföljning av missbruks- och beroendevården – FIKTIVT EXEMPEL',
  municipality: 'Exempelkommun (påhittade ärenden)',
  period: '2019',
};
