import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './B3-row-total.js';

ruleTester(rule, examples);
