import type { TermInput } from '../schema';

export const services: TermInput[] = [];
