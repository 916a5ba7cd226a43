import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './B2-outcome-sum.js';

ruleTester(rule, examples);
