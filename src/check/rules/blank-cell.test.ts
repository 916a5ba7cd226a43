import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './blank-cell.js';

ruleTester(rule, examples);
