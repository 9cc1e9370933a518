import type { Translated } from '../part';
import type { enJudging } from './en';

export const roJudging: Translated<typeof enJudging> = {};
