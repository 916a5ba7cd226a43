import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './meta-year.js';

ruleTester(rule, examples);
