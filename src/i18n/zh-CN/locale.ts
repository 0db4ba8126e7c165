import { pluralFor } from '../plural';

/** 目录的语言 (BCP 47)：复数规则与数字格式随之而定。 */
export const LOCALE = 'zh-CN';
export const plural = pluralFor(LOCALE);
export const count = (n: number): string => n.toLocaleString(LOCALE);
