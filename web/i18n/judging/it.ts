import type { Translated } from '../part';
import type { enJudging } from './en';

export const itJudging: Translated<typeof enJudging> = {};
