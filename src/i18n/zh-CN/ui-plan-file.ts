import type { OpenPlanError, OpenPlanNotice } from '../../domain/plan/open-plan';
import type { Words } from '../contract';
import type * as en from '../en/ui-plan-file';

/** 计划文件或示例无法打开的原因，以及打开的文件中被略去的内容（与 ../en/ui-plan-file.ts 对应）。 */
export function openPlanErrorText(name: string, error: OpenPlanError, supported: number): string {
  switch (error.code) {
    case 'not-json':
      return `“${name}”不是计划：它不是 JSON。`;
    case 'not-a-plan':
      return `“${name}”是 JSON，但不是 Fleet TLS Wizard 的计划（没有 version）。`;
    case 'too-large':
      return `“${name}”有 ${Math.ceil(error.bytes / 1024)} KB；计划只有几 KB（上限为 ${error.maxBytes / 1024} KB）。未读取。`;
    case 'newer-version':
      return `“${name}”由本向导的较新版本保存（计划格式 ${error.version}；本版本最多读取 ${supported}）。请用较新版本打开。`;
    case 'unsupported-version':
      return `“${name}”使用计划格式 ${error.version}，本版本已无法读取。`;
    case 'control-characters':
      return `“${name}”的 ${list(error.fields)} 中含有换行或控制字符；计划的值从不含这些字符。未打开。`;
    case 'invalid-fields':
      return `“${name}”是计划，但其中这些答案无效：${list(error.fields)}。`;
  }
}

function list(fields: readonly string[]): string {
  return fields.slice(0, 6).join('、') + (fields.length > 6 ? '……' : '');
}

export const openPlanNotices: Record<OpenPlanNotice, string> = {
  'tokens-removed': '文件中带有令牌，已略去。令牌从不来自文件：请在向导中输入。',
};

export const answersUnchanged = '您的答案未作改动。';

// The contract: English's exports, each with its shape, in other words.
({ openPlanErrorText, openPlanNotices, answersUnchanged }) satisfies Words<typeof en>;
