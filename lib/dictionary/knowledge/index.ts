import type { TermInput } from '../schema';
import { companies } from './companies';
import { groupsChina } from './groups-china';
import { groupsOthers } from './groups-others';
import { laws } from './laws';
import { services } from './services';
import { spyware } from './spyware';

/**
 * The state-security knowledge beyond the source articles' concepts (terms.ts), one file per
 * pack: summaries and attributions in our own words, each with the public pages they come from.
 */
export const knowledge: TermInput[] = [...services, ...groupsChina, ...groupsOthers, ...spyware, ...companies, ...laws];
