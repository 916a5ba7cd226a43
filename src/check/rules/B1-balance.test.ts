import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './B1-balance.js';

ruleTester(rule, examples);
