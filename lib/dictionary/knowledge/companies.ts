import type { TermInput } from '../schema';

export const companies: TermInput[] = [];
