import type { TermInput } from '../schema';

export const groups: TermInput[] = [];
