import type { TermInput } from '../schema';

export const groupsOthers: TermInput[] = [];
