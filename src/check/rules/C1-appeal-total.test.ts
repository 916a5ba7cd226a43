import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './C1-appeal-total.js';

ruleTester(rule, examples);
