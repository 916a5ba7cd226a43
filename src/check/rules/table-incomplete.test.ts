import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './table-incomplete.js';

ruleTester(rule, examples);
