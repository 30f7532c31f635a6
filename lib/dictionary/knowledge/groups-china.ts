import type { TermInput } from '../schema';

export const groupsChina: TermInput[] = [];
