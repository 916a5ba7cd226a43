import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './date-missing.js';

ruleTester(rule, examples);
