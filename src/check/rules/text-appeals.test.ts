import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './text-appeals.js';

ruleTester(rule, examples);
