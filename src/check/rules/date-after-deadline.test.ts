import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './date-after-deadline.js';

ruleTester(rule, examples);
