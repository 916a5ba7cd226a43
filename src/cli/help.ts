/** `gongkai --help`: what the tool is, the commands from the registry, the common options and the exit codes. */
import type { Locale } from '../check/types.js';
import type { Command } from './command.js';
import { displayWidth, padDisplay } from '../output/text.js';

export function overviewHelp(commands: Command[], locale: Locale): string {
  const width = Math.max(...commands.map((command) => displayWidth(command.name)));
  const list = commands.map((command) => `  ${padDisplay(command.name, width)}  ${command.summary[locale]}`).join('\n');
  if (locale === 'en') {
    return `gongkai: read, check and write China's government information-disclosure annual reports
(政府信息公开工作年度报告), offline.

Usage: gongkai <command> [options]

Commands:
${list}

Options:
  -h, --help     show help (gongkai <command> --help for a command's options)
  -v, --version  show the version
      --lang en  English output (Chinese by default)

Exit codes: 0 no problems; 1 errors or inconsistencies found; 2 a file could not be read or is not a report,
or a usage error.
`;
  }
  return `gongkai：政府信息公开工作年度报告的读取、核对与生成工具，离线运行。

用法：gongkai <命令> [选项]

命令：
${list}

选项：
  -h, --help     显示帮助（gongkai <命令> --help 查看该命令的选项）
  -v, --version  显示版本
      --lang en  英文输出（默认中文）

退出码：0 没有问题；1 发现错误或不一致；2 有文件无法读取或不是年报，或用法错误。
`;
}
