/** `gongkai rules`: every check rule with its id, severity and description. */
import { RULES } from '../../check/index.js';
import { SEVERITY_LABELS, displayWidth, padDisplay } from '../../output/text.js';
import { EXIT_OK, choiceOption, type Command } from '../command.js';
import { t } from '../messages.js';

export const rules: Command = {
  name: 'rules',
  summary: { 'zh-CN': '列出全部核对规则', en: 'list every check rule' },
  help: {
    'zh-CN': `用法：gongkai rules [选项]

列出 gongkai check 使用的全部规则：编号、默认严重程度、说明和依据。

选项：
  -f, --format <格式>  text（默认）或 json
      --lang en        英文说明
  -h, --help           显示本帮助`,
    en: `Usage: gongkai rules [options]

Lists every rule gongkai check runs: id, default severity, description and reference.

Options:
  -f, --format <format>  text (default) or json
      --lang en          English descriptions
  -h, --help             show this help`,
  },
  options: { format: { type: 'string', short: 'f' } },
  positionals: false,
  async run(input, runtime) {
    const { locale } = input;
    const format = choiceOption(input, 'format', ['text', 'json'] as const, 'text');
    const metas = RULES.map((rule) => rule.meta);
    if (format === 'json') {
      const data = metas.map((meta) => ({
        id: meta.id,
        severity: meta.severity,
        description: meta.description[locale],
        spec: meta.spec,
        formats: meta.formats,
        needsPrevious: meta.needsPrevious ?? false,
      }));
      runtime.stdout.write(JSON.stringify(data, null, 2) + '\n');
      return EXIT_OK;
    }
    if (metas.length === 0) {
      runtime.stdout.write(t('noRules', locale) + '\n');
      return EXIT_OK;
    }
    const idWidth = Math.max(...metas.map((meta) => displayWidth(meta.id)));
    const severityWidth = Math.max(...metas.map((meta) => displayWidth(SEVERITY_LABELS[locale][meta.severity])));
    const lines = metas.map(
      (meta) =>
        `${padDisplay(meta.id, idWidth)}  ${padDisplay(SEVERITY_LABELS[locale][meta.severity], severityWidth)}  ${meta.description[locale]}`,
    );
    lines.push('', locale === 'zh-CN' ? `共 ${metas.length} 条规则` : `${metas.length} rules`);
    runtime.stdout.write(lines.join('\n') + '\n');
    return EXIT_OK;
  },
};
