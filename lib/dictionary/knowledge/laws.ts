import type { TermInput } from '../schema';

export const laws: TermInput[] = [];
