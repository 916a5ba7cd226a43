import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './fee-overdue-notice.js';

ruleTester(rule, examples);
