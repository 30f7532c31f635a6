import type { TermInput } from '../schema';

export const spyware: TermInput[] = [];
