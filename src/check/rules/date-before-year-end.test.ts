import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './date-before-year-end.js';

ruleTester(rule, examples);
