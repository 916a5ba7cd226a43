/**
 * The command registry: every subcommand in the order `gongkai --help` lists them. A command is a module in this
 * folder exporting a `Command` (see ../command.ts); adding one is writing that module and listing it here.
 */
import type { Command } from '../command.js';
import { check } from './check.js';
import { init } from './init.js';
import { parse } from './parse.js';
import { render } from './render.js';
import { rules } from './rules.js';

export const COMMANDS: Command[] = [parse, check, rules, render, init];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
